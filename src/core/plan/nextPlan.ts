/**
 * The next period's plan from a closed one: what the customer asked for but was deferred, and what
 * either side committed to but has not finished, start the new conversation as a Draft. Without a selection
 * the deferred needs and the open commitments are carried; with one (the carry-over dialog, which offers
 * carryOverChoices) exactly the chosen needs, initiatives and commitments, with the committed needs of the
 * carried initiatives still committed and linked.
 */
import type { CommitmentDto, InitiativeDto, NeedDto, PlanDto } from "../contract";
import { AccordInputError } from "../errors";
import { planFingerprint } from "./fingerprint";
import { sha256Hex } from "./sha256";
import { bySequenceThenKey } from "./order";
import { readPlan } from "./readPlan";

const OPEN_COMMITMENT = new Set(["Open", "In progress"]);

/** What the carry-over dialog chose to carry, by the closed plan's keys. */
export interface CarryOverSelection {
  needKeys: string[];
  initiativeKeys: string[];
  commitmentKeys: string[];
}

/** One record the dialog offers, with last period's outcome and whether it starts selected. */
export interface CarryOverChoice {
  record: "need" | "initiative" | "commitment";
  key: string;
  /** The need's verbatim, the initiative's title, the commitment's description. */
  text: string;
  /** A commitment's, or a committed need's, initiative key; null otherwise. */
  initiativeKey: string | null;
  /** Last period: a need's decision, an initiative's success outcome, a commitment's review outcome. */
  lastOutcome: string | null;
  /** Everything is selected except what was finished: Kept commitments, Achieved initiatives. */
  selected: boolean;
}

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

/** What a new plan is opened with: its account, the first day of its twelve months, its language and country. */
export interface NewPlanHeader {
  accountId: string;
  accountName: string;
  periodStart: string;
  planLanguage: string;
  countryCode: string | null;
}

/**
 * A new Draft plan as the server starts one: version 1, not yet stored (revision 0), its period the twelve months
 * from periodStart, no content, signatures or reviews, and no fingerprint yet. Next period's plan and the preview's
 * createPlan both start from it.
 */
export function newPlanDraft(header: NewPlanHeader): PlanDto {
  return {
    accountId: header.accountId,
    accountName: header.accountName,
    status: "Draft",
    version: 1,
    revision: 0,
    contentHash: null,
    periodStart: header.periodStart,
    periodEnd: periodEndFor(header.periodStart),
    customerGoals: null,
    planLanguage: header.planLanguage,
    countryCode: header.countryCode,
    sharedOn: null,
    agreedOn: null,
    reopenReason: null,
    needs: [],
    initiatives: [],
    signatures: [],
    reviews: []
  };
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

/**
 * Deferred needs start undecided; with a selection, a committed need whose initiative is carried stays committed,
 * linked to the carried initiative, with its rationale.
 */
function carriedNeeds(plan: PlanDto, periodStart: string, selection?: Chosen): NeedDto[] {
  const carried = (need: NeedDto) =>
    selection
      ? selection.needs.has(need.key) &&
        (need.decision === "Defer" || (need.decision === "Commit" && isCarriedInitiative(need, selection)))
      : need.decision === "Defer";
  return bySequenceThenKey(plan.needs.filter(carried)).map((need, index) => {
    const stillCommitted = need.decision === "Commit";
    return {
      key: carriedKey(need.key, periodStart),
      sequence: index + 1,
      verbatim: need.verbatim,
      theme: need.theme,
      raisedById: need.raisedById,
      raisedByName: need.raisedByName,
      customerPriority: need.customerPriority,
      decision: stillCommitted ? "Commit" : "Pending",
      decisionRationale: stillCommitted ? need.decisionRationale : null,
      initiativeKey: stillCommitted && need.initiativeKey ? carriedKey(need.initiativeKey, periodStart) : null
    };
  });
}

function isCarriedInitiative(need: NeedDto, selection: Chosen): boolean {
  return need.initiativeKey !== null && selection.initiatives.has(need.initiativeKey);
}

/** The selection as sets; an initiative with a chosen commitment is carried too. Unknown keys are refused. */
interface Chosen {
  needs: Set<string>;
  initiatives: Set<string>;
  commitments: Set<string>;
}

function chosen(plan: PlanDto, selection: CarryOverSelection): Chosen {
  const known = {
    needs: new Set(plan.needs.map((n) => n.key)),
    initiatives: new Set(plan.initiatives.map((i) => i.key)),
    commitments: new Set(plan.initiatives.flatMap((i) => i.commitments.map((c) => c.key)))
  };
  const keys = (list: unknown, kind: keyof typeof known): Set<string> => {
    if (!Array.isArray(list) || list.some((key) => typeof key !== "string")) {
      throw new AccordInputError("INVALID_SELECTION", `The carry-over selection needs a list of ${kind} keys.`);
    }
    for (const key of list as string[]) {
      if (!known[kind].has(key)) {
        throw new AccordInputError(
          "INVALID_SELECTION",
          `The carry-over selection names ${kind} ${JSON.stringify(key)}, which is not in the closed plan.`
        );
      }
    }
    return new Set(list as string[]);
  };
  const result = {
    needs: keys(selection.needKeys, "needs"),
    initiatives: keys(selection.initiativeKeys, "initiatives"),
    commitments: keys(selection.commitmentKeys, "commitments")
  };
  for (const initiative of plan.initiatives) {
    if (initiative.commitments.some((c) => result.commitments.has(c.key))) result.initiatives.add(initiative.key);
  }
  return result;
}

function carriedCommitments(initiative: InitiativeDto, periodStart: string, selection?: Chosen): CommitmentDto[] {
  const carried = (c: CommitmentDto) => (selection ? selection.commitments.has(c.key) : OPEN_COMMITMENT.has(c.status));
  return bySequenceThenKey(initiative.commitments.filter(carried)).map((c, index) => ({
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

function carriedInitiatives(plan: PlanDto, periodStart: string, selection?: Chosen): InitiativeDto[] {
  return bySequenceThenKey(plan.initiatives)
    .map((initiative) => ({ initiative, commitments: carriedCommitments(initiative, periodStart, selection) }))
    .filter(({ initiative, commitments }) =>
      selection ? selection.initiatives.has(initiative.key) : commitments.length > 0
    )
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

/**
 * What the carry-over dialog offers from a closed plan, in order: the deferred needs, then each initiative
 * followed by its committed needs and its commitments (cancelled ones left out), all canonical order.
 */
export function carryOverChoices(closedPlan: PlanDto): CarryOverChoice[] {
  const plan = readPlan(closedPlan);
  const needs = bySequenceThenKey(plan.needs);
  const choices: CarryOverChoice[] = needs
    .filter((need) => need.decision === "Defer")
    .map((need) => ({
      record: "need",
      key: need.key,
      text: need.verbatim,
      initiativeKey: null,
      lastOutcome: need.decision,
      selected: true
    }));
  for (const initiative of bySequenceThenKey(plan.initiatives)) {
    const unfinished = initiative.successOutcome !== "Achieved";
    choices.push({
      record: "initiative",
      key: initiative.key,
      text: initiative.title,
      initiativeKey: null,
      lastOutcome: initiative.successOutcome ?? null,
      selected: unfinished
    });
    for (const need of needs.filter((n) => n.decision === "Commit" && n.initiativeKey === initiative.key)) {
      choices.push({
        record: "need",
        key: need.key,
        text: need.verbatim,
        initiativeKey: initiative.key,
        lastOutcome: need.decision,
        selected: unfinished
      });
    }
    for (const commitment of bySequenceThenKey(initiative.commitments.filter((c) => c.status !== "Cancelled"))) {
      choices.push({
        record: "commitment",
        key: commitment.key,
        text: commitment.description,
        initiativeKey: initiative.key,
        lastOutcome: commitment.reviewOutcome,
        selected: commitment.reviewOutcome !== "Kept"
      });
    }
  }
  return choices;
}

/** Next period's Draft plan (version 1, revision 0, no signatures, no reviews) from a Closed plan. */
export function nextPlanDraft(closedPlan: PlanDto, selection?: CarryOverSelection | null): PlanDto {
  const plan = readPlan(closedPlan);
  if (plan.status !== "Closed") {
    throw new AccordInputError(
      "PLAN_NOT_CLOSED",
      `Only a closed plan starts the next period; this plan is ${plan.status}. Close it after the annual review first.`
    );
  }
  const periodStart = addDays(plan.periodEnd, 1);
  const chosenRecords = selection ? chosen(plan, selection) : undefined;
  const draft: PlanDto = {
    ...newPlanDraft({
      accountId: plan.accountId,
      accountName: plan.accountName,
      periodStart,
      planLanguage: plan.planLanguage,
      countryCode: plan.countryCode
    }),
    customerGoals: plan.customerGoals,
    // The new plan links back to the closed one it continues.
    previousPlanId: plan.id ?? null,
    needs: carriedNeeds(plan, periodStart, chosenRecords),
    initiatives: carriedInitiatives(plan, periodStart, chosenRecords)
  };
  return { ...draft, contentHash: planFingerprint(draft) };
}
