// The signed-out screen: the sign-in and create-account forms, and the server's
// complaints about them shown next to the field they are about.
//
// A session that starts here is handed to the callback given to bindAuth; what the
// signed-in page looks like is the entry module's business.

import { API, state } from "./state.js";
import { $ } from "./dom.js";
import { api, storeToken } from "./api.js";
import { t } from "./i18n.js";

let signedIn = () => {};

export function showAuth(mode = "login") {
  $("app").hidden = true;
  $("auth").hidden = false;
  switchAuthTab(mode);
  document.title = "Messenger";
}

function switchAuthTab(mode) {
  const login = mode === "login";
  $("tab-login").setAttribute("aria-selected", String(login));
  $("tab-register").setAttribute("aria-selected", String(!login));
  $("login-form").hidden = !login;
  $("register-form").hidden = login;
  const form = login ? $("login-form") : $("register-form");
  const first = form.querySelector("input");
  if (first) first.focus();
}

function clearFormErrors(form) {
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

function showFormError(form, error) {
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
  $("tab-login").addEventListener("click", () => switchAuthTab("login"));
  $("tab-register").addEventListener("click", () => switchAuthTab("register"));
  $("login-form").addEventListener("submit", (e) => submitAuth(e, `${API}/auth/login`, ["login"]));
  $("register-form").addEventListener("submit", (e) =>
    submitAuth(e, `${API}/auth/register`, ["nick", "name", "email"]),
  );
}
