"use strict";
// AccordConfiguration (src/core/contract.ts) from the custom metadata records of the project: the packaged
// global defaults plus the starter configuration, as in an org after `npm run config:starter`.

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

function numberField(record, field) {
  const raw = record.fields[field];
  const value = raw === null || raw === undefined ? NaN : Number(raw);
  if (!Number.isFinite(value))
    throw new Error(`${record.file}: ${field} must be a number, found ${JSON.stringify(raw)}`);
  return value;
}

const text = (record, field) => record.fields[field] ?? null;

/** A number field that may be left blank: null then. */
function optionalNumberField(record, field) {
  const raw = record.fields[field];
  return raw === null || raw === undefined || raw === "" ? null : numberField(record, field);
}

function readConfiguration(root) {
  const records = readCustomMetadataRecords([
    path.join(root, "force-app/main/default/customMetadata"),
    path.join(root, "config/starter/customMetadata")
  ]);
  const ofType = (type) => records.filter((r) => r.type === type);

  const archetypes = ofType("Healthcare_Archetype").map((r) => ({
    code: r.developerName,
    label: r.label,
    description: text(r, "Description__c") ?? "",
    decisionMaking: text(r, "Decision_Making__c") ?? "",
    careIntegration: text(r, "Care_Integration__c") ?? "",
    requiredRoles: ofType("Archetype_Required_Role")
      .filter((role) => text(role, "Archetype__c") === r.developerName)
      .map((role) => text(role, "Role_Code__c")),
    criterionWeights: Object.fromEntries(
      ofType("Archetype_Criterion_Weight")
        .filter((w) => text(w, "Archetype__c") === r.developerName)
        .map((w) => [text(w, "Criterion__c"), numberField(w, "Weight__c")])
    )
  }));
  const settingsRecord = ofType("Accord_Scoring_Setting").find((r) => r.developerName === "Default");
  if (!settingsRecord)
    throw new Error("customMetadata: no Accord_Scoring_Setting.Default record; scores cannot be computed");
  return {
    archetypes,
    countries: ofType("Country_Setting").map((r) => ({
      countryCode: text(r, "Country_Code__c"),
      archetypeCode: text(r, "Archetype__c"),
      kamReadiness: text(r, "Kam_Readiness__c"),
      pullThroughStrategy: text(r, "Pull_Through_Strategy__c") ?? "",
      reviewCadenceMonths: numberField(r, "Review_Cadence_Months__c"),
      // Blank: the default (DEFAULT_EARLIEST_REVIEW_MONTHS in src/core/plan/reviewSchedule.ts) applies.
      reviewEarliestMonths: optionalNumberField(r, "Review_Earliest_Months__c")
    })),
    roleProfiles: ofType("Stakeholder_Role_Profile").map((r) => ({
      roleCode: text(r, "Role_Code__c"),
      countryCode: text(r, "Country_Code__c"),
      archetypeCode: text(r, "Archetype__c"),
      language: text(r, "Language__c") ?? "en",
      priorities: text(r, "Priorities__c") ?? "",
      evidenceNeeds: text(r, "Evidence_Needs__c") ?? "",
      approach: text(r, "Approach__c") ?? "",
      whatToAvoid: text(r, "What_To_Avoid__c") ?? ""
    })),
    dimensions: ofType("Collaboration_Dimension").map((r) => ({
      code: r.developerName,
      label: r.label,
      audience: text(r, "Audience__c"),
      weight: numberField(r, "Weight__c"),
      sequence: numberField(r, "Sequence__c")
    })),
    criteria: ofType("Selection_Criterion").map((r) => ({
      code: r.developerName,
      label: r.label,
      weight: numberField(r, "Weight__c"),
      sequence: numberField(r, "Sequence__c")
    })),
    settings: {
      minimumRespondents: numberField(settingsRecord, "Minimum_Respondents__c"),
      tierAThreshold: numberField(settingsRecord, "Tier_A_Threshold__c"),
      tierBThreshold: numberField(settingsRecord, "Tier_B_Threshold__c"),
      roadblockScoreBelow: numberField(settingsRecord, "Roadblock_Score_Below__c"),
      roadblockGapAtLeast: numberField(settingsRecord, "Roadblock_Gap_At_Least__c")
    }
  };
}

module.exports = { readConfiguration, readCustomMetadataRecords };
