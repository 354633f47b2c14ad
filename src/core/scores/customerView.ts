/**
 * How the customer rated the partnership, as the customer reads it back in the 12-month review's customer document
 * ("closing the loop"): the customer's own answers only (mirrored by Apex AccordCustomerView; vectors in
 * spec/collaboration-customer-view.json).
 *
 * Rules:
 * - Only submitted assessments (submittedOn set) of Customer respondents count: the team's ratings never appear.
 * - period: the latest of `periods` (the plan's years) that has such an assessment; null when none has one, and then
 *   nothing is shown.
 * - The dimensions the customer rates (audience Customer or Both), in the configured order (sequence, then code),
 *   each with `ratings`: for each scale step from 5 down to 1 the number of the period's respondents who chose it
 *   (steps nobody chose left out; N/A is not a step), and `comments`: the comments on it that have text, in the
 *   assessments' order (submittedOn, then id). A dimension nobody rated or commented on is left out.
 * - A rating of a dimension that is not configured or not the customer's (the survey cannot send one) is ignored.
 * - respondents: the period's submitted customer assessments.
 * - No score, index, mean or gap: those are internal.
 */
import type { CollaborationAssessmentDto, CollaborationDimensionConfig } from "../contract";
import { bySequenceThenCode, compareText } from "../plan/order";
import { hasText } from "../plan/trim";
import { requireArray, requireRating, requireText } from "../input";

/** The scale's steps, from the best down: the order the document lists the answers in. */
export const SCALE_STEPS_DOWN = [5, 4, 3, 2, 1] as const;

export interface CustomerViewStep {
  rating: number;
  respondents: number;
}

export interface CustomerViewDimension {
  code: string;
  label: string;
  ratings: CustomerViewStep[];
  comments: string[];
}

export interface CustomerView {
  period: string | null;
  respondents: number;
  dimensions: CustomerViewDimension[];
}

function submittedByCustomer(assessment: CollaborationAssessmentDto): boolean {
  return assessment.respondentType === "Customer" && Boolean(assessment.submittedOn);
}

/** Assessments in the order their comments are listed: submittedOn, then id. */
function byDateThenId(a: CollaborationAssessmentDto, b: CollaborationAssessmentDto): number {
  return compareText(a.submittedOn ?? "", b.submittedOn ?? "") || compareText(a.id ?? "", b.id ?? "");
}

/** The customer's view of one period: see the module comment. */
export function customerView(
  assessments: CollaborationAssessmentDto[],
  dimensions: CollaborationDimensionConfig[],
  periods: string[]
): CustomerView {
  const candidates = requireArray(periods, "periods").map((period, i) => requireText(period, `periods[${i}]`));
  const customer = requireArray(assessments, "assessments").filter(submittedByCustomer);
  const held = new Set(customer.map((assessment) => assessment.period));
  const period =
    [...candidates]
      .sort(compareText)
      .reverse()
      .find((candidate) => held.has(candidate)) ?? null;
  if (period === null) return { period: null, respondents: 0, dimensions: [] };
  const answered = customer.filter((assessment) => assessment.period === period).sort(byDateThenId);
  const rated = [...requireArray(dimensions, "dimensions")]
    .filter((dimension) => dimension.audience === "Customer" || dimension.audience === "Both")
    .sort(bySequenceThenCode);
  const views: CustomerViewDimension[] = [];
  for (const dimension of rated) {
    const counts = new Map<number, number>();
    const comments: string[] = [];
    for (const assessment of answered) {
      for (const [i, rating] of requireArray(assessment.ratings, "ratings").entries()) {
        if (rating.dimension !== dimension.code) continue;
        if (rating.score !== null) {
          const score = requireRating(rating.score, `ratings[${i}].score`);
          counts.set(score, (counts.get(score) ?? 0) + 1);
        }
        if (typeof rating.comment === "string" && hasText(rating.comment)) comments.push(rating.comment);
      }
    }
    const ratings = SCALE_STEPS_DOWN.filter((step) => counts.has(step)).map((step) => ({
      rating: step,
      respondents: counts.get(step) as number
    }));
    if (ratings.length > 0 || comments.length > 0) {
      views.push({ code: dimension.code, label: dimension.label, ratings, comments });
    }
  }
  return { period, respondents: answered.length, dimensions: views };
}
