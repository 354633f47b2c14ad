import { api } from "lwc";
import AccordPlanItem from "c/accordPlanItem";
import { formatLabel } from "c/accordLabels";
import { DECISIONS, THEMES, labelOf, needFields, textsReady } from "c/accordPlanView";

/**
 * A verbatim longer than this collapses in the list to its first four lines (accordNeedItem.css) with "Show more";
 * the customer document shows all of it. 500 characters fill more than four lines of the widest list column.
 */
const LONG_VERBATIM_CHARACTERS = 500;
const LONG_VERBATIM_LINES = 4;

/** Whether a verbatim is long enough to collapse in the list. */
function isLongVerbatim(text) {
  if (typeof text !== "string") return false;
  return text.length > LONG_VERBATIM_CHARACTERS || text.split("\n").length > LONG_VERBATIM_LINES;
}

/**
 * One need in the customer's words. The words are shown as text; changing them is a visible,
 * explicit edit with a warning. The decision is made in c-accord-need-decision. A long verbatim
 * shows its first lines and "Show more" (aria-expanded), so one long quote does not push the others away.
 */
export default class AccordNeedItem extends AccordPlanItem {
  @api need;
  /** [{ key, title }] of the plan's initiatives (for the link and its display). */
  @api initiatives = [];
  @api stakeholders = [];
  /** Why the last save of this need failed (shown next to it), or null. */
  @api errorMessage = null;

  kind = "need";
  get removeQuestion() {
    return this.labels.Need_RemoveConfirm;
  }
  get itemName() {
    return formatLabel(this.labels.Need_ItemNamed, this.need.sequence, this.firstWords(this.need.verbatim));
  }
  draft = {};
  verbatimExpanded = false;

  get record() {
    return this.need;
  }

  get isViewing() {
    return this.mode === "view" || this.mode === "decide" || this.mode === "confirmRemove";
  }
  get isEditingVerbatim() {
    return this.mode === "editVerbatim";
  }
  get isDeciding() {
    return this.mode === "decide";
  }
  get itemLabel() {
    return formatLabel(this.labels.Need_Item, this.need.sequence);
  }
  get themeLabel() {
    return this.need.theme ? labelOf(THEMES, this.need.theme, this.labels) : null;
  }
  get priorityLabel() {
    return this.need.customerPriority ? formatLabel(this.labels.Need_PriorityValue, this.need.customerPriority) : null;
  }
  get raisedBy() {
    return this.need.raisedByName || this.labels.Common_Nobody;
  }
  get isLongVerbatim() {
    return isLongVerbatim(this.need.verbatim);
  }
  get verbatimClass() {
    return this.isLongVerbatim && !this.verbatimExpanded
      ? "accord-customer-words accord-collapsed"
      : "accord-customer-words";
  }
  get verbatimToggleLabel() {
    return this.verbatimExpanded ? this.labels.Need_VerbatimLess : this.labels.Need_VerbatimMore;
  }
  get verbatimExpandedState() {
    return this.verbatimExpanded ? "true" : "false";
  }
  handleVerbatimToggle() {
    this.verbatimExpanded = !this.verbatimExpanded;
  }
  get isPending() {
    return this.need.decision === "Pending";
  }
  get decisionLabel() {
    return this.isPending ? this.labels.Decision_Pending : labelOf(DECISIONS, this.need.decision, this.labels);
  }
  get decisionClass() {
    const variant = { Commit: "slds-theme_success", Defer: "slds-theme_warning", Decline: "slds-theme_shade" };
    return `slds-badge ${variant[this.need.decision] || "slds-badge_lightest"}`;
  }
  /** Decide (or change the decision) first, then the explicit edit of the customer's words, then Remove. */
  get actionButtons() {
    return [
      { name: "decide", label: this.isPending ? this.labels.Need_Decide : this.labels.Need_ChangeDecision },
      { name: "edit", label: this.labels.Need_EditVerbatim },
      { name: "remove", label: this.labels.Common_Remove, destructive: true }
    ];
  }
  get linkedInitiative() {
    if (!this.need.initiativeKey) return null;
    const initiative = (this.initiatives || []).find((entry) => entry.key === this.need.initiativeKey);
    return initiative ? initiative.title : null;
  }
  get showNotLinked() {
    return this.need.decision === "Commit" && !this.need.initiativeKey;
  }
  get notSavedMessage() {
    return this.errorMessage ? formatLabel(this.labels.Need_NotSaved, this.errorMessage) : null;
  }

  /** Editing a need is editing the customer's words: a draft of them and the choices beside them. */
  handleEdit() {
    this.draft = {
      verbatim: this.need.verbatim,
      raisedById: this.need.raisedById || "",
      theme: this.need.theme || "",
      customerPriority: this.need.customerPriority ? String(this.need.customerPriority) : ""
    };
    this.mode = "editVerbatim";
  }

  /** Customer mode: the role profile's approach (how to win this person over) is for the company only. */
  @api customerMode = false;

  /**
   * The tag shows nothing for a need nobody raised: not creating it then spares a component per need on the
   * workspace's first render (npm run bench:ui).
   */
  get showsStakeholderTag() {
    return !this.customerMode && Boolean(this.need.raisedById);
  }

  handleVerbatimChange(event) {
    this.draft = { ...this.draft, verbatim: event.detail.value };
  }

  handleChoiceChange(event) {
    this.draft = { ...this.draft, [event.detail.field]: event.detail.value };
  }

  handleSaveVerbatim() {
    const input = this.template.querySelector('[data-id="need-edit-verbatim"]');
    if (!textsReady([input], input, this.labels.Common_Required)) return;
    this.update(needFields(this.draft.verbatim, this.draft, this.stakeholders));
  }

  handleDecide() {
    this.mode = "decide";
  }

  handleDecisionSave(event) {
    this.update(event.detail.changes);
  }

  /** Saving the words or the decision closes the form. */
  update(changes) {
    this.mode = "view";
    super.update(changes);
  }

  /** Opens the decision (the usual fix for a share blocker) or, read-only, focuses the need. */
  @api
  focusRecord() {
    this.openOrFocus("decide", "c-accord-need-decision");
  }
}
