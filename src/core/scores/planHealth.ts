/**
 * Plan health, 0-100: completeness and quality checks, each worth fixed points, each failing
 * record named with the action that fixes it. Rules (portable: integer arithmetic only):
 * - a check over records of a kind (needs, initiatives, commitments) earns 0 when the plan has
 *   none of that kind (its action: add one); otherwise floor(points × passing ÷ applicable),
 *   and full points when no record applies (e.g. no committed need to link);
 * - the score is the sum of points earned (the points possible add up to 100);
 * - the country's model (config/countryModel.ts) may skip checks (the Light model of a country that is not
 *   KAM-ready) and set the recommended maximum of initiatives; a skipped check is not listed and the score is
 *   floor(100 × earned ÷ possible) over the checks that apply, so a complete plan scores 100 in every model;
 * - records in canonical order (Sequence, then Key); cancelled commitments are ignored.
 */
import type { CommitmentDto, NeedDto, PlanDto } from "../contract";
import { bySequenceThenKey } from "../plan/order";
import { readPlan } from "../plan/readPlan";
import { hasText } from "../plan/trim";
import { activeCommitments, initiativeDefinitionIssues, initiativePartyIssues } from "../plan/readiness";
import { issue, type PlanIssue } from "../plan/types";
import { fail, requireArray, requireNumber, requireObject } from "../input";

export const RECOMMENDED_MAX_INITIATIVES = 5;
/** Every check, in the order of the result. */
export const HEALTH_CHECK_CODES = [
  "CUSTOMER_GOALS",
  "NEEDS_DECIDED",
  "NEEDS_RATIONALE",
  "NEEDS_RAISED_BY",
  "NEEDS_LINKED",
  "INITIATIVE_COUNT",
  "INITIATIVES_DEFINED",
  "INITIATIVES_BOTH_PARTIES",
  "COMMITMENTS_OWNED"
] as const;

/** What a country's KAM model changes in plan health (a CountryKamModel has both fields). */
export interface HealthModel {
  skippedHealthChecks: readonly string[];
  maxInitiatives: number;
}

export const FULL_HEALTH_MODEL: HealthModel = { skippedHealthChecks: [], maxInitiatives: RECOMMENDED_MAX_INITIATIVES };

export interface HealthCheck {
  code: string;
  pointsEarned: number;
  pointsPossible: number;
  passed: boolean;
  /** Records the check applies to, and how many of them pass. */
  checked: number;
  passing: number;
  /** What to do, one entry per gap (empty when passed). */
  actions: PlanIssue[];
}

export interface PlanHealth {
  score: number;
  checks: HealthCheck[];
}

/** A check over records: each record yields the actions it needs (none = it passes). */
function recordCheck<T>(
  code: string,
  points: number,
  kind: T[],
  missingKind: PlanIssue,
  applicable: T[],
  actionsFor: (record: T) => PlanIssue[]
): HealthCheck {
  if (kind.length === 0) {
    return {
      code,
      pointsEarned: 0,
      pointsPossible: points,
      passed: false,
      checked: 0,
      passing: 0,
      actions: [missingKind]
    };
  }
  const actions: PlanIssue[] = [];
  let passing = 0;
  for (const record of applicable) {
    const gaps = actionsFor(record);
    if (gaps.length === 0) passing++;
    actions.push(...gaps);
  }
  const checked = applicable.length;
  const pointsEarned = checked === 0 ? points : Math.floor((points * passing) / checked);
  return { code, pointsEarned, pointsPossible: points, passed: passing === checked, checked, passing, actions };
}

function flagCheck(code: string, points: number, actions: PlanIssue[]): HealthCheck {
  const passed = actions.length === 0;
  return {
    code,
    pointsEarned: passed ? points : 0,
    pointsPossible: points,
    passed,
    checked: 1,
    passing: passed ? 1 : 0,
    actions
  };
}

function when(condition: boolean, gap: PlanIssue): PlanIssue[] {
  return condition ? [gap] : [];
}

function needChecks(needs: NeedDto[]): HealthCheck[] {
  const noNeeds = issue("NEEDS_MISSING", "Capture the customer's needs in their own words.");
  return [
    recordCheck("NEEDS_DECIDED", 15, needs, noNeeds, needs, (n) =>
      when(n.decision === "Pending", issue("NEED_UNDECIDED", "Decide this need: commit, defer or decline.", n.key))
    ),
    recordCheck("NEEDS_RATIONALE", 15, needs, noNeeds, needs, (n) =>
      when(
        !hasText(n.decisionRationale),
        issue("NEED_RATIONALE_MISSING", "Explain the decision on this need to the customer.", n.key, {
          decision: n.decision
        })
      )
    ),
    recordCheck("NEEDS_RAISED_BY", 10, needs, noNeeds, needs, (n) =>
      when(
        n.raisedById === null && !hasText(n.raisedByName),
        issue("NEED_RAISED_BY_MISSING", "Record who at the customer raised this need.", n.key)
      )
    ),
    recordCheck(
      "NEEDS_LINKED",
      10,
      needs,
      noNeeds,
      needs.filter((n) => n.decision === "Commit"),
      (n) =>
        when(n.initiativeKey === null, issue("NEED_NOT_LINKED", "Link this committed need to an initiative.", n.key))
    )
  ];
}

function commitmentGaps(c: CommitmentDto): PlanIssue[] {
  const hasOwner = c.ownerUserId !== null || c.ownerContactId !== null || hasText(c.ownerName);
  return [
    ...when(!hasOwner, issue("COMMITMENT_OWNER_MISSING", "Name who owns this commitment.", c.key, { party: c.party })),
    ...when(
      c.dueDate === null,
      issue("COMMITMENT_DUE_DATE_MISSING", "Give this commitment a due date.", c.key, { party: c.party })
    )
  ];
}

function readModel(model: HealthModel): HealthModel {
  requireObject(model, "model");
  const skipped = requireArray(model.skippedHealthChecks as unknown, "model.skippedHealthChecks") as string[];
  skipped.forEach((code, i) => {
    if (!(HEALTH_CHECK_CODES as readonly string[]).includes(code)) {
      fail(
        "INVALID_INPUT",
        `model.skippedHealthChecks[${i}] must be a plan-health check code such as "NEEDS_LINKED" (got ${JSON.stringify(code)}).`
      );
    }
  });
  const maxInitiatives = requireNumber(model.maxInitiatives, "model.maxInitiatives", {
    min: 1,
    max: 100,
    integer: true
  });
  return { skippedHealthChecks: skipped, maxInitiatives };
}

/**
 * The health of a plan and every part of it (validates the plan first), in the country's model: the Full model
 * unless a country's is given (countryKamModel(configuration, plan.countryCode)).
 */
export function planHealth(input: PlanDto, countryModel: HealthModel = FULL_HEALTH_MODEL): PlanHealth {
  const plan = readPlan(input);
  const model = readModel(countryModel);
  const max = model.maxInitiatives;
  const needs = bySequenceThenKey(plan.needs);
  const initiatives = bySequenceThenKey(plan.initiatives);
  const commitments = initiatives.flatMap((i) => bySequenceThenKey(activeCommitments(i)));
  const noInitiatives = issue("INITIATIVES_MISSING", "Agree at least one key initiative for the period.");
  const count = initiatives.length;
  const checks: HealthCheck[] = [
    flagCheck(
      "CUSTOMER_GOALS",
      10,
      when(!hasText(plan.customerGoals), issue("GOALS_MISSING", "Write down the customer's goals in their words."))
    ),
    ...needChecks(needs),
    flagCheck("INITIATIVE_COUNT", 10, [
      ...when(count === 0, noInitiatives),
      ...when(
        count > max,
        issue("INITIATIVES_TOO_MANY", `Focus on at most ${max} key initiatives.`, undefined, { count, max })
      )
    ]),
    recordCheck("INITIATIVES_DEFINED", 10, initiatives, noInitiatives, initiatives, (i) =>
      initiativeDefinitionIssues(plan, i)
    ),
    recordCheck("INITIATIVES_BOTH_PARTIES", 10, initiatives, noInitiatives, initiatives, initiativePartyIssues),
    recordCheck(
      "COMMITMENTS_OWNED",
      10,
      commitments,
      issue("COMMITMENTS_MISSING", "Add what each side commits to for each initiative."),
      commitments,
      commitmentGaps
    )
  ].filter((c) => !model.skippedHealthChecks.includes(c.code));
  const earned = checks.reduce((sum, c) => sum + c.pointsEarned, 0);
  const possible = checks.reduce((sum, c) => sum + c.pointsPossible, 0);
  // Every check skipped: nothing is asked, so nothing is missing.
  return { score: possible === 0 ? 100 : Math.floor((100 * earned) / possible), checks };
}
