"use strict";
// The Accord data model (DESIGN.md "Data model", model-values.md): objects and fields with their
// exact API names, types, relationships and sharing, descriptions and help text, picklist
// values, validation rules that reference real fields, and the app, tabs and record page.
// Each check returns findings; the tests assert none on the real files and, on mutated copies,
// that each check reports what it is meant to catch.

const path = require("node:path");
const { findRecordPageComponents } = require("../../preview/build/recordPageComponents");
const test = require("node:test");
const assert = require("node:assert/strict");
const { loadModel, bool } = require("./objectModel");
const { loadValues } = require("../../scripts/lib/core-source");

// ---- expectations (the design, written out) ----
const EXPECTED_FIELDS = {
  Customer_Account_Plan__c: [
    "Account__c",
    "Status__c",
    "Version__c",
    "Revision__c",
    "Content_Hash__c",
    "Period_Start__c",
    "Period_End__c",
    "Customer_Goals__c",
    "Plan_Language__c",
    "Shared_On__c",
    "Agreed_On__c",
    "Reopen_Reason__c",
    "Country_Code__c",
    "Plan_Key__c",
    "Health_Score__c",
    "Previous_Plan__c"
  ],
  Customer_Need__c: [
    "Plan__c",
    "Verbatim__c",
    "Theme__c",
    "Raised_By__c",
    "Raised_By_Name__c",
    "Customer_Priority__c",
    "Decision__c",
    "Decision_Rationale__c",
    "Initiative__c",
    "Sequence__c",
    "Key__c"
  ],
  Plan_Initiative__c: [
    "Plan__c",
    "Title__c",
    "Success_Measure__c",
    "Target_Date__c",
    "Status__c",
    "Success_Outcome__c",
    "Success_Result__c",
    "Customer_Comment__c",
    "Sequence__c",
    "Key__c"
  ],
  Plan_Commitment__c: [
    "Initiative__c",
    "Party__c",
    "Description__c",
    "Owner_User__c",
    "Owner_Contact__c",
    "Owner_Name__c",
    "Due_Date__c",
    "Status__c",
    "Review_Outcome__c",
    "Sequence__c",
    "Key__c"
  ],
  Plan_Signature__c: [
    "Plan__c",
    "Party__c",
    "Signer_User__c",
    "Signer_Contact__c",
    "Signer_Name__c",
    "Plan_Version__c",
    "Content_Hash__c",
    "Signed_At__c",
    "Method__c",
    "Evidence__c",
    "Evidence_Hash__c",
    "Superseded__c",
    "Signature_Key__c"
  ],
  // Every shared version's canonical text and hash (written by Accord only, never changed or deleted).
  Plan_Version__c: [
    "Plan__c",
    "Version_Number__c",
    "Content_Hash__c",
    "Canonical_Text__c",
    "Shared_At__c",
    "Version_Key__c"
  ],
  Plan_Review__c: [
    "Plan__c",
    "Review_Type__c",
    "Review_Date__c",
    "Customer_Feedback__c",
    "What_Worked__c",
    "What_Did_Not__c",
    "What_We_Will_Change__c"
  ],
  Account_Stakeholder__c: [
    "Account__c",
    "Contact__c",
    "Role__c",
    "Influence__c",
    "Decision_Role__c",
    "Stance__c",
    "Relationship_Strength__c",
    "Relationship_Owner__c",
    "Reports_To__c",
    "Is_Signatory__c",
    "Last_Engaged_On__c"
  ],
  Collaboration_Assessment__c: [
    "Account__c",
    "Plan__c",
    "Respondent_Type__c",
    "Function__c",
    "Respondent_User__c",
    "Respondent_Contact__c",
    "Period__c",
    "Submitted_On__c",
    "Respondent_Key__c",
    "Comment__c"
  ],
  // Stored collaboration index per account and period (system-owned, recomputed by AccordScoreService).
  Collaboration_Result__c: [
    "Account__c",
    "Period__c",
    "Result_Key__c",
    "Customer_Index__c",
    "Internal_Index__c",
    "Index_Gap__c",
    "Customer_Respondents__c",
    "Internal_Respondents__c",
    "Customer_Margin__c",
    "Internal_Margin__c",
    "Minimum_Respondents__c",
    "Provisional__c",
    "Roadblocks__c",
    "Weakest_Dimension__c",
    "Lowest_Function__c",
    "Country_Code__c",
    "Archetype_Code__c",
    "Details__c",
    "Computed_On__c"
  ],
  Collaboration_Rating__c: ["Assessment__c", "Dimension__c", "Score__c", "Comment__c", "Rating_Key__c"],
  Account_Selection_Rating__c: ["Account__c", "Criterion__c", "Rating__c", "Rationale__c", "Rating_Key__c"],
  // An account's key-account history (who and when: Created By and Created Date); the status is its latest entry.
  Key_Account_Nomination__c: ["Account__c", "Action__c", "Reason__c", "Effective_Date__c"],
  // What Accord could not do, for admins (failed score recomputes, unexpected errors, recompute summaries).
  Accord_Log__c: ["Source__c", "Code__c", "Message__c", "Detail__c", "Record_Id__c", "Request_Id__c", "User__c"],
  Account: [
    "Kam_Priority_Score__c",
    "Kam_Tier__c",
    "Kam_Collaboration_Index__c",
    "Kam_Country_Code__c",
    "Kam_Assessment_Reminded_On__c"
  ]
};

// child.field → parent: the child cannot live without its parent.
const MASTER_DETAIL = {
  "Customer_Account_Plan__c.Account__c": "Account",
  "Customer_Need__c.Plan__c": "Customer_Account_Plan__c",
  "Plan_Initiative__c.Plan__c": "Customer_Account_Plan__c",
  "Plan_Signature__c.Plan__c": "Customer_Account_Plan__c",
  "Plan_Review__c.Plan__c": "Customer_Account_Plan__c",
  "Plan_Version__c.Plan__c": "Customer_Account_Plan__c",
  "Plan_Commitment__c.Initiative__c": "Plan_Initiative__c",
  "Collaboration_Rating__c.Assessment__c": "Collaboration_Assessment__c",
  "Account_Selection_Rating__c.Account__c": "Account",
  "Key_Account_Nomination__c.Account__c": "Account",
  "Collaboration_Result__c.Account__c": "Account",
  // Personal data: visible only to those who see the account.
  "Account_Stakeholder__c.Account__c": "Account"
};
// Lookups: target and delete behaviour (null: User lookups, which cannot restrict delete).
const LOOKUPS = {
  "Customer_Need__c.Initiative__c": ["Plan_Initiative__c", "Restrict"],
  "Customer_Account_Plan__c.Previous_Plan__c": ["Customer_Account_Plan__c", "SetNull"],
  "Customer_Need__c.Raised_By__c": ["Contact", "SetNull"],
  "Plan_Commitment__c.Owner_User__c": ["User", null],
  "Plan_Commitment__c.Owner_Contact__c": ["Contact", "Restrict"],
  "Plan_Signature__c.Signer_User__c": ["User", null],
  "Plan_Signature__c.Signer_Contact__c": ["Contact", "Restrict"],
  "Account_Stakeholder__c.Contact__c": ["Contact", "Restrict"],
  "Account_Stakeholder__c.Relationship_Owner__c": ["User", null],
  "Account_Stakeholder__c.Reports_To__c": ["Account_Stakeholder__c", "SetNull"],
  "Collaboration_Assessment__c.Account__c": ["Account", "Restrict"],
  "Collaboration_Assessment__c.Plan__c": ["Customer_Account_Plan__c", "SetNull"],
  "Collaboration_Assessment__c.Respondent_User__c": ["User", null],
  "Collaboration_Assessment__c.Respondent_Contact__c": ["Contact", "SetNull"],
  "Accord_Log__c.User__c": ["User", null]
};
const SHARING = {
  Customer_Account_Plan__c: "ControlledByParent",
  Customer_Need__c: "ControlledByParent",
  Plan_Initiative__c: "ControlledByParent",
  Plan_Commitment__c: "ControlledByParent",
  Plan_Signature__c: "ControlledByParent",
  Plan_Review__c: "ControlledByParent",
  Plan_Version__c: "ControlledByParent",
  Account_Stakeholder__c: "ControlledByParent",
  Collaboration_Assessment__c: "Private",
  Collaboration_Rating__c: "ControlledByParent",
  Collaboration_Result__c: "ControlledByParent",
  Account_Selection_Rating__c: "ControlledByParent",
  Key_Account_Nomination__c: "ControlledByParent",
  Accord_Log__c: "Read"
};
// Customer words and rationales: Long Text Area 32768 with visible lines.
const LONG_TEXT = [
  "Customer_Account_Plan__c.Customer_Goals__c",
  "Customer_Account_Plan__c.Reopen_Reason__c",
  "Customer_Need__c.Verbatim__c",
  "Customer_Need__c.Decision_Rationale__c",
  "Plan_Initiative__c.Success_Measure__c",
  "Plan_Commitment__c.Description__c",
  "Plan_Initiative__c.Success_Result__c",
  "Plan_Initiative__c.Customer_Comment__c",
  "Plan_Review__c.Customer_Feedback__c",
  "Plan_Review__c.What_Worked__c",
  "Plan_Review__c.What_Did_Not__c",
  "Plan_Review__c.What_We_Will_Change__c",
  "Collaboration_Rating__c.Comment__c",
  "Collaboration_Assessment__c.Comment__c",
  "Account_Selection_Rating__c.Rationale__c",
  "Key_Account_Nomination__c.Reason__c"
];
// [type, length] of text fields whose size is part of the design.
const TEXT_SIZES = {
  "Customer_Need__c.Key__c": 36,
  "Plan_Initiative__c.Key__c": 36,
  "Plan_Commitment__c.Key__c": 36,
  "Customer_Account_Plan__c.Plan_Key__c": 80,
  "Plan_Signature__c.Signature_Key__c": 120,
  "Customer_Account_Plan__c.Country_Code__c": 2,
  "Account.Kam_Country_Code__c": 2,
  "Collaboration_Assessment__c.Period__c": 7,
  "Collaboration_Rating__c.Dimension__c": 40,
  "Collaboration_Result__c.Period__c": 7,
  "Collaboration_Result__c.Country_Code__c": 2,
  "Account_Selection_Rating__c.Criterion__c": 40,
  "Customer_Account_Plan__c.Content_Hash__c": 64,
  "Plan_Signature__c.Content_Hash__c": 64,
  "Plan_Version__c.Content_Hash__c": 64,
  "Plan_Version__c.Version_Key__c": 120
};
const UNIQUE_KEYS = [
  "Customer_Need__c.Key__c",
  "Plan_Initiative__c.Key__c",
  "Plan_Commitment__c.Key__c",
  "Customer_Account_Plan__c.Plan_Key__c",
  "Plan_Signature__c.Signature_Key__c",
  "Plan_Version__c.Version_Key__c",
  "Account_Selection_Rating__c.Rating_Key__c",
  "Collaboration_Rating__c.Rating_Key__c",
  "Collaboration_Assessment__c.Respondent_Key__c",
  "Collaboration_Result__c.Result_Key__c"
];
// Picklists and global value sets: declared once in src/core/values.ts (VALUE_SET_FIELDS, GLOBAL_VALUE_SETS).
const VALUES = loadValues();
// The validation rules the brief asks for (always true, whatever the UI).
const EXPECTED_RULES = {
  Customer_Account_Plan__c: ["Country_Code_Format", "Period_End_After_Start"],
  Customer_Need__c: ["Customer_Priority_Range", "Rationale_Required_For_Defer_Or_Decline", "Verbatim_Required"],
  Plan_Commitment__c: ["Description_Required", "Owner_Contact_Only_For_Customer", "Owner_User_Only_For_Company"],
  Plan_Signature__c: ["Plan_Version_Positive", "Signer_Matches_Party_Company", "Signer_Matches_Party_Customer"],
  Account_Stakeholder__c: [
    "Influence_Range",
    "Relationship_Strength_Range",
    "Reports_To_Not_Self",
    "Reports_To_Same_Account",
    "Stance_Range"
  ],
  Collaboration_Assessment__c: [
    "Function_Only_For_Internal",
    "Function_Required_For_Internal",
    "Period_Format",
    "Respondent_Matches_Type_Customer",
    "Respondent_Matches_Type_Internal"
  ],
  Collaboration_Rating__c: ["Score_Range"],
  Account_Selection_Rating__c: ["Rating_Range"],
  Key_Account_Nomination__c: ["Reason_Required"]
};
const APP = "Accord_Key_Account_Management";
const APP_TABS = [
  "standard-Account",
  "Customer_Account_Plan__c",
  "Account_Stakeholder__c",
  "Collaboration_Assessment__c",
  "Accord_Configuration_Console",
  "Accord_Needs_Radar",
  "Accord_Key_Account_Portfolio"
];
const RECORD_PAGE = "Accord_Customer_Account_Plan_Record_Page";
const STANDARD_COMPONENTS = new Set([
  "force:highlightsPanel",
  "force:detailPanel",
  "force:relatedListContainer",
  "force:relatedListSingleContainer",
  "flexipage:tabset",
  "flexipage:tab"
]);
// Standard fields a formula may use on any object, besides custom fields.
const STANDARD_FIELDS = new Set(["Id", "Name", "OwnerId", "CreatedDate", "CreatedById", "LastModifiedDate"]);
// Standard fields every custom object has, for page layouts (OwnerId only when it is not a master-detail child).
const LAYOUT_STANDARD_FIELDS = new Set(["Name", "CreatedById", "LastModifiedById"]);
const MIN_DESCRIPTION = 30;

/** Whether the LWC bundle is exposed on Customer_Account_Plan__c record pages (the preview's reading of the meta). */
const exposedOnPlanRecordPage = (bundle) =>
  findRecordPageComponents(path.join(__dirname, "../../force-app/main/default/lwc"), "Customer_Account_Plan__c").some(
    (c) => c.name === bundle
  );

const model = loadModel();
const clone = () => structuredClone(model);
const customObjects = (m) => [...m.objects.values()].filter((o) => o.name.endsWith("__c"));
const fieldOf = (m, qualified) => {
  const [objectName, fieldName] = qualified.split(".");
  return m.objects.get(objectName)?.fields.get(fieldName);
};

// ---- checks ----
function checkFieldNames(m) {
  const findings = [];
  for (const [objectName, expected] of Object.entries(EXPECTED_FIELDS)) {
    const object = m.objects.get(objectName);
    if (!object) {
      findings.push(`${objectName}: object is missing`);
      continue;
    }
    if (objectName.endsWith("__c") && !object.object) findings.push(`${objectName}: object-meta.xml is missing`);
    const actual = [...object.fields.keys()];
    for (const name of expected) if (!actual.includes(name)) findings.push(`${objectName}.${name}: field is missing`);
    for (const name of actual)
      if (!expected.includes(name)) findings.push(`${objectName}.${name}: field is not in the design`);
  }
  for (const o of customObjects(m)) {
    if (!EXPECTED_FIELDS[o.name]) findings.push(`${o.name}: object is not in the design`);
  }
  return findings;
}

function checkDescriptions(m) {
  const findings = [];
  for (const o of m.objects.values()) {
    if (o.object && String(o.object.description || "").length < MIN_DESCRIPTION) {
      findings.push(`${o.name}: object needs a description of at least ${MIN_DESCRIPTION} characters`);
    }
    for (const [name, f] of o.fields) {
      if (String(f.description || "").length < MIN_DESCRIPTION) findings.push(`${o.name}.${name}: needs a description`);
      // Every field here is seen and most are edited by users; system-owned ones explain who sets them.
      // Platform event fields (__e) are never shown in the user interface: they carry no help text.
      if (!o.name.endsWith("__e") && !String(f.inlineHelpText || "").trim())
        findings.push(`${o.name}.${name}: needs inline help text`);
      if (String(f.inlineHelpText || "").length > 510)
        findings.push(`${o.name}.${name}: help text over 510 characters`);
    }
  }
  return findings;
}

function checkRelationships(m) {
  const findings = [];
  for (const o of m.objects.values()) {
    for (const [name, f] of o.fields) {
      const qualified = `${o.name}.${name}`;
      if (f.type === "MasterDetail" && MASTER_DETAIL[qualified] !== f.referenceTo) {
        findings.push(`${qualified}: master-detail to ${f.referenceTo} is not in the design`);
      }
      if (f.type === "Lookup" && !LOOKUPS[qualified]) findings.push(`${qualified}: lookup is not in the design`);
    }
  }
  for (const [qualified, parent] of Object.entries(MASTER_DETAIL)) {
    const f = fieldOf(m, qualified);
    if (!f || f.type !== "MasterDetail" || f.referenceTo !== parent) {
      findings.push(`${qualified}: must be master-detail to ${parent}`);
    }
  }
  for (const [qualified, [target, constraint]] of Object.entries(LOOKUPS)) {
    const f = fieldOf(m, qualified);
    if (!f || f.type !== "Lookup" || f.referenceTo !== target) {
      findings.push(`${qualified}: must be a lookup to ${target}`);
      continue;
    }
    if ((f.deleteConstraint || null) !== constraint) {
      findings.push(
        `${qualified}: deleteConstraint must be ${constraint || "absent (User lookup)"}, not ${f.deleteConstraint}`
      );
    }
    if (target === "User" && !/cannot restrict delete/i.test(f.description || "")) {
      findings.push(`${qualified}: a User lookup's description must say it cannot restrict delete`);
    }
    if (bool(f.required) && constraint === "SetNull") findings.push(`${qualified}: a required lookup cannot SetNull`);
  }
  return findings;
}

function checkSharingAndNames(m) {
  const findings = [];
  for (const o of customObjects(m)) {
    const obj = o.object || {};
    if (obj.sharingModel !== SHARING[o.name])
      findings.push(`${o.name}: sharingModel ${obj.sharingModel}, expected ${SHARING[o.name]}`);
    const isDetail = [...o.fields.values()].some((f) => f.type === "MasterDetail");
    if (isDetail !== (obj.sharingModel === "ControlledByParent")) {
      findings.push(`${o.name}: only master-detail children are ControlledByParent`);
    }
    if (obj.sharingModel !== "ControlledByParent" && !/sharing/i.test(obj.description || "")) {
      findings.push(`${o.name}: the description must explain the ${obj.sharingModel} sharing choice`);
    }
    if (obj.deploymentStatus !== "Deployed") findings.push(`${o.name}: must be Deployed`);
    if (!bool(obj.enableReports)) findings.push(`${o.name}: reports must be enabled`);
    const nameField = obj.nameField || {};
    if (nameField.type === "AutoNumber" && !/^[A-Z]+-\{0+\}$/.test(nameField.displayFormat || "")) {
      findings.push(`${o.name}: auto-number format '${nameField.displayFormat}' should read like CAP-{0000}`);
    }
    if (!["AutoNumber", "Text"].includes(nameField.type))
      findings.push(`${o.name}: name field must be AutoNumber or Text`);
    for (const [name, f] of o.fields) {
      if (bool(f.trackHistory) && !bool(obj.enableHistory)) {
        findings.push(`${o.name}.${name}: tracks history but the object does not enable history`);
      }
    }
  }
  return findings;
}

function checkFieldShapes(m) {
  const findings = [];
  for (const qualified of LONG_TEXT) {
    const f = fieldOf(m, qualified);
    if (!f || f.type !== "LongTextArea" || f.length !== "32768" || !(Number(f.visibleLines) > 0)) {
      findings.push(`${qualified}: must be LongTextArea 32768 with visibleLines`);
    }
  }
  for (const [qualified, length] of Object.entries(TEXT_SIZES)) {
    const f = fieldOf(m, qualified);
    if (!f || f.type !== "Text" || Number(f.length) !== length) findings.push(`${qualified}: must be Text(${length})`);
  }
  for (const qualified of UNIQUE_KEYS) {
    const f = fieldOf(m, qualified);
    if (!f || !bool(f.unique) || !bool(f.externalId)) findings.push(`${qualified}: must be a unique external ID`);
  }
  for (const qualified of ["Account.Kam_Priority_Score__c", "Account.Kam_Collaboration_Index__c"]) {
    const f = fieldOf(m, qualified);
    const shape = f ? `${f.precision},${f.scale}` : "missing";
    if (!f || f.type !== "Number" || !["5,2", "3,0"].includes(shape))
      findings.push(`${qualified}: must be Number(5,2) or (3,0)`);
  }
  return findings;
}

/**
 * Every restricted picklist and global value set in the metadata equals its declaration in src/core/values.ts
 * (values in order, default), and nothing is declared that the metadata lacks.
 */
function checkPicklists(m, values = VALUES) {
  const findings = [];
  const declared = values.VALUE_SET_FIELDS;
  const objects = new Map([...m.objects, ...m.cmdtObjects]);
  for (const [objectName, object] of objects) {
    for (const [fieldName, f] of object.fields) {
      const qualified = `${objectName}.${fieldName}`;
      if (/Picklist$/.test(f.type) && !declared[qualified])
        findings.push(`${qualified}: picklist is not declared in src/core/values.ts`);
    }
  }
  for (const [qualified, spec] of Object.entries(declared)) {
    const [objectName, fieldName] = qualified.split(".");
    const f = objects.get(objectName)?.fields.get(fieldName);
    if (!f || f.type !== "Picklist") {
      findings.push(`${qualified}: must be a picklist`);
      continue;
    }
    if (!bool(f.valueSet?.restricted)) findings.push(`${qualified}: picklist must be restricted`);
    if (spec.globalValueSet) {
      if (f.valueSet?.valueSetName !== spec.globalValueSet)
        findings.push(`${qualified}: must use global value set ${spec.globalValueSet}`);
      continue;
    }
    const defined = f.valueSet?.valueSetDefinition?.value || [];
    const actual = defined.map((v) => v.fullName);
    if (actual.join("|") !== spec.values.join("|"))
      findings.push(`${qualified}: values ${actual.join(", ")}, expected ${spec.values.join(", ")}`);
    const defaults = defined.filter((v) => bool(v.default)).map((v) => v.fullName);
    if (defaults.join("|") !== (spec.default || ""))
      findings.push(`${qualified}: default ${defaults.join(", ") || "none"}, expected ${spec.default || "none"}`);
  }
  for (const name of m.globalValueSets.keys()) {
    if (!values.GLOBAL_VALUE_SETS[name])
      findings.push(`${name}: global value set is not declared in src/core/values.ts`);
  }
  for (const [name, expected] of Object.entries(values.GLOBAL_VALUE_SETS)) {
    const set = m.globalValueSets.get(name);
    const actual = (set?.customValue || []).map((v) => v.fullName);
    if (actual.join("|") !== expected.join("|"))
      findings.push(`${name}: values ${actual.join(", ")}, expected ${expected.join(", ")}`);
    if (set && String(set.description || "").length < MIN_DESCRIPTION) findings.push(`${name}: needs a description`);
  }
  return findings;
}

/** Field references in a formula: { field, via } where via is the lookup a __r path goes through. */
function formulaReferences(formula) {
  const withoutStrings = formula.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const refs = [];
  for (const match of withoutStrings.matchAll(/\b([A-Za-z][A-Za-z0-9_]*)__r\.([A-Za-z][A-Za-z0-9_]*)\b/g)) {
    refs.push({ field: match[2], via: `${match[1]}__c` });
  }
  const direct = withoutStrings.replace(/\b[A-Za-z][A-Za-z0-9_]*__r\.[A-Za-z][A-Za-z0-9_]*\b/g, "");
  for (const match of direct.matchAll(/\b([A-Za-z][A-Za-z0-9_]*__c)\b/g)) refs.push({ field: match[1], via: null });
  for (const match of direct.matchAll(/\b(Id|Name|OwnerId)\b(?!\s*\()/g)) refs.push({ field: match[1], via: null });
  return refs;
}

function checkValidationRules(m) {
  const findings = [];
  for (const o of customObjects(m)) {
    const names = o.rules.map((r) => r.fullName).sort();
    const expected = [...(EXPECTED_RULES[o.name] || [])].sort();
    for (const name of expected)
      if (!names.includes(name)) findings.push(`${o.name}: validation rule ${name} is missing`);
    for (const rule of o.rules) {
      const at = `${o.name}.${rule.fullName}`;
      if (!bool(rule.active)) findings.push(`${at}: must be active`);
      if (String(rule.errorMessage || "").length < 25) findings.push(`${at}: errorMessage must say what to do`);
      if (!rule.description) findings.push(`${at}: needs a description`);
      if (rule.errorDisplayField && !o.fields.has(rule.errorDisplayField)) {
        findings.push(`${at}: errorDisplayField ${rule.errorDisplayField} does not exist`);
      }
      for (const ref of formulaReferences(String(rule.errorConditionFormula || ""))) {
        if (ref.via === null) {
          if (!o.fields.has(ref.field) && !STANDARD_FIELDS.has(ref.field))
            findings.push(`${at}: ${ref.field} does not exist`);
          continue;
        }
        const lookup = o.fields.get(ref.via);
        const target = lookup && m.objects.get(lookup.referenceTo);
        if (!lookup || !target) findings.push(`${at}: relationship ${ref.via} does not exist`);
        else if (!target.fields.has(ref.field) && !STANDARD_FIELDS.has(ref.field)) {
          findings.push(`${at}: ${ref.via.replace("__c", "__r")}.${ref.field} does not exist`);
        }
      }
    }
  }
  return findings;
}

function checkAppAndPages(m) {
  const findings = [];
  const app = m.applications.get(APP);
  if (!app) return [`${APP}: application is missing`];
  if (app.uiType !== "Lightning" || app.navType !== "Standard")
    findings.push(`${APP}: must be a Lightning standard-navigation app`);
  if ([...app.formFactors].sort().join(",") !== "Large,Small")
    findings.push(`${APP}: form factors must be Small and Large`);
  if (app.tabs.join("|") !== APP_TABS.join("|"))
    findings.push(`${APP}: tabs ${app.tabs.join(", ")}, expected ${APP_TABS.join(", ")}`);
  for (const tab of app.tabs.filter((t) => !t.startsWith("standard-"))) {
    const customTab = m.tabs.get(tab);
    if (!customTab) findings.push(`${APP}: tab ${tab} has no tab file`);
    else if (customTab.flexiPage) {
      // A Lightning page tab: its page exists and is an app page.
      const appPage = m.flexipages.get(customTab.flexiPage);
      if (!appPage || appPage.type !== "AppPage" || !/^Custom\d+: /.test(customTab.motif || ""))
        findings.push(`${tab}: must open an existing app page (FlexiPage of type AppPage) and have a motif`);
    } else if (!bool(customTab.customObject) || !/^Custom\d+: /.test(customTab.motif || "") || !m.objects.has(tab)) {
      findings.push(`${tab}: must be a custom object tab of an existing object with a motif`);
    }
  }
  for (const override of app.actionOverrides || []) {
    if (!m.flexipages.has(override.content))
      findings.push(`${APP}: action override uses missing page ${override.content}`);
  }
  const page = m.flexipages.get(RECORD_PAGE);
  if (!page) return [...findings, `${RECORD_PAGE}: record page is missing`];
  if (page.type !== "RecordPage" || page.sobjectType !== "Customer_Account_Plan__c") {
    findings.push(`${RECORD_PAGE}: must be a RecordPage of Customer_Account_Plan__c`);
  }
  const facets = new Set(page.flexiPageRegions.filter((r) => r.type === "Facet").map((r) => r.name));
  for (const region of page.flexiPageRegions) {
    for (const item of region.itemInstances || []) {
      const name = item.componentInstance?.componentName;
      if (name?.startsWith("c:")) {
        if (!exposedOnPlanRecordPage(name.slice(2)))
          findings.push(`${RECORD_PAGE}: ${name} is not an LWC exposed on Customer_Account_Plan__c record pages`);
      } else if (!STANDARD_COMPONENTS.has(name))
        findings.push(`${RECORD_PAGE}: ${name} is not one of the standard components allowed`);
      for (const p of item.componentInstance?.componentInstanceProperties || []) {
        if (["body", "tabs"].includes(p.name) && !facets.has(p.value))
          findings.push(`${RECORD_PAGE}: facet ${p.value} is missing`);
      }
    }
  }
  const used = page.flexiPageRegions.flatMap((r) =>
    (r.itemInstances || []).map((i) => i.componentInstance?.componentName)
  );
  for (const required of ["force:highlightsPanel", "force:detailPanel"]) {
    if (!used.includes(required)) findings.push(`${RECORD_PAGE}: ${required} is missing`);
  }
  if (!used.some((n) => n && n.startsWith("force:relatedList")))
    findings.push(`${RECORD_PAGE}: related lists are missing`);
  for (const o of customObjects(m)) {
    for (const layout of o.compactLayouts) {
      for (const field of layout.fields) {
        if (field !== "Name" && !o.fields.has(field))
          findings.push(`${o.name} compact layout: ${field} does not exist`);
      }
    }
  }
  return findings;
}

function checkLayouts(m) {
  const findings = [];
  for (const o of customObjects(m)) {
    const layouts = [...m.layouts.entries()].filter(([name]) => name.startsWith(`${o.name}-`));
    if (layouts.length === 0) {
      findings.push(`${o.name}: has no page layout (force:detailPanel would show only the name)`);
      continue;
    }
    for (const [name, layout] of layouts) {
      const items = [layout.layoutSections]
        .flat()
        .flatMap((s) => [s.layoutColumns].flat())
        .flatMap((c) => [c?.layoutItems || []].flat());
      const onLayout = new Map(items.map((i) => [i.field, i.behavior]));
      // A master-detail child has no owner (its sharing is its parent's): OwnerId on its layout fails the deploy.
      const isDetail = [...o.fields.values()].some((f) => f.type === "MasterDetail");
      for (const field of onLayout.keys()) {
        if (!field || o.fields.has(field) || LAYOUT_STANDARD_FIELDS.has(field)) continue;
        if (field === "OwnerId" && !isDetail) continue;
        findings.push(
          field === "OwnerId"
            ? `${name}: OwnerId does not exist on a master-detail child (its sharing is controlled by the parent)`
            : `${name}: ${field} does not exist on ${o.name}`
        );
      }
      for (const [field, f] of o.fields) {
        const mustBeRequired = bool(f.required) || f.type === "MasterDetail";
        if (!onLayout.has(field)) findings.push(`${name}: ${field} is not on the layout`);
        else if (mustBeRequired && onLayout.get(field) !== "Required")
          findings.push(`${name}: ${field} must be Required`);
      }
    }
  }
  return findings;
}

// ---- tests on the real files ----
test("every designed object and field exists with its exact API name, and nothing else", () => {
  assert.deepEqual(checkFieldNames(model), []);
});

test("every object and field has a description, every field help text", () => {
  assert.deepEqual(checkDescriptions(model), []);
});

test("master-detail where the child cannot live without its parent; lookups restrict delete as designed", () => {
  assert.deepEqual(checkRelationships(model), []);
});

test("sharing is ControlledByParent for details, explained otherwise; names read well", () => {
  assert.deepEqual(checkSharingAndNames(model), []);
});

test("customer words are long text; keys, codes and scores have their designed size", () => {
  assert.deepEqual(checkFieldShapes(model), []);
});

test("picklists and global value sets hold exactly the values and defaults src/core/values.ts declares", () => {
  assert.deepEqual(checkPicklists(model), []);
});

test("the validation rules exist, say what to do and reference existing fields", () => {
  assert.deepEqual(checkValidationRules(model), []);
});

test("the app, its tabs, the plan record page and compact layouts reference what exists", () => {
  assert.deepEqual(checkAppAndPages(model), []);
});

test("every object has a layout with all its fields, required ones required", () => {
  assert.deepEqual(checkLayouts(model), []);
});

// ---- each check catches what it is meant to catch ----
test("the checks report broken copies of the model", () => {
  let m = clone();
  m.objects.get("Customer_Need__c").fields.delete("Verbatim__c");
  m.objects.get("Plan_Review__c").fields.set("Extra__c", { fullName: "Extra__c", type: "Text" });
  assert.deepEqual(checkFieldNames(m), [
    "Customer_Need__c.Verbatim__c: field is missing",
    "Plan_Review__c.Extra__c: field is not in the design"
  ]);

  m = clone();
  m.objects.get("Plan_Initiative__c").fields.get("Title__c").inlineHelpText = "";
  m.objects.get("Plan_Review__c").object.description = "Reviews";
  assert.deepEqual(checkDescriptions(m).sort(), [
    "Plan_Initiative__c.Title__c: needs inline help text",
    "Plan_Review__c: object needs a description of at least 30 characters"
  ]);

  m = clone();
  m.objects.get("Customer_Need__c").fields.get("Initiative__c").deleteConstraint = "SetNull";
  m.objects.get("Plan_Commitment__c").fields.get("Initiative__c").type = "Lookup";
  const relationshipFindings = checkRelationships(m);
  assert.ok(
    relationshipFindings.includes("Customer_Need__c.Initiative__c: deleteConstraint must be Restrict, not SetNull")
  );
  assert.ok(
    relationshipFindings.includes("Plan_Commitment__c.Initiative__c: must be master-detail to Plan_Initiative__c")
  );
  assert.ok(relationshipFindings.includes("Plan_Commitment__c.Initiative__c: lookup is not in the design"));

  m = clone();
  m.objects.get("Collaboration_Assessment__c").object.sharingModel = "ReadWrite";
  m.objects.get("Plan_Review__c").object.nameField.displayFormat = "{0}";
  assert.deepEqual(checkSharingAndNames(m).sort(), [
    "Collaboration_Assessment__c: sharingModel ReadWrite, expected Private",
    "Plan_Review__c: auto-number format '{0}' should read like CAP-{0000}"
  ]);

  m = clone();
  m.objects.get("Customer_Need__c").fields.get("Verbatim__c").length = "255";
  m.objects.get("Plan_Commitment__c").fields.get("Key__c").unique = "false";
  assert.deepEqual(checkFieldShapes(m), [
    "Customer_Need__c.Verbatim__c: must be LongTextArea 32768 with visibleLines",
    "Plan_Commitment__c.Key__c: must be a unique external ID"
  ]);

  m = clone();
  m.objects.get("Customer_Need__c").fields.get("Decision__c").valueSet.valueSetDefinition.value.pop();
  m.globalValueSets.get("Accord_Party").customValue.pop();
  const picklistFindings = checkPicklists(m);
  assert.ok(
    picklistFindings.includes(
      "Customer_Need__c.Decision__c: values Pending, Commit, Defer, expected Pending, Commit, Defer, Decline"
    )
  );
  assert.ok(picklistFindings.includes("Accord_Party: values Company, expected Company, Customer"));

  // A deliberately changed copy of the src/core declaration fails against the real metadata.
  const changed = structuredClone(VALUES);
  changed.VALUE_SET_FIELDS["Customer_Need__c.Decision__c"].values.push("Escalate");
  changed.VALUE_SET_FIELDS["Plan_Initiative__c.Status__c"].default = "On track";
  changed.GLOBAL_VALUE_SETS.Accord_Need_Theme.pop();
  delete changed.VALUE_SET_FIELDS["Country_Setting__mdt.Kam_Readiness__c"];
  delete changed.GLOBAL_VALUE_SETS.Accord_Stakeholder_Role;
  assert.deepEqual(checkPicklists(model, changed).sort(), [
    "Accord_Need_Theme: values Patient access, Clinical outcomes, Budget and cost, Workforce capacity, Digital and data, Education, Care pathway, Supply and logistics, Research and evidence, expected Patient access, Clinical outcomes, Budget and cost, Workforce capacity, Digital and data, Education, Care pathway, Supply and logistics",
    "Accord_Stakeholder_Role: global value set is not declared in src/core/values.ts",
    "Country_Setting__mdt.Kam_Readiness__c: picklist is not declared in src/core/values.ts",
    "Customer_Need__c.Decision__c: values Pending, Commit, Defer, Decline, expected Pending, Commit, Defer, Decline, Escalate",
    "Plan_Initiative__c.Status__c: default Not started, expected On track"
  ]);

  m = clone();
  const rule = m.objects
    .get("Customer_Need__c")
    .rules.find((r) => r.fullName === "Rationale_Required_For_Defer_Or_Decline");
  rule.errorConditionFormula = 'AND(ISPICKVAL(Decision__c, "Defer"), ISBLANK(Rationale__c))';
  rule.errorDisplayField = "Rationale__c";
  const stance = m.objects.get("Account_Stakeholder__c").rules.find((r) => r.fullName === "Reports_To_Same_Account");
  stance.errorConditionFormula = "Reports_To__r.Acount__c <> Account__c";
  m.objects.get("Plan_Signature__c").rules = m.objects
    .get("Plan_Signature__c")
    .rules.filter((r) => r.fullName !== "Signer_Matches_Party_Customer");
  assert.deepEqual(checkValidationRules(m).sort(), [
    "Account_Stakeholder__c.Reports_To_Same_Account: Reports_To__r.Acount__c does not exist",
    "Customer_Need__c.Rationale_Required_For_Defer_Or_Decline: Rationale__c does not exist",
    "Customer_Need__c.Rationale_Required_For_Defer_Or_Decline: errorDisplayField Rationale__c does not exist",
    "Plan_Signature__c: validation rule Signer_Matches_Party_Customer is missing"
  ]);

  m = clone();
  m.applications.get(APP).formFactors = ["Large"];
  m.tabs.delete("Account_Stakeholder__c");
  m.flexipages.get(RECORD_PAGE).flexiPageRegions[0].itemInstances[0].componentInstance.componentName =
    "c:accordAccountSummary";
  assert.deepEqual(checkAppAndPages(m), [
    `${APP}: form factors must be Small and Large`,
    `${APP}: tab Account_Stakeholder__c has no tab file`,
    `${RECORD_PAGE}: c:accordAccountSummary is not an LWC exposed on Customer_Account_Plan__c record pages`,
    `${RECORD_PAGE}: force:highlightsPanel is missing`
  ]);

  m = clone();
  m.objects.get("Plan_Review__c").fields.set("Outcome__c", { fullName: "Outcome__c", type: "Text", required: "true" });
  assert.deepEqual(checkLayouts(m), ["Plan_Review__c-Accord Plan Review Layout: Outcome__c is not on the layout"]);

  // The stakeholder layout as it was when Account__c became master-detail: OwnerId still on it (the deploy fails).
  m = clone();
  const stakeholderLayout = "Account_Stakeholder__c-Accord Account Stakeholder Layout";
  const addLayoutItem = (layoutName, field) => {
    const column = [[m.layouts.get(layoutName).layoutSections].flat()[0].layoutColumns].flat()[0];
    const items = [column.layoutItems || []].flat().filter((i) => i.field !== field);
    column.layoutItems = [...items, { behavior: "Edit", field }];
  };
  m.objects.get("Account_Stakeholder__c").fields.get("Account__c").type = "MasterDetail";
  addLayoutItem(stakeholderLayout, "OwnerId");
  addLayoutItem("Plan_Review__c-Accord Plan Review Layout", "Shoe_Size__c");
  assert.deepEqual(checkLayouts(m), [
    `${stakeholderLayout}: OwnerId does not exist on a master-detail child (its sharing is controlled by the parent)`,
    "Plan_Review__c-Accord Plan Review Layout: Shoe_Size__c does not exist on Plan_Review__c"
  ]);
});

test("formula references are found through relationships and outside string literals", () => {
  assert.deepEqual(formulaReferences('AND(ISPICKVAL(Party__c, "Owner_User__c"), Reports_To__r.Account__c <> Id)'), [
    { field: "Account__c", via: "Reports_To__c" },
    { field: "Party__c", via: null },
    { field: "Id", via: null }
  ]);
});
