/**
 * Did each side do what it said? Delivery rate per party = (kept + 0.5 × partly) / commitments
 * of that party. A commitment without an outcome counts in the denominator only (like not kept),
 * so the rate never looks better before the review is finished; `assessed` tells how far it is.
 * Cancelled commitments are not something a party will do: they are not counted at all.
 */
import type { PlanDto } from "../contract";
import type { Party } from "../values";
import { readPlan } from "../plan/readPlan";
import { activeCommitments } from "../plan/readiness";

export interface PartyDelivery {
  commitments: number;
  kept: number;
  partly: number;
  notKept: number;
  /** Commitments with a review outcome. */
  assessed: number;
  /** 0..1, unrounded; null when the party has no commitments. */
  rate: number | null;
}

export type DeliveryRates = Record<Party, PartyDelivery>;

export function deliveryRates(input: PlanDto): DeliveryRates {
  const plan = readPlan(input);
  const rates: DeliveryRates = {
    Company: { commitments: 0, kept: 0, partly: 0, notKept: 0, assessed: 0, rate: null },
    Customer: { commitments: 0, kept: 0, partly: 0, notKept: 0, assessed: 0, rate: null }
  };
  for (const initiative of plan.initiatives) {
    for (const commitment of activeCommitments(initiative)) {
      const party = rates[commitment.party];
      party.commitments++;
      if (commitment.reviewOutcome === "Kept") party.kept++;
      if (commitment.reviewOutcome === "Partly") party.partly++;
      if (commitment.reviewOutcome === "Not kept") party.notKept++;
      if (commitment.reviewOutcome !== null) party.assessed++;
    }
  }
  for (const party of [rates.Company, rates.Customer]) {
    party.rate = party.commitments === 0 ? null : (party.kept + 0.5 * party.partly) / party.commitments;
  }
  return rates;
}

/**
 * Did the initiatives achieve what success looks like? Success rate = (achieved + 0.5 × partly) / initiatives,
 * like the delivery rate: an initiative without an outcome counts in the denominator only; `assessed` tells how
 * far the review is. Null when the plan has no initiative.
 */
export interface InitiativeSuccess {
  initiatives: number;
  achieved: number;
  partly: number;
  notAchieved: number;
  assessed: number;
  /** 0..1, unrounded; null without initiatives. */
  rate: number | null;
}

export function initiativeSuccess(input: PlanDto): InitiativeSuccess {
  const plan = readPlan(input);
  const result: InitiativeSuccess = { initiatives: 0, achieved: 0, partly: 0, notAchieved: 0, assessed: 0, rate: null };
  for (const initiative of plan.initiatives) {
    result.initiatives++;
    if (initiative.successOutcome === "Achieved") result.achieved++;
    if (initiative.successOutcome === "Partly") result.partly++;
    if (initiative.successOutcome === "Not achieved") result.notAchieved++;
    if (initiative.successOutcome != null) result.assessed++;
  }
  result.rate = result.initiatives === 0 ? null : (result.achieved + 0.5 * result.partly) / result.initiatives;
  return result;
}
