// The "New chat" dialog: search people, then start a personal chat with one of them or
// pick several and name a group.
//
// Searches are debounced and numbered, so a slow answer to an older query never
// replaces the results of the newest one.

import { API, state } from "./state.js";
import { $, avatar, h, icon } from "./dom.js";
import { api } from "./api.js";
import { onLanguageChange, t } from "./i18n.js";
import { renderChatList } from "./chat-list.js";
import { isOnline, notePresence } from "./presence.js";
import { openChat } from "./chat-view.js";

const picker = { group: false, selected: new Map(), sequence: 0, timer: null };

function openNewChat() {
  picker.group = false;
  picker.selected = new Map();
  $("group-toggle").checked = false;
  $("group-topic").value = "";
  $("user-search").value = "";
  $("new-chat-error").textContent = "";
  renderPicker();
  $("new-chat-dialog").showModal();
  $("user-search").focus();
  searchUsers();
}

function renderPicker() {
  $("group-fields").hidden = !picker.group;
  $("group-footer").hidden = !picker.group;
  $("new-chat-heading").textContent = t(picker.group ? "newGroup" : "newChat");
  $("selected-users").replaceChildren(
    ...[...picker.selected.values()].map((user) =>
      h(
        "li",
        { class: "chip" },
        h("span", { class: "chip-name", text: user.name }),
        h("button", {
          type: "button",
          class: "icon-button small",
          "aria-label": t("remove", { name: user.name }),
          onclick: () => {
            picker.selected.delete(user.id);
            renderPicker();
            markSelectedResults();
          },
        }, icon("close")),
      ),
    ),
  );
  $("create-group").disabled = picker.selected.size === 0;
}

function markSelectedResults() {
  for (const item of $("user-results").children) {
    const id = Number(item.dataset.userId);
    item.classList.toggle("selected", picker.selected.has(id));
    item.setAttribute("aria-selected", String(picker.selected.has(id)));
  }
}

function searchUsers() {
  clearTimeout(picker.timer);
  picker.timer = setTimeout(async () => {
    const sequence = ++picker.sequence;
    const q = $("user-search").value.trim();
    let page;
    const askedAt = Date.now();
    try {
      page = await api("GET", `${API}/users?limit=20&q=${encodeURIComponent(q)}`);
    } catch (error) {
      if (sequence === picker.sequence) $("new-chat-error").textContent = error.message;
      return;
    }
    if (sequence !== picker.sequence) return;
    $("new-chat-error").textContent = "";
    const users = page.items.filter((user) => user.id !== state.me.id);
    const items = users.map((user) => {
      state.users.set(user.id, user);
      notePresence(user, askedAt);
      return h(
        "li",
        {
          class: "user-result",
          role: "option",
          tabindex: "0",
          dataset: { userId: String(user.id), nick: user.nick },
          onclick: () => pickUser(user),
          onkeydown: (event) => {
            if (event.key === "Enter") pickUser(user);
          },
        },
        avatar(user.name, user.id, "", isOnline(user.id)),
        h(
          "span",
          { class: "user-result-text" },
          h("span", { class: "user-result-name", text: user.name }),
          h("span", { class: "user-result-nick", text: `@${user.nick}` }),
        ),
      );
    });
    if (!items.length) items.push(h("li", { class: "muted empty", text: t(q ? "nobodyFound" : "noOneElse") }));
    $("user-results").replaceChildren(...items);
    markSelectedResults();
  }, 180);
}

async function pickUser(user) {
  if (picker.group) {
    if (picker.selected.has(user.id)) picker.selected.delete(user.id);
    else picker.selected.set(user.id, user);
    renderPicker();
    markSelectedResults();
    return;
  }
  await createChat({ is_group_chat: false, member_ids: [user.id] }, user);
}

async function createGroup() {
  const topic = $("group-topic").value.trim();
  if (!topic) {
    $("new-chat-error").textContent = t("nameTheGroup");
    $("group-topic").focus();
    return;
  }
  await createChat({ is_group_chat: true, topic, member_ids: [...picker.selected.keys()] });
}

async function createChat(body, peer) {
  try {
    const chat = await api("POST", `${API}/chats`, { json: body });
    if (peer) state.peers.set(chat.id, peer);
    if (!state.chats.has(chat.id)) state.chats.set(chat.id, chat);
    $("new-chat-dialog").close();
    renderChatList();
    openChat(chat.id);
  } catch (error) {
    $("new-chat-error").textContent = error.message;
  }
}

onLanguageChange(() => {
  if (!$("new-chat-dialog").open) return;
  renderPicker();
  searchUsers(); // the "nobody found" line
});

export function bindNewChat() {
  $("new-chat").addEventListener("click", openNewChat);
  $("start-first-chat").addEventListener("click", openNewChat);
  $("close-new-chat").addEventListener("click", () => $("new-chat-dialog").close());
  $("user-search").addEventListener("input", searchUsers);
  $("user-search").addEventListener("keydown", (event) => {
    if (event.key === "Enter") event.preventDefault();
  });
  $("group-toggle").addEventListener("change", (event) => {
    picker.group = event.target.checked;
    renderPicker();
    if (picker.group) $("group-topic").focus();
  });
  $("create-group").addEventListener("click", createGroup);
}
