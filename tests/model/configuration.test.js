"use strict";
// Configuration custom metadata: the types (objects/*__mdt) and their records, packaged
// (force-app/main/default/customMetadata, the global default model) and starter
// (config/starter/customMetadata, deployed once by `npm run config:starter`).
// Each check is a function returning findings; the tests assert no findings on the real
// files and, on mutated copies, that each check does report what it is meant to catch.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { XMLParser } = require("fast-xml-parser");
const { loadValues } = require("../../scripts/lib/core-source");
const { filesIn } = require("./objectModel");

const ROOT = path.join(__dirname, "../..");
const OBJECTS = path.join(ROOT, "force-app/main/default/objects");
const PACKAGED = path.join(ROOT, "force-app/main/default/customMetadata");
const STARTER = path.join(ROOT, "config/starter/customMetadata");

// The stakeholder role codes (API names of the Accord_Stakeholder_Role value set): src/core/values.ts owns them.
const ROLE_CODES = loadValues().STAKEHOLDER_ROLES;
const TYPE_NAMES = [
  "Healthcare_Archetype__mdt",
  "Country_Setting__mdt",
  "Stakeholder_Role_Profile__mdt",
  "Archetype_Required_Role__mdt",
  "Archetype_Criterion_Weight__mdt",
  "Collaboration_Dimension__mdt",
  "Selection_Criterion__mdt",
  "Accord_Scoring_Setting__mdt"
];
const CMDT_FIELD_TYPES = [
  "Checkbox",
  "Date",
  "DateTime",
  "Email",
  "MetadataRelationship",
  "Number",
  "Percent",
  "Phone",
  "Picklist",
  "Text",
  "TextArea",
  "LongTextArea",
  "Url"
];
const XSI_TYPE_OF = { Number: "xsd:double", Percent: "xsd:double", Checkbox: "xsd:boolean", Date: "xsd:date" };
const DEVELOPER_NAME = /^[A-Za-z](?!.*__)[A-Za-z0-9_]{0,39}$/;
const PLACEHOLDER = /\b(todo|tbd|lorem|ipsum|placeholder|xxx)\b/i;

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ["values", "value", "fields"].includes(name)
});
const list = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const readXml = (file) => xml.parse(fs.readFileSync(file, "utf8"));

/** Types with their fields and validation rules, read from objects/*__mdt. */
function loadTypes() {
  const types = new Map();
  for (const name of fs.readdirSync(OBJECTS).filter((n) => n.endsWith("__mdt"))) {
    const dir = path.join(OBJECTS, name);
    const object = readXml(path.join(dir, `${name}.object-meta.xml`)).CustomObject;
    const fields = new Map();
    for (const file of filesIn(path.join(dir, "fields"), ".field-meta.xml")) {
      const f = readXml(path.join(dir, "fields", file)).CustomField;
      const values = list(f.valueSet?.valueSetDefinition?.value).map((v) => v.fullName);
      fields.set(f.fullName, { ...f, file, picklistValues: values });
    }
    const rules = filesIn(path.join(dir, "validationRules"), ".validationRule-meta.xml").map(
      (file) => readXml(path.join(dir, "validationRules", file)).ValidationRule
    );
    types.set(name, { name, object, fields, rules });
  }
  return types;
}

/** Records of one folder: { type, name, label, source, values: Map(field → {text, nil, xsiType}) }. */
function loadRecords(dir, source) {
  return filesIn(dir, ".md-meta.xml").map((file) => {
    const [typeBase, name] = file.replace(/\.md-meta\.xml$/, "").split(".");
    const doc = readXml(path.join(dir, file)).CustomMetadata;
    const values = new Map();
    for (const v of list(doc.values)) {
      const raw = list(v.value)[0];
      const node = typeof raw === "object" && raw !== null ? raw : { "#text": raw };
      values.set(v.field, {
        text: node["#text"] === undefined ? "" : String(node["#text"]),
        nil: node["@xsi:nil"] === "true",
        xsiType: node["@xsi:type"]
      });
    }
    return { file, type: `${typeBase}__mdt`, name, label: String(doc.label ?? ""), source, values };
  });
}

const model = {
  types: loadTypes(),
  records: [...loadRecords(PACKAGED, "packaged"), ...loadRecords(STARTER, "starter")]
};

// ---- helpers over a model ----
const value = (record, field) => {
  const v = record.values.get(field);
  return v && !v.nil && v.text !== "" ? v.text : null;
};
const num = (record, field) => (value(record, field) === null ? null : Number(value(record, field)));
const ofType = (m, type) => m.records.filter((r) => r.type === type);
const at = (r) => `${r.source} ${r.file}`;

// ---- checks ----
function checkTypes(m) {
  const findings = [];
  for (const name of TYPE_NAMES) if (!m.types.has(name)) findings.push(`missing custom metadata type ${name}`);
  for (const t of m.types.values()) {
    for (const el of ["label", "pluralLabel", "description"]) {
      if (!t.object[el]) findings.push(`${t.name}: <${el}> is missing`);
    }
    if (t.object.visibility !== "Public") findings.push(`${t.name}: visibility must be Public`);
    for (const forbidden of ["sharingModel", "nameField", "deploymentStatus", "enableSearch"]) {
      if (t.object[forbidden] !== undefined)
        findings.push(`${t.name}: <${forbidden}> is not allowed on a custom metadata type`);
    }
    for (const [fname, f] of t.fields) {
      const where = `${t.name}.${fname}`;
      if (!CMDT_FIELD_TYPES.includes(f.type))
        findings.push(`${where}: type ${f.type} is not supported on custom metadata`);
      if (f.fieldManageability !== "SubscriberControlled")
        findings.push(`${where}: fieldManageability must be SubscriberControlled`);
      if (!f.description) findings.push(`${where}: <description> is missing`);
      if (!f.inlineHelpText) findings.push(`${where}: <inlineHelpText> is missing`);
      if (f.type === "MetadataRelationship" && !m.types.has(f.referenceTo)) {
        findings.push(`${where}: referenceTo ${f.referenceTo} is not a custom metadata type of this project`);
      }
      if (f.type === "Picklist" && f.picklistValues.length === 0) findings.push(`${where}: picklist has no values`);
    }
    for (const rule of t.rules) {
      for (const token of String(rule.errorConditionFormula).match(/\b\w+__c\b/g) || []) {
        if (!t.fields.has(token)) findings.push(`${t.name} rule ${rule.fullName}: unknown field ${token}`);
      }
      if (rule.errorDisplayField && !t.fields.has(rule.errorDisplayField)) {
        findings.push(`${t.name} rule ${rule.fullName}: errorDisplayField ${rule.errorDisplayField} does not exist`);
      }
    }
  }
  return findings;
}

function checkRecordShapes(m) {
  const findings = [];
  const seen = new Set();
  for (const r of m.records) {
    const type = m.types.get(r.type);
    if (!type) {
      findings.push(`${at(r)}: type ${r.type} does not exist`);
      continue;
    }
    if (seen.has(`${r.type}.${r.name}`)) findings.push(`${at(r)}: record ${r.name} is defined twice`);
    seen.add(`${r.type}.${r.name}`);
    if (!DEVELOPER_NAME.test(r.name) || r.name.endsWith("_")) findings.push(`${at(r)}: invalid record name ${r.name}`);
    if (!r.label || r.label.length > 40) findings.push(`${at(r)}: label must have 1-40 characters`);
    for (const [field, v] of r.values) {
      const f = type.fields.get(field);
      if (!f) {
        findings.push(`${at(r)}: field ${field} does not exist on ${r.type}`);
        continue;
      }
      if (v.nil) continue;
      const expected = XSI_TYPE_OF[f.type] || "xsd:string";
      if (v.xsiType !== expected) findings.push(`${at(r)}: ${field} needs xsi:type="${expected}", has ${v.xsiType}`);
      if (expected === "xsd:double" && !Number.isFinite(Number(v.text)))
        findings.push(`${at(r)}: ${field} is not a number`);
      if (f.type === "Picklist" && !f.picklistValues.includes(v.text)) {
        findings.push(`${at(r)}: ${field} value '${v.text}' is not one of ${f.picklistValues.join(", ")}`);
      }
      if (f.length && [...v.text].length > Number(f.length))
        findings.push(`${at(r)}: ${field} is longer than ${f.length}`);
    }
    for (const [fname, f] of type.fields) {
      if (f.required === "true" && value(r, fname) === null)
        findings.push(`${at(r)}: required field ${fname} is empty`);
    }
  }
  return findings;
}

function checkRelationships(m) {
  const findings = [];
  for (const r of m.records) {
    const type = m.types.get(r.type);
    if (!type) continue;
    for (const [fname, f] of type.fields) {
      const target = value(r, fname);
      if (f.type !== "MetadataRelationship" || target === null) continue;
      // The package deploys without the starter configuration: packaged records may only point at packaged ones.
      const candidates = m.records.filter(
        (x) => x.type === f.referenceTo && x.name === target && (r.source === "starter" || x.source === "packaged")
      );
      if (candidates.length === 0) {
        findings.push(
          `${at(r)}: ${fname} references ${f.referenceTo} record '${target}', which does not exist (in ${r.source === "packaged" ? "the package" : "package or starter"})`
        );
      }
    }
  }
  return findings;
}

function checkRoleCodes(m) {
  return m.records
    .filter((r) => r.values.has("Role_Code__c"))
    .filter((r) => !ROLE_CODES.includes(value(r, "Role_Code__c")))
    .map((r) => `${at(r)}: role code '${value(r, "Role_Code__c")}' is not one of the 8 stakeholder roles`);
}

function checkArchetypes(m) {
  const findings = [];
  const archetypes = ofType(m, "Healthcare_Archetype__mdt");
  const required = ofType(m, "Archetype_Required_Role__mdt");
  const profiles = ofType(m, "Stakeholder_Role_Profile__mdt");
  for (const a of archetypes) {
    const roles = required.filter((r) => value(r, "Archetype__c") === a.name).map((r) => value(r, "Role_Code__c"));
    if (roles.length === 0) findings.push(`archetype ${a.name} has no required roles`);
    if (new Set(roles).size !== roles.length) findings.push(`archetype ${a.name} lists a required role twice`);
    for (const role of roles) {
      const covered = profiles.some(
        (p) =>
          value(p, "Role_Code__c") === role &&
          value(p, "Language__c") === "en" &&
          value(p, "Country_Code__c") === null &&
          [null, a.name].includes(value(p, "Archetype__c"))
      );
      if (!covered)
        findings.push(`archetype ${a.name} requires ${role} but no English archetype or global profile exists`);
    }
    for (const field of ["Description__c", "Decision_Making__c", "Care_Integration__c"]) {
      if ((value(a, field) || "").length < 80)
        findings.push(`archetype ${a.name}: ${field} is missing or too short to be useful`);
    }
  }
  return findings;
}

function checkWeights(m) {
  const findings = [];
  const criteria = ofType(m, "Selection_Criterion__mdt");
  const dimensions = ofType(m, "Collaboration_Dimension__mdt");
  const sum = (rs) => rs.reduce((s, r) => s + num(r, "Weight__c"), 0);
  if (sum(criteria) !== 100) findings.push(`global criterion weights add up to ${sum(criteria)}, not 100`);
  if (sum(dimensions) !== 100) findings.push(`dimension weights add up to ${sum(dimensions)}, not 100`);
  for (const rs of [criteria, dimensions]) {
    const sequences = rs.map((r) => num(r, "Sequence__c"));
    if (new Set(sequences).size !== sequences.length) findings.push(`${rs[0]?.type}: two records share a sequence`);
  }
  const overrides = ofType(m, "Archetype_Criterion_Weight__mdt");
  for (const a of new Set(overrides.map((o) => value(o, "Archetype__c")))) {
    const mine = overrides.filter((o) => value(o, "Archetype__c") === a);
    const codes = mine.map((o) => value(o, "Criterion__c"));
    if (new Set(codes).size !== codes.length) findings.push(`archetype ${a} overrides one criterion twice`);
    const effective = criteria.reduce((s, c) => {
      const o = mine.find((x) => value(x, "Criterion__c") === c.name);
      return s + (o ? num(o, "Weight__c") : num(c, "Weight__c"));
    }, 0);
    if (effective !== 100) findings.push(`archetype ${a}: effective criterion weights add up to ${effective}, not 100`);
  }
  for (const r of [...criteria, ...dimensions, ...overrides]) {
    const w = num(r, "Weight__c");
    if (!(w >= 0 && w <= 100)) findings.push(`${at(r)}: weight ${w} is outside 0-100`);
  }
  return findings;
}

function checkCountries(m) {
  const findings = [];
  const archetypes = new Set(ofType(m, "Healthcare_Archetype__mdt").map((a) => a.name));
  for (const c of ofType(m, "Country_Setting__mdt")) {
    const code = value(c, "Country_Code__c");
    if (!/^[A-Z]{2}$/.test(code || "")) findings.push(`${at(c)}: country code '${code}' is not ISO alpha-2`);
    if (code !== c.name) findings.push(`${at(c)}: record name ${c.name} differs from its country code ${code}`);
    if (!archetypes.has(value(c, "Archetype__c")))
      findings.push(`country ${c.name} maps to unknown archetype '${value(c, "Archetype__c")}'`);
    const cadence = num(c, "Review_Cadence_Months__c");
    if (!(cadence >= 1 && cadence <= 24))
      findings.push(`country ${c.name}: review cadence ${cadence} is outside 1-24 months`);
    if ((value(c, "Pull_Through_Strategy__c") || "").length < 80)
      findings.push(`country ${c.name}: pull-through strategy missing or too short`);
  }
  return findings;
}

const SCRIPT = {
  de: /[a-zäöüß]+ (und|der|die|das|mit|für) /i,
  ja: /[\u3040-\u30ff]/,
  ko: /[\uac00-\ud7a3]/,
  en: /\b(the|and|of)\b/
};

function checkProfiles(m) {
  const findings = [];
  const seen = new Set();
  for (const p of ofType(m, "Stakeholder_Role_Profile__mdt")) {
    const country = value(p, "Country_Code__c");
    const archetype = value(p, "Archetype__c");
    const lang = value(p, "Language__c");
    if (country && archetype) findings.push(`${at(p)}: set a country or an archetype, not both`);
    if (p.source === "packaged" && (country || archetype))
      findings.push(`${at(p)}: packaged profiles must be global (no country, no archetype)`);
    if (p.source === "starter" && !country && !archetype)
      findings.push(`${at(p)}: global profiles belong to the package, not the starter configuration`);
    const key = [value(p, "Role_Code__c"), country, archetype, lang].join("|");
    if (seen.has(key)) findings.push(`${at(p)}: a second profile for the same role, scope and language`);
    seen.add(key);
    for (const field of ["Priorities__c", "Evidence_Needs__c", "Approach__c", "What_To_Avoid__c"]) {
      const text = value(p, field) || "";
      // CJK scripts carry more per character: a shorter minimum there.
      if (text.length < (["ja", "ko", "zh_CN"].includes(lang) ? 30 : 60))
        findings.push(`${at(p)}: ${field} is missing or too short to be useful`);
      if (PLACEHOLDER.test(text)) findings.push(`${at(p)}: ${field} contains placeholder text`);
      if (SCRIPT[lang] && !SCRIPT[lang].test(text))
        findings.push(`${at(p)}: ${field} does not read as language ${lang}`);
    }
  }
  return findings;
}

function checkSettings(m) {
  const settings = ofType(m, "Accord_Scoring_Setting__mdt").filter((s) => s.name === "Default");
  if (settings.length !== 1) return ["exactly one Accord_Scoring_Setting__mdt record named Default is required"];
  const s = settings[0];
  const findings = [];
  if (s.source !== "packaged") findings.push("the Default scoring setting must ship with the package");
  if (!(num(s, "Tier_A_Threshold__c") > num(s, "Tier_B_Threshold__c")))
    findings.push("tier A threshold must be above tier B");
  if (num(s, "Roadblock_Score_Below__c") !== 50) findings.push("roadblock score below must be 50");
  if (num(s, "Roadblock_Gap_At_Least__c") !== 15) findings.push("roadblock gap at least must be 15");
  if (!(num(s, "Minimum_Respondents__c") >= 1)) findings.push("minimum respondents must be at least 1");
  return findings;
}

// ---- tests on the real files ----
test("the eight custom metadata types exist with descriptions, help text and subscriber-controlled fields", () => {
  assert.deepEqual(checkTypes(model), []);
  assert.deepEqual([...model.types.keys()].sort(), [...TYPE_NAMES].sort());
});

test("every record's fields exist on its type, with the right value type, picklist value and length", () => {
  assert.deepEqual(checkRecordShapes(model), []);
});

test("every metadata relationship references an existing record (packaged records only packaged ones)", () => {
  assert.deepEqual(checkRelationships(model), []);
});

test("role codes are among the 8 stakeholder roles", () => {
  assert.deepEqual(checkRoleCodes(model), []);
});

test("every archetype has required roles, each with an English profile, and substantive descriptions", () => {
  assert.deepEqual(checkArchetypes(model), []);
});

test("criterion weights add up to 100 globally and per archetype; dimension weights add up to 100", () => {
  assert.deepEqual(checkWeights(model), []);
});

test("each country maps to an existing archetype with a valid code, cadence and pull-through strategy", () => {
  assert.deepEqual(checkCountries(model), []);
});

test("role profiles have one scope, no duplicates, and substantive text in their language", () => {
  assert.deepEqual(checkProfiles(model), []);
});

test("the Default scoring setting ships with the package with ordered thresholds", () => {
  assert.deepEqual(checkSettings(model), []);
});

test("packaged records are only the global default model", () => {
  const packagedTypes = new Set(model.records.filter((r) => r.source === "packaged").map((r) => r.type));
  assert.deepEqual([...packagedTypes].sort(), [
    "Accord_Scoring_Setting__mdt",
    "Collaboration_Dimension__mdt",
    "Selection_Criterion__mdt",
    "Stakeholder_Role_Profile__mdt"
  ]);
  const count = (type, source) => model.records.filter((r) => r.type === type && r.source === source).length;
  assert.equal(count("Collaboration_Dimension__mdt", "packaged"), 6);
  assert.equal(count("Selection_Criterion__mdt", "packaged"), 6);
  const globals = model.records.filter((r) => r.type === "Stakeholder_Role_Profile__mdt" && r.source === "packaged");
  assert.deepEqual(globals.map((p) => value(p, "Role_Code__c")).sort(), [...ROLE_CODES].sort());
  assert.ok(
    globals.every((p) => value(p, "Language__c") === "en"),
    "global profiles are English"
  );
  const audiences = new Set(ofType(model, "Collaboration_Dimension__mdt").map((d) => value(d, "Audience__c")));
  assert.deepEqual([...audiences].sort(), ["Both", "Customer", "Internal"]);
});

test("the starter configuration has at least the agreed breadth", () => {
  const starter = (type) => model.records.filter((r) => r.type === type && r.source === "starter");
  assert.ok(starter("Healthcare_Archetype__mdt").length >= 5, "at least 5 archetypes");
  const countries = starter("Country_Setting__mdt").map((c) => c.name);
  assert.ok(countries.length >= 15, `at least 15 countries, found ${countries.length}`);
  for (const cc of [
    "GB",
    "SE",
    "DK",
    "IT",
    "ES",
    "CA",
    "DE",
    "FR",
    "NL",
    "JP",
    "KR",
    "US",
    "CH",
    "BR",
    "IN",
    "CN",
    "SA"
  ]) {
    assert.ok(countries.includes(cc), `country ${cc} is configured`);
  }
  const readiness = new Set(starter("Country_Setting__mdt").map((c) => value(c, "Kam_Readiness__c")));
  assert.deepEqual([...readiness].sort(), ["Developing", "Established", "Not ready"]);
  assert.ok(
    new Set(starter("Archetype_Criterion_Weight__mdt").map((o) => value(o, "Archetype__c"))).size >= 2,
    "overrides for several archetypes"
  );
  const profiles = starter("Stakeholder_Role_Profile__mdt");
  assert.ok(
    profiles.some((p) => value(p, "Archetype__c")),
    "archetype-level profiles exist"
  );
  for (const [cc, local] of [
    ["DE", "de"],
    ["KR", "ko"],
    ["JP", "ja"],
    ["US", null]
  ]) {
    const mine = profiles.filter((p) => value(p, "Country_Code__c") === cc);
    assert.ok(
      mine.some((p) => value(p, "Language__c") === "en"),
      `${cc} has English country profiles`
    );
    if (local) {
      const localRoles = mine.filter((p) => value(p, "Language__c") === local).map((p) => value(p, "Role_Code__c"));
      assert.ok(localRoles.length > 0, `${cc} has ${local} profiles`);
      for (const role of localRoles) {
        assert.ok(
          mine.some((p) => value(p, "Role_Code__c") === role && value(p, "Language__c") === "en"),
          `${cc} ${role} also has an English profile`
        );
      }
    }
  }
});

// ---- the checks can fail: each one reports a deliberately broken copy of the model ----
const clone = () => ({
  types: model.types,
  records: model.records.map((r) => ({ ...r, values: new Map([...r.values].map(([k, v]) => [k, { ...v }])) }))
});
const find = (m, type, name) => m.records.find((r) => r.type === type && r.name === name);
const setValue = (record, field, text, xsiType = "xsd:string") =>
  record.values.set(field, { text, nil: false, xsiType });

test("the checks catch broken configuration", async (t) => {
  const firstCountry = ofType(model, "Country_Setting__mdt")[0].name;
  const firstArchetype = ofType(model, "Healthcare_Archetype__mdt")[0].name;
  const firstDimension = ofType(model, "Collaboration_Dimension__mdt")[0].name;

  await t.test("unknown field, wrong xsi:type and bad picklist value", () => {
    const m = clone();
    const c = find(m, "Country_Setting__mdt", firstCountry);
    setValue(c, "Capital__c", "Berlin");
    setValue(c, "Review_Cadence_Months__c", "12", "xsd:string");
    setValue(c, "Kam_Readiness__c", "Maybe");
    const findings = checkRecordShapes(m).join("\n");
    assert.match(findings, /field Capital__c does not exist/);
    assert.match(findings, /Review_Cadence_Months__c needs xsi:type="xsd:double"/);
    assert.match(findings, /Kam_Readiness__c value 'Maybe' is not one of/);
  });
  await t.test("dangling relationship and packaged record pointing at starter", () => {
    const m = clone();
    setValue(find(m, "Country_Setting__mdt", firstCountry), "Archetype__c", "Nowhere");
    const globalProfile = m.records.find((r) => r.source === "packaged" && r.type === "Stakeholder_Role_Profile__mdt");
    setValue(globalProfile, "Archetype__c", firstArchetype);
    const findings = checkRelationships(m).join("\n");
    assert.match(findings, /record 'Nowhere', which does not exist/);
    assert.match(findings, /does not exist \(in the package\)/);
    assert.match(checkCountries(m).join("\n"), /maps to unknown archetype 'Nowhere'/);
    assert.match(checkProfiles(m).join("\n"), /packaged profiles must be global/);
  });
  await t.test("unknown role code and archetype without required roles", () => {
    const m = clone();
    const req = m.records.filter(
      (r) => r.type === "Archetype_Required_Role__mdt" && value(r, "Archetype__c") === firstArchetype
    );
    setValue(req[0], "Role_Code__c", "Chief_Happiness_Officer");
    assert.match(checkRoleCodes(m).join("\n"), /'Chief_Happiness_Officer' is not one of the 8/);
    m.records = m.records.filter((r) => !req.includes(r));
    assert.match(checkArchetypes(m).join("\n"), new RegExp(`archetype ${firstArchetype} has no required roles`));
  });
  await t.test("weights that do not add up", () => {
    const m = clone();
    setValue(find(m, "Collaboration_Dimension__mdt", firstDimension), "Weight__c", "1", "xsd:double");
    const override = m.records.find((r) => r.type === "Archetype_Criterion_Weight__mdt");
    setValue(override, "Weight__c", String(num(override, "Weight__c") + 7), "xsd:double");
    const findings = checkWeights(m).join("\n");
    assert.match(findings, /dimension weights add up to \d+, not 100/);
    assert.match(findings, /effective criterion weights add up to \d+, not 100/);
  });
  await t.test("profile with two scopes, wrong language and placeholder text", () => {
    const m = clone();
    const p = m.records.find(
      (r) => r.source === "starter" && r.type === "Stakeholder_Role_Profile__mdt" && value(r, "Language__c") === "ko"
    );
    setValue(p, "Archetype__c", firstArchetype);
    setValue(p, "Approach__c", "TODO: write the approach for this role in a later version of the configuration.");
    const findings = checkProfiles(m).join("\n");
    assert.match(findings, /set a country or an archetype, not both/);
    assert.match(findings, /Approach__c contains placeholder text/);
    assert.match(findings, /Approach__c does not read as language ko/);
  });
  await t.test("missing Default setting and unordered tiers", () => {
    const m = clone();
    const s = find(m, "Accord_Scoring_Setting__mdt", "Default");
    setValue(s, "Tier_B_Threshold__c", "90", "xsd:double");
    assert.deepEqual(checkSettings(m), ["tier A threshold must be above tier B"]);
    m.records = m.records.filter((r) => r !== s);
    assert.match(checkSettings(m)[0], /named Default is required/);
  });
  await t.test("type metadata without help text or with an unknown field in a rule", () => {
    const types = new Map(model.types);
    const t0 = types.get("Country_Setting__mdt");
    const fields = new Map(t0.fields);
    fields.set("Country_Code__c", {
      ...fields.get("Country_Code__c"),
      inlineHelpText: undefined,
      fieldManageability: "DeveloperControlled"
    });
    types.set(t0.name, {
      ...t0,
      fields,
      rules: [...t0.rules, { fullName: "Bad", errorConditionFormula: "Capital__c = 'x'" }]
    });
    const findings = checkTypes({ types, records: [] }).join("\n");
    assert.match(findings, /Country_Code__c: <inlineHelpText> is missing/);
    assert.match(findings, /fieldManageability must be SubscriberControlled/);
    assert.match(findings, /rule Bad: unknown field Capital__c/);
  });
});
