import { LightningElement, api } from "lwc";
import { LABELS, formatLabel } from "c/accordLabels";
import { ScreenFollower } from "c/accordScreenLabels";

/**
 * The action row of a plan record item (need, initiative, commitment) and, in its place, the question asked before
 * the record is removed. c/accordPlanItem describes both (`itemActions`): { kind, itemName, buttons: [{ name, label,
 * destructive }], confirming, question }. Each button is named for a screen reader by its text and the item
 * ("Remove: Need 3 – We need…"), the question's group likewise; its visible text stays the label. A button
 * reports `action` with its name (edit, remove, decide); the question reports cancelRemove or confirmRemove.
 * Data-ids: <kind>-<name>, <kind>-remove-question|cancel|confirm. Light DOM, so they stay in the item's tree.
 */
export default class AccordItemActions extends ScreenFollower(LightningElement) {
  static renderMode = "light";

  @api actions;

  /** Its labels in the screen's language: the plan's while the customer looks (c/accordScreenLabels). */
  labels = LABELS;

  get buttons() {
    return this.actions.buttons.map((button, index) => ({
      ...button,
      dataId: `${this.actions.kind}-${button.name}`,
      accessibleName: this.nameFor(button.label),
      className: [
        "slds-button",
        button.destructive ? "slds-button_text-destructive" : "slds-button_neutral",
        index > 0 ? "slds-m-left_x-small" : ""
      ]
        .join(" ")
        .trim()
    }));
  }
  /** The question's group is named like the Remove it answers (the question itself when the item has no name). */
  get questionName() {
    return this.actions.itemName ? this.nameFor(this.labels.Common_Remove) : this.actions.question;
  }
  /** An action's accessible name: its text and the item it acts on (the text alone when the item has no name). */
  nameFor(actionLabel) {
    const { itemName } = this.actions;
    return itemName ? formatLabel(this.labels.Common_ItemAction, actionLabel, itemName) : actionLabel;
  }
  get questionId() {
    return `${this.actions.kind}-remove-question`;
  }
  get cancelId() {
    return `${this.actions.kind}-remove-cancel`;
  }
  get confirmId() {
    return `${this.actions.kind}-remove-confirm`;
  }

  handleAction(event) {
    this.report(event.currentTarget.dataset.name);
  }

  handleCancel() {
    this.report("cancelRemove");
  }

  handleConfirm() {
    this.report("confirmRemove");
  }

  report(name) {
    this.dispatchEvent(new CustomEvent("action", { detail: { name } }));
  }
}
