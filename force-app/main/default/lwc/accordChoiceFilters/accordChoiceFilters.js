import { LightningElement, api } from "lwc";

const ITEM_CLASSES = {
  /** A column of an SLDS grid: two to a row on a phone, five on wider screens (portfolio, needs radar). */
  grid: "slds-col slds-size_1-of-2 slds-medium-size_1-of-5",
  /** An item of a wrapping flex row, at least 10rem wide (the stakeholder list). */
  wrap: "filter_wrap"
};

/**
 * A row of choice filters, one c-accord-select each (data-id `filter-<name>`), placed in the parent's own row
 * beside its other controls. `filters`: [{ name, label, options, value }] in their order; choosing raises `filter` with
 * { name, value }. Light DOM, so the selects' data-ids stay in the parent's tree, where its tests and the
 * browser journeys find them.
 */
export default class AccordChoiceFilters extends LightningElement {
  static renderMode = "light";

  @api filters = [];
  /** "grid" or "wrap" (see ITEM_CLASSES). */
  @api layout = "grid";

  get fields() {
    return this.filters.map((filter) => ({ ...filter, dataId: `filter-${filter.name}` }));
  }

  get itemClass() {
    return ITEM_CLASSES[this.layout] || ITEM_CLASSES.grid;
  }

  handleChange(event) {
    const detail = { name: event.target.dataset.filter, value: event.detail.value };
    this.dispatchEvent(new CustomEvent("filter", { detail }));
  }
}
