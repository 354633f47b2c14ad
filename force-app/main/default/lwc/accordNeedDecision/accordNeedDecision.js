import { LightningElement, api } from "lwc";
import { LABELS } from "c/accordLabels";
import { ScreenFollower } from "c/accordScreenLabels";
import { DECISIONS, optionsIn, textsReady, withNone } from "c/accordPlanView";

/** Decisions the customer reads a reason for: refused without one when deciding, not only at Share. */
const NEEDS_RATIONALE = new Set(["Decline", "Defer"]);

/**
 * Deciding one need: commit, defer or decline, the rationale the customer will read, and for a
 * commitment the initiative that addresses it. Reports the choice; the workspace saves it.
 * Decline and Defer need their rationale now: without one Save shows the error on the field and
 * reports nothing (nothing is saved).
 */
export default class AccordNeedDecision extends ScreenFollower(LightningElement) {
  /** The need being decided. */
  @api need;
  /** [{ key, title }] of the plan's initiatives. */
  @api initiatives = [];

  /** Its labels in the screen's language: the plan's while the customer looks (c/accordScreenLabels). */
  labels = LABELS;
  get decisionOptions() {
    return optionsIn(DECISIONS, this.labels);
  }
  decision = "";
  rationale = "";
  initiativeKey = "";

  connectedCallback() {
    super.connectedCallback();
    const need = this.need || {};
    this.decision = need.decision && need.decision !== "Pending" ? need.decision : "";
    this.rationale = need.decisionRationale || "";
    this.initiativeKey = need.initiativeKey || "";
  }

  get isCommit() {
    return this.decision === "Commit";
  }

  get hasInitiatives() {
    return this.initiatives && this.initiatives.length > 0;
  }

  get initiativeOptions() {
    return withNone(
      (this.initiatives || []).map((initiative) => ({ value: initiative.key, label: initiative.title })),
      this.labels
    );
  }

  get rationaleRequired() {
    return NEEDS_RATIONALE.has(this.decision);
  }

  get saveDisabled() {
    return !this.decision;
  }

  handleDecisionChange(event) {
    this.decision = event.detail.value;
  }

  handleRationaleChange(event) {
    this.rationale = event.target.value;
  }

  handleInitiativeChange(event) {
    this.initiativeKey = event.detail.value;
  }

  handleSave() {
    const input = this.template.querySelector('[data-id="need-rationale"]');
    if (!textsReady([input], this.rationaleRequired ? input : null, this.labels.Need_RationaleRequired)) return;
    const changes = {
      decision: this.decision,
      decisionRationale: this.rationale,
      initiativeKey: this.decision === "Commit" && this.initiativeKey ? this.initiativeKey : null
    };
    this.dispatchEvent(new CustomEvent("decisionsave", { detail: { changes } }));
  }

  handleCancel() {
    this.dispatchEvent(new CustomEvent("decisioncancel"));
  }

  @api
  focus() {
    const first = this.template.querySelector('[data-id="need-decision"]');
    if (first) first.focus();
  }
}
