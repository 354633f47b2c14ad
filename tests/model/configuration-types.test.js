"use strict";
// src/core/config/metadataTypes.ts (CONFIGURATION_TYPES: the configuration CSV's columns, the console's forms and
// the record checks) equals the custom metadata types in objects/*__mdt: every field with its kind, length,
// digits, required flag, picklist values and referenced type, and no type or field missing.
// The check is a function returning findings; the tests run it on the real files and on mutated copies.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");
const { loadModel } = require("./objectModel");
const { loadValues } = require("../../scripts/lib/core-source");

const ROOT = path.join(__dirname, "../..");
const asArray = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** metadataTypes.ts evaluated in Node; its one import (../values) is values.ts itself. */
function loadConfigurationTypes() {
  const file = path.join(ROOT, "src/core/config/metadataTypes.ts");
  const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS }
  });
  const module = { exports: {} };
  const values = loadValues();
  const requireValues = (name) => {
    if (name !== "../values") throw new Error(`metadataTypes.ts imports ${name}; only ../values is expected`);
    return values;
  };
  new Function("exports", "module", "require", outputText)(module.exports, module, requireValues);
  return module.exports.CONFIGURATION_TYPES;
}

/** Findings: differences between the declared types and the metadata's (cmdtObjects from objectModel). */
function checkConfigurationTypes(declared, cmdtObjects) {
  const findings = [];
  const declaredNames = declared.map((t) => `${t.name}__mdt`);
  for (const name of cmdtObjects.keys()) {
    if (!declaredNames.includes(name)) findings.push(`${name}: not declared in CONFIGURATION_TYPES`);
  }
  declared.forEach((type, index) => {
    const object = cmdtObjects.get(`${type.name}__mdt`);
    if (!object) return findings.push(`${type.name}: declared, but objects/${type.name}__mdt does not exist`);
    for (const field of object.fields.keys()) {
      if (!type.fields.some((f) => f.name === field)) findings.push(`${type.name}.${field}: not declared`);
    }
    for (const spec of type.fields) {
      const where = `${type.name}.${spec.name}`;
      const field = object.fields.get(spec.name);
      if (!field) {
        findings.push(`${where}: declared, but the metadata has no such field`);
        continue;
      }
      if (field.type !== spec.kind) findings.push(`${where}: kind ${spec.kind}, metadata ${field.type}`);
      // A picklist has no required flag; one with a default value is always filled, so it is declared required.
      const options = asArray(field.valueSet?.valueSetDefinition?.value);
      const required =
        field.type === "Picklist"
          ? options.some((v) => String(v.default) === "true")
          : String(field.required) === "true";
      if (required !== spec.required) findings.push(`${where}: required ${spec.required}, metadata ${required}`);
      const length = field.length === undefined ? undefined : Number(field.length);
      if (length !== spec.length) findings.push(`${where}: length ${spec.length}, metadata ${length}`);
      const digits = field.precision === undefined ? undefined : Number(field.precision) - Number(field.scale ?? 0);
      if (digits !== spec.digits) findings.push(`${where}: digits ${spec.digits}, metadata ${digits}`);
      if (field.type === "Number" && Number(field.scale ?? 0) !== 0)
        findings.push(`${where}: only whole numbers are declared`);
      const picklist = options.map((v) => String(v.fullName));
      if (picklist.join("|") !== (spec.values ?? []).join("|"))
        findings.push(`${where}: values ${(spec.values ?? []).join(", ")}, metadata ${picklist.join(", ")}`);
      const referenceTo = field.referenceTo === undefined ? undefined : String(field.referenceTo);
      const references = spec.references === undefined ? undefined : `${spec.references}__mdt`;
      if (referenceTo !== references) findings.push(`${where}: references ${references}, metadata ${referenceTo}`);
      if (spec.references && declared.findIndex((t) => t.name === spec.references) > index)
        findings.push(`${where}: ${spec.references} must be declared before ${type.name} (imports follow the order)`);
    }
  });
  return findings;
}

const model = loadModel();
const declared = loadConfigurationTypes();

test("CONFIGURATION_TYPES equals the custom metadata types", () => {
  assert.deepEqual(checkConfigurationTypes(declared, model.cmdtObjects), []);
  assert.equal(declared.length, model.cmdtObjects.size);
});

test("the check reports a field the declaration lacks, a wrong length, a wrong picklist and a wrong order", () => {
  const mutated = structuredClone(declared);
  const country = mutated.find((t) => t.name === "Country_Setting");
  country.fields = country.fields.filter((f) => f.name !== "Pull_Through_Strategy__c");
  country.fields.find((f) => f.name === "Country_Code__c").length = 3;
  country.fields.find((f) => f.name === "Kam_Readiness__c").values = ["Established", "Developing"];
  const archetypeFirst = mutated.findIndex((t) => t.name === "Healthcare_Archetype");
  mutated.push(mutated.splice(archetypeFirst, 1)[0]);
  const findings = checkConfigurationTypes(mutated, model.cmdtObjects);
  assert.ok(findings.includes("Country_Setting.Pull_Through_Strategy__c: not declared"), findings.join("\n"));
  assert.ok(findings.includes("Country_Setting.Country_Code__c: length 3, metadata 2"), findings.join("\n"));
  assert.ok(
    findings.some((f) => f.startsWith("Country_Setting.Kam_Readiness__c: values")),
    findings.join("\n")
  );
  assert.ok(
    findings.some((f) => f.includes("must be declared before Country_Setting")),
    findings.join("\n")
  );
});

test("the check reports a metadata type nobody declared", () => {
  const extra = new Map(model.cmdtObjects);
  extra.set("Extra_Type__mdt", { fields: new Map() });
  assert.deepEqual(checkConfigurationTypes(declared, extra), ["Extra_Type__mdt: not declared in CONFIGURATION_TYPES"]);
});

// The Apex twin (rules/AccordConfigurationRecords.cls) names the types and the business ranges once more, because
// Apex cannot import TypeScript: both lists must equal src/core's.
function apexTwinLists(source) {
  const types = /TYPES = new List<String>\{([^}]*)\}/.exec(source);
  const ranges = [...source.matchAll(/'([A-Za-z_]+\.[A-Za-z_]+__c)' => new List<Decimal>\{ (-?\d+), (-?\d+) \}/g)];
  return {
    types: types ? [...types[1].matchAll(/'([^']+)'/g)].map((m) => m[1]) : [],
    ranges: Object.fromEntries(ranges.map((m) => [m[1], { min: Number(m[2]), max: Number(m[3]) }]))
  };
}

test("the Apex twin lists the same types, in order, and the same ranges as src/core", () => {
  const apex = apexTwinLists(
    fs.readFileSync(path.join(ROOT, "force-app/main/default/classes/rules/AccordConfigurationRecords.cls"), "utf8")
  );
  assert.deepEqual(
    apex.types,
    declared.map((t) => t.name)
  );
  const source = fs.readFileSync(path.join(ROOT, "src/core/config/configurationRecords.ts"), "utf8");
  const tsRanges = Object.fromEntries(
    [...source.matchAll(/"([A-Za-z_]+\.[A-Za-z_]+__c)": \{ min: (-?\d+), max: (-?\d+) \}/g)].map((m) => [
      m[1],
      { min: Number(m[2]), max: Number(m[3]) }
    ])
  );
  assert.ok(Object.keys(tsRanges).length >= 9, "the ranges of configurationRecords.ts are read");
  assert.deepEqual(apex.ranges, tsRanges);
  // The comparison fails on a changed copy.
  assert.notDeepEqual(apexTwinLists("TYPES = new List<String>{ 'Country_Setting' }").types, apex.types);
});
