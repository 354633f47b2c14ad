/**
 * The buttons the UI offers: every action the plan's status and the actor's permissions allow,
 * each with the data gaps that still block it (empty = it will succeed). applyAction stays the
 * authority; a property test checks that the two agree.
 */
import type { PlanDto } from "../contract";
import type { Party } from "../values";
import { readActor } from "./actionInput";
import { hasSignedVersion, missingOutcomes } from "./applyAction";
import { readPlan } from "./readPlan";
import { readinessOf } from "./readiness";
import { issue, type PlanActionType, type PlanActor, type PlanIssue } from "./types";

export interface AvailableAction {
  type: PlanActionType;
  /** For `sign`: the party that may sign. */
  party?: Party;
  /** For `save`: whether content may change (Draft, In Review) or only progress. */
  contentEditable?: boolean;
  blockers: PlanIssue[];
}

function signAction(plan: PlanDto, actor: PlanActor, party: Party): AvailableAction[] {
  if (hasSignedVersion(plan, party)) return [];
  if (party === "Company") return actor.canSign ? [{ type: "sign", party, blockers: [] }] : [];
  if (!actor.canEditPlans) return [];
  const blockers =
    actor.signatoryContactIds.length === 0
      ? [issue("NO_SIGNATORY", "No contact of this account is marked as signatory.")]
      : [];
  return [{ type: "sign", party, blockers }];
}

export function allowedActions(planInput: PlanDto, actorInput: PlanActor): AvailableAction[] {
  const plan = readPlan(planInput);
  const actor = readActor(actorInput);
  const actions: AvailableAction[] = [];
  const canEdit = actor.canEditPlans;
  switch (plan.status) {
    case "Draft":
      if (canEdit) {
        actions.push({ type: "save", contentEditable: true, blockers: [] });
        actions.push({ type: "share", blockers: readinessOf(plan) });
      }
      break;
    case "In Review":
      if (canEdit) {
        actions.push({ type: "save", contentEditable: true, blockers: [] });
        actions.push({ type: "pullBack", blockers: [] });
      }
      actions.push(...signAction(plan, actor, "Company"), ...signAction(plan, actor, "Customer"));
      break;
    case "Agreed":
      if (canEdit) {
        actions.push({ type: "save", contentEditable: false, blockers: [] });
        actions.push({ type: "startReview", blockers: [] });
      }
      if (actor.isPlanManager) actions.push({ type: "reopen", blockers: [] });
      break;
    case "Under Review":
      if (canEdit) {
        actions.push({ type: "save", contentEditable: false, blockers: [] });
        // Outcomes can also be given with the close action itself, so these are guidance.
        actions.push({ type: "close", blockers: missingOutcomes(plan) });
      }
      break;
    default:
      break;
  }
  return actions;
}
