import { LightningElement, api, wire } from "lwc";
import { MessageContext } from "lightning/messageService";
import getWorkspace from "@salesforce/apex/AccordPlanController.getWorkspace";
import LANG from "@salesforce/i18n/lang";
import titleLabel from "@salesforce/label/c.Accord_AccountSummary_Title";
import loadingLabel from "@salesforce/label/c.Accord_AccountSummary_Loading";
import emptyLabel from "@salesforce/label/c.Accord_AccountSummary_Empty";
import errorTitleLabel from "@salesforce/label/c.Accord_AccountSummary_ErrorTitle";
import unknownErrorLabel from "@salesforce/label/c.Accord_AccountSummary_UnknownError";
import retryLabel from "@salesforce/label/c.Accord_AccountSummary_Retry";
import nameLabel from "@salesforce/label/c.Accord_AccountSummary_Name";
import countryLabel from "@salesforce/label/c.Accord_AccountSummary_Country";
import tierLabel from "@salesforce/label/c.Accord_AccountSummary_Tier";
import priorityLabel from "@salesforce/label/c.Accord_AccountSummary_Priority";
import collaborationLabel from "@salesforce/label/c.Accord_AccountSummary_Collaboration";
import notScoredLabel from "@salesforce/label/c.Accord_AccountSummary_NotScored";
import { parseApexError } from "c/accordApexError";
import { isCustomerMode, onCustomerMode, stopCustomerMode } from "c/accordCustomerMode";
import { countryName } from "c/accordCountryName";

/**
 * The account's Accord figures at a glance (Account record page, desktop and mobile):
 * name, country, KAM tier, priority score and the customer's collaboration index.
 * All of it is internal: the card renders nothing in customer mode (the workspace's "Show to customer"
 * switch, heard through the Accord_Customer_Mode message) and nothing on paper (print stylesheet).
 */
export default class AccordAccountSummary extends LightningElement {
  @api objectApiName;

  labels = {
    title: titleLabel,
    loading: loadingLabel,
    empty: emptyLabel,
    errorTitle: errorTitleLabel,
    retry: retryLabel,
    name: nameLabel,
    country: countryLabel,
    tier: tierLabel,
    priority: priorityLabel,
    collaboration: collaborationLabel,
    notScored: notScoredLabel
  };

  @wire(MessageContext) messageContext;

  account = null;
  error = null;
  customerMode = false;
  isLoading = false;
  _recordId;
  _requestId = 0;

  @api
  get recordId() {
    return this._recordId;
  }
  set recordId(value) {
    this._recordId = value;
    if (this._connected) this.load();
  }

  connectedCallback() {
    this._connected = true;
    this.customerMode = isCustomerMode();
    this._customerModeSubscription = onCustomerMode(this.messageContext, (on) => {
      this.customerMode = on;
    });
    this.load();
  }

  disconnectedCallback() {
    this._connected = false;
    stopCustomerMode(this._customerModeSubscription);
    this._customerModeSubscription = null;
  }

  get showsCard() {
    return !this.customerMode;
  }

  /** Loads the summary; a newer request wins when the record changes while one is running. */
  async load() {
    const requestId = ++this._requestId;
    this.error = null;
    if (!this._recordId) {
      this.account = null;
      this.isLoading = false;
      return;
    }
    this.isLoading = true;
    try {
      const workspace = await getWorkspace({ accountId: this._recordId });
      if (requestId !== this._requestId) return;
      this.account = workspace ? workspace.account : null;
    } catch (error) {
      if (requestId !== this._requestId) return;
      this.account = null;
      this.error = parseApexError(error).message || unknownErrorLabel;
    } finally {
      if (requestId === this._requestId) this.isLoading = false;
    }
  }

  handleRetry() {
    this.load();
  }

  get hasError() {
    return !this.isLoading && Boolean(this.error);
  }

  get isEmpty() {
    return !this.isLoading && !this.error && !this.account;
  }

  get hasAccount() {
    return !this.isLoading && !this.error && Boolean(this.account);
  }

  get countryText() {
    return countryName(this.account.countryCode, LANG) || notScoredLabel;
  }

  get tierText() {
    return this.account.tier || notScoredLabel;
  }

  get hasPriority() {
    return typeof this.account.priorityScore === "number";
  }

  get hasCollaboration() {
    return typeof this.account.collaborationIndex === "number";
  }
}
