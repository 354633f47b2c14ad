/** Validation of the actor, the action and the time: malformed input throws AccordInputError. */
import type { ReviewOutcome } from "../values";
import { AccordInputError } from "../errors";
import { PARTIES, PLAN_ACTIONS, REVIEW_OUTCOMES, SIGNATURE_METHODS } from "../values";
import { optionalString, readRevision, requiredOneOf, requiredString } from "./readPlan";
import type { PlanAction, PlanActionType, PlanActor } from "./types";

/** The value list, typed as the union: a value the union lacks fails type checking. */
const ACTION_TYPES: readonly PlanActionType[] = PLAN_ACTIONS;

function asRow(value: unknown, field: string): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new AccordInputError("INVALID_INPUT", `${field} must be an object.`);
  }
  return value as Record<string, unknown>;
}

function flag(row: Record<string, unknown>, name: string): boolean {
  if (typeof row[name] !== "boolean") {
    throw new AccordInputError("INVALID_INPUT", `actor.${name} must be true or false.`);
  }
  return row[name] as boolean;
}

export function readActor(value: unknown): PlanActor {
  const row = asRow(value, "actor");
  const contacts = row.signatoryContactIds === undefined ? [] : row.signatoryContactIds;
  if (!Array.isArray(contacts) || contacts.some((c) => typeof c !== "string")) {
    throw new AccordInputError("INVALID_INPUT", "actor.signatoryContactIds must be a list of Contact Ids.");
  }
  return {
    userId: requiredString(row, "userId", "actor"),
    userName: requiredString(row, "userName", "actor"),
    canEditPlans: flag(row, "canEditPlans"),
    canSign: flag(row, "canSign"),
    isPlanManager: flag(row, "isPlanManager"),
    signatoryContactIds: [...(contacts as string[])]
  };
}

export function readNow(value: unknown): string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
    throw new AccordInputError("INVALID_DATE", "now must be an ISO 8601 date-time such as 2025-07-08T09:00:00.000Z.");
  }
  return value;
}

function readOutcomes(value: unknown): { commitmentKey: string; outcome: ReviewOutcome }[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new AccordInputError("INVALID_INPUT", "action.outcomes must be a list.");
  return value.map((entry, i) => {
    const row = asRow(entry, `action.outcomes[${i}]`);
    return {
      commitmentKey: requiredString(row, "commitmentKey", `action.outcomes[${i}]`),
      outcome: requiredOneOf(row, "outcome", REVIEW_OUTCOMES, `action.outcomes[${i}]`)
    };
  });
}

/**
 * The revision the caller read: the edited plan's for a save, `action.revision` for the other actions; null when
 * the action carries none (the core then does not compare; the servers refuse such a request). Throws
 * INVALID_NUMBER when it is not a whole number from 0.
 */
export function readRevisionRead(value: unknown): number | null {
  const row = asRow(value, "action");
  if (row.type === "save") {
    const plan = asRow(row.plan, "action.plan");
    return plan.revision === undefined || plan.revision === null
      ? null
      : readRevision(plan.revision, "action.plan.revision");
  }
  return row.revision === undefined || row.revision === null ? null : readRevision(row.revision, "action.revision");
}

/** A structurally valid action (a copy); whether it is allowed is decided by applyAction. */
export function readAction(value: unknown): PlanAction {
  const row = asRow(value, "action");
  const type = requiredOneOf(row, "type", ACTION_TYPES, "action");
  switch (type) {
    case "save":
      return { type, plan: row.plan as never };
    case "sign": {
      const planVersion = row.planVersion;
      if (typeof planVersion !== "number" || !Number.isInteger(planVersion)) {
        throw new AccordInputError(
          "INVALID_NUMBER",
          "action.planVersion must be the whole version number the signer saw."
        );
      }
      return {
        type,
        party: requiredOneOf(row, "party", PARTIES, "action"),
        planVersion,
        contentHash: requiredString(row, "contentHash", "action"),
        signerContactId: optionalString(row, "signerContactId", "action"),
        signerName: optionalString(row, "signerName", "action"),
        method: requiredOneOf(row, "method", SIGNATURE_METHODS, "action"),
        evidence: optionalString(row, "evidence", "action"),
        evidenceHash: optionalString(row, "evidenceHash", "action")
      };
    }
    case "reopen":
      return { type, reason: optionalString(row, "reason", "action") ?? "" };
    case "close":
      return {
        type,
        review: row.review === undefined || row.review === null ? null : (row.review as never),
        outcomes: readOutcomes(row.outcomes)
      };
    default:
      return { type };
  }
}
