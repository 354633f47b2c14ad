"use strict";
// Custom labels and their translations, read from the project's metadata, for @salesforce/label/c.*.

const fs = require("node:fs");
const path = require("node:path");
const { XMLParser } = require("fast-xml-parser");

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: false });
const asArray = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** { fullName → English value } from CustomLabels.labels-meta.xml (empty when the file is missing). */
function readCustomLabels(file) {
  if (!fs.existsSync(file)) return {};
  const doc = parser.parse(fs.readFileSync(file, "utf8"));
  if (!doc.CustomLabels) throw new Error(`${file}: expected a <CustomLabels> root element`);
  const labels = {};
  for (const entry of asArray(doc.CustomLabels.labels)) {
    if (!entry.fullName) throw new Error(`${file}: a <labels> entry has no <fullName>`);
    labels[entry.fullName] = String(entry.value ?? "");
  }
  return labels;
}

/** { language → { label name → translated value } } from translations/*.translation-meta.xml. */
function readTranslations(folder, knownLabels) {
  const result = {};
  if (!fs.existsSync(folder)) return result;
  for (const name of fs
    .readdirSync(folder)
    .filter((n) => n.endsWith(".translation-meta.xml"))
    .sort()) {
    const file = path.join(folder, name);
    const language = name.slice(0, -".translation-meta.xml".length);
    const doc = parser.parse(fs.readFileSync(file, "utf8"));
    if (!doc.Translations) throw new Error(`${file}: expected a <Translations> root element`);
    const labels = {};
    for (const entry of asArray(doc.Translations.customLabels)) {
      if (!(entry.name in knownLabels)) {
        throw new Error(`${file}: translation of unknown custom label "${entry.name}" (not in CustomLabels)`);
      }
      labels[entry.name] = String(entry.label ?? "");
    }
    result[language] = labels;
  }
  return result;
}

function readLabelCatalog(root) {
  const labelsFile = path.join(root, "force-app/main/default/labels/CustomLabels.labels-meta.xml");
  const translationsFolder = path.join(root, "force-app/main/default/translations");
  const en = readCustomLabels(labelsFile);
  return { labelsFile, translationsFolder, en, translations: readTranslations(translationsFolder, en) };
}

module.exports = { readLabelCatalog };
