import { LightningElement, api } from "lwc";
import LANG from "@salesforce/i18n/lang";
import { LABELS } from "c/accordLabels";
import { LANGUAGES, today } from "c/accordPlanView";
import { planLanguageForCountry } from "c/accordCore";

/** The empty state: an account without a plan; starts the first plan (period start and language). */
export default class AccordPlanCreate extends LightningElement {
  @api canCreate = false;
  @api busy = false;
  /** { message } of a failed create, shown next to the button. */
  @api actionError = null;

  labels = LABELS;
  languageOptions = LANGUAGES;
  periodStart = today();
  planLanguage = AccordPlanCreate.defaultLanguage(LANG);
  _countryCode = null;
  _languageChosen = false;

  /** The account's country: the plan starts in its language (src/core planLanguageForCountry) until the user picks one. */
  @api
  get countryCode() {
    return this._countryCode;
  }
  set countryCode(value) {
    this._countryCode = value;
    if (!this._languageChosen) {
      this.planLanguage = planLanguageForCountry(value, AccordPlanCreate.defaultLanguage(LANG));
    }
  }

  static defaultLanguage(lang) {
    const code = (lang || "en").replace("-", "_");
    const exact = LANGUAGES.find((option) => option.value === code);
    if (exact) return exact.value;
    const base = LANGUAGES.find((option) => option.value === code.split("_")[0]);
    return base ? base.value : "en";
  }

  get cannotCreate() {
    return !this.canCreate;
  }

  handlePeriodChange(event) {
    this.periodStart = event.detail.value;
  }

  handleLanguageChange(event) {
    this._languageChosen = true;
    this.planLanguage = event.detail.value;
  }

  handleSubmit() {
    const input = this.template.querySelector('[data-id="period-start"]');
    if (!this.periodStart) {
      input.setCustomValidity(LABELS.Create_PeriodRequired);
      input.reportValidity();
      return;
    }
    input.setCustomValidity("");
    this.dispatchEvent(
      new CustomEvent("createplan", { detail: { periodStart: this.periodStart, planLanguage: this.planLanguage } })
    );
  }
}
