import { LightningElement } from "lwc";
import getConfigurationRecords from "@salesforce/apex/AccordConfigurationAdminController.getConfigurationRecords";
import deployConfiguration from "@salesforce/apex/AccordConfigurationAdminController.deployConfiguration";
import getDeploymentStatus from "@salesforce/apex/AccordConfigurationAdminController.getDeploymentStatus";
import getRecomputeStatus from "@salesforce/apex/AccordConfigurationAdminController.getRecomputeStatus";
import recomputeScoresNow from "@salesforce/apex/AccordConfigurationAdminController.recomputeScoresNow";
import scheduleNightly from "@salesforce/apex/AccordConfigurationAdminController.scheduleNightly";
import LANG from "@salesforce/i18n/lang";
import {
  CONFIGURATION_TYPES,
  ConfigurationCsvError,
  KAM_READINESS_LEVELS,
  NAME_MAX_LENGTH,
  LANGUAGES,
  checkConfigurationRecords,
  exportConfigurationCsv,
  importConfigurationCsv
} from "c/accordConfigCore";
import { LABELS, formatLabel } from "c/accordLabels";
import { parseApexError } from "c/accordApexError";
import {
  archetypeRows,
  countryRows,
  criterionRows,
  dimensionRows,
  findings,
  inheritance,
  issueText,
  mergeEdits,
  ofType,
  profileRows,
  readinessLabel,
  settingsRecord,
  valueLabel
} from "./consoleView";
import { LIST_TABS, tableOf } from "./consoleTables";

/** A date-time from the server in the user's language, or "" without one. */
function dateTime(value) {
  if (!value) return "";
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? String(value)
    : new Intl.DateTimeFormat(LANG, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** How often a queued deployment's status is asked for (the platform deploys in seconds to minutes). */
export const POLL_MS = 2000;

/** The country form's text limits: the configuration types' lengths (CONFIGURATION_TYPES follows the metadata). */
const COUNTRY_FIELDS = CONFIGURATION_TYPES.find((type) => type.name === "Country_Setting").fields;
const lengthOf = (name) => COUNTRY_FIELDS.find((field) => field.name === name).length;
const COUNTRY_LIMITS = {
  code: lengthOf("Country_Code__c"),
  name: NAME_MAX_LENGTH,
  pullThrough: lengthOf("Pull_Through_Strategy__c")
};

/**
 * The configuration console (app page, Accord_Configure): countries with what each inherits, archetypes, role
 * profiles, dimensions and selection criteria; gaps with their fix; edits checked in the browser with the rules the
 * server applies again, then deployed as custom metadata with the deployment's status until it finishes; CSV export
 * and import; the score recompute buttons.
 */
export default class AccordConfigurationConsole extends LightningElement {
  labels = LABELS;
  records = [];
  isLoading = true;
  loadError = null;
  noAccess = false;
  /** Problems that blocked a save or an import: [{ key, text }]. */
  issues = [];
  notice = null;
  deployment = null;
  recompute = null;
  recomputeError = null;
  isBusy = false;
  /** The country form: null, or { isNew, code, name, archetype, readiness, pullThrough, cadence }. */
  countryForm = null;
  inheritanceCountry = null;
  inheritanceLanguage = LANGUAGES.includes(LANG) ? LANG : (LANG || "en").split(/[-_]/)[0];
  /** Edited weights and thresholds of the Selection tab, by field: { criteria: {code: text}, tierA, tierB }. */
  selectionEdits = { criteria: {} };

  connectedCallback() {
    this.load();
    this.loadRecompute();
  }

  disconnectedCallback() {
    clearTimeout(this._pollTimer);
  }

  async load() {
    this.isLoading = true;
    try {
      this.records = await getConfigurationRecords();
      this.loadError = null;
    } catch (error) {
      const parsed = parseApexError(error);
      this.noAccess = parsed.code === "NOT_PERMITTED";
      this.loadError = formatLabel(LABELS.Console_LoadFailed, parsed.message || "");
    }
    this.isLoading = false;
  }

  async loadRecompute() {
    try {
      this.recompute = await getRecomputeStatus();
      this.recomputeError = null;
    } catch (error) {
      this.recomputeError = parseApexError(error).message;
    }
  }

  get isReady() {
    return !this.isLoading && !this.loadError;
  }
  get hasIssues() {
    return this.issues.length > 0;
  }

  // ---- read-only views (tables declared in consoleTables.js, drawn by c-accord-console-table)
  get countriesTable() {
    const rows = countryRows(this.records).map((row) => ({
      ...row,
      actions: [
        { id: "show-inheritance", icon: "utility:hierarchy", label: row.inheritLabel, code: row.code },
        { id: "edit-country", icon: "utility:edit", label: row.editLabel, rowKey: row.key }
      ]
    }));
    return tableOf("countries", rows);
  }
  get listTabs() {
    const rows = {
      archetypes: archetypeRows(this.records),
      profiles: profileRows(this.records),
      dimensions: dimensionRows(this.records)
    };
    return LIST_TABS.map((tab) => ({
      value: tab.value,
      label: LABELS[tab.label],
      tabId: `tab-${tab.value}`,
      table: tableOf(tab.value, rows[tab.value])
    }));
  }
  get gaps() {
    return findings(this.records);
  }
  get hasGaps() {
    return this.gaps.length > 0;
  }
  get inherited() {
    return this.inheritanceCountry
      ? inheritance(this.records, this.inheritanceCountry, this.inheritanceLanguage)
      : null;
  }
  get inheritedTables() {
    const inherited = this.inherited;
    return [tableOf("inherited-profiles", inherited.profiles), tableOf("inherited-weights", inherited.weights)];
  }
  get inheritanceTitle() {
    return formatLabel(LABELS.Console_InheritsTitle, this.inheritanceCountry);
  }
  get languageOptions() {
    return LANGUAGES.map((code) => ({ value: code, label: valueLabel("Language", code) }));
  }

  // ---- deployment status
  get deploymentText() {
    if (!this.deployment) return null;
    if (this.deployment.status === "Succeeded") return LABELS.Console_Deployed;
    if (this.deployment.status === "Failed") return LABELS.Console_DeployFailed;
    return formatLabel(LABELS.Console_Deploying, this.deployment.recordCount ?? "");
  }
  get isDeploying() {
    return Boolean(this.deployment) && this.deployment.status === "Queued";
  }
  get deploymentErrors() {
    return this.deployment && this.deployment.status === "Failed"
      ? this.deployment.errors.map((text, i) => ({ key: `e${i}`, text }))
      : [];
  }
  get deploymentClass() {
    const theme = !this.deployment
      ? ""
      : this.deployment.status === "Failed"
        ? "slds-theme_error"
        : this.deployment.status === "Succeeded"
          ? "slds-theme_success"
          : "slds-theme_info";
    return `slds-box slds-box_x-small slds-m-bottom_small ${theme}`;
  }
  get saveDisabled() {
    return this.isBusy || this.isDeploying;
  }

  /** Checks the whole configuration with the edits in; deploys only when it has no issue. */
  async save(edits) {
    this.notice = null;
    const issues = checkConfigurationRecords(mergeEdits(this.records, edits));
    this.issues = issues.map((issue, i) => ({ key: `i${i}`, text: issueText(issue) }));
    if (issues.length > 0) return false;
    this.isBusy = true;
    try {
      this.deployment = await deployConfiguration({ recordsJson: JSON.stringify(edits) });
      this.schedulePoll();
      return true;
    } catch (error) {
      this.issues = [{ key: "server", text: parseApexError(error).message }];
      return false;
    } finally {
      this.isBusy = false;
    }
  }

  schedulePoll() {
    clearTimeout(this._pollTimer);
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- the platform deploys asynchronously: poll its status
    this._pollTimer = setTimeout(() => this.poll(), POLL_MS);
  }

  async poll() {
    const recordCount = this.deployment.recordCount;
    try {
      const status = await getDeploymentStatus({ deploymentId: this.deployment.deploymentId });
      this.deployment = { ...status, recordCount: status.recordCount ?? recordCount };
    } catch (error) {
      this.deployment = { ...this.deployment, status: "Failed", errors: [parseApexError(error).message] };
      return;
    }
    if (this.deployment.status === "Queued") this.schedulePoll();
    else if (this.deployment.status === "Succeeded") await this.load();
  }

  // ---- countries
  handleAddCountry() {
    const archetype = ofType(this.records, "Healthcare_Archetype")[0];
    this.issues = [];
    this.countryForm = {
      isNew: true,
      code: "",
      name: "",
      archetype: archetype ? archetype.developerName : "",
      readiness: "Developing",
      pullThrough: "",
      cadence: ""
    };
  }

  /** A countries-table button (c-accord-console-table's rowaction): show what the country inherits, or edit it. */
  handleRowAction(event) {
    if (event.detail.id === "show-inheritance") this.inheritanceCountry = event.detail.code;
    else if (event.detail.id === "edit-country") this.editCountry(event.detail.key);
  }

  editCountry(developerName) {
    const record = ofType(this.records, "Country_Setting").find((r) => r.developerName === developerName);
    const v = record.values;
    this.issues = [];
    this.countryForm = {
      isNew: false,
      developerName: record.developerName,
      code: v.Country_Code__c,
      name: record.label,
      archetype: v.Archetype__c,
      readiness: v.Kam_Readiness__c,
      pullThrough: v.Pull_Through_Strategy__c || "",
      cadence: v.Review_Cadence_Months__c || ""
    };
  }

  handleInheritanceLanguage(event) {
    this.inheritanceLanguage = event.detail.value;
  }

  handleCountryField(event) {
    const field = event.target.dataset.field;
    const value = event.detail.value;
    this.countryForm = { ...this.countryForm, [field]: field === "code" ? String(value || "").toUpperCase() : value };
  }

  handleCancelCountry() {
    this.countryForm = null;
    this.issues = [];
  }

  get countryLimits() {
    return COUNTRY_LIMITS;
  }

  get codeLocked() {
    return !this.countryForm.isNew;
  }
  get hasDeploymentErrors() {
    return this.deploymentErrors.length > 0;
  }

  get countryFormTitle() {
    return this.countryForm.isNew
      ? LABELS.Console_NewCountryTitle
      : formatLabel(LABELS.Console_EditCountryTitle, this.countryForm.code);
  }
  get archetypeOptions() {
    return ofType(this.records, "Healthcare_Archetype").map((a) => ({ value: a.developerName, label: a.label }));
  }
  get readinessOptions() {
    return KAM_READINESS_LEVELS.map((value) => ({ value, label: readinessLabel(value) }));
  }

  async handleSaveCountry() {
    const form = this.countryForm;
    const text = (value) => {
      const trimmed = value === null || value === undefined ? "" : String(value).trim();
      return trimmed === "" ? null : trimmed;
    };
    const existing = form.isNew
      ? null
      : ofType(this.records, "Country_Setting").find((r) => r.developerName === form.developerName);
    const record = {
      type: "Country_Setting",
      developerName: form.isNew ? (text(form.code) ?? "") : form.developerName,
      label: text(form.name) ?? "",
      values: {
        // Fields the form does not show keep their values.
        ...(existing ? existing.values : {}),
        Country_Code__c: text(form.code),
        Archetype__c: text(form.archetype),
        Kam_Readiness__c: text(form.readiness),
        Pull_Through_Strategy__c: text(form.pullThrough),
        Review_Cadence_Months__c: text(form.cadence)
      }
    };
    if (await this.save([record])) {
      this.countryForm = null;
      this.inheritanceCountry = record.values.Country_Code__c;
    }
  }

  // ---- selection criteria and tiers
  get criteria() {
    return criterionRows(this.records).map((c) => ({
      ...c,
      value: this.selectionEdits.criteria[c.key] ?? c.weight,
      fieldLabel: `${LABELS.Console_Weight}: ${c.name}`
    }));
  }
  get weightTotal() {
    const total = this.criteria.reduce((sum, c) => sum + (Number(c.value) || 0), 0);
    return formatLabel(LABELS.Console_WeightTotal, total);
  }
  get tiers() {
    return [
      { field: "tierA", label: LABELS.Console_TierA, value: this.tierA, dataId: "tier-a" },
      { field: "tierB", label: LABELS.Console_TierB, value: this.tierB, dataId: "tier-b" }
    ];
  }
  get tierA() {
    const settings = settingsRecord(this.records);
    return this.selectionEdits.tierA ?? (settings ? settings.values.Tier_A_Threshold__c : "");
  }
  get tierB() {
    const settings = settingsRecord(this.records);
    return this.selectionEdits.tierB ?? (settings ? settings.values.Tier_B_Threshold__c : "");
  }

  handleWeight(event) {
    const criteria = { ...this.selectionEdits.criteria, [event.target.dataset.key]: event.detail.value };
    this.selectionEdits = { ...this.selectionEdits, criteria };
  }

  handleTier(event) {
    this.selectionEdits = { ...this.selectionEdits, [event.target.dataset.field]: event.detail.value };
  }

  async handleSaveSelection() {
    const edits = [];
    for (const record of ofType(this.records, "Selection_Criterion")) {
      const edited = this.selectionEdits.criteria[record.developerName];
      if (edited !== undefined) edits.push({ ...record, values: { ...record.values, Weight__c: String(edited) } });
    }
    const settings = settingsRecord(this.records);
    if (settings && (this.selectionEdits.tierA !== undefined || this.selectionEdits.tierB !== undefined)) {
      edits.push({
        ...settings,
        values: { ...settings.values, Tier_A_Threshold__c: String(this.tierA), Tier_B_Threshold__c: String(this.tierB) }
      });
    }
    if (await this.save(edits)) this.selectionEdits = { criteria: {} };
  }

  // ---- CSV
  handleExport() {
    for (const file of exportConfigurationCsv(this.records)) {
      const link = document.createElement("a");
      link.href = `data:text/csv;charset=utf-8,${encodeURIComponent(file.text)}`;
      link.download = file.name;
      link.click();
    }
  }

  async handleImport(event) {
    const files = await Promise.all(
      Array.from(event.target.files || []).map(async (file) => ({ name: file.name, text: await file.text() }))
    );
    if (files.length === 0) return;
    let result;
    try {
      result = importConfigurationCsv(files, this.records);
    } catch (error) {
      if (!(error instanceof ConfigurationCsvError)) throw error;
      this.issues = error.issues.map((issue, i) => ({ key: `c${i}`, text: issueText(issue) }));
      return;
    }
    this.issues = [];
    if (result.changed.length === 0) {
      this.notice = LABELS.Console_ImportNoChanges;
      return;
    }
    if ((await this.save(result.changed)) && result.notInFiles.length > 0) {
      this.notice = formatLabel(LABELS.Console_NotInFiles, result.notInFiles.join(", "));
    }
  }

  // ---- recompute
  get recomputeText() {
    const status = this.recompute;
    if (!status) return "";
    const parts = [];
    if (status.running) parts.push(LABELS.Console_RecomputeRunning);
    else if (status.lastStatus)
      parts.push(formatLabel(LABELS.Console_RecomputeLast, status.lastStatus, dateTime(status.lastCompletedOn)));
    else parts.push(LABELS.Console_RecomputeNever);
    parts.push(
      status.nightlyScheduled
        ? formatLabel(LABELS.Console_NightlyOn, dateTime(status.nextRunOn))
        : LABELS.Console_NightlyOff
    );
    return parts.join(" ");
  }
  get recomputeDisabled() {
    return Boolean(this.recompute && this.recompute.running);
  }
  get scheduleDisabled() {
    return Boolean(this.recompute && this.recompute.nightlyScheduled);
  }

  async handleRecomputeNow() {
    await this.runRecompute(recomputeScoresNow);
  }

  async handleScheduleNightly() {
    await this.runRecompute(scheduleNightly);
  }

  async runRecompute(action) {
    try {
      this.recompute = await action();
      this.recomputeError = null;
    } catch (error) {
      this.recomputeError = parseApexError(error).message;
    }
  }
}
