// The composer under the open chat: writing, sending (shown at once, confirmed by the
// server), retrying, replying, editing and deleting your own messages, uploading files,
// and the @ autocomplete of members (autocomplete.js).
//
// A message waiting for the server lives in state.pending under its client_message_id,
// so the open chat can show it right away and a retry can never make a second copy.
// While the text changes (and is not empty), the others are told we are typing, at most
// once per chat every 3 s (presence.js); editing a message is not typing one.
// Showing messages is the open chat's job; this module calls it through the hooks the
// entry module sets with setComposerHooks, since the open chat itself builds on this one.

import { API, MAX_ATTACHMENTS, state } from "./state.js";
import { $, h, humanSize, icon, toast } from "./dom.js";
import { api } from "./api.js";
import { onLanguageChange, t } from "./i18n.js";
import { autocompleteKey, closeAutocomplete, updateAutocomplete } from "./autocomplete.js";
import { composerChanged, messageSent } from "./presence.js";

const openChat = {
  render: (options) => {}, // draw the open chat's messages again
  accept: (message) => {}, // a message the server stored or changed
  remove: (chatId, messageId) => {}, // a message the server deleted
  name: (userId) => "", // how a user is called on the page
};

export function setComposerHooks(hooks) {
  Object.assign(openChat, hooks);
}

// crypto.randomUUID exists only in secure contexts (https, localhost); plain http on
// a LAN address still has getRandomValues.
export function newClientId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// --- files for the next message -------------------------------------------------------

function addFiles(files) {
  const view = state.view;
  if (!view) return;
  for (const file of files) {
    if (state.uploads.length >= MAX_ATTACHMENTS) {
      toast(t("maxFiles", { count: MAX_ATTACHMENTS }));
      break;
    }
    const upload = { key: newClientId(), chatId: view.chatId, file, attachment: null, status: "uploading", error: "" };
    state.uploads.push(upload);
    const form = new FormData();
    form.append("file", file, file.name);
    api("POST", `${API}/chats/${view.chatId}/attachments`, { form })
      .then((attachment) => {
        upload.attachment = attachment;
        upload.status = "ready";
      })
      .catch((error) => {
        upload.status = "failed";
        upload.error = error.status === 413 ? "tooLarge" : "failed";
      })
      .finally(renderUploads);
  }
  renderUploads();
}

export function clearUploads() {
  state.uploads = [];
  renderUploads();
}

function renderUploads() {
  const list = $("pending-files");
  list.replaceChildren(
    ...state.uploads.map((upload) =>
      h(
        "li",
        { class: `chip ${upload.status}`, dataset: { status: upload.status } },
        icon(upload.status === "failed" ? "alert" : "file"),
        h("span", { class: "chip-name", text: upload.file.name }),
        h("span", {
          class: "chip-note",
          text:
            upload.status === "uploading"
              ? t("uploading")
              : upload.status === "failed"
                ? t(upload.error)
                : humanSize(upload.file.size),
        }),
        h("button", {
          type: "button",
          class: "icon-button small",
          "aria-label": t("remove", { name: upload.file.name }),
          onclick: () => {
            state.uploads = state.uploads.filter((u) => u !== upload);
            renderUploads();
          },
        }, icon("close")),
      ),
    ),
  );
  list.hidden = state.uploads.length === 0;
}

// --- sending, editing, deleting --------------------------------------------------------

function submitComposer() {
  if (state.editing) return saveEdit();
  const view = state.view;
  if (!view) return;
  const input = $("message-input");
  const text = input.value.trim();
  if (state.uploads.some((u) => u.status === "uploading")) {
    toast(t("waitForUploads"));
    return;
  }
  const ready = state.uploads.filter((u) => u.status === "ready" && u.chatId === view.chatId);
  if (!text && ready.length === 0) return;
  const attachments = ready.map((u) => u.attachment);
  const answered = state.replyTo && state.replyTo.chat_id === view.chatId ? state.replyTo : null;
  const p = {
    clientId: newClientId(),
    chatId: view.chatId,
    content: text || attachments.map((a) => a.filename).join(", "),
    attachments,
    // As the server will show it (docs/API.md: reply_to).
    replyTo: answered
      ? { id: answered.id, user_id: answered.user_id, content: answered.content.slice(0, 200), deleted: false }
      : null,
    createdAt: new Date().toISOString(),
    status: "sending",
    error: "",
  };
  state.pending.set(p.clientId, p);
  messageSent(view.chatId);
  input.value = "";
  autosize();
  clearUploads();
  closeAutocomplete();
  cancelReply();
  openChat.render({ stickToBottom: true });
  deliver(p);
}

// Sending again with the same client_message_id never makes a second message.
export async function deliver(p) {
  p.status = "sending";
  p.error = "";
  if (state.view && state.view.chatId === p.chatId) openChat.render();
  try {
    const json = {
      content: p.content,
      client_message_id: p.clientId,
      attachment_ids: p.attachments.map((a) => a.id),
    };
    if (p.replyTo) json.reply_to_id = p.replyTo.id;
    const message = await api("POST", `${API}/chats/${p.chatId}/messages`, { json });
    state.pending.delete(p.clientId);
    openChat.accept(message);
  } catch (error) {
    if (!state.pending.has(p.clientId)) return;
    p.status = "failed";
    p.retryable = error.status === 0 || error.status >= 500;
    p.error = error.status === 0 ? t("notSentOffline") : t("notSentReason", { reason: error.message });
    if (state.view && state.view.chatId === p.chatId) openChat.render();
  }
}

export function discard(p) {
  state.pending.delete(p.clientId);
  openChat.render();
}

// The composer's text changed: we are typing, unless it is empty now or an edit.
function typed() {
  const view = state.view;
  if (!view || state.editing || !$("message-input").value.trim()) return;
  const chatId = view.chatId;
  composerChanged(
    chatId,
    () =>
      Boolean(state.view && state.view.chatId === chatId && !state.editing && $("message-input").value.trim()),
  );
}

// --- replying ----------------------------------------------------------------------------

export function startReply(message) {
  if (state.editing) cancelEdit();
  state.replyTo = message;
  renderReplyBar();
  const input = $("message-input");
  input.focus();
}

export function cancelReply() {
  if (!state.replyTo) return;
  state.replyTo = null;
  renderReplyBar();
}

// The message answered was changed or deleted while the reply is being written.
export function replyTargetChanged(message, deleted = false) {
  if (!state.replyTo || state.replyTo.id !== message.id) return;
  if (deleted) cancelReply();
  else {
    state.replyTo = message;
    renderReplyBar();
  }
}

function renderReplyBar() {
  const message = state.replyTo;
  $("reply-bar").hidden = !message;
  $("composer").classList.toggle("is-replying", Boolean(message));
  if (!message) return $("reply-text").replaceChildren();
  const snippet = message.content.replace(/\s+/g, " ").trim();
  $("reply-text").replaceChildren(
    h("span", { class: "reply-bar-label", text: t("replyingTo", { name: openChat.name(message.user_id) }) }),
    ": ",
    h("span", { class: "reply-bar-snippet", text: snippet }),
  );
}

// --- editing ---------------------------------------------------------------------------

export function startEdit(message) {
  cancelReply();
  closeAutocomplete();
  state.editing = message;
  const input = $("message-input");
  input.value = message.content;
  $("editing-bar").hidden = false;
  $("composer").classList.add("is-editing");
  autosize();
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  openChat.render();
}

export function cancelEdit() {
  if (!state.editing) return;
  state.editing = null;
  $("message-input").value = "";
  $("editing-bar").hidden = true;
  $("composer").classList.remove("is-editing");
  autosize();
  if (state.view) openChat.render();
}

async function saveEdit() {
  const message = state.editing;
  const content = $("message-input").value.trim();
  if (!content || content === message.content) return cancelEdit();
  try {
    const updated = await api("PATCH", `${API}/messages/${message.id}`, { json: { content } });
    state.editing = null;
    $("message-input").value = "";
    $("editing-bar").hidden = true;
    $("composer").classList.remove("is-editing");
    autosize();
    openChat.accept(updated);
  } catch (error) {
    toast(error.status === 0 ? t("notChangedOffline") : error.message);
  }
}

export function confirmDelete(message) {
  const dialog = $("confirm-dialog");
  $("confirm-text").textContent = t("confirmDelete");
  dialog.returnValue = "";
  dialog.onclose = async () => {
    if (dialog.returnValue !== "ok") return;
    try {
      await api("DELETE", `${API}/messages/${message.id}`);
      openChat.remove(message.chat_id, message.id);
    } catch (error) {
      if (error.status === 404) openChat.remove(message.chat_id, message.id);
      else toast(error.status === 0 ? t("notDeletedOffline") : error.message);
    }
  };
  dialog.showModal();
  $("confirm-ok").focus();
}

// The box grows with its text up to a limit, then scrolls.
export function autosize() {
  const input = $("message-input");
  input.style.height = "auto";
  const borders = input.offsetHeight - input.clientHeight;
  const wanted = input.scrollHeight + borders;
  input.style.height = `${Math.min(wanted, 180)}px`;
  input.style.overflowY = wanted > 180 ? "auto" : "hidden";
}

onLanguageChange(() => {
  renderUploads();
  renderReplyBar();
  closeAutocomplete();
});

export function bindComposer() {
  const input = $("message-input");
  input.addEventListener("input", () => {
    autosize();
    updateAutocomplete();
    typed();
  });
  // The caret moved without typing: the word at it may be another one.
  input.addEventListener("click", updateAutocomplete);
  input.addEventListener("keyup", (event) => {
    if (["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) updateAutocomplete();
  });
  input.addEventListener("blur", closeAutocomplete);
  input.addEventListener("keydown", (event) => {
    if (autocompleteKey(event)) return;
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submitComposer();
    } else if (event.key === "Escape" && state.editing) {
      event.preventDefault();
      cancelEdit();
    } else if (event.key === "Escape" && state.replyTo) {
      event.preventDefault();
      cancelReply();
    } else if (event.key === "ArrowUp" && !input.value && !state.editing && !state.replyTo) {
      const view = state.view;
      const own = view
        ? [...view.byId.values()].filter((m) => m.user_id === state.me.id).sort((a, b) => b.id - a.id)[0]
        : null;
      if (own) {
        event.preventDefault();
        startEdit(own);
      }
    }
  });
  $("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    submitComposer();
  });
  $("cancel-edit").addEventListener("click", cancelEdit);
  $("cancel-reply").addEventListener("click", () => {
    cancelReply();
    input.focus();
  });
  $("attach").addEventListener("click", () => $("file-input").click());
  $("file-input").addEventListener("change", (event) => {
    addFiles([...event.target.files]);
    event.target.value = "";
  });
  const conversation = $("conversation");
  conversation.addEventListener("dragover", (event) => {
    if (state.view && event.dataTransfer.types.includes("Files")) {
      event.preventDefault();
      conversation.classList.add("dropping");
    }
  });
  conversation.addEventListener("dragleave", () => conversation.classList.remove("dropping"));
  conversation.addEventListener("drop", (event) => {
    conversation.classList.remove("dropping");
    if (state.view && event.dataTransfer.files.length) {
      event.preventDefault();
      addFiles([...event.dataTransfer.files]);
    }
  });
  input.addEventListener("paste", (event) => {
    const files = [...(event.clipboardData ? event.clipboardData.files : [])];
    if (files.length) {
      event.preventDefault();
      addFiles(files);
    }
  });
}
