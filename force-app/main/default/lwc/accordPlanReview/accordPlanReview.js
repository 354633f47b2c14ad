import { LightningElement, api } from "lwc";
import { deliveryRates, initiativeSuccess } from "c/accordCore";
import { LABELS, formatLabel } from "c/accordLabels";
import {
  availableActions,
  bySequenceThenKey,
  findAction,
  labelOf,
  OUTCOMES,
  PARTIES,
  REVIEW_TYPES,
  SUCCESS,
  today
} from "c/accordPlanView";
import { allCommitments } from "c/accordPlanEdits";

/**
 * What the review assesses, each the same way (a button choice while the review is recorded, its text afterwards):
 * whether each initiative's success was achieved, then whether each commitment of both parties was kept. A choice
 * is sent as `event` with { key, changes: { [field]: value } }.
 */
const ASSESSMENTS = [
  {
    key: "initiatives",
    title: LABELS.Review_SuccessTitle,
    outcomeLabel: LABELS.Review_SuccessOutcome,
    options: SUCCESS,
    event: "initiativeupdate",
    field: "successOutcome",
    listDataId: "review-initiatives",
    rowDataId: "review-initiative",
    outcomeDataId: "review-success",
    outcomeTextDataId: "review-success-text",
    emptyText: LABELS.Review_NoInitiatives,
    emptyDataId: "review-no-initiatives"
  },
  {
    key: "commitments",
    title: LABELS.Review_Outcomes,
    outcomeLabel: LABELS.Commitment_Outcome,
    options: OUTCOMES,
    event: "commitmentupdate",
    field: "reviewOutcome",
    listDataId: "review-commitments",
    rowDataId: "review-commitment",
    outcomeDataId: "review-outcome",
    outcomeTextDataId: "review-outcome-text",
    emptyText: LABELS.Review_NoCommitmentsYet,
    emptyDataId: "review-no-commitments"
  }
];

/** What the review writes per initiative, in words (saved when the field is left), as its read-only lines show them. */
const INITIATIVE_TEXTS = [
  { name: "successResult", label: LABELS.Review_SuccessResult },
  { name: "customerComment", label: LABELS.Review_CustomerComment }
];

/**
 * The texts that close the review, in the order they are asked: the customer's feedback (required) first. Each is a
 * property of this component, the data-field of its input and a field of the review sent with the close action.
 */
const CLOSING_TEXTS = [
  { name: "customerFeedback", label: LABELS.Review_CustomerFeedback },
  { name: "whatWorked", label: LABELS.Review_WhatWorked, listDataId: "review-list-what-worked" },
  { name: "whatDidNot", label: LABELS.Review_WhatDidNot, listDataId: "review-list-what-did-not" },
  { name: "whatWeWillChange", label: LABELS.Review_WhatWeWillChange, listDataId: "review-list-what-we-will-change" }
];
/** A previous review's texts after the customer's feedback (shown as a quote): those that were written. */
const PREVIOUS_REVIEW_TEXTS = CLOSING_TEXTS.filter((text) => text.name !== "customerFeedback");

/** The texts of a record that were written, each with its label, in the declared order. */
function writtenTexts(record, texts) {
  return texts.filter((text) => record[text.name]).map((text) => ({ ...text, value: record[text.name] }));
}

/**
 * The 12-month review with the customer: for every initiative, was what success looks like achieved (the result in
 * words, the customer's comment); for every commitment of both parties, was it kept? Outcomes are progress (saved
 * at once, even on a signed plan); the customer's feedback in their words, the delivery rate per party and the
 * initiative success rate complete the review, then the plan is closed.
 */
export default class AccordPlanReview extends LightningElement {
  /** The working copy (outcomes show as soon as they are chosen). */
  @api plan;
  @api permissions = {};
  @api busy = false;
  @api actionError = null;

  labels = LABELS;
  customerFeedback = "";
  whatWorked = "";
  whatDidNot = "";
  /** What the company will change after the customer's ratings: the customer document shows it with them. */
  whatWeWillChange = "";
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
  get isAgreedOrLater() {
    return Boolean(this.plan) && !this.isBeforeAgreement;
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

  /** Every commitment of both parties: its initiative, party and owner, its words, whether it was kept. */
  get commitments() {
    return allCommitments(this.plan).map(({ initiative, commitment }) => ({
      key: commitment.key,
      lines: [
        {
          key: "meta",
          className: "slds-text-body_small slds-text-color_weak",
          text: `${initiative.title} · ${labelOf(PARTIES, commitment.party)} · ${commitment.ownerName || LABELS.Common_Nobody}`
        },
        { key: "description", className: "accord-text", text: commitment.description }
      ],
      outcome: commitment.reviewOutcome || "",
      outcomeText: `${LABELS.Commitment_Outcome}: ${
        commitment.reviewOutcome ? labelOf(OUTCOMES, commitment.reviewOutcome) : LABELS.Common_NotSet
      }`,
      recordsTexts: false,
      writtenTexts: [],
      radioName: `outcome-${commitment.key}`
    }));
  }
  /** Each initiative in plan order: its title and measure of success, whether it was achieved, the words. */
  get initiatives() {
    return [...(this.plan ? this.plan.initiatives : [])].sort(bySequenceThenKey).map((initiative) => ({
      key: initiative.key,
      lines: [
        { key: "title", className: "accord-text slds-text-title_bold", text: initiative.title },
        ...(initiative.successMeasure
          ? [
              {
                key: "measure",
                className: "accord-text slds-text-body_small",
                text: `${LABELS.Initiative_SuccessMeasure}: ${initiative.successMeasure}`
              }
            ]
          : [])
      ],
      outcome: initiative.successOutcome || "",
      // The label asks a question ("Success measure achieved?"): the answer follows it without a colon.
      outcomeText: `${LABELS.Review_SuccessOutcome} ${
        initiative.successOutcome ? labelOf(SUCCESS, initiative.successOutcome) : LABELS.Common_NotSet
      }`,
      recordsTexts: true,
      successResult: initiative.successResult || "",
      customerComment: initiative.customerComment || "",
      writtenTexts: writtenTexts(initiative, INITIATIVE_TEXTS),
      radioName: `success-${initiative.key}`
    }));
  }
  get assessments() {
    const rows = { initiatives: this.initiatives, commitments: this.commitments };
    return ASSESSMENTS.map((assessment) => ({
      ...assessment,
      rows: rows[assessment.key],
      hasRows: rows[assessment.key].length > 0
    }));
  }
  /** Initiative success rate from accordCore: (achieved + 0.5 × partly) / initiatives. */
  get success() {
    const tile = {
      label: LABELS.Review_SuccessRateTitle,
      emptyText: LABELS.Review_NoInitiatives,
      dataId: "rate-initiatives"
    };
    let success;
    try {
      success = initiativeSuccess(this.plan);
    } catch {
      return { ...tile, hasRate: false, rate: null, line: "" };
    }
    return {
      ...tile,
      hasRate: success.rate !== null,
      rate: success.rate,
      line: formatLabel(LABELS.Review_SuccessRateLine, success.assessed, success.initiatives)
    };
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
          dataId: `rate-${party.value.toLowerCase()}`,
          emptyText: LABELS.Review_NoCommitments
        };
      })
    };
  }
  /** One tile per rate: each party's delivery rate, then the initiative success rate. */
  get rateTiles() {
    return [...this.rates.parties, this.success];
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
      typeLabel: labelOf(REVIEW_TYPES, review.reviewType),
      writtenTexts: writtenTexts(review, PREVIOUS_REVIEW_TEXTS)
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
    const { key, assessment } = event.target.dataset;
    const { event: type, field } = ASSESSMENTS.find((entry) => entry.key === assessment);
    this.dispatchEvent(new CustomEvent(type, { detail: { key, changes: { [field]: event.detail.value } } }));
  }

  /** Texts are saved when the field is left, not at every keystroke; unchanged text saves nothing. */
  handleInitiativeText(event) {
    const { key, field } = event.target.dataset;
    const initiative = this.plan.initiatives.find((entry) => entry.key === key);
    const value = event.target.value ? event.target.value : null;
    // Beyond the limit: the message on the input, nothing sent (the text is never cut).
    if (!event.target.reportLimit()) return;
    if (!initiative || (initiative[field] || null) === value) return;
    this.updateInitiative(key, { [field]: value });
  }

  updateInitiative(key, changes) {
    this.dispatchEvent(new CustomEvent("initiativeupdate", { detail: { key, changes } }));
  }

  handleTextChange(event) {
    this[event.target.dataset.field] = event.target.value;
  }

  /** The first of the closing texts beyond its limit, with its message shown, or null when all fit. */
  closingTextTooLong() {
    for (const { name } of CLOSING_TEXTS) {
      const input = this.template.querySelector(`[data-field="${name}"]`);
      if (input && !input.reportLimit()) return input;
    }
    return null;
  }

  handleClose() {
    const tooLong = this.closingTextTooLong();
    if (tooLong) {
      tooLong.focus();
      return;
    }
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
        ...Object.fromEntries(CLOSING_TEXTS.map(({ name }) => [name, this[name] || null]))
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
