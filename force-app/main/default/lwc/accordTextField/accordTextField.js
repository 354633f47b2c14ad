import { LightningElement, api } from "lwc";
import { TEXT_FIELD_LENGTHS } from "c/accordCore";
import { textLimit } from "c/accordPlanView";
import { followScreen, stopFollowingScreen } from "c/accordScreenLabels";

/**
 * Every text input of Accord: a lightning-textarea (or, with type="text", a lightning-input) with its limit and a
 * character counter under it ("1,024 / 32,768 characters"). A longer text (a paste) is refused with the numbers on
 * the input, never cut: no maxlength, which would make the browser drop the rest silently. The limit is the length of
 * the field it edits (`field`, "Object__c.Field__c", from TEXT_FIELD_LENGTHS, which follows the field metadata), or
 * `max` where the length comes from elsewhere (the configuration types). The parent keeps the text: `change` carries
 * it in detail.value, as the base inputs do, and before sending the parent asks `reportLimit()`.
 * The counter and the refusal read in the screen's language (c/accordScreenLabels): the plan's in customer mode.
 */
export default class AccordTextField extends LightningElement {
  @api label;
  @api variant;
  @api fieldLevelHelp;
  /** A short hint shown under the input, always visible (how to use it: keys, format), beside the counter. */
  @api hint;
  @api placeholder;
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

  get isSingleLine() {
    return this.type === "text";
  }

  get limit() {
    const max = this.max;
    if (max === null) return { counter: "", tooLong: false, message: "" };
    if (this.labels) return textLimit(this._value, max, this.labels);
    return this.shownLabels
      ? textLimit(this._value, max, this.shownLabels, this.shownLocale)
      : textLimit(this._value, max);
  }

  get showsFootnote() {
    return Boolean(this.hint) || this.showsCounter;
  }

  get showsCounter() {
    return !this.disabled && this.max !== null;
  }

  get input() {
    return this.template.querySelector('[data-id="input"]');
  }

  handleChange(event) {
    // The base input's event stops here: the parent hears one change, from this element, with the text.
    event.stopPropagation();
    this._value = event.detail && typeof event.detail.value === "string" ? event.detail.value : event.target.value;
    this.parentMessage = "";
    this.showMessage();
    this.dispatchEvent(new CustomEvent("change", { detail: { value: this._value } }));
  }

  handleBlur() {
    this.dispatchEvent(new CustomEvent("blur"));
  }

  /** The limit's message when the text is too long, else the parent's: on the input, as its own error. */
  showMessage() {
    const input = this.input;
    if (!input) return;
    input.setCustomValidity(this.limit.message || this.parentMessage);
    input.reportValidity();
  }

  /** Shows the limit's message when the text is too long; returns whether it fits (the parent sends nothing if not). */
  @api
  reportLimit() {
    this.showMessage();
    return !this.limit.tooLong;
  }

  @api
  setCustomValidity(message) {
    this.parentMessage = message || "";
    const input = this.input;
    if (input) input.setCustomValidity(this.limit.message || this.parentMessage);
  }

  @api
  reportValidity() {
    const input = this.input;
    const inputValid = input ? input.reportValidity() : true;
    return !this.limit.tooLong && this.parentMessage === "" && inputValid !== false;
  }

  @api
  checkValidity() {
    const input = this.input;
    const inputValid = input ? input.checkValidity() : true;
    return !this.limit.tooLong && this.parentMessage === "" && inputValid !== false;
  }

  @api
  focus() {
    const input = this.input;
    if (input) input.focus();
  }
}
