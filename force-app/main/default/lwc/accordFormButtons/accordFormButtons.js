import { LightningElement, api } from "lwc";
import { LABELS } from "c/accordLabels";

/**
 * Cancel beside the button that confirms (Save by default; Save decision, Remove) at the foot of a plan form or
 * question: reports `cancel` or `confirm`. Light DOM, so the buttons' data-ids stay in the parent's tree, where its
 * tests and the browser journeys find them.
 */
export default class AccordFormButtons extends LightningElement {
  static renderMode = "light";

  @api cancelId;
  @api confirmId;
  @api confirmLabel = LABELS.Common_Save;
  @api confirmVariant = "brand";
  @api confirmDisabled = false;

  labels = LABELS;

  handleCancel() {
    this.dispatchEvent(new CustomEvent("cancel"));
  }

  handleConfirm() {
    this.dispatchEvent(new CustomEvent("confirm"));
  }
}
