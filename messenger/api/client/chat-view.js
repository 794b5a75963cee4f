// The open chat: its header, its history (newest page first, older pages as you scroll
// up), the messages and day dividers drawn from it, and marking it read while you look.
//
// state.view holds the open chat's messages by id; rendering patches the message list in
// place, so only rows whose content changed are rebuilt. Every change to a message, from
// our own requests, the socket or a catch-up, goes through acceptMessage/removeMessage.

import { API, GROUP_GAP_MS, PAGE_SIZE, state } from "./state.js";
import {
  $,
  avatar,
  dayLabel,
  fullFormat,
  h,
  icon,
  isNearBottom,
  keyedRow,
  paintAvatar,
  patchList,
  startOfDay,
  timeFormat,
  when,
} from "./dom.js";
import { api } from "./api.js";
import { renderAttachment } from "./attachments.js";
import {
  chatTitle,
  forgetChat,
  loadMembers,
  noteChatChanged,
  refreshChat,
  renderChatList,
  userName,
} from "./chat-list.js";
import {
  autosize,
  cancelEdit,
  clearUploads,
  confirmDelete,
  deliver,
  discard,
  startEdit,
} from "./composer.js";

export function showNoChat() {
  state.view = null;
  cancelEdit();
  clearUploads();
  $("chat-view").hidden = true;
  $("no-chat").hidden = false;
  $("app").classList.remove("show-chat");
  if (location.hash) history.replaceState(null, "", location.pathname);
  renderChatList();
}

function renderChatHeader(chat) {
  const title = chatTitle(chat);
  $("chat-title").textContent = title;
  const peer = state.peers.get(chat.id);
  paintAvatar($("chat-avatar"), title, chat.is_group_chat ? chat.id : peer ? peer.id : chat.id);
  $("chat-avatar").classList.toggle("group", chat.is_group_chat);
  $("chat-subtitle").textContent = chat.is_group_chat
    ? `${chat.members_count} member${chat.members_count === 1 ? "" : "s"}`
    : peer
      ? `@${peer.nick}`
      : "";
}

export async function openChat(chatId) {
  const chat = state.chats.get(chatId);
  if (!chat) return;
  if (state.view && state.view.chatId === chatId) {
    $("message-input").focus();
    return;
  }
  cancelEdit();
  clearUploads();
  const view = {
    chatId,
    byId: new Map(),
    olderCursor: null,
    hasOlder: true,
    loadingOlder: false,
    loaded: false,
    readUpTo: 0,
    rows: new Map(),
  };
  state.view = view;
  history.replaceState(null, "", `#chat=${chatId}`);
  $("no-chat").hidden = true;
  $("chat-view").hidden = false;
  $("app").classList.add("show-chat");
  renderChatHeader(chat);
  renderChatList();
  $("message-list").replaceChildren();
  $("history-status").textContent = "Loading messages…";
  $("message-input").value = "";
  autosize();
  $("message-input").focus();

  if (!state.members.has(chatId)) {
    loadMembers(chatId)
      .then(() => {
        if (state.view !== view) return;
        renderChatHeader(state.chats.get(chatId) || chat);
        renderMessages();
      })
      .catch(() => {});
  }
  try {
    const page = await api("GET", `${API}/chats/${chatId}/messages?limit=${PAGE_SIZE}`);
    if (state.view !== view) return;
    for (const message of page.items) view.byId.set(message.id, message);
    view.olderCursor = page.next;
    view.hasOlder = page.next !== null;
    view.loaded = true;
    renderMessages({ stickToBottom: true });
    scheduleMarkRead();
    fillViewport();
  } catch (error) {
    if (state.view !== view) return;
    if (error.status === 404) return forgetChat(chatId);
    $("history-status").textContent = "Could not load messages.";
  }
}

async function fillViewport() {
  const box = $("messages");
  const view = state.view;
  while (view && state.view === view && view.hasOlder && box.scrollHeight <= box.clientHeight + 40) {
    if (!(await loadOlder())) break;
  }
}

async function loadOlder() {
  const view = state.view;
  if (!view || !view.loaded || view.loadingOlder || !view.hasOlder) return false;
  view.loadingOlder = true;
  $("history-status").textContent = "Loading older messages…";
  try {
    const page = await api(
      "GET",
      `${API}/chats/${view.chatId}/messages?limit=${PAGE_SIZE}&before=${view.olderCursor}`,
    );
    if (state.view !== view) return false;
    for (const message of page.items) view.byId.set(message.id, message);
    view.olderCursor = page.next;
    view.hasOlder = page.next !== null;
    renderMessages({ keepBottomOffset: true });
    return true;
  } catch {
    if (state.view === view) $("history-status").textContent = "Could not load older messages.";
    return false;
  } finally {
    view.loadingOlder = false;
  }
}

export function newestId(view) {
  let newest = 0;
  for (const id of view.byId.keys()) if (id > newest) newest = id;
  return newest;
}

function otherReadUpTo(chatId) {
  const members = state.members.get(chatId);
  let upTo = 0;
  if (!members) return upTo;
  for (const member of members.values()) {
    if (member.user.id !== state.me.id && (member.last_read_message_id || 0) > upTo) {
      upTo = member.last_read_message_id;
    }
  }
  return upTo;
}

// --- rendering messages -----------------------------------------------------------------

export function renderMessages({ stickToBottom = false, keepBottomOffset = false } = {}) {
  const view = state.view;
  if (!view) return;
  const box = $("messages");
  const atBottom = stickToBottom || isNearBottom(box);
  const fromBottom = box.scrollHeight - box.scrollTop;
  const chat = state.chats.get(view.chatId);
  const group = chat ? chat.is_group_chat : false;
  const readUpTo = otherReadUpTo(view.chatId);

  const messages = [...view.byId.values()].sort((a, b) => a.id - b.id);
  const pending = [...state.pending.values()].filter((p) => p.chatId === view.chatId);
  const rows = [];
  let previous = null;
  let previousDay = null;
  const items = [...messages, ...pending.map(pendingAsMessage)];
  const sameRun = (a, b) =>
    a.user_id === b.user_id &&
    startOfDay(new Date(a.created_at)) === startOfDay(new Date(b.created_at)) &&
    when(b.created_at) - when(a.created_at) < GROUP_GAP_MS;
  items.forEach((item, index) => {
    const next = items[index + 1];
    const continued = next !== undefined && sameRun(item, next);
    const date = new Date(item.created_at);
    const day = startOfDay(date);
    if (day !== previousDay) {
      const label = dayLabel(date);
      rows.push(
        keyedRow(view.rows, `d${day}`, label, () =>
          h("li", { class: "day-divider" }, h("span", { text: label })),
        ),
      );
      previousDay = day;
      previous = null;
    }
    const continues = previous !== null && sameRun(previous, item);
    const p = item.pending;
    const signature = JSON.stringify([
      item.content,
      item.edited_at,
      continues,
      continued,
      group,
      item.user_id === state.me.id && item.id !== null && readUpTo >= item.id,
      p ? `${p.status}:${p.error}` : "",
      Boolean(state.editing && state.editing.id === item.id),
      userName(item.user_id),
      (item.attachments || []).map((a) => a.id),
    ]);
    const key = item.id !== null ? `m${item.id}` : `p${item.client_message_id}`;
    rows.push(
      keyedRow(view.rows, key, signature, () =>
        renderMessage(item, { group, continues, continued, readUpTo }),
      ),
    );
    previous = item;
  });
  patchList($("message-list"), rows, view.rows);
  $("history-status").textContent = !view.loaded
    ? "Loading messages…"
    : view.hasOlder
      ? ""
      : messages.length || pending.length
        ? "This is the beginning of the conversation"
        : "No messages yet. Say hello!";

  if (atBottom) box.scrollTop = box.scrollHeight;
  else if (keepBottomOffset) box.scrollTop = box.scrollHeight - fromBottom;
}

function pendingAsMessage(p) {
  return {
    id: null,
    pending: p,
    chat_id: p.chatId,
    user_id: state.me.id,
    content: p.content,
    client_message_id: p.clientId,
    created_at: p.createdAt,
    edited_at: null,
    attachments: p.attachments,
  };
}

function renderMessage(message, { group, continues, continued, readUpTo }) {
  const mine = message.user_id === state.me.id;
  const p = message.pending;
  const classes = ["message", mine ? "mine" : "theirs"];
  if (continues) classes.push("continues");
  if (continued) classes.push("continued");
  if (p) classes.push(p.status === "failed" ? "failed" : "pending");
  if (state.editing && state.editing.id === message.id) classes.push("editing");

  const meta = h(
    "span",
    { class: "meta" },
    message.edited_at ? h("span", { class: "edited", text: "edited" }) : null,
    h("time", {
      datetime: message.created_at,
      title: fullFormat.format(new Date(message.created_at)),
      text: timeFormat.format(new Date(message.created_at)),
    }),
    mine ? statusIcon(message, readUpTo) : null,
  );
  const bubble = h(
    "div",
    { class: "bubble" },
    group && !mine && !continues
      ? h("div", { class: `author c${message.user_id % 8}`, text: userName(message.user_id) })
      : null,
    message.attachments && message.attachments.length
      ? h("ul", { class: "attachments" }, message.attachments.map(renderAttachment))
      : null,
    h("div", { class: "content", text: message.content }),
    meta,
  );
  let actions = null;
  if (mine && !p) {
    actions = h(
      "div",
      { class: "message-actions" },
      h("button", {
        type: "button",
        class: "icon-button small edit-message",
        title: "Edit",
        "aria-label": "Edit message",
        onclick: () => startEdit(message),
      }, icon("edit")),
      h("button", {
        type: "button",
        class: "icon-button small delete-message",
        title: "Delete",
        "aria-label": "Delete message",
        onclick: () => confirmDelete(message),
      }, icon("trash")),
    );
  } else if (p && p.status === "failed") {
    actions = h(
      "div",
      { class: "send-failed" },
      h("span", { text: p.error || "Not sent" }),
      h("button", { type: "button", class: "link-button", text: "Retry", onclick: () => deliver(p) }),
      h("button", { type: "button", class: "link-button", text: "Discard", onclick: () => discard(p) }),
    );
  }
  const showAvatar = group && !mine;
  return h(
    "li",
    {
      class: classes.join(" "),
      dataset: {
        messageId: message.id === null ? "" : String(message.id),
        clientId: message.client_message_id || "",
      },
    },
    showAvatar
      ? continued
        ? h("span", { class: "avatar-spacer" })
        : avatar(userName(message.user_id), message.user_id, "small")
      : null,
    bubble,
    actions,
  );
}

function statusIcon(message, readUpTo) {
  const p = message.pending;
  if (p) {
    return h(
      "span",
      { class: `status ${p.status}`, title: p.status === "failed" ? "Not sent" : "Sending" },
      icon(p.status === "failed" ? "alert" : "clock"),
    );
  }
  const read = readUpTo >= message.id;
  return h("span", { class: `status${read ? " read" : ""}`, title: read ? "Read" : "Sent" }, icon(read ? "checks" : "check"));
}

// --- applying changes (from our own requests, the socket, or a catch-up) ---------------

// The open chat's record was fetched again (see setChatListHooks).
export function chatRefreshed(chat) {
  renderChatHeader(chat);
  if (chat.unread_count > 0) scheduleMarkRead();
}

export function acceptMessage(message) {
  noteChatChanged(message.chat_id);
  const chat = state.chats.get(message.chat_id);
  const view = state.view && state.view.chatId === message.chat_id ? state.view : null;
  const mine = message.user_id === state.me.id;
  if (!chat) {
    refreshChat(message.chat_id);
  } else {
    if (!chat.last_message || message.id > chat.last_message.id) {
      chat.last_message = message;
      const seen = view && view.loaded && document.visibilityState === "visible";
      if (!mine && !seen) chat.unread_count += 1;
    } else if (chat.last_message.id === message.id) {
      chat.last_message = message;
    }
    // A refresh in flight was asked before this change: ask again, the newest wins.
    if (state.refreshes.has(message.chat_id)) refreshChat(message.chat_id);
  }
  if (view) {
    if (mine && message.client_message_id) state.pending.delete(message.client_message_id);
    const known = view.byId.has(message.id);
    if (state.editing && state.editing.id === message.id) state.editing = message;
    view.byId.set(message.id, message);
    renderMessages();
    if (!known && !mine) scheduleMarkRead();
  }
  renderChatList();
}

export function removeMessage(chatId, messageId) {
  const view = state.view && state.view.chatId === chatId ? state.view : null;
  if (view && view.byId.delete(messageId)) {
    if (state.editing && state.editing.id === messageId) cancelEdit();
    renderMessages();
  }
  const chat = state.chats.get(chatId);
  if (chat && chat.last_message && chat.last_message.id === messageId) refreshChat(chatId);
}

let readTimer = null;
export function scheduleMarkRead() {
  clearTimeout(readTimer);
  readTimer = setTimeout(markRead, 120);
}

async function markRead() {
  const view = state.view;
  if (!view || !view.loaded || document.visibilityState !== "visible") return;
  const newest = newestId(view);
  const chat = state.chats.get(view.chatId);
  if (!newest || (newest <= view.readUpTo && (!chat || chat.unread_count === 0))) return;
  view.readUpTo = Math.max(view.readUpTo, newest);
  if (chat) {
    chat.unread_count = 0;
    renderChatList();
  }
  try {
    const answer = await api("POST", `${API}/chats/${view.chatId}/read`, { json: { message_id: newest } });
    const current = state.chats.get(view.chatId);
    if (current && state.view === view && answer.unread_count > 0) {
      current.unread_count = answer.unread_count;
      renderChatList();
      scheduleMarkRead();
    }
  } catch {
    view.readUpTo = 0; // try again on the next change
  }
}

export function bindChatView() {
  $("back").addEventListener("click", showNoChat);
  $("messages").addEventListener("scroll", () => {
    if ($("messages").scrollTop < 150) loadOlder();
  });
}
