// Who is online, and who is typing where (docs/API.md, "Live").
//
// Presence: state.presence maps a user id to {online, lastSeenAt, at}, seeded from the
// user objects the client fetches anyway (members, peers, users looked up by id) and
// kept current by the socket's presence events. `at` is as of when it is known: a user
// object answered by the REST API counts from when it was asked for, so an event that
// arrived meanwhile (it is newer) is not undone by the answer.
//
// Typing, received: state.typing maps a chat id to the people typing there (never us,
// not even on our other devices), each shown for 6 s after their last typing event, or
// until their message arrives. Typing, sent: at most one frame per chat every 3 s, and
// only while the composer has text; a short burst of typing right after a send still
// goes out, at the end of the 3 s (the send cleared our typing at the other end).
//
// Views subscribe with onPresenceChange / onTypingChange; this module draws nothing, it
// only says what changed (the open chat and the chat list build on it).

import { TYPING_SEND_MS, TYPING_SHOW_MS, state } from "./state.js";
import { formatDay, formatTime, startOfDay } from "./dom.js";
import { t } from "./i18n.js";

const presenceListeners = [];
const typingListeners = [];

// Changes are told once per turn of the event loop: a page of 100 members is one render.
let changedUsers = null;
function presenceChanged(userId) {
  if (!changedUsers) {
    changedUsers = new Set();
    queueMicrotask(() => {
      const users = changedUsers;
      changedUsers = null;
      for (const listener of presenceListeners) listener(users);
    });
  }
  changedUsers.add(userId);
}

let changedChats = null;
function typingChanged(chatId) {
  if (!changedChats) {
    changedChats = new Set();
    queueMicrotask(() => {
      const chats = changedChats;
      changedChats = null;
      for (const listener of typingListeners) listener(chats);
    });
  }
  changedChats.add(chatId);
}

// listener(Set of user ids whose presence changed)
export function onPresenceChange(listener) {
  presenceListeners.push(listener);
}

// listener(Set of chat ids whose typing people changed)
export function onTypingChange(listener) {
  typingListeners.push(listener);
}

// --- presence -------------------------------------------------------------------------

function moment(iso) {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? null : ms;
}

function setPresence(userId, online, lastSeenAt, at) {
  const known = state.presence.get(userId);
  if (known && known.at > at) return;
  state.presence.set(userId, { online, lastSeenAt, at });
  // While online, last_seen_at is "now" of each answer: only a change of state counts.
  if (!known || known.online !== online || (!online && known.lastSeenAt !== lastSeenAt)) {
    presenceChanged(userId);
  }
  if (!online) stopTypingEverywhere(userId);
}

// A user object from the API, asked for at `askedAt` (ms; 0: of unknown age, so it only
// fills in a user not known yet).
export function notePresence(user, askedAt = 0) {
  if (!user || typeof user.id !== "number" || typeof user.online !== "boolean") return;
  if (state.me && user.id === state.me.id) return;
  setPresence(user.id, user.online, moment(user.last_seen_at), askedAt);
}

// A presence event: {user_id, online, last_seen_at}.
export function applyPresence(data) {
  if (!data || typeof data.user_id !== "number") return;
  if (state.me && data.user_id === state.me.id) return;
  setPresence(data.user_id, Boolean(data.online), moment(data.last_seen_at), Date.now());
}

export function isOnline(userId) {
  const known = state.presence.get(userId);
  return Boolean(known && known.online);
}

// "online", "last seen 5 min ago", "last seen yesterday at 14:05", "last seen 3 Mar";
// empty when nothing is known (the user hides it, or shares no chat with us).
export function presenceText(userId, now = Date.now()) {
  const known = state.presence.get(userId);
  if (!known) return "";
  if (known.online) return t("online");
  if (known.lastSeenAt === null) return "";
  const ago = Math.max(0, now - known.lastSeenAt); // a clock ahead of ours: just now
  if (ago < 60 * 1000) return t("lastSeenJustNow");
  if (ago < 60 * 60 * 1000) return t("lastSeenMinutes", { count: Math.floor(ago / 60000) });
  const seen = new Date(known.lastSeenAt);
  const days = Math.round((startOfDay(new Date(now)) - startOfDay(seen)) / 86400000);
  if (days <= 0) return t("lastSeenHours", { count: Math.floor(ago / 3600000) });
  if (days === 1) return t("lastSeenYesterday", { time: formatTime(seen) });
  return t("lastSeenDate", { date: formatDay(seen) });
}

// --- typing, received -------------------------------------------------------------------

// A typing frame sent just before a message can overtake it on the way (they travel
// apart): typing that arrives this soon after the typist's message is taken as that one.
const LATE_TYPING_MS = 500;
const justSent = new Map(); // "chat id:user id" -> when their last message arrived

export function startTyping(chatId, userId) {
  if (!state.me || userId === state.me.id || typeof userId !== "number") return;
  if (Date.now() - (justSent.get(`${chatId}:${userId}`) || 0) < LATE_TYPING_MS) return;
  let typists = state.typing.get(chatId);
  if (!typists) {
    typists = new Map();
    state.typing.set(chatId, typists);
  }
  const known = typists.get(userId);
  if (known) clearTimeout(known.timer);
  const entry = { until: Date.now() + TYPING_SHOW_MS, timer: 0 };
  entry.timer = setTimeout(() => {
    const current = state.typing.get(chatId);
    if (current && current.get(userId) === entry) stopTyping(chatId, userId);
  }, TYPING_SHOW_MS);
  typists.set(userId, entry); // one typing again keeps their place in the line
  if (!known) typingChanged(chatId);
}

export function stopTyping(chatId, userId) {
  const typists = state.typing.get(chatId);
  const entry = typists && typists.get(userId);
  if (!entry) return;
  clearTimeout(entry.timer);
  typists.delete(userId);
  if (!typists.size) state.typing.delete(chatId);
  typingChanged(chatId);
}

// A message of theirs arrived: they are done typing it.
export function messageArrived(chatId, userId) {
  stopTyping(chatId, userId);
  const key = `${chatId}:${userId}`;
  const at = Date.now();
  justSent.set(key, at);
  setTimeout(() => justSent.get(key) === at && justSent.delete(key), LATE_TYPING_MS);
}

function stopTypingEverywhere(userId) {
  for (const chatId of [...state.typing.keys()]) stopTyping(chatId, userId);
}

// The chat is gone for us (we left, or it was taken away).
export function forgetTyping(chatId) {
  const typists = state.typing.get(chatId);
  if (!typists) return;
  for (const entry of typists.values()) clearTimeout(entry.timer);
  state.typing.delete(chatId);
  typingChanged(chatId);
}

// Who is typing in the chat, in the order they began.
export function typists(chatId) {
  const typing = state.typing.get(chatId);
  return typing ? [...typing.keys()] : [];
}

// "Alice is typing…", "Alice and Bob are typing…", "Alice, Bob and Carol are typing…",
// and from four on "Alice, Bob and 2 more are typing…".
export function typingSentence(names) {
  const [first, second, third] = names;
  switch (names.length) {
    case 0:
      return "";
    case 1:
      return t("typingOne", { name: first });
    case 2:
      return t("typingTwo", { first, second });
    case 3:
      return t("typingThree", { first, second, third });
    default:
      return t("typingMore", { first, second, count: names.length - 2 });
  }
}

// --- typing, sent ------------------------------------------------------------------------

const trailing = new Map(); // chat id -> timer of a typing frame due at the end of the 3 s

function sendTyping(chatId) {
  const ws = state.ws;
  if (!ws || !state.wsConnected || ws.readyState !== WebSocket.OPEN) return;
  ws.send(JSON.stringify({ type: "typing", chat_id: chatId }));
  state.typingSent.set(chatId, { at: Date.now(), afterSend: false });
}

// The composer's text changed and is not empty. stillTyping() tells, when a frame is due
// later, whether it still should go (the same chat is open and its composer has text).
export function composerChanged(chatId, stillTyping) {
  const sent = state.typingSent.get(chatId);
  const wait = sent ? sent.at + TYPING_SEND_MS - Date.now() : 0;
  if (wait <= 0) {
    sendTyping(chatId);
    return;
  }
  // Within the 3 s of the last frame the other side still shows us typing, unless a
  // message of ours cleared it: then say so again as soon as the server passes it on.
  if (!sent.afterSend || trailing.has(chatId)) return;
  trailing.set(
    chatId,
    setTimeout(() => {
      trailing.delete(chatId);
      if (stillTyping()) sendTyping(chatId);
    }, wait),
  );
}

// We sent a message to the chat: the others stop showing us typing there.
export function messageSent(chatId) {
  const sent = state.typingSent.get(chatId);
  if (sent) sent.afterSend = true;
}
