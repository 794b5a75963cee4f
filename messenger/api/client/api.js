// The REST API (/api/v1) as the rest of the client uses it: JSON in and out, the
// bearer token on every call, and failures as ApiError with the server's code/details.
//
// The token lives in localStorage so that a reload (or another tab) stays signed in.
// A 401 outside /auth/ means the session is gone: whoever registered onSessionExpired
// signs the page out (that is the entry module; this one knows nothing about screens).

import { API, TOKEN_KEY, state } from "./state.js";
import { t } from "./i18n.js";

let sessionExpired = () => {};

export function onSessionExpired(handler) {
  sessionExpired = handler;
}

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || (status ? t("serverAnswered", { status }) : t("noConnection")));
    this.status = status;
    this.code = body && body.code;
    this.details = (body && body.details) || [];
  }
}

export async function api(method, path, { json, form } = {}) {
  const headers = {};
  let body;
  if (state.token) headers.Authorization = `Bearer ${state.token}`;
  if (json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(json);
  } else if (form) {
    body = form;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body, cache: "no-store" });
  } catch {
    throw new ApiError(0, null);
  }
  const type = response.headers.get("Content-Type") || "";
  const data = type.includes("application/json") ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    const error = new ApiError(response.status, data && data.error);
    if (response.status === 401 && state.token && !path.startsWith(`${API}/auth/`)) sessionExpired();
    throw error;
  }
  return response.status === 204 ? null : data;
}

export function storeToken(token) {
  state.token = token;
  localStorage.setItem(TOKEN_KEY, token);
}

// Forgets the token here and in storage; the old one, to end the session with.
export function dropToken() {
  const token = state.token;
  state.token = null;
  localStorage.removeItem(TOKEN_KEY);
  return token;
}

// Fire and forget: the page is signed out whatever the server says.
export function endSession(token) {
  fetch(`${API}/auth/logout`, { method: "POST", headers: { Authorization: `Bearer ${token}` } });
}
