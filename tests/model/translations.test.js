"use strict";
// Every custom label is translated into each language DESIGN.md names, keeping its placeholders,
// so a German or Korean user never meets an English string or a broken "{0}".

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { readLabelCatalog } = require("../../preview/build/labels");

const LANGUAGES = ["de", "fr", "es", "it", "ja", "ko", "zh_CN"];
const placeholders = (text) => [...new Set(text.match(/\{\d+\}/g) || [])].sort().join(" ");

/** Problems of one language's translations against the English labels, one line each. */
function translationProblems(en, translated, language) {
  if (!translated) return [`${language}: no translations/${language}.translation-meta.xml`];
  const problems = [];
  for (const [name, value] of Object.entries(en)) {
    const text = translated[name];
    if (text === undefined) problems.push(`${language}: ${name} is not translated`);
    else if (!text.trim()) problems.push(`${language}: ${name} is empty`);
    else if (placeholders(text) !== placeholders(value)) {
      problems.push(
        `${language}: ${name} has placeholders [${placeholders(text)}], English has [${placeholders(value)}]`
      );
    }
  }
  return problems;
}

const catalog = readLabelCatalog(path.join(__dirname, "../.."));

test("every label is translated into de, fr, es, it, ja, ko and zh_CN with the same placeholders", () => {
  const problems = LANGUAGES.flatMap((language) =>
    translationProblems(catalog.en, catalog.translations[language], language)
  );
  assert.deepEqual(problems, []);
});

test("the translation check catches a missing language, a missing label, an empty one and a lost placeholder", () => {
  const en = { Accord_A: "Saved {0} of {1}", Accord_B: "Share", Accord_C: "Close" };
  assert.deepEqual(translationProblems(en, undefined, "fr"), ["fr: no translations/fr.translation-meta.xml"]);
  assert.deepEqual(translationProblems(en, { Accord_A: "{1} von {0} gespeichert", Accord_B: " " }, "de"), [
    "de: Accord_B is empty",
    "de: Accord_C is not translated"
  ]);
  assert.deepEqual(translationProblems(en, { Accord_A: "{0} 保存", Accord_B: "共有", Accord_C: "閉じる" }, "ja"), [
    "ja: Accord_A has placeholders [{0}], English has [{0} {1}]"
  ]);
});
