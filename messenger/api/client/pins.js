// Pinned messages of the open chat: the bar at its top (the pin shown, how many there
// are; a click scrolls to it and shows the next older one), and pinning or unpinning.
//
// The open chat's pins are fetched whole (a chat keeps at most 50, docs/API.md) when it
// opens, after a reconnect and whenever a message.pinned / message.unpinned event says
// they changed: newest pin first, as the server lists them. Scrolling to a message is
// the open chat's job, reached through the hook set with setPinHooks.

import { API, PINS_PAGE, state } from "./state.js";
import { $, h, icon, toast } from "./dom.js";
import { api } from "./api.js";
import { onLanguageChange, t } from "./i18n.js";

const hooks = {
  reveal: (messageId) => {}, // scroll the open chat to this message
  changed: (chatId, messageId, pinned) => {}, // a message was pinned or unpinned here
};

export function setPinHooks(next) {
  Object.assign(hooks, next);
}

// Group: its owner only; personal chat: either member (docs/API.md, pins).
export function canPin(chatId) {
  const chat = state.chats.get(chatId);
  if (!chat) return false;
  if (!chat.is_group_chat) return true;
  const members = state.members.get(chatId);
  const me = members && state.me ? members.get(state.me.id) : null;
  return Boolean(me && me.role === "owner");
}

export async function loadPins(view) {
  const sequence = (view.pinSequence || 0) + 1;
  view.pinSequence = sequence;
  try {
    const page = await api("GET", `${API}/chats/${view.chatId}/pins?limit=${PINS_PAGE}`);
    if (state.view !== view || view.pinSequence !== sequence) return;
    const before = view.pins || [];
    const shown = before[view.pinIndex];
    view.pins = page.items;
    // A new pin is shown at once; otherwise the bar keeps showing the same pin while
    // it is still there.
    const known = new Set(before.map((pin) => pin.id));
    const added = view.pins.some((pin) => !known.has(pin.id));
    const kept = shown && !added ? view.pins.findIndex((pin) => pin.id === shown.id) : -1;
    view.pinIndex = kept >= 0 ? kept : 0;
    renderPinnedBar();
  } catch {
    // The bar stays as it was; the next change or reconnect asks again.
  }
}

export function renderPinnedBar() {
  const view = state.view;
  const bar = $("pinned-bar");
  const pins = view && view.pins ? view.pins : [];
  bar.hidden = pins.length === 0;
  if (!pins.length) {
    delete bar.dataset.messageId;
    return;
  }
  if (view.pinIndex >= pins.length) view.pinIndex = 0;
  const pin = pins[view.pinIndex];
  bar.dataset.messageId = String(pin.id);
  bar.dataset.count = String(pins.length);
  $("pinned-label").textContent = t("pinnedMessage");
  $("pinned-count").textContent = t("pinnedCount", { count: pins.length });
  $("pinned-count").hidden = pins.length < 2;
  $("pinned-text").textContent = pin.content.replace(/\s+/g, " ").trim();
  const unpin = $("pinned-unpin");
  unpin.hidden = !canPin(view.chatId);
  unpin.title = t("unpinMessage");
  unpin.setAttribute("aria-label", t("unpinMessage"));
}

function openPinned() {
  const view = state.view;
  if (!view || !view.pins || !view.pins.length) return;
  const pin = view.pins[view.pinIndex];
  hooks.reveal(pin.id);
  // The next click goes to the pin before this one, round and round.
  view.pinIndex = (view.pinIndex + 1) % view.pins.length;
  renderPinnedBar();
}

export async function setPinned(message, pinned) {
  try {
    await api(pinned ? "PUT" : "DELETE", `${API}/chats/${message.chat_id}/pins/${message.id}`);
    hooks.changed(message.chat_id, message.id, pinned);
  } catch (error) {
    if (error.status === 403) toast(t("pinForbidden"));
    else toast(error.status === 0 ? t("couldNotPin") : error.message);
  }
}

onLanguageChange(() => renderPinnedBar());

export function bindPins() {
  $("pinned-bar").prepend(icon("pin"));
  $("pinned-unpin").append(icon("close"));
  $("pinned-open").addEventListener("click", openPinned);
  $("pinned-unpin").addEventListener("click", () => {
    const view = state.view;
    const pin = view && view.pins ? view.pins[view.pinIndex] : null;
    if (pin) setPinned(pin, false);
  });
}
