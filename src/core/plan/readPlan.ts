/**
 * Validation of a plan crossing into the core. Every rule of the lifecycle, the fingerprint and
 * plan health starts here, so malformed input (missing field, NaN, unknown picklist code, a need
 * linked to an initiative that does not exist) fails with an AccordInputError naming the field,
 * never with a wrong result. Returns a normalized deep copy (undefined → null for optional
 * fields, as Apex omits null properties in JSON), so callers can never mutate the input.
 */
import type { CommitmentDto, InitiativeDto, NeedDto, PlanDto, ReviewDto, SignatureDto } from "../contract";
import { describe, fail, requireArray, requireObject, requireOneOf, type Row } from "../input";
import { hasText } from "./trim";
import {
  COMMITMENT_STATUSES,
  INITIATIVE_STATUSES,
  NEED_DECISIONS,
  PARTIES,
  PLAN_STATUSES,
  REVIEW_OUTCOMES,
  SUCCESS_OUTCOMES,
  REVIEW_TYPES,
  SIGNATURE_METHODS
} from "../values";

export function requiredString(row: Row, name: string, field: string): string {
  const value = row[name];
  if (typeof value !== "string") {
    fail("MISSING_FIELD", `${field}.${name} is required text (got ${describe(value)}).`);
  }
  return value;
}

/** A key or name that must carry at least one visible character. */
function requiredKey(row: Row, name: string, field: string): string {
  const value = requiredString(row, name, field);
  if (!hasText(value)) fail("MISSING_FIELD", `${field}.${name} must not be blank.`);
  return value;
}

export function optionalString(row: Row, name: string, field: string): string | null {
  const value = row[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") {
    fail("INVALID_INPUT", `${field}.${name} must be text or null (got ${describe(value)}).`);
  }
  return value;
}

function requiredInteger(row: Row, name: string, field: string, min: number): number {
  const value = row[name];
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    fail("INVALID_NUMBER", `${field}.${name} must be a whole number of at least ${min} (got ${describe(value)}).`);
  }
  return value;
}

/** A revision (Revision__c, Number(18,0)): a whole number from 0 that a double holds exactly. */
export function readRevision(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    fail("INVALID_NUMBER", `${field} must be a whole number of at least 0 (got ${describe(value)}).`);
  }
  return value;
}

/** A whole number the org's Number(n,0) field can store (and, for priority, its validation rule allows). */
function requiredIntegerInRange(row: Row, name: string, field: string, min: number, max: number): number {
  const value = row[name];
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    fail("INVALID_NUMBER", `${field}.${name} must be a whole number from ${min} to ${max} (got ${describe(value)}).`);
  }
  return value;
}

function optionalIntegerInRange(row: Row, name: string, field: string, min: number, max: number): number | null {
  const value = row[name];
  if (value === undefined || value === null) return null;
  return requiredIntegerInRange(row, name, field, min, max);
}

/** Sequence__c is Number(5,0). */
export const SEQUENCE_MIN = -99999;
export const SEQUENCE_MAX = 99999;
/** Customer_Priority__c: 1 (low) to 5 (highest), the validation rule Customer_Priority_Range. */
export const PRIORITY_MIN = 1;
export const PRIORITY_MAX = 5;

const sequenceOf = (row: Row, field: string): number =>
  requiredIntegerInRange(row, "sequence", field, SEQUENCE_MIN, SEQUENCE_MAX);

function requiredBoolean(row: Row, name: string, field: string): boolean {
  const value = row[name];
  if (typeof value !== "boolean") {
    fail("INVALID_INPUT", `${field}.${name} must be true or false (got ${describe(value)}).`);
  }
  return value;
}

export function requiredOneOf<T extends string>(row: Row, name: string, allowed: readonly T[], field: string): T {
  return requireOneOf(row[name], allowed, `${field}.${name}`);
}

function optionalOneOf<T extends string>(row: Row, name: string, allowed: readonly T[], field: string): T | null {
  const value = row[name];
  if (value === undefined || value === null) return null;
  return requiredOneOf(row, name, allowed, field);
}

/** A real calendar date written YYYY-MM-DD (the only date format of the core and of spec/). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= daysInMonth[month - 1];
}

function requiredDate(row: Row, name: string, field: string): string {
  const value = row[name];
  if (typeof value !== "string" || !isIsoDate(value)) {
    fail("INVALID_DATE", `${field}.${name} must be a date written YYYY-MM-DD (got ${describe(value)}).`);
  }
  return value;
}

function optionalDate(row: Row, name: string, field: string): string | null {
  const value = row[name];
  if (value === undefined || value === null) return null;
  return requiredDate(row, name, field);
}

function optionalId(row: Row, name: string, field: string): { id?: string } {
  const id = optionalString(row, name, field);
  return id === null ? {} : { id };
}

/**
 * Key__c is unique and case-insensitive in the org: two keys are the same key when their lower-case
 * forms (toLowerCase, locale-independent) are equal, so `B` and `b` cannot both exist.
 */
function rejectDuplicateKeys(keys: string[], kind: string): void {
  const seen = new Map<string, string>();
  for (const key of keys) {
    const folded = key.toLowerCase();
    const earlier = seen.get(folded);
    if (earlier !== undefined) {
      fail(
        "DUPLICATE_KEY",
        `Two ${kind} share the key ${JSON.stringify(key)}${earlier === key ? "" : ` (as ${JSON.stringify(earlier)}: keys ignore case)`}: every key must be unique.`
      );
    }
    seen.set(folded, key);
  }
}

function readNeed(value: unknown, field: string): NeedDto {
  const row = requireObject(value, field);
  return {
    ...optionalId(row, "id", field),
    key: requiredKey(row, "key", field),
    sequence: sequenceOf(row, field),
    verbatim: requiredString(row, "verbatim", field),
    theme: optionalString(row, "theme", field),
    raisedById: optionalString(row, "raisedById", field),
    raisedByName: optionalString(row, "raisedByName", field),
    customerPriority: optionalIntegerInRange(row, "customerPriority", field, PRIORITY_MIN, PRIORITY_MAX),
    decision: requiredOneOf(row, "decision", NEED_DECISIONS, field),
    decisionRationale: optionalString(row, "decisionRationale", field),
    initiativeKey: optionalString(row, "initiativeKey", field)
  };
}

function readCommitment(value: unknown, field: string): CommitmentDto {
  const row = requireObject(value, field);
  return {
    ...optionalId(row, "id", field),
    key: requiredKey(row, "key", field),
    sequence: sequenceOf(row, field),
    party: requiredOneOf(row, "party", PARTIES, field),
    description: requiredString(row, "description", field),
    ownerUserId: optionalString(row, "ownerUserId", field),
    ownerContactId: optionalString(row, "ownerContactId", field),
    ownerName: optionalString(row, "ownerName", field),
    dueDate: optionalDate(row, "dueDate", field),
    status: requiredOneOf(row, "status", COMMITMENT_STATUSES, field),
    reviewOutcome: optionalOneOf(row, "reviewOutcome", REVIEW_OUTCOMES, field)
  };
}

function readInitiative(value: unknown, field: string): InitiativeDto {
  const row = requireObject(value, field);
  return {
    ...optionalId(row, "id", field),
    key: requiredKey(row, "key", field),
    sequence: sequenceOf(row, field),
    title: requiredString(row, "title", field),
    successMeasure: optionalString(row, "successMeasure", field),
    targetDate: optionalDate(row, "targetDate", field),
    status: requiredOneOf(row, "status", INITIATIVE_STATUSES, field),
    successOutcome: optionalOneOf(row, "successOutcome", SUCCESS_OUTCOMES, field),
    successResult: optionalString(row, "successResult", field),
    customerComment: optionalString(row, "customerComment", field),
    commitments: requireArray(row.commitments, `${field}.commitments`).map((c, i) =>
      readCommitment(c, `${field}.commitments[${i}]`)
    )
  };
}

function readSignature(value: unknown, field: string, planVersion: number): SignatureDto {
  const row = requireObject(value, field);
  const signature: SignatureDto = {
    ...optionalId(row, "id", field),
    party: requiredOneOf(row, "party", PARTIES, field),
    signerUserId: optionalString(row, "signerUserId", field),
    signerContactId: optionalString(row, "signerContactId", field),
    signerName: requiredKey(row, "signerName", field),
    planVersion: requiredInteger(row, "planVersion", field, 1),
    contentHash: requiredKey(row, "contentHash", field),
    signedAt: requiredKey(row, "signedAt", field),
    method: requiredOneOf(row, "method", SIGNATURE_METHODS, field),
    evidence: optionalString(row, "evidence", field),
    evidenceHash: optionalString(row, "evidenceHash", field),
    superseded: requiredBoolean(row, "superseded", field)
  };
  if (signature.planVersion > planVersion) {
    fail(
      "INVALID_SIGNATURE",
      `${field}.planVersion ${signature.planVersion} is newer than the plan (version ${planVersion}).`
    );
  }
  return signature;
}

function readReview(value: unknown, field: string): ReviewDto {
  const row = requireObject(value, field);
  return {
    ...optionalId(row, "id", field),
    reviewType: requiredOneOf(row, "reviewType", REVIEW_TYPES, field),
    reviewDate: requiredDate(row, "reviewDate", field),
    customerFeedback: optionalString(row, "customerFeedback", field),
    whatWorked: optionalString(row, "whatWorked", field),
    whatDidNot: optionalString(row, "whatDidNot", field),
    whatWeWillChange: optionalString(row, "whatWeWillChange", field)
  };
}

/** Validates a plan and returns a normalized deep copy; throws AccordInputError on bad input. */
export function readPlan(value: unknown): PlanDto {
  const row = requireObject(value, "plan");
  const version = requiredInteger(row, "version", "plan", 1);
  const plan: PlanDto = {
    ...optionalId(row, "id", "plan"),
    accountId: requiredString(row, "accountId", "plan"),
    accountName: requiredString(row, "accountName", "plan"),
    status: requiredOneOf(row, "status", PLAN_STATUSES, "plan"),
    version,
    // Revision__c defaults to 0 in the org: a plan written before revisions existed reads as revision 0.
    revision: row.revision === undefined || row.revision === null ? 0 : readRevision(row.revision, "plan.revision"),
    contentHash: optionalString(row, "contentHash", "plan"),
    periodStart: requiredDate(row, "periodStart", "plan"),
    periodEnd: requiredDate(row, "periodEnd", "plan"),
    customerGoals: optionalString(row, "customerGoals", "plan"),
    planLanguage: requiredString(row, "planLanguage", "plan"),
    countryCode: optionalString(row, "countryCode", "plan"),
    sharedOn: optionalString(row, "sharedOn", "plan"),
    agreedOn: optionalString(row, "agreedOn", "plan"),
    reopenReason: optionalString(row, "reopenReason", "plan"),
    previousPlanId: optionalString(row, "previousPlanId", "plan"),
    needs: requireArray(row.needs, "plan.needs").map((n, i) => readNeed(n, `plan.needs[${i}]`)),
    initiatives: requireArray(row.initiatives, "plan.initiatives").map((n, i) =>
      readInitiative(n, `plan.initiatives[${i}]`)
    ),
    signatures: requireArray(row.signatures, "plan.signatures").map((s, i) =>
      readSignature(s, `plan.signatures[${i}]`, version)
    ),
    reviews:
      row.reviews === undefined
        ? []
        : requireArray(row.reviews, "plan.reviews").map((r, i) => readReview(r, `plan.reviews[${i}]`))
  };
  checkStructure(plan);
  return plan;
}

/** Rules that span records: period order, unique keys, links that resolve. */
function checkStructure(plan: PlanDto): void {
  if (plan.periodEnd < plan.periodStart) {
    fail("INVALID_PERIOD", `plan.periodEnd ${plan.periodEnd} is before plan.periodStart ${plan.periodStart}.`);
  }
  rejectDuplicateKeys(
    plan.needs.map((n) => n.key),
    "needs"
  );
  const initiativeKeys = plan.initiatives.map((i) => i.key);
  rejectDuplicateKeys(initiativeKeys, "initiatives");
  rejectDuplicateKeys(
    plan.initiatives.flatMap((i) => i.commitments.map((c) => c.key)),
    "commitments"
  );
  for (const need of plan.needs) {
    if (need.initiativeKey !== null && !initiativeKeys.includes(need.initiativeKey)) {
      fail(
        "UNKNOWN_INITIATIVE",
        `Need ${JSON.stringify(need.key)} is linked to initiative ${JSON.stringify(need.initiativeKey)}, which is not in the plan.`
      );
    }
  }
  const signed = new Set<string>();
  for (const signature of plan.signatures) {
    const slot = `${signature.party}|${signature.planVersion}`;
    if (signed.has(slot)) {
      fail(
        "DUPLICATE_SIGNATURE",
        `Two ${signature.party} signatures for version ${signature.planVersion}: one per party per version.`
      );
    }
    signed.add(slot);
  }
}
