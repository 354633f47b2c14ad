/**
 * The canonical text of a plan's content and its SHA-256 fingerprint (format accord-plan-v1,
 * defined byte for byte in spec/README.md). Both parties sign this fingerprint; Apex recomputes
 * it with the same rules, so every rule here is a plain string operation:
 * - header line `accord-plan-v1`, then one `name=value` line per field in a fixed order, every
 *   line ending with LF (also the last);
 * - each value: null → empty; CR/CRLF → LF; strip leading/trailing characters ≤ U+0020 (Apex
 *   String.trim); then escape `\` → `\\`, LF → `\n`, tab → `\t`. Names never contain `=`, so a
 *   value's own `=` needs no escape. No Unicode normalization (the client saves NFC text).
 * - records ordered by Sequence, then Key by code units; commitments follow their initiative;
 *   no record Ids: links by initiative Key, people by their name snapshot (a need's raisedByName is
 *   Raised_By_Name__c, taken by the server when the contact is linked; a commitment's ownerName is
 *   Owner_Name__c), never the live record, so renaming or deleting a person changes nothing signed.
 * Progress (statuses, review outcomes), signatures, reviews and system fields are not content.
 */
import type { PlanDto } from "../contract";
import { AccordInputError } from "../errors";
import { bySequenceThenKey } from "./order";
import { readPlan } from "./readPlan";
import { platformTrim } from "./trim";
import { contentFields } from "../planFields";
import { sha256Hex } from "./sha256";

export const CANONICAL_FORMAT = "accord-plan-v1";

/** Trimmed and escaped so that one value is always exactly one line. */
export function canonicalValue(value: string | number | null, field: string): string {
  const text = typeof value === "number" ? String(value) : platformTrim(value);
  rejectLoneSurrogates(text, field);
  // Backslash first, so the backslashes added for LF and tab are not doubled.
  return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t");
}

/** A lone surrogate has no UTF-8 form: JavaScript and Apex would hash different bytes. */
function rejectLoneSurrogates(text: string, field: string): void {
  if (!/[\ud800-\udfff]/.test(text)) return;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isHigh = code >= 0xd800 && code <= 0xdbff;
    const isLow = code >= 0xdc00 && code <= 0xdfff;
    if (isHigh) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (isHigh || isLow) {
      throw new AccordInputError(
        "INVALID_TEXT",
        `${field} contains a broken character (lone UTF-16 surrogate at position ${i}): re-enter the text.`
      );
    }
  }
}

function line(lines: string[], name: string, value: string | number | null, where: string): void {
  lines.push(`${name}=${canonicalValue(value, `${where}.${name}`)}`);
}

/** The content lines of each object, in fingerprint order: declared once in ./planFields. */
const PLAN_CONTENT = contentFields("Customer_Account_Plan__c");
const NEED_CONTENT = contentFields("Customer_Need__c");
const INITIATIVE_CONTENT = contentFields("Plan_Initiative__c");
const COMMITMENT_CONTENT = contentFields("Plan_Commitment__c");

/** The canonical text (validates the plan first; throws AccordInputError on malformed input). */
export function canonicalPlanText(input: PlanDto): string {
  const plan = readPlan(input);
  const lines: string[] = [CANONICAL_FORMAT];
  for (const f of PLAN_CONTENT) line(lines, f.line, plan[f.property], "plan");
  for (const need of bySequenceThenKey(plan.needs)) {
    for (const f of NEED_CONTENT) line(lines, f.line, need[f.property], `need ${need.key}`);
  }
  for (const initiative of bySequenceThenKey(plan.initiatives)) {
    for (const f of INITIATIVE_CONTENT) line(lines, f.line, initiative[f.property], `initiative ${initiative.key}`);
    for (const commitment of bySequenceThenKey(initiative.commitments)) {
      for (const f of COMMITMENT_CONTENT) line(lines, f.line, commitment[f.property], `commitment ${commitment.key}`);
    }
  }
  return lines.join("\n") + "\n";
}

/** SHA-256 of the canonical text's UTF-8 bytes, 64 lowercase hex digits. */
export function planFingerprint(plan: PlanDto): string {
  return sha256Hex(canonicalPlanText(plan));
}

/** What people compare by eye on screen and paper: the first 12 hex digits in groups of 4. */
export function shortFingerprint(hash: string): string {
  if (typeof hash !== "string" || !/^[0-9a-fA-F]{64}$/.test(hash)) {
    throw new AccordInputError("INVALID_HASH", "A fingerprint must be 64 hexadecimal digits (SHA-256).");
  }
  const lower = hash.toLowerCase();
  return `${lower.slice(0, 4)} ${lower.slice(4, 8)} ${lower.slice(8, 12)}`;
}
