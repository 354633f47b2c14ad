/**
 * Content versus progress. Content is what both parties sign: exactly what the canonical text
 * holds (see fingerprint.ts), so "content changed" and "fingerprint changed" can never disagree.
 * Progress is what moves during the period: initiative and commitment statuses, review
 * outcomes, the initiatives' measured success and reviews.
 */
import type { PlanDto } from "../contract";
import { canonicalPlanText } from "./fingerprint";
import { bySequenceThenKey } from "./order";
import { readPlan } from "./readPlan";

export function isContentChange(before: PlanDto, after: PlanDto): boolean {
  return canonicalPlanText(before) !== canonicalPlanText(after);
}

/** The progress fields of a plan, one line per record, in canonical order. */
function progressText(input: PlanDto): string {
  const plan = readPlan(input);
  const lines: string[] = [];
  for (const initiative of bySequenceThenKey(plan.initiatives)) {
    lines.push(
      JSON.stringify([
        "initiative",
        initiative.key,
        initiative.status,
        initiative.successOutcome ?? null,
        initiative.successResult ?? null,
        initiative.customerComment ?? null
      ])
    );
    for (const commitment of bySequenceThenKey(initiative.commitments)) {
      lines.push(JSON.stringify(["commitment", commitment.key, commitment.status, commitment.reviewOutcome]));
    }
  }
  for (const review of plan.reviews) lines.push(JSON.stringify(review));
  return lines.join("\n");
}

export function isProgressChange(before: PlanDto, after: PlanDto): boolean {
  return progressText(before) !== progressText(after);
}
