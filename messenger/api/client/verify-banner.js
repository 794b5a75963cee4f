// The banner over the signed-in app while the own address is unconfirmed: it says where
// the link went and sends another on request (POST /users/me/verification).
//
// Notification mails skip an unconfirmed address (docs/API.md, "Accounts"), so the
// banner stays until the server says the address is confirmed. It looks again when a
// link is followed: on this page (the verify page calls ownUserChanged) or in another
// tab (which writes VERIFIED_KEY; the storage event reaches every other tab).

import { API, VERIFIED_KEY, state } from "./state.js";
import { $ } from "./dom.js";
import { api } from "./api.js";
import { onLanguageChange, t } from "./i18n.js";

let statusKey = ""; // the answer to "Send again", as a word of i18n.js
let statusText = ""; // or the server's own words

export function renderVerifyBanner() {
  const me = state.me;
  const show = Boolean(me && me.email && me.email_verified === false);
  $("verify-banner").hidden = !show;
  if (!show) {
    statusKey = statusText = "";
    return;
  }
  $("verify-banner-text").textContent = t("verifyBanner", { email: me.email });
  $("verify-banner-status").textContent = statusKey ? t(statusKey) : statusText;
}

function setStatus(key, text = "") {
  statusKey = key;
  statusText = text;
  renderVerifyBanner();
}

// The own user again from the server, if signed in to the app; the banner follows it.
export async function ownUserChanged() {
  if (!state.me) return;
  const me = state.me;
  try {
    const fresh = await api("GET", `${API}/users/me`);
    if (state.me !== me) return; // signed out (or in as another) meanwhile
    state.me = fresh;
    state.users.set(fresh.id, fresh);
  } catch {
    return; // the banner stays as it was; the next reload tells
  }
  renderVerifyBanner();
}

async function sendAgain() {
  const button = $("verify-resend");
  button.disabled = true;
  setStatus("");
  try {
    await api("POST", `${API}/users/me/verification`);
    setStatus("linkSent");
  } catch (error) {
    if (error.status === 429) setStatus("tooManyRequests");
    else if (error.status === 0) setStatus("cannotReach");
    else setStatus("", error.message);
  } finally {
    button.disabled = false;
  }
}

export function bindVerifyBanner() {
  $("verify-resend").addEventListener("click", sendAgain);
  window.addEventListener("storage", (event) => {
    if (event.key === VERIFIED_KEY) ownUserChanged();
  });
  onLanguageChange(renderVerifyBanner);
}
