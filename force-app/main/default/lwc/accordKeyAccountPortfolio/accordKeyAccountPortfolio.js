import { LightningElement } from "lwc";
import getPortfolio from "@salesforce/apex/AccordKeyAccountPortfolioController.getPortfolio";
import recordNomination from "@salesforce/apex/AccordKeyAccountPortfolioController.recordNomination";
import { HIGH_PRIORITY_FROM, nominationIssues } from "c/accordCore";
import { LABELS, codeLabel, formatLabel } from "c/accordLabels";
import { today } from "c/accordPlanView";
import { parseApexError } from "c/accordApexError";
import {
  byPriority,
  filterOptions,
  historyRows,
  matchesFilters,
  matrixPoint,
  quadrantBoxes,
  tableRow
} from "./portfolioView";

/** The filters in their order, each with the label that names it; each filters on the account value of that name. */
const FILTER_LABELS = {
  country: "Portfolio_Country",
  archetype: "Portfolio_Archetype",
  tier: "Portfolio_Tier",
  key: "Portfolio_KeyStatus"
};
const NO_FILTERS = Object.fromEntries(Object.keys(FILTER_LABELS).map((name) => [name, ""]));

/**
 * The key-account portfolio (app page, KAM managers and the COE): every account with a selection rating, a
 * collaboration index, a plan or a key-account history, with tier, priority score, customer collaboration index
 * and latest plan; filters by country, archetype, tier and key-account status; the attractiveness × relationship
 * matrix (quadrants from c/accordCore, points reachable by keyboard, the table as its equivalent); an account's
 * history, and nominating or retiring it with a reason (checked here with nominationIssues, decided on the server).
 */
export default class AccordKeyAccountPortfolio extends LightningElement {
  labels = LABELS;
  portfolio = null;
  isLoading = true;
  loadError = null;
  filters = { ...NO_FILTERS };
  selectedId = null;
  /** The open nominate / retire form: { action, reason, effectiveDate }, or null. */
  form = null;
  formError = null;
  isSaving = false;
  savedMessage = null;

  connectedCallback() {
    this.load();
  }

  async load() {
    this.isLoading = true;
    this.loadError = null;
    try {
      this.portfolio = await getPortfolio({});
    } catch (error) {
      this.loadError = formatLabel(LABELS.Portfolio_LoadError, parseApexError(error).message || "");
    }
    this.isLoading = false;
  }

  handleRetry() {
    this.load();
  }

  // ---- what is shown
  get accounts() {
    return this.portfolio ? this.portfolio.accounts : [];
  }
  get isReady() {
    return !this.isLoading && !this.loadError && this.portfolio !== null;
  }
  get isEmpty() {
    return this.isReady && this.accounts.length === 0;
  }
  get hasAccounts() {
    return this.isReady && this.accounts.length > 0;
  }
  /** One choice (c-accord-select) per filter, over the values the accounts have. */
  get filterFields() {
    const options = filterOptions(this.accounts);
    return Object.entries(FILTER_LABELS).map(([name, label]) => ({
      name,
      label: LABELS[label],
      value: this.filters[name],
      options: options[name]
    }));
  }
  get filtered() {
    return this.accounts.filter((account) => matchesFilters(account, this.filters)).sort(byPriority);
  }
  get hasFilteredAccounts() {
    return this.filtered.length > 0;
  }
  get rows() {
    return this.filtered.map((account) => tableRow(account, this.selectedId));
  }
  get points() {
    return this.filtered.map((account) => matrixPoint(account, this.selectedId)).filter(Boolean);
  }
  get quadrants() {
    return quadrantBoxes();
  }
  get unplacedCount() {
    return this.filtered.length - this.points.length;
  }
  get unplacedText() {
    return formatLabel(LABELS.Portfolio_Unplaced, this.unplacedCount);
  }
  get matrixHelp() {
    return formatLabel(LABELS.Portfolio_MatrixHelp, HIGH_PRIORITY_FROM);
  }
  get truncatedText() {
    return this.portfolio && this.portfolio.truncated
      ? formatLabel(LABELS.Portfolio_Truncated, this.accounts.length)
      : "";
  }
  get canNominate() {
    return Boolean(this.portfolio && this.portfolio.canNominate);
  }
  get isReadOnly() {
    return this.isReady && !this.canNominate;
  }
  get matrixClass() {
    return this.selectedAccount ? "slds-col slds-size_1-of-1 slds-large-size_1-of-2" : "slds-col slds-size_1-of-1";
  }

  // ---- the selected account and its history
  get selectedAccount() {
    return this.accounts.find((account) => account.accountId === this.selectedId) || null;
  }
  get selectedRow() {
    return this.selectedAccount ? tableRow(this.selectedAccount, this.selectedId) : null;
  }
  get historyTitle() {
    return this.selectedAccount ? formatLabel(LABELS.Portfolio_HistoryTitle, this.selectedAccount.accountName) : "";
  }
  get history() {
    return this.selectedAccount ? historyRows(this.portfolio.nominations, this.selectedId) : [];
  }
  get hasHistory() {
    return this.history.length > 0;
  }
  get showsActionButton() {
    return this.canNominate && !this.form;
  }
  get formTitle() {
    if (!this.form || !this.selectedAccount) return "";
    const template = this.form.action === "Retire" ? LABELS.Portfolio_RetireTitle : LABELS.Portfolio_NominateTitle;
    return formatLabel(template, this.selectedAccount.accountName);
  }
  get todayDate() {
    return today();
  }
  get saveLabel() {
    return this.isSaving ? LABELS.Portfolio_Saving : LABELS.Common_Save;
  }

  // ---- events
  handleFilter(event) {
    this.filters = { ...this.filters, [event.detail.name]: event.detail.value };
  }
  handleClearFilters() {
    this.filters = { ...NO_FILTERS };
  }
  handleSelect(event) {
    this.select(event.currentTarget.dataset.account, null);
  }
  handleAction(event) {
    this.select(event.currentTarget.dataset.account, event.currentTarget.dataset.action);
  }
  handleOpenForm() {
    this.openForm(this.selectedRow.action);
  }
  handleClose() {
    this.selectedId = null;
    this.form = null;
    this.formError = null;
  }
  select(accountId, action) {
    this.selectedId = accountId;
    this.savedMessage = null;
    this.form = null;
    this.formError = null;
    if (action) this.openForm(action);
  }
  openForm(action) {
    this.form = { action, reason: "", effectiveDate: today() };
    this.formError = null;
  }
  handleReason(event) {
    this.form = { ...this.form, reason: event.detail.value };
  }
  handleDate(event) {
    this.form = { ...this.form, effectiveDate: event.detail.value };
  }
  handleCancel() {
    this.form = null;
    this.formError = null;
  }

  async handleSave() {
    const reasonField = this.template.querySelector('[data-id="reason"]');
    if (reasonField && !reasonField.reportLimit()) return;
    const history = this.portfolio.nominations.filter((entry) => entry.accountId === this.selectedId);
    const issues = nominationIssues(this.form, history, today());
    if (issues.length > 0) {
      // The server would refuse with the first issue: say it now and send nothing.
      this.formError = codeLabel("Error", issues[0]) || issues[0];
      return;
    }
    this.isSaving = true;
    this.formError = null;
    const request = { accountId: this.selectedId, ...this.form };
    try {
      const result = await recordNomination({ requestJson: JSON.stringify(request) });
      this.applyResult(result);
      const template = result.keyAccount ? LABELS.Portfolio_SavedNominate : LABELS.Portfolio_SavedRetire;
      this.savedMessage = formatLabel(template, this.selectedAccount.accountName);
      this.form = null;
    } catch (error) {
      this.formError = parseApexError(error).message;
    }
    this.isSaving = false;
  }

  /** The account's new status and its whole history from the server, in place of what the page had. */
  applyResult(result) {
    const others = this.portfolio.nominations.filter((entry) => entry.accountId !== result.accountId);
    this.portfolio = {
      ...this.portfolio,
      accounts: this.portfolio.accounts.map((account) => {
        if (account.accountId !== result.accountId) return account;
        return { ...account, keyAccount: result.keyAccount };
      }),
      nominations: [...others, ...result.nominations]
    };
  }
}
