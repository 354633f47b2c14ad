import { api } from "lwc";
import AccordPlanItem from "c/accordPlanItem";
import { formatLabel } from "c/accordLabels";
import { INITIATIVE_STATUSES, optionsIn, passOn, userDate } from "c/accordPlanView";

/**
 * One key initiative: what success looks like, by when, its progress (editable even when the plan
 * is signed: progress is not content), the needs it addresses and both parties' commitments.
 */
export default class AccordInitiativeItem extends AccordPlanItem {
  @api initiative;
  /** Needs linked to this initiative. */
  @api needs = [];
  /** The committed needs its form may link ([{ value, label }]), and the keys linked now. */
  @api linkableNeeds = [];
  @api linkedNeedKeys = [];
  @api stakeholders = [];
  @api permissions = {};
  @api progressEditable = false;
  @api error = null;

  kind = "initiative";
  get removeQuestion() {
    return this.labels.Initiative_RemoveConfirm;
  }
  get itemName() {
    return formatLabel(this.labels.Initiative_ItemNamed, this.firstWords(this.initiative.title));
  }
  get statusOptions() {
    return optionsIn(INITIATIVE_STATUSES, this.labels);
  }

  get record() {
    return this.initiative;
  }
  get hasNeeds() {
    return this.needs && this.needs.length > 0;
  }
  /** The form's save: the initiative's fields and which committed needs it addresses. */
  handleEditSave(event) {
    this.mode = "view";
    const { fields, needKeys } = event.detail;
    this.update(fields, needKeys ? { needKeys } : {});
  }

  get targetDate() {
    return this.initiative.targetDate ? userDate(this.initiative.targetDate, this.locale) : this.labels.Common_NotSet;
  }
  get successMeasure() {
    return this.initiative.successMeasure || this.labels.Common_NotSet;
  }
  get errorMessage() {
    return this.error && this.error.recordKey === this.initiative.key
      ? formatLabel(this.labels.Initiative_NotSaved, this.error.message)
      : null;
  }

  forward(event) {
    passOn(this, event);
  }

  /** Opens the edit form (when allowed) or focuses the initiative; a commitment key goes to the list. */
  @api
  focusRecord(key) {
    if (key && key !== this.initiative.key) {
      this.template.querySelector("c-accord-commitment-list").focusRecord(key);
      return;
    }
    this.openOrFocus("edit", "c-accord-initiative-form");
  }
}
