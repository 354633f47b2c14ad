import { LightningElement, api } from "lwc";
import { TEXT_FIELD_LENGTHS } from "c/accordCore";
import { textLimit } from "c/accordPlanView";
import { LABELS } from "c/accordLabels";
import { followScreen, stopFollowingScreen } from "c/accordScreenLabels";

/**
 * Every text input of Accord: the SLDS textarea (or, with type="text", the SLDS input), a native element labelled
 * in the SLDS form element, with its limit and a character counter under it ("1,024 / 32,768 characters"). A longer
 * text (a paste) is refused with the numbers under the input, never cut: no maxlength, which would make the browser
 * drop the rest silently. The limit is the length of the field it edits (`field`, "Object__c.Field__c", from
 * TEXT_FIELD_LENGTHS, which follows the field metadata), or `max` where the length comes from elsewhere (the
 * configuration types). The parent keeps the text: `change` carries it in detail.value at each keystroke, as the
 * base inputs do, and before sending the parent asks `reportLimit()`.
 * Native, not lightning-textarea: the base inputs' stylesheets were the largest part left of the workspace's first
 * render (npm run bench:ui). The message shows as theirs does: when the parent reports, while typing, on leaving.
 * The counter, the refusal and "Complete this field." read in the screen's language (c/accordScreenLabels).
 */
export default class AccordTextField extends LightningElement {
  @api label;
  @api variant;
  @api fieldLevelHelp;
  /** A short hint shown under the input, always visible (how to use it: keys, format), beside the counter. */
  @api hint;
  @api required = false;
  @api disabled = false;
  /** "textarea" (default) or "text" (one line). */
  @api type = "textarea";
  /** The field edited, Object__c.Field__c: its length is the limit. */
  @api field;
  /** Labels with Common_CharCount and Common_TooLong to use instead of the screen's (the survey's own). */
  @api labels;
  /** The screen's labels and number locale: the user's, or the plan language's while the customer looks. */
  shownLabels;
  shownLocale;

  _max;
  _value = "";
  /** A message the parent set (setCustomValidity: "complete this field"), shown while the text is unchanged. */
  parentMessage = "";
  /** The message under the input: the last one reported (reportValidity, reportLimit, a keystroke, leaving). */
  shownMessage = "";

  /** The limit given as a number, else the field's length; null for a field without one (tests/model prevents it). */
  @api
  get max() {
    if (this._max !== undefined && this._max !== null && this._max !== "") return Number(this._max);
    return TEXT_FIELD_LENGTHS[this.field] ?? null;
  }
  set max(value) {
    this._max = value;
  }

  @api
  get value() {
    return this._value;
  }
  set value(value) {
    this._value = value === null || value === undefined ? "" : String(value);
  }

  // Not ScreenFollower: `labels` is the parent's here, so the screen's go to shownLabels.
  connectedCallback() {
    this._screen = followScreen(({ labels, locale }) => {
      this.shownLabels = labels;
      this.shownLocale = locale;
    });
  }

  disconnectedCallback() {
    stopFollowingScreen(this._screen);
  }

  /** The input shows the value: set as a property (a textarea has no value attribute), also when the parent resets it. */
  renderedCallback() {
    const input = this.input;
    if (input && input.value !== this._value) input.value = this._value;
  }

  get isSingleLine() {
    return this.type === "text";
  }

  /** The labels it speaks: the parent's (the survey's own), else the screen's, else the user's. */
  get spokenLabels() {
    return this.labels || this.shownLabels || LABELS;
  }

  get limit() {
    const max = this.max;
    if (max === null) return { counter: "", tooLong: false, message: "" };
    // The screen's locale goes with the screen's labels; the parent's labels and the user's count in the user's.
    const locale = !this.labels && this.shownLabels ? this.shownLocale : undefined;
    return textLimit(this._value, max, this.spokenLabels, locale);
  }

  get showsFootnote() {
    return Boolean(this.hint) || this.showsCounter;
  }

  get showsCounter() {
    return !this.disabled && this.max !== null;
  }

  /** The id of the input shown, for its label (ids are unique per template, even across lwc:if branches). */
  get inputId() {
    return this.isSingleLine ? "line" : "text";
  }

  get formElementClass() {
    return this.shownMessage ? "slds-form-element slds-has-error" : "slds-form-element";
  }

  get labelClass() {
    return this.variant === "label-hidden" ? "slds-assistive-text" : "slds-form-element__label";
  }

  get ariaInvalid() {
    return this.shownMessage ? "true" : null;
  }

  /** The message, the hint and the counter describe the input to a screen reader. */
  get describedBy() {
    return ["message", this.hint ? "hint" : null, this.showsCounter ? "count" : null].filter(Boolean).join(" ");
  }

  /** What is wrong now, in order: the text is too long, the parent's message, a required text is empty. */
  get currentMessage() {
    const limit = this.limit.message;
    if (limit) return limit;
    if (this.parentMessage) return this.parentMessage;
    if (this.required && !this.disabled && this._value === "") {
      return this.spokenLabels.Common_Required || LABELS.Common_Required;
    }
    return "";
  }

  get input() {
    return this.template.querySelector('[data-id="input"]');
  }

  handleInput(event) {
    // The native event stops here: the parent hears one change, from this element, with the text.
    event.stopPropagation();
    this._value = event.target.value;
    this.parentMessage = "";
    this.showMessage();
    this.dispatchEvent(new CustomEvent("change", { detail: { value: this._value } }));
  }

  /** The native change (on leaving a changed field) was already told at each keystroke. */
  stopNativeChange(event) {
    event.stopPropagation();
  }

  handleBlur() {
    this.showMessage();
    this.dispatchEvent(new CustomEvent("blur"));
  }

  showMessage() {
    this.shownMessage = this.currentMessage;
    this.syncNativeValidity();
  }

  /** The native input's validity follows (its :invalid state, a form's checkValidity); the browser's bubble stays off. */
  syncNativeValidity() {
    const input = this.input;
    if (input) input.setCustomValidity(this.limit.message || this.parentMessage);
  }

  /** Shows what is wrong; returns whether the text fits its limit (the parent sends nothing if not). */
  @api
  reportLimit() {
    this.showMessage();
    return !this.limit.tooLong;
  }

  /** A message of the parent's ("" clears it), shown at the next report, as a base input's custom validity. */
  @api
  setCustomValidity(message) {
    this.parentMessage = message || "";
    this.syncNativeValidity();
  }

  @api
  reportValidity() {
    this.showMessage();
    return this.currentMessage === "";
  }

  @api
  checkValidity() {
    return this.currentMessage === "";
  }

  @api
  focus() {
    const input = this.input;
    if (input) input.focus();
  }
}
