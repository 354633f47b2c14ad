import { LightningElement, api } from "lwc";
import { reviewSchedule, reviewSettingsFor } from "c/accordCore";
import { LABELS, formatLabel } from "c/accordLabels";
import { ScreenFollower } from "c/accordScreenLabels";
import { userDate } from "c/accordPlanView";

/**
 * The review dates of an agreed plan, by its country's setting (accordCore reviewSchedule): the next check-in due
 * (Review_Cadence_Months__c after agreement, one per recorded check-in), the 12-month review date and the earliest
 * day it may start (Review_Earliest_Months__c, default 9). Small enough for the plan header; renders nothing before
 * agreement. Dates and words in the screen's language: the user's, or the plan's while the customer looks.
 */
export default class AccordReviewDates extends ScreenFollower(LightningElement) {
  @api plan;
  /** "YYYY-MM-DD" of today (tests set it); the browser's UTC date otherwise. */
  @api today;

  /** Its labels in the screen's language: the plan's while the customer looks (c/accordScreenLabels). */
  labels = LABELS;
  /** The locale its dates are written in: the user's, or the plan language's in customer mode. */
  locale;
  /**
   * The configuration (getConfiguration), from the plan header, which reads it once for the page; null until read or
   * when it cannot be read: then the defaults apply (no check-ins, review from 9 months) and the dates still show.
   */
  @api configuration = null;

  get settings() {
    return reviewSettingsFor(this.configuration, this.plan ? this.plan.countryCode : null);
  }

  get schedule() {
    if (!this.plan || !["Agreed", "Under Review"].includes(this.plan.status)) return null;
    try {
      return reviewSchedule(this.plan, this.settings);
    } catch {
      return null;
    }
  }
  get hasSchedule() {
    return Boolean(this.schedule);
  }
  get todayIso() {
    return this.today || new Date().toISOString().slice(0, 10);
  }
  get nextCheckIn() {
    return this.schedule ? this.schedule.nextCheckIn : null;
  }
  get checkInOverdue() {
    return Boolean(this.nextCheckIn) && this.nextCheckIn < this.todayIso;
  }
  get reviewDate() {
    return this.schedule ? this.schedule.reviewDate : null;
  }
  /** Shown until the review may start: afterwards it is no longer news. */
  get earliestStart() {
    const schedule = this.schedule;
    if (!schedule || this.plan.status !== "Agreed" || this.todayIso >= schedule.earliestReviewDate) return null;
    return schedule.earliestReviewDate;
  }
  get earliestStartText() {
    return this.earliestStart
      ? formatLabel(this.labels.Review_EarliestStart, userDate(this.earliestStart, this.locale))
      : "";
  }

  /** The two dates, each with its note: an overdue check-in is marked, the review's earliest start is added. */
  get facts() {
    return [
      {
        dataId: "next-check-in",
        label: this.labels.Review_NextCheckIn,
        date: this.nextCheckIn,
        dateText: userDate(this.nextCheckIn, this.locale),
        emptyText: this.labels.Review_NoCheckInDue,
        note: this.checkInOverdue
          ? {
              dataId: "check-in-overdue",
              className: "slds-badge slds-theme_warning slds-m-left_x-small",
              text: this.labels.Review_Overdue
            }
          : null
      },
      {
        dataId: "review-date",
        label: this.labels.Review_ReviewDate,
        date: this.reviewDate,
        dateText: userDate(this.reviewDate, this.locale),
        emptyText: null,
        note: this.earliestStart
          ? {
              dataId: "earliest-start",
              className: "slds-text-body_small slds-text-color_weak slds-m-left_x-small",
              text: `(${this.earliestStartText})`
            }
          : null
      }
    ];
  }
}
