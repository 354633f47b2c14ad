"use strict";
// The customer document writes dates with the label Accord_Doc_DateFormat of the plan's language (the PDF in
// Apex with Datetime.formatGmt, the screen with src/core formatDatePattern): each language's pattern must write
// a date exactly as that language's locale does (Intl, numeric year, month and day), so a translator's edit that
// breaks it fails here.

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { readLabelCatalog } = require("../../preview/build/labels");

const catalog = readLabelCatalog(path.join(__dirname, "../.."));
const LABEL = "Accord_Doc_DateFormat";
const DATES = ["2026-07-01", "2027-12-31", "2026-03-05"];

/** The pattern language of spec/plan-locale.json (yyyy, MM, M, dd, d; the rest literal), as Java and Apex read it. */
function writeWithPattern(iso, pattern) {
  const [year, month, day] = iso.split("-");
  const parts = { yyyy: year, MM: month, M: String(Number(month)), dd: day, d: String(Number(day)) };
  return pattern.replace(/yyyy|MM|M|dd|d/g, (token) => parts[token]);
}

const intl = (language, iso) =>
  new Intl.DateTimeFormat(language.replace("_", "-"), {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone: "UTC"
  }).format(new Date(`${iso}T00:00:00Z`));

function patternProblems(patterns) {
  const problems = [];
  for (const [language, pattern] of Object.entries(patterns)) {
    for (const iso of DATES) {
      const written = writeWithPattern(iso, pattern);
      const expected = intl(language, iso);
      if (written !== expected)
        problems.push(`${language}: "${pattern}" writes ${iso} as "${written}", not "${expected}"`);
    }
  }
  return problems;
}

test("every language's document date pattern writes dates as its locale does", () => {
  const patterns = { en: catalog.en[LABEL] };
  for (const [language, labels] of Object.entries(catalog.translations)) patterns[language] = labels[LABEL];
  assert.equal(Object.keys(patterns).length, 8, "English and the seven translations");
  assert.deepEqual(patternProblems(patterns), []);
});

test("the check catches a pattern that is not the locale's (a German date written the American way)", () => {
  assert.deepEqual(patternProblems({ de: "MM/dd/yyyy" }).length, DATES.length);
  assert.deepEqual(patternProblems({ ja: "yyyy/MM/dd" }), []);
});
