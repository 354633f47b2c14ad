import { LightningElement } from "lwc";
import getNeedSignals from "@salesforce/apex/AccordNeedsRadarController.getNeedSignals";
import { NEED_DECISIONS } from "c/accordCore";
import { groupNeeds } from "c/accordRadarCore";
import { LABELS, formatLabel } from "c/accordLabels";
import { THEMES, labelOf, labelNameOf } from "c/accordPlanView";
import { parseApexError } from "c/accordApexError";

/** Needs per call: 20,000 needs are ten calls of one query each. */
export const PAGE_SIZE = 2000;

const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const csvCell = (value) => {
  const text = String(value ?? "");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The needs radar (app page, COE): every need the user can see, read a page at a time, grouped in the browser by
 * src/core's groupNeeds (similar verbatims across languages, most accounts first), with counts, accounts,
 * countries, decision mix and representative verbatims in the customers' words; filters by theme, country,
 * decision and period; drill-down to a group's needs; CSV export of the groups.
 */
export default class AccordNeedsRadar extends LightningElement {
  labels = LABELS;
  signals = [];
  isLoading = true;
  error = null;
  filters = { theme: "", country: "", decision: "", from: "" };
  openGroup = null;

  connectedCallback() {
    this.load();
  }

  async load() {
    this.isLoading = true;
    const signals = [];
    try {
      let afterId = null;
      do {
        // Pages follow each other: each starts after the last Id of the one before.
        // eslint-disable-next-line no-await-in-loop
        const page = await getNeedSignals({ afterId, pageSize: PAGE_SIZE });
        signals.push(...page.signals);
        this.signals = [...signals];
        afterId = page.nextAfterId;
      } while (afterId);
      this.error = null;
    } catch (error) {
      this.error = parseApexError(error).message;
    }
    this.isLoading = false;
  }

  get loadingText() {
    return formatLabel(LABELS.Radar_Loading, this.signals.length);
  }
  get isReady() {
    return !this.isLoading && !this.error;
  }

  // ---- filters
  option(value, label) {
    return { value, label };
  }
  get themeOptions() {
    return [this.option("", LABELS.Radar_All), ...THEMES];
  }
  get countryOptions() {
    const codes = [...new Set(this.signals.map((s) => s.countryCode).filter(Boolean))].sort(byText);
    return [this.option("", LABELS.Radar_All), ...codes.map((c) => this.option(c, c))];
  }
  get decisionOptions() {
    return [
      this.option("", LABELS.Radar_All),
      ...NEED_DECISIONS.map((d) => this.option(d, LABELS[labelNameOf("Decision", d)] || d))
    ];
  }
  /** The filter choices in their order (the period's start is a date input after them). */
  get choiceFilters() {
    return [
      { name: "theme", label: LABELS.Radar_Theme, options: this.themeOptions },
      { name: "country", label: LABELS.Radar_Country, options: this.countryOptions },
      { name: "decision", label: LABELS.Radar_Decision, options: this.decisionOptions }
    ].map((filter) => ({ ...filter, value: this.filters[filter.name] }));
  }

  handleFilter(event) {
    this.setFilter(event.detail.name, event.detail.value);
  }

  handleFromDate(event) {
    this.setFilter("from", event.detail.value);
  }

  setFilter(name, value) {
    this.filters = { ...this.filters, [name]: value || "" };
    this.openGroup = null;
  }

  get filtered() {
    const { theme, country, decision, from } = this.filters;
    return this.signals.filter(
      (s) =>
        (!theme || s.theme === theme) &&
        (!country || s.countryCode === country) &&
        (!decision || s.decision === decision) &&
        (!from || s.periodStart >= from)
    );
  }

  // ---- groups
  get grouping() {
    const signals = this.filtered;
    return { signals, result: groupNeeds(signals) };
  }

  get groups() {
    const { signals, result } = this.grouping;
    return result.groups.map((group, index) => {
      const key = `g${index}`;
      const open = this.openGroup === key;
      const d = group.decisions;
      return {
        key,
        representatives: group.representatives.map((text, i) => ({ key: `${key}-r${i}`, text })),
        needs: group.needs,
        accounts: group.accounts,
        countries: group.countryCodes.join(", "),
        mix: formatLabel(LABELS.Radar_MixText, d.Commit, d.Defer, d.Decline, d.Pending),
        toggleLabel: open ? LABELS.Radar_Hide : formatLabel(LABELS.Radar_Show, group.needs),
        open,
        members: open
          ? group.members.map((i) => {
              const s = signals[i];
              return {
                key: s.id,
                verbatim: s.verbatim,
                account: s.accountName,
                country: s.countryCode || "",
                theme: s.theme ? labelOf(THEMES, s.theme) || s.theme : "",
                decision: LABELS[labelNameOf("Decision", s.decision)] || s.decision
              };
            })
          : []
      };
    });
  }
  get hasGroups() {
    return this.groups.length > 0;
  }
  get summary() {
    const { signals, result } = this.grouping;
    const accounts = new Set(signals.map((s) => s.accountId)).size;
    return formatLabel(LABELS.Radar_Summary, result.groups.length, signals.length, accounts);
  }

  handleToggle(event) {
    const key = event.target.dataset.key;
    this.openGroup = this.openGroup === key ? null : key;
  }

  handleExport() {
    const header = [
      LABELS.Radar_Heard,
      LABELS.Radar_Needs,
      LABELS.Radar_Accounts,
      LABELS.Radar_Countries,
      "Commit",
      "Defer",
      "Decline",
      "Pending"
    ];
    const lines = this.grouping.result.groups.map((g) => [
      g.representatives.join(" | "),
      g.needs,
      g.accounts,
      g.countryCodes.join(" "),
      g.decisions.Commit,
      g.decisions.Defer,
      g.decisions.Decline,
      g.decisions.Pending
    ]);
    const text = [header, ...lines].map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
    const link = document.createElement("a");
    link.href = `data:text/csv;charset=utf-8,${encodeURIComponent(text)}`;
    link.download = "needs-radar.csv";
    link.click();
  }
}
