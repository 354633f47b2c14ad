import { LightningElement, api } from "lwc";
import { LABELS, formatLabel } from "c/accordLabels";
import { COMMITMENT_STATUSES, OUTCOMES, labelOf } from "c/accordPlanView";

/** One party's commitment: what, who, by when; its progress stays editable after signing. */
export default class AccordCommitmentItem extends LightningElement {
  @api commitment;
  @api stakeholders = [];
  @api permissions = {};
  @api editable = false;
  @api progressEditable = false;
  @api error = null;

  labels = LABELS;
  statusOptions = COMMITMENT_STATUSES;
  mode = "view";

  get isEditing() {
    return this.mode === "edit";
  }
  get isConfirmingRemove() {
    return this.mode === "confirmRemove";
  }
  get showActions() {
    return this.editable && this.mode === "view";
  }
  get owner() {
    return this.commitment.ownerName || LABELS.Common_Nobody;
  }
  get statusLabel() {
    return labelOf(COMMITMENT_STATUSES, this.commitment.status);
  }
  get outcomeLabel() {
    return this.commitment.reviewOutcome ? labelOf(OUTCOMES, this.commitment.reviewOutcome) : null;
  }
  get errorMessage() {
    return this.error && this.error.recordKey === this.commitment.key
      ? formatLabel(LABELS.Commitment_NotSaved, this.error.message)
      : null;
  }

  handleEdit() {
    this.mode = "edit";
  }

  handleEditSave(event) {
    this.mode = "view";
    this.update(event.detail.fields);
  }

  handleCancel() {
    this.mode = "view";
  }

  handleStatusChange(event) {
    this.update({ status: event.detail.value });
  }

  handleRemove() {
    this.mode = "confirmRemove";
  }

  handleConfirmRemove() {
    this.mode = "view";
    this.dispatchEvent(new CustomEvent("commitmentremove", { detail: { key: this.commitment.key } }));
  }

  update(changes) {
    this.dispatchEvent(new CustomEvent("commitmentupdate", { detail: { key: this.commitment.key, changes } }));
  }

  @api
  focusRecord() {
    if (this.editable) {
      this.mode = "edit";
      Promise.resolve().then(() => this.template.querySelector("c-accord-commitment-form").focus());
      return;
    }
    this.template.querySelector('[data-id="commitment"]').focus();
  }
}
