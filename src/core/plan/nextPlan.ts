/**
 * The next period's plan from a closed one: what the customer asked for but was deferred, and what
 * either side committed to but has not finished, start the new conversation as a Draft.
 */
import type { CommitmentDto, InitiativeDto, NeedDto, PlanDto } from "../contract";
import { AccordInputError } from "../errors";
import { planFingerprint } from "./fingerprint";
import { sha256Hex } from "./sha256";
import { bySequenceThenKey } from "./order";
import { readPlan } from "./readPlan";

const OPEN_COMMITMENT = new Set(["Open", "In progress"]);

/** YYYY-MM-DD plus days, in UTC (no time zone can shift a plan period). */
function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** One year minus a day after the start: 2026-01-01 → 2026-12-31. */
export function periodEndFor(periodStart: string): string {
  const [year, month, day] = periodStart.split("-").map(Number);
  const sameDayNextYear = new Date(Date.UTC(year + 1, month - 1, day)).toISOString().slice(0, 10);
  return addDays(sameDayNextYear, -1);
}

/**
 * A carried record's Key__c (unique per object, so it cannot be reused): derived, not random, so Apex
 * and TypeScript produce the same key — the first 32 hex digits of SHA-256("<old key>|<new period start>")
 * in UUID layout.
 */
export function carriedKey(oldKey: string, periodStart: string): string {
  const hex = sha256Hex(`${oldKey}|${periodStart}`);
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20, 32)].join("-");
}

function carriedNeeds(plan: PlanDto, periodStart: string): NeedDto[] {
  return bySequenceThenKey(plan.needs.filter((need) => need.decision === "Defer")).map((need, index) => ({
    key: carriedKey(need.key, periodStart),
    sequence: index + 1,
    verbatim: need.verbatim,
    theme: need.theme,
    raisedById: need.raisedById,
    raisedByName: need.raisedByName,
    customerPriority: need.customerPriority,
    decision: "Pending",
    decisionRationale: null,
    initiativeKey: null
  }));
}

function carriedCommitments(initiative: InitiativeDto, periodStart: string): CommitmentDto[] {
  return bySequenceThenKey(initiative.commitments.filter((c) => OPEN_COMMITMENT.has(c.status))).map((c, index) => ({
    key: carriedKey(c.key, periodStart),
    sequence: index + 1,
    party: c.party,
    description: c.description,
    ownerUserId: c.ownerUserId,
    ownerContactId: c.ownerContactId,
    ownerName: c.ownerName,
    // The old due date lies in the closed period: the parties agree a new one.
    dueDate: null,
    status: "Open",
    reviewOutcome: null
  }));
}

function carriedInitiatives(plan: PlanDto, periodStart: string): InitiativeDto[] {
  return bySequenceThenKey(plan.initiatives)
    .map((initiative) => ({ initiative, commitments: carriedCommitments(initiative, periodStart) }))
    .filter(({ commitments }) => commitments.length > 0)
    .map(({ initiative, commitments }, index) => ({
      key: carriedKey(initiative.key, periodStart),
      sequence: index + 1,
      title: initiative.title,
      successMeasure: initiative.successMeasure,
      targetDate: null,
      status: "Not started",
      commitments
    }));
}

/** Next period's Draft plan (version 1, revision 0, no signatures, no reviews) from a Closed plan. */
export function nextPlanDraft(closedPlan: PlanDto): PlanDto {
  const plan = readPlan(closedPlan);
  if (plan.status !== "Closed") {
    throw new AccordInputError(
      "PLAN_NOT_CLOSED",
      `Only a closed plan starts the next period; this plan is ${plan.status}. Close it after the annual review first.`
    );
  }
  const periodStart = addDays(plan.periodEnd, 1);
  const draft: PlanDto = {
    accountId: plan.accountId,
    accountName: plan.accountName,
    status: "Draft",
    version: 1,
    // A plan not yet stored: its first write makes it revision 1.
    revision: 0,
    contentHash: null,
    periodStart,
    periodEnd: periodEndFor(periodStart),
    customerGoals: plan.customerGoals,
    planLanguage: plan.planLanguage,
    countryCode: plan.countryCode,
    sharedOn: null,
    agreedOn: null,
    reopenReason: null,
    needs: carriedNeeds(plan, periodStart),
    initiatives: carriedInitiatives(plan, periodStart),
    signatures: [],
    reviews: []
  };
  return { ...draft, contentHash: planFingerprint(draft) };
}
