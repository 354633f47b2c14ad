// The console's tables, each declared once — its columns (the label heading each, the row field each shows; the
// first column heads its row) — and drawn by c-accord-console-table, instead of a block per table and a cell per
// column in the template. consoleView.js computes the rows; tableOf() shapes them into the cells it draws.
import { LABELS } from "c/accordLabels";

/** A column: label (LABELS name), field (of the row), optional detail (a second line), className, hidden heading. */
const TABLES = {
  countries: {
    caption: "Console_Countries",
    rowAttributes: { country: "code" },
    columns: [
      { label: "Console_Country", field: "code" },
      { label: "Console_Name", field: "name" },
      { label: "Console_Archetype", field: "archetype" },
      { label: "Console_Readiness", field: "readiness" },
      { label: "Console_PullThrough", field: "pullThrough", className: "slds-cell-wrap pull-through" },
      { label: "Console_Cadence", field: "cadence" },
      { label: "Console_Actions", field: "actions", hidden: true, className: "slds-text-align_right" }
    ]
  },
  archetypes: {
    caption: "Console_Archetypes",
    columns: [
      { label: "Console_Archetype", field: "name", detail: "description", className: "slds-cell-wrap" },
      { label: "Console_RequiredRoles", field: "requiredRoles", className: "slds-cell-wrap" },
      { label: "Console_Overrides", field: "overrides", className: "slds-cell-wrap" }
    ]
  },
  profiles: {
    caption: "Console_RoleProfiles",
    columns: [
      { label: "Console_Role", field: "role" },
      { label: "Console_Scope", field: "scope" },
      { label: "Console_Language", field: "language" },
      { label: "Console_Name", field: "name" }
    ]
  },
  dimensions: {
    caption: "Console_Dimensions",
    columns: [
      { label: "Console_Name", field: "name" },
      { label: "Console_Audience", field: "audience" },
      { label: "Console_Weight", field: "weight" },
      { label: "Console_Sequence", field: "sequence" }
    ]
  },
  "inherited-profiles": {
    caption: "Console_RoleProfiles",
    rowAttributes: { role: "key" },
    columns: [
      { label: "Console_Role", field: "role" },
      { label: "Console_From", field: "from" },
      { label: "Console_Language", field: "language" }
    ]
  },
  "inherited-weights": {
    caption: "Console_Weights",
    className: "slds-m-top_small",
    columns: [
      { label: "Console_Criterion", field: "criterion" },
      { label: "Console_Weight", field: "weight" },
      { label: "Console_From", field: "from" }
    ]
  }
};

/** The tabs that only list records, one table each, in tab order (after Countries, before Selection criteria). */
export const LIST_TABS = [
  { value: "archetypes", label: "Console_Archetypes" },
  { value: "profiles", label: "Console_RoleProfiles" },
  { value: "dimensions", label: "Console_Dimensions" }
];

const cellOf = (column, row, index) => ({
  key: column.field,
  isRowHeader: index === 0,
  isActions: column.field === "actions",
  text: column.field === "actions" ? "" : row[column.field],
  detail: column.detail ? row[column.detail] : null,
  hasDetail: Boolean(column.detail),
  actions: column.field === "actions" ? row.actions : null,
  className: column.className || ""
});

/** A declared table with these rows, as the template's table block draws it. */
export function tableOf(id, rows) {
  const table = TABLES[id];
  const attributes = table.rowAttributes || {};
  return {
    id,
    caption: LABELS[table.caption],
    className: `slds-table slds-table_bordered slds-table_cell-buffer ${table.className || ""}`.trim(),
    columns: table.columns.map((c) => ({ key: c.field, label: LABELS[c.label], hidden: Boolean(c.hidden) })),
    rows: rows.map((row) => ({
      key: row.key,
      country: attributes.country ? row[attributes.country] : undefined,
      role: attributes.role ? row[attributes.role] : undefined,
      cells: table.columns.map((column, index) => cellOf(column, row, index))
    }))
  };
}
