import { LightningElement, api } from "lwc";
import { LABELS } from "c/accordLabels";

/**
 * The question asked before a plan record is removed, with Cancel and Remove: reports `cancel` or `confirm`.
 * `kind` ("need", "initiative", "commitment") names the data-ids <kind>-remove-question|cancel|confirm.
 * Light DOM, so those stay in the item's tree.
 */
export default class AccordRemoveConfirm extends LightningElement {
  static renderMode = "light";

  @api kind;
  @api question;

  labels = LABELS;

  get questionId() {
    return `${this.kind}-remove-question`;
  }
  get cancelId() {
    return `${this.kind}-remove-cancel`;
  }
  get confirmId() {
    return `${this.kind}-remove-confirm`;
  }

  handleCancel() {
    this.dispatchEvent(new CustomEvent("cancel"));
  }

  handleConfirm() {
    this.dispatchEvent(new CustomEvent("confirm"));
  }
}
