// The messenger browser client: plain JavaScript modules, no build step, nothing from
// other hosts. This is the entry module: it wires the others together, signs in and
// out, and starts the page. As a module it runs in strict mode ("use strict" is implicit).
//
// Every piece of user data (names, message text, file names) reaches the page through
// textContent or a text node, never as markup: the page never parses HTML it was sent.
//
// The modules build on each other in one direction, without cycles: state, dom and api
// at the bottom; attachments, the chat list and the composer on those; the open chat on
// them; live events and the new-chat dialog on top. Where a lower module must reach a
// higher one (the chat list and composer telling the open chat), it takes hooks, set here.

import { API, TOKEN_KEY, resetState, state } from "./state.js";
import { $, icon, paintAvatar } from "./dom.js";
import { api, dropToken, endSession, onSessionExpired } from "./api.js";
import { bindAuth, showAuth } from "./auth.js";
import { bindViewer } from "./attachments.js";
import { bindChatList, loadChats, setChatListHooks } from "./chat-list.js";
import { bindComposer, setComposerHooks } from "./composer.js";
import {
  acceptMessage,
  bindChatView,
  chatRefreshed,
  openChat,
  removeMessage,
  renderMessages,
  scheduleMarkRead,
  showNoChat,
} from "./chat-view.js";
import { closeSocket, connect, reconnectNow } from "./live.js";
import { bindNewChat } from "./new-chat.js";

onSessionExpired(() => signOut(false));
setChatListHooks({
  open: openChat,
  close: showNoChat,
  refreshed: chatRefreshed,
  namesChanged: () => renderMessages(),
});
setComposerHooks({ render: renderMessages, accept: acceptMessage, remove: removeMessage });

function signOut(tellServer = true) {
  const token = dropToken();
  if (tellServer && token) endSession(token);
  closeSocket();
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
  bindAuth(enterApp);
  $("logout").addEventListener("click", () => signOut(true));
  bindNewChat();
  bindChatView();
  bindChatList();
  bindComposer();
  bindViewer();

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
