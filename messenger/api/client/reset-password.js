// The page of a password-reset link, #/reset-password/{token}: a new password, typed
// twice, goes to POST /auth/password-reset/confirm with the token.
//
// The password is checked here before it is sent (the same rule as on register: 8 to
// 128 characters, counted as the server counts them, by code point), so that a typo in
// the repeat does not use up the single-use link. The server ends every session of the
// user on success; the callback given to bindResetPassword signs this page out too and
// shows the sign-in form.

import { API } from "./state.js";
import { $ } from "./dom.js";
import { api } from "./api.js";
import { t } from "./i18n.js";
import { clearFormErrors, showAuthPanel, showFormError } from "./auth.js";
import { openForgotPassword } from "./forgot-password.js";

const MIN_PASSWORD = 8;
const MAX_PASSWORD = 128;

let token = "";
let changed = () => {};

export function openResetPassword(linkToken) {
  token = linkToken;
  const form = $("reset-form");
  form.reset();
  clearFormErrors(form);
  $("reset-new-link").hidden = true;
  showAuthPanel("reset-form");
}

function fieldError(form, name, key) {
  form.querySelector(`.field-error[data-for="${name}"]`).textContent = t(key);
  form.elements.namedItem(name).setAttribute("aria-invalid", "true");
}

// The rule and the repeat, checked here; true when the form may go.
function checkFields(form, password, repeat) {
  const length = Array.from(password).length;
  if (length < MIN_PASSWORD || length > MAX_PASSWORD) fieldError(form, "password", "rulePassword");
  else if (password !== repeat) fieldError(form, "repeat", "passwordsDiffer");
  else return true;
  return false;
}

async function submit(event) {
  event.preventDefault();
  const form = event.currentTarget;
  clearFormErrors(form);
  const password = form.elements.namedItem("password").value;
  const repeat = form.elements.namedItem("repeat").value;
  if (!checkFields(form, password, repeat)) return;
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  try {
    await api("POST", `${API}/auth/password-reset/confirm`, { json: { token, password } });
    token = "";
    form.reset();
    changed();
  } catch (error) {
    if (error.status === 422 && error.details.some((d) => d.path === "/token")) {
      // Used, expired or unknown: no password will do; a new link will.
      form.querySelector(".form-error").textContent = t("linkInvalid");
      $("reset-new-link").hidden = false;
      history.replaceState(null, "", location.pathname);
    } else {
      showFormError(form, error);
    }
  } finally {
    button.disabled = false;
  }
}

// `onChanged`: the password is changed and every session has ended.
export function bindResetPassword(onChanged) {
  changed = onChanged;
  $("reset-form").addEventListener("submit", submit);
  $("reset-new-link").addEventListener("click", openForgotPassword);
}
