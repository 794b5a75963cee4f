// The signed-out screen: the sign-in and create-account forms, and the server's
// complaints about them shown next to the field they are about.
//
// Its card shows one panel at a time (.auth-panel in index.html): these two forms, or
// the account pages that mail links and "Forgot password?" lead to (their own modules
// fill them). Above the panel a notice line says how the last step went ("Password
// changed; sign in with it"); it is kept as a word of i18n.js, so that it follows a
// change of language.
//
// A session that starts here is handed to the callback given to bindAuth; what the
// signed-in page looks like is the entry module's business.

import { API, state } from "./state.js";
import { $ } from "./dom.js";
import { api, storeToken } from "./api.js";
import { onLanguageChange, t } from "./i18n.js";

let signedIn = () => {};
let noticeKey = "";

// The tabs belong to the two forms they switch between, not to the account pages.
const TABBED = { "login-form": "tab-login", "register-form": "tab-register" };

export function showAuth(mode = "login", notice = "") {
  showAuthPanel(mode === "register" ? "register-form" : "login-form", notice);
}

export function showAuthPanel(id, notice = "") {
  $("app").hidden = true;
  $("auth").hidden = false;
  for (const panel of document.querySelectorAll("#auth .auth-panel")) panel.hidden = panel.id !== id;
  $("auth-tabs").hidden = !TABBED[id];
  for (const [form, tab] of Object.entries(TABBED)) $(tab).setAttribute("aria-selected", String(form === id));
  setAuthNotice(notice);
  const first = $(id).querySelector("input");
  if (first) first.focus();
  document.title = "Messenger";
}

// `key` is a word of i18n.js, or "" for none.
export function setAuthNotice(key) {
  noticeKey = key;
  renderNotice();
}

function renderNotice() {
  const notice = $("auth-notice");
  notice.textContent = noticeKey ? t(noticeKey) : "";
  notice.hidden = !noticeKey;
}

onLanguageChange(renderNotice);

export function clearFormErrors(form) {
  form.querySelectorAll(".field-error, .form-error").forEach((el) => (el.textContent = ""));
  form.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
}

// The server's messages for a malformed field quote its JSON Schema; say it plainly.
const FIELD_RULES = {
  nick: "ruleNick",
  name: "ruleName",
  email: "ruleEmail",
  password: "rulePassword",
};

export function showFormError(form, error) {
  const general = form.querySelector(".form-error");
  let placed = false;
  for (const detail of error.details || []) {
    const name = String(detail.path || "").replace(/^\//, "");
    const slot = form.querySelector(`.field-error[data-for="${CSS.escape(name)}"]`);
    if (slot) {
      slot.textContent = error.status === 422 && FIELD_RULES[name] ? t(FIELD_RULES[name]) : detail.message;
      const input = form.elements.namedItem(name);
      if (input) input.setAttribute("aria-invalid", "true");
      placed = true;
    }
  }
  if (!placed || error.status !== 422) {
    general.textContent = error.status === 0 ? t("cannotReach") : error.message;
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
    storeToken(session.token);
    state.me = session.user;
    form.reset();
    signedIn();
  } catch (error) {
    showFormError(form, error);
  } finally {
    button.disabled = false;
  }
}

export function bindAuth(onSignedIn) {
  signedIn = onSignedIn;
  $("tab-login").addEventListener("click", () => showAuth("login"));
  $("tab-register").addEventListener("click", () => showAuth("register"));
  $("login-form").addEventListener("submit", (e) => submitAuth(e, `${API}/auth/login`, ["login"]));
  $("register-form").addEventListener("submit", (e) =>
    submitAuth(e, `${API}/auth/register`, ["nick", "name", "email"]),
  );
}
