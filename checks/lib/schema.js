"use strict";
// The object schema the SOQL check resolves names against: custom objects and fields read
// from metadata, standard objects and fields from apex-ls's API 65 types (via Java).

const fs = require("node:fs");
const path = require("node:path");
const { XMLParser } = require("fast-xml-parser");
const { listFiles } = require("./files");
const { runJava } = require("./java");

const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false });

const SYSTEM_FIELDS = [
  "Id",
  "IsDeleted",
  "CreatedDate",
  "CreatedById",
  "LastModifiedDate",
  "LastModifiedById",
  "SystemModstamp"
];
const RECORD_FIELDS = ["Name", "LastViewedDate", "LastReferencedDate"];
const METADATA_FIELDS = ["DeveloperName", "MasterLabel", "Label", "Language", "NamespacePrefix", "QualifiedApiName"];

const key = (name) => name.toLowerCase();

function newObject(name) {
  return { name, fields: new Map(), parents: new Map(), children: new Map() };
}

/** Reads objects/<Object>/ folders under every given source root. */
function readCustomSchema(sourceRoots) {
  const objects = new Map();
  const get = (name) => {
    if (!objects.has(key(name))) objects.set(key(name), newObject(name));
    return objects.get(key(name));
  };
  const files = sourceRoots.flatMap((root) =>
    listFiles(root, (f) => /[\\/]objects[\\/]/.test(f) && f.endsWith("-meta.xml"))
  );
  for (const file of files.filter((f) => f.endsWith(".object-meta.xml"))) {
    const name = path.basename(file, ".object-meta.xml");
    const object = get(name);
    // Standard objects (objects/Account/…) are described by apex-ls's types, loaded later.
    object.declared = name.includes("__");
    const doc = xml.parse(fs.readFileSync(file, "utf8")).CustomObject || {};
    const base = name.endsWith("__mdt")
      ? ["Id", ...METADATA_FIELDS, "SystemModstamp"]
      : [...SYSTEM_FIELDS, ...RECORD_FIELDS];
    base.forEach((f) => object.fields.set(key(f), f));
    if (name.endsWith("__c") && doc.sharingModel !== "ControlledByParent") {
      object.fields.set("ownerid", "OwnerId");
      object.parents.set("owner", "User");
    }
    for (const f of ["CreatedBy", "LastModifiedBy"]) object.parents.set(key(f), "User");
  }
  for (const file of files.filter((f) => f.endsWith(".field-meta.xml"))) {
    const objectName = path.basename(path.dirname(path.dirname(file)));
    const fieldName = path.basename(file, ".field-meta.xml");
    const field = xml.parse(fs.readFileSync(file, "utf8")).CustomField || {};
    const object = get(objectName);
    object.fields.set(key(fieldName), fieldName);
    if (["Lookup", "MasterDetail", "MetadataRelationship", "Hierarchy"].includes(field.type)) {
      const target = field.type === "Hierarchy" ? "User" : field.referenceTo || objectName;
      object.parents.set(key(fieldName.replace(/__c$/, "__r")), target);
      if (field.relationshipName) get(target).children.set(key(`${field.relationshipName}__r`), objectName);
    }
  }
  return objects;
}

/** Standard object descriptions from apex-ls's types, for the names asked. */
function readStandardSchema(names) {
  const objects = new Map();
  if (names.length === 0) return objects;
  const result = runJava([path.join(__dirname, "../java/StandardFields.java"), ...names]);
  if (result.status !== 0) throw new Error(`StandardFields failed: ${result.stderr}`);
  for (const line of result.stdout.split("\n").filter(Boolean)) {
    const [objectName, fieldName, type] = line.split("\t");
    if (objectName === "UNKNOWN") continue;
    if (!objects.has(key(objectName))) objects.set(key(objectName), newObject(objectName));
    const object = objects.get(key(objectName));
    const sobject = /SObjects\.(\w+)(\[\])?$/.exec(type || "");
    if (sobject && sobject[2]) object.children.set(key(fieldName), sobject[1]);
    else if (sobject) object.parents.set(key(fieldName), sobject[1]);
    else object.fields.set(key(fieldName), fieldName);
  }
  return objects;
}

// Standard objects an Apex layer usually reaches: loaded in one Java run up front.
const COMMON_STANDARD = [
  "Account",
  "Contact",
  "User",
  "RecordType",
  "ContentDocumentLink",
  "ContentDocument",
  "ContentVersion",
  "PermissionSetAssignment",
  "CustomPermission",
  "SetupEntityAccess",
  "AsyncApexJob",
  "Profile"
];

/**
 * The schema: custom metadata merged with standard objects, which are loaded from apex-ls's
 * types on first use. `get(name)` returns undefined for an object nobody knows.
 */
function createSchema(sourceRoots) {
  const objects = readCustomSchema(sourceRoots);
  const asked = new Set();
  const load = (names) => {
    const missing = names.filter((n) => !asked.has(key(n)) && !objects.get(key(n))?.declared);
    missing.forEach((n) => asked.add(key(n)));
    for (const [k, std] of readStandardSchema(missing)) {
      const object = objects.get(k) || newObject(std.name);
      object.declared = true;
      for (const [fk, fv] of std.fields) if (!object.fields.has(fk)) object.fields.set(fk, fv);
      for (const [fk, fv] of std.parents) if (!object.parents.has(fk)) object.parents.set(fk, fv);
      for (const [fk, fv] of std.children) if (!object.children.has(fk)) object.children.set(fk, fv);
      objects.set(k, object);
    }
  };
  load(COMMON_STANDARD);
  return {
    get(name) {
      load([name]);
      const object = objects.get(key(name));
      return object && object.declared ? object : undefined;
    }
  };
}

module.exports = { createSchema, readCustomSchema, key };
