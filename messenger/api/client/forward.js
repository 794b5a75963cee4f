// "Forward": a small chooser of our chats (the list already loaded); the message goes to
// the chosen chat as {forward_message_id} (the server copies its text and files,
// docs/API.md), and that chat opens with it.

import { API, state } from "./state.js";
import { $, avatar, h } from "./dom.js";
import { api } from "./api.js";
import { onLanguageChange, t } from "./i18n.js";
import { chatTitle, sortedChats } from "./chat-list.js";
import { acceptMessage, openChat } from "./chat-view.js";
import { newClientId } from "./composer.js";

const chooser = { message: null, sending: false };

export function openForward(message) {
  chooser.message = message;
  chooser.sending = false;
  $("forward-search").value = "";
  $("forward-error").textContent = "";
  renderTargets();
  $("forward-dialog").showModal();
  $("forward-search").focus();
}

function renderTargets() {
  const wanted = $("forward-search").value.trim().toLocaleLowerCase();
  const chats = sortedChats().filter((chat) => !wanted || chatTitle(chat).toLocaleLowerCase().includes(wanted));
  const items = chats.map((chat) => {
    const title = chatTitle(chat);
    const seed = chat.is_group_chat ? chat.id : (state.peers.get(chat.id) || {}).id || chat.id;
    return h(
      "li",
      {
        class: "forward-target",
        role: "option",
        tabindex: "0",
        dataset: { chatId: String(chat.id) },
        onclick: () => forwardTo(chat),
        onkeydown: (event) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            forwardTo(chat);
          }
        },
      },
      avatar(title, seed, chat.is_group_chat ? "group" : ""),
      h("span", { class: "forward-target-title", text: title }),
    );
  });
  if (!items.length) items.push(h("li", { class: "muted empty", text: t("noChatsFound") }));
  $("forward-targets").replaceChildren(...items);
}

async function forwardTo(chat) {
  const message = chooser.message;
  if (!message || chooser.sending) return;
  chooser.sending = true;
  try {
    const sent = await api("POST", `${API}/chats/${chat.id}/messages`, {
      json: { forward_message_id: message.id, client_message_id: newClientId() },
    });
    $("forward-dialog").close();
    acceptMessage(sent);
    openChat(chat.id);
  } catch (error) {
    $("forward-error").textContent = error.status === 0 ? t("noConnection") : error.message;
  } finally {
    chooser.sending = false;
  }
}

onLanguageChange(() => {
  if ($("forward-dialog").open) renderTargets();
});

export function bindForward() {
  $("forward-search").addEventListener("input", renderTargets);
  $("forward-search").addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      const first = $("forward-targets").querySelector(".forward-target");
      if (first) first.click();
    }
  });
  $("close-forward").addEventListener("click", () => $("forward-dialog").close());
}
