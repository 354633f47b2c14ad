import { LightningElement, api } from "lwc";
import { carryOverChoices } from "c/accordCore";
import { LABELS, formatLabel } from "c/accordLabels";
import { DECISIONS, OUTCOMES, SUCCESS, labelOf } from "c/accordPlanView";

const OUTCOME_OPTIONS = { need: DECISIONS, initiative: SUCCESS, commitment: OUTCOMES };

/**
 * Next period's plan, by choice: the closed plan's deferred needs, and each initiative with its committed needs
 * and commitments (accordCore carryOverChoices), each with last period's outcome; everything unfinished starts
 * selected, Kept commitments and Achieved initiatives do not. "Create the plan" sends the selection
 * (carryover event, detail {selection: {needKeys, initiativeKeys, commitmentKeys}}); Cancel closes.
 */
export default class AccordCarryOver extends LightningElement {
  /** The closed plan. */
  @api
  get plan() {
    return this._plan;
  }
  set plan(value) {
    this._plan = value;
    let choices = [];
    try {
      choices = value ? carryOverChoices(value) : [];
    } catch {
      choices = [];
    }
    this.choices = choices;
    this.selected = new Set(choices.filter((choice) => choice.selected).map((choice) => this.id(choice)));
  }
  @api busy = false;

  labels = LABELS;
  _plan;
  choices = [];
  selected = new Set();

  id(choice) {
    return `${choice.record}:${choice.key}`;
  }

  /** One checkbox row: an initiative stands out, what belongs to an initiative is indented under it. */
  row(choice) {
    const id = this.id(choice);
    const isInitiative = choice.record === "initiative";
    const nested = choice.initiativeKey !== null;
    return {
      id,
      record: choice.record,
      text: choice.text,
      checked: this.selected.has(id),
      outcome: choice.lastOutcome
        ? formatLabel(LABELS.CarryOver_LastOutcome, labelOf(OUTCOME_OPTIONS[choice.record], choice.lastOutcome))
        : formatLabel(LABELS.CarryOver_LastOutcome, LABELS.Common_NotSet),
      rowClass: isInitiative ? "slds-m-top_small" : `slds-m-top_x-small${nested ? " slds-p-left_large" : ""}`,
      inputClass: isInitiative ? "carry-text slds-text-title_bold" : "carry-text"
    };
  }

  /**
   * The deferred needs, then each initiative followed by its committed needs and commitments, in the closed plan's
   * order; a group with nothing to carry is left out.
   */
  get groups() {
    const deferred = this.choices.filter((c) => c.record === "need" && c.initiativeKey === null);
    const initiatives = this.choices
      .filter((c) => c.record === "initiative")
      .flatMap((initiative) => [initiative, ...this.choices.filter((c) => c.initiativeKey === initiative.key)]);
    return [
      {
        dataId: "carry-over-deferred",
        className: "slds-m-bottom_small",
        legend: LABELS.CarryOver_Deferred,
        rows: deferred
      },
      { dataId: "carry-over-initiatives", className: "", legend: LABELS.CarryOver_Initiatives, rows: initiatives }
    ]
      .filter((group) => group.rows.length > 0)
      .map((group) => ({ ...group, rows: group.rows.map((c) => this.row(c)) }));
  }
  get isEmpty() {
    return this.choices.length === 0;
  }

  handleToggle(event) {
    const id = event.target.dataset.choice;
    const next = new Set(this.selected);
    if (event.target.checked) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  handleCreate() {
    const keys = (record) =>
      this.choices.filter((c) => c.record === record && this.selected.has(this.id(c))).map((c) => c.key);
    const selection = {
      needKeys: keys("need"),
      initiativeKeys: keys("initiative"),
      commitmentKeys: keys("commitment")
    };
    this.dispatchEvent(new CustomEvent("carryover", { detail: { selection } }));
  }

  handleCancel() {
    this.dispatchEvent(new CustomEvent("cancel"));
  }

  @api
  focus() {
    const heading = this.template.querySelector("h2");
    if (heading) heading.focus();
  }
}
