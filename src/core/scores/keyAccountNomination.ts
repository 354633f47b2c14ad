/**
 * Nominating and retiring key accounts (Key_Account_Nomination__c): the account's status follows its history, and
 * what a new entry must satisfy. Apex port: rules/AccordKeyAccountNomination.cls (used by
 * AccordKeyAccountPortfolioController.recordNomination); vectors: spec/key-account-portfolio.json.
 *
 * Status: the status is derived, never stored: an account is a key account when the last entry of its history
 * (latest effective date; on the same date, the one recorded last) is a Nominate. No history: not a key account.
 *
 * A new entry, checked in this order, every broken rule reported (the server refuses with the first):
 * 1. NOMINATION_INVALID_ACTION: the action is Nominate or Retire.
 * 2. NOMINATION_REASON_REQUIRED: the reason is not blank after platformTrim (why is the point of the history);
 *    NOMINATION_REASON_TOO_LONG: at most NOMINATION_REASON_MAX characters (the field's length).
 * 3. NOMINATION_DATE_INVALID: the effective date is a calendar date YYYY-MM-DD;
 *    NOMINATION_DATE_IN_FUTURE: not after today (a decision is recorded once it is taken);
 *    NOMINATION_DATE_BEFORE_LAST: not before the last entry's effective date (the history stays in order).
 * 4. ALREADY_KEY_ACCOUNT: Nominate an account that is a key account; NOT_A_KEY_ACCOUNT: Retire one that is not.
 */
import type { KeyAccountAction } from "../values";
import { KEY_ACCOUNT_ACTIONS } from "../values";
import { isIsoDate } from "../plan/readPlan";
import { platformTrim } from "../plan/trim";
import { TEXT_FIELD_LENGTHS } from "../textLimits";

/** The reason's field length (Key_Account_Nomination__c.Reason__c, Long Text Area). */
export const NOMINATION_REASON_MAX = TEXT_FIELD_LENGTHS["Key_Account_Nomination__c.Reason__c"];

/** What the rules read of a history entry (KeyAccountNominationDto has more). */
export interface NominationEntry {
  action: KeyAccountAction;
  effectiveDate: string;
}

/** What a new entry says (NominationRequestDto). */
export interface NominationChange {
  action: unknown;
  reason: unknown;
  effectiveDate: unknown;
}

export type NominationIssueCode =
  | "NOMINATION_INVALID_ACTION"
  | "NOMINATION_REASON_REQUIRED"
  | "NOMINATION_REASON_TOO_LONG"
  | "NOMINATION_DATE_INVALID"
  | "NOMINATION_DATE_IN_FUTURE"
  | "NOMINATION_DATE_BEFORE_LAST"
  | "ALREADY_KEY_ACCOUNT"
  | "NOT_A_KEY_ACCOUNT";

/** The last entry of a history given in recorded order (latest effective date; ties: recorded last). */
export function lastNomination<T extends NominationEntry>(history: readonly T[]): T | null {
  let last: T | null = null;
  for (const entry of history) if (last === null || entry.effectiveDate >= last.effectiveDate) last = entry;
  return last;
}

export function isKeyAccount(history: readonly NominationEntry[]): boolean {
  const last = lastNomination(history);
  return last !== null && last.action === "Nominate";
}

export function nominationIssues(
  change: NominationChange,
  history: readonly NominationEntry[],
  today: string
): NominationIssueCode[] {
  const issues: NominationIssueCode[] = [];
  const action = (KEY_ACCOUNT_ACTIONS as readonly unknown[]).includes(change.action)
    ? (change.action as KeyAccountAction)
    : null;
  if (action === null) issues.push("NOMINATION_INVALID_ACTION");
  // Trimmed as Apex trims (platformTrim): the length counted is the length stored.
  const reason = typeof change.reason === "string" ? platformTrim(change.reason) : "";
  if (reason === "") issues.push("NOMINATION_REASON_REQUIRED");
  else if (reason.length > NOMINATION_REASON_MAX) issues.push("NOMINATION_REASON_TOO_LONG");
  const last = lastNomination(history);
  const date = typeof change.effectiveDate === "string" ? change.effectiveDate : "";
  if (!isIsoDate(date)) issues.push("NOMINATION_DATE_INVALID");
  else if (date > today) issues.push("NOMINATION_DATE_IN_FUTURE");
  else if (last !== null && date < last.effectiveDate) issues.push("NOMINATION_DATE_BEFORE_LAST");
  const key = last !== null && last.action === "Nominate";
  if (action === "Nominate" && key) issues.push("ALREADY_KEY_ACCOUNT");
  if (action === "Retire" && !key) issues.push("NOT_A_KEY_ACCOUNT");
  return issues;
}
