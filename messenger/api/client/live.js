// Live events over the WebSocket at /api/v1/ws: connecting, reconnecting with backoff,
// catching up on what was missed, and applying each event to the chats and open chat.
//
// Events only arrive while the socket is up: once the server says "ready" after each
// (re)connect, the client fetches the chat list and the open chat's newest messages
// again, so what happened while it was down still shows. Unknown event types are
// ignored, so the server can add kinds before the client knows them.
//
// Presence events (chat_id null) and typing events go to presence.js; after a reconnect
// the presence of peers and the open chat's members is asked for again, since changes
// while the socket was down were missed.
//
// Messages in events carry `reactions[].me` as false for everyone (docs/API.md): the
// open chat keeps ours from what it knew (acceptMessage with live: true).

import { API, CATCH_UP_PAGE, PAGE_SIZE, RECONNECT_DELAYS_MS, state } from "./state.js";
import { setConnectionNote } from "./dom.js";
import { api } from "./api.js";
import { t } from "./i18n.js";
import { forgetChat, loadChats, loadMembers, refreshChat, refreshPresence } from "./chat-list.js";
import {
  acceptMessage,
  applyPinned,
  applyReactions,
  clearHistory,
  newestId,
  reloadPins,
  removeMessage,
  renderMessages,
  scheduleMarkRead,
} from "./chat-view.js";
import { deliver } from "./composer.js";
import { applyPresence, forgetTyping, messageArrived, notePresence, startTyping, stopTyping } from "./presence.js";

// --- events -----------------------------------------------------------------------------

function handleEvent(event) {
  const chatId = event.chat_id;
  const data = event.data || {};
  switch (event.type) {
    case "message.created":
      messageArrived(chatId, data.user_id);
      acceptMessage(data, { live: true });
      break;
    case "message.updated":
      acceptMessage(data, { live: true });
      break;
    case "typing":
      if (state.me && data.user_id !== state.me.id) startTyping(chatId, data.user_id);
      break;
    case "message.reactions":
      applyReactions(chatId, data);
      break;
    case "message.pinned":
    case "message.unpinned":
      applyPinned(chatId, data.message_id, event.type === "message.pinned");
      break;
    case "message.deleted":
      removeMessage(chatId, data.id);
      break;
    case "chat.created":
      refreshChat(chatId);
      break;
    case "chat.cleared":
      clearHistory(chatId);
      refreshChat(chatId);
      break;
    case "member.added": {
      const members = state.members.get(chatId);
      for (const member of data.members || []) {
        state.users.set(member.user.id, member.user);
        notePresence(member.user);
        if (members) members.set(member.user.id, member);
      }
      refreshChat(chatId);
      break;
    }
    case "member.removed":
      if (data.user_id === state.me.id) {
        forgetTyping(chatId);
        forgetChat(chatId);
      } else {
        stopTyping(chatId, data.user_id);
        const members = state.members.get(chatId);
        if (members) members.delete(data.user_id);
        // When the owner leaves, another member becomes owner (docs/API.md): who may
        // pin follows.
        if (members) loadMembers(chatId).then(() => renderMessages()).catch(() => {});
        refreshChat(chatId);
      }
      break;
    case "chat.read": {
      if (data.user_id === state.me.id) {
        const chat = state.chats.get(chatId);
        const caughtUp =
          chat && chat.unread_count === 0 && !chat.mention_count &&
          (!chat.last_message || chat.last_message.id <= data.last_read_message_id);
        if (!caughtUp) refreshChat(chatId);
        break;
      }
      const member = (state.members.get(chatId) || new Map()).get(data.user_id);
      if (member) {
        member.last_read_message_id = Math.max(member.last_read_message_id || 0, data.last_read_message_id || 0);
        if (state.view && state.view.chatId === chatId) renderMessages();
      }
      break;
    }
    default:
      break; // a kind this client does not know yet
  }
}

// --- the socket -------------------------------------------------------------------------

function socketUrl() {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}${API}/ws`;
}

export function connect() {
  clearTimeout(state.wsTimer);
  if (!state.token) return;
  const ws = new WebSocket(socketUrl());
  state.ws = ws;
  let settled = false;
  const connected = () => {
    if (settled || state.ws !== ws) return;
    settled = true;
    state.wsAttempt = 0;
    state.wsConnected = true;
    setConnectionNote("");
    catchUp();
  };
  ws.addEventListener("open", () => {
    // The token goes in the first frame, not in the URL, so it stays out of access logs.
    ws.send(JSON.stringify({ token: state.token }));
    // The server answers {"type": "ready"} once events flow to this socket; that is
    // when to fetch what was missed. A server that says nothing: go on after a while.
    setTimeout(connected, 2000);
  });
  ws.addEventListener("message", (message) => {
    if (state.ws !== ws) return;
    let event;
    try {
      event = JSON.parse(message.data);
    } catch {
      return;
    }
    if (!event || typeof event !== "object") return;
    if (event.type === "ready") connected();
    else if (event.type === "presence") applyPresence(event.data);
    else if (event.chat_id !== null && event.chat_id !== undefined) handleEvent(event);
  });
  ws.addEventListener("close", (close) => {
    if (state.ws !== ws) return;
    state.ws = null;
    state.wsConnected = false;
    if (!state.token) return;
    setConnectionNote(t("connecting"), 1200);
    if (close.code === 4401 || close.code === 1008) {
      // Maybe the token is no longer valid: any API call tells (and signs out on 401).
      api("GET", `${API}/users/me`).catch(() => {});
    }
    const base = RECONNECT_DELAYS_MS[Math.min(state.wsAttempt, RECONNECT_DELAYS_MS.length - 1)];
    state.wsAttempt += 1;
    state.wsTimer = setTimeout(connect, base + Math.random() * base * 0.3);
  });
}

export function closeSocket() {
  clearTimeout(state.wsTimer);
  const ws = state.ws;
  state.ws = null;
  state.wsConnected = false;
  if (ws) ws.close();
  setConnectionNote("");
}

export function reconnectNow() {
  if (state.token && !state.ws) {
    state.wsAttempt = 0;
    connect();
  }
}

// After (re)connecting: whatever happened while the socket was down.
async function catchUp() {
  await loadChats();
  // The first time the list's own loads fetch the peers; after a reconnect, again.
  if (state.presenceSynced) refreshPresence();
  state.presenceSynced = true;
  const view = state.view;
  // A run of history that stops short of the newest (opened at a search hit, say) is
  // left as it is: scrolling down fetches what follows it, missed messages included.
  if (view && view.loaded && view.hasNewer) reloadPins();
  else if (view && view.loaded) {
    try {
      let after = newestId(view);
      for (let pages = 0; pages < 50; pages++) {
        const page = await api(
          "GET",
          `${API}/chats/${view.chatId}/messages?limit=${CATCH_UP_PAGE}&after=${after}`,
        );
        if (state.view !== view) return;
        for (const message of page.items) acceptMessage(message);
        if (page.next === null || page.items.length === 0) break;
        after = page.next;
      }
      // Edits and deletions are not new messages: reconcile the newest page too.
      const latest = await api("GET", `${API}/chats/${view.chatId}/messages?limit=${PAGE_SIZE}`);
      if (state.view !== view || view.hasNewer) return;
      const ids = new Set(latest.items.map((m) => m.id));
      const oldest = latest.items.length ? latest.items[latest.items.length - 1].id : Infinity;
      for (const id of [...view.byId.keys()]) {
        if (id >= oldest && !ids.has(id)) view.byId.delete(id);
      }
      for (const message of latest.items) view.byId.set(message.id, message);
      renderMessages();
      scheduleMarkRead();
      reloadPins();
    } catch {
      // The next reconnect tries again.
    }
  }
  for (const p of state.pending.values()) if (p.status === "failed" && p.retryable) deliver(p);
}
