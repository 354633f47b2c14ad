/**
 * What must be true before a plan is shared with the customer (Draft → In Review). Each gap is
 * one issue with a stable code and the record it concerns, needs first, then initiatives, both
 * in canonical order, so the UI can list them and jump to each.
 */
import type { CommitmentDto, InitiativeDto, NeedDto, PlanDto } from "../contract";
import type { Party } from "../values";
import { bySequenceThenKey } from "./order";
import { readPlan } from "./readPlan";
import { hasText } from "./trim";
import { issue, type PlanIssue } from "./types";

function needIssues(need: NeedDto): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (need.decision === "Pending") {
    issues.push(issue("NEED_UNDECIDED", "A need has no decision yet (commit, defer or decline).", need.key));
  }
  if ((need.decision === "Decline" || need.decision === "Defer") && !hasText(need.decisionRationale)) {
    issues.push(
      issue("NEED_RATIONALE_MISSING", "A declined or deferred need has no rationale for the customer.", need.key, {
        decision: need.decision
      })
    );
  }
  if (need.decision === "Commit" && need.initiativeKey === null) {
    issues.push(issue("NEED_NOT_LINKED", "A committed need is not linked to an initiative.", need.key));
  }
  return issues;
}

/** Cancelled commitments are not something a party will do, so they do not count. */
export function activeCommitments(initiative: InitiativeDto): CommitmentDto[] {
  return initiative.commitments.filter((c) => c.status !== "Cancelled");
}

export function hasPartyCommitment(initiative: InitiativeDto, party: Party): boolean {
  return activeCommitments(initiative).some((c) => c.party === party);
}

export function initiativeDefinitionIssues(plan: PlanDto, initiative: InitiativeDto): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (!hasText(initiative.successMeasure)) {
    issues.push(issue("INITIATIVE_MEASURE_MISSING", "An initiative has no success measure.", initiative.key));
  }
  if (initiative.targetDate === null) {
    issues.push(issue("INITIATIVE_TARGET_DATE_MISSING", "An initiative has no target date.", initiative.key));
  } else if (initiative.targetDate < plan.periodStart || initiative.targetDate > plan.periodEnd) {
    issues.push(
      issue(
        "INITIATIVE_TARGET_DATE_OUTSIDE_PERIOD",
        "An initiative's target date is outside the plan period.",
        initiative.key,
        {
          targetDate: initiative.targetDate,
          periodStart: plan.periodStart,
          periodEnd: plan.periodEnd
        }
      )
    );
  }
  return issues;
}

export function initiativePartyIssues(initiative: InitiativeDto): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (!hasPartyCommitment(initiative, "Company")) {
    issues.push(
      issue("INITIATIVE_COMPANY_COMMITMENT_MISSING", "An initiative has no company commitment.", initiative.key)
    );
  }
  if (!hasPartyCommitment(initiative, "Customer")) {
    issues.push(
      issue("INITIATIVE_CUSTOMER_COMMITMENT_MISSING", "An initiative has no customer commitment.", initiative.key)
    );
  }
  return issues;
}

/** Every reason the plan cannot be shared yet; empty when it can. */
export function shareReadiness(input: PlanDto): PlanIssue[] {
  return readinessOf(readPlan(input));
}

/** shareReadiness of a plan already read: the entry points that read it (allowedActions, share) do not read it twice. */
export function readinessOf(plan: PlanDto): PlanIssue[] {
  const issues: PlanIssue[] = [];
  for (const need of bySequenceThenKey(plan.needs)) issues.push(...needIssues(need));
  for (const initiative of bySequenceThenKey(plan.initiatives)) {
    issues.push(...initiativeDefinitionIssues(plan, initiative), ...initiativePartyIssues(initiative));
  }
  return issues;
}
