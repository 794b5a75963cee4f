// What the client knows right now, and the numbers it runs by.
//
// One shared, mutable object rather than variables spread over the modules: every module
// sees the same chats, open view and socket, and signing out resets it all in one place.

export const API = "/api/v1";
export const TOKEN_KEY = "messenger.token";
// Written when a link confirms the address, so that other open tabs look again (a mail's
// link usually opens a tab of its own).
export const VERIFIED_KEY = "messenger.email-verified";
export const PAGE_SIZE = 50;
export const CATCH_UP_PAGE = 100;
export const MAX_ATTACHMENTS = 10;
export const GROUP_GAP_MS = 5 * 60 * 1000;
export const RECONNECT_DELAYS_MS = [500, 1000, 2000, 4000, 8000, 15000];
export const PINS_PAGE = 50; // a chat keeps at most 50 pins: one page holds them all
// Pages loaded back at most to reach a quoted or pinned message; one further back has
// the history around it loaded instead.
export const OLDER_PAGES_TO_FIND = 4;
export const HIGHLIGHT_MS = 1800;
export const SEARCH_PAGE = 20; // hits per page of message search
export const SEARCH_DEBOUNCE_MS = 250; // typing pauses this long before a search goes
export const QUICK_REACTIONS = ["👍", "❤️", "😂", "😮", "😢", "🎉", "🙏", "👀"];
export const INLINE_IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);
// Typing (docs/API.md, "Live"): the server passes on one typing frame per chat every 3 s
// per socket, and a client shows it for 6 s. Ours go out a little less often than the
// server's limit, so that none is dropped by a few milliseconds of jitter.
export const TYPING_SEND_MS = 3200;
export const TYPING_SHOW_MS = 6000;
export const LAST_SEEN_REFRESH_MS = 30 * 1000;

export const state = {
  token: localStorage.getItem(TOKEN_KEY),
  me: null,
  chats: new Map(), // id -> chat object of the API
  chatRows: new Map(), // id -> the rendered list item, reused while unchanged
  chatsNext: null, // cursor of the next page of chats
  loadingChats: false,
  peers: new Map(), // personal chat id -> the other user
  peerRequests: new Set(),
  members: new Map(), // chat id -> Map(user id -> member)
  users: new Map(), // user id -> user
  presence: new Map(), // user id -> {online, lastSeenAt (ms or null), at (ms: as of when)}
  presenceSynced: false, // the socket was ready once: a later "ready" means a reconnect
  typing: new Map(), // chat id -> Map(user id -> {until, timer}), in the order they began
  typingSent: new Map(), // chat id -> {at (ms), afterSend (a message went since)}
  refreshes: new Map(), // chat id -> sequence number of the newest refresh
  view: null, // the open chat: its messages and paging state
  pending: new Map(), // client_message_id -> a message on its way to the server
  uploads: [], // files for the next message
  editing: null, // the message being edited
  replyTo: null, // the message the next one answers
  blobs: new Map(), // attachment id -> Promise of an object URL
  ws: null,
  wsAttempt: 0,
  wsTimer: null,
  wsConnected: false,
};

// Everything of the signed-in user goes (the token is the caller's business, and the
// socket is closed before this); fetched attachment files are released.
export function resetState() {
  for (const promise of state.blobs.values()) {
    promise.then((url) => URL.revokeObjectURL(url)).catch(() => {});
  }
  for (const typists of state.typing.values()) {
    for (const entry of typists.values()) clearTimeout(entry.timer);
  }
  Object.assign(state, {
    me: null,
    chats: new Map(),
    chatRows: new Map(),
    chatsNext: null,
    peers: new Map(),
    peerRequests: new Set(),
    members: new Map(),
    users: new Map(),
    presence: new Map(),
    presenceSynced: false,
    typing: new Map(),
    typingSent: new Map(),
    refreshes: new Map(),
    view: null,
    pending: new Map(),
    uploads: [],
    editing: null,
    replyTo: null,
    blobs: new Map(),
    wsAttempt: 0,
  });
}
