// The open chat: its header (with the mute toggle), its pinned bar (pins.js), its
// history (newest page first, older pages as you scroll up), the messages and day
// dividers drawn from it, and marking it read while you look.
//
// The loaded history is one unbroken run of messages: usually down to the newest, but
// opened at a message further back (a search hit, a quote or pin far up) it is the
// history around that message, and newer pages load as you scroll down (view.hasNewer).
// Until the run reaches the newest, live messages past it are left for that scrolling to
// fetch, so that the run never has a hole; sending one of ours jumps to the newest.
//
// state.view holds the open chat's messages by id; rendering patches the message list in
// place, so only rows whose content changed are rebuilt. Every change to a message, from
// our own requests, the socket or a catch-up, goes through acceptMessage/removeMessage
// (and applyReactions / applyPinned for the reactions and pins events).
//
// The header shows who is online: the peer's dot and "online" / "last seen …" (kept
// current every 30 s) in a personal chat, "N online" in a group; the line above the
// composer says who is typing in this chat (presence.js keeps both).
//
// A message shows the message it answers (a quote: a click scrolls to the original,
// loading older pages until it is there), "Forwarded from", its reactions (a click on
// one toggles ours), and the @nick mentions it makes; one that mentions us stands out.

import {
  API,
  GROUP_GAP_MS,
  HIGHLIGHT_MS,
  LAST_SEEN_REFRESH_MS,
  OLDER_PAGES_TO_FIND,
  PAGE_SIZE,
  state,
} from "./state.js";
import {
  $,
  avatar,
  dayLabel,
  formatFull,
  formatTime,
  h,
  icon,
  isNearBottom,
  keyedRow,
  paintAvatar,
  patchList,
  startOfDay,
  toast,
  when,
} from "./dom.js";
import { api } from "./api.js";
import { lang, onLanguageChange, t } from "./i18n.js";
import { renderAttachment } from "./attachments.js";
import {
  chatTitle,
  forgetChat,
  loadMembers,
  mentionsMe,
  noteChatChanged,
  refreshChat,
  renderChatList,
  setMuted,
  userName,
} from "./chat-list.js";
import {
  autosize,
  cancelEdit,
  cancelReply,
  clearUploads,
  confirmDelete,
  deliver,
  discard,
  replyTargetChanged,
  startEdit,
  startReply,
} from "./composer.js";
import { closeAutocomplete, updateAutocomplete } from "./autocomplete.js";
import { canPin, loadPins, renderPinnedBar, setPinHooks, setPinned } from "./pins.js";
import { closePicker, keepMine, openPicker, reactionsAfterEvent, setReaction } from "./reactions.js";
import {
  isOnline,
  onPresenceChange,
  onTypingChange,
  presenceText,
  typingSentence,
  typists,
} from "./presence.js";

// Set by the entry module: the forward chooser is built on top of this module.
const actions = {
  forward: (message) => {},
};

export function setMessageActionHooks(hooks) {
  Object.assign(actions, hooks);
}

export function showNoChat() {
  state.view = null;
  cancelEdit();
  cancelReply();
  clearUploads();
  closeAutocomplete();
  closePicker();
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
    ? t("members", { count: chat.members_count })
    : peer && peer.nick
      ? `@${peer.nick}`
      : "";
  renderHeaderPresence(chat);
  const mute = $("mute-toggle");
  const label = t(chat.muted ? "unmute" : "mute");
  mute.replaceChildren(icon(chat.muted ? "bellOff" : "bell"));
  mute.title = label;
  mute.setAttribute("aria-label", label);
  mute.setAttribute("aria-pressed", String(Boolean(chat.muted)));
  mute.classList.toggle("on", Boolean(chat.muted));
}

// The header's online dot and presence words: "online" / "last seen …" of the peer of a
// personal chat, "N online" of a group's other members (nothing when none is).
function renderHeaderPresence(chat) {
  const line = $("chat-presence");
  let text = "";
  let online = false;
  if (chat.is_group_chat) {
    const members = state.members.get(chat.id);
    let count = 0;
    for (const userId of members ? members.keys() : []) {
      if (userId !== state.me.id && isOnline(userId)) count += 1;
    }
    if (count) text = t("onlineCount", { count });
  } else {
    const peer = state.peers.get(chat.id);
    if (peer) {
      online = isOnline(peer.id);
      text = presenceText(peer.id);
    }
  }
  $("chat-avatar").classList.toggle("online", online);
  line.textContent = text;
  line.hidden = !text;
  line.classList.toggle("online", online);
}

// "Alice is typing…" above the composer, for the open chat only.
export function renderTypingLine() {
  const line = $("typing-line");
  const view = state.view;
  const ids = view ? typists(view.chatId) : [];
  const text = typingSentence(ids.map(userName));
  if (line.dataset.text === text) return;
  line.dataset.text = text;
  line.replaceChildren();
  if (text) {
    line.append(
      h("span", { class: "typing-dots", "aria-hidden": "true" }, h("i"), h("i"), h("i")),
      h("span", { class: "typing-text", text }),
    );
  }
}

onPresenceChange((users) => {
  const view = state.view;
  const chat = view ? state.chats.get(view.chatId) : null;
  if (!chat) return;
  renderHeaderPresence(chat);
  // A group's messages show their authors' dots.
  const members = state.members.get(chat.id);
  if (chat.is_group_chat && members && [...users].some((id) => members.has(id))) renderMessages();
});

onTypingChange((chats) => {
  if (state.view && chats.has(state.view.chatId)) renderTypingLine();
});

// "last seen 5 min ago" grows older while the chat stays open.
setInterval(() => {
  const view = state.view;
  const chat = view ? state.chats.get(view.chatId) : null;
  if (chat && !chat.is_group_chat && document.visibilityState === "visible") renderHeaderPresence(chat);
}, LAST_SEEN_REFRESH_MS);

async function toggleMute() {
  const view = state.view;
  const chat = view ? state.chats.get(view.chatId) : null;
  if (!chat) return;
  const muted = await setMuted(chat.id, !chat.muted);
  if (muted === null) return;
  const current = state.chats.get(chat.id);
  if (state.view === view && current) renderChatHeader(current);
  toast(t(muted ? "mutedToast" : "unmutedToast"));
}

// Opens the chat at its newest messages, or with `at` (a message id) at that message,
// with the history around it loaded and the message shown for a moment.
export async function openChat(chatId, { at = null } = {}) {
  const chat = state.chats.get(chatId);
  if (!chat) return;
  if (state.view && state.view.chatId === chatId) {
    if (at !== null) showMessage(state.view, at);
    else $("message-input").focus();
    return;
  }
  cancelEdit();
  cancelReply();
  clearUploads();
  closeAutocomplete();
  closePicker();
  const view = {
    chatId,
    byId: new Map(),
    olderCursor: null,
    hasOlder: true,
    loadingOlder: null, // the page of older messages on its way, if one is
    hasNewer: false, // the loaded run stops before the chat's newest message
    loadingNewer: null,
    epoch: 0, // counts the times the run was loaded afresh: a page of an older run is dropped
    loaded: false,
    readUpTo: 0,
    rows: new Map(),
    pins: null, // the pinned messages, newest pin first (pins.js)
    pinIndex: 0,
    highlight: null, // the message just scrolled to, shown for a moment
  };
  state.view = view;
  history.replaceState(null, "", `#chat=${chatId}`);
  $("no-chat").hidden = true;
  $("chat-view").hidden = false;
  $("app").classList.add("show-chat");
  renderChatHeader(chat);
  renderPinnedBar();
  renderTypingLine();
  renderChatList();
  $("message-list").replaceChildren();
  $("history-status").textContent = t("loadingMessages");
  $("message-input").value = "";
  autosize();
  $("message-input").focus();

  if (!state.members.has(chatId)) {
    loadMembers(chatId)
      .then(() => {
        if (state.view !== view) return;
        renderChatHeader(state.chats.get(chatId) || chat);
        renderPinnedBar();
        renderMessages();
        // An @ typed before the members came has its suggestions now, not at the next key.
        if (document.activeElement === $("message-input")) updateAutocomplete();
      })
      .catch(() => {});
  }
  loadPins(view);
  if (at === null) loadLatest(view);
  else if (await loadAround(view, at)) showMessage(view, at);
}

// The run of messages loaded afresh: the newest page, or the pages on either side of one
// message. Whatever was loaded before goes, and pages still on their way for it are
// dropped when they arrive (the epoch moved on). False when it could not be loaded.
async function loadRun(view, pages) {
  const epoch = ++view.epoch;
  const wasLoaded = view.loaded;
  view.loaded = false; // no older or newer page is asked for meanwhile
  try {
    const [older, newer] = await Promise.all(pages.map((path) => api("GET", path)));
    if (state.view !== view || view.epoch !== epoch) return false;
    view.byId = new Map();
    for (const message of [...older.items, ...(newer ? newer.items : [])]) view.byId.set(message.id, message);
    view.olderCursor = older.next;
    view.hasOlder = older.next !== null;
    view.hasNewer = Boolean(newer && newer.next !== null);
    view.loaded = true;
    renderMessages({ stickToBottom: !view.hasNewer });
    scheduleMarkRead();
    fillViewport();
    return true;
  } catch (error) {
    if (state.view !== view || view.epoch !== epoch) return false;
    if (error.status === 404) {
      forgetChat(view.chatId);
      return false;
    }
    view.loaded = wasLoaded;
    if (wasLoaded) toast(error.status === 0 ? t("noConnection") : t("couldNotLoadMessages"));
    else $("history-status").textContent = t("couldNotLoadMessages");
    return false;
  }
}

function loadLatest(view) {
  return loadRun(view, [`${API}/chats/${view.chatId}/messages?limit=${PAGE_SIZE}`]);
}

// The message and the page older than it (before=id+1 takes it in), and the page newer.
function loadAround(view, messageId) {
  const base = `${API}/chats/${view.chatId}/messages?limit=${PAGE_SIZE}`;
  return loadRun(view, [`${base}&before=${messageId + 1}`, `${base}&after=${messageId}`]);
}

async function fillViewport() {
  const box = $("messages");
  const view = state.view;
  while (view && state.view === view && view.hasOlder && box.scrollHeight <= box.clientHeight + 40) {
    if (!(await loadOlder())) break;
  }
}

// One page of older messages; callers at the same time share the request.
function loadOlder() {
  const view = state.view;
  if (!view || !view.loaded || !view.hasOlder) return Promise.resolve(false);
  if (!view.loadingOlder) {
    view.loadingOlder = fetchOlder(view).finally(() => (view.loadingOlder = null));
  }
  return view.loadingOlder;
}

async function fetchOlder(view) {
  const epoch = view.epoch;
  $("history-status").textContent = t("loadingOlder");
  try {
    const page = await api(
      "GET",
      `${API}/chats/${view.chatId}/messages?limit=${PAGE_SIZE}&before=${view.olderCursor}`,
    );
    if (state.view !== view || view.epoch !== epoch) return false;
    for (const message of page.items) view.byId.set(message.id, message);
    view.olderCursor = page.next;
    view.hasOlder = page.next !== null;
    renderMessages({ keepBottomOffset: true });
    return true;
  } catch {
    if (state.view === view && view.epoch === epoch) $("history-status").textContent = t("couldNotLoadOlder");
    return false;
  }
}

// One page of newer messages, while the loaded run stops short of the newest.
function loadNewer() {
  const view = state.view;
  if (!view || !view.loaded || !view.hasNewer) return Promise.resolve(false);
  if (!view.loadingNewer) {
    view.loadingNewer = fetchNewer(view).finally(() => (view.loadingNewer = null));
  }
  return view.loadingNewer;
}

async function fetchNewer(view) {
  const epoch = view.epoch;
  try {
    const page = await api(
      "GET",
      `${API}/chats/${view.chatId}/messages?limit=${PAGE_SIZE}&after=${newestId(view)}`,
    );
    if (state.view !== view || view.epoch !== epoch) return false;
    for (const message of page.items) view.byId.set(message.id, message);
    view.hasNewer = page.next !== null;
    // Where you were reading stays put: the page goes below it.
    renderMessages({ keepTopOffset: true });
    scheduleMarkRead();
    return true;
  } catch {
    return false; // the next scroll tries again
  }
}

export function newestId(view) {
  let newest = 0;
  for (const id of view.byId.keys()) if (id > newest) newest = id;
  return newest;
}

function oldestId(view) {
  let oldest = Infinity;
  for (const id of view.byId.keys()) if (id < oldest) oldest = id;
  return oldest;
}

// Scrolls to a message of the open chat and marks it for a moment. One a little older
// than the loaded ones is reached by paging back, which keeps what is loaded; one
// further away has the history around it loaded instead (showMessage).
export async function revealMessage(messageId) {
  const view = state.view;
  if (!view) return;
  for (let pages = 0; pages < OLDER_PAGES_TO_FIND && !view.byId.has(messageId); pages++) {
    if (!view.loaded || !view.hasOlder || oldestId(view) < messageId) break;
    if (!(await loadOlder()) || state.view !== view) break;
  }
  if (state.view === view) showMessage(view, messageId);
}

// Whether the message, not loaded, may still be there: outside the loaded run (ids grow
// with time, so one inside the run that is not loaded was deleted).
function beyondRun(view, messageId) {
  return (view.hasOlder && messageId < oldestId(view)) || (view.hasNewer && messageId > newestId(view));
}

async function showMessage(view, messageId) {
  if (!view.byId.has(messageId) && (!view.loaded || beyondRun(view, messageId))) {
    if (!(await loadAround(view, messageId))) return;
  }
  if (state.view !== view) return;
  if (!view.byId.has(messageId)) {
    toast(t("messageGone"));
    return;
  }
  view.highlight = messageId;
  renderMessages();
  const row = $("message-list").querySelector(`.message[data-message-id="${messageId}"]`);
  if (row) row.scrollIntoView({ block: "center" });
  setTimeout(() => {
    if (state.view !== view || view.highlight !== messageId) return;
    view.highlight = null;
    renderMessages();
  }, HIGHLIGHT_MS);
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

// stickToBottom: scroll to the newest; keepBottomOffset: older messages went above, keep
// what is on screen where it is; keepTopOffset: newer ones went below, do not follow
// them. Otherwise a list scrolled to the bottom stays there, unless the loaded run stops
// short of the newest (new messages would not be the chat's newest).
export function renderMessages({ stickToBottom = false, keepBottomOffset = false, keepTopOffset = false } = {}) {
  const view = state.view;
  if (!view) return;
  const box = $("messages");
  const atBottom = !keepTopOffset && (stickToBottom || (!view.hasNewer && isNearBottom(box)));
  const fromBottom = box.scrollHeight - box.scrollTop;
  const chat = state.chats.get(view.chatId);
  const group = chat ? chat.is_group_chat : false;
  const readUpTo = otherReadUpTo(view.chatId);
  const pinning = canPin(view.chatId);

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
      item.reply_to,
      item.reply_to ? userName(item.reply_to.user_id) : "",
      item.forwarded_from ? forwardedName(item.forwarded_from.user_id) : "",
      item.reactions,
      (item.mentions || []).map((id) => (state.users.get(id) || {}).nick),
      group && item.user_id !== state.me.id && !continued && isOnline(item.user_id),
      item.pinned,
      pinning,
      view.highlight === item.id,
      lang(),
    ]);
    const key = item.id !== null ? `m${item.id}` : `p${item.client_message_id}`;
    rows.push(
      keyedRow(view.rows, key, signature, () =>
        renderMessage(item, { group, continues, continued, readUpTo, pinning }),
      ),
    );
    previous = item;
  });
  patchList($("message-list"), rows, view.rows);
  $("history-status").textContent = !view.loaded
    ? t("loadingMessages")
    : view.hasOlder
      ? ""
      : messages.length || pending.length
        ? t("beginning")
        : t("sayHello");

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
    reply_to: p.replyTo || null,
    reactions: [],
    mentions: [],
    forwarded_from: null,
    pinned: false,
  };
}

// A forward names the original's author by name, even when that is us.
function forwardedName(userId) {
  if (state.me && userId === state.me.id) return state.me.name;
  return userName(userId);
}

// The text as text nodes, with the @nick of each member it mentions in a span of its own.
function renderContent(message) {
  const content = h("div", { class: "content" });
  const text = message.content;
  const nicks = new Map();
  for (const userId of message.mentions || []) {
    const user = state.users.get(userId);
    if (user && user.nick) nicks.set(user.nick.toLowerCase(), userId);
  }
  if (!nicks.size) {
    content.textContent = text;
    return content;
  }
  const pattern = /@([A-Za-z0-9_.-]+)/g;
  let from = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = match.index > 0 ? text[match.index - 1] : "";
    if (before && /[A-Za-z0-9_.@-]/.test(before)) continue; // inside an address
    let nick = match[1];
    // A sentence's punctuation after the nick is not part of it ("thanks, @alice.").
    while (nick && !nicks.has(nick.toLowerCase()) && /[.-]$/.test(nick)) nick = nick.slice(0, -1);
    const userId = nicks.get(nick.toLowerCase());
    if (userId === undefined) continue;
    if (match.index > from) content.append(text.slice(from, match.index));
    const mine = state.me && userId === state.me.id;
    content.append(h("span", { class: `mention${mine ? " is-me" : ""}`, text: `@${nick}` }));
    from = match.index + 1 + nick.length;
    pattern.lastIndex = from;
  }
  if (from < text.length) content.append(text.slice(from));
  return content;
}

function renderQuote(reply) {
  return h(
    "button",
    {
      type: "button",
      class: `reply-quote${reply.deleted ? " deleted" : ""}`,
      dataset: { replyTo: String(reply.id) },
      onclick: () => revealMessage(reply.id),
    },
    h("span", { class: `reply-author c${reply.user_id % 8}`, text: userName(reply.user_id) }),
    reply.deleted
      ? h("span", { class: "reply-text reply-deleted", text: t("deletedMessage") })
      : h("span", { class: "reply-text", text: String(reply.content || "").replace(/\s+/g, " ").trim() }),
  );
}

function renderReactions(message) {
  const reactions = message.reactions || [];
  if (!reactions.length) return null;
  return h(
    "div",
    { class: "reactions" },
    reactions.map((reaction) =>
      h(
        "button",
        {
          type: "button",
          class: `reaction${reaction.me ? " mine" : ""}`,
          dataset: { emoji: reaction.emoji },
          "aria-pressed": String(Boolean(reaction.me)),
          title: t(reaction.me ? "reactionMine" : "reactionOther", {
            emoji: reaction.emoji,
            count: reaction.count,
          }),
          onclick: () => reactWith(message.id, reaction.emoji),
        },
        h("span", { class: "reaction-emoji", text: reaction.emoji }),
        h("span", { class: "reaction-count", text: String(reaction.count) }),
      ),
    ),
  );
}

function actionButton(name, iconName, label, title, onclick) {
  return h(
    "button",
    { type: "button", class: `icon-button small ${name}`, title, "aria-label": label, onclick },
    icon(iconName),
  );
}

function renderMessage(message, { group, continues, continued, readUpTo, pinning }) {
  const mine = message.user_id === state.me.id;
  const p = message.pending;
  const classes = ["message", mine ? "mine" : "theirs"];
  if (continues) classes.push("continues");
  if (continued) classes.push("continued");
  if (p) classes.push(p.status === "failed" ? "failed" : "pending");
  if (state.editing && state.editing.id === message.id) classes.push("editing");
  if (mentionsMe(message)) classes.push("mentions-me");
  if (message.pinned) classes.push("pinned");
  if (state.view && state.view.highlight === message.id) classes.push("highlight");

  const created = new Date(message.created_at);
  const meta = h(
    "span",
    { class: "meta" },
    message.pinned ? h("span", { class: "pinned-mark", title: t("pinned") }, icon("pin")) : null,
    message.edited_at ? h("span", { class: "edited", text: t("edited") }) : null,
    h("time", { datetime: message.created_at, title: formatFull(created), text: formatTime(created) }),
    mine ? statusIcon(message, readUpTo) : null,
  );
  const bubble = h(
    "div",
    { class: "bubble" },
    group && !mine && !continues
      ? h("div", { class: `author c${message.user_id % 8}`, text: userName(message.user_id) })
      : null,
    message.forwarded_from
      ? h("div", {
          class: "forwarded",
          text: t("forwardedFrom", { name: forwardedName(message.forwarded_from.user_id) }),
        })
      : null,
    message.reply_to ? renderQuote(message.reply_to) : null,
    message.attachments && message.attachments.length
      ? h("ul", { class: "attachments" }, message.attachments.map(renderAttachment))
      : null,
    renderContent(message),
    meta,
    renderReactions(message),
  );
  let buttons = null;
  if (!p) {
    const list = [
      actionButton("reply-message", "reply", t("replyMessage"), t("reply"), () => startReply(message)),
      actionButton("react-message", "smile", t("reactMessage"), t("react"), (event) =>
        openPicker(event.currentTarget, (emoji) => reactWith(message.id, emoji)),
      ),
      actionButton("forward-message", "forward", t("forwardMessage"), t("forward"), () =>
        actions.forward(message),
      ),
    ];
    if (pinning) {
      list.push(
        actionButton(
          `pin-message${message.pinned ? " unpin" : ""}`,
          "pin",
          t(message.pinned ? "unpinMessage" : "pinMessage"),
          t(message.pinned ? "unpin" : "pin"),
          () => setPinned(message, !message.pinned),
        ),
      );
    }
    if (mine) {
      list.push(
        actionButton("edit-message", "edit", t("editMessage"), t("edit"), () => startEdit(message)),
        actionButton("delete-message", "trash", t("deleteMessage"), t("delete"), () => confirmDelete(message)),
      );
    }
    buttons = h("div", { class: "message-actions" }, list);
  } else if (p.status === "failed") {
    buttons = h(
      "div",
      { class: "send-failed" },
      h("span", { text: p.error || t("notSent") }),
      h("button", { type: "button", class: "link-button", text: t("retry"), onclick: () => deliver(p) }),
      h("button", { type: "button", class: "link-button", text: t("discard"), onclick: () => discard(p) }),
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
        : avatar(userName(message.user_id), message.user_id, "small", isOnline(message.user_id))
      : null,
    bubble,
    buttons,
  );
}

function statusIcon(message, readUpTo) {
  const p = message.pending;
  if (p) {
    return h(
      "span",
      { class: `status ${p.status}`, title: t(p.status === "failed" ? "notSent" : "sending") },
      icon(p.status === "failed" ? "alert" : "clock"),
    );
  }
  const read = readUpTo >= message.id;
  return h("span", { class: `status${read ? " read" : ""}`, title: t(read ? "read" : "sent") }, icon(read ? "checks" : "check"));
}

// --- reactions and pins -------------------------------------------------------------------

// The message of the open chat (or the chat's last message) changed by fn.
function updateMessage(chatId, messageId, change) {
  const view = state.view && state.view.chatId === chatId ? state.view : null;
  const known = view ? view.byId.get(messageId) : null;
  if (known) {
    view.byId.set(messageId, { ...known, ...change(known) });
    renderMessages();
  }
  const chat = state.chats.get(chatId);
  if (chat && chat.last_message && chat.last_message.id === messageId) {
    chat.last_message = { ...chat.last_message, ...change(chat.last_message) };
  }
}

function reactWith(messageId, emoji) {
  const view = state.view;
  const message = view ? view.byId.get(messageId) : null;
  if (!message) return;
  const present = (message.reactions || []).find((r) => r.emoji === emoji);
  // Picking an emoji we reacted with already takes it back, as a click on its chip does.
  changeReaction(message, emoji, !(present && present.me));
}

async function changeReaction(message, emoji, added) {
  try {
    const reactions = await setReaction(message, emoji, added);
    updateMessage(message.chat_id, message.id, () => ({ reactions }));
  } catch (error) {
    toast(error.status === 0 ? t("couldNotReact") : error.message);
  }
}

// A message.reactions event.
export function applyReactions(chatId, data) {
  updateMessage(chatId, data.message_id, (known) => ({
    reactions: reactionsAfterEvent(known.reactions, data),
  }));
}

// A message.pinned / message.unpinned event, or our own pin or unpin.
export function applyPinned(chatId, messageId, pinned) {
  updateMessage(chatId, messageId, () => ({ pinned }));
  if (state.view && state.view.chatId === chatId) loadPins(state.view);
}

setPinHooks({ reveal: revealMessage, changed: applyPinned });

// --- applying changes (from our own requests, the socket, or a catch-up) ---------------

// The open chat's record was fetched again (see setChatListHooks).
export function chatRefreshed(chat) {
  renderChatHeader(chat);
  if (chat.unread_count > 0) scheduleMarkRead();
}

// A message the server stored or changed. One from a WebSocket event (live) has `me`
// false in its reactions: ours are taken from the version we knew.
export function acceptMessage(message, { live = false } = {}) {
  noteChatChanged(message.chat_id);
  const chat = state.chats.get(message.chat_id);
  const view = state.view && state.view.chatId === message.chat_id ? state.view : null;
  const mine = message.user_id === state.me.id;
  const before = (view && view.byId.get(message.id)) ||
    (chat && chat.last_message && chat.last_message.id === message.id ? chat.last_message : null);
  if (live) message = { ...message, reactions: keepMine(message.reactions, before && before.reactions) };
  if (!chat) {
    refreshChat(message.chat_id);
  } else {
    if (!chat.last_message || message.id > chat.last_message.id) {
      chat.last_message = message;
      const seen = view && view.loaded && !view.hasNewer && document.visibilityState === "visible";
      if (!mine && !seen) {
        chat.unread_count += 1;
        if (mentionsMe(message)) chat.mention_count = (chat.mention_count || 0) + 1;
      }
    } else {
      if (chat.last_message.id === message.id) chat.last_message = message;
      // An edit can add or take away a mention of us: the count is the server's.
      if (!view && mentionsMe(message) !== mentionsMe(before)) refreshChat(message.chat_id);
    }
    // A refresh in flight was asked before this change: ask again, the newest wins.
    if (state.refreshes.has(message.chat_id)) refreshChat(message.chat_id);
  }
  if (view && view.hasNewer && !view.byId.has(message.id) && message.id > newestId(view)) {
    // Past the loaded run: scrolling down fetches it; one of ours jumps to the newest.
    if (mine) {
      if (message.client_message_id) state.pending.delete(message.client_message_id);
      loadLatest(view);
    }
  } else if (view) {
    if (mine && message.client_message_id) state.pending.delete(message.client_message_id);
    const known = view.byId.has(message.id);
    if (state.editing && state.editing.id === message.id) state.editing = message;
    replyTargetChanged(message);
    view.byId.set(message.id, message);
    // Replies show the start of what they answer as it is now.
    if (known) {
      for (const other of view.byId.values()) {
        if (other.reply_to && other.reply_to.id === message.id && !other.reply_to.deleted) {
          view.byId.set(other.id, {
            ...other,
            reply_to: { ...other.reply_to, content: message.content.slice(0, 200) },
          });
        }
      }
    }
    // The pinned bar shows a pin's text as it is now.
    const pinAt = view.pins ? view.pins.findIndex((pin) => pin.id === message.id) : -1;
    if (pinAt >= 0) {
      view.pins[pinAt] = message;
      renderPinnedBar();
    }
    renderMessages();
    if (!known && !mine) scheduleMarkRead();
  }
  renderChatList();
}

export function removeMessage(chatId, messageId) {
  const view = state.view && state.view.chatId === chatId ? state.view : null;
  if (view) {
    const removed = view.byId.get(messageId);
    let changed = view.byId.delete(messageId);
    if (state.editing && state.editing.id === messageId) cancelEdit();
    if (removed) replyTargetChanged(removed, true);
    for (const other of view.byId.values()) {
      if (other.reply_to && other.reply_to.id === messageId && !other.reply_to.deleted) {
        view.byId.set(other.id, { ...other, reply_to: { ...other.reply_to, content: null, deleted: true } });
        changed = true;
      }
    }
    if (changed) renderMessages();
    if (view.pins && view.pins.some((pin) => pin.id === messageId)) loadPins(view);
  }
  const chat = state.chats.get(chatId);
  if (chat && chat.last_message && chat.last_message.id === messageId) refreshChat(chatId);
}

// The chat's history was cleared (chat.cleared).
export function clearHistory(chatId) {
  const view = state.view && state.view.chatId === chatId ? state.view : null;
  if (!view) return;
  view.byId.clear();
  view.hasOlder = false;
  view.hasNewer = false;
  cancelReply();
  renderMessages();
  loadPins(view);
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
  // A run that stops short of the newest leaves the rest unread: asking again while
  // nothing more is loaded would not change that.
  const settled = view.hasNewer || !chat || (chat.unread_count === 0 && !chat.mention_count);
  if (!newest || (newest <= view.readUpTo && settled)) return;
  view.readUpTo = Math.max(view.readUpTo, newest);
  if (chat && !view.hasNewer) {
    chat.unread_count = 0;
    chat.mention_count = 0;
    renderChatList();
  }
  try {
    const answer = await api("POST", `${API}/chats/${view.chatId}/read`, { json: { message_id: newest } });
    const current = state.chats.get(view.chatId);
    if (current && state.view === view && answer.unread_count > 0) {
      current.unread_count = answer.unread_count;
      renderChatList();
      refreshChat(view.chatId); // how many of those mention us
      if (!view.hasNewer) scheduleMarkRead();
    }
  } catch {
    view.readUpTo = 0; // try again on the next change
  }
}

// After a reconnect: the pins may have changed while the socket was down.
export function reloadPins() {
  if (state.view && state.view.loaded) loadPins(state.view);
}

onLanguageChange(() => {
  const view = state.view;
  if (!view) return;
  const chat = state.chats.get(view.chatId);
  if (chat) renderChatHeader(chat);
  renderMessages();
  renderTypingLine();
});

export function bindChatView() {
  $("back").addEventListener("click", showNoChat);
  $("mute-toggle").addEventListener("click", toggleMute);
  $("messages").addEventListener("scroll", () => {
    const box = $("messages");
    if (box.scrollTop < 150) loadOlder();
    if (box.scrollHeight - box.scrollTop - box.clientHeight < 150) loadNewer();
  });
}
