/**
 * The plan's locale: how the customer document writes dates and people's names in the plan's language
 * (Plan_Language__c), and which language a new plan starts in for an account's country.
 * - Dates: the document prints dates with the pattern of the label Accord_Doc_DateFormat in the plan's
 *   language (the label is the one owner: the PDF formats with it in Apex, the screen with formatDatePattern;
 *   tests/model/date-formats.test.js checks each language's pattern writes dates as Intl does for that locale).
 *   Patterns use yyyy, MM, M, dd, d; any other character is literal (spec/plan-locale.json).
 * (People's names in a language's order: text/personName.ts.)
 */
import type { LANGUAGES } from "../values";

type Language = (typeof LANGUAGES)[number];

/** The BCP 47 tag of a plan language, for Intl and the lang attribute: "zh_CN" → "zh-CN". */
export function languageTag(language: string | null | undefined): string {
  return (language || "en").replace("_", "-");
}

const PATTERN_TOKEN = /yyyy|MM|M|dd|d/g;

/**
 * An ISO date (YYYY-MM-DD, or the date part of an ISO date-time, in UTC) written with a date pattern; null for
 * a blank or unreadable value.
 */
export function formatDatePattern(iso: string | null | undefined, pattern: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  if (!match) return null;
  const [, year, month, day] = match;
  const parts: Record<string, string> = {
    yyyy: year,
    MM: month,
    M: String(Number(month)),
    dd: day,
    d: String(Number(day))
  };
  return pattern.replace(PATTERN_TOKEN, (token) => parts[token]);
}

/**
 * The language a new plan starts in for an account's country (ISO 3166-1 alpha-2): the country's language when
 * the plan can be written in it, else the fallback (the user's own language, or English).
 */
const LANGUAGE_OF_COUNTRY: Readonly<Record<string, Language>> = {
  DE: "de",
  AT: "de",
  CH: "de",
  LI: "de",
  FR: "fr",
  MC: "fr",
  LU: "fr",
  ES: "es",
  MX: "es",
  AR: "es",
  CO: "es",
  CL: "es",
  PE: "es",
  IT: "it",
  SM: "it",
  JP: "ja",
  KR: "ko",
  CN: "zh_CN",
  SG: "en",
  GB: "en",
  US: "en",
  IE: "en",
  AU: "en",
  CA: "en",
  NZ: "en"
};

export function planLanguageForCountry(countryCode: string | null | undefined, fallback: Language): Language {
  return LANGUAGE_OF_COUNTRY[(countryCode || "").toUpperCase()] ?? fallback;
}
