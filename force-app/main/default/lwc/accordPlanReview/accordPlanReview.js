import { LightningElement, api } from "lwc";
import { deliveryRates } from "c/accordCore";
import { LABELS, formatLabel } from "c/accordLabels";
import { OUTCOMES, PARTIES, REVIEW_TYPES, availableActions, findAction, labelOf, today } from "c/accordPlanView";
import { allCommitments } from "c/accordPlanEdits";

/**
 * The 12-month review with the customer: for every commitment of both parties, was it kept?
 * Outcomes are progress (saved at once, even on a signed plan); the customer's feedback in their
 * words and the delivery rate per party complete the review, then the plan is closed.
 */
export default class AccordPlanReview extends LightningElement {
  /** The working copy (outcomes show as soon as they are chosen). */
  @api plan;
  @api permissions = {};
  @api busy = false;
  @api actionError = null;

  labels = LABELS;
  outcomeOptions = OUTCOMES;
  customerFeedback = "";
  whatWorked = "";
  whatDidNot = "";
  feedbackError = null;

  get actions() {
    return availableActions(this.plan, this.permissions, []).actions;
  }
  get status() {
    return this.plan ? this.plan.status : null;
  }
  get isBeforeAgreement() {
    return this.status === "Draft" || this.status === "In Review";
  }
  get isAgreed() {
    return this.status === "Agreed";
  }
  get isUnderReview() {
    return this.status === "Under Review";
  }
  get isClosed() {
    return this.status === "Closed";
  }
  get canStart() {
    return Boolean(findAction(this.actions, "startReview"));
  }
  get canRecord() {
    return this.isUnderReview && Boolean(findAction(this.actions, "save"));
  }

  get commitments() {
    return allCommitments(this.plan).map(({ initiative, commitment }) => ({
      key: commitment.key,
      initiativeTitle: initiative.title,
      description: commitment.description,
      partyLabel: labelOf(PARTIES, commitment.party),
      owner: commitment.ownerName || LABELS.Common_Nobody,
      outcome: commitment.reviewOutcome || "",
      outcomeLabel: commitment.reviewOutcome ? labelOf(OUTCOMES, commitment.reviewOutcome) : LABELS.Common_NotSet,
      radioName: `outcome-${commitment.key}`
    }));
  }
  get hasCommitments() {
    return this.commitments.length > 0;
  }
  get showOutcomes() {
    return this.isUnderReview || this.isClosed;
  }

  /** Delivery rate per party from accordCore: (kept + 0.5 × partly) / commitments. */
  get rates() {
    let rates;
    try {
      rates = deliveryRates(this.plan);
    } catch (error) {
      return { error: formatLabel(LABELS.Review_RatesUnavailable, error.message), parties: [] };
    }
    return {
      error: null,
      parties: PARTIES.map((party) => {
        const rate = rates[party.value];
        return {
          party: party.value,
          label: party.label,
          hasRate: rate.rate !== null,
          rate: rate.rate,
          line: formatLabel(LABELS.Review_DeliveryParty, party.label, rate.assessed, rate.commitments),
          dataId: `rate-${party.value.toLowerCase()}`
        };
      })
    };
  }

  get closeAction() {
    return findAction(this.actions, "close");
  }
  get closeBlockedMessage() {
    const close = this.closeAction;
    return close && close.blockers.length > 0 ? formatLabel(LABELS.Review_CloseBlocked, close.blockers.length) : null;
  }
  get closeDisabled() {
    const close = this.closeAction;
    return this.busy || !close || close.blockers.length > 0;
  }
  get reviews() {
    return (this.plan ? this.plan.reviews : []).map((review, index) => ({
      ...review,
      key: review.id || `${review.reviewDate}-${index}`,
      typeLabel: labelOf(REVIEW_TYPES, review.reviewType)
    }));
  }
  get hasReviews() {
    return this.reviews.length > 0;
  }

  handleStart() {
    this.dispatchEvent(
      new CustomEvent("planaction", { detail: { action: { type: "startReview" }, source: "review" } })
    );
  }

  handleOutcomeChange(event) {
    const key = event.target.dataset.key;
    this.dispatchEvent(
      new CustomEvent("commitmentupdate", { detail: { key, changes: { reviewOutcome: event.detail.value } } })
    );
  }

  handleTextChange(event) {
    this[event.target.dataset.field] = event.target.value;
  }

  handleClose() {
    if (this.customerFeedback.trim() === "") {
      this.feedbackError = LABELS.Review_FeedbackRequired;
      const input = this.template.querySelector('[data-id="review-feedback"]');
      if (input) input.focus();
      return;
    }
    this.feedbackError = null;
    const action = {
      type: "close",
      review: {
        reviewType: "Annual review",
        reviewDate: today(),
        customerFeedback: this.customerFeedback,
        whatWorked: this.whatWorked || null,
        whatDidNot: this.whatDidNot || null
      },
      outcomes: allCommitments(this.plan)
        .filter(({ commitment }) => commitment.reviewOutcome)
        .map(({ commitment }) => ({ commitmentKey: commitment.key, outcome: commitment.reviewOutcome }))
    };
    this.dispatchEvent(new CustomEvent("planaction", { detail: { action, source: "review" } }));
  }

  @api
  focusRecord(key) {
    const target = key ? this.template.querySelector(`[data-key="${key}"]`) : this.template.querySelector("h3");
    if (target) target.focus();
  }
}
