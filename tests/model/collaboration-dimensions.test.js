"use strict";
// Every collaboration dimension the product ships (Collaboration_Dimension__mdt records in the package and in the
// starter configuration) reads in every language: the survey and the card name it by the label
// Accord_Dimension_<code> and explain it by Accord_DimensionHelp_<code> (c/accordCollaborationSurvey names.js), and
// its record holds the admin-facing Description__c. A dimension an admin adds later has no such labels: the survey
// then shows its configured label and Accord_Survey_DimensionHelpFallback, which must exist in every language too.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { readLabelCatalog } = require("../../preview/build/labels");
const { loadValues } = require("../../scripts/lib/core-source");

const ROOT = path.join(__dirname, "../..");
const RECORD_DIRS = ["force-app/main/default/customMetadata", "config/starter/customMetadata"];
const PREFIX = "Collaboration_Dimension.";

/** The shipped dimension records: code → the record's Description__c (null when it has none). */
function shippedDimensions() {
  const dimensions = new Map();
  for (const dir of RECORD_DIRS) {
    const full = path.join(ROOT, dir);
    if (!fs.existsSync(full)) continue;
    for (const file of fs.readdirSync(full)) {
      if (!file.startsWith(PREFIX) || !file.endsWith(".md-meta.xml")) continue;
      const code = file.slice(PREFIX.length, -".md-meta.xml".length);
      const text = fs.readFileSync(path.join(full, file), "utf8");
      const match = text.match(
        /<field>Description__c<\/field>\s*<value(?: [^>]*)?>([\s\S]*?)<\/value>|<field>Description__c<\/field>\s*<value[^>]*\/>/
      );
      dimensions.set(code, match && match[1] && match[1].trim() !== "" ? match[1].trim() : null);
    }
  }
  return dimensions;
}

/** "<problem>" for every dimension without its description, names or explanations, in any language. */
function gaps(dimensions, catalog, languages) {
  const problems = [];
  for (const [code, description] of dimensions) {
    if (!description) problems.push(`${code}: the record has no Description__c`);
    for (const name of [`Accord_Dimension_${code}`, `Accord_DimensionHelp_${code}`]) {
      for (const language of languages) {
        const labels = language === "en" ? catalog.en : catalog.translations[language] || {};
        if (!labels[name] || labels[name].trim() === "") problems.push(`${code}: ${name} has no ${language} text`);
      }
    }
  }
  // A label for a dimension that is not shipped names nothing (a renamed or removed record).
  for (const name of Object.keys(catalog.en)) {
    const match = name.match(/^Accord_Dimension(?:Help)?_(.+)$/);
    if (match && !dimensions.has(match[1])) problems.push(`${name}: no shipped dimension ${match[1]}`);
  }
  return problems;
}

const catalog = readLabelCatalog(ROOT);
const { LANGUAGES } = loadValues();

test("every shipped collaboration dimension has its description, name and explanation in every language", () => {
  const dimensions = shippedDimensions();
  assert.equal(dimensions.size, 6, `the six shipped dimensions: ${[...dimensions.keys()].join(", ")}`);
  assert.deepEqual(gaps(dimensions, catalog, LANGUAGES), []);
});

test("a dimension an admin adds is explained by the fallback, which exists in every language", () => {
  for (const language of LANGUAGES) {
    const labels = language === "en" ? catalog.en : catalog.translations[language] || {};
    assert.ok(labels.Accord_Survey_DimensionHelpFallback, `Accord_Survey_DimensionHelpFallback in ${language}`);
  }
});

test("the dimension check finds a missing description, a missing translation and an orphan label", () => {
  const fixture = {
    en: { Accord_Dimension_A: "A", Accord_DimensionHelp_A: "About A", Accord_Dimension_Gone: "Gone" },
    translations: { de: { Accord_Dimension_A: "A", Accord_DimensionHelp_A: "" } }
  };
  assert.deepEqual(gaps(new Map([["A", null]]), fixture, ["en", "de"]), [
    "A: the record has no Description__c",
    "A: Accord_DimensionHelp_A has no de text",
    "Accord_Dimension_Gone: no shipped dimension Gone"
  ]);
  assert.deepEqual(gaps(new Map([["A", "About A"]]), { ...fixture, en: { ...fixture.en } }, ["en"]), [
    "Accord_Dimension_Gone: no shipped dimension Gone"
  ]);
});
