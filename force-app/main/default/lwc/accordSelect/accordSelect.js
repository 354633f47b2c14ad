import { LightningElement, api } from "lwc";

/**
 * A choice from a short list, as the SLDS select: a labelled native <select>, for every short choice that needs no
 * required mark, placeholder or validity (docs/architecture.md lists where): lightning-combobox brings its own
 * dropdown, shadow tree and stylesheets per field, which were a fifth of the workspace's first render
 * (npm run bench:ui), and a phone shows a native select with its own picker. Same contract as the combobox: `options`
 * [{ label, value }], `value`, and `change` with the chosen value in detail.value.
 */
export default class AccordSelect extends LightningElement {
  @api label;
  @api options = [];

  _value = "";
  @api
  get value() {
    return this._value;
  }
  set value(value) {
    this._value = value == null ? "" : String(value);
  }

  /** The options with the chosen one marked: the select shows the value it is given, also when it changes. */
  get shownOptions() {
    return (this.options || []).map((option) => ({
      label: option.label,
      value: option.value == null ? "" : String(option.value),
      selected: String(option.value ?? "") === this._value
    }));
  }

  handleChange(event) {
    // The native change stays inside; the parent hears one change with the value, as from a combobox.
    event.stopPropagation();
    this._value = event.target.value;
    this.dispatchEvent(new CustomEvent("change", { detail: { value: this._value } }));
  }
}
