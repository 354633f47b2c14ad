import { LightningElement, api } from "lwc";
import getVersions from "@salesforce/apex/AccordPlanVersionController.getVersions";
import { canonicalPlanText, changesBaseline, versionChanges } from "c/accordCore";
import { parseApexError } from "c/accordApexError";
import { LABELS, formatLabel } from "c/accordLabels";
import { DECISIONS, PARTIES, THEMES, labelOf } from "c/accordPlanView";

/** Field names of the canonical text → their labels (the same words the workspace's forms use). */
const FIELD_LABELS = {
  periodStart: LABELS.Changes_PeriodStart,
  periodEnd: LABELS.Changes_PeriodEnd,
  customerGoals: LABELS.Goals_Label,
  verbatim: LABELS.Need_Verbatim,
  theme: LABELS.Need_Theme,
  raisedBy: LABELS.Need_RaisedBy,
  customerPriority: LABELS.Need_Priority,
  decision: LABELS.Need_Decision,
  decisionRationale: LABELS.Need_Rationale,
  initiativeKey: LABELS.Need_Initiative,
  title: LABELS.Initiative_Title,
  successMeasure: LABELS.Initiative_SuccessMeasure,
  targetDate: LABELS.Initiative_TargetDate,
  party: LABELS.Changes_Party,
  description: LABELS.Commitment_Description,
  owner: LABELS.Commitment_Owner,
  dueDate: LABELS.Commitment_DueDate
};
/** Values that are codes: shown by their label. */
const VALUE_OPTIONS = { decision: DECISIONS, theme: THEMES, party: PARTIES };
const KIND_LABELS = { added: LABELS.Changes_Added, removed: LABELS.Changes_Removed, changed: LABELS.Changes_Changed };
const KIND_BADGES = {
  added: "slds-badge slds-theme_success",
  removed: "slds-badge slds-theme_error",
  changed: "slds-badge slds-theme_warning"
};
/** The line that names a record: not repeated above its own word-by-word change. */
const NAMING_FIELDS = { need: "verbatim", initiative: "title", commitment: "description" };
const RECORD_LABELS = {
  need: LABELS.Changes_Need,
  initiative: LABELS.Changes_Initiative,
  commitment: LABELS.Changes_Commitment
};

function shownValue(field, value) {
  if (value === "") return LABELS.Common_NotSet;
  return VALUE_OPTIONS[field] ? labelOf(VALUE_OPTIONS[field], value) : value;
}

function describeField(change, index) {
  const words = change.words
    ? change.words.map((part, partIndex) => ({
        key: `${index}-${partIndex}`,
        text: part.text,
        isSame: part.op === "same",
        isAdded: part.op === "added",
        isRemoved: part.op === "removed"
      }))
    : null;
  return {
    key: `${change.field}-${index}`,
    label: FIELD_LABELS[change.field] || change.field,
    words,
    before: shownValue(change.field, change.before),
    after: shownValue(change.field, change.after)
  };
}

/**
 * "Changed since version N, which <customer> signed / last saw": the plan's current content compared with the
 * version the customer signed (else the one last shared with them), word by word. The server keeps every shared
 * version's canonical text (AccordPlanVersionController.getVersions); the difference is computed here by
 * accordCore (versionChanges). Renders nothing while there is nothing to compare with.
 */
export default class AccordVersionChanges extends LightningElement {
  @api
  get plan() {
    return this._plan;
  }
  set plan(value) {
    this._plan = value;
    const key = value && value.id ? `${value.id}|${value.version}|${value.contentHash}|${value.status}` : null;
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      this.load();
    }
  }

  labels = LABELS;
  _plan;
  loadedKey = null;
  versions = [];
  loading = false;
  error = null;

  async load() {
    const plan = this._plan;
    if (!plan || !plan.id) {
      this.versions = [];
      return;
    }
    this.loading = true;
    this.error = null;
    try {
      const versions = await getVersions({ planId: plan.id });
      // A version too long for the text field keeps only its hash: it cannot be compared word for word.
      if (plan === this._plan) this.versions = versions || [];
    } catch (error) {
      if (plan === this._plan) this.error = formatLabel(LABELS.Changes_LoadError, parseApexError(error).message);
    } finally {
      if (plan === this._plan) this.loading = false;
    }
  }

  get baseline() {
    if (!this._plan || this.versions.length === 0) return null;
    try {
      return changesBaseline(this._plan, this.versions);
    } catch {
      return null;
    }
  }

  get comparison() {
    const baseline = this.baseline;
    if (!baseline || !baseline.version.canonicalText) return null;
    try {
      return versionChanges(baseline.version.canonicalText, canonicalPlanText(this._plan));
    } catch {
      return null;
    }
  }

  get hasBaseline() {
    return Boolean(this.baseline) && !this.loading;
  }
  get heading() {
    const baseline = this.baseline;
    if (!baseline) return "";
    return baseline.reason === "signed"
      ? formatLabel(LABELS.Changes_SinceSigned, baseline.version.version, baseline.signerName)
      : formatLabel(LABELS.Changes_SinceSeen, baseline.version.version, this._plan.accountName);
  }
  get notComparable() {
    const baseline = this.baseline;
    return baseline && !baseline.version.canonicalText
      ? formatLabel(LABELS.Changes_NotComparable, baseline.version.version)
      : null;
  }
  get noChanges() {
    const comparison = this.comparison;
    return comparison && comparison.count === 0
      ? formatLabel(LABELS.Changes_None, this.baseline.version.version)
      : null;
  }

  /** One entry per changed record, the plan's own lines first; each with its badge and its changed fields. */
  get entries() {
    const comparison = this.comparison;
    if (!comparison) return [];
    const entries = [];
    if (comparison.plan.length > 0) {
      entries.push({
        key: "plan",
        kindLabel: KIND_LABELS.changed,
        badgeClass: KIND_BADGES.changed,
        recordLabel: LABELS.Changes_Plan,
        text: "",
        initiative: null,
        fields: comparison.plan.map(describeField),
        dataKind: "changed"
      });
    }
    for (const change of comparison.records) {
      entries.push({
        key: `${change.record}-${change.key}`,
        kindLabel: KIND_LABELS[change.kind],
        badgeClass: KIND_BADGES[change.kind],
        recordLabel: RECORD_LABELS[change.record],
        text: change.fields.some((field) => field.field === NAMING_FIELDS[change.record]) ? "" : change.text,
        initiative: change.initiative,
        fields: change.fields.map(describeField),
        dataKind: change.kind
      });
    }
    return entries;
  }
  get hasEntries() {
    return this.entries.length > 0;
  }
}
