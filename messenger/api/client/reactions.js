// Reactions: the small picker of common emoji, toggling one's own reaction, and keeping
// `me` right as events arrive.
//
// The server tells each caller which reactions are theirs (`me`) in its answers, but a
// WebSocket event goes to every member alike, so there `me` is always false
// (docs/API.md): the client keeps `me` from what it knew and from message.reactions
// events, which name who reacted.

import { API, QUICK_REACTIONS, state } from "./state.js";
import { h } from "./dom.js";
import { api } from "./api.js";
import { t } from "./i18n.js";

// Reactions of a message as an event carries them, with `me` from what we knew.
export function keepMine(incoming, known) {
  const mine = new Set((known || []).filter((r) => r.me).map((r) => r.emoji));
  return (incoming || []).map((r) => ({ emoji: r.emoji, count: r.count, me: mine.has(r.emoji) }));
}

// A message.reactions event: its counts, and `me` changed only if it was us.
export function reactionsAfterEvent(known, data) {
  const reactions = keepMine(data.reactions, known);
  if (state.me && data.user_id === state.me.id) {
    for (const reaction of reactions) if (reaction.emoji === data.emoji) reaction.me = Boolean(data.added);
  }
  return reactions;
}

// Adds or takes back the caller's reaction; the message's reactions as the server has them.
export async function setReaction(message, emoji, added) {
  const path = `${API}/messages/${message.id}/reactions/${encodeURIComponent(emoji)}`;
  const answer = await api(added ? "PUT" : "DELETE", path);
  return answer.reactions;
}

// --- the picker ---------------------------------------------------------------------------

let picker = null;
let picked = null; // what gets the choice
let pickedFor = null; // the button that opened the picker

function closeOnOutside(event) {
  if (picker && !picker.contains(event.target) && !event.target.closest(".react-message")) closePicker();
}

function closeOnKey(event) {
  if (event.key === "Escape") closePicker();
}

export function closePicker() {
  if (!picker || picker.hidden) return;
  picker.hidden = true;
  picked = null;
  pickedFor = null;
  document.removeEventListener("mousedown", closeOnOutside, true);
  document.removeEventListener("keydown", closeOnKey, true);
}

// Opens the picker by the button that asked for it; onPick(emoji) gets the choice.
export function openPicker(anchor, onPick) {
  if (!picker) {
    picker = h(
      "div",
      { id: "reaction-picker", class: "reaction-picker", role: "menu", hidden: true },
      QUICK_REACTIONS.map((emoji) =>
        h("button", {
          type: "button",
          class: "reaction-option",
          role: "menuitem",
          dataset: { emoji },
          text: emoji,
          onclick: () => {
            const choose = picked;
            closePicker();
            if (choose) choose(emoji);
          },
        }),
      ),
    );
    document.body.append(picker);
    document.getElementById("messages").addEventListener("scroll", closePicker, { passive: true });
  }
  if (!picker.hidden && pickedFor === anchor) return closePicker(); // its button again
  picked = onPick;
  pickedFor = anchor;
  picker.setAttribute("aria-label", t("reactMessage"));
  picker.hidden = false;
  const rect = anchor.getBoundingClientRect();
  const width = picker.offsetWidth;
  const height = picker.offsetHeight;
  const left = Math.max(8, Math.min(rect.left + rect.width / 2 - width / 2, window.innerWidth - width - 8));
  const top = rect.top - height - 6 >= 8 ? rect.top - height - 6 : rect.bottom + 6;
  picker.style.left = `${left}px`;
  picker.style.top = `${top}px`;
  document.addEventListener("mousedown", closeOnOutside, true);
  document.addEventListener("keydown", closeOnKey, true);
  picker.querySelector(".reaction-option").focus();
}
