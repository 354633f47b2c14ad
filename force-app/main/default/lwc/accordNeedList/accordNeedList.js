import { api } from "lwc";
import AccordPlanList from "c/accordPlanList";
import { formatLabel } from "c/accordLabels";
import { DECISIONS, bySequenceThenKey, optionsIn } from "c/accordPlanView";

export const PAGE_SIZE = 10;

/**
 * The needs heard, 10 at a time ("show more"), so a plan with 200 needs renders quickly on a phone;
 * a filter shows only undecided needs or one decision. Item events are passed on to the workspace.
 * A need just added stays in view: its page is shown (and a filter hiding it is cleared) and it is
 * scrolled into view, while the focus stays in the entry for the next one.
 */
export default class AccordNeedList extends AccordPlanList {
  /** Customer mode: the items leave out what is internal (c-accord-need-item customerMode). */
  @api customerMode = false;

  filter = "all";
  visibleCount = PAGE_SIZE;
  _pendingFocusKey = null;
  _pendingRevealKey = null;
  _plan;
  _knownKeys = null;

  @api
  get plan() {
    return this._plan;
  }
  set plan(value) {
    this._plan = value;
    const keys = new Set(value ? value.needs.map((need) => need.key) : []);
    // The first plan this list shows has no "new" needs; later, a key it has not seen is one just added.
    const added = this._knownKeys ? [...keys].filter((key) => !this._knownKeys.has(key)) : [];
    this._knownKeys = keys;
    if (added.length > 0) this.reveal(added[added.length - 1]);
  }

  /** Shows the page holding this need, without taking the focus (the user goes on typing in the entry). */
  reveal(key) {
    if (!this.filteredNeeds.some((need) => need.key === key)) this.filter = "all";
    const index = this.filteredNeeds.findIndex((need) => need.key === key);
    if (index < 0) return;
    if (index >= this.visibleCount) this.visibleCount = (Math.floor(index / PAGE_SIZE) + 1) * PAGE_SIZE;
    this._pendingRevealKey = key;
  }

  get filterOptions() {
    return [
      { value: "all", label: this.labels.Need_FilterAll },
      { value: "Pending", label: this.labels.Need_FilterUndecided },
      ...optionsIn(DECISIONS, this.labels)
    ];
  }

  /** Sorted once per plan object (an edit replaces it): several getters of one render ask for it. */
  get sortedNeeds() {
    if (this._sortedOf !== this._plan) {
      this._sortedOf = this._plan;
      this._sorted = this._plan ? [...this._plan.needs].sort(bySequenceThenKey) : [];
    }
    return this._sorted;
  }

  /** Filtered once per plan and filter, for the same reason. */
  get filteredNeeds() {
    const needs = this.sortedNeeds;
    if (this._filteredOf !== needs || this._filteredBy !== this.filter) {
      this._filteredOf = needs;
      this._filteredBy = this.filter;
      this._filtered = this.filter === "all" ? needs : needs.filter((need) => need.decision === this.filter);
    }
    return this._filtered;
  }

  get visibleNeeds() {
    const errorKey = this.error ? this.error.recordKey : null;
    return this.filteredNeeds.slice(0, this.visibleCount).map((need) => ({
      need,
      key: need.key,
      errorMessage: need.key === errorKey ? this.error.message : null
    }));
  }

  get initiatives() {
    return this.plan
      ? this.plan.initiatives.map((initiative) => ({ key: initiative.key, title: initiative.title }))
      : [];
  }

  get heading() {
    return formatLabel(this.labels.Need_ListTitle, this.plan ? this.plan.needs.length : 0);
  }

  get isEmpty() {
    return this.sortedNeeds.length === 0;
  }

  get hasMore() {
    return this.filteredNeeds.length > this.visibleCount;
  }

  get showMoreLabel() {
    return formatLabel(
      this.labels.Need_ShowMore,
      Math.min(this.visibleCount, this.filteredNeeds.length),
      this.filteredNeeds.length
    );
  }

  handleFilterChange(event) {
    this.filter = event.detail.value;
    this.visibleCount = PAGE_SIZE;
  }

  handleShowMore() {
    this.visibleCount += PAGE_SIZE;
  }

  /** Shows the need (clearing a filter that hides it, paging to it) and opens its decision. */
  @api
  focusRecord(key) {
    let index = this.filteredNeeds.findIndex((need) => need.key === key);
    if (index < 0) {
      this.filter = "all";
      index = this.sortedNeeds.findIndex((need) => need.key === key);
    }
    if (index < 0) return;
    if (index >= this.visibleCount) this.visibleCount = (Math.floor(index / PAGE_SIZE) + 1) * PAGE_SIZE;
    this._pendingFocusKey = key;
    // Focus right away when the need is already rendered, else after the next render.
    this.renderedCallback();
  }

  renderedCallback() {
    if (this._pendingRevealKey) {
      const added = this.template.querySelector(`c-accord-need-item[data-key="${this._pendingRevealKey}"]`);
      this._pendingRevealKey = null;
      if (added && typeof added.scrollIntoView === "function") added.scrollIntoView({ block: "nearest" });
    }
    if (!this._pendingFocusKey) return;
    const item = this.template.querySelector(`c-accord-need-item[data-key="${this._pendingFocusKey}"]`);
    if (!item) return;
    this._pendingFocusKey = null;
    item.focusRecord();
  }
}
