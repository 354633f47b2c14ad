/**
 * A person's name in the order of a language: family name first for Japanese, Korean and Chinese
 * readers ("田中 美咲", "김민준"), given name first otherwise ("Lena Fischer"). A name written in
 * CJK script is family name first for every reader, as its owner writes it (a German user reads
 * "김민준", not "민준 김"). Names in CJK script join without a space, except for Japanese readers,
 * who get one space, as business cards and Salesforce show it.
 */
const FAMILY_FIRST = new Set(["ja", "ko", "zh"]);
const CJK = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;

export interface PersonNameParts {
  firstName: string | null;
  lastName: string | null;
}

/** The base language of a Salesforce language or locale code: zh_CN → zh, de-AT → de. */
function baseLanguage(language: string): string {
  return language.split(/[_-]/)[0].toLowerCase();
}

export function isFamilyNameFirst(language: string): boolean {
  return FAMILY_FIRST.has(baseLanguage(language));
}

/** The name as a reader of `language` expects it; blank parts are left out. */
export function personName(parts: PersonNameParts, language: string): string {
  const given = (parts.firstName ?? "").trim();
  const family = (parts.lastName ?? "").trim();
  if (given === "" || family === "") return given || family;
  const cjkName = CJK.test(given) && CJK.test(family);
  if (!isFamilyNameFirst(language) && !cjkName) return `${given} ${family}`;
  const joiner = baseLanguage(language) !== "ja" && cjkName ? "" : " ";
  return `${family}${joiner}${given}`;
}
