// The chat list in the sidebar: loading it (and further pages on scroll), keeping each
// chat current as events arrive, and rendering its rows.
//
// It also keeps what the rows need to know about people (the peer of a personal chat,
// authors' names, who is online: presence.js), which the open chat reuses. A row shows
// the online dot of a personal chat's peer, and "typing…" instead of the last message
// while someone types there. The open chat builds on this module, so
// this one reaches it only through the hooks the entry module sets with setChatListHooks.

import { API, state } from "./state.js";
import { $, avatar, h, icon, keyedRow, patchList, setConnectionNote, shortWhen, toast, when } from "./dom.js";
import { api } from "./api.js";
import { lang, onLanguageChange, t } from "./i18n.js";
import { isOnline, notePresence, onPresenceChange, onTypingChange, typists } from "./presence.js";

const openChat = {
  open: (chatId) => {}, // a row was picked
  close: () => {}, // the open chat is no longer there
  refreshed: (chat) => {}, // the open chat's record was fetched again
  namesChanged: () => {}, // a user's name or a personal chat's peer (its title) arrived
};

export function setChatListHooks(hooks) {
  Object.assign(openChat, hooks);
}

function activity(chat) {
  return when(chat.last_message ? chat.last_message.created_at : chat.created_at);
}

export function sortedChats() {
  return [...state.chats.values()].sort((a, b) => activity(b) - activity(a) || b.id - a.id);
}

export function chatTitle(chat) {
  if (chat.is_group_chat) return chat.topic || t("group");
  const peer = state.peers.get(chat.id);
  return peer ? peer.name : "…";
}

export function userName(userId) {
  if (state.me && userId === state.me.id) return t("you");
  const user = state.users.get(userId);
  if (user) return user.deleted ? t("deletedUser") : user.name || user.nick || "…";
  requestUser(userId);
  return "…";
}

const userRequests = new Set();
function requestUser(userId) {
  if (userRequests.has(userId)) return;
  userRequests.add(userId);
  const askedAt = Date.now();
  api("GET", `${API}/users/${userId}`)
    .then((user) => {
      state.users.set(user.id, user);
      notePresence(user, askedAt);
      renderChatList();
      openChat.namesChanged();
    })
    .catch(() => {})
    .finally(() => userRequests.delete(userId));
}

function preview(message) {
  if (!message) return t("noMessagesYet");
  const text = message.content.replace(/\s+/g, " ").trim();
  if (text) return text;
  const files = message.attachments || [];
  return files.length ? files.map((a) => a.filename).join(", ") : "";
}

// A list fetched while events arrive may predate them: each load notes the chats that
// changed meanwhile and asks for those again once it is applied; only the newest load
// is applied.
let chatListSequence = 0;
const changedDuringLoads = new Set();

export function noteChatChanged(chatId) {
  for (const changed of changedDuringLoads) changed.add(chatId);
}

export async function loadChats() {
  const sequence = ++chatListSequence;
  const changed = new Set();
  changedDuringLoads.add(changed);
  state.loadingChats = true;
  try {
    const page = await api("GET", `${API}/chats?limit=100`);
    if (sequence !== chatListSequence || !state.me) return;
    const fresh = new Map(page.items.map((chat) => [chat.id, chat]));
    // Chats beyond the first page that were already shown stay (they are older).
    for (const [id, chat] of state.chats) {
      if (!fresh.has(id) && page.next !== null) fresh.set(id, chat);
    }
    state.chats = fresh;
    state.chatsNext = page.next;
    if (state.view && !state.chats.has(state.view.chatId)) openChat.close();
    renderChatList();
    for (const chatId of changed) refreshChat(chatId);
    setConnectionNote(state.wsConnected ? "" : t("connecting"), 1200);
  } catch (error) {
    if (error.status !== 401 && state.token && sequence === chatListSequence) {
      setConnectionNote(t("couldNotLoadChats"));
      setTimeout(() => sequence === chatListSequence && state.token && loadChats(), 3000);
    }
  } finally {
    changedDuringLoads.delete(changed);
    if (sequence === chatListSequence) state.loadingChats = false;
  }
}

export async function loadMoreChats() {
  if (state.loadingChats || !state.chatsNext) return;
  state.loadingChats = true;
  try {
    const page = await api("GET", `${API}/chats?limit=100&after=${encodeURIComponent(state.chatsNext)}`);
    for (const chat of page.items) if (!state.chats.has(chat.id)) state.chats.set(chat.id, chat);
    state.chatsNext = page.next;
    renderChatList();
  } catch {
    // The next scroll tries again.
  } finally {
    state.loadingChats = false;
  }
}

// One chat as the caller sees it now; the newest request wins when several overlap.
export async function refreshChat(chatId) {
  noteChatChanged(chatId);
  const sequence = (state.refreshes.get(chatId) || 0) + 1;
  state.refreshes.set(chatId, sequence);
  let chat;
  try {
    chat = await api("GET", `${API}/chats/${chatId}`);
  } catch (error) {
    if (state.refreshes.get(chatId) === sequence) state.refreshes.delete(chatId);
    if (error.status === 404) forgetChat(chatId);
    return;
  }
  if (state.refreshes.get(chatId) !== sequence) return;
  state.refreshes.delete(chatId);
  state.chats.set(chatId, chat);
  if (state.view && state.view.chatId === chatId) openChat.refreshed(chat);
  renderChatList();
}

// A message of the chat names the caller (docs/API.md: `mentions`).
export function mentionsMe(message) {
  return Boolean(
    message && state.me && message.user_id !== state.me.id && (message.mentions || []).includes(state.me.id),
  );
}

// Mutes or unmutes the chat for us (PATCH settings); what the server says it is now,
// or null when it could not be changed (a toast says why).
export async function setMuted(chatId, muted) {
  try {
    const answer = await api("PATCH", `${API}/chats/${chatId}/settings`, { json: { muted } });
    const chat = state.chats.get(chatId);
    if (chat) chat.muted = answer.muted;
    renderChatList();
    return answer.muted;
  } catch (error) {
    toast(error.status === 0 ? t("noConnection") : error.message);
    return null;
  }
}

export function forgetChat(chatId) {
  state.chats.delete(chatId);
  if (state.view && state.view.chatId === chatId) openChat.close();
  renderChatList();
}

function requestPeer(chat) {
  if (chat.is_group_chat || state.peers.has(chat.id) || state.peerRequests.has(chat.id)) return;
  state.peerRequests.add(chat.id);
  loadMembers(chat.id)
    .then(() => {
      renderChatList();
      openChat.namesChanged();
    })
    .catch(() => {})
    .finally(() => state.peerRequests.delete(chat.id));
}

export async function loadMembers(chatId) {
  const members = new Map();
  let after = null;
  for (let pages = 0; pages < 20; pages++) {
    const query = after === null ? "" : `&after=${after}`;
    const askedAt = Date.now();
    const page = await api("GET", `${API}/chats/${chatId}/members?limit=100${query}`);
    for (const member of page.items) {
      members.set(member.user.id, member);
      state.users.set(member.user.id, member.user);
      notePresence(member.user, askedAt);
    }
    if (page.next === null || page.next === undefined) break;
    after = page.next;
  }
  state.members.set(chatId, members);
  const chat = state.chats.get(chatId);
  const peer = [...members.values()].find((member) => member.user.id !== state.me.id);
  if (peer) state.peers.set(chatId, peer.user);
  else if (chat && !chat.is_group_chat) {
    // The other person deleted their account and so left the chat; its history stays.
    state.peers.set(chatId, { id: 0, nick: null, name: t("deletedUser"), deleted: true });
  }
  return members;
}

// After a reconnect: presence events missed while the socket was down. The peers of
// personal chats and the open chat's members are asked for again (a few at a time);
// other groups' members are fetched afresh when the group is opened.
export async function refreshPresence() {
  const openId = state.view ? state.view.chatId : null;
  for (const chatId of [...state.members.keys()]) {
    const chat = state.chats.get(chatId);
    if (chatId !== openId && (!chat || chat.is_group_chat)) state.members.delete(chatId);
  }
  const queue = sortedChats()
    .filter((chat) => chat.id === openId || (!chat.is_group_chat && state.peers.has(chat.id)))
    .map((chat) => chat.id);
  const worker = async () => {
    while (queue.length && state.me) {
      const chatId = queue.shift();
      try {
        await loadMembers(chatId);
      } catch {
        // The next reconnect tries again.
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

// What a row says instead of the last message while people type in the chat.
function typingPreview(chat) {
  const ids = typists(chat.id);
  if (!ids.length) return "";
  if (!chat.is_group_chat) return t("typingShort");
  if (ids.length === 1) return t("typingOne", { name: userName(ids[0]) });
  return t("typingCount", { count: ids.length });
}

export function renderChatList() {
  const list = $("chat-list");
  const chats = sortedChats();
  const openId = state.view ? state.view.chatId : null;
  const items = chats.map((chat) => {
    requestPeer(chat);
    const title = chatTitle(chat);
    const last = chat.last_message;
    const author =
      last && (chat.is_group_chat || last.user_id === state.me.id)
        ? h("span", { class: "preview-author" }, `${userName(last.user_id)}: `)
        : null;
    const unread = chat.unread_count > 0;
    const mentioned = (chat.mention_count || 0) > 0;
    const peer = chat.is_group_chat ? null : state.peers.get(chat.id);
    const seed = chat.is_group_chat ? chat.id : (peer || {}).id || chat.id;
    const online = Boolean(peer && isOnline(peer.id));
    const typing = typingPreview(chat);
    const stamp = last ? last.created_at : chat.created_at;
    const signature = JSON.stringify([
      title,
      seed,
      chat.id === openId,
      chat.unread_count,
      chat.mention_count,
      chat.muted,
      lang(),
      last && [last.id, last.content, last.edited_at, last.user_id],
      author && author.textContent,
      shortWhen(stamp),
      online,
      typing,
    ]);
    return keyedRow(state.chatRows, chat.id, signature, () => h(
      "li",
      {
        class: `chat-item${chat.id === openId ? " active" : ""}${unread ? " unread" : ""}${chat.muted ? " is-muted" : ""}`,
        dataset: { chatId: String(chat.id) },
        role: "button",
        tabindex: "0",
        "aria-current": chat.id === openId ? "true" : null,
      },
      avatar(title, seed, chat.is_group_chat ? "group" : "", online),
      h(
        "div",
        { class: "chat-item-body" },
        h(
          "div",
          { class: "chat-item-top" },
          h("span", { class: "chat-item-title", text: title }),
          chat.muted
            ? h("span", { class: "muted-icon", title: t("mutedChat"), "aria-label": t("mutedChat") }, icon("bellOff"))
            : null,
          h("time", {
            class: "chat-item-time",
            datetime: last ? last.created_at : chat.created_at,
            text: shortWhen(last ? last.created_at : chat.created_at),
          }),
        ),
        h(
          "div",
          { class: "chat-item-bottom" },
          typing
            ? h("span", { class: "chat-item-preview typing", text: typing })
            : h("span", { class: `chat-item-preview${last ? "" : " muted"}` }, author, preview(last)),
          mentioned
            ? h("span", {
                class: "mention-badge",
                title: t("mentioned", { count: chat.mention_count }),
                "aria-label": t("mentioned", { count: chat.mention_count }),
                text: "@",
              })
            : null,
          unread
            ? h("span", {
                class: "badge",
                "aria-label": t("unreadCount", { count: chat.unread_count }),
                text: chat.unread_count > 999 ? "999+" : String(chat.unread_count),
              })
            : null,
        ),
      ),
    ));
  });
  patchList(list, items, state.chatRows);
  $("chat-list-empty").hidden = chats.length > 0;
  // A muted chat still counts on its own row, but not in the window's title.
  const total = chats.reduce((sum, chat) => sum + (chat.muted ? 0 : chat.unread_count), 0);
  document.title = total > 0 ? `(${total}) Messenger` : "Messenger";
}

onLanguageChange(() => {
  if (state.me) renderChatList();
});
onPresenceChange(() => {
  if (state.me) renderChatList();
});
onTypingChange(() => {
  if (state.me) renderChatList();
});

export function bindChatList() {
  const list = $("chat-list");
  list.addEventListener("click", (event) => {
    const item = event.target.closest(".chat-item");
    if (item) openChat.open(Number(item.dataset.chatId));
  });
  list.addEventListener("keydown", (event) => {
    const item = event.target.closest(".chat-item");
    if (item && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      openChat.open(Number(item.dataset.chatId));
    }
  });
  list.addEventListener("scroll", () => {
    if (list.scrollTop + list.clientHeight > list.scrollHeight - 200) loadMoreChats();
  });
}
