/**
 * When an agreed plan is reviewed with the customer: check-ins every `reviewCadenceMonths` (the country's
 * Review_Cadence_Months__c) after agreement, the 12-month review 12 months after agreement, and the earliest day
 * the 12-month review may start, `reviewEarliestMonths` (Review_Earliest_Months__c, default 9) after agreement.
 * Months are added as Apex Date.addMonths does: the same day of the month, or the month's last day when it has
 * fewer days (2026-01-31 + 1 month = 2026-02-28). Dates are UTC calendar days (agreedOn's date in UTC).
 * Apex twin: classes/rules/AccordReviewSchedule.cls (vectors: spec/review.json); the server refuses startReview
 * before the earliest date (AccordPlanService, the preview's controllers).
 */
import type { AccordConfiguration, PlanDto } from "../contract";
import { issue, type PlanIssue } from "./types";

export const DEFAULT_EARLIEST_REVIEW_MONTHS = 9;
export const REVIEW_AFTER_MONTHS = 12;

export interface ReviewSettings {
  /** Months between check-ins; null or 0: no check-ins. */
  reviewCadenceMonths: number | null;
  /** Months after agreement before the 12-month review may start; null: the default, 9. */
  reviewEarliestMonths: number | null;
}

/**
 * The review settings of a plan's country: its setting in the configuration, by code. No configuration, no country
 * or no setting for it gives nulls, so the defaults apply. Apex finds the setting the same way
 * (AccordPlanService.requireReviewAllowed).
 */
export function reviewSettingsFor(
  configuration: Pick<AccordConfiguration, "countries"> | null | undefined,
  countryCode: string | null | undefined
): ReviewSettings {
  const countries = (configuration && configuration.countries) || [];
  const country = countryCode ? countries.find((c) => c.countryCode === countryCode) : undefined;
  return {
    reviewCadenceMonths: country ? country.reviewCadenceMonths : null,
    reviewEarliestMonths: country?.reviewEarliestMonths ?? null
  };
}

export interface CheckInDue {
  due: string;
  /** Covered by a recorded check-in (the n-th check-in covers the n-th due date). */
  done: boolean;
}

export interface ReviewSchedule {
  agreedOn: string;
  reviewDate: string;
  earliestReviewDate: string;
  checkIns: CheckInDue[];
  /** The first check-in due and not yet recorded; null when none is left before the review. */
  nextCheckIn: string | null;
}

/** YYYY-MM-DD plus whole months, clamped to the month's last day (Apex Date.addMonths). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.slice(0, 10).split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The schedule of an agreed plan (null before agreement: nothing is due yet). */
export function reviewSchedule(plan: PlanDto, settings: ReviewSettings): ReviewSchedule | null {
  if (!plan.agreedOn) return null;
  const agreedOn = plan.agreedOn.slice(0, 10);
  const reviewDate = addMonths(agreedOn, REVIEW_AFTER_MONTHS);
  const earliestMonths = settings.reviewEarliestMonths ?? DEFAULT_EARLIEST_REVIEW_MONTHS;
  const cadence = settings.reviewCadenceMonths ?? 0;
  const recorded = (plan.reviews ?? []).filter((review) => review.reviewType === "Check-in").length;
  const checkIns: CheckInDue[] = [];
  for (let n = 1; cadence > 0 && n * cadence < REVIEW_AFTER_MONTHS; n++) {
    checkIns.push({ due: addMonths(agreedOn, n * cadence), done: n <= recorded });
  }
  const next = checkIns.find((checkIn) => !checkIn.done);
  return {
    agreedOn,
    reviewDate,
    earliestReviewDate: addMonths(agreedOn, earliestMonths),
    checkIns,
    nextCheckIn: next ? next.due : null
  };
}

/** Why the 12-month review cannot start today (REVIEW_TOO_EARLY, with the first allowed date), or null. */
export function reviewStartIssue(plan: PlanDto, settings: ReviewSettings, today: string): PlanIssue | null {
  const schedule = reviewSchedule(plan, settings);
  if (!schedule || today.slice(0, 10) >= schedule.earliestReviewDate) return null;
  return issue(
    "REVIEW_TOO_EARLY",
    `The 12-month review can start on ${schedule.earliestReviewDate} at the earliest.`,
    undefined,
    { earliestDate: schedule.earliestReviewDate }
  );
}
