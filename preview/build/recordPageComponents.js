"use strict";
// The LWC bundles to place on the preview's Account record page: those exposed on lightning__RecordPage
// (for Account, or for any object when the bundle does not restrict objects).

const fs = require("node:fs");
const path = require("node:path");
const { XMLParser } = require("fast-xml-parser");

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false });
const asArray = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Objects a record-page targetConfig allows, or null when it does not restrict them. */
function recordPageObjects(bundle) {
  const configs = asArray(bundle.targetConfigs && bundle.targetConfigs.targetConfig);
  const forRecordPage = configs.filter((c) =>
    String(c["@targets"] || "")
      .split(",")
      .map((t) => t.trim())
      .includes("lightning__RecordPage")
  );
  const objects = forRecordPage.flatMap((c) => asArray(c.objects && c.objects.object));
  return objects.length > 0 ? objects : null;
}

/** What a record page sets on a component: Lightning sets recordId and objectApiName only where they are @api. */
const RECORD_PAGE_PROPERTIES = ["recordId", "objectApiName"];

function recordPageProperties(lwcFolder, name) {
  const file = path.join(lwcFolder, name, `${name}.js`);
  const source = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  return RECORD_PAGE_PROPERTIES.filter((property) => new RegExp(`@api\\s+(?:get\\s+)?${property}\\b`).test(source));
}

/** Every exposed LWC bundle of the folder, by name, with its parsed js-meta.xml. */
function exposedBundles(lwcFolder) {
  if (!fs.existsSync(lwcFolder)) return [];
  const found = [];
  for (const name of fs.readdirSync(lwcFolder).sort()) {
    const meta = path.join(lwcFolder, name, `${name}.js-meta.xml`);
    if (!fs.existsSync(meta)) continue;
    const bundle = parser.parse(fs.readFileSync(meta, "utf8")).LightningComponentBundle;
    if (!bundle) throw new Error(`${meta}: expected a <LightningComponentBundle> root element`);
    if (String(bundle.isExposed) === "true") found.push({ name, bundle });
  }
  return found;
}

const targetsOf = (bundle) => asArray(bundle.targets && bundle.targets.target);

function findRecordPageComponents(lwcFolder, objectApiName = "Account") {
  return exposedBundles(lwcFolder)
    .filter(({ bundle }) => targetsOf(bundle).includes("lightning__RecordPage"))
    .filter(({ bundle }) => {
      const objects = recordPageObjects(bundle);
      return !objects || objects.includes(objectApiName);
    })
    .map(({ name, bundle }) => ({
      name,
      label: bundle.masterLabel || name,
      properties: recordPageProperties(lwcFolder, name)
    }));
}

/** The LWC bundles exposed on app pages (lightning__AppPage): the preview shows each as its own page (?app=). */
function findAppPageComponents(lwcFolder) {
  return exposedBundles(lwcFolder)
    .filter(({ bundle }) => targetsOf(bundle).includes("lightning__AppPage"))
    .map(({ name, bundle }) => ({ name, label: bundle.masterLabel || name }));
}

module.exports = { findRecordPageComponents, findAppPageComponents };
