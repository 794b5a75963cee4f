// The messenger browser client: plain JavaScript modules, no build step, nothing from
// other hosts. This is the entry module: it wires the others together, signs in and
// out, and starts the page. As a module it runs in strict mode ("use strict" is implicit).
//
// Every piece of user data (names, message text, file names) reaches the page through
// textContent or a text node, never as markup: the page never parses HTML it was sent.
//
// The modules build on each other in one direction, without cycles: state, dom and api
// at the bottom, with presence.js (who is online, who is typing) just above them;
// attachments, the chat list and the composer on those; the open chat on them; live
// events, the new-chat dialog and message search (search.js, its hits' marked text from
// highlights.js) on top. Where a lower module must reach a higher one (the chat list
// and composer telling the open chat and the search results), it takes hooks, set here.
//
// The client's own words come from i18n.js (English or Russian); the menu switches the
// language, and every module draws its part again when it changes.
//
// The account mails link to pages of this client: #/verify-email/{token} (verify-email.js)
// and #/reset-password/{token} (reset-password.js). They work signed out, so the address
// is looked at before the session; "Forgot password?" (forgot-password.js) mails the
// second kind, and verify-banner.js asks for the first while the address is unconfirmed.

import { API, TOKEN_KEY, resetState, state } from "./state.js";
import { $, icon, paintAvatar } from "./dom.js";
import { api, dropToken, endSession, onSessionExpired } from "./api.js";
import { LANGUAGES, applyStatic, lang, onLanguageChange, setLanguage, t } from "./i18n.js";
import { bindAuth, showAuth } from "./auth.js";
import { bindForgotPassword } from "./forgot-password.js";
import { bindResetPassword, openResetPassword } from "./reset-password.js";
import { bindVerifyEmail, openVerifyEmail } from "./verify-email.js";
import { bindVerifyBanner, renderVerifyBanner } from "./verify-banner.js";
import { bindViewer } from "./attachments.js";
import { bindChatList, loadChats, setChatListHooks, userName } from "./chat-list.js";
import { bindComposer, setComposerHooks } from "./composer.js";
import { bindPins } from "./pins.js";
import {
  acceptMessage,
  bindChatView,
  chatRefreshed,
  openChat,
  removeMessage,
  renderMessages,
  renderTypingLine,
  scheduleMarkRead,
  setMessageActionHooks,
  showNoChat,
} from "./chat-view.js";
import { closeSocket, connect, reconnectNow } from "./live.js";
import { bindNewChat } from "./new-chat.js";
import { bindForward, openForward } from "./forward.js";
import { bindSearch, closeSearch, renderSearch } from "./search.js";

onSessionExpired(() => signOut(false));
setChatListHooks({
  open: openChat,
  close: showNoChat,
  refreshed: chatRefreshed,
  namesChanged: () => {
    renderMessages();
    renderTypingLine();
    renderSearch();
  },
});
setComposerHooks({ render: renderMessages, accept: acceptMessage, remove: removeMessage, name: userName });
setMessageActionHooks({ forward: openForward });

let inApp = false; // the signed-in app was entered (its socket and chats are live)

// `notice`: a word of i18n.js for the sign-in form to say (why we are here).
function signOut(tellServer = true, notice = "") {
  const token = dropToken();
  if (tellServer && token) endSession(token);
  inApp = false;
  closeSocket();
  closeSearch();
  resetState();
  renderVerifyBanner();
  $("message-list").replaceChildren();
  $("chat-list").replaceChildren();
  toggleMenu(false);
  history.replaceState(null, "", location.pathname);
  showAuth("login", notice);
}

async function boot() {
  placeStaticIcons();
  bindEvents();
  if (!openAccountPage()) startSession();
}

async function startSession() {
  if (!state.token) return showAuth();
  try {
    state.me = await api("GET", `${API}/users/me`);
  } catch (error) {
    if (error.status === 401 || !state.token) return showAuth();
    showAuth();
    $("login-form").querySelector(".form-error").textContent = t("cannotReachNow");
    return;
  }
  enterApp();
}

async function enterApp() {
  inApp = true;
  $("auth").hidden = true;
  $("app").hidden = false;
  renderVerifyBanner();
  state.users.set(state.me.id, state.me);
  paintAvatar($("me-avatar"), state.me.name, state.me.id);
  $("me-name").textContent = state.me.name;
  $("me-nick").textContent = `@${state.me.nick}`;
  // Read before showNoChat, which clears the address: a mail's chat link opened in a
  // new tab must still open its chat.
  const wanted = chatInHash();
  showNoChat();
  connect();
  await loadChats();
  if (wanted) await openLinkedChat(wanted);
}

// The list may come from a later load than ours (the socket's catch-up, when it is ready
// first, starts one and ours then gives way): wait for the loading to end, a while.
async function openLinkedChat(chatId) {
  for (let tries = 0; tries < 50 && !state.chats.has(chatId) && state.loadingChats; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (state.chats.has(chatId) && !state.view) openChat(chatId);
}

// "#chat=12" as the client writes it, or "#/chats/12" as the server's mails link to it.
function chatInHash() {
  const match = location.hash.match(/^#(?:chat=|\/chats\/)(\d+)$/);
  return match ? Number(match[1]) : 0;
}

// "#/verify-email/<token>" or "#/reset-password/<token>", from an account mail: that page
// is shown (over the app, if signed in), and true returned.
function openAccountPage() {
  const match = location.hash.match(/^#\/(verify-email|reset-password)\/([^/?#]+)$/);
  if (!match) return false;
  let token = match[2];
  try {
    token = decodeURIComponent(token);
  } catch {
    // Not valid %-escapes: the server will call the token invalid.
  }
  if (match[1] === "verify-email") openVerifyEmail(token);
  else openResetPassword(token);
  return true;
}

// On from the verify page: its address goes (a reload must not post the used link), and
// the app shows again, or starts, or the sign-in form shows.
function leaveAccountPage() {
  history.replaceState(null, "", location.pathname);
  if (!state.token) return showAuth();
  if (!inApp) return startSession();
  $("auth").hidden = true;
  $("app").hidden = false;
  renderVerifyBanner();
}

function placeStaticIcons() {
  $("menu-button").append(icon("menu"));
  $("new-chat").append(icon("compose"));
  document.querySelector(".search-bar").prepend(icon("search"));
  $("search-clear").append(icon("close"));
  $("logout").append(icon("logout"));
  $("back").append(icon("back"));
  $("attach").append(icon("attach"));
  $("send").append(icon("send"));
  $("close-new-chat").append(icon("close"));
  $("close-forward").append(icon("close"));
  $("cancel-reply").append(icon("close"));
  document.querySelector(".viewer-close").append(icon("close"));
}

// --- the menu and the language -----------------------------------------------------------

function fillLanguageChoices() {
  for (const select of document.querySelectorAll(".language-select")) {
    select.replaceChildren(
      ...Object.entries(LANGUAGES).map(([code, name]) => {
        const option = document.createElement("option");
        option.value = code;
        option.textContent = name; // each language by its own name
        option.lang = code;
        return option;
      }),
    );
    select.value = lang();
    select.addEventListener("change", () => setLanguage(select.value));
  }
}

function toggleMenu(open) {
  const menu = $("menu");
  const show = open === undefined ? menu.hidden : open;
  menu.hidden = !show;
  $("menu-button").setAttribute("aria-expanded", String(show));
}

function bindMenu() {
  $("menu-button").addEventListener("click", () => toggleMenu());
  document.addEventListener("mousedown", (event) => {
    if (!$("menu").hidden && !event.target.closest("#menu, #menu-button")) toggleMenu(false);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !$("menu").hidden) {
      toggleMenu(false);
      $("menu-button").focus();
    }
  });
}

onLanguageChange(() => {
  for (const select of document.querySelectorAll(".language-select")) select.value = lang();
});

function bindEvents() {
  applyStatic();
  fillLanguageChoices();
  bindMenu();
  bindAuth(enterApp);
  bindForgotPassword();
  bindResetPassword(() => signOut(false, "passwordChanged"));
  bindVerifyEmail(leaveAccountPage);
  bindVerifyBanner();
  $("logout").addEventListener("click", () => signOut(true));
  bindNewChat();
  bindChatView();
  bindChatList();
  bindSearch();
  bindComposer();
  bindPins();
  bindForward();
  bindViewer();

  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") {
      scheduleMarkRead();
      reconnectNow();
    }
  });
  window.addEventListener("online", reconnectNow);
  // Leaving the page (it may be kept in the back-forward cache): the socket closes, so
  // that others see us go offline; coming back to it connects again.
  window.addEventListener("pagehide", closeSocket);
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) reconnectNow();
  });
  // A link to a chat followed while the page is open (from a mail, say) only changes
  // the hash.
  window.addEventListener("hashchange", () => {
    if (openAccountPage()) return;
    const wanted = chatInHash();
    if (wanted && state.me && state.chats.has(wanted)) openChat(wanted);
  });
  window.addEventListener("storage", (event) => {
    // Signed out (or in as someone else) in another tab.
    if (event.key === TOKEN_KEY && event.newValue !== state.token) location.reload();
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
else boot();
