import { LightningElement, api } from "lwc";
import { LABELS } from "c/accordLabels";

/**
 * What the plan's record items (c-accord-need-item, -initiative-item, -commitment-item) share: the modes
 * view / edit / confirmRemove, and the `<kind>update` and `<kind>remove` events carrying the record's key.
 * A subclass sets `kind` ("need", "initiative", "commitment") and returns its record from `get record()`.
 */
export default class AccordPlanItem extends LightningElement {
  @api editable = false;

  labels = LABELS;
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

  handleEdit() {
    this.mode = "edit";
  }

  handleEditSave(event) {
    this.mode = "view";
    this.update(event.detail.fields);
  }

  handleStatusChange(event) {
    this.update({ status: event.detail.value });
  }

  handleCancel() {
    this.mode = "view";
  }

  handleRemove() {
    this.mode = "confirmRemove";
  }

  handleConfirmRemove() {
    this.mode = "view";
    this.dispatchEvent(new CustomEvent(`${this.kind}remove`, { detail: { key: this.record.key } }));
  }

  /** Reports an edit of this record; `extra` rides along in the event (an initiative's linked needs). */
  update(changes, extra = {}) {
    this.dispatchEvent(new CustomEvent(`${this.kind}update`, { detail: { key: this.record.key, changes, ...extra } }));
  }

  /** Opens the form of `mode` (it renders on the next cycle) when editable, else focuses the item's card. */
  openOrFocus(mode, formSelector) {
    if (this.editable) {
      this.mode = mode;
      Promise.resolve().then(() => {
        const form = this.template.querySelector(formSelector);
        if (form) form.focus();
      });
      return;
    }
    const card = this.template.querySelector(`[data-id="${this.kind}"]`);
    if (card) card.focus();
  }
}
