import { LightningElement, api } from "lwc";
import { LABELS, formatLabel } from "c/accordLabels";
import { INITIATIVE_STATUSES, labelOf } from "c/accordPlanView";

/**
 * One key initiative: what success looks like, by when, its progress (editable even when the plan
 * is signed: progress is not content), the needs it addresses and both parties' commitments.
 */
export default class AccordInitiativeItem extends LightningElement {
  @api initiative;
  /** Needs linked to this initiative. */
  @api needs = [];
  @api stakeholders = [];
  @api permissions = {};
  @api editable = false;
  @api progressEditable = false;
  @api error = null;

  labels = LABELS;
  statusOptions = INITIATIVE_STATUSES;
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
  get hasNeeds() {
    return this.needs && this.needs.length > 0;
  }
  get statusLabel() {
    return labelOf(INITIATIVE_STATUSES, this.initiative.status);
  }
  get successMeasure() {
    return this.initiative.successMeasure || LABELS.Common_NotSet;
  }
  get errorMessage() {
    return this.error && this.error.recordKey === this.initiative.key
      ? formatLabel(LABELS.Initiative_NotSaved, this.error.message)
      : null;
  }

  handleEdit() {
    this.mode = "edit";
  }

  handleEditSave(event) {
    this.mode = "view";
    this.dispatchEvent(
      new CustomEvent("initiativeupdate", { detail: { key: this.initiative.key, changes: event.detail.fields } })
    );
  }

  handleCancel() {
    this.mode = "view";
  }

  handleStatusChange(event) {
    this.dispatchEvent(
      new CustomEvent("initiativeupdate", {
        detail: { key: this.initiative.key, changes: { status: event.detail.value } }
      })
    );
  }

  handleRemove() {
    this.mode = "confirmRemove";
  }

  handleConfirmRemove() {
    this.mode = "view";
    this.dispatchEvent(new CustomEvent("initiativeremove", { detail: { key: this.initiative.key } }));
  }

  forward(event) {
    event.stopPropagation();
    this.dispatchEvent(new CustomEvent(event.type, { detail: event.detail }));
  }

  /** Opens the edit form (when allowed) or focuses the initiative; a commitment key goes to the list. */
  @api
  focusRecord(key) {
    if (key && key !== this.initiative.key) {
      this.template.querySelector("c-accord-commitment-list").focusRecord(key);
      return;
    }
    if (this.editable) {
      this.mode = "edit";
      Promise.resolve().then(() => this.template.querySelector("c-accord-initiative-form").focus());
      return;
    }
    this.template.querySelector('[data-id="initiative"]').focus();
  }
}
