import { LightningElement, api, wire } from "lwc";
import LANG from "@salesforce/i18n/lang";
import { MessageContext } from "lightning/messageService";
import getConfiguration from "@salesforce/apex/AccordConfigurationController.getConfiguration";
import { countryKamModel } from "c/accordCore";
import { LABELS, formatLabel } from "c/accordLabels";
import { isCustomerMode, onCustomerMode, stopCustomerMode } from "c/accordCustomerMode";
import { countryName } from "c/accordCountryName";

/**
 * Guidance on the Initiatives section from the account's country (countryKamModel): the country's pull-through
 * strategy, and for a country whose KAM readiness is "Not ready" what the light model asks for. Internal advice
 * for the company: nothing renders in customer mode, nor for a country without strategy on the full model.
 */
export default class AccordPullThroughGuidance extends LightningElement {
  @api countryCode;
  labels = LABELS;
  configuration = null;
  customerMode = false;

  @wire(MessageContext) messageContext;

  async connectedCallback() {
    this.customerMode = isCustomerMode();
    this._subscription = onCustomerMode(this.messageContext, (on) => {
      this.customerMode = on;
    });
    try {
      this.configuration = await getConfiguration();
    } catch {
      // Advice only: without the configuration the section shows no guidance rather than an error.
      this.configuration = null;
    }
  }

  disconnectedCallback() {
    stopCustomerMode(this._subscription);
  }

  get model() {
    if (!this.configuration || !this.countryCode || !/^[A-Za-z]{2}$/.test(this.countryCode)) return null;
    return countryKamModel(this.configuration, this.countryCode);
  }

  get shows() {
    const model = this.model;
    return !this.customerMode && model !== null && (model.pullThroughStrategy !== "" || model.model === "Light");
  }

  /** "Guidance for Japan (JP)": the country named in the user's language. */
  get title() {
    return formatLabel(LABELS.Guidance_Title, countryName(this.model.countryCode, LANG));
  }

  get lightText() {
    return this.model.model === "Light" ? formatLabel(LABELS.Guidance_Light, this.model.maxInitiatives) : null;
  }
}
