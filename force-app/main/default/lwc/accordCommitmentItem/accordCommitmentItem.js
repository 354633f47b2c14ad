import { api } from "lwc";
import AccordPlanItem from "c/accordPlanItem";
import { formatLabel } from "c/accordLabels";
import { COMMITMENT_STATUSES, OUTCOMES, joinPresent, labelOf, optionsIn, userDate } from "c/accordPlanView";

/** One party's commitment: what, who, by when; its progress stays editable after signing. */
export default class AccordCommitmentItem extends AccordPlanItem {
  @api commitment;
  @api stakeholders = [];
  @api permissions = {};
  @api progressEditable = false;
  @api error = null;

  kind = "commitment";
  get removeQuestion() {
    return this.labels.Commitment_RemoveConfirm;
  }
  get itemName() {
    return formatLabel(this.labels.Commitment_ItemNamed, this.firstWords(this.commitment.description));
  }
  get statusOptions() {
    return optionsIn(COMMITMENT_STATUSES, this.labels);
  }

  get record() {
    return this.commitment;
  }
  get owner() {
    return this.commitment.ownerName || this.labels.Common_Nobody;
  }
  /** "Owner: …" and, when there is one, "Due by …": one line, a separator only between the two. */
  get ownerLine() {
    const due = this.commitment.dueDate
      ? `${this.labels.Commitment_DueDate} ${userDate(this.commitment.dueDate, this.locale)}`
      : null;
    return joinPresent([`${this.labels.Commitment_Owner}: ${this.owner}`, due]);
  }
  get outcomeLabel() {
    return this.commitment.reviewOutcome ? labelOf(OUTCOMES, this.commitment.reviewOutcome, this.labels) : null;
  }
  get errorMessage() {
    return this.error && this.error.recordKey === this.commitment.key
      ? formatLabel(this.labels.Commitment_NotSaved, this.error.message)
      : null;
  }

  @api
  focusRecord() {
    this.openOrFocus("edit", "c-accord-commitment-form");
  }
}
