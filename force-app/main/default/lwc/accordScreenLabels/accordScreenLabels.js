import getDocumentLabels from "@salesforce/apex/AccordPlanDocumentController.getDocumentLabels";
import LANG from "@salesforce/i18n/lang";
import LOCALE from "@salesforce/i18n/locale";
import { LABELS, formatLabel } from "c/accordLabels";
import { languageTag } from "c/accordCore";

/**
 * The language of the screen. The user's own, except while the screen faces the customer (customer mode): then
 * everything on it reads in the plan's language, as the customer document does. The workspace says which language
 * the screen speaks (showScreenIn); the components on it follow it (followScreen), so their labels and the locale of
 * their numbers change at once when customer mode or the plan changes:
 *
 *   export default class AccordX extends ScreenFollower(LightningElement) {
 *     labels = LABELS;
 *     locale;
 *
 * (A plain subscription, not a wire adapter: custom wire adapters are not supported on the Salesforce Platform.)
 *
 * Another language's labels come from the server (getDocumentLabels: System.Label.get with that language, as the PDF
 * reads them; the preview reads the translation files), each once per language and page: labelsIn is the one loader
 * of the screen, the customer document and the survey. A refusal from the
 * server reads in the user's language; refusalIn rewrites it in the screen's (see there).
 */

/** At most this many names per getDocumentLabels call (AccordPlanDocumentController.LABELS_PER_CALL). */
const LABELS_PER_CALL = 200;
const LABEL_NAMES = Object.keys(LABELS);
/** The user's language as a plan language value ("en-US" → "en_US"; "en" and "en_US" both speak it). */
const USER_LANGUAGE = (LANG || "en").replace("-", "_");
const USER_SCREEN = Object.freeze({ language: null, labels: LABELS, locale: (LOCALE || "en-US").replace("_", "-") });

/** Whether a plan language is the user's own: the screen needs no other labels for it. */
export function speaksUserLanguage(language) {
  if (!language) return true;
  const base = (tag) => tag.split("_")[0];
  return language === USER_LANGUAGE || language === base(USER_LANGUAGE) || base(language) === USER_LANGUAGE;
}

/**
 * Per language, each label's text there: a string once loaded, the promise of it while it loads (shared by all who
 * ask on this page, so two components asking at once make one call). A failed load is forgotten, to be asked again.
 */
const textsByLanguage = new Map();
/** Per language and list of names: the labels made of them, so the same list asked again gives the same object. */
const labelsByLanguage = new Map();

function textsIn(language) {
  if (!textsByLanguage.has(language)) textsByLanguage.set(language, new Map());
  return textsByLanguage.get(language);
}

/** Asks the server for the names not yet loaded or loading in a language, at most LABELS_PER_CALL a call. */
function loadMissing(language, names) {
  const texts = textsIn(language);
  const missing = names.filter((name) => !texts.has(name));
  for (let start = 0; start < missing.length; start += LABELS_PER_CALL) {
    const batch = missing.slice(start, start + LABELS_PER_CALL);
    const answer = getDocumentLabels({ language, names: batch.map((name) => `Accord_${name}`) });
    for (const name of batch) {
      // The default language's text where a label has no translation, as the platform falls back.
      const text = answer.then((fetched) => fetched[`Accord_${name}`] ?? LABELS[name]);
      text.then(
        (loaded) => texts.set(name, loaded),
        () => texts.get(name) === text && texts.delete(name)
      );
      texts.set(name, text);
    }
  }
}

/** LABELS with `names` in a language, when every one of them is loaded there; the same object for the same list. */
function loadedLabels(language, names) {
  const texts = textsIn(language);
  if (!names.every((name) => typeof texts.get(name) === "string")) return null;
  if (!labelsByLanguage.has(language)) labelsByLanguage.set(language, new WeakMap());
  const byNames = labelsByLanguage.get(language);
  if (!byNames.has(names)) {
    const labels = { ...LABELS };
    for (const name of names) labels[name] = texts.get(name);
    byNames.set(names, Object.freeze(labels));
  }
  return byNames.get(names);
}

/**
 * Accord's labels (by name without Accord_, as LABELS) with `names` (all of them when absent) in a plan language,
 * the default language's text where a label has no translation; the others as LABELS. Only the names not loaded on
 * this page yet are asked for. The user's own language needs no call.
 */
export function labelsIn(language, names = LABEL_NAMES) {
  if (speaksUserLanguage(language)) return Promise.resolve(LABELS);
  loadMissing(language, names);
  const texts = textsIn(language);
  return Promise.all(names.map((name) => texts.get(name))).then(() => loadedLabels(language, names));
}

/** As labelsIn, now: the labels when all are already loaded on this page (no wait, no spinner), else null. */
export function labelsLoadedIn(language, names = LABEL_NAMES) {
  return speaksUserLanguage(language) ? LABELS : loadedLabels(language, names);
}

// ---------- the screen's language, for every component on the page ----------

let screen = USER_SCREEN;
/** The language last asked for: a slower, older load never wins over it. */
let requested = null;
/** The listeners of those who follow the screen (followScreen). */
const followers = new Set();

function show(next) {
  screen = next;
  for (const follower of followers) follower.listener(screen);
}

/**
 * The screen speaks `language` (a plan language) from now on; null or the user's own language: the user's. Until
 * that language's labels are loaded the screen keeps its current ones; if they cannot be loaded, the user's stay
 * (the screen still works), and the returned promise says so (false).
 */
export function showScreenIn(language) {
  const wanted = speaksUserLanguage(language) ? null : language;
  if (wanted === requested && (wanted === null || screen.language === wanted)) return Promise.resolve(true);
  requested = wanted;
  if (wanted === null) {
    show(USER_SCREEN);
    return Promise.resolve(true);
  }
  return labelsIn(wanted).then(
    (labels) => {
      if (requested === wanted) show(Object.freeze({ language: wanted, labels, locale: languageTag(wanted) }));
      return true;
    },
    () => {
      if (requested === wanted) {
        requested = null;
        show(USER_SCREEN);
      }
      return false;
    }
  );
}

/** The plan language the screen speaks, or null for the user's own. */
export function screenLanguage() {
  return screen.language;
}

/**
 * Follows the screen's language: `listener` gets { language, labels, locale } (labels as LABELS; locale the BCP 47
 * tag numbers and dates are written in: the user's, or the plan language's) at once and on every change, until
 * stopFollowingScreen(the returned subscription).
 */
export function followScreen(listener) {
  const subscription = { listener };
  followers.add(subscription);
  listener(screen);
  return subscription;
}

/** Ends a followScreen subscription (a component's disconnectedCallback); nothing for none. */
export function stopFollowingScreen(subscription) {
  followers.delete(subscription);
}

/**
 * Keeps a component's `labels` (and `locale`, where it declares one) in the screen's language: the usual follower,
 * from its connectedCallback. Returns the subscription for stopFollowingScreen.
 */
export function followScreenOn(component) {
  // Only a declared field is reactive; an undeclared `locale` would be an unused expando on the component.
  const followsLocale = "locale" in component;
  return followScreen(({ labels, locale }) => {
    component.labels = labels;
    if (followsLocale) component.locale = locale;
  });
}

/**
 * The base of a component that follows the screen's language while it is on the page (followScreenOn), as
 * NavigationMixin is: `extends ScreenFollower(LightningElement)`. Its own connectedCallback or disconnectedCallback
 * calls super's first.
 */
export const ScreenFollower = (Base) =>
  class extends Base {
    connectedCallback() {
      this._screen = followScreenOn(this);
    }

    disconnectedCallback() {
      stopFollowingScreen(this._screen);
      this._screen = null;
    }
  };

// ---------- refusals ----------

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The values a message was made of: the message is `template` with {0}, {1}… filled (the server formats its
 * refusals so, from the label Accord_Error_<code>); null when it is not.
 */
function valuesOf(template, message) {
  const order = [];
  const source = String(template)
    .split(/(\{\d+\})/)
    .map((part) => {
      const placeholder = /^\{(\d+)\}$/.exec(part);
      if (!placeholder) return escapeRegExp(part);
      order.push(Number(placeholder[1]));
      return "([\\s\\S]*?)";
    })
    .join("");
  const match = new RegExp(`^${source}$`).exec(message);
  if (!match) return null;
  const values = [];
  order.forEach((index, position) => {
    if (values[index] === undefined) values[index] = match[position + 1];
  });
  return values;
}

/** Refusal labels: those named after a code (Error_<CODE>, Issue_<CODE>) and a rule's own (Error_InvalidDate). */
const REFUSAL_LABELS = LABEL_NAMES.filter((name) => /^(Error|Issue)_/.test(name));
/** A label matched without its code must say something besides its values, or it would match any message. */
const MIN_LITERAL = 12;
const literalLength = (template) =>
  String(template)
    .replace(/\{\d+\}/g, "")
    .trim().length;

/**
 * A refusal ({ code, message } from parseApexError) as the screen reads it. The server writes its refusals in the
 * user's language from a label: the one named after the code (Accord_Error_<code>, or Accord_Issue_<code>), else a
 * rule's own (INVALID_VALUE from Accord_Error_InvalidDate). In another screen language that label is taken in that
 * language, with the values the server put in the user's message (a name, a date: as the server wrote them). A
 * message that is no label of Accord (an org's validation rule, an unexpected error) stays as the server wrote it:
 * better in the user's language than not at all.
 */
export function refusalIn(refusal, labels) {
  const message = refusal ? refusal.message : null;
  if (!message || labels === LABELS) return message;
  const named = refusal.code
    ? [`Error_${refusal.code}`, `Issue_${refusal.code}`].filter((name) => REFUSAL_LABELS.includes(name))
    : [];
  const candidates = [...named, ...REFUSAL_LABELS.filter((name) => literalLength(LABELS[name]) >= MIN_LITERAL)];
  for (const name of candidates) {
    const values = valuesOf(LABELS[name], message);
    if (values && labels[name] !== undefined) return formatLabel(labels[name], ...values);
  }
  return message;
}
