// Files attached to messages, as the open chat shows them: images inline (and full size
// in the viewer), other files as a button that downloads them.
//
// Each file is downloaded once per session and kept as an object URL in state.blobs,
// which signing out releases.

import { INLINE_IMAGE_TYPES, state } from "./state.js";
import { $, h, humanSize, icon, isNearBottom, toast } from "./dom.js";
import { ApiError } from "./api.js";
import { t } from "./i18n.js";

// The file needs the bearer token, which an <img> or a link cannot send: fetch it and
// hand the browser an object URL instead.
function attachmentUrl(attachment) {
  let promise = state.blobs.get(attachment.id);
  if (!promise) {
    promise = fetch(attachment.url, { headers: { Authorization: `Bearer ${state.token}` } }).then(
      async (response) => {
        if (!response.ok) throw new ApiError(response.status, null);
        return URL.createObjectURL(await response.blob());
      },
    );
    promise.catch(() => state.blobs.delete(attachment.id));
    state.blobs.set(attachment.id, promise);
  }
  return promise;
}

export function renderAttachment(attachment) {
  if (INLINE_IMAGE_TYPES.has(attachment.content_type)) {
    const img = h("img", { alt: attachment.filename, class: "loading" });
    const wasAtBottom = () => isNearBottom($("messages"));
    if (attachment.id) {
      attachmentUrl(attachment)
        .then((url) => {
          const stick = wasAtBottom();
          img.addEventListener(
            "load",
            () => {
              img.classList.remove("loading");
              if (stick) $("messages").scrollTop = $("messages").scrollHeight;
            },
            { once: true },
          );
          img.src = url;
        })
        .catch(() => img.classList.add("broken"));
    }
    return h(
      "li",
      { class: "attachment image" },
      h("button", {
        type: "button",
        class: "image-button",
        title: attachment.filename,
        onclick: () => viewImage(attachment),
      }, img),
    );
  }
  return h(
    "li",
    { class: "attachment file" },
    h(
      "button",
      {
        type: "button",
        class: "file-button",
        title: t("download", { name: attachment.filename }),
        dataset: { attachmentId: String(attachment.id) },
        onclick: () => downloadAttachment(attachment),
      },
      h("span", { class: "file-icon" }, icon("file")),
      h(
        "span",
        { class: "file-text" },
        h("span", { class: "file-name", text: attachment.filename }),
        h("span", { class: "file-size", text: humanSize(attachment.size) }),
      ),
      icon("download"),
    ),
  );
}

async function downloadAttachment(attachment) {
  try {
    const url = await attachmentUrl(attachment);
    const link = h("a", { href: url, download: attachment.filename, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
  } catch {
    toast(t("couldNotDownload"));
  }
}

async function viewImage(attachment) {
  try {
    $("viewer-image").src = await attachmentUrl(attachment);
    $("viewer-image").alt = attachment.filename;
    $("viewer").showModal();
  } catch {
    toast(t("couldNotOpenImage"));
  }
}

export function bindViewer() {
  $("viewer").addEventListener("click", (event) => {
    if (event.target === $("viewer")) $("viewer").close();
  });
}
