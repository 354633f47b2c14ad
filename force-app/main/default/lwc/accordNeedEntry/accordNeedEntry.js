import { LightningElement, api } from "lwc";
import { LABELS, formatLabel } from "c/accordLabels";
import { THEMES, PRIORITIES, contactOptions, excerpt, withNone } from "c/accordPlanView";

/**
 * Keyboard-first capture of needs while the customer talks: type their words, press Enter, keep
 * typing the next one. "Raised by" stays selected between needs (the same person often goes on).
 */
export default class AccordNeedEntry extends LightningElement {
  @api stakeholders = [];

  labels = LABELS;
  themeOptions = withNone(THEMES);
  priorityOptions = withNone(PRIORITIES);
  verbatim = "";
  raisedById = "";
  theme = "";
  priority = "";
  announcement = "";

  get raisedByOptions() {
    return withNone(contactOptions(this.stakeholders));
  }

  handleVerbatimChange(event) {
    this.verbatim = event.target.value;
  }

  /** Enter adds the need; Shift+Enter keeps its line break; IME composition is left alone. */
  handleVerbatimKeydown(event) {
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    this.verbatim = event.target.value;
    this.addNeed();
  }

  handleRaisedByChange(event) {
    this.raisedById = event.detail.value;
  }

  handleThemeChange(event) {
    this.theme = event.detail.value;
  }

  handlePriorityChange(event) {
    this.priority = event.detail.value;
  }

  handleAdd() {
    this.addNeed();
  }

  addNeed() {
    const input = this.template.querySelector('[data-id="need-verbatim"]');
    if (this.verbatim.trim() === "") {
      input.setCustomValidity(LABELS.Common_Required);
      input.reportValidity();
      input.focus();
      return;
    }
    input.setCustomValidity("");
    input.reportValidity();
    const stakeholder = (this.stakeholders || []).find((entry) => entry.contactId === this.raisedById);
    const fields = {
      verbatim: this.verbatim,
      raisedById: this.raisedById || null,
      raisedByName: stakeholder ? stakeholder.name : null,
      theme: this.theme || null,
      customerPriority: this.priority ? Number(this.priority) : null
    };
    this.dispatchEvent(new CustomEvent("needadd", { detail: { fields } }));
    this.announcement = formatLabel(LABELS.Need_Added, excerpt(this.verbatim, 60));
    this.verbatim = "";
    this.theme = "";
    this.priority = "";
    input.value = "";
    input.focus();
  }
}
