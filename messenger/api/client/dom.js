// Small DOM helpers shared by the views: building elements, icons, avatars, dates and
// sizes as people read them (in the chosen language's locale), patching long lists in
// place, and the page's two notices.
//
// h() is how every module builds markup: props become attributes, listeners or
// textContent and children become text nodes, so user data can never turn into HTML.

import { locale, onLanguageChange, t } from "./i18n.js";

const SVG_NS = "http://www.w3.org/2000/svg";

export const $ = (id) => document.getElementById(id);

// --- elements ------------------------------------------------------------------------

export function h(tag, props, ...children) {
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

// Feather icons (MIT), and Lucide's pin (ISC), drawn from fixed path data.
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
  reply: ["M9 14L4 9l5-5", "M20 20v-7a4 4 0 0 0-4-4H4"],
  forward: ["M15 14l5-5-5-5", "M4 20v-7a4 4 0 0 1 4-4h12"],
  smile: [
    "M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20z",
    "M8 14s1.5 2 4 2 4-2 4-2",
    "M9 9h.01",
    "M15 9h.01",
  ],
  pin: [
    "M12 17v5",
    "M9 10.76a2 2 0 0 1-1.11 1.79l-1.78.9A2 2 0 0 0 5 15.24V16a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-.76a2 2 0 0 0-1.11-1.79l-1.78-.9A2 2 0 0 1 15 10.76V7a1 1 0 0 1 1-1 2 2 0 0 0 0-4H8a2 2 0 0 0 0 4 1 1 0 0 1 1 1z",
  ],
  bell: ["M18 8A6 6 0 0 0 6 8c0 7-3 9-3 9h18s-3-2-3-9", "M13.73 21a2 2 0 0 1-3.46 0"],
  bellOff: [
    "M13.73 21a2 2 0 0 1-3.46 0",
    "M18.63 13A17.89 17.89 0 0 1 18 8",
    "M6.26 6.26A5.86 5.86 0 0 0 6 8c0 7-3 9-3 9h14",
    "M18 8a6 6 0 0 0-9.33-5",
    "M1 1l22 22",
  ],
  menu: ["M3 12h18", "M3 6h18", "M3 18h18"],
  search: ["M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16z", "M21 21l-4.35-4.35"],
};

export function icon(name) {
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

export function paintAvatar(el, name, seed) {
  el.textContent = initials(name);
  el.className = el.className.replace(/\bc\d\b/g, "").trim() + ` c${Math.abs(seed || 0) % 8}`;
}

// `online` puts the green dot on it (presence.js knows who is).
export function avatar(name, seed, extra = "", online = false) {
  const el = h("span", { class: `avatar ${extra}${online ? " online" : ""}`.trim(), "aria-hidden": "true" });
  paintAvatar(el, name, seed);
  return el;
}

// --- time and sizes ------------------------------------------------------------------

// Made again when the language changes, so every date follows the chosen locale.
let formats = null;
function format(name) {
  if (!formats) {
    const tag = locale();
    formats = {
      time: new Intl.DateTimeFormat(tag, { hour: "numeric", minute: "2-digit" }),
      weekday: new Intl.DateTimeFormat(tag, { weekday: "short" }),
      date: new Intl.DateTimeFormat(tag, { day: "numeric", month: "short" }),
      dateYear: new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", year: "numeric" }),
      long: new Intl.DateTimeFormat(tag, { weekday: "long", day: "numeric", month: "long", year: "numeric" }),
      full: new Intl.DateTimeFormat(tag, { dateStyle: "full", timeStyle: "short" }),
      number: new Intl.NumberFormat(tag, { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
    };
  }
  return formats[name];
}
onLanguageChange(() => (formats = null));

export function formatTime(date) {
  return format("time").format(date);
}

export function formatFull(date) {
  return format("full").format(date);
}

// "3 Mar", or "3 Mar 2023" when not this year.
export function formatDay(date) {
  return format(date.getFullYear() === new Date().getFullYear() ? "date" : "dateYear").format(date);
}

export function startOfDay(date) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

export function shortWhen(iso) {
  const date = new Date(iso);
  const days = Math.round((startOfDay(new Date()) - startOfDay(date)) / 86400000);
  if (days <= 0) return format("time").format(date);
  if (days < 7) return format("weekday").format(date);
  return format("date").format(date);
}

export function dayLabel(date) {
  const days = Math.round((startOfDay(new Date()) - startOfDay(date)) / 86400000);
  if (days === 0) return t("today");
  if (days === 1) return t("yesterday");
  return format("long").format(date);
}

export function humanSize(bytes) {
  if (bytes < 1024) return t("bytes", { n: bytes });
  if (bytes < 1024 * 1024) return t("kilobytes", { n: format("number").format(bytes / 1024) });
  return t("megabytes", { n: format("number").format(bytes / 1024 / 1024) });
}

export function when(iso) {
  return Date.parse(iso) || 0;
}

// --- lists ---------------------------------------------------------------------------

// Rows are rebuilt only when what they show changed, and lists are patched in place,
// so hover, text selection and loaded images survive the many small re-renders.
export function keyedRow(cache, key, signature, build) {
  const cached = cache.get(key);
  if (cached && cached.signature === signature) {
    cached.used = true;
    return cached.el;
  }
  const el = build();
  cache.set(key, { signature, el, used: true });
  return el;
}

export function patchList(list, rows, cache) {
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

export function isNearBottom(box) {
  return box.scrollHeight - box.scrollTop - box.clientHeight < 80;
}

// --- notices -------------------------------------------------------------------------

// The line under the sidebar header about the connection ("Connecting…"); shown after
// a delay, so that a blip that is over quickly never flickers on screen.
let statusTimer = null;
export function setConnectionNote(text, delay = 0) {
  clearTimeout(statusTimer);
  const note = $("connection");
  if (!text) {
    note.hidden = true;
    return;
  }
  statusTimer = setTimeout(() => {
    note.textContent = text;
    note.hidden = false;
  }, delay);
}

// A passing notice for failures that have no place of their own on the page.
let toastTimer = null;
export function toast(text) {
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
