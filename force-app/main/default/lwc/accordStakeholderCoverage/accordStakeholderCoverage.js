import { LightningElement, api, wire } from "lwc";
import getStakeholderMap from "@salesforce/apex/AccordStakeholderController.getStakeholderMap";
import { APPLICATION_SCOPE, MessageContext, subscribe, unsubscribe } from "lightning/messageService";
import STAKEHOLDERS_CHANGED from "@salesforce/messageChannel/Accord_Stakeholders_Changed__c";
import { LABELS } from "c/accordLabels";
import { parseApexError } from "c/accordApexError";
import { isCustomerMode, onCustomerMode, stopCustomerMode } from "c/accordCustomerMode";
import { findingAction, roleLabel } from "c/accordStakeholderView";

/**
 * Stakeholder coverage of an account (Account record page): the required roles of its country's archetype covered or
 * missing, influence-weighted relationship strength, key-person risk, and each finding as the action that fixes it
 * (computed on the server by AccordStakeholderCoverage, the Apex twin of src/core). Reloads when the stakeholder map
 * saves a stakeholder of the same account (message channel Accord_Stakeholders_Changed).
 */
export default class AccordStakeholderCoverage extends LightningElement {
  labels = LABELS;
  coverage = null;
  requiredRoles = [];
  error = null;
  isLoading = false;
  _recordId;
  _requestId = 0;
  subscription = null;

  @wire(MessageContext) messageContext;

  @api
  get recordId() {
    return this._recordId;
  }
  set recordId(value) {
    this._recordId = value;
    if (this._connected) this.load();
  }

  /** Hidden while the screen faces the customer (customer mode): influence, stance and coverage are internal. */
  customerMode = false;

  get showsCard() {
    return !this.customerMode;
  }

  connectedCallback() {
    this._connected = true;
    this.customerMode = isCustomerMode();
    this._customerModeSubscription = onCustomerMode(this.messageContext, (on) => {
      this.customerMode = on;
    });
    this.subscription = subscribe(
      this.messageContext,
      STAKEHOLDERS_CHANGED,
      (message) => {
        if (message && message.accountId === this._recordId) this.load();
      },
      { scope: APPLICATION_SCOPE }
    );
    this.load();
  }

  disconnectedCallback() {
    this._connected = false;
    stopCustomerMode(this._customerModeSubscription);
    this._customerModeSubscription = null;
    unsubscribe(this.subscription);
    this.subscription = null;
  }

  async load() {
    const requestId = ++this._requestId;
    this.error = null;
    if (!this._recordId) {
      this.coverage = null;
      return;
    }
    this.isLoading = true;
    try {
      const map = await getStakeholderMap({ accountId: this._recordId });
      if (requestId !== this._requestId) return;
      this.coverage = map.coverage;
      this.requiredRoles = map.requiredRoles || [];
    } catch (error) {
      if (requestId !== this._requestId) return;
      this.coverage = null;
      this.error = parseApexError(error).message || LABELS.Workspace_UnknownError;
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

  get hasCoverage() {
    return !this.error && Boolean(this.coverage);
  }

  get roles() {
    const missing = new Set(this.coverage.missingRoles);
    return this.requiredRoles.map((code) => {
      const isMissing = missing.has(code);
      return {
        code,
        label: roleLabel(code),
        state: isMissing ? LABELS.Coverage_Missing : LABELS.Coverage_Covered,
        icon: isMissing ? "utility:warning" : "utility:success",
        className: isMissing ? "role role_missing" : "role role_covered"
      };
    });
  }

  get hasRequiredRoles() {
    return this.requiredRoles.length > 0;
  }

  get strengthText() {
    const value = this.coverage.relationshipStrength;
    return value === null || value === undefined ? "—" : `${value}`;
  }

  get keyPersonText() {
    return this.coverage.keyPersonRisk ? LABELS.Coverage_Yes : LABELS.Coverage_No;
  }

  get actions() {
    return this.coverage.findings.map((finding, index) => ({
      key: `${finding.code}-${finding.stakeholderId || finding.role || index}`,
      code: finding.code,
      text: findingAction(finding)
    }));
  }

  get hasActions() {
    return this.coverage.findings.length > 0;
  }
}
