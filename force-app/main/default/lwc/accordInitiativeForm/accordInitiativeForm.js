import { LightningElement, api } from "lwc";
import { LABELS } from "c/accordLabels";

/** Title, success measure and target date of an initiative; reports them, the workspace saves. */
export default class AccordInitiativeForm extends LightningElement {
  /** The initiative being edited, or null for a new one. */
  @api initiative = null;
  @api heading;

  labels = LABELS;
  title = "";
  successMeasure = "";
  targetDate = null;

  connectedCallback() {
    const initiative = this.initiative || {};
    this.title = initiative.title || "";
    this.successMeasure = initiative.successMeasure || "";
    this.targetDate = initiative.targetDate || null;
  }

  handleChange(event) {
    this[event.target.dataset.field] = event.detail.value;
  }

  handleSave() {
    const title = this.template.querySelector('[data-id="initiative-title"]');
    if (!this.title || this.title.trim() === "") {
      title.setCustomValidity(LABELS.Common_Required);
      title.reportValidity();
      title.focus();
      return;
    }
    title.setCustomValidity("");
    this.dispatchEvent(
      new CustomEvent("formsave", {
        detail: {
          fields: { title: this.title, successMeasure: this.successMeasure, targetDate: this.targetDate || null }
        }
      })
    );
  }

  handleCancel() {
    this.dispatchEvent(new CustomEvent("formcancel"));
  }

  @api
  focus() {
    this.template.querySelector('[data-id="initiative-title"]').focus();
  }
}
