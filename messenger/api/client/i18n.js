// The client's own words in English and Russian, and the locale dates and times follow.
//
// Only what the client itself says is here: buttons, placeholders, labels, notices and
// the errors it composes. What people write (messages, names) and what the server says
// (its error messages) are shown as they come.
//
// The language is the one chosen in the menu (kept in localStorage), else the browser's
// first language that is Russian or English, else English. t(key, params) looks a word
// up; an entry may have plural forms (one/few/many/other), picked by params.count with
// Intl.PluralRules. The page's fixed words are marked in index.html with data-i18n (its
// text) and data-i18n-attrs ("placeholder=key,title=key"); applyStatic fills them in.

export const LANG_KEY = "messenger.lang";
export const LANGUAGES = { en: "English", ru: "Русский" };

const STRINGS = {
  en: {
    signIn: "Sign in",
    createAccount: "Create account",
    nickOrEmail: "Nick or email",
    password: "Password",
    nick: "Nick",
    name: "Name",
    email: "Email",
    nickHint: "5–32 letters, digits, _ . -",
    passwordHint: "at least 8 characters",
    ruleNick: "Use 5–32 letters, digits, dots, dashes or underscores.",
    ruleName: "Enter a name of up to 100 characters.",
    ruleEmail: "Enter a valid email address.",
    rulePassword: "Use 8 to 128 characters.",
    forgotPassword: "Forgot password?",
    resetTitle: "Reset your password",
    forgotIntro: "Enter the address of your account, and we will mail it a link to choose a new password.",
    sendLink: "Send the link",
    backToSignIn: "Back to sign in",
    resetLinkSent: "If an account has this address, we sent it a link.",
    newPasswordTitle: "Choose a new password",
    newPassword: "New password",
    repeatPassword: "Repeat the new password",
    changePassword: "Change password",
    passwordsDiffer: "The passwords do not match.",
    passwordChanged: "Password changed; sign in with it.",
    linkInvalid: "This link is invalid or has expired.",
    askNewLink: "Ask for a new link",
    verifyTitle: "Email confirmation",
    confirmingEmail: "Confirming your address…",
    emailConfirmed: "Your address is confirmed.",
    goToChats: "Go to your chats",
    verifyBanner: "Confirm your email address: we sent a link to {email}.",
    sendAgain: "Send again",
    linkSent: "Sent",
    tooManyRequests: "Too many requests, try later.",
    cannotReach: "Cannot reach the server. Check your connection.",
    cannotReachNow: "Cannot reach the server right now. Try again in a moment.",
    serverAnswered: "The server answered {status}",
    noConnection: "No connection",
    menu: "Menu",
    language: "Language",
    newChat: "New chat",
    newGroup: "New group",
    signOut: "Sign out",
    chats: "Chats",
    noConversations: "No conversations yet.",
    startChat: "Start a chat",
    yourMessages: "Your messages",
    pickConversation: "Pick a conversation on the left, or start a new one.",
    backToChats: "Back to chats",
    connecting: "Connecting…",
    couldNotLoadChats: "Could not load chats. Retrying…",
    group: "Group",
    you: "You",
    deletedUser: "Deleted user",
    noMessagesYet: "No messages yet",
    unreadCount: "{count} unread",
    mentioned: { one: "{count} unread mention", other: "{count} unread mentions" },
    mutedChat: "Muted",
    members: { one: "{count} member", other: "{count} members" },
    mute: "Mute notifications",
    unmute: "Unmute notifications",
    mutedToast: "Notifications of this chat are muted.",
    unmutedToast: "Notifications of this chat are on again.",
    loadingMessages: "Loading messages…",
    couldNotLoadMessages: "Could not load messages.",
    loadingOlder: "Loading older messages…",
    couldNotLoadOlder: "Could not load older messages.",
    beginning: "This is the beginning of the conversation",
    sayHello: "No messages yet. Say hello!",
    edited: "edited",
    edit: "Edit",
    editMessage: "Edit message",
    delete: "Delete",
    deleteMessage: "Delete message",
    reply: "Reply",
    replyMessage: "Reply to this message",
    react: "React",
    reactMessage: "Add a reaction",
    forward: "Forward",
    forwardMessage: "Forward this message",
    pin: "Pin",
    unpin: "Unpin",
    pinMessage: "Pin this message",
    unpinMessage: "Unpin this message",
    pinned: "Pinned",
    notSent: "Not sent",
    notSentOffline: "Not sent: no connection",
    notSentReason: "Not sent: {reason}",
    retry: "Retry",
    discard: "Discard",
    sending: "Sending",
    read: "Read",
    sent: "Sent",
    deletedMessage: "Deleted message",
    forwardedFrom: "Forwarded from {name}",
    messageGone: "That message is no longer there.",
    reactionMine: "{emoji} {count} (you reacted; click to take it back)",
    reactionOther: "{emoji} {count} (click to react too)",
    couldNotReact: "Could not change the reaction.",
    pinnedMessage: "Pinned message",
    pinnedCount: { one: "{count} pinned", other: "{count} pinned" },
    pinForbidden: "Only the group's owner can pin messages.",
    couldNotPin: "Could not change the pin.",
    editingMessage: "Editing message",
    cancel: "Cancel",
    replyingTo: "Replying to {name}",
    cancelReply: "Cancel the reply",
    attachFile: "Attach a file",
    writeMessage: "Write a message…",
    message: "Message",
    send: "Send",
    sendHint: "Send (Enter)",
    composerHint: "Enter to send · Shift+Enter for a new line",
    dropFiles: "Drop files to attach",
    mentionSuggestions: "People to mention",
    maxFiles: "At most {count} files per message.",
    uploading: "uploading…",
    tooLarge: "too large",
    failed: "failed",
    remove: "Remove {name}",
    waitForUploads: "Wait for the files to finish uploading.",
    notChangedOffline: "No connection: the message was not changed.",
    confirmDelete: "Delete this message for everyone?",
    notDeletedOffline: "No connection: the message was not deleted.",
    close: "Close",
    groupName: "Group name",
    searchPeople: "Search people by nick or name",
    searchPeopleLabel: "Search people",
    createGroup: "Create group",
    nobodyFound: "Nobody found",
    noOneElse: "No one else here yet",
    nameTheGroup: "Give the group a name.",
    forwardTo: "Forward to…",
    searchChats: "Search chats",
    noChatsFound: "No chats found",
    searchMessages: "Search messages",
    clearSearch: "Clear the search",
    searchResults: "Search results",
    searching: "Searching…",
    noMessagesFound: "No messages found",
    moreResults: "More results",
    couldNotSearch: "Could not search messages.",
    download: "Download {name}",
    couldNotDownload: "Could not download the file.",
    couldNotOpenImage: "Could not open the image.",
    today: "Today",
    yesterday: "Yesterday",
    bytes: "{n} B",
    kilobytes: "{n} KB",
    megabytes: "{n} MB",
    online: "online",
    onlineCount: { one: "{count} online", other: "{count} online" },
    lastSeenJustNow: "last seen just now",
    lastSeenMinutes: { one: "last seen {count} min ago", other: "last seen {count} min ago" },
    lastSeenHours: { one: "last seen {count} h ago", other: "last seen {count} h ago" },
    lastSeenYesterday: "last seen yesterday at {time}",
    lastSeenDate: "last seen {date}",
    typingOne: "{name} is typing…",
    typingTwo: "{first} and {second} are typing…",
    typingThree: "{first}, {second} and {third} are typing…",
    typingMore: {
      one: "{first}, {second} and {count} more are typing…",
      other: "{first}, {second} and {count} more are typing…",
    },
    typingShort: "typing…",
    typingCount: { one: "{count} person is typing…", other: "{count} people are typing…" },
  },
  ru: {
    signIn: "Войти",
    createAccount: "Создать аккаунт",
    nickOrEmail: "Ник или email",
    password: "Пароль",
    nick: "Ник",
    name: "Имя",
    email: "Email",
    nickHint: "5–32 латинские буквы, цифры, _ . -",
    passwordHint: "не меньше 8 символов",
    ruleNick: "От 5 до 32 латинских букв, цифр, точек, дефисов или подчёркиваний.",
    ruleName: "Введите имя длиной до 100 символов.",
    ruleEmail: "Введите правильный адрес email.",
    rulePassword: "От 8 до 128 символов.",
    forgotPassword: "Забыли пароль?",
    resetTitle: "Сброс пароля",
    forgotIntro: "Введите адрес вашего аккаунта, и мы пришлём на него ссылку для выбора нового пароля.",
    sendLink: "Отправить ссылку",
    backToSignIn: "Вернуться ко входу",
    resetLinkSent: "Если есть аккаунт с этим адресом, мы отправили на него ссылку.",
    newPasswordTitle: "Выберите новый пароль",
    newPassword: "Новый пароль",
    repeatPassword: "Повторите новый пароль",
    changePassword: "Сменить пароль",
    passwordsDiffer: "Пароли не совпадают.",
    passwordChanged: "Пароль изменён; войдите с ним.",
    linkInvalid: "Эта ссылка недействительна или устарела.",
    askNewLink: "Запросить новую ссылку",
    verifyTitle: "Подтверждение email",
    confirmingEmail: "Подтверждаем адрес…",
    emailConfirmed: "Ваш адрес подтверждён.",
    goToChats: "Перейти к чатам",
    verifyBanner: "Подтвердите адрес email: мы отправили ссылку на {email}.",
    sendAgain: "Отправить ещё раз",
    linkSent: "Отправлено",
    tooManyRequests: "Слишком много запросов, попробуйте позже.",
    cannotReach: "Нет связи с сервером. Проверьте подключение.",
    cannotReachNow: "Сервер сейчас недоступен. Попробуйте чуть позже.",
    serverAnswered: "Сервер ответил {status}",
    noConnection: "Нет подключения",
    menu: "Меню",
    language: "Язык",
    newChat: "Новый чат",
    newGroup: "Новая группа",
    signOut: "Выйти",
    chats: "Чаты",
    noConversations: "Пока нет ни одного разговора.",
    startChat: "Начать чат",
    yourMessages: "Ваши сообщения",
    pickConversation: "Выберите разговор слева или начните новый.",
    backToChats: "Назад к чатам",
    connecting: "Подключение…",
    couldNotLoadChats: "Не удалось загрузить чаты. Пробуем ещё раз…",
    group: "Группа",
    you: "Вы",
    deletedUser: "Удалённый пользователь",
    noMessagesYet: "Сообщений пока нет",
    unreadCount: "Непрочитанных: {count}",
    mentioned: "Непрочитанных упоминаний: {count}",
    mutedChat: "Без уведомлений",
    members: {
      one: "{count} участник",
      few: "{count} участника",
      many: "{count} участников",
      other: "{count} участника",
    },
    mute: "Отключить уведомления",
    unmute: "Включить уведомления",
    mutedToast: "Уведомления этого чата отключены.",
    unmutedToast: "Уведомления этого чата снова включены.",
    loadingMessages: "Загрузка сообщений…",
    couldNotLoadMessages: "Не удалось загрузить сообщения.",
    loadingOlder: "Загрузка более ранних сообщений…",
    couldNotLoadOlder: "Не удалось загрузить более ранние сообщения.",
    beginning: "Это начало разговора",
    sayHello: "Сообщений пока нет. Поздоровайтесь!",
    edited: "изменено",
    edit: "Изменить",
    editMessage: "Изменить сообщение",
    delete: "Удалить",
    deleteMessage: "Удалить сообщение",
    reply: "Ответить",
    replyMessage: "Ответить на это сообщение",
    react: "Реакция",
    reactMessage: "Добавить реакцию",
    forward: "Переслать",
    forwardMessage: "Переслать это сообщение",
    pin: "Закрепить",
    unpin: "Открепить",
    pinMessage: "Закрепить это сообщение",
    unpinMessage: "Открепить это сообщение",
    pinned: "Закреплено",
    notSent: "Не отправлено",
    notSentOffline: "Не отправлено: нет подключения",
    notSentReason: "Не отправлено: {reason}",
    retry: "Повторить",
    discard: "Убрать",
    sending: "Отправляется",
    read: "Прочитано",
    sent: "Отправлено",
    deletedMessage: "Удалённое сообщение",
    forwardedFrom: "Переслано от {name}",
    messageGone: "Этого сообщения больше нет.",
    reactionMine: "{emoji} {count} (ваша реакция; нажмите, чтобы убрать)",
    reactionOther: "{emoji} {count} (нажмите, чтобы присоединиться)",
    couldNotReact: "Не удалось изменить реакцию.",
    pinnedMessage: "Закреплённое сообщение",
    pinnedCount: {
      one: "{count} закреплённое",
      few: "{count} закреплённых",
      many: "{count} закреплённых",
      other: "{count} закреплённого",
    },
    pinForbidden: "Закреплять сообщения может только владелец группы.",
    couldNotPin: "Не удалось изменить закрепление.",
    editingMessage: "Редактирование сообщения",
    cancel: "Отмена",
    replyingTo: "Ответ пользователю {name}",
    cancelReply: "Отменить ответ",
    attachFile: "Прикрепить файл",
    writeMessage: "Напишите сообщение…",
    message: "Сообщение",
    send: "Отправить",
    sendHint: "Отправить (Enter)",
    composerHint: "Enter — отправить · Shift+Enter — новая строка",
    dropFiles: "Перетащите файлы, чтобы прикрепить",
    mentionSuggestions: "Кого упомянуть",
    maxFiles: "Не больше {count} файлов в одном сообщении.",
    uploading: "загрузка…",
    tooLarge: "слишком большой",
    failed: "ошибка",
    remove: "Убрать {name}",
    waitForUploads: "Дождитесь окончания загрузки файлов.",
    notChangedOffline: "Нет подключения: сообщение не изменено.",
    confirmDelete: "Удалить это сообщение у всех?",
    notDeletedOffline: "Нет подключения: сообщение не удалено.",
    close: "Закрыть",
    groupName: "Название группы",
    searchPeople: "Поиск людей по нику или имени",
    searchPeopleLabel: "Поиск людей",
    createGroup: "Создать группу",
    nobodyFound: "Никого не нашлось",
    noOneElse: "Здесь пока больше никого нет",
    nameTheGroup: "Дайте группе название.",
    forwardTo: "Переслать в…",
    searchChats: "Поиск чатов",
    noChatsFound: "Чаты не найдены",
    searchMessages: "Поиск сообщений",
    clearSearch: "Очистить поиск",
    searchResults: "Результаты поиска",
    searching: "Поиск…",
    noMessagesFound: "Сообщения не найдены",
    moreResults: "Ещё результаты",
    couldNotSearch: "Не удалось выполнить поиск.",
    download: "Скачать {name}",
    couldNotDownload: "Не удалось скачать файл.",
    couldNotOpenImage: "Не удалось открыть изображение.",
    today: "Сегодня",
    yesterday: "Вчера",
    bytes: "{n} Б",
    kilobytes: "{n} КБ",
    megabytes: "{n} МБ",
    online: "в сети",
    onlineCount: "{count} в сети",
    lastSeenJustNow: "был(а) только что",
    lastSeenMinutes: {
      one: "был(а) {count} минуту назад",
      few: "был(а) {count} минуты назад",
      many: "был(а) {count} минут назад",
      other: "был(а) {count} минуты назад",
    },
    lastSeenHours: {
      one: "был(а) {count} час назад",
      few: "был(а) {count} часа назад",
      many: "был(а) {count} часов назад",
      other: "был(а) {count} часа назад",
    },
    lastSeenYesterday: "был(а) вчера в {time}",
    lastSeenDate: "был(а) {date}",
    typingOne: "{name} печатает…",
    typingTwo: "{first} и {second} печатают…",
    typingThree: "{first}, {second} и {third} печатают…",
    typingMore: {
      one: "{first}, {second} и ещё {count} человек печатают…",
      few: "{first}, {second} и ещё {count} человека печатают…",
      many: "{first}, {second} и ещё {count} человек печатают…",
      other: "{first}, {second} и ещё {count} человека печатают…",
    },
    typingShort: "печатает…",
    typingCount: {
      one: "{count} человек печатает…",
      few: "{count} человека печатают…",
      many: "{count} человек печатают…",
      other: "{count} человека печатают…",
    },
  },
};

function browserLanguages() {
  const list = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  return list.filter(Boolean).map((tag) => String(tag));
}

function primary(tag) {
  return tag.toLowerCase().split("-")[0];
}

function detect() {
  let stored = null;
  try {
    stored = localStorage.getItem(LANG_KEY);
  } catch {
    // Storage may be off; the browser's language is used then.
  }
  if (stored && STRINGS[stored]) return stored;
  for (const tag of browserLanguages()) {
    if (primary(tag) === "ru") return "ru";
    if (primary(tag) === "en") return "en";
  }
  return "en";
}

let current = detect();
let plurals = new Intl.PluralRules(current);
const listeners = [];

export function lang() {
  return current;
}

// The locale dates and times are written in: the browser's own tag when it is of the
// chosen language (en-GB keeps a 24-hour clock), else the language itself.
export function locale() {
  return browserLanguages().find((tag) => primary(tag) === current) || current;
}

export function setLanguage(next) {
  if (!STRINGS[next] || next === current) return;
  current = next;
  plurals = new Intl.PluralRules(current);
  try {
    localStorage.setItem(LANG_KEY, next);
  } catch {
    // Not kept across reloads then.
  }
  document.documentElement.lang = current;
  applyStatic();
  for (const listener of listeners) listener(current);
}

export function onLanguageChange(listener) {
  listeners.push(listener);
}

export function t(key, params = {}) {
  let entry = STRINGS[current][key];
  if (entry === undefined) entry = STRINGS.en[key];
  if (entry === undefined) return key;
  if (typeof entry === "object") {
    const form = plurals.select(Number(params.count) || 0);
    entry = entry[form] || entry.other;
  }
  return entry.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

// The fixed words of the page: data-i18n="key" sets the element's text (only on
// elements that hold nothing else), data-i18n-attrs="placeholder=key,title=key" sets
// attributes.
export function applyStatic(root = document) {
  document.documentElement.lang = current;
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-attrs]")) {
    for (const pair of el.dataset.i18nAttrs.split(",")) {
      const [attribute, key] = pair.split("=").map((part) => part.trim());
      if (attribute && key) el.setAttribute(attribute, t(key));
    }
  }
}
