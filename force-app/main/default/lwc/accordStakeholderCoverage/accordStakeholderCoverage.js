import { api } from "lwc";
import getStakeholderMap from "@salesforce/apex/AccordStakeholderController.getStakeholderMap";
import { APPLICATION_SCOPE, subscribe, unsubscribe } from "lightning/messageService";
import STAKEHOLDERS_CHANGED from "@salesforce/messageChannel/Accord_Stakeholders_Changed__c";
import { LABELS } from "c/accordLabels";
import AccordRecordCard from "c/accordRecordCard";
import { STAKEHOLDER_CARD_TEXTS, findingAction, roleLabel } from "c/accordStakeholderView";

/**
 * Stakeholder coverage of an account (Account record page): the required roles of its country's archetype covered or
 * missing, influence-weighted relationship strength, key-person risk, and each finding as the action that fixes it
 * (computed on the server by AccordStakeholderCoverage, the Apex twin of src/core). Reloads when the stakeholder map
 * saves a stakeholder of the same account (message channel Accord_Stakeholders_Changed); hidden while the screen faces the
 * customer (customer mode): influence, stance and coverage are internal.
 */
export default class AccordStakeholderCoverage extends AccordRecordCard {
  @api
  get recordId() {
    return this.shownRecordId;
  }
  set recordId(value) {
    this.showRecord(value);
  }
  stateTexts = STAKEHOLDER_CARD_TEXTS;
  coverage = null;
  requiredRoles = [];
  subscription = null;

  connectedCallback() {
    super.connectedCallback();
    this.subscription = subscribe(
      this.messageContext,
      STAKEHOLDERS_CHANGED,
      (message) => {
        if (message && message.accountId === this.recordId) this.load();
      },
      { scope: APPLICATION_SCOPE }
    );
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    unsubscribe(this.subscription);
    this.subscription = null;
  }

  request(recordId) {
    return getStakeholderMap({ accountId: recordId });
  }

  receive(map) {
    this.coverage = map ? map.coverage : null;
    if (map) this.requiredRoles = map.requiredRoles || [];
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
