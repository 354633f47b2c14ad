import { LightningElement, api } from "lwc";
import { labelOf } from "c/accordPlanView";

/**
 * The progress status of an initiative or commitment: a choice while progress is editable (it stays so after
 * signing: progress is not content), else "Status: <label>". `kind` names the data-ids <kind>-status (the choice)
 * and <kind>-status-text. A choice is reported as `change` with detail.value. Light DOM, so the data-ids stay in
 * the item's tree.
 */
export default class AccordProgressStatus extends LightningElement {
  static renderMode = "light";

  @api kind;
  @api label;
  /** [{ value, label }] of the value set. */
  @api options = [];
  @api value;
  @api editable = false;

  get choiceId() {
    return `${this.kind}-status`;
  }
  get textId() {
    return `${this.kind}-status-text`;
  }
  get valueLabel() {
    return labelOf(this.options, this.value);
  }

  handleChange(event) {
    // The select's own event stops here: the item hears one change, from this element.
    event.stopPropagation();
    this.dispatchEvent(new CustomEvent("change", { detail: { value: event.detail.value } }));
  }
}
