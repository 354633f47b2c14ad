import { api } from "lwc";
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
import AccordRecordCard from "c/accordRecordCard";
import { countryName } from "c/accordCountryName";

/**
 * The account's Accord figures at a glance (Account record page, desktop and mobile):
 * name, country, KAM tier, priority score and the customer's collaboration index.
 * All of it is internal: the card renders nothing in customer mode (the workspace's "Show to customer"
 * switch, heard through the Accord_Customer_Mode message) and nothing on paper (print stylesheet).
 */
export default class AccordAccountSummary extends AccordRecordCard {
  @api
  get recordId() {
    return this.shownRecordId;
  }
  set recordId(value) {
    this.showRecord(value);
  }
  @api objectApiName;

  labels = {
    title: titleLabel,
    empty: emptyLabel,
    name: nameLabel,
    country: countryLabel,
    tier: tierLabel,
    priority: priorityLabel,
    collaboration: collaborationLabel,
    notScored: notScoredLabel
  };

  stateTexts = { loadingText: loadingLabel, errorTitle: errorTitleLabel, retryLabel };
  account = null;

  request(recordId) {
    return getWorkspace({ accountId: recordId });
  }

  receive(workspace) {
    this.account = workspace ? workspace.account : null;
  }

  get loadErrorText() {
    return unknownErrorLabel;
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
