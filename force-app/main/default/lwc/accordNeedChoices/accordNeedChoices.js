import { LightningElement, api } from "lwc";
import { LABELS } from "c/accordLabels";
import { needChoices } from "c/accordPlanView";
import { ScreenFollower } from "c/accordScreenLabels";

/**
 * The choices beside a need's words — who raised it, theme, customer priority — in the need entry and a need's
 * edit form: one select each (c-accord-select), bound to `values` ({ raisedById, theme, customerPriority }, "" for
 * none), data-ids <idPrefix>-raised-by|theme|priority. A choice is reported as `choicechange` with { field, value }.
 * Light DOM, so the data-ids stay in the form's tree.
 */
export default class AccordNeedChoices extends ScreenFollower(LightningElement) {
  static renderMode = "light";

  @api stakeholders = [];
  @api values = {};
  @api idPrefix;
  /** Its labels in the screen's language: the plan's while the customer looks (c/accordScreenLabels). */
  labels = LABELS;

  get choices() {
    return needChoices(this.stakeholders, this.values || {}, this.idPrefix, this.labels);
  }

  handleChange(event) {
    event.stopPropagation();
    const { field } = event.target.dataset;
    this.dispatchEvent(new CustomEvent("choicechange", { detail: { field, value: event.detail.value } }));
  }
}
