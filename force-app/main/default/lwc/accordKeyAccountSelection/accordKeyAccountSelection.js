import { api } from "lwc";
import getWorkspace from "@salesforce/apex/AccordPlanController.getWorkspace";
import getConfiguration from "@salesforce/apex/AccordConfigurationController.getConfiguration";
import getSelectionRatings from "@salesforce/apex/AccordPriorityController.getSelectionRatings";
import saveSelectionRatings from "@salesforce/apex/AccordSelectionController.saveSelectionRatings";
import { computeKeyAccountPriority } from "c/accordCore";
import { LABELS, formatLabel } from "c/accordLabels";
import { parseApexError } from "c/accordApexError";
import AccordRecordCard from "c/accordRecordCard";

const RATING_OPTIONS = [1, 2, 3, 4, 5].map((n) => ({ label: String(n), value: String(n) }));
const SOURCE_LABELS = { Archetype: () => LABELS.Console_Level_Archetype, Global: () => LABELS.Console_Level_Global };

/**
 * Key-account selection on the Account page: each selection criterion rated 1-5 with a rationale, the priority
 * score and tier recomputed as the ratings change (computeKeyAccountPriority, the rule the server stores), with
 * each criterion's weight (the archetype's or the global one) and its part of the score. Internal: nothing
 * renders in customer mode. Only KAM managers and admins may save (the server enforces it too).
 */
export default class AccordKeyAccountSelection extends AccordRecordCard {
  @api
  get recordId() {
    return this.shownRecordId;
  }
  set recordId(value) {
    this.showRecord(value);
  }
  stateTexts = { loadingText: LABELS.Selection_Loading };
  notice = null;
  saveError = null;
  isSaving = false;
  configuration = null;
  account = null;
  permissions = {};
  /** criterion code → { rating: number | null, rationale: string } */
  draft = {};
  saved = {};

  request(recordId) {
    return Promise.all([
      getWorkspace({ accountId: recordId }),
      getConfiguration(),
      getSelectionRatings({ accountId: recordId })
    ]);
  }

  receive(answer) {
    if (!answer) return;
    const [workspace, configuration, ratings] = answer;
    this.account = workspace.account;
    this.permissions = workspace.permissions || {};
    this.configuration = configuration;
    this.setRatings(ratings);
  }

  setRatings(ratings) {
    const byCode = {};
    for (const r of ratings) byCode[r.criterion] = { rating: r.rating, rationale: r.rationale || "" };
    this.saved = byCode;
    this.draft = { ...byCode };
  }

  get isReady() {
    return !this.isLoading && !this.error && this.configuration !== null;
  }
  get editable() {
    return Boolean(this.permissions.isPlanManager || this.permissions.canConfigure);
  }
  get readOnly() {
    return !this.editable;
  }

  get archetype() {
    const config = this.configuration;
    const country = config.countries.find((c) => c.countryCode === (this.account && this.account.countryCode));
    return (country && config.archetypes.find((a) => a.code === country.archetypeCode)) || null;
  }

  get priority() {
    const ratings = Object.entries(this.draft)
      .filter(([, value]) => value.rating !== null)
      .map(([criterion, value]) => ({ criterion, rating: value.rating, rationale: value.rationale || null }));
    return computeKeyAccountPriority(ratings, this.configuration.criteria, this.configuration.settings, this.archetype);
  }

  get scoreText() {
    const score = this.priority.score;
    return score === null ? LABELS.Selection_NotScored : String(score);
  }
  get tierText() {
    return this.priority.tier || LABELS.Selection_NotScored;
  }
  get coverageText() {
    const covered = this.priority.weightCovered;
    return covered === null ? "" : formatLabel(LABELS.Selection_Coverage, covered);
  }

  get rows() {
    return this.priority.criteria.map((part) => {
      const draft = this.draft[part.code] || { rating: null, rationale: "" };
      const source = SOURCE_LABELS[part.weightSource] ? SOURCE_LABELS[part.weightSource]() : part.weightSource;
      return {
        code: part.code,
        label: part.label,
        weightText: formatLabel(LABELS.Selection_Weight, part.weight, source),
        partText:
          part.contribution === null ? LABELS.Selection_Unrated : formatLabel(LABELS.Selection_Part, part.contribution),
        ratingLabel: formatLabel(LABELS.Selection_Rating, part.label),
        rationaleLabel: `${LABELS.Selection_Rationale}: ${part.label}`,
        value: draft.rating === null ? null : String(draft.rating),
        rationale: draft.rationale
      };
    });
  }
  get ratingOptions() {
    return RATING_OPTIONS;
  }

  handleRating(event) {
    const code = event.target.dataset.code;
    const current = this.draft[code] || { rating: null, rationale: "" };
    this.draft = { ...this.draft, [code]: { ...current, rating: Number(event.detail.value) } };
    this.notice = null;
  }

  handleRationale(event) {
    const code = event.target.dataset.code;
    const current = this.draft[code] || { rating: null, rationale: "" };
    this.draft = { ...this.draft, [code]: { ...current, rationale: event.detail.value } };
    this.notice = null;
  }

  get saveDisabled() {
    return this.isSaving;
  }

  async handleSave() {
    // A rationale beyond its field's length shows its message and nothing is sent (c-accord-text-field).
    if (![...this.template.querySelectorAll("c-accord-text-field")].every((field) => field.reportLimit())) return;
    const codes = new Set([...Object.keys(this.draft), ...Object.keys(this.saved)]);
    const ratings = [...codes].map((criterion) => {
      const value = this.draft[criterion] || { rating: null, rationale: "" };
      return { criterion, rating: value.rating, rationale: value.rationale ? value.rationale : null };
    });
    this.isSaving = true;
    this.saveError = null;
    try {
      const stored = await saveSelectionRatings({ accountId: this.recordId, ratingsJson: JSON.stringify(ratings) });
      this.setRatings(stored);
      this.error = null;
      this.notice = LABELS.Selection_Saved;
    } catch (error) {
      this.notice = null;
      this.saveError = parseApexError(error).message;
    }
    this.isSaving = false;
  }
}
