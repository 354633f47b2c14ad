/**
 * What `accord data import <kind>` accepts: per kind, the CSV columns (field API names), how each value is
 * checked before anything is sent, and the external key the rows are upserted by — the same key the org's
 * triggers set (AccordRatingGuard: parent Id + ':' + code; AccordCollaborationSurveyGuard: account + ':' +
 * period + ':' + respondent), built from 18-character Ids as Apex concatenates them.
 */
import { requireRating } from "../../src/core/input";
import { STAKEHOLDER_RANGES, type StakeholderRangeField } from "../../src/core/stakeholders/validation";
import { DECISION_ROLES, RESPONDENT_FUNCTIONS, RESPONDENT_TYPES, STAKEHOLDER_ROLES } from "../../src/core/values";
import { isRecordId, to18 } from "./recordIds";

export interface ImportContext {
  /** DeveloperNames of the org's Selection_Criterion__mdt records. */
  criteria: Set<string>;
  /** DeveloperNames of the org's Collaboration_Dimension__mdt records. */
  dimensions: Set<string>;
}

export type Row = Record<string, string>;

export interface ColumnSpec {
  name: string;
  required: boolean;
  /** null when the value is fine, else what is wrong and what to write instead. */
  check(value: string, row: Row, context: ImportContext): string | null;
}

export interface ImportKind {
  kind: string;
  object: string;
  externalKey: string;
  columns: ColumnSpec[];
  /** The external key of a row (after the row passed its checks). */
  key(row: Row): string;
  /** Row-level rules across columns (e.g. the respondent that matches the respondent type). */
  rowCheck?(row: Row): string | null;
}

const id = (prefix: string, what: string) => (value: string) =>
  isRecordId(value, prefix)
    ? null
    : `must be the 15- or 18-character Id of ${what} (starting ${prefix}), got "${value}"`;

const oneOf = (values: readonly string[]) => (value: string) =>
  values.includes(value) ? null : `must be one of ${values.join(", ")}, got "${value}"`;

const maxLength = (n: number) => (value: string) => (value.length <= n ? null : `is longer than ${n} characters`);

/** src/core's 1-5 rating rule (requireRating), on the CSV's text. */
const rating = (value: string) => {
  if (!/^-?\d+(\.\d+)?$/.test(value.trim())) return `must be a whole number from 1 to 5, got "${value}"`;
  try {
    requireRating(Number(value), "value");
    return null;
  } catch {
    return `must be a whole number from 1 to 5, got "${value}"`;
  }
};

const isoDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
    ? null
    : `must be a date written YYYY-MM-DD, got "${value}"`;

const configured = (set: keyof ImportContext, what: string) => (value: string, _row: Row, context: ImportContext) =>
  context[set].has(value) ? null : `"${value}" is not a configured ${what} (${[...context[set]].sort().join(", ")})`;

export const RATINGS: ImportKind = {
  kind: "ratings",
  object: "Account_Selection_Rating__c",
  externalKey: "Rating_Key__c",
  columns: [
    { name: "Account__c", required: true, check: id("001", "an Account") },
    { name: "Criterion__c", required: true, check: configured("criteria", "selection criterion") },
    { name: "Rating__c", required: true, check: rating },
    { name: "Rationale__c", required: false, check: maxLength(32768) }
  ],
  key: (row) => `${to18(row.Account__c)}:${row.Criterion__c}`
};

/** Assessment columns; the rating columns follow (one CSV row per respondent and dimension). */
export const ASSESSMENTS: ImportKind = {
  kind: "assessments",
  object: "Collaboration_Assessment__c",
  externalKey: "Respondent_Key__c",
  columns: [
    { name: "Account__c", required: true, check: id("001", "an Account") },
    {
      name: "Period__c",
      required: true,
      check: (v) => (/^\d{4}$/.test(v) ? null : `must be a year such as 2026, got "${v}"`)
    },
    { name: "Respondent_Type__c", required: true, check: oneOf(RESPONDENT_TYPES) },
    { name: "Respondent_Contact__c", required: false, check: id("003", "a Contact") },
    { name: "Respondent_User__c", required: false, check: id("005", "a User") },
    { name: "Function__c", required: false, check: oneOf(RESPONDENT_FUNCTIONS) },
    { name: "Submitted_On__c", required: false, check: isoDate }
  ],
  key: (row) => `${to18(row.Account__c)}:${row.Period__c}:${to18(row.Respondent_Contact__c || row.Respondent_User__c)}`,
  rowCheck: (row) => {
    if (row.Respondent_Type__c === "Customer" && !row.Respondent_Contact__c) {
      return "a Customer respondent needs Respondent_Contact__c (the Contact who rated)";
    }
    if (row.Respondent_Type__c === "Internal" && !row.Respondent_User__c) {
      return "an Internal respondent needs Respondent_User__c (the User who rated)";
    }
    if (row.Respondent_Contact__c && row.Respondent_User__c) {
      return "give either Respondent_Contact__c or Respondent_User__c, not both";
    }
    return null;
  }
};

/** The ratings inside an assessments CSV: one per row, keyed by the assessment's Id once it is upserted. */
export const ASSESSMENT_RATINGS: ImportKind = {
  kind: "assessment ratings",
  object: "Collaboration_Rating__c",
  externalKey: "Rating_Key__c",
  columns: [
    { name: "Dimension__c", required: true, check: configured("dimensions", "collaboration dimension") },
    { name: "Score__c", required: false, check: rating },
    { name: "Comment__c", required: false, check: maxLength(32768) }
  ],
  key: (row) => `${to18(row.Assessment__c)}:${row.Dimension__c}`
};

/** src/core's stakeholder ranges (influence and strength 1-5, stance -2..+2), on the CSV's text. */
const stakeholderRange = (field: StakeholderRangeField) => (value: string) => {
  const range = STAKEHOLDER_RANGES.find((r) => r.field === field);
  if (!range) throw new Error(`no range for ${field}`);
  const n = Number(value);
  return /^-?\d+$/.test(value) && n >= range.min && n <= range.max
    ? null
    : `must be a whole number from ${range.min} to ${range.max}, got "${value}"`;
};

/**
 * Account_Stakeholder__c has no external Id field: a stakeholder is matched by its account and Contact (one
 * stakeholder per Contact and account, src/core's DUPLICATE_CONTACT rule); existing ones are updated by Id, new
 * ones inserted.
 */
export const STAKEHOLDERS: ImportKind = {
  kind: "stakeholders",
  object: "Account_Stakeholder__c",
  externalKey: "Id",
  columns: [
    { name: "Account__c", required: true, check: id("001", "an Account") },
    { name: "Contact__c", required: true, check: id("003", "a Contact") },
    { name: "Role__c", required: true, check: oneOf(STAKEHOLDER_ROLES) },
    { name: "Influence__c", required: false, check: stakeholderRange("influence") },
    { name: "Decision_Role__c", required: false, check: oneOf(DECISION_ROLES) },
    { name: "Stance__c", required: false, check: stakeholderRange("stance") },
    { name: "Relationship_Strength__c", required: false, check: stakeholderRange("relationshipStrength") },
    { name: "Relationship_Owner__c", required: false, check: id("005", "a User") },
    { name: "Is_Signatory__c", required: false, check: oneOf(["true", "false"]) },
    { name: "Last_Engaged_On__c", required: false, check: isoDate }
  ],
  key: (row) => `${to18(row.Account__c)}:${to18(row.Contact__c)}`
};

export const IMPORT_KINDS = ["stakeholders", "ratings", "assessments"] as const;
