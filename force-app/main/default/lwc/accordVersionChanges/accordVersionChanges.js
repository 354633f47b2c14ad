import { LightningElement, api } from "lwc";
import getVersions from "@salesforce/apex/AccordPlanVersionController.getVersions";
import { canonicalPlanText, changesBaseline, formatDatePattern, versionChanges } from "c/accordCore";
import { parseApexError } from "c/accordApexError";
import { LABELS, formatLabel } from "c/accordLabels";
import { labelNameOf } from "c/accordPlanView";

/**
 * Field names of the canonical text → the names of their labels (the same words the workspace's forms use), read
 * from `doc`: the user's language in share and sign, the plan's in the customer document.
 */
const FIELD_LABELS = {
  periodStart: "Changes_PeriodStart",
  periodEnd: "Changes_PeriodEnd",
  customerGoals: "Goals_Label",
  verbatim: "Need_Verbatim",
  theme: "Need_Theme",
  raisedBy: "Need_RaisedBy",
  customerPriority: "Need_Priority",
  decision: "Need_Decision",
  decisionRationale: "Need_Rationale",
  initiativeKey: "Need_Initiative",
  title: "Initiative_Title",
  successMeasure: "Initiative_SuccessMeasure",
  targetDate: "Initiative_TargetDate",
  party: "Changes_Party",
  description: "Commitment_Description",
  owner: "Commitment_Owner",
  dueDate: "Commitment_DueDate"
};
/** Values that are codes: shown by the label of their value set (label prefix). */
const VALUE_PREFIXES = { decision: "Decision", theme: "Theme", party: "Party" };
const KIND_LABELS = { added: "Changes_Added", removed: "Changes_Removed", changed: "Changes_Changed" };
const KIND_BADGES = {
  added: "slds-badge slds-theme_success",
  removed: "slds-badge slds-theme_error",
  changed: "slds-badge slds-theme_warning"
};
/** The line that names a record: not repeated above its own word-by-word change. */
const NAMING_FIELDS = { need: "verbatim", initiative: "title", commitment: "description" };
const RECORD_LABELS = {
  need: "Changes_Need",
  initiative: "Changes_Initiative",
  commitment: "Changes_Commitment"
};

/**
 * Versions fetched on this page by views that reuse them (reuseVersions), by plan, version, hash and status (a share
 * changes them): a second view of the same plan, the customer document's print copy, shows them in its first render.
 */
const versionsByKey = new Map();

/** Lines that hold dates (ISO in the canonical text): shown in the date pattern of `doc`'s language, as the PDF. */
const DATE_FIELDS = new Set(["periodStart", "periodEnd", "targetDate", "dueDate"]);

function shownValue(doc, field, value) {
  if (value === "") return doc.Common_NotSet;
  if (DATE_FIELDS.has(field)) return formatDatePattern(value, doc.Doc_DateFormat) ?? value;
  return VALUE_PREFIXES[field] ? doc[labelNameOf(VALUE_PREFIXES[field], value)] || value : value;
}

function describeField(doc, change, index) {
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
    label: doc[FIELD_LABELS[change.field]] || change.field,
    words,
    before: shownValue(doc, change.field, change.before),
    after: shownValue(doc, change.field, change.after)
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

  /** The labels it reads: the user's (share and sign), or the plan's language in the customer document. */
  @api doc = LABELS;
  /**
   * Reuse versions another view of this plan fetched on this page (the customer document and its print copy); set it
   * before `plan` in the markup, since `plan` loads.
   */
  @api reuseVersions = false;
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
    const key = this.loadedKey;
    this.error = null;
    if (this.reuseVersions && versionsByKey.has(key)) {
      this.versions = versionsByKey.get(key);
      return;
    }
    this.loading = true;
    try {
      const versions = (await getVersions({ planId: plan.id })) || [];
      versionsByKey.set(key, versions);
      // A version too long for the text field keeps only its hash: it cannot be compared word for word.
      if (plan === this._plan) this.versions = versions;
    } catch (error) {
      if (plan === this._plan) this.error = formatLabel(this.doc.Changes_LoadError, parseApexError(error).message);
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

  /** Tells the page which version the changes are counted from: `{reason: "signed" | "seen"}`, or null. */
  notifyBaseline() {
    const baseline = this.loading ? null : this.baseline;
    const reason = baseline ? baseline.reason : null;
    if (reason === this._notifiedReason) return;
    this._notifiedReason = reason;
    this.dispatchEvent(new CustomEvent("baseline", { detail: { reason } }));
  }

  renderedCallback() {
    this.notifyBaseline();
  }
  get heading() {
    const baseline = this.baseline;
    if (!baseline) return "";
    return baseline.reason === "signed"
      ? formatLabel(this.doc.Changes_SinceSigned, baseline.version.version, baseline.signerName)
      : formatLabel(this.doc.Changes_SinceSeen, baseline.version.version, this._plan.accountName);
  }
  get notComparable() {
    const baseline = this.baseline;
    return baseline && !baseline.version.canonicalText
      ? formatLabel(this.doc.Changes_NotComparable, baseline.version.version)
      : null;
  }
  get noChanges() {
    const comparison = this.comparison;
    return comparison && comparison.count === 0
      ? formatLabel(this.doc.Changes_None, this.baseline.version.version)
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
        kindLabel: this.doc[KIND_LABELS.changed],
        badgeClass: KIND_BADGES.changed,
        recordLabel: this.doc.Changes_Plan,
        text: "",
        initiative: null,
        fields: comparison.plan.map((change, index) => describeField(this.doc, change, index)),
        dataKind: "changed"
      });
    }
    for (const change of comparison.records) {
      entries.push({
        key: `${change.record}-${change.key}`,
        kindLabel: this.doc[KIND_LABELS[change.kind]],
        badgeClass: KIND_BADGES[change.kind],
        recordLabel: this.doc[RECORD_LABELS[change.record]],
        text: change.fields.some((field) => field.field === NAMING_FIELDS[change.record]) ? "" : change.text,
        initiative: change.initiative,
        fields: change.fields.map((field, index) => describeField(this.doc, field, index)),
        dataKind: change.kind
      });
    }
    return entries;
  }
  get hasEntries() {
    return this.entries.length > 0;
  }
}
