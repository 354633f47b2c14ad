import { LightningElement, api } from "lwc";
import { LABELS, formatLabel } from "c/accordLabels";
import { ScreenFollower } from "c/accordScreenLabels";
import { excerpt, needFields, textsReady } from "c/accordPlanView";

/**
 * Keyboard-first capture of needs while the customer talks: type their words, press Enter, keep
 * typing the next one; the focus stays here. Every choice resets after an add, "Raised by" included:
 * a need credited to the previous speaker is worse than one credited to nobody. The text shows its
 * limit; a longer one (a paste) is refused with a message, never cut.
 */
export default class AccordNeedEntry extends ScreenFollower(LightningElement) {
  @api stakeholders = [];

  /** Its labels in the screen's language: the plan's while the customer looks (c/accordScreenLabels). */
  labels = LABELS;
  verbatim = "";
  draft = { raisedById: "", theme: "", customerPriority: "" };
  announcement = "";

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

  handleChoiceChange(event) {
    this.draft = { ...this.draft, [event.detail.field]: event.detail.value };
  }

  handleAdd() {
    this.addNeed();
  }

  addNeed() {
    const input = this.template.querySelector('[data-id="need-verbatim"]');
    if (!textsReady([input], input, this.labels.Common_Required)) return;
    const fields = needFields(this.verbatim, this.draft, this.stakeholders);
    this.dispatchEvent(new CustomEvent("needadd", { detail: { fields } }));
    this.announcement = formatLabel(this.labels.Need_Added, excerpt(this.verbatim, 60));
    this.verbatim = "";
    this.draft = { raisedById: "", theme: "", customerPriority: "" };
    input.value = "";
    input.focus();
  }
}
