/**
 * The one validation kit of the core: guards for data crossing into it (a plan, an action, ratings,
 * configuration). Bad input fails loudly with an AccordInputError whose code names the kind of fault
 * and whose message names the field, never with a wrong result. plan/readPlan.ts reads a plan with
 * these guards; the scores and the configuration checks use them directly.
 */
import { AccordInputError } from "./errors";

/** A record as it arrives (JSON from Apex or the preview), before it is read. */
export type Row = Record<string, unknown>;

export function fail(code: string, message: string): never {
  throw new AccordInputError(code, message);
}

/** The value as a message shows it: text quoted (cut at 40 characters), numbers and booleans as written. */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return Array.isArray(value) ? "a list" : typeof value;
}

export function requireArray<T>(value: T[] | null | undefined, field: string): T[];
export function requireArray(value: unknown, field: string): unknown[];
export function requireArray(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) fail("INVALID_INPUT", `${field} must be an array (got ${describe(value)}).`);
  return value;
}

export function requireObject(value: unknown, field: string): Row {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    fail("INVALID_INPUT", `${field} must be an object (got ${describe(value)}).`);
  }
  return value as Row;
}

export function requireText(value: unknown, field: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    fail("MISSING_FIELD", `${field} is required and must be non-empty text (got ${describe(value)}).`);
  }
  return value;
}

export function optionalText(value: unknown, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") fail("INVALID_INPUT", `${field} must be text or null (got ${describe(value)}).`);
  return value.trim() === "" ? null : value;
}

/** A finite number within [min, max]; `integer` also rejects fractions. */
export function requireNumber(
  value: unknown,
  field: string,
  range: { min: number; max: number; integer?: boolean }
): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    fail("INVALID_NUMBER", `${field} must be a finite number (got ${describe(value)}).`);
  }
  if ((range.integer === true && !Number.isInteger(value)) || value < range.min || value > range.max) {
    const kind = range.integer === true ? "a whole number" : "a number";
    fail("OUT_OF_RANGE", `${field} must be ${kind} from ${range.min} to ${range.max} (got ${value}).`);
  }
  return value;
}

/** A 1-5 rating as stored in Score__c / Rating__c / Influence__c / Relationship_Strength__c. */
export function requireRating(value: unknown, field: string): number {
  return requireNumber(value, field, { min: 1, max: 5, integer: true });
}

export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    fail("INVALID_VALUE", `${field} must be one of ${allowed.join(", ")} (got ${describe(value)}).`);
  }
  return value as T;
}
