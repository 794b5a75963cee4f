// Message search in the sidebar: the box above the chat list, the hits in place of the
// list, grouped by chat, "More results" for the next page, and opening a hit: its chat
// at that message, with the history around it (chat-view.js loads it).
//
// Typing searches once it pauses, Enter at once. Searches are numbered, so a slow answer
// to an older query never replaces the newest one's (nor adds a page to it). An empty
// box, Escape or the clear button bring the chat list back.
//
// The server pages hits newest first across all chats; a chat's group stands where its
// newest hit falls, and further pages add to the groups already shown. The list is flat,
// each group's title a row before its hits (as day dividers are in the open chat), so it
// is patched in place like the other lists. A hit's text comes from highlights.js: text
// nodes and <mark> elements cut at the server's offsets, never markup.

import { API, SEARCH_DEBOUNCE_MS, SEARCH_PAGE, state } from "./state.js";
import { $, avatar, formatFull, h, keyedRow, patchList, shortWhen } from "./dom.js";
import { api } from "./api.js";
import { lang, onLanguageChange, t } from "./i18n.js";
import { chatTitle, refreshChat, userName } from "./chat-list.js";
import { openChat } from "./chat-view.js";
import { markedText } from "./highlights.js";

const search = {
  query: "", // what the shown results are for; "" while the chat list shows
  items: [], // {message, highlights}, newest first, every page so far
  next: null, // `before` of the next page, null after the last
  loading: false,
  error: "", // the i18n key of why the last page did not come
  sequence: 0, // the number of the newest search
  timer: null,
  opened: null, // the message id of the hit opened last
  rows: new Map(),
  chatRequests: new Set(), // chats of hits not in the loaded chat list, asked for once
};

function box() {
  return $("search-input");
}

// --- searching ---------------------------------------------------------------------------

function scheduleSearch() {
  clearTimeout(search.timer);
  $("search-clear").hidden = !box().value;
  const q = box().value.trim();
  if (!q) {
    closeSearch({ keepText: true });
    return;
  }
  search.timer = setTimeout(() => runSearch(q), SEARCH_DEBOUNCE_MS);
}

function runSearch(q) {
  clearTimeout(search.timer);
  if (!q) return;
  // The same words again (Enter after the pause) only retry a search that failed.
  if (q === search.query && (search.loading || !search.error)) return;
  const sequence = ++search.sequence;
  Object.assign(search, { query: q, items: [], next: null, loading: true, error: "", opened: null });
  search.rows.clear(); // the same message may be marked differently now
  renderSearch();
  fetchPage(sequence, null);
}

function loadMore() {
  if (search.loading || search.next === null || !search.query) return;
  search.loading = true;
  search.error = "";
  renderSearch();
  fetchPage(search.sequence, search.next);
}

async function fetchPage(sequence, before) {
  const params = new URLSearchParams({ q: search.query, limit: String(SEARCH_PAGE) });
  if (before !== null) params.set("before", String(before));
  let page;
  try {
    page = await api("GET", `${API}/search/messages?${params}`);
  } catch (error) {
    if (sequence !== search.sequence) return;
    search.loading = false;
    search.error = error.status === 0 ? "noConnection" : "couldNotSearch";
    renderSearch();
    return;
  }
  if (sequence !== search.sequence) return;
  search.items.push(...page.items);
  search.next = page.next;
  search.loading = false;
  renderSearch();
}

// Back to the chat list; an answer still on its way is dropped. keepText: the box keeps
// what is in it (blanks, when it was emptied by typing).
export function closeSearch({ keepText = false } = {}) {
  clearTimeout(search.timer);
  search.sequence += 1;
  Object.assign(search, { query: "", items: [], next: null, loading: false, error: "", opened: null });
  search.rows.clear();
  search.chatRequests.clear();
  if (!keepText) box().value = "";
  $("search-clear").hidden = !box().value;
  renderSearch();
}

// --- opening a hit -----------------------------------------------------------------------

async function openHit(chatId, messageId) {
  search.opened = messageId;
  // Marked in place: rebuilding the row would take the focus away from it.
  for (const row of $("search-list").querySelectorAll(".search-hit")) {
    row.classList.toggle("active", Number(row.dataset.messageId) === messageId);
  }
  if (!state.chats.has(chatId)) await refreshChat(chatId);
  if (state.chats.has(chatId) && search.opened === messageId) openChat(chatId, { at: messageId });
}

// --- rendering ---------------------------------------------------------------------------

// The chat of a hit beyond the loaded chat list: fetched once, then shown by its title.
function requestChat(chatId) {
  if (search.chatRequests.has(chatId)) return;
  search.chatRequests.add(chatId);
  refreshChat(chatId).then(renderSearch);
}

function chatRow(chatId) {
  const chat = state.chats.get(chatId);
  if (!chat) requestChat(chatId);
  const title = chat ? chatTitle(chat) : "…";
  const group = Boolean(chat && chat.is_group_chat);
  const peer = chat && !group ? state.peers.get(chatId) : null;
  const seed = group ? chatId : (peer || {}).id || chatId;
  return keyedRow(search.rows, `c${chatId}`, JSON.stringify([title, seed, group]), () =>
    h(
      "li",
      { class: "search-chat", dataset: { chatId: String(chatId) } },
      avatar(title, seed, group ? "small group" : "small"),
      h("span", { class: "search-chat-title", text: title }),
    ),
  );
}

function hitRow({ message, highlights }) {
  const author = userName(message.user_id);
  const when = shortWhen(message.created_at);
  const signature = JSON.stringify([author, when, message.content, highlights, lang()]);
  return keyedRow(search.rows, `m${message.id}`, signature, () =>
    h(
      "li",
      {
        class: `search-hit${search.opened === message.id ? " active" : ""}`,
        role: "button",
        tabindex: "0",
        dataset: { chatId: String(message.chat_id), messageId: String(message.id) },
      },
      h(
        "div",
        { class: "search-hit-top" },
        h("span", { class: "search-hit-author", text: author }),
        h("time", {
          class: "search-hit-time",
          datetime: message.created_at,
          title: formatFull(new Date(message.created_at)),
          text: when,
        }),
      ),
      h("div", { class: "search-hit-text" }, markedText(message.content, highlights)),
    ),
  );
}

// The sidebar shows the results while there is a query, the chat list otherwise. Also
// called when names arrive (a chat's title, a hit's author).
export function renderSearch() {
  const searching = Boolean(search.query);
  $("sidebar").classList.toggle("searching", searching);
  $("search-results").hidden = !searching;
  if (!searching) {
    $("search-list").replaceChildren();
    return;
  }
  const groups = new Map(); // chat id -> its hits, in the order of each chat's newest hit
  for (const item of search.items) {
    const chatId = item.message.chat_id;
    if (!groups.has(chatId)) groups.set(chatId, []);
    groups.get(chatId).push(item);
  }
  const rows = [];
  for (const [chatId, items] of groups) rows.push(chatRow(chatId), ...items.map(hitRow));
  patchList($("search-list"), rows, search.rows);

  let status = "";
  if (search.error) status = t(search.error);
  else if (search.loading && !search.items.length) status = t("searching");
  else if (!search.loading && !search.items.length) status = t("noMessagesFound");
  $("search-status").textContent = status;
  $("search-status").hidden = !status;
  $("search-more").hidden = search.next === null || !search.items.length;
  $("search-more").disabled = search.loading;
}

onLanguageChange(() => {
  if (state.me) renderSearch();
});

export function bindSearch() {
  const input = box();
  input.addEventListener("input", scheduleSearch);
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      runSearch(input.value.trim());
    } else if (event.key === "Escape" && (input.value || search.query)) {
      event.preventDefault(); // the browser's own clearing of a search box is ours here
      closeSearch();
    }
  });
  $("search-clear").addEventListener("click", () => {
    closeSearch();
    input.focus();
  });
  $("search-more").addEventListener("click", loadMore);
  const list = $("search-list");
  const hitOf = (event) => event.target.closest(".search-hit");
  list.addEventListener("click", (event) => {
    const hit = hitOf(event);
    if (hit) openHit(Number(hit.dataset.chatId), Number(hit.dataset.messageId));
  });
  list.addEventListener("keydown", (event) => {
    const hit = hitOf(event);
    if (hit && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      openHit(Number(hit.dataset.chatId), Number(hit.dataset.messageId));
    }
  });
  $("search-results").addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      closeSearch();
      input.focus();
    }
  });
}
