import { LightningElement, api } from "lwc";
import { LABELS } from "c/accordLabels";
import { ScreenFollower } from "c/accordScreenLabels";
import { textsReady } from "c/accordPlanView";

/**
 * Title, success measure and target date of an initiative, and the committed needs it addresses (linking
 * them here, not only from each need's decision); reports them, the workspace saves. Texts show their limit
 * and are refused beyond it, never cut.
 */
export default class AccordInitiativeForm extends ScreenFollower(LightningElement) {
  /** The initiative being edited, or null for a new one. */
  @api initiative = null;
  @api heading;
  /** [{ value: need key, label }] of the committed needs this initiative can address. */
  @api linkableNeeds = [];
  /** Keys of the needs linked to it now. */
  @api linkedNeedKeys = [];

  /** Its labels in the screen's language: the plan's while the customer looks (c/accordScreenLabels). */
  labels = LABELS;
  title = "";
  successMeasure = "";
  targetDate = null;
  needKeys = [];

  connectedCallback() {
    super.connectedCallback();
    this.needKeys = [...(this.linkedNeedKeys || [])];
    const initiative = this.initiative || {};
    this.title = initiative.title || "";
    this.successMeasure = initiative.successMeasure || "";
    this.targetDate = initiative.targetDate || null;
  }

  get hasLinkableNeeds() {
    return Boolean(this.linkableNeeds && this.linkableNeeds.length > 0);
  }

  handleChange(event) {
    const field = event.target.dataset.field;
    this[field] = event.detail.value;
  }

  handleNeedsChange(event) {
    this.needKeys = [...event.detail.value];
  }

  handleSave() {
    const title = this.template.querySelector('[data-id="initiative-title"]');
    if (!textsReady(this.template.querySelectorAll("c-accord-text-field"), title, this.labels.Common_Required)) return;
    const detail = {
      fields: { title: this.title, successMeasure: this.successMeasure, targetDate: this.targetDate || null }
    };
    if (this.hasLinkableNeeds) detail.needKeys = [...this.needKeys];
    this.dispatchEvent(new CustomEvent("formsave", { detail }));
  }

  handleCancel() {
    this.dispatchEvent(new CustomEvent("formcancel"));
  }

  @api
  focus() {
    this.template.querySelector('[data-id="initiative-title"]').focus();
  }
}
