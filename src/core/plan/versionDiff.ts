/**
 * What changed between two shared versions of a plan ("Changed since version N, which the customer signed").
 * Both sides are canonical texts (accord-plan-v1, ./fingerprint): the server keeps the text of every shared
 * version (Plan_Version__c), and the current plan's text is canonicalPlanText(plan), so the comparison is exact
 * and needs no record Ids. Records are matched by Key: a key only in the newer text was added, only in the older
 * one removed, in both with other lines changed. Texts people wrote are compared word by word (./wordDiff).
 * Only the browser computes this: Apex stores the versions and never needs the difference.
 */
import type { PlanVersionDto } from "../api";
import type { PlanDto } from "../contract";
import { AccordInputError } from "../errors";
import { CANONICAL_FORMAT } from "./fingerprint";
import { wordDiff, type WordPart } from "./wordDiff";

export type ChangedRecord = "need" | "initiative" | "commitment";
export type ChangeKind = "added" | "removed" | "changed";

export interface FieldChange {
  /** The canonical line name without its record prefix: verbatim, decision, title, dueDate, … */
  field: string;
  before: string;
  after: string;
  /** Word by word, for the texts people wrote; null for values (dates, choices, names, numbers). */
  words: WordPart[] | null;
}

export interface RecordChange {
  record: ChangedRecord;
  kind: ChangeKind;
  key: string;
  /** What names the record: a need's verbatim, an initiative's title, a commitment's description. */
  text: string;
  /** A commitment's initiative title (in the version that has the commitment); null otherwise. */
  initiative: string | null;
  /** For "changed": the lines that differ, in canonical order; empty for added and removed. */
  fields: FieldChange[];
}

export interface VersionChanges {
  /** Plan lines that differ (periodStart, periodEnd, customerGoals). */
  plan: FieldChange[];
  /** Needs, then initiatives, then commitments; in each, the newer version's order, then removed records. */
  records: RecordChange[];
  /** Number of plan lines and records that changed: 0 means the two versions have the same content. */
  count: number;
}

const WORDED = new Set(["customerGoals", "verbatim", "decisionRationale", "title", "successMeasure", "description"]);
const NAMING_LINE: Record<ChangedRecord, string> = { need: "verbatim", initiative: "title", commitment: "description" };

interface ParsedRecord {
  key: string;
  lines: Map<string, string>;
  /** Commitments: the key of the initiative they follow. */
  parent: string | null;
}

interface ParsedPlan {
  plan: Map<string, string>;
  records: Record<ChangedRecord, ParsedRecord[]>;
}

/** Undoes the canonical escapes (\\ → \, \n → LF, \t → tab), left to right. */
function unescapeValue(value: string): string {
  return value.replace(/\\([\\nt])/g, (_, code: string) => (code === "n" ? "\n" : code === "t" ? "\t" : "\\"));
}

function invalid(message: string): AccordInputError {
  return new AccordInputError("INVALID_CANONICAL_TEXT", message);
}

/** Reads a canonical text back into its records (throws INVALID_CANONICAL_TEXT when it is not one). */
export function parseCanonicalText(text: string): ParsedPlan {
  if (typeof text !== "string" || !text.startsWith(CANONICAL_FORMAT + "\n")) {
    throw invalid(`A stored version must start with the line ${CANONICAL_FORMAT}.`);
  }
  const parsed: ParsedPlan = { plan: new Map(), records: { need: [], initiative: [], commitment: [] } };
  let initiativeKey: string | null = null;
  const lines = text.slice(CANONICAL_FORMAT.length + 1).split("\n");
  if (lines.pop() !== "") throw invalid("A stored version must end with a line break.");
  for (const line of lines) {
    const equals = line.indexOf("=");
    if (equals < 0) throw invalid(`Line without "=" in a stored version: ${line.slice(0, 40)}`);
    const name = line.slice(0, equals);
    const value = unescapeValue(line.slice(equals + 1));
    const dot = name.indexOf(".");
    if (dot < 0) {
      parsed.plan.set(name, value);
      continue;
    }
    const record = name.slice(0, dot) as ChangedRecord;
    const field = name.slice(dot + 1);
    const list = parsed.records[record];
    if (!list) throw invalid(`Unknown line ${name} in a stored version.`);
    if (field === "key") {
      if (record === "initiative") initiativeKey = value;
      if (record === "commitment" && initiativeKey === null) throw invalid("A commitment precedes every initiative.");
      list.push({ key: value, lines: new Map(), parent: record === "commitment" ? initiativeKey : null });
    } else {
      const current = list[list.length - 1];
      if (!current) throw invalid(`Line ${name} before its record's key.`);
      current.lines.set(field, value);
    }
  }
  return parsed;
}

function fieldChanges(before: Map<string, string>, after: Map<string, string>): FieldChange[] {
  const names = [...after.keys(), ...[...before.keys()].filter((name) => !after.has(name))];
  const changes: FieldChange[] = [];
  for (const field of names) {
    const a = before.get(field) ?? "";
    const b = after.get(field) ?? "";
    if (a !== b) changes.push({ field, before: a, after: b, words: WORDED.has(field) ? wordDiff(a, b) : null });
  }
  return changes;
}

function titles(plan: ParsedPlan): Map<string, string> {
  return new Map(plan.records.initiative.map((record) => [record.key, record.lines.get("title") ?? ""]));
}

/** A need's link is shown by its initiative's title, never its key. */
function withTitles(changes: FieldChange[], before: Map<string, string>, after: Map<string, string>): FieldChange[] {
  return changes.map((change) =>
    change.field === "initiativeKey"
      ? {
          ...change,
          before: change.before === "" ? "" : (before.get(change.before) ?? change.before),
          after: change.after === "" ? "" : (after.get(change.after) ?? change.after)
        }
      : change
  );
}

function recordChanges(record: ChangedRecord, older: ParsedPlan, newer: ParsedPlan): RecordChange[] {
  const olderTitles = titles(older);
  const newerTitles = titles(newer);
  const describe = (entry: ParsedRecord, kind: ChangeKind, fields: FieldChange[], inTitles: Map<string, string>) => ({
    record,
    kind,
    key: entry.key,
    text: entry.lines.get(NAMING_LINE[record]) ?? "",
    initiative: entry.parent === null ? null : (inTitles.get(entry.parent) ?? ""),
    fields
  });
  const olderByKey = new Map(older.records[record].map((entry) => [entry.key, entry]));
  const newerKeys = new Set(newer.records[record].map((entry) => entry.key));
  const changes: RecordChange[] = [];
  for (const entry of newer.records[record]) {
    const previous = olderByKey.get(entry.key);
    if (!previous) {
      changes.push(describe(entry, "added", [], newerTitles));
      continue;
    }
    const lines = new Map(entry.lines);
    const previousLines = new Map(previous.lines);
    // A commitment moved to another initiative is a change of its initiative (shown by title).
    if (record === "commitment" && previous.parent !== entry.parent) {
      previousLines.set("initiativeKey", previous.parent ?? "");
      lines.set("initiativeKey", entry.parent ?? "");
    }
    const fields = withTitles(fieldChanges(previousLines, lines), olderTitles, newerTitles);
    if (fields.length > 0) changes.push(describe(entry, "changed", fields, newerTitles));
  }
  for (const entry of older.records[record]) {
    if (!newerKeys.has(entry.key)) changes.push(describe(entry, "removed", [], olderTitles));
  }
  return changes;
}

/** The changes from `olderText` to `newerText`, two canonical texts (accord-plan-v1). */
export function versionChanges(olderText: string, newerText: string): VersionChanges {
  const older = parseCanonicalText(olderText);
  const newer = parseCanonicalText(newerText);
  const plan = fieldChanges(older.plan, newer.plan);
  const records = [
    ...recordChanges("need", older, newer),
    ...recordChanges("initiative", older, newer),
    ...recordChanges("commitment", older, newer)
  ];
  return { plan, records, count: plan.length + records.length };
}

export interface ChangesBaseline {
  /** The stored version the current content is compared with. */
  version: PlanVersionDto;
  /** "signed": the customer signed that version; "seen": it is the last version shared with them. */
  reason: "signed" | "seen";
  /** The customer's signer (snapshot name) when reason is "signed". */
  signerName: string | null;
}

function newestFirst(a: PlanVersionDto, b: PlanVersionDto): number {
  return b.version - a.version || (a.sharedAt < b.sharedAt ? 1 : a.sharedAt > b.sharedAt ? -1 : 0);
}

/**
 * What the customer knows that differs from the plan's current content: the newest version the customer signed,
 * else the newest version shared with them. Versions are matched by content hash, so a version with the current
 * content (just shared, or shared again unchanged) is never the baseline. Null: nothing to compare with, or the
 * customer signed the current content.
 */
export function changesBaseline(plan: PlanDto, versions: PlanVersionDto[]): ChangesBaseline | null {
  const customerSignatures = plan.signatures.filter((signature) => signature.party === "Customer");
  // The customer signed what is there now: nothing changed for them.
  if (customerSignatures.some((signature) => signature.contentHash === plan.contentHash)) return null;
  const earlier = versions.filter((version) => version.contentHash !== plan.contentHash).sort(newestFirst);
  if (earlier.length === 0) return null;
  const signatures = [...customerSignatures].sort(
    (a, b) => b.planVersion - a.planVersion || (a.signedAt < b.signedAt ? 1 : -1)
  );
  for (const signature of signatures) {
    // The version signed, by number and hash; a reopened plan repeats that content under a new number first.
    const signed =
      earlier.find((v) => v.version === signature.planVersion && v.contentHash === signature.contentHash) ??
      earlier.find((v) => v.contentHash === signature.contentHash);
    if (signed) return { version: signed, reason: "signed", signerName: signature.signerName };
  }
  return { version: earlier[0], reason: "seen", signerName: null };
}

/** The plan fields that decide whether a write shares new content. */
export type SharedState = Pick<PlanDto, "status" | "version" | "contentHash">;

/**
 * Whether a write keeps a new shared version (Plan_Version__c): the plan is In Review after it, and was not In
 * Review with the same version and content before (share, reshare after a pull back, reopen, a change in review).
 * Apex twin: AccordPlanDerivation.keepsSharedVersion; the preview's server keeps its versions by it.
 */
export function keepsSharedVersion(before: SharedState, after: SharedState): boolean {
  if (after.status !== "In Review") return false;
  return !(
    before.status === "In Review" &&
    before.version === after.version &&
    before.contentHash === after.contentHash
  );
}
