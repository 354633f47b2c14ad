import { LightningElement, api } from "lwc";
import { LABELS } from "c/accordLabels";
import { ScreenFollower } from "c/accordScreenLabels";

/** The customer's goals for the period, in their words; editing is an explicit, visible step. */
export default class AccordCustomerGoals extends ScreenFollower(LightningElement) {
  @api plan;
  @api editable = false;

  /** Its labels in the screen's language: the plan's while the customer looks (c/accordScreenLabels). */
  labels = LABELS;
  isEditing = false;
  draft = "";

  get goals() {
    return this.plan ? this.plan.customerGoals : null;
  }

  get canEdit() {
    return this.editable && !this.isEditing;
  }

  handleEdit() {
    this.draft = this.goals || "";
    this.isEditing = true;
  }

  handleDraftChange(event) {
    this.draft = event.target.value;
  }

  handleCancel() {
    this.isEditing = false;
  }

  handleSave() {
    const input = this.template.querySelector('[data-id="goals-text"]');
    if (!input.reportLimit()) {
      input.focus();
      return;
    }
    this.dispatchEvent(new CustomEvent("goalsupdate", { detail: { customerGoals: this.draft } }));
    this.isEditing = false;
  }

  /** Called by the workspace to bring the goals into view (health finding "no customer goals"). */
  @api
  focusRecord() {
    const target =
      this.template.querySelector('[data-id="goals-text"]') || this.template.querySelector('[data-id="goals-edit"]');
    if (target) target.focus();
  }
}
