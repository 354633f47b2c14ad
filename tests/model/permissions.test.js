"use strict";
// Permission sets, least privilege: which objects each set may touch and how, which fields are
// editable (system-owned ones never), custom permissions, configuration access, tabs and app.
// Expectations are written out here, independently of the files, so a change to a permission
// set has to change this table too. Each check returns findings; the last tests prove each
// check reports a broken copy.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { XMLParser } = require("fast-xml-parser");
const { DEFAULT, loadModel, bool, isRequiredOrMaster, isComputed } = require("./objectModel");
const { apexClassFiles } = require("../../checks/lib/files");
const { parseApexFile } = require("../../checks/lib/apex-parse");

const SETS = ["Accord_User", "Accord_Plan_Manager", "Accord_Admin"];

// Written only by trigger handlers and services in system mode: read-only in every set.
const SYSTEM_OWNED = [
  "Customer_Account_Plan__c.Status__c",
  "Customer_Account_Plan__c.Version__c",
  "Customer_Account_Plan__c.Revision__c",
  "Customer_Account_Plan__c.Content_Hash__c",
  "Customer_Account_Plan__c.Agreed_On__c",
  "Customer_Account_Plan__c.Shared_On__c",
  "Customer_Account_Plan__c.Health_Score__c",
  "Plan_Signature__c.Superseded__c",
  // Shared versions are written by the derivation only (system mode), never by a user.
  "Plan_Version__c.Canonical_Text__c",
  "Plan_Version__c.Version_Key__c",
  "Account.Kam_Priority_Score__c",
  "Account.Kam_Tier__c",
  "Account.Kam_Collaboration_Index__c",
  // Set by the collaboration reminder job only.
  "Account.Kam_Assessment_Reminded_On__c",
  // Filled by the rating guard from the parent and the code: the unique key of a rating.
  "Account_Selection_Rating__c.Rating_Key__c",
  "Collaboration_Rating__c.Rating_Key__c",
  // Filled by the assessment guard: one assessment per respondent, account and period.
  "Collaboration_Assessment__c.Respondent_Key__c",
  // Collaboration results are computed by AccordScoreService only.
  ...[
    "Archetype_Code__c",
    "Computed_On__c",
    "Country_Code__c",
    "Customer_Index__c",
    "Customer_Margin__c",
    "Customer_Respondents__c",
    "Details__c",
    "Index_Gap__c",
    "Internal_Index__c",
    "Internal_Margin__c",
    "Internal_Respondents__c",
    "Lowest_Function__c",
    "Minimum_Respondents__c",
    "Provisional__c",
    "Result_Key__c",
    "Roadblocks__c",
    "Weakest_Dimension__c"
  ].map((field) => `Collaboration_Result__c.${field}`),
  // Log entries are written only by Accord (AccordLog); admins read them.
  "Accord_Log__c.Detail__c",
  "Accord_Log__c.Record_Id__c",
  "Accord_Log__c.Request_Id__c",
  "Accord_Log__c.User__c"
];
// Editable only in the sets named; read-only in the others. Every other listed field is editable everywhere.
const EDITABLE_ONLY_IN = {
  // Only a plan manager may reopen an agreed plan, and the reason goes with the reopening.
  "Customer_Account_Plan__c.Reopen_Reason__c": ["Accord_Plan_Manager"],
  // Which country an account is in is configuration.
  "Account.Kam_Country_Code__c": ["Accord_Admin"],
  // Selecting key accounts is a manager's and the COE's call; reps read the ratings.
  "Account_Selection_Rating__c.Rationale__c": ["Accord_Plan_Manager", "Accord_Admin"],
  // Who may sign for the customer is a plan manager's call (a trigger refuses other paths too).
  "Account_Stakeholder__c.Is_Signatory__c": ["Accord_Plan_Manager"]
};

// Object access: C(reate) R(ead) E(dit) D(elete). Never View All / Modify All.
const PLAN_WORK = {
  Account: "R",
  Contact: "R",
  Customer_Account_Plan__c: "CRED",
  Customer_Need__c: "CRED",
  Plan_Initiative__c: "CRED",
  Plan_Commitment__c: "CRED",
  // Signatures are evidence: recorded, never edited or deleted (superseded by the service instead).
  Plan_Signature__c: "CR",
  Plan_Review__c: "CRE",
  // Shared versions are evidence of what the customer saw: read only (Accord writes them in system mode).
  Plan_Version__c: "R",
  Account_Stakeholder__c: "CRED",
  Collaboration_Assessment__c: "CRED",
  Collaboration_Rating__c: "CRED",
  // Results are computed by Accord (system mode): everyone who sees the account reads them.
  Collaboration_Result__c: "R"
};
// Key-account history: nominated and retired by managers and the COE (as they rate selection), never edited or
// deleted (the status is derived from it); reps do not need it (the portfolio is not theirs).
const OBJECT_ACCESS = {
  Accord_User: { ...PLAN_WORK, Account_Selection_Rating__c: "R" },
  Accord_Plan_Manager: { ...PLAN_WORK, Account_Selection_Rating__c: "CRED", Key_Account_Nomination__c: "CR" },
  // The log is for admins only, and nobody edits it (Accord writes it in system mode).
  Accord_Admin: {
    ...PLAN_WORK,
    Plan_Review__c: "CRED",
    Account_Selection_Rating__c: "CRED",
    Key_Account_Nomination__c: "CR",
    Accord_Log__c: "R"
  }
};
const CUSTOM_PERMISSIONS = {
  Accord_User: [],
  Accord_Plan_Manager: ["Accord_Plan_Manager", "Accord_Sign_Plans"],
  Accord_Admin: ["Accord_Configure"]
};
const CMDT_TYPES = [
  "Accord_Scoring_Setting__mdt",
  "Archetype_Criterion_Weight__mdt",
  "Archetype_Required_Role__mdt",
  "Collaboration_Dimension__mdt",
  "Country_Setting__mdt",
  "Healthcare_Archetype__mdt",
  "Selection_Criterion__mdt",
  "Stakeholder_Role_Profile__mdt"
];
// Class access, declared once: every Apex class a user reaches directly (an @AuraEnabled method
// called by a component, an @InvocableMethod run by a Flow in the user's context, a Visualforce
// controller) → the permission sets whose users reach it. Without the grant the call fails for
// that user; a grant nobody needs is refused too (least privilege). The sets are alternatives:
// Accord Plan Manager is assigned instead of Accord User, so each set carries its own grants.
const CLASS_ACCESS = {
  // The workspace, the account cards and the customer document: everyone who works with plans.
  AccordPlanController: SETS,
  AccordStakeholderController: SETS,
  AccordCollaborationController: SETS,
  AccordPriorityController: SETS,
  // Saving ratings: every set may call it; user-mode DML lets only the sets that edit ratings succeed.
  AccordSelectionController: SETS,
  AccordConfigurationController: SETS,
  AccordPlanDocumentController: SETS,
  AccordPlanVersionController: SETS,
  // Flow actions with the same rules as the workspace: every set that edits plans may share and
  // record a signature; the company signature still needs Accord_Sign_Plans (Accord Plan Manager).
  AccordSharePlanAction: SETS,
  AccordRecordSignatureAction: SETS,
  // Recomputing scores is configuration work: only the set holding Accord_Configure.
  AccordRecomputeScoresAction: ["Accord_Admin"],
  // The configuration console: reads and deploys custom metadata, starts the recompute (Accord_Configure).
  AccordConfigurationAdminController: ["Accord_Admin"],
  // The needs radar: the COE's view across accounts (KAM managers and admins).
  AccordNeedsRadarController: ["Accord_Plan_Manager", "Accord_Admin"],
  // The key-account portfolio: the same audience (KAM managers and the COE select key accounts).
  AccordKeyAccountPortfolioController: ["Accord_Plan_Manager", "Accord_Admin"]
};
const APP = "Accord_Key_Account_Management";
const FORBIDDEN_USER_PERMISSIONS = [
  "ViewAllData",
  "ModifyAllData",
  "ViewSetup",
  "CustomizeApplication",
  "ManageUsers",
  "AuthorApex"
];

/** The annotation names on one class member (lower case), from its modifiers. */
function annotationsOf(member) {
  return member
    .modifier_list()
    .map((m) => m.annotation())
    .filter(Boolean)
    .map((a) => a.id().getText().toLowerCase());
}

/**
 * Apex classes a user reaches directly, found by parsing: a top-level class with a method annotated
 * @AuraEnabled or @InvocableMethod (an @AuraEnabled property of a DTO is not an entry point), and
 * every controller or extension named by a Visualforce page or component. → Map(class → why).
 */
function findEntryPoints(defaultDir = DEFAULT) {
  const entryPoints = new Map();
  const add = (name, why) => entryPoints.set(name, [...(entryPoints.get(name) || []), why]);
  for (const file of apexClassFiles(path.join(defaultDir, "classes")).values()) {
    const { tree, errors } = parseApexFile(file);
    assert.deepEqual(errors, [], "the Apex classes parse");
    const declaration = tree.typeDeclaration().classDeclaration();
    if (!declaration) continue;
    const name = declaration.id().getText();
    for (const member of declaration.classBody().classBodyDeclaration_list()) {
      if (!member.memberDeclaration()?.methodDeclaration()) continue;
      const method = member.memberDeclaration().methodDeclaration().id().getText();
      for (const annotation of annotationsOf(member)) {
        if (annotation === "auraenabled") add(name, `@AuraEnabled ${method}`);
        if (annotation === "invocablemethod") add(name, `@InvocableMethod ${method}`);
      }
    }
  }
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
  for (const folder of ["pages", "components"]) {
    const dir = path.join(defaultDir, folder);
    if (!fs.existsSync(dir)) continue;
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => /\.(page|component)$/.test(f))
      .sort()) {
      const doc = xml.parse(fs.readFileSync(path.join(dir, file), "utf8"));
      const root = doc["apex:page"] || doc["apex:component"] || {};
      const names = [root.controller, ...String(root.extensions || "").split(",")].map((n) => (n || "").trim());
      for (const name of names.filter(Boolean)) add(name, `Visualforce controller of ${file}`);
    }
  }
  return entryPoints;
}

const model = { ...loadModel(), entryPoints: findEntryPoints() };
const clone = () => structuredClone(model);
const accessOf = (p) =>
  (bool(p.allowCreate) ? "C" : "") +
  (bool(p.allowRead) ? "R" : "") +
  (bool(p.allowEdit) ? "E" : "") +
  (bool(p.allowDelete) ? "D" : "");

/**
 * Fields a permission set must list: every custom field that is not required, master-detail or computed.
 * Platform event fields (__e) are left out: field-level security does not apply to them.
 */
function listableFields(m) {
  const fields = [];
  for (const o of m.objects.values()) {
    if (o.name.endsWith("__e")) continue;
    for (const [name, f] of o.fields)
      if (!isRequiredOrMaster(f)) fields.push({ qualified: `${o.name}.${name}`, field: f });
  }
  return fields;
}

function intendedEditable(setName, qualified, field) {
  if (SYSTEM_OWNED.includes(qualified) || isComputed(field)) return false;
  return EDITABLE_ONLY_IN[qualified] ? EDITABLE_ONLY_IN[qualified].includes(setName) : true;
}

// ---- checks ----
function checkListedFieldsExist(m) {
  const findings = [];
  for (const [setName, ps] of m.permissionSets) {
    const seen = new Set();
    for (const p of ps.fieldPermissions) {
      const [objectName, fieldName] = p.field.split(".");
      if (!m.objects.get(objectName)?.fields.has(fieldName)) findings.push(`${setName}: ${p.field} does not exist`);
      if (seen.has(p.field)) findings.push(`${setName}: ${p.field} is listed twice`);
      seen.add(p.field);
    }
  }
  return findings;
}

function checkFieldAccess(m) {
  const findings = [];
  for (const setName of SETS) {
    const ps = m.permissionSets.get(setName);
    if (!ps) {
      findings.push(`${setName}: permission set is missing`);
      continue;
    }
    const listed = new Map(ps.fieldPermissions.map((p) => [p.field, p]));
    for (const { qualified, field } of listableFields(m)) {
      // A set lists the fields of the objects it can read (the log is the Accord_Admin's only).
      if (!OBJECT_ACCESS[setName][qualified.split(".")[0]]) continue;
      const p = listed.get(qualified);
      const editable = intendedEditable(setName, qualified, field);
      if (!p) findings.push(`${setName}: ${qualified} is not listed (intended ${editable ? "editable" : "read-only"})`);
      else if (!bool(p.readable)) findings.push(`${setName}: ${qualified} must be readable`);
      else if (bool(p.editable) !== editable)
        findings.push(`${setName}: ${qualified} must be ${editable ? "editable" : "read-only"}`);
    }
  }
  return findings;
}

function checkNeverListed(m) {
  const findings = [];
  for (const [setName, ps] of m.permissionSets) {
    for (const p of ps.fieldPermissions) {
      const [objectName, fieldName] = p.field.split(".");
      const f = m.objects.get(objectName)?.fields.get(fieldName);
      if (f && isRequiredOrMaster(f))
        findings.push(`${setName}: ${p.field} is required or master-detail and cannot be listed`);
    }
  }
  return findings;
}

function checkReadOnlyEverywhere(m) {
  const findings = [];
  const readOnly = new Set(SYSTEM_OWNED);
  for (const { qualified, field } of listableFields(m)) if (isComputed(field)) readOnly.add(qualified);
  for (const qualified of SYSTEM_OWNED) {
    const [objectName, fieldName] = qualified.split(".");
    if (!m.objects.get(objectName)?.fields.has(fieldName))
      findings.push(`${qualified}: system-owned field does not exist`);
  }
  for (const [setName, ps] of m.permissionSets) {
    for (const p of ps.fieldPermissions) {
      if (readOnly.has(p.field) && bool(p.editable))
        findings.push(`${setName}: ${p.field} is system-owned or computed and must be read-only`);
    }
  }
  return findings;
}

function checkNoViewAllModifyAll(m) {
  const findings = [];
  for (const [setName, ps] of m.permissionSets) {
    for (const p of ps.userPermissions) {
      if (bool(p.enabled) && FORBIDDEN_USER_PERMISSIONS.includes(p.name)) findings.push(`${setName}: grants ${p.name}`);
    }
    for (const p of ps.objectPermissions) {
      if (bool(p.viewAllRecords)) findings.push(`${setName}: grants View All on ${p.object}`);
      if (bool(p.modifyAllRecords)) findings.push(`${setName}: grants Modify All on ${p.object}`);
    }
  }
  return findings;
}

function checkObjectAccess(m) {
  const findings = [];
  for (const setName of SETS) {
    const ps = m.permissionSets.get(setName);
    if (!ps) continue;
    const actual = new Map(ps.objectPermissions.map((p) => [p.object, accessOf(p)]));
    for (const [object, access] of Object.entries(OBJECT_ACCESS[setName])) {
      if ((actual.get(object) || "none") !== access)
        findings.push(`${setName}: ${object} is ${actual.get(object) || "none"}, intended ${access}`);
    }
    for (const object of actual.keys())
      if (!OBJECT_ACCESS[setName][object]) findings.push(`${setName}: ${object} is not intended`);
  }
  for (const [setName, ps] of m.permissionSets) {
    if (!SETS.includes(setName)) findings.push(`${setName}: permission set is not in the design`);
    if (String(ps.description || "").length < 40) findings.push(`${setName}: needs a description of who it is for`);
  }
  return findings;
}

function checkCustomPermissions(m) {
  const findings = [];
  for (const [name, cp] of m.customPermissions) {
    if (String(cp.description || "").length < 40) findings.push(`${name}: custom permission needs a description`);
  }
  for (const setName of SETS) {
    const ps = m.permissionSets.get(setName);
    if (!ps) continue;
    const granted = ps.customPermissions
      .filter((p) => bool(p.enabled))
      .map((p) => p.name)
      .sort();
    if (granted.join(",") !== CUSTOM_PERMISSIONS[setName].join(",")) {
      findings.push(
        `${setName}: grants ${granted.join(", ") || "none"}, intended ${CUSTOM_PERMISSIONS[setName].join(", ") || "none"}`
      );
    }
    for (const name of granted)
      if (!m.customPermissions.has(name)) findings.push(`${setName}: custom permission ${name} does not exist`);
  }
  return findings;
}

/** App pages for some sets only: the configuration console (Accord_Configure), the needs radar (the COE). */
const RESTRICTED_TABS = {
  Accord_Configuration_Console: ["Accord_Admin"],
  Accord_Needs_Radar: ["Accord_Plan_Manager", "Accord_Admin"],
  Accord_Key_Account_Portfolio: ["Accord_Plan_Manager", "Accord_Admin"]
};

function checkConfigurationAndNavigation(m) {
  const findings = [];
  const app = m.applications.get(APP);
  const customTabs = (app?.tabs || []).filter((t) => !t.startsWith("standard-"));
  for (const setName of SETS) {
    const ps = m.permissionSets.get(setName);
    if (!ps) continue;
    const types = ps.customMetadataTypeAccesses
      .filter((a) => bool(a.enabled))
      .map((a) => a.name)
      .sort();
    if (types.join(",") !== CMDT_TYPES.join(","))
      findings.push(`${setName}: configuration types ${types.join(", ")}, intended ${CMDT_TYPES.join(", ")}`);
    for (const type of types)
      if (!m.cmdtTypes.includes(type)) findings.push(`${setName}: custom metadata type ${type} does not exist`);
    if (!ps.applicationVisibilities.some((a) => a.application === APP && bool(a.visible)))
      findings.push(`${setName}: ${APP} is not visible`);
    const tabs = new Map(ps.tabSettings.map((t) => [t.tab, t.visibility]));
    for (const tab of customTabs) {
      const visible = !RESTRICTED_TABS[tab] || RESTRICTED_TABS[tab].includes(setName);
      if (visible && tabs.get(tab) !== "Visible") findings.push(`${setName}: tab ${tab} is not Visible`);
      if (!visible && tabs.get(tab) === "Visible") {
        findings.push(`${setName}: tab ${tab} is for ${RESTRICTED_TABS[tab].join(" and ")} only`);
      }
    }
    for (const tab of tabs.keys()) if (!m.tabs.has(tab)) findings.push(`${setName}: tab ${tab} does not exist`);
    // The customer document PDF is a Visualforce page: without page access the PDF cannot render.
    const pages = new Set(ps.pageAccesses.filter((p) => bool(p.enabled)).map((p) => p.apexPage));
    for (const page of m.apexPages)
      if (!pages.has(page)) findings.push(`${setName}: Visualforce page ${page} is not granted`);
  }
  return findings;
}

/**
 * Class access both ways against CLASS_ACCESS (missing and extra grants), and CLASS_ACCESS against
 * the entry points found by parsing (every entry point declared, nothing declared that is not one).
 */
function checkClassAccess(m, declared = CLASS_ACCESS) {
  const findings = [];
  for (const [name, why] of m.entryPoints) {
    if (!declared[name]) findings.push(`${name} (${why.join(", ")}) has no class access declared in CLASS_ACCESS`);
  }
  for (const name of Object.keys(declared)) {
    if (!m.entryPoints.has(name)) findings.push(`${name} is declared in CLASS_ACCESS but is not an entry point`);
  }
  for (const setName of SETS) {
    const ps = m.permissionSets.get(setName);
    if (!ps) continue;
    const granted = new Set(ps.classAccesses.filter((c) => bool(c.enabled)).map((c) => c.apexClass));
    for (const [name, sets] of Object.entries(declared)) {
      if (sets.includes(setName) && !granted.has(name)) findings.push(`${setName}: ${name} is not granted`);
    }
    for (const name of [...granted].sort()) {
      if (!m.apexClasses.some((c) => c.name === name)) findings.push(`${setName}: Apex class ${name} does not exist`);
      else if (!(declared[name] || []).includes(setName))
        findings.push(`${setName}: ${name} is granted but not intended (CLASS_ACCESS)`);
    }
  }
  return findings;
}

// ---- tests on the real files ----
test("every field a permission set lists exists, once", () => {
  assert.deepEqual(checkListedFieldsExist(model), []);
});

test("every listable custom field is in every permission set with its intended access", () => {
  assert.deepEqual(checkFieldAccess(model), []);
});

test("system-owned, formula and roll-up fields are read-only everywhere", () => {
  assert.deepEqual(checkReadOnlyEverywhere(model), []);
});

test("required and master-detail fields are never listed", () => {
  assert.deepEqual(checkNeverListed(model), []);
});

test("no permission set grants View All Data, Modify All Data, View All or Modify All", () => {
  assert.deepEqual(checkNoViewAllModifyAll(model), []);
});

test("object access follows the least-privilege matrix; signatures are never edited or deleted", () => {
  assert.deepEqual(checkObjectAccess(model), []);
});

test("custom permissions exist with descriptions and are granted only where intended", () => {
  assert.deepEqual(checkCustomPermissions(model), []);
});

test("configuration types, the app, its tabs and the Visualforce page are granted to every set", () => {
  assert.deepEqual(checkConfigurationAndNavigation(model), []);
});

test("every Apex entry point is granted exactly in the permission sets CLASS_ACCESS names", () => {
  assert.deepEqual(checkClassAccess(model), []);
});

test("entry points are found by parsing: Aura controllers, Flow actions and the Visualforce controller", () => {
  assert.deepEqual([...model.entryPoints.keys()].sort(), Object.keys(CLASS_ACCESS).sort());
  assert.deepEqual(model.entryPoints.get("AccordRecomputeScoresAction"), ["@InvocableMethod recompute"]);
  assert.ok(!model.entryPoints.has("AccordDto"), "@AuraEnabled properties of DTOs are not entry points");
  assert.ok(
    model.entryPoints.get("AccordPlanDocumentController").includes("Visualforce controller of AccordPlanDocument.page")
  );
});

test("the matrix is concrete: fields listed, system-owned ones among them", () => {
  const listed = listableFields(model).map((f) => f.qualified);
  assert.ok(listed.length >= 50, `expected at least 50 listable fields, found ${listed.length}`);
  for (const qualified of SYSTEM_OWNED) assert.ok(listed.includes(qualified), `${qualified} should be listable`);
});

// ---- each check catches what it is meant to catch ----
test("the checks report broken copies of the permission sets", () => {
  let m = clone();
  const user = () => m.permissionSets.get("Accord_User");
  user().fieldPermissions.push({ field: "Customer_Need__c.Verbatim_Text__c", editable: "true", readable: "true" });
  assert.deepEqual(checkListedFieldsExist(m), ["Accord_User: Customer_Need__c.Verbatim_Text__c does not exist"]);

  m = clone();
  user().fieldPermissions = user().fieldPermissions.filter((p) => p.field !== "Customer_Need__c.Decision_Rationale__c");
  user().fieldPermissions.find((p) => p.field === "Customer_Account_Plan__c.Reopen_Reason__c").editable = "true";
  assert.deepEqual(checkFieldAccess(m), [
    "Accord_User: Customer_Account_Plan__c.Reopen_Reason__c must be read-only",
    "Accord_User: Customer_Need__c.Decision_Rationale__c is not listed (intended editable)"
  ]);

  m = clone();
  m.permissionSets.get("Accord_Admin").fieldPermissions.find((p) => p.field === "Account.Kam_Tier__c").editable =
    "true";
  m.objects.get("Customer_Account_Plan__c").fields.set("Need_Count__c", { fullName: "Need_Count__c", type: "Summary" });
  user().fieldPermissions.push({ field: "Customer_Account_Plan__c.Need_Count__c", editable: "true", readable: "true" });
  assert.deepEqual(checkReadOnlyEverywhere(m), [
    "Accord_Admin: Account.Kam_Tier__c is system-owned or computed and must be read-only",
    "Accord_User: Customer_Account_Plan__c.Need_Count__c is system-owned or computed and must be read-only"
  ]);

  m = clone();
  user().fieldPermissions.push({ field: "Customer_Need__c.Plan__c", editable: "false", readable: "true" });
  user().fieldPermissions.push({ field: "Plan_Initiative__c.Title__c", editable: "true", readable: "true" });
  assert.deepEqual(checkNeverListed(m), [
    "Accord_User: Customer_Need__c.Plan__c is required or master-detail and cannot be listed",
    "Accord_User: Plan_Initiative__c.Title__c is required or master-detail and cannot be listed"
  ]);

  m = clone();
  user().userPermissions.push({ enabled: "true", name: "ModifyAllData" });
  user().objectPermissions.find((p) => p.object === "Plan_Signature__c").viewAllRecords = "true";
  assert.deepEqual(checkNoViewAllModifyAll(m), [
    "Accord_User: grants ModifyAllData",
    "Accord_User: grants View All on Plan_Signature__c"
  ]);

  m = clone();
  user().objectPermissions.find((p) => p.object === "Plan_Signature__c").allowDelete = "true";
  user().objectPermissions.find((p) => p.object === "Account").allowEdit = "true";
  assert.deepEqual(checkObjectAccess(m), [
    "Accord_User: Account is RE, intended R",
    "Accord_User: Plan_Signature__c is CRD, intended CR"
  ]);

  m = clone();
  user().customPermissions.push({ enabled: "true", name: "Accord_Sign_Plans" });
  m.customPermissions.get("Accord_Configure").description = "";
  assert.deepEqual(checkCustomPermissions(m), [
    "Accord_Configure: custom permission needs a description",
    "Accord_User: grants Accord_Sign_Plans, intended none"
  ]);

  m = clone();
  const admin = m.permissionSets.get("Accord_Admin");
  admin.customMetadataTypeAccesses = admin.customMetadataTypeAccesses.filter((a) => a.name !== "Country_Setting__mdt");
  admin.tabSettings = admin.tabSettings.filter((t) => t.tab !== "Collaboration_Assessment__c");
  const findings = checkConfigurationAndNavigation(m);
  assert.ok(findings.includes("Accord_Admin: tab Collaboration_Assessment__c is not Visible"), findings.join("\n"));
  const withoutCountry = CMDT_TYPES.filter((t) => t !== "Country_Setting__mdt").join(", ");
  assert.ok(
    findings.includes(`Accord_Admin: configuration types ${withoutCountry}, intended ${CMDT_TYPES.join(", ")}`)
  );

  m = clone();
  m.permissionSets.get("Accord_User").pageAccesses = [];
  assert.deepEqual(checkConfigurationAndNavigation(m), [
    "Accord_User: Visualforce page AccordPlanDocument is not granted"
  ]);
});

// ---- class access: the check fails on the permission sets as they were, and on each kind of drift ----
const FLOW_ACTIONS = ["AccordRecomputeScoresAction", "AccordRecordSignatureAction", "AccordSharePlanAction"];

test("class access: the permission sets without the Flow action grants (the original bug) are rejected", () => {
  const m = clone();
  for (const ps of m.permissionSets.values())
    ps.classAccesses = ps.classAccesses.filter((c) => !FLOW_ACTIONS.includes(c.apexClass));
  assert.deepEqual(checkClassAccess(m), [
    "Accord_User: AccordSharePlanAction is not granted",
    "Accord_User: AccordRecordSignatureAction is not granted",
    "Accord_Plan_Manager: AccordSharePlanAction is not granted",
    "Accord_Plan_Manager: AccordRecordSignatureAction is not granted",
    "Accord_Admin: AccordSharePlanAction is not granted",
    "Accord_Admin: AccordRecordSignatureAction is not granted",
    "Accord_Admin: AccordRecomputeScoresAction is not granted"
  ]);
});

test("class access: an extra grant, an undeclared entry point and a stale declaration are rejected", () => {
  const m = clone();
  m.permissionSets.get("Accord_User").classAccesses.push({ apexClass: "AccordRecomputeScoresAction", enabled: "true" });
  m.permissionSets.get("Accord_User").classAccesses.push({ apexClass: "AccordGoneController", enabled: "true" });
  m.entryPoints.set("AccordNoteController", ["@AuraEnabled getNote"]);
  m.entryPoints.delete("AccordPriorityController");
  assert.deepEqual(checkClassAccess(m), [
    "AccordNoteController (@AuraEnabled getNote) has no class access declared in CLASS_ACCESS",
    "AccordPriorityController is declared in CLASS_ACCESS but is not an entry point",
    "Accord_User: Apex class AccordGoneController does not exist",
    "Accord_User: AccordRecomputeScoresAction is granted but not intended (CLASS_ACCESS)"
  ]);
});

test("class access: entry points are read from methods and Visualforce pages, not from DTO properties", () => {
  const fixture = path.join(
    __dirname,
    "../../checks/__tests__/fixtures/class-access-entry-points/force-app/main/default"
  );
  assert.deepEqual(Object.fromEntries(findEntryPoints(fixture)), {
    AccordNoteController: ["@AuraEnabled getNote", "Visualforce controller of AccordNote.page"],
    AccordRecomputeScoresAction: ["@InvocableMethod recompute"],
    AccordNoteExtension: ["Visualforce controller of AccordNote.page"],
    AccordNoteOtherExtension: ["Visualforce controller of AccordNote.page"]
  });
});
