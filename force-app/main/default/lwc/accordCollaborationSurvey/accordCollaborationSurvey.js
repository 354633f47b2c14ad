import { LightningElement, api, wire } from "lwc";
import { MessageContext } from "lightning/messageService";
import getSurvey from "@salesforce/apex/AccordCollaborationController.getSurvey";
import saveAssessment from "@salesforce/apex/AccordCollaborationController.saveAssessment";
import FORM_FACTOR from "@salesforce/client/formFactor";
import { LABELS, formatLabel } from "c/accordLabels";
import { RESPONDENT_FUNCTIONS } from "c/accordCore";
import { parseApexError } from "c/accordApexError";
import { isCustomerMode, onCustomerMode, stopCustomerMode } from "c/accordCustomerMode";
import { labelsIn } from "c/accordScreenLabels";
import { dimensionLabel, dimensionHelp, functionLabel } from "./names";

const CUSTOMER = "Customer";
const INTERNAL = "Internal";
const NOT_APPLICABLE = "NA";
const SCALE = ["1", "2", "3", "4", "5"];

/**
 * The collaboration survey of an account (Account record page, desktop, tablet and phone): one assessment per
 * respondent and period. A customer respondent is a Contact of the account (entered with them in a meeting or
 * typed from a returned form), an internal respondent a colleague and their function. Every configured dimension
 * the respondent's side rates is one question: 1-5 with the scale's words or N/A, and a comment; an overall
 * comment closes it. Dimension codes come only from the server's configuration, so the UI cannot send an unknown
 * one. In customer mode (the screen faces the customer) only the customer part shows.
 */
export default class AccordCollaborationSurvey extends LightningElement {
  @api recordId;
  @wire(MessageContext) messageContext;

  /** The survey's labels in the plan's language, for customer mode (null: the user's own). */
  customerLabels = null;
  _customerLanguage = null;
  survey = null;
  isLoading = false;
  loadError = null;
  isSaving = false;
  error = null;
  duplicateId = null;
  notice = null;
  customerMode = false;
  form = emptyForm(CUSTOMER);

  connectedCallback() {
    this.customerMode = isCustomerMode();
    this._subscription = onCustomerMode(this.messageContext, (on) => {
      this.customerMode = on;
      if (on && this.form.respondentType !== CUSTOMER) this.form = emptyForm(CUSTOMER);
      this.loadCustomerLabels();
    });
    this.load();
  }

  disconnectedCallback() {
    stopCustomerMode(this._subscription);
    this._subscription = null;
  }

  async load() {
    if (!this.recordId) return;
    this.isLoading = true;
    this.loadError = null;
    try {
      this.survey = await getSurvey({ accountId: this.recordId });
      this.loadCustomerLabels();
    } catch (error) {
      this.survey = null;
      this.loadError = parseApexError(error).message || LABELS.Survey_LoadError;
    } finally {
      this.isLoading = false;
    }
  }

  /** The customer reads the survey in the plan's language: the user's labels, or the plan language's in customer mode. */
  get labels() {
    return this.customerMode && this.customerLabels ? this.customerLabels : LABELS;
  }

  /** In customer mode, takes the survey's labels in the plan's language (c/accordScreenLabels labelsIn: none to load in the user's own). */
  async loadCustomerLabels() {
    const language = this.survey && this.survey.planLanguage;
    if (!this.customerMode || !language || language === this._customerLanguage) return;
    this._customerLanguage = language;
    const names = Object.keys(LABELS).filter(
      (name) =>
        name.startsWith("Survey_") ||
        ["Common_CharCount", "Common_TooLong"].includes(name) ||
        this.survey.dimensions.some((d) => name === `Dimension_${d.code}` || name === `DimensionHelp_${d.code}`)
    );
    try {
      const labels = await labelsIn(language, names);
      if (this._customerLanguage === language) this.customerLabels = labels;
    } catch {
      // The user's own labels stay: the survey still works, in the user's language.
      this._customerLanguage = null;
    }
  }

  /** The language the server's refusals read in: the plan's in customer mode (as the survey), else the user's. */
  get refusalLanguage() {
    return this.customerMode && this.survey ? this.survey.planLanguage : null;
  }

  get isLarge() {
    return FORM_FACTOR === "Large";
  }

  get radioType() {
    // Six buttons in a row do not fit a phone: there the scale is a list.
    return this.isLarge ? "button" : "radio";
  }

  get hasSurvey() {
    return !this.isLoading && Boolean(this.survey);
  }

  get isCustomer() {
    return this.form.respondentType === CUSTOMER;
  }

  get showTypeChoice() {
    return !this.customerMode;
  }

  get typeOptions() {
    return [
      { label: this.labels.Survey_Customer, value: CUSTOMER },
      { label: this.labels.Survey_Internal, value: INTERNAL }
    ];
  }

  get contactOptions() {
    return (this.survey ? this.survey.contacts : []).map((c) => ({ label: c.name, value: c.id }));
  }

  get hasContacts() {
    return this.contactOptions.length > 0;
  }

  get colleagueOptions() {
    return (this.survey ? this.survey.colleagues : []).map((c) => ({ label: c.name, value: c.id }));
  }

  get functionOptions() {
    return RESPONDENT_FUNCTIONS.map((value) => ({ label: functionLabel(value), value }));
  }

  get scaleOptions() {
    return [
      ...SCALE.map((value) => ({ label: this.labels[`Survey_Scale_${value}`], value })),
      { label: this.labels.Survey_NotApplicable, value: NOT_APPLICABLE }
    ];
  }

  /** The dimensions the respondent's side rates, in the configured order, with the answer so far. */
  get questions() {
    if (!this.survey) return [];
    const side = this.form.respondentType;
    return this.survey.dimensions
      .filter((d) => d.audience === "Both" || d.audience === side)
      .map((d) => {
        const answer = this.form.ratings[d.code] || {};
        const label = dimensionLabel(d, this.labels);
        return {
          code: d.code,
          label,
          help: dimensionHelp(d, this.labels),
          ratingLabel: formatLabel(this.labels.Survey_RatingOf, label),
          value: answer.value || null,
          comment: answer.comment || ""
        };
      });
  }

  /** The period's assessments; hidden in customer mode (it names other respondents and internal views). */
  get existing() {
    if (!this.survey || this.customerMode) return [];
    return this.survey.assessments.map((a) => {
      const detail = a.respondentType === INTERNAL ? functionLabel(a.function) : LABELS.Survey_Customer;
      // A respondent removed since (a deleted contact) leaves the assessment anonymous: its side names it.
      const name = a.respondentName || detail;
      return {
        id: a.id,
        name,
        detail: a.respondentName ? detail : "",
        status: a.submittedOn ? LABELS.Survey_Done : LABELS.Survey_Draft,
        editLabel: formatLabel(LABELS.Survey_Edit, name),
        isEditing: a.id === this.form.id
      };
    });
  }

  get hasExisting() {
    return this.existing.length > 0;
  }

  get submitDisabled() {
    return this.isSaving;
  }

  handleType(event) {
    this.form = emptyForm(event.detail.value);
    this.clearMessages();
  }

  handleRespondent(event) {
    this.form = { ...this.form, respondentId: event.detail.value };
    this.clearMessages();
  }

  handleFunction(event) {
    this.form = { ...this.form, function: event.detail.value };
  }

  handleRating(event) {
    this.answer(event.target.dataset.code, { value: event.detail.value });
  }

  handleDimensionComment(event) {
    this.answer(event.target.dataset.code, { comment: event.detail.value });
  }

  handleComment(event) {
    this.form = { ...this.form, comment: event.detail.value };
  }

  answer(code, change) {
    this.form = {
      ...this.form,
      ratings: { ...this.form.ratings, [code]: { ...(this.form.ratings[code] || {}), ...change } }
    };
  }

  handleNew() {
    this.form = emptyForm(this.customerMode ? CUSTOMER : this.form.respondentType);
    this.clearMessages();
  }

  handleEdit(event) {
    this.edit(event.target.dataset.assessmentId);
  }

  handleEditExisting() {
    this.edit(this.duplicateId);
  }

  /** Loads a stored assessment of the period into the form. */
  edit(assessmentId) {
    const stored = this.survey && this.survey.assessments.find((a) => a.id === assessmentId);
    if (!stored) return;
    const ratings = {};
    for (const r of stored.ratings) {
      ratings[r.dimension] = { value: r.score === null ? NOT_APPLICABLE : String(r.score), comment: r.comment || "" };
    }
    this.form = {
      id: stored.id,
      respondentType: stored.respondentType,
      respondentId: stored.respondentId,
      function: stored.function,
      comment: stored.comment || "",
      ratings
    };
    this.clearMessages();
  }

  handleSaveDraft() {
    this.save(false);
  }

  handleSubmit() {
    this.save(true);
  }

  async save(submit) {
    this.clearMessages();
    // A comment beyond its field's length shows its message and nothing is sent (c-accord-text-field).
    if (![...this.template.querySelectorAll("c-accord-text-field")].every((field) => field.reportLimit())) return;
    const problem = this.check(submit);
    if (problem) {
      this.error = problem;
      return;
    }
    this.isSaving = true;
    try {
      await saveAssessment({ assessmentJson: JSON.stringify(this.draft()), submit, language: this.refusalLanguage });
      this.notice = submit ? this.labels.Survey_Submitted : this.labels.Survey_Saved;
      this.form = emptyForm(this.form.respondentType);
      await this.load();
    } catch (error) {
      const parsed = parseApexError(error);
      this.error = parsed.message || this.labels.Survey_SaveError;
      if (parsed.code === "DUPLICATE_ASSESSMENT" && parsed.recordKey) this.duplicateId = parsed.recordKey;
    } finally {
      this.isSaving = false;
    }
  }

  /** What the form lacks, said before a round trip (the server checks it all again). */
  check(submit) {
    if (!this.form.respondentId) return this.labels.Survey_RespondentRequired;
    if (!this.isCustomer && !this.form.function) return LABELS.Survey_FunctionRequired;
    if (submit && !this.questions.some((q) => q.value && q.value !== NOT_APPLICABLE)) {
      return this.labels.Survey_RatingRequired;
    }
    return null;
  }

  /** The CollaborationDraftDto the server reads: only the questions shown, N/A kept when commented. */
  draft() {
    const ratings = this.questions
      .filter((q) => (q.value && q.value !== NOT_APPLICABLE) || q.comment.trim() !== "")
      .map((q) => ({
        dimension: q.code,
        score: q.value && q.value !== NOT_APPLICABLE ? Number(q.value) : null,
        comment: q.comment.trim() === "" ? null : q.comment
      }));
    return {
      id: this.form.id,
      accountId: this.recordId,
      period: this.survey.period,
      respondentType: this.form.respondentType,
      respondentId: this.form.respondentId,
      respondentName: null,
      function: this.isCustomer ? null : this.form.function,
      comment: this.form.comment.trim() === "" ? null : this.form.comment,
      submittedOn: null,
      ratings
    };
  }

  clearMessages() {
    this.error = null;
    this.notice = null;
    this.duplicateId = null;
  }

  get canEditExisting() {
    return (
      Boolean(this.duplicateId) &&
      Boolean(this.survey && this.survey.assessments.some((a) => a.id === this.duplicateId))
    );
  }

  get periodText() {
    return this.survey ? this.survey.period : "";
  }
}

function emptyForm(respondentType) {
  return { id: null, respondentType, respondentId: null, function: null, comment: "", ratings: {} };
}
