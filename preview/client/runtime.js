// What the org provides at run time, in the preview: the user, locale and form factor (from the URL,
// as a reload after changing them in Salesforce does), and the custom labels in the user's language.
import LABELS from "accord-preview:labels";

/** Preview locales: Salesforce language code of the translation file → browser locale. */
export const LOCALES = {
  en_US: "en-US",
  de: "de-DE",
  fr: "fr-FR",
  es: "es-ES",
  it: "it-IT",
  ja: "ja-JP",
  ko: "ko-KR",
  zh_CN: "zh-CN"
};

const params = new URLSearchParams(window.location.search);

/** The language chosen with ?lang= (Salesforce language code), en_US when absent or unknown. */
export const language = params.get("lang") in LOCALES ? params.get("lang") : "en_US";

export const i18n = {
  locale: LOCALES[language],
  lang: LOCALES[language].startsWith("en") ? "en-US" : LOCALES[language].split("-")[0],
  dir: "ltr"
};

/** Small = the Salesforce mobile app (phone), Large = desktop. */
export const formFactor = params.get("formFactor") === "Small" ? "Small" : "Large";

export const user = { userId: "005000000000001AAA", isGuest: false };

/** The preview user is a plan manager who may sign and configure: every custom permission is granted. */
export function hasCustomPermission() {
  return true;
}

/** A custom label in the user's language, falling back to the master (en_US) value as Salesforce does. */
export function label(name) {
  const translated = LABELS[language] && LABELS[language][name];
  return translated ? translated : LABELS.en_US[name];
}

/** Languages that have a translation file, for the locale selector (always includes en_US). */
export const availableLanguages = Object.keys(LOCALES).filter((code) => code === "en_US" || code in LABELS);

/** The record the page shows (used by CurrentPageReference): a plan with ?plan=, else the account. */
export const objectApiName = params.get("plan") ? "Customer_Account_Plan__c" : "Account";
export const recordId = params.get("plan") || params.get("account");
