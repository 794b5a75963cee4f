// `@` autocomplete in the composer: typing @ and the start of a member's nick or name
// lists the open chat's members that match; Enter, Tab or a click puts "@nick " in the
// text, the arrow keys move, Escape closes.
//
// The members are the ones the chat list loaded for the open chat (state.members); a
// nick is what the server recognises as a mention (docs/API.md, `mentions`).

import { state } from "./state.js";
import { $, avatar, h } from "./dom.js";
import { t } from "./i18n.js";
import { isOnline } from "./presence.js";

const MAX_SUGGESTIONS = 8;
// "@" at the start or after a space or punctuation (not inside bob@example.com),
// then what was typed of the nick or name, up to the caret.
const TYPED = /(^|[^\p{L}\p{N}_.@-])@([\p{L}\p{N}_.-]*)$/u;

const box = { open: false, users: [], active: 0, start: 0, end: 0 };

function typedMention(input) {
  if (input.selectionStart !== input.selectionEnd) return null;
  const caret = input.selectionStart;
  const match = input.value.slice(0, caret).match(TYPED);
  if (!match) return null;
  return { prefix: match[2], start: caret - match[2].length - 1, end: caret };
}

function matches(user, prefix) {
  if (!user.nick) return false; // an account that is gone has no nick to name
  if (!prefix) return true;
  const wanted = prefix.toLocaleLowerCase();
  if (user.nick.toLowerCase().startsWith(wanted)) return true;
  const name = String(user.name || "").toLocaleLowerCase();
  return name.startsWith(wanted) || name.split(/\s+/).some((word) => word.startsWith(wanted));
}

function candidates(prefix) {
  const view = state.view;
  const members = view ? state.members.get(view.chatId) : null;
  if (!members) return [];
  const wanted = prefix.toLocaleLowerCase();
  return [...members.values()]
    .map((member) => member.user)
    .filter((user) => user.id !== state.me.id && matches(user, prefix))
    .sort((a, b) => {
      // Nick matches first, then by name.
      const an = a.nick.toLowerCase().startsWith(wanted) ? 0 : 1;
      const bn = b.nick.toLowerCase().startsWith(wanted) ? 0 : 1;
      return an - bn || String(a.name).localeCompare(String(b.name));
    })
    .slice(0, MAX_SUGGESTIONS);
}

function render() {
  const list = $("mention-suggestions");
  const input = $("message-input");
  list.setAttribute("aria-label", t("mentionSuggestions"));
  list.replaceChildren(
    ...box.users.map((user, index) =>
      h(
        "li",
        {
          class: `mention-option${index === box.active ? " active" : ""}`,
          role: "option",
          id: `mention-option-${user.id}`,
          "aria-selected": String(index === box.active),
          dataset: { userId: String(user.id), nick: user.nick },
          // Keep the focus (and the caret) in the text box.
          onmousedown: (event) => event.preventDefault(),
          onclick: () => choose(index),
        },
        avatar(user.name, user.id, "small", isOnline(user.id)),
        h("span", { class: "mention-option-name", text: user.name }),
        h("span", { class: "mention-option-nick", text: `@${user.nick}` }),
      ),
    ),
  );
  list.hidden = !box.open;
  if (box.open && box.users[box.active]) {
    input.setAttribute("aria-activedescendant", `mention-option-${box.users[box.active].id}`);
  } else {
    input.removeAttribute("aria-activedescendant");
  }
}

// Looks at the text before the caret again (after each keystroke or caret move).
export function updateAutocomplete() {
  const input = $("message-input");
  const typed = state.view && !state.editing ? typedMention(input) : null;
  const users = typed ? candidates(typed.prefix) : [];
  if (!users.length) return closeAutocomplete();
  const activeId = box.open && box.users[box.active] ? box.users[box.active].id : null;
  Object.assign(box, { open: true, users, start: typed.start, end: typed.end });
  const kept = users.findIndex((user) => user.id === activeId);
  box.active = kept >= 0 ? kept : 0;
  render();
}

export function closeAutocomplete() {
  if (!box.open && $("mention-suggestions").hidden) return;
  Object.assign(box, { open: false, users: [], active: 0 });
  render();
}

function choose(index) {
  const user = box.users[index];
  if (!user) return;
  const input = $("message-input");
  const inserted = `@${user.nick} `;
  const after = input.value.slice(box.end).replace(/^ /, "");
  input.value = input.value.slice(0, box.start) + inserted + after;
  const caret = box.start + inserted.length;
  input.setSelectionRange(caret, caret);
  closeAutocomplete();
  input.focus();
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

// The composer's keydown asks this first; true when the key was the list's.
export function autocompleteKey(event) {
  if (!box.open) return false;
  if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    const step = event.key === "ArrowDown" ? 1 : -1;
    box.active = (box.active + step + box.users.length) % box.users.length;
    render();
  } else if ((event.key === "Enter" || event.key === "Tab") && !event.shiftKey && !event.isComposing) {
    choose(box.active);
  } else if (event.key === "Escape") {
    closeAutocomplete();
  } else {
    return false;
  }
  event.preventDefault();
  return true;
}
