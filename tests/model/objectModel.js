"use strict";
// Reads the Accord data model and its access metadata from force-app into plain objects, so
// model tests can check them and check mutated copies (structuredClone) the same way.

const fs = require("node:fs");
const path = require("node:path");
const { XMLParser } = require("fast-xml-parser");
const { apexClassFiles } = require("../../checks/lib/files");

const ROOT = path.join(__dirname, "../..");
const DEFAULT = path.join(ROOT, "force-app/main/default");

// Elements that repeat in the types read here; everything else is a single value.
const REPEATED = new Set([
  "value",
  "customValue",
  "filterItems",
  "fieldPermissions",
  "objectPermissions",
  "userPermissions",
  "customPermissions",
  "customMetadataTypeAccesses",
  "tabSettings",
  "applicationVisibilities",
  "classAccesses",
  "pageAccesses",
  "tabs",
  "formFactors",
  "actionOverrides",
  "flexiPageRegions",
  "itemInstances",
  "componentInstanceProperties",
  "fields",
  "columns",
  "lookupDialogsAdditionalFields",
  "searchResultsAdditionalFields"
]);

const PERMISSION_SET_LISTS = [
  "applicationVisibilities",
  "classAccesses",
  "customMetadataTypeAccesses",
  "customPermissions",
  "fieldPermissions",
  "objectPermissions",
  "pageAccesses",
  "tabSettings",
  "userPermissions"
];

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name)
});

const readXml = (file) => parser.parse(fs.readFileSync(file, "utf8"));
/** The names of the files in dir ending with suffix, sorted ([] when dir does not exist). */
const filesIn = (dir, suffix) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(suffix))
        .sort()
    : [];
const bool = (v) => v === true || v === "true";

/** Objects under objects/ (by default all but custom metadata types): { name → { object, fields: Map, rules: [] } }. */
function loadObjects(dir = path.join(DEFAULT, "objects"), include = (name) => !name.endsWith("__mdt")) {
  const objects = new Map();
  for (const name of fs.readdirSync(dir).filter(include)) {
    const objectFile = path.join(dir, name, `${name}.object-meta.xml`);
    const object = fs.existsSync(objectFile) ? readXml(objectFile).CustomObject : null;
    const fields = new Map();
    for (const file of filesIn(path.join(dir, name, "fields"), ".field-meta.xml")) {
      const field = readXml(path.join(dir, name, "fields", file)).CustomField;
      fields.set(field.fullName, field);
    }
    const rules = filesIn(path.join(dir, name, "validationRules"), ".validationRule-meta.xml").map((file) => ({
      fullName: file.replace(".validationRule-meta.xml", ""),
      ...readXml(path.join(dir, name, "validationRules", file)).ValidationRule
    }));
    const compactLayouts = filesIn(path.join(dir, name, "compactLayouts"), ".compactLayout-meta.xml").map(
      (file) => readXml(path.join(dir, name, "compactLayouts", file)).CompactLayout
    );
    objects.set(name, { name, object, fields, rules, compactLayouts });
  }
  return objects;
}

/** Permission sets: { name → PermissionSet with arrays defaulted to [] }. */
function loadPermissionSets(dir = path.join(DEFAULT, "permissionsets")) {
  const sets = new Map();
  for (const file of filesIn(dir, ".permissionset-meta.xml")) {
    const ps = readXml(path.join(dir, file)).PermissionSet;
    for (const key of PERMISSION_SET_LISTS) if (ps[key] === undefined) ps[key] = [];
    sets.set(file.replace(".permissionset-meta.xml", ""), ps);
  }
  return sets;
}

function loadGlobalValueSets(dir = path.join(DEFAULT, "globalValueSets")) {
  const sets = new Map();
  for (const file of filesIn(dir, ".globalValueSet-meta.xml")) {
    const set = readXml(path.join(dir, file)).GlobalValueSet;
    sets.set(file.replace(".globalValueSet-meta.xml", ""), set);
  }
  return sets;
}

/** Everything the model tests look at, in one structured-cloneable value. */
function loadModel() {
  const named = (dir, suffix, type) =>
    new Map(
      filesIn(path.join(DEFAULT, dir), suffix).map((file) => [
        file.replace(suffix, ""),
        readXml(path.join(DEFAULT, dir, file))[type]
      ])
    );
  return {
    objects: loadObjects(),
    /** Custom metadata types with their fields, for the picklists they carry. */
    cmdtObjects: loadObjects(undefined, (name) => name.endsWith("__mdt")),
    permissionSets: loadPermissionSets(),
    globalValueSets: loadGlobalValueSets(),
    customPermissions: named("customPermissions", ".customPermission-meta.xml", "CustomPermission"),
    tabs: named("tabs", ".tab-meta.xml", "CustomTab"),
    applications: named("applications", ".app-meta.xml", "CustomApplication"),
    flexipages: named("flexipages", ".flexipage-meta.xml", "FlexiPage"),
    layouts: named("layouts", ".layout-meta.xml", "Layout"),
    cmdtTypes: fs
      .readdirSync(path.join(DEFAULT, "objects"))
      .filter((n) => n.endsWith("__mdt"))
      .sort(),
    apexClasses: [...apexClassFiles(path.join(DEFAULT, "classes"))]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, file]) => ({ name, auraEnabled: /@AuraEnabled/i.test(fs.readFileSync(file, "utf8")) })),
    apexPages: filesIn(path.join(DEFAULT, "pages"), ".page").map((file) => file.replace(/\.page$/, ""))
  };
}

/** A field that no permission set may list: required fields and master-detail fields. */
const isRequiredOrMaster = (field) => bool(field.required) || field.type === "MasterDetail";
/** A field nobody can write: formulas and roll-up summaries. */
const isComputed = (field) => Boolean(field.formula) || field.type === "Summary";

module.exports = { ROOT, DEFAULT, loadModel, filesIn, bool, isRequiredOrMaster, isComputed };
