import { LightningElement, api } from "lwc";
import { LABELS } from "c/accordLabels";
import { ISSUE_FILTERS, applyFilters, roleOptions, stanceOptions } from "c/accordStakeholderView";

const NO_FILTERS = Object.freeze({ role: "", stance: "", owner: "", issue: "" });
const ISSUE_LABELS = {
  KeyPersonWithoutOwner: "StakeholderMap_NoOwner",
  WeakKeyRelationship: "StakeholderMap_IssueWeak",
  NotEngagedWithinCadence: "StakeholderMap_IssueNotEngaged"
};

/**
 * The stakeholders as a list (cards, no datatable: it is the phone layout): the chart's facts, filters by role,
 * stance, owner and coverage issue. Events: select (detail: id), edit (detail: id).
 */
export default class AccordStakeholderList extends LightningElement {
  @api canEdit = false;
  @api selectedId;
  labels = LABELS;
  filters = { ...NO_FILTERS };
  _people = [];

  @api
  get people() {
    return this._people;
  }
  set people(value) {
    this._people = value || [];
  }

  get all() {
    return { label: LABELS.StakeholderMap_All, value: "" };
  }

  get roleFilterOptions() {
    const present = new Set(this._people.map((p) => p.role));
    return [this.all, ...roleOptions().filter((o) => present.has(o.value))];
  }

  get stanceFilterOptions() {
    return [this.all, ...stanceOptions()];
  }

  get ownerFilterOptions() {
    const owners = new Map();
    for (const p of this._people) if (p.ownerId) owners.set(p.ownerId, p.owner || p.ownerId);
    return [
      this.all,
      ...[...owners].map(([value, label]) => ({ label, value })).sort((a, b) => a.label.localeCompare(b.label)),
      { label: LABELS.StakeholderMap_NoOwner, value: "none" }
    ];
  }

  get issueFilterOptions() {
    return [
      this.all,
      { label: LABELS.StakeholderMap_AnyIssue, value: "any" },
      ...ISSUE_FILTERS.map((code) => ({ label: LABELS[ISSUE_LABELS[code]], value: code }))
    ];
  }

  get shown() {
    return applyFilters(this._people, this.filters).map((p) => ({
      ...p,
      cardClass: `person slds-box slds-box_x-small${p.id === this.selectedId ? " person_selected" : ""}`,
      isSelected: p.id === this.selectedId ? "true" : "false"
    }));
  }

  get hasShown() {
    return this.shown.length > 0;
  }

  get isFiltered() {
    return Object.values(this.filters).some(Boolean);
  }

  /** The filters in their order: role, stance, relationship owner, coverage finding. */
  get choiceFilters() {
    return [
      { name: "role", label: LABELS.Stakeholder_Field_role, options: this.roleFilterOptions },
      { name: "stance", label: LABELS.Stakeholder_Field_stance, options: this.stanceFilterOptions },
      { name: "owner", label: LABELS.Stakeholder_Field_owner, options: this.ownerFilterOptions },
      { name: "issue", label: LABELS.StakeholderMap_FilterCoverage, options: this.issueFilterOptions }
    ].map((filter) => ({ ...filter, value: this.filters[filter.name] }));
  }

  handleFilter(event) {
    this.filters = { ...this.filters, [event.detail.name]: event.detail.value };
  }

  handleClear() {
    this.filters = { ...NO_FILTERS };
  }

  handleSelect(event) {
    this.dispatchEvent(new CustomEvent("select", { detail: { id: event.currentTarget.dataset.personId } }));
  }

  handleEdit(event) {
    this.dispatchEvent(new CustomEvent("edit", { detail: { id: event.currentTarget.dataset.personId } }));
  }
}
