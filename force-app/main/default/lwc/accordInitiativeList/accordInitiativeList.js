import { api } from "lwc";
import AccordPlanList from "c/accordPlanList";
import { formatLabel } from "c/accordLabels";
import { bySequenceThenKey, excerpt } from "c/accordPlanView";

/** A committed need as an option of the initiative form: its number and the start of the customer's words. */
const needOption = (need) => ({ value: need.key, label: `#${need.sequence} ${excerpt(need.verbatim, 80)}` });

/** The plan's key initiatives (a few, for the coming 12 months) and the form to add one. */
export default class AccordInitiativeList extends AccordPlanList {
  @api plan;
  @api permissions = {};
  @api progressEditable = false;

  isAdding = false;

  get initiatives() {
    if (!this.plan) return [];
    return [...this.plan.initiatives].sort(bySequenceThenKey).map((initiative) => ({
      initiative,
      key: initiative.key,
      needs: this.plan.needs.filter((need) => need.initiativeKey === initiative.key),
      // Committed needs free to link, and those linked to this initiative: what its form offers.
      linkableNeeds: this.committedNeeds
        .filter((need) => !need.initiativeKey || need.initiativeKey === initiative.key)
        .map(needOption),
      linkedNeedKeys: this.plan.needs.filter((need) => need.initiativeKey === initiative.key).map((need) => need.key)
    }));
  }

  get committedNeeds() {
    return this.plan ? [...this.plan.needs].filter((need) => need.decision === "Commit").sort(bySequenceThenKey) : [];
  }

  /** A new initiative can address the committed needs no initiative addresses yet. */
  get linkableNeedsForNew() {
    return this.committedNeeds.filter((need) => !need.initiativeKey).map(needOption);
  }

  get heading() {
    return formatLabel(this.labels.Initiative_ListTitle, this.plan ? this.plan.initiatives.length : 0);
  }

  get isEmpty() {
    return this.initiatives.length === 0;
  }

  get showAddButton() {
    return this.editable && !this.isAdding;
  }

  handleAdd() {
    this.isAdding = true;
    Promise.resolve().then(() => {
      const form = this.template.querySelector('[data-id="new-initiative"]');
      if (form) form.focus();
    });
  }

  handleAddSave(event) {
    this.isAdding = false;
    const { fields, needKeys } = event.detail;
    this.dispatchEvent(new CustomEvent("initiativeadd", { detail: { fields, needKeys } }));
  }

  handleAddCancel() {
    this.isAdding = false;
  }

  /** Focuses the initiative with this key, or the initiative holding the commitment with it. */
  @api
  focusRecord(key) {
    const owner = (this.plan ? this.plan.initiatives : []).find(
      (initiative) => initiative.key === key || initiative.commitments.some((commitment) => commitment.key === key)
    );
    if (!owner) return;
    const item = this.template.querySelector(`c-accord-initiative-item[data-key="${owner.key}"]`);
    if (item) item.focusRecord(key);
  }
}
