// "Forgot password?" on the sign-in form: the address of the account goes to POST
// /auth/password-reset, which mails it a link to #/reset-password/{token}.
//
// The server answers 202 whatever the address, so that nobody learns from it who has
// an account; the page says the same for every address, and goes back to signing in.

import { API } from "./state.js";
import { $ } from "./dom.js";
import { api } from "./api.js";
import { clearFormErrors, showAuth, showAuthPanel, showFormError } from "./auth.js";

export function openForgotPassword() {
  const form = $("forgot-form");
  clearFormErrors(form);
  // What was typed as the login may be the address already.
  const login = $("login-form").elements.namedItem("login").value.trim();
  form.elements.namedItem("email").value = login.includes("@") ? login : "";
  showAuthPanel("forgot-form");
}

async function submit(event) {
  event.preventDefault();
  const form = event.currentTarget;
  clearFormErrors(form);
  const email = form.elements.namedItem("email").value.trim();
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  try {
    await api("POST", `${API}/auth/password-reset`, { json: { email } });
    form.reset();
    showAuth("login", "resetLinkSent");
  } catch (error) {
    showFormError(form, error); // a malformed address (422), or no connection
  } finally {
    button.disabled = false;
  }
}

export function bindForgotPassword() {
  $("forgot-password").addEventListener("click", openForgotPassword);
  $("forgot-form").addEventListener("submit", submit);
  $("forgot-form").querySelector(".back-to-sign-in").addEventListener("click", () => showAuth("login"));
}
