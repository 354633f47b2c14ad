/**
 * Checks of a whole set of configuration records (custom metadata as text values) before anything is
 * deployed: what the console saves, what a CSV import loads, what `accord config import` deploys.
 * A configuration with any issue deploys nothing. Apex port: rules/AccordConfigurationRecords.cls,
 * vectors in spec/configuration-records.json.
 *
 * Rules, in this order for each record (records in the order given, then the whole-set rules):
 * - UNKNOWN_TYPE: the type is not one of CONFIGURATION_TYPES.
 * - INVALID_NAME: DeveloperName breaks the platform rule or is longer than 40; DUPLICATE_RECORD: a second
 *   record of the type with the same DeveloperName (case-insensitive, as the platform compares them).
 * - REQUIRED / TOO_LONG on Label (40) and on each field (field-name order); UNKNOWN_FIELD: a value for a field the type lacks.
 * - INVALID_NUMBER: not a whole number within the field's digits and its range (RANGES); INVALID_CHOICE: a
 *   picklist value outside its list; UNKNOWN_REFERENCE: a relationship naming no record of the referenced type.
 * - INVALID_COUNTRY_CODE: a country code that is not two upper-case letters; DUPLICATE_COUNTRY: a second
 *   country setting for one country; PROFILE_TWO_SCOPES: a role profile with both a country and an archetype;
 *   DUPLICATE_PROFILE: two profiles of one role for one scope and language; DUPLICATE_LINK: a second required
 *   role or weight override for the same archetype and role or criterion.
 * - TIER_ORDER: the tier B threshold above tier A.
 * Whole-set rules: MISSING_SETTINGS (no Accord_Scoring_Setting.Default), CRITERION_WEIGHTS_NOT_100 (the global
 * criterion weights, then each archetype's weights after its overrides, in code order, must add up to 100).
 */
import type { AccordConfiguration } from "../contract";
import { compareText } from "../plan/order";
import { CRITERION_WEIGHT_TOTAL } from "./configChecks";
import {
  CONFIGURATION_TYPES,
  DEVELOPER_NAME_PATTERN,
  NAME_MAX_LENGTH,
  SCORING_SETTINGS_RECORD,
  configurationType,
  type ConfigurationRecord,
  type MetadataFieldSpec
} from "./metadataTypes";

export type ConfigurationIssueCode =
  | "UNKNOWN_TYPE"
  | "INVALID_NAME"
  | "DUPLICATE_RECORD"
  | "REQUIRED"
  | "TOO_LONG"
  | "UNKNOWN_FIELD"
  | "INVALID_NUMBER"
  | "INVALID_CHOICE"
  | "UNKNOWN_REFERENCE"
  | "INVALID_COUNTRY_CODE"
  | "DUPLICATE_COUNTRY"
  | "PROFILE_TWO_SCOPES"
  | "DUPLICATE_PROFILE"
  | "DUPLICATE_LINK"
  | "TIER_ORDER"
  | "MISSING_SETTINGS"
  | "CRITERION_WEIGHTS_NOT_100"
  // CSV import only (configurationCsv.ts): a file's syntax or header.
  | "INVALID_CSV"
  | "INVALID_HEADER"
  | "DUPLICATE_FILE";

export interface ConfigurationIssue {
  code: ConfigurationIssueCode;
  type: string;
  /** The record concerned (null for a whole-type rule such as the global weights). */
  developerName: string | null;
  /** Its position in the records checked; null for a whole-set rule. */
  index: number | null;
  /** DeveloperName, Label or a field's API name; null when the rule concerns the record or the set. */
  field: string | null;
  /** What is wrong and what to do, in English (the console shows the label of `code` with `params`). */
  message: string;
  /** Values for the label's placeholders {0}, {1}…: the record, then what the rule names. */
  params: string[];
}

/** Business ranges beyond the field's digits (weights are not negative, thresholds are percentages). */
export const RANGES: Record<string, { min: number; max: number }> = {
  "Selection_Criterion.Weight__c": { min: 0, max: 100 },
  "Archetype_Criterion_Weight.Weight__c": { min: 0, max: 100 },
  "Collaboration_Dimension.Weight__c": { min: 0, max: 999 },
  "Accord_Scoring_Setting.Minimum_Respondents__c": { min: 1, max: 999 },
  "Accord_Scoring_Setting.Tier_A_Threshold__c": { min: 0, max: 100 },
  "Accord_Scoring_Setting.Tier_B_Threshold__c": { min: 0, max: 100 },
  "Accord_Scoring_Setting.Roadblock_Score_Below__c": { min: 0, max: 100 },
  "Accord_Scoring_Setting.Roadblock_Gap_At_Least__c": { min: 0, max: 100 },
  "Country_Setting.Review_Cadence_Months__c": { min: 1, max: 60 }
};

/** Owned by configChecks.ts: findConfigurationGaps applies the same total to a deployed configuration. */
export { CRITERION_WEIGHT_TOTAL };

const isBlank = (value: string | null | undefined): boolean =>
  value === null || value === undefined || value.trim() === "";
const fullName = (r: { type: string; developerName: string }) => `${r.type}.${r.developerName}`;

/** Every issue of a whole configuration, in a stable order; empty when it can be deployed. */
export function checkConfigurationRecords(records: ConfigurationRecord[]): ConfigurationIssue[] {
  const issues: ConfigurationIssue[] = [];
  const namesByType = new Map<string, Set<string>>();
  for (const r of records) {
    const names = namesByType.get(r.type) ?? new Set<string>();
    names.add(String(r.developerName).toLowerCase());
    namesByType.set(r.type, names);
  }
  const seen = new Set<string>();
  const uniqueKeys = new Set<string>();
  records.forEach((record, index) => {
    const add = (code: ConfigurationIssueCode, field: string | null, message: string, extra: string[] = []) =>
      issues.push({
        code,
        type: record.type,
        developerName: record.developerName,
        index,
        field,
        message: `${fullName(record)}: ${message}`,
        params: [fullName(record), ...extra]
      });
    const type = configurationType(record.type);
    if (!type) {
      add("UNKNOWN_TYPE", null, `"${record.type}" is not a configuration type; use one of ${typeNames()}.`, [
        typeNames()
      ]);
      return;
    }
    checkName(record, add);
    const key = fullName(record).toLowerCase();
    if (seen.has(key)) add("DUPLICATE_RECORD", "DeveloperName", "appears twice; keep one row per DeveloperName.");
    seen.add(key);
    checkLabel(record, add);
    for (const name of Object.keys(record.values ?? {}).sort(compareText)) {
      if (!type.fields.some((f) => f.name === name)) {
        add("UNKNOWN_FIELD", name, `${record.type} has no field ${name}; remove it.`, [name]);
      }
    }
    // Field-name order, not declaration order: Apex reads the fields from describe, which has no order.
    for (const field of [...type.fields].sort((x, y) => compareText(x.name, y.name))) {
      checkField(record, field, value(record, field.name), namesByType, add);
    }
    checkUniqueness(record, uniqueKeys, add);
    checkTierOrder(record, add);
  });
  issues.push(...wholeSetIssues(records));
  return issues;
}

type Add = (code: ConfigurationIssueCode, field: string | null, message: string, extra?: string[]) => void;

function typeNames(): string {
  return CONFIGURATION_TYPES.map((t) => t.name).join(", ");
}

function value(record: ConfigurationRecord, field: string): string | null {
  const v = record.values ? record.values[field] : null;
  return isBlank(v) ? null : String(v).trim();
}

/** A whole number written as digits, optionally with a zero fraction ("15", "-3", "6.0"); else null. */
function wholeNumber(text: string | null): number | null {
  return text !== null && /^-?\d+(\.0*)?$/.test(text) ? Number(text) : null;
}

function checkName(record: ConfigurationRecord, add: Add): void {
  const name = typeof record.developerName === "string" ? record.developerName : "";
  if (!DEVELOPER_NAME_PATTERN.test(name) || name.length > NAME_MAX_LENGTH) {
    add(
      "INVALID_NAME",
      "DeveloperName",
      `DeveloperName must be 1 to ${NAME_MAX_LENGTH} letters, digits and single underscores, starting with a letter and not ending with an underscore.`
    );
  }
}

function checkLabel(record: ConfigurationRecord, add: Add): void {
  if (isBlank(record.label)) add("REQUIRED", "Label", "Label is required.", ["Label"]);
  else if (record.label.trim().length > NAME_MAX_LENGTH) {
    add("TOO_LONG", "Label", `Label has more than ${NAME_MAX_LENGTH} characters.`, ["Label", String(NAME_MAX_LENGTH)]);
  }
}

function checkField(
  record: ConfigurationRecord,
  field: MetadataFieldSpec,
  text: string | null,
  namesByType: Map<string, Set<string>>,
  add: Add
): void {
  if (text === null) {
    if (field.required) add("REQUIRED", field.name, `${field.name} is required.`, [field.name]);
    return;
  }
  if (field.length !== undefined && text.length > field.length) {
    add("TOO_LONG", field.name, `${field.name} has more than ${field.length} characters.`, [
      field.name,
      String(field.length)
    ]);
  }
  if (field.kind === "Number") {
    const limit = 10 ** (field.digits ?? 18) - 1;
    const range = RANGES[`${record.type}.${field.name}`] ?? { min: -limit, max: limit };
    const n = wholeNumber(text);
    if (n === null || n < range.min || n > range.max) {
      add(
        "INVALID_NUMBER",
        field.name,
        `${field.name} must be a whole number from ${range.min} to ${range.max} (got "${text}").`,
        [field.name, String(range.min), String(range.max)]
      );
    }
  }
  if (field.kind === "Picklist" && !(field.values ?? []).includes(text)) {
    add(
      "INVALID_CHOICE",
      field.name,
      `${field.name} must be one of ${(field.values ?? []).join(", ")} (got "${text}").`,
      [field.name, (field.values ?? []).join(", ")]
    );
  }
  if (field.kind === "MetadataRelationship" && field.references) {
    if (!(namesByType.get(field.references) ?? new Set()).has(text.toLowerCase())) {
      add(
        "UNKNOWN_REFERENCE",
        field.name,
        `${field.name} names "${text}", which is no ${field.references}; add that record or correct the name.`,
        [field.name, text, field.references]
      );
    }
  }
  if (field.name === "Country_Code__c" && !/^[A-Z]{2}$/.test(text)) {
    add(
      "INVALID_COUNTRY_CODE",
      field.name,
      `Country_Code__c must be a two-letter ISO 3166 code in capitals such as "DE" (got "${text}").`,
      [field.name, text]
    );
  }
}

/** Rows that must be unique beyond their DeveloperName: one per country, profile scope, archetype link. */
function checkUniqueness(record: ConfigurationRecord, keys: Set<string>, add: Add): void {
  const v = (field: string) => value(record, field) ?? "";
  let parts: string[] = [];
  let code: ConfigurationIssueCode = "DUPLICATE_LINK";
  if (record.type === "Country_Setting") {
    [parts, code] = [[v("Country_Code__c")], "DUPLICATE_COUNTRY"];
  } else if (record.type === "Stakeholder_Role_Profile") {
    if (v("Country_Code__c") !== "" && v("Archetype__c") !== "") {
      add(
        "PROFILE_TWO_SCOPES",
        null,
        "a role profile names a country or an archetype (or neither, for the global profile), never both."
      );
    }
    [parts, code] = [
      [v("Role_Code__c"), v("Country_Code__c"), v("Archetype__c"), v("Language__c")],
      "DUPLICATE_PROFILE"
    ];
  } else if (record.type === "Archetype_Required_Role") {
    parts = [v("Archetype__c"), v("Role_Code__c")];
  } else if (record.type === "Archetype_Criterion_Weight") {
    parts = [v("Archetype__c"), v("Criterion__c")];
  }
  if (parts.every((p) => p === "")) return;
  const what = parts.filter((p) => p !== "").join(" / ");
  const scoped = `${record.type}|${parts.join("|")}`;
  if (keys.has(scoped)) add(code, null, `a second record for ${what}; keep one.`, [what]);
  keys.add(scoped);
}

function checkTierOrder(record: ConfigurationRecord, add: Add): void {
  if (record.type !== "Accord_Scoring_Setting") return;
  const a = wholeNumber(value(record, "Tier_A_Threshold__c"));
  const b = wholeNumber(value(record, "Tier_B_Threshold__c"));
  if (a !== null && b !== null && b > a) {
    add(
      "TIER_ORDER",
      "Tier_B_Threshold__c",
      `the tier B threshold (${b}) must not exceed the tier A threshold (${a}).`,
      [String(b), String(a)]
    );
  }
}

function wholeSetIssues(records: ConfigurationRecord[]): ConfigurationIssue[] {
  const issues: ConfigurationIssue[] = [];
  const ofType = (type: string) => records.filter((r) => r.type === type);
  if (!ofType("Accord_Scoring_Setting").some((r) => r.developerName === SCORING_SETTINGS_RECORD)) {
    issues.push({
      code: "MISSING_SETTINGS",
      type: "Accord_Scoring_Setting",
      developerName: SCORING_SETTINGS_RECORD,
      index: null,
      field: null,
      message: `Accord_Scoring_Setting.${SCORING_SETTINGS_RECORD} is missing: scores cannot be computed without it.`,
      params: [`Accord_Scoring_Setting.${SCORING_SETTINGS_RECORD}`]
    });
  }
  const weightOf = (r: ConfigurationRecord) => wholeNumber(value(r, "Weight__c")) ?? 0;
  const criteria = ofType("Selection_Criterion");
  if (criteria.length === 0) return issues;
  const global = new Map(criteria.map((c) => [c.developerName, weightOf(c)]));
  const total = [...global.values()].reduce((s, w) => s + w, 0);
  if (total !== CRITERION_WEIGHT_TOTAL) issues.push(weightIssue("Selection_Criterion", null, total));
  const archetypes = ofType("Healthcare_Archetype").sort((x, y) => compareText(x.developerName, y.developerName));
  for (const archetype of archetypes) {
    const effective = new Map(global);
    for (const o of ofType("Archetype_Criterion_Weight")) {
      const criterion = value(o, "Criterion__c");
      if (value(o, "Archetype__c") === archetype.developerName && criterion !== null && effective.has(criterion)) {
        effective.set(criterion, weightOf(o));
      }
    }
    const sum = [...effective.values()].reduce((s, w) => s + w, 0);
    if (sum !== CRITERION_WEIGHT_TOTAL) issues.push(weightIssue("Healthcare_Archetype", archetype.developerName, sum));
  }
  return issues;
}

function weightIssue(type: string, developerName: string | null, total: number): ConfigurationIssue {
  const scope = developerName === null ? type : `${type}.${developerName}`;
  return {
    code: "CRITERION_WEIGHTS_NOT_100",
    type,
    developerName,
    index: null,
    field: "Weight__c",
    message: `${scope}: the criterion weights add up to ${total}; change them so they add up to ${CRITERION_WEIGHT_TOTAL}.`,
    params: [scope, String(total)]
  };
}

/** The configuration the rules read (contract.ts), from records that passed checkConfigurationRecords. */
export function recordsToConfiguration(records: ConfigurationRecord[]): AccordConfiguration {
  const ofType = (type: string) =>
    records.filter((r) => r.type === type).sort((x, y) => compareText(x.developerName, y.developerName));
  const text = (r: ConfigurationRecord, field: string) => value(r, field);
  const num = (r: ConfigurationRecord, field: string) => Number(text(r, field));
  const settings = records.find(
    (r) => r.type === "Accord_Scoring_Setting" && r.developerName === SCORING_SETTINGS_RECORD
  );
  return {
    archetypes: ofType("Healthcare_Archetype").map((a) => ({
      code: a.developerName,
      label: a.label,
      description: text(a, "Description__c") ?? "",
      decisionMaking: text(a, "Decision_Making__c") ?? "",
      careIntegration: text(a, "Care_Integration__c") ?? "",
      requiredRoles: ofType("Archetype_Required_Role")
        .filter((r) => text(r, "Archetype__c") === a.developerName)
        .map((r) => text(r, "Role_Code__c") ?? "")
        .sort(compareText),
      criterionWeights: Object.fromEntries(
        ofType("Archetype_Criterion_Weight")
          .filter((w) => text(w, "Archetype__c") === a.developerName)
          .map((w) => [text(w, "Criterion__c") ?? "", num(w, "Weight__c")])
      )
    })),
    countries: ofType("Country_Setting").map((c) => ({
      countryCode: text(c, "Country_Code__c") ?? "",
      archetypeCode: text(c, "Archetype__c") ?? "",
      kamReadiness: text(c, "Kam_Readiness__c") as AccordConfiguration["countries"][number]["kamReadiness"],
      pullThroughStrategy: text(c, "Pull_Through_Strategy__c") ?? "",
      reviewCadenceMonths: text(c, "Review_Cadence_Months__c") === null ? 12 : num(c, "Review_Cadence_Months__c"),
      // Blank: the rule's default applies (DEFAULT_EARLIEST_REVIEW_MONTHS in plan/reviewSchedule.ts), as in Apex.
      reviewEarliestMonths: text(c, "Review_Earliest_Months__c") === null ? null : num(c, "Review_Earliest_Months__c")
    })),
    roleProfiles: ofType("Stakeholder_Role_Profile").map((p) => ({
      roleCode: text(p, "Role_Code__c") ?? "",
      countryCode: text(p, "Country_Code__c"),
      archetypeCode: text(p, "Archetype__c"),
      language: text(p, "Language__c") ?? "en",
      priorities: text(p, "Priorities__c") ?? "",
      evidenceNeeds: text(p, "Evidence_Needs__c") ?? "",
      approach: text(p, "Approach__c") ?? "",
      whatToAvoid: text(p, "What_To_Avoid__c") ?? ""
    })),
    dimensions: ofType("Collaboration_Dimension").map((d) => ({
      code: d.developerName,
      label: d.label,
      audience: text(d, "Audience__c") as AccordConfiguration["dimensions"][number]["audience"],
      weight: num(d, "Weight__c"),
      sequence: num(d, "Sequence__c")
    })),
    criteria: ofType("Selection_Criterion").map((c) => ({
      code: c.developerName,
      label: c.label,
      weight: num(c, "Weight__c"),
      sequence: num(c, "Sequence__c")
    })),
    settings: {
      minimumRespondents: settings ? num(settings, "Minimum_Respondents__c") : NaN,
      tierAThreshold: settings ? num(settings, "Tier_A_Threshold__c") : NaN,
      tierBThreshold: settings ? num(settings, "Tier_B_Threshold__c") : NaN,
      roadblockScoreBelow: settings ? num(settings, "Roadblock_Score_Below__c") : NaN,
      roadblockGapAtLeast: settings ? num(settings, "Roadblock_Gap_At_Least__c") : NaN
    }
  };
}
