// The messenger browser client: plain JavaScript, no build step, nothing from other hosts.
//
// Every piece of user data (names, message text, file names) reaches the page through
// textContent or a text node, never as markup: the page never parses HTML it was sent.
"use strict";

(() => {
  const API = "/api/v1";
  const TOKEN_KEY = "messenger.token";
  const PAGE_SIZE = 50;
  const CATCH_UP_PAGE = 100;
  const MAX_ATTACHMENTS = 10;
  const GROUP_GAP_MS = 5 * 60 * 1000;
  const RECONNECT_DELAYS_MS = [500, 1000, 2000, 4000, 8000, 15000];
  const INLINE_IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);
  const SVG_NS = "http://www.w3.org/2000/svg";

  const $ = (id) => document.getElementById(id);

  const state = {
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
    refreshes: new Map(), // chat id -> sequence number of the newest refresh
    view: null, // the open chat: its messages and paging state
    pending: new Map(), // client_message_id -> a message on its way to the server
    uploads: [], // files for the next message
    editing: null, // the message being edited
    blobs: new Map(), // attachment id -> Promise of an object URL
    ws: null,
    wsAttempt: 0,
    wsTimer: null,
    wsConnected: false,
    statusTimer: null,
  };

  // --- small DOM helpers -----------------------------------------------------------------

  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") el.className = value;
      else if (key === "text") el.textContent = value;
      else if (key === "dataset") Object.assign(el.dataset, value);
      else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child); // strings become text nodes
    }
    return el;
  }

  // Feather icons (MIT), drawn from fixed path data.
  const ICONS = {
    compose: ["M12 20h9", "M16.5 3.5a2.12 2.12 0 0 1 3 3L7 19l-4 1 1-4z"],
    plus: ["M12 5v14", "M5 12h14"],
    logout: ["M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4", "M16 17l5-5-5-5", "M21 12H9"],
    back: ["M15 18l-6-6 6-6"],
    attach: [
      "M21.44 11.05l-9.19 9.19a6 6 0 0 1-8.49-8.49l9.19-9.19a4 4 0 0 1 5.66 5.66l-9.2 9.19a2 2 0 0 1-2.83-2.83l8.49-8.48",
    ],
    send: ["M22 2L11 13", "M22 2l-7 20-4-9-9-4z"],
    close: ["M18 6L6 18", "M6 6l12 12"],
    edit: ["M12 20h9", "M16.5 3.5a2.12 2.12 0 0 1 3 3L7 19l-4 1 1-4z"],
    trash: [
      "M3 6h18",
      "M8 6V4a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2",
      "M19 6l-1 14a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2L5 6",
    ],
    check: ["M20 6L9 17l-5-5"],
    checks: ["M17 6L7 16l-4-4", "M22 6L12 16l-1.5-1.5"],
    clock: ["M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20z", "M12 6v6l4 2"],
    alert: ["M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20z", "M12 8v4", "M12 16h.01"],
    file: ["M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z", "M14 2v6h6"],
    download: ["M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4", "M7 10l5 5 5-5", "M12 15V3"],
  };

  function icon(name) {
    const svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("class", `icon icon-${name}`);
    for (const d of ICONS[name]) {
      const path = document.createElementNS(SVG_NS, "path");
      path.setAttribute("d", d);
      svg.append(path);
    }
    return svg;
  }

  function initials(name) {
    const words = String(name || "").trim().split(/\s+/).filter(Boolean);
    const first = words.length ? Array.from(words[0])[0] : "";
    const last = words.length > 1 ? Array.from(words[words.length - 1])[0] : "";
    return (first + last).toUpperCase() || "?";
  }

  function paintAvatar(el, name, seed) {
    el.textContent = initials(name);
    el.className = el.className.replace(/\bc\d\b/g, "").trim() + ` c${Math.abs(seed || 0) % 8}`;
  }

  function avatar(name, seed, extra = "") {
    const el = h("span", { class: `avatar ${extra}`.trim(), "aria-hidden": "true" });
    paintAvatar(el, name, seed);
    return el;
  }

  // --- time and sizes ------------------------------------------------------------------

  const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" });
  const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: "short" });
  const dateFormat = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });
  const longDateFormat = new Intl.DateTimeFormat(undefined, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  const fullFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "short" });

  function startOfDay(date) {
    return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  }

  function shortWhen(iso) {
    const date = new Date(iso);
    const days = Math.round((startOfDay(new Date()) - startOfDay(date)) / 86400000);
    if (days <= 0) return timeFormat.format(date);
    if (days < 7) return weekdayFormat.format(date);
    return dateFormat.format(date);
  }

  function dayLabel(date) {
    const days = Math.round((startOfDay(new Date()) - startOfDay(date)) / 86400000);
    if (days === 0) return "Today";
    if (days === 1) return "Yesterday";
    return longDateFormat.format(date);
  }

  function humanSize(bytes) {
    if (bytes < 1024) return `${bytes} B`;
    if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  }

  function when(iso) {
    return Date.parse(iso) || 0;
  }

  // crypto.randomUUID exists only in secure contexts (https, localhost); plain http on
  // a LAN address still has getRandomValues.
  function newClientId() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  // --- the HTTP API ----------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, body) {
      super((body && body.message) || (status ? `The server answered ${status}` : "No connection"));
      this.status = status;
      this.code = body && body.code;
      this.details = (body && body.details) || [];
    }
  }

  async function api(method, path, { json, form } = {}) {
    const headers = {};
    let body;
    if (state.token) headers.Authorization = `Bearer ${state.token}`;
    if (json !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(json);
    } else if (form) {
      body = form;
    }
    let response;
    try {
      response = await fetch(path, { method, headers, body, cache: "no-store" });
    } catch {
      throw new ApiError(0, null);
    }
    const type = response.headers.get("Content-Type") || "";
    const data = type.includes("application/json") ? await response.json().catch(() => null) : null;
    if (!response.ok) {
      const error = new ApiError(response.status, data && data.error);
      if (response.status === 401 && state.token && !path.startsWith(`${API}/auth/`)) signOut(false);
      throw error;
    }
    return response.status === 204 ? null : data;
  }

  // --- signing in and out ------------------------------------------------------------

  function showAuth(mode = "login") {
    $("app").hidden = true;
    $("auth").hidden = false;
    switchAuthTab(mode);
    document.title = "Messenger";
  }

  function switchAuthTab(mode) {
    const login = mode === "login";
    $("tab-login").setAttribute("aria-selected", String(login));
    $("tab-register").setAttribute("aria-selected", String(!login));
    $("login-form").hidden = !login;
    $("register-form").hidden = login;
    const form = login ? $("login-form") : $("register-form");
    const first = form.querySelector("input");
    if (first) first.focus();
  }

  function clearFormErrors(form) {
    form.querySelectorAll(".field-error, .form-error").forEach((el) => (el.textContent = ""));
    form.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
  }

  // The server's messages for a malformed field quote its JSON Schema; say it plainly.
  const FIELD_RULES = {
    nick: "Use 5–32 letters, digits, dots, dashes or underscores.",
    name: "Enter a name of up to 100 characters.",
    email: "Enter a valid email address.",
    password: "Use 8 to 128 characters.",
  };

  function showFormError(form, error) {
    const general = form.querySelector(".form-error");
    let placed = false;
    for (const detail of error.details || []) {
      const name = String(detail.path || "").replace(/^\//, "");
      const slot = form.querySelector(`.field-error[data-for="${CSS.escape(name)}"]`);
      if (slot) {
        slot.textContent = (error.status === 422 && FIELD_RULES[name]) || detail.message;
        const input = form.elements.namedItem(name);
        if (input) input.setAttribute("aria-invalid", "true");
        placed = true;
      }
    }
    if (!placed || error.status !== 422) {
      general.textContent =
        error.status === 0 ? "Cannot reach the server. Check your connection." : error.message;
    }
  }

  async function submitAuth(event, path, fields) {
    event.preventDefault();
    const form = event.currentTarget;
    clearFormErrors(form);
    const body = {};
    for (const name of fields) body[name] = form.elements.namedItem(name).value.trim();
    body.password = form.elements.namedItem("password").value;
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      const session = await api("POST", path, { json: body });
      state.token = session.token;
      localStorage.setItem(TOKEN_KEY, session.token);
      state.me = session.user;
      form.reset();
      enterApp();
    } catch (error) {
      showFormError(form, error);
    } finally {
      button.disabled = false;
    }
  }

  function resetState() {
    closeSocket();
    for (const promise of state.blobs.values()) {
      promise.then((url) => URL.revokeObjectURL(url)).catch(() => {});
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
      refreshes: new Map(),
      view: null,
      pending: new Map(),
      uploads: [],
      editing: null,
      blobs: new Map(),
      wsAttempt: 0,
    });
  }

  function signOut(tellServer = true) {
    const token = state.token;
    state.token = null;
    localStorage.removeItem(TOKEN_KEY);
    if (tellServer && token) {
      fetch(`${API}/auth/logout`, { method: "POST", headers: { Authorization: `Bearer ${token}` } });
    }
    resetState();
    $("message-list").replaceChildren();
    $("chat-list").replaceChildren();
    history.replaceState(null, "", location.pathname);
    showAuth();
  }

  async function boot() {
    placeStaticIcons();
    bindEvents();
    if (!state.token) return showAuth();
    try {
      state.me = await api("GET", `${API}/users/me`);
    } catch (error) {
      if (error.status === 401 || !state.token) return showAuth();
      showAuth();
      $("login-form").querySelector(".form-error").textContent =
        "Cannot reach the server right now. Try again in a moment.";
      return;
    }
    enterApp();
  }

  async function enterApp() {
    $("auth").hidden = true;
    $("app").hidden = false;
    state.users.set(state.me.id, state.me);
    paintAvatar($("me-avatar"), state.me.name, state.me.id);
    $("me-name").textContent = state.me.name;
    $("me-nick").textContent = `@${state.me.nick}`;
    showNoChat();
    connect();
    await loadChats();
    const wanted = Number((location.hash.match(/^#chat=(\d+)$/) || [])[1]);
    if (wanted && state.chats.has(wanted)) openChat(wanted);
  }

  // --- the chat list -------------------------------------------------------------------

  function activity(chat) {
    return when(chat.last_message ? chat.last_message.created_at : chat.created_at);
  }

  function sortedChats() {
    return [...state.chats.values()].sort((a, b) => activity(b) - activity(a) || b.id - a.id);
  }

  function chatTitle(chat) {
    if (chat.is_group_chat) return chat.topic || "Group";
    const peer = state.peers.get(chat.id);
    return peer ? peer.name : "…";
  }

  function userName(userId) {
    if (state.me && userId === state.me.id) return "You";
    const user = state.users.get(userId);
    if (user) return user.name;
    requestUser(userId);
    return "…";
  }

  const userRequests = new Set();
  function requestUser(userId) {
    if (userRequests.has(userId)) return;
    userRequests.add(userId);
    api("GET", `${API}/users/${userId}`)
      .then((user) => {
        state.users.set(user.id, user);
        renderChatList();
        if (state.view) renderMessages();
      })
      .catch(() => {})
      .finally(() => userRequests.delete(userId));
  }

  function preview(message) {
    if (!message) return "No messages yet";
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

  function noteChatChanged(chatId) {
    for (const changed of changedDuringLoads) changed.add(chatId);
  }

  async function loadChats() {
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
      if (state.view && !state.chats.has(state.view.chatId)) showNoChat();
      renderChatList();
      for (const chatId of changed) refreshChat(chatId);
      setConnectionNote(state.wsConnected ? "" : "Connecting…", 1200);
    } catch (error) {
      if (error.status !== 401 && state.token && sequence === chatListSequence) {
        setConnectionNote("Could not load chats. Retrying…");
        setTimeout(() => sequence === chatListSequence && state.token && loadChats(), 3000);
      }
    } finally {
      changedDuringLoads.delete(changed);
      if (sequence === chatListSequence) state.loadingChats = false;
    }
  }

  async function loadMoreChats() {
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
  async function refreshChat(chatId) {
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
    if (state.view && state.view.chatId === chatId) {
      renderChatHeader(chat);
      if (chat.unread_count > 0) scheduleMarkRead();
    }
    renderChatList();
  }

  function forgetChat(chatId) {
    state.chats.delete(chatId);
    if (state.view && state.view.chatId === chatId) showNoChat();
    renderChatList();
  }

  function requestPeer(chat) {
    if (chat.is_group_chat || state.peers.has(chat.id) || state.peerRequests.has(chat.id)) return;
    state.peerRequests.add(chat.id);
    loadMembers(chat.id)
      .then(() => renderChatList())
      .catch(() => {})
      .finally(() => state.peerRequests.delete(chat.id));
  }

  async function loadMembers(chatId) {
    const members = new Map();
    let after = null;
    for (let pages = 0; pages < 20; pages++) {
      const query = after === null ? "" : `&after=${after}`;
      const page = await api("GET", `${API}/chats/${chatId}/members?limit=100${query}`);
      for (const member of page.items) {
        members.set(member.user.id, member);
        state.users.set(member.user.id, member.user);
      }
      if (page.next === null || page.next === undefined) break;
      after = page.next;
    }
    state.members.set(chatId, members);
    for (const member of members.values()) {
      if (member.user.id !== state.me.id) {
        state.peers.set(chatId, member.user);
        break;
      }
    }
    return members;
  }

  function renderChatList() {
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
      const seed = chat.is_group_chat ? chat.id : (state.peers.get(chat.id) || {}).id || chat.id;
      const stamp = last ? last.created_at : chat.created_at;
      const signature = JSON.stringify([
        title,
        seed,
        chat.id === openId,
        chat.unread_count,
        last && [last.id, last.content, last.edited_at, last.user_id],
        author && author.textContent,
        shortWhen(stamp),
      ]);
      return keyedRow(state.chatRows, chat.id, signature, () => h(
        "li",
        {
          class: `chat-item${chat.id === openId ? " active" : ""}${unread ? " unread" : ""}`,
          dataset: { chatId: String(chat.id) },
          role: "button",
          tabindex: "0",
          "aria-current": chat.id === openId ? "true" : null,
        },
        avatar(title, seed, chat.is_group_chat ? "group" : ""),
        h(
          "div",
          { class: "chat-item-body" },
          h(
            "div",
            { class: "chat-item-top" },
            h("span", { class: "chat-item-title", text: title }),
            h("time", {
              class: "chat-item-time",
              datetime: last ? last.created_at : chat.created_at,
              text: shortWhen(last ? last.created_at : chat.created_at),
            }),
          ),
          h(
            "div",
            { class: "chat-item-bottom" },
            h("span", { class: `chat-item-preview${last ? "" : " muted"}` }, author, preview(last)),
            unread
              ? h("span", {
                  class: "badge",
                  "aria-label": `${chat.unread_count} unread`,
                  text: chat.unread_count > 999 ? "999+" : String(chat.unread_count),
                })
              : null,
          ),
        ),
      ));
    });
    patchList(list, items, state.chatRows);
    $("chat-list-empty").hidden = chats.length > 0;
    const total = chats.reduce((sum, chat) => sum + chat.unread_count, 0);
    document.title = total > 0 ? `(${total}) Messenger` : "Messenger";
  }

  // --- the open chat ---------------------------------------------------------------------

  function showNoChat() {
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

  async function openChat(chatId) {
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

  function newestId(view) {
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

  // Rows are rebuilt only when what they show changed, and lists are patched in place,
  // so hover, text selection and loaded images survive the many small re-renders.
  function keyedRow(cache, key, signature, build) {
    const cached = cache.get(key);
    if (cached && cached.signature === signature) {
      cached.used = true;
      return cached.el;
    }
    const el = build();
    cache.set(key, { signature, el, used: true });
    return el;
  }

  function patchList(list, rows, cache) {
    let cursor = list.firstChild;
    for (const row of rows) {
      if (row === cursor) {
        cursor = cursor.nextSibling;
        continue;
      }
      list.insertBefore(row, cursor);
    }
    while (cursor) {
      const next = cursor.nextSibling;
      cursor.remove();
      cursor = next;
    }
    for (const [key, entry] of cache) {
      if (entry.used) entry.used = false;
      else cache.delete(key);
    }
  }

  function isNearBottom(box) {
    return box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  }

  function renderMessages({ stickToBottom = false, keepBottomOffset = false } = {}) {
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

  // --- attachments -----------------------------------------------------------------------

  // The file needs the bearer token, which an <img> or a link cannot send: fetch it and
  // hand the browser an object URL instead.
  function attachmentUrl(attachment) {
    let promise = state.blobs.get(attachment.id);
    if (!promise) {
      promise = fetch(attachment.url, { headers: { Authorization: `Bearer ${state.token}` } }).then(
        async (response) => {
          if (!response.ok) throw new ApiError(response.status, null);
          return URL.createObjectURL(await response.blob());
        },
      );
      promise.catch(() => state.blobs.delete(attachment.id));
      state.blobs.set(attachment.id, promise);
    }
    return promise;
  }

  function renderAttachment(attachment) {
    if (INLINE_IMAGE_TYPES.has(attachment.content_type)) {
      const img = h("img", { alt: attachment.filename, class: "loading" });
      const wasAtBottom = () => isNearBottom($("messages"));
      if (attachment.id) {
        attachmentUrl(attachment)
          .then((url) => {
            const stick = wasAtBottom();
            img.addEventListener(
              "load",
              () => {
                img.classList.remove("loading");
                if (stick) $("messages").scrollTop = $("messages").scrollHeight;
              },
              { once: true },
            );
            img.src = url;
          })
          .catch(() => img.classList.add("broken"));
      }
      return h(
        "li",
        { class: "attachment image" },
        h("button", {
          type: "button",
          class: "image-button",
          title: attachment.filename,
          onclick: () => viewImage(attachment),
        }, img),
      );
    }
    return h(
      "li",
      { class: "attachment file" },
      h(
        "button",
        {
          type: "button",
          class: "file-button",
          title: `Download ${attachment.filename}`,
          dataset: { attachmentId: String(attachment.id) },
          onclick: () => downloadAttachment(attachment),
        },
        h("span", { class: "file-icon" }, icon("file")),
        h(
          "span",
          { class: "file-text" },
          h("span", { class: "file-name", text: attachment.filename }),
          h("span", { class: "file-size", text: humanSize(attachment.size) }),
        ),
        icon("download"),
      ),
    );
  }

  async function downloadAttachment(attachment) {
    try {
      const url = await attachmentUrl(attachment);
      const link = h("a", { href: url, download: attachment.filename, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
    } catch {
      toast("Could not download the file.");
    }
  }

  async function viewImage(attachment) {
    try {
      $("viewer-image").src = await attachmentUrl(attachment);
      $("viewer-image").alt = attachment.filename;
      $("viewer").showModal();
    } catch {
      toast("Could not open the image.");
    }
  }

  function addFiles(files) {
    const view = state.view;
    if (!view) return;
    for (const file of files) {
      if (state.uploads.length >= MAX_ATTACHMENTS) {
        toast(`At most ${MAX_ATTACHMENTS} files per message.`);
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
          upload.error = error.status === 413 ? "too large" : "failed";
        })
        .finally(renderUploads);
    }
    renderUploads();
  }

  function clearUploads() {
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
            text: upload.status === "uploading" ? "uploading…" : upload.status === "failed" ? upload.error : humanSize(upload.file.size),
          }),
          h("button", {
            type: "button",
            class: "icon-button small",
            "aria-label": `Remove ${upload.file.name}`,
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

  // --- sending, editing, deleting ----------------------------------------------------

  function submitComposer() {
    if (state.editing) return saveEdit();
    const view = state.view;
    if (!view) return;
    const input = $("message-input");
    const text = input.value.trim();
    if (state.uploads.some((u) => u.status === "uploading")) {
      toast("Wait for the files to finish uploading.");
      return;
    }
    const ready = state.uploads.filter((u) => u.status === "ready" && u.chatId === view.chatId);
    if (!text && ready.length === 0) return;
    const attachments = ready.map((u) => u.attachment);
    const p = {
      clientId: newClientId(),
      chatId: view.chatId,
      content: text || attachments.map((a) => a.filename).join(", "),
      attachments,
      createdAt: new Date().toISOString(),
      status: "sending",
      error: "",
    };
    state.pending.set(p.clientId, p);
    input.value = "";
    autosize();
    clearUploads();
    renderMessages({ stickToBottom: true });
    deliver(p);
  }

  // Sending again with the same client_message_id never makes a second message.
  async function deliver(p) {
    p.status = "sending";
    p.error = "";
    if (state.view && state.view.chatId === p.chatId) renderMessages();
    try {
      const message = await api("POST", `${API}/chats/${p.chatId}/messages`, {
        json: {
          content: p.content,
          client_message_id: p.clientId,
          attachment_ids: p.attachments.map((a) => a.id),
        },
      });
      state.pending.delete(p.clientId);
      acceptMessage(message);
    } catch (error) {
      if (!state.pending.has(p.clientId)) return;
      p.status = "failed";
      p.retryable = error.status === 0 || error.status >= 500;
      p.error = error.status === 0 ? "Not sent: no connection" : `Not sent: ${error.message}`;
      if (state.view && state.view.chatId === p.chatId) renderMessages();
    }
  }

  function discard(p) {
    state.pending.delete(p.clientId);
    renderMessages();
  }

  function startEdit(message) {
    state.editing = message;
    const input = $("message-input");
    input.value = message.content;
    $("editing-bar").hidden = false;
    $("composer").classList.add("is-editing");
    autosize();
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    renderMessages();
  }

  function cancelEdit() {
    if (!state.editing) return;
    state.editing = null;
    $("message-input").value = "";
    $("editing-bar").hidden = true;
    $("composer").classList.remove("is-editing");
    autosize();
    if (state.view) renderMessages();
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
      acceptMessage(updated);
    } catch (error) {
      toast(error.status === 0 ? "No connection: the message was not changed." : error.message);
    }
  }

  function confirmDelete(message) {
    const dialog = $("confirm-dialog");
    $("confirm-text").textContent = "Delete this message for everyone?";
    dialog.returnValue = "";
    dialog.onclose = async () => {
      if (dialog.returnValue !== "ok") return;
      try {
        await api("DELETE", `${API}/messages/${message.id}`);
        removeMessage(message.chat_id, message.id);
      } catch (error) {
        if (error.status === 404) removeMessage(message.chat_id, message.id);
        else toast(error.status === 0 ? "No connection: the message was not deleted." : error.message);
      }
    };
    dialog.showModal();
    $("confirm-ok").focus();
  }

  // --- applying changes (from our own requests, the socket, or a catch-up) -------------

  function acceptMessage(message) {
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

  function removeMessage(chatId, messageId) {
    const view = state.view && state.view.chatId === chatId ? state.view : null;
    if (view && view.byId.delete(messageId)) {
      if (state.editing && state.editing.id === messageId) cancelEdit();
      renderMessages();
    }
    const chat = state.chats.get(chatId);
    if (chat && chat.last_message && chat.last_message.id === messageId) refreshChat(chatId);
  }

  let readTimer = null;
  function scheduleMarkRead() {
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

  // --- live events -------------------------------------------------------------------------

  function handleEvent(event) {
    const chatId = event.chat_id;
    const data = event.data || {};
    switch (event.type) {
      case "message.created":
      case "message.updated":
        acceptMessage(data);
        break;
      case "message.deleted":
        removeMessage(chatId, data.id);
        break;
      case "chat.created":
        refreshChat(chatId);
        break;
      case "chat.cleared":
        if (state.view && state.view.chatId === chatId) {
          state.view.byId.clear();
          state.view.hasOlder = false;
          renderMessages();
        }
        refreshChat(chatId);
        break;
      case "member.added": {
        const members = state.members.get(chatId);
        for (const member of data.members || []) {
          state.users.set(member.user.id, member.user);
          if (members) members.set(member.user.id, member);
        }
        refreshChat(chatId);
        break;
      }
      case "member.removed":
        if (data.user_id === state.me.id) {
          forgetChat(chatId);
        } else {
          const members = state.members.get(chatId);
          if (members) members.delete(data.user_id);
          refreshChat(chatId);
        }
        break;
      case "chat.read": {
        if (data.user_id === state.me.id) {
          const chat = state.chats.get(chatId);
          const caughtUp =
            chat && chat.unread_count === 0 &&
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

  function socketUrl() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    return `${scheme}//${location.host}${API}/ws`;
  }

  function connect() {
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
      else if (event.chat_id !== null && event.chat_id !== undefined) handleEvent(event);
    });
    ws.addEventListener("close", (close) => {
      if (state.ws !== ws) return;
      state.ws = null;
      state.wsConnected = false;
      if (!state.token) return;
      setConnectionNote("Connecting…", 1200);
      if (close.code === 4401 || close.code === 1008) {
        // Maybe the token is no longer valid: any API call tells (and signs out on 401).
        api("GET", `${API}/users/me`).catch(() => {});
      }
      const base = RECONNECT_DELAYS_MS[Math.min(state.wsAttempt, RECONNECT_DELAYS_MS.length - 1)];
      state.wsAttempt += 1;
      state.wsTimer = setTimeout(connect, base + Math.random() * base * 0.3);
    });
  }

  function closeSocket() {
    clearTimeout(state.wsTimer);
    const ws = state.ws;
    state.ws = null;
    state.wsConnected = false;
    if (ws) ws.close();
    setConnectionNote("");
  }

  function reconnectNow() {
    if (state.token && !state.ws) {
      state.wsAttempt = 0;
      connect();
    }
  }

  // After (re)connecting: whatever happened while the socket was down.
  async function catchUp() {
    await loadChats();
    const view = state.view;
    if (view && view.loaded) {
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
        if (state.view !== view) return;
        const ids = new Set(latest.items.map((m) => m.id));
        const oldest = latest.items.length ? latest.items[latest.items.length - 1].id : Infinity;
        for (const id of [...view.byId.keys()]) {
          if (id >= oldest && !ids.has(id)) view.byId.delete(id);
        }
        for (const message of latest.items) view.byId.set(message.id, message);
        renderMessages();
        scheduleMarkRead();
      } catch {
        // The next reconnect tries again.
      }
    }
    for (const p of state.pending.values()) if (p.status === "failed" && p.retryable) deliver(p);
  }

  function setConnectionNote(text, delay = 0) {
    clearTimeout(state.statusTimer);
    const note = $("connection");
    if (!text) {
      note.hidden = true;
      return;
    }
    state.statusTimer = setTimeout(() => {
      note.textContent = text;
      note.hidden = false;
    }, delay);
  }

  // --- starting a chat -------------------------------------------------------------------

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
    $("new-chat-heading").textContent = picker.group ? "New group" : "New chat";
    $("selected-users").replaceChildren(
      ...[...picker.selected.values()].map((user) =>
        h(
          "li",
          { class: "chip" },
          h("span", { class: "chip-name", text: user.name }),
          h("button", {
            type: "button",
            class: "icon-button small",
            "aria-label": `Remove ${user.name}`,
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
          avatar(user.name, user.id),
          h(
            "span",
            { class: "user-result-text" },
            h("span", { class: "user-result-name", text: user.name }),
            h("span", { class: "user-result-nick", text: `@${user.nick}` }),
          ),
        );
      });
      if (!items.length) items.push(h("li", { class: "muted empty", text: q ? "Nobody found" : "No one else here yet" }));
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
      $("new-chat-error").textContent = "Give the group a name.";
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

  // --- little things -------------------------------------------------------------------

  let toastTimer = null;
  function toast(text) {
    let el = document.querySelector(".toast");
    if (!el) {
      el = h("div", { class: "toast", role: "status" });
      document.body.append(el);
    }
    el.textContent = text;
    el.classList.add("visible");
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => el.classList.remove("visible"), 3500);
  }

  function autosize() {
    const input = $("message-input");
    input.style.height = "auto";
    const borders = input.offsetHeight - input.clientHeight;
    const wanted = input.scrollHeight + borders;
    input.style.height = `${Math.min(wanted, 180)}px`;
    input.style.overflowY = wanted > 180 ? "auto" : "hidden";
  }

  function placeStaticIcons() {
    $("new-chat").append(icon("compose"));
    $("logout").append(icon("logout"));
    $("back").append(icon("back"));
    $("attach").append(icon("attach"));
    $("send").append(icon("send"));
    $("close-new-chat").append(icon("close"));
    document.querySelector(".viewer-close").append(icon("close"));
  }

  function bindEvents() {
    $("tab-login").addEventListener("click", () => switchAuthTab("login"));
    $("tab-register").addEventListener("click", () => switchAuthTab("register"));
    $("login-form").addEventListener("submit", (e) => submitAuth(e, `${API}/auth/login`, ["login"]));
    $("register-form").addEventListener("submit", (e) =>
      submitAuth(e, `${API}/auth/register`, ["nick", "name", "email"]),
    );
    $("logout").addEventListener("click", () => signOut(true));
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
    $("back").addEventListener("click", showNoChat);

    const list = $("chat-list");
    list.addEventListener("click", (event) => {
      const item = event.target.closest(".chat-item");
      if (item) openChat(Number(item.dataset.chatId));
    });
    list.addEventListener("keydown", (event) => {
      const item = event.target.closest(".chat-item");
      if (item && (event.key === "Enter" || event.key === " ")) {
        event.preventDefault();
        openChat(Number(item.dataset.chatId));
      }
    });
    list.addEventListener("scroll", () => {
      if (list.scrollTop + list.clientHeight > list.scrollHeight - 200) loadMoreChats();
    });

    $("messages").addEventListener("scroll", () => {
      if ($("messages").scrollTop < 150) loadOlder();
    });

    const input = $("message-input");
    input.addEventListener("input", autosize);
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        submitComposer();
      } else if (event.key === "Escape" && state.editing) {
        event.preventDefault();
        cancelEdit();
      } else if (event.key === "ArrowUp" && !input.value && !state.editing) {
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
    $("viewer").addEventListener("click", (event) => {
      if (event.target === $("viewer")) $("viewer").close();
    });

    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible") {
        scheduleMarkRead();
        reconnectNow();
      }
    });
    window.addEventListener("online", reconnectNow);
    window.addEventListener("storage", (event) => {
      // Signed out (or in as someone else) in another tab.
      if (event.key === TOKEN_KEY && event.newValue !== state.token) location.reload();
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
})();
