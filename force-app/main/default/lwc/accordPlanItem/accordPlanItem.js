import { LightningElement, api } from "lwc";
import { LABELS } from "c/accordLabels";
import { ScreenFollower } from "c/accordScreenLabels";
import { excerpt } from "c/accordPlanView";

/** How much of a record's text names it in its buttons' accessible names: the first words, not all of it. */
const ITEM_NAME_CHARACTERS = 40;

/** Which method answers each action of c-accord-item-actions. */
const ACTION_METHODS = {
  edit: "handleEdit",
  remove: "handleRemove",
  decide: "handleDecide",
  cancelRemove: "handleCancel",
  confirmRemove: "handleConfirmRemove"
};

/**
 * What the plan's record items (c-accord-need-item, -initiative-item, -commitment-item) share: the modes
 * view / edit / confirmRemove, their action row and remove question (c-accord-item-actions), and the
 * `<kind>update` and `<kind>remove` events carrying the record's key. A subclass sets `kind` ("need",
 * "initiative", "commitment"), `removeQuestion` (its label) and `itemName` (the record in a few words), and returns its
 * record from `get record()`.
 */
export default class AccordPlanItem extends ScreenFollower(LightningElement) {
  @api editable = false;

  /** Its labels in the screen's language: the plan's while the customer looks (c/accordScreenLabels). */
  labels = LABELS;
  /** The locale its dates are written in: the user's, or the plan language's in customer mode. */
  locale;
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
  /** The action row's buttons: Edit and Remove (a need puts its decision first). */
  get actionButtons() {
    return [
      { name: "edit", label: this.labels.Common_Edit },
      { name: "remove", label: this.labels.Common_Remove, destructive: true }
    ];
  }
  /**
   * What c-accord-item-actions shows: the row, or the question while a removal waits for its answer; null when
   * neither shows. `itemName` (the subclass's) names the record in each button's accessible name, so ten "Remove"
   * buttons say which.
   */
  get itemActions() {
    if (!this.showActions && !this.isConfirmingRemove) return null;
    return {
      kind: this.kind,
      itemName: this.itemName,
      buttons: this.actionButtons,
      confirming: this.isConfirmingRemove,
      question: this.removeQuestion
    };
  }

  /** The first words of a record's text, for its `itemName`. */
  firstWords(text) {
    return excerpt(text, ITEM_NAME_CHARACTERS);
  }

  handleAction(event) {
    this[ACTION_METHODS[event.detail.name]]();
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
