import getDocumentLabels from "@salesforce/apex/AccordPlanDocumentController.getDocumentLabels";
import LANG from "@salesforce/i18n/lang";
import LOCALE from "@salesforce/i18n/locale";
import { LABELS, formatLabel } from "c/accordLabels";
import { languageTag } from "c/accordCore";

/**
 * The language of the screen. The user's own, except while the screen faces the customer (customer mode): then
 * everything on it reads in the plan's language, as the customer document does. The workspace says which language
 * the screen speaks (showScreenIn); the components on it read their labels with the wire adapter screenLabels and
 * the locale of their numbers with screenLocale, so they follow at once when customer mode or the plan changes:
 *
 *   @wire(screenLabels) labels = LABELS;
 *
 * Another language's labels come from the server (getDocumentLabels: System.Label.get with that language, as the PDF
 * reads them; the preview reads the translation files), all of them, once per language and page. A refusal from the
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

/** Every label in a language, by language: a promise each, shared by all who ask on this page. */
const labelsByLanguage = new Map();

/**
 * Every label of Accord (by name without Accord_, as LABELS) in a plan language; the default language's text where
 * a label has no translation, as the platform falls back. The user's own language needs no call.
 */
export function labelsIn(language) {
  if (speaksUserLanguage(language)) return Promise.resolve(LABELS);
  if (!labelsByLanguage.has(language)) {
    const calls = [];
    for (let start = 0; start < LABEL_NAMES.length; start += LABELS_PER_CALL) {
      const names = LABEL_NAMES.slice(start, start + LABELS_PER_CALL).map((name) => `Accord_${name}`);
      calls.push(getDocumentLabels({ language, names }));
    }
    const loading = Promise.all(calls).then((answers) => {
      const fetched = Object.assign({}, ...answers);
      const labels = {};
      for (const name of LABEL_NAMES) labels[name] = fetched[`Accord_${name}`] ?? LABELS[name];
      return Object.freeze(labels);
    });
    // A failed load is asked again next time (the network may be back).
    loading.catch(() => labelsByLanguage.delete(language));
    labelsByLanguage.set(language, loading);
  }
  return labelsByLanguage.get(language);
}

// ---------- the screen's language, for every component on the page ----------

let screen = USER_SCREEN;
/** The language last asked for: a slower, older load never wins over it. */
let requested = null;
const adapters = new Set();

function show(next) {
  screen = next;
  for (const adapter of adapters) adapter.emit();
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

/** A wire adapter that hands its component one view of the screen's language, now and on every change. */
class ScreenAdapter {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }
  connect() {
    adapters.add(this);
  }
  disconnect() {
    adapters.delete(this);
  }
  update() {
    this.emit();
  }
  emit() {
    this.dataCallback(this.view(screen));
  }
}

/** @wire(screenLabels): every label (as LABELS) in the screen's language. */
export class screenLabels extends ScreenAdapter {
  view(current) {
    return current.labels;
  }
}

/** @wire(screenLocale): the BCP 47 tag the screen writes numbers in (the user's locale, or the plan language's). */
export class screenLocale extends ScreenAdapter {
  view(current) {
    return current.locale;
  }
}

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
