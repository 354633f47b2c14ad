"use strict";
// Reads the object, field, validation-rule and global value set translations from force-app into plain
// objects, so tests/model/object-translations.test.js can check them (and mutated copies) against the
// object metadata that objectModel.js reads.

const fs = require("node:fs");
const path = require("node:path");
const { XMLParser } = require("fast-xml-parser");
const { DEFAULT } = require("./objectModel");

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) =>
    ["caseValues", "layouts", "picklistValues", "sections", "validationRules", "valueTranslation"].includes(name)
});
const readXml = (file) => parser.parse(fs.readFileSync(file, "utf8"));
const listDir = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

const OBJECT_SUFFIX = ".objectTranslation-meta.xml";
const FIELD_SUFFIX = ".fieldTranslation-meta.xml";
const VALUE_SET_SUFFIX = ".globalValueSetTranslation-meta.xml";

/** "Customer_Need__c-zh_CN" → { object: "Customer_Need__c", language: "zh_CN" } (object names hold no "-"). */
function splitName(name) {
  const at = name.indexOf("-");
  return at < 0 ? { object: name, language: "" } : { object: name.slice(0, at), language: name.slice(at + 1) };
}

/**
 * objectTranslations/<Object>-<lang>/: { "<Object>-<lang>" → { object, language, translation, fields: Map,
 * files: [names of files that are neither the object file nor a field file] } }.
 */
function loadObjectTranslations(dir = path.join(DEFAULT, "objectTranslations")) {
  const result = new Map();
  for (const folder of listDir(dir).filter((name) => fs.statSync(path.join(dir, name)).isDirectory())) {
    const objectFile = path.join(dir, folder, folder + OBJECT_SUFFIX);
    const translation = fs.existsSync(objectFile) ? readXml(objectFile).CustomObjectTranslation || {} : null;
    const fields = new Map();
    const files = [];
    for (const file of listDir(path.join(dir, folder))) {
      if (file === folder + OBJECT_SUFFIX) continue;
      if (!file.endsWith(FIELD_SUFFIX)) {
        files.push(file);
        continue;
      }
      const field = readXml(path.join(dir, folder, file)).CustomFieldTranslation || {};
      fields.set(file.slice(0, -FIELD_SUFFIX.length), field);
    }
    result.set(folder, { ...splitName(folder), translation, fields, files });
  }
  return result;
}

/** globalValueSetTranslations/<Set>-<lang>…: { "<Set>-<lang>" → { set, language, values: [{ masterLabel, translation }] } }. */
function loadValueSetTranslations(dir = path.join(DEFAULT, "globalValueSetTranslations")) {
  const result = new Map();
  for (const file of listDir(dir).filter((name) => name.endsWith(VALUE_SET_SUFFIX))) {
    const name = file.slice(0, -VALUE_SET_SUFFIX.length);
    const { object: set, language } = splitName(name);
    const doc = readXml(path.join(dir, file)).GlobalValueSetTranslation || {};
    result.set(name, { set, language, values: doc.valueTranslation || [] });
  }
  return result;
}

module.exports = { loadObjectTranslations, loadValueSetTranslations };
