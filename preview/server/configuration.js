"use strict";
// AccordConfiguration (src/core/contract.ts) from the custom metadata records of the project: the packaged
// global defaults plus the starter configuration, as in an org after `npm run config:starter`, read by src/core's
// recordsToConfiguration (one reading for the seed and the configuration console).

const fs = require("node:fs");
const path = require("node:path");
const { XMLParser } = require("fast-xml-parser");

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false });
const asArray = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Records of every custom metadata type: [{ type, developerName, label, fields: { Field__c: text } }]. */
function readCustomMetadataRecords(folders) {
  const records = [];
  for (const folder of folders.filter((f) => fs.existsSync(f))) {
    for (const name of fs
      .readdirSync(folder)
      .filter((n) => n.endsWith(".md-meta.xml"))
      .sort()) {
      const [type, developerName] = name.slice(0, -".md-meta.xml".length).split(".");
      const doc = parser.parse(fs.readFileSync(path.join(folder, name), "utf8")).CustomMetadata;
      if (!doc) throw new Error(`${path.join(folder, name)}: expected a <CustomMetadata> root element`);
      const fields = {};
      for (const value of asArray(doc.values))
        fields[value.field] = value.value === "" || value.value === undefined ? null : String(value.value);
      records.push({ type, developerName, label: String(doc.label), fields, file: path.join(folder, name) });
    }
  }
  return records;
}

const ROOT = path.resolve(__dirname, "../..");
const METADATA_FOLDERS = ["force-app/main/default/customMetadata", "config/starter/customMetadata"];
const WHOLE_NUMBER = /^-?\d+(\.0*)?$/;

/**
 * The project's custom metadata as ConfigurationRecords (src/core/config/metadataTypes.ts), numbers written as whole
 * numbers ("15", not "15.0"): what the console's getConfigurationRecords returns, and what the configuration is read from.
 * @param {import("./core").ConfigCore} configCore
 * @returns {import("../../src/core/config/metadataTypes").ConfigurationRecord[]} (types as the file names give them)
 */
function readConfigurationRecords(configCore, root = ROOT) {
  const numberFields = new Set(
    configCore.CONFIGURATION_TYPES.flatMap((t) =>
      t.fields.filter((f) => f.kind === "Number").map((f) => `${t.name}.${f.name}`)
    )
  );
  return readCustomMetadataRecords(METADATA_FOLDERS.map((f) => path.join(root, f))).map((r) => ({
    type: /** @type {any} */ (r.type),
    developerName: r.developerName,
    label: r.label,
    values: Object.fromEntries(
      Object.entries(r.fields).map(([field, value]) => [
        field,
        value !== null && numberFields.has(`${r.type}.${field}`) && WHOLE_NUMBER.test(value)
          ? String(Number(value))
          : value
      ])
    )
  }));
}

/**
 * The configuration the rules read, from the project's records by src/core's recordsToConfiguration (as the console
 * rebuilds it after a deployment); records the rules refuse (checkConfigurationRecords) stop the preview with each
 * problem, as a deployment would refuse them.
 * @param {import("./core").ConfigCore} configCore
 */
function readConfiguration(configCore, root = ROOT) {
  const records = readConfigurationRecords(configCore, root);
  const issues = configCore.checkConfigurationRecords(records);
  if (issues.length > 0) {
    throw new Error(`customMetadata: ${issues.map((issue) => issue.message).join("; ")}`);
  }
  return configCore.recordsToConfiguration(records);
}

module.exports = { readConfiguration, readConfigurationRecords, readCustomMetadataRecords };
