// The page of the link that confirms an address, #/verify-email/{token}: it posts the
// token (POST /auth/verify-email, public: the link may be opened signed out) and says
// how that went, with a way on: to the chats when signed in, else to signing in.
//
// The token is posted once, when the page opens; the entry module clears the address
// when the page is left, so that a reload does not post a used link again.

import { API, VERIFIED_KEY, state } from "./state.js";
import { $ } from "./dom.js";
import { api } from "./api.js";
import { onLanguageChange, t } from "./i18n.js";
import { showAuthPanel } from "./auth.js";
import { ownUserChanged } from "./verify-banner.js";

let leave = () => {};
let result = { key: "", text: "" }; // what the page says: a word of i18n.js, or the server's
let done = false; // the answer is in: the way on shows
let attempt = 0; // the newest opening of the page; older answers are dropped

function render() {
  $("verify-result").textContent = result.key ? t(result.key) : result.text;
  const next = $("verify-next");
  next.hidden = !done;
  next.textContent = state.token ? t("goToChats") : t("signIn");
}

export async function openVerifyEmail(token) {
  const mine = ++attempt;
  done = false;
  result = { key: "confirmingEmail", text: "" };
  showAuthPanel("verify-page");
  render();
  try {
    await api("POST", `${API}/auth/verify-email`, { json: { token } });
    if (mine !== attempt) return;
    result = { key: "emailConfirmed", text: "" };
    try {
      localStorage.setItem(VERIFIED_KEY, String(Date.now()));
    } catch {
      // Other tabs learn it when they reload.
    }
    await ownUserChanged();
  } catch (error) {
    if (mine !== attempt) return;
    if (error.status === 422) result = { key: "linkInvalid", text: "" };
    else if (error.status === 0) result = { key: "cannotReach", text: "" };
    else result = { key: "", text: error.message };
  }
  if (mine !== attempt) return;
  done = true;
  render();
  $("verify-next").focus();
}

// `onLeave` takes the page on: into the app when signed in, else to signing in.
export function bindVerifyEmail(onLeave) {
  leave = onLeave;
  $("verify-next").addEventListener("click", () => leave());
  onLanguageChange(render);
}
