import { LightningElement, api } from "lwc";

/**
 * One table of the configuration console, drawn from its description (accordConfigurationConsole/consoleTables.js
 * tableOf: caption, column headings, rows of cells; the first cell heads its row). Light DOM, so the console and its
 * tests still find the rows (data-country, data-role) in the console's own tree. A row's action button (show what a
 * country inherits, edit it) is passed on as `rowaction` with the button's data (id, code, key).
 */
export default class AccordConsoleTable extends LightningElement {
  static renderMode = "light";

  /** { id, caption, className, columns: [{ key, label, hidden }], rows: [{ key, country, role, cells }] } */
  @api table;

  handleAction(event) {
    const { id, code, key } = event.target.dataset;
    this.dispatchEvent(new CustomEvent("rowaction", { detail: { id, code, key } }));
  }
}
