import { api } from "lwc";
import getStakeholderMap from "@salesforce/apex/AccordStakeholderController.getStakeholderMap";
import saveStakeholder from "@salesforce/apex/AccordStakeholderController.saveStakeholder";
import FORM_FACTOR from "@salesforce/client/formFactor";
import { publish } from "lightning/messageService";
import STAKEHOLDERS_CHANGED from "@salesforce/messageChannel/Accord_Stakeholders_Changed__c";
import { ShowToastEvent } from "lightning/platformShowToastEvent";
import { LABELS } from "c/accordLabels";
import { parseApexError } from "c/accordApexError";
import AccordRecordCard from "c/accordRecordCard";
import { stakeholderIssues } from "c/accordCore";
import { STAKEHOLDER_CARD_TEXTS, issueMessage, peopleOf } from "c/accordStakeholderView";

const CHART = "chart";
const LIST = "list";

/**
 * The stakeholder map of an account (Account record page): who matters at this hospital, as an org chart from
 * Reports_To__c (desktop) or a filterable list (phone, and on request), the role profile of the selected person as
 * this country approaches the role, and adding or editing stakeholders in place. One server call loads everything
 * (AccordStakeholderController.getStakeholderMap); a save returns the new map, or the broken rule, nothing saved.
 * Hidden while the screen faces the customer (customer mode): influence, stance and coverage are internal.
 */
export default class AccordStakeholderMap extends AccordRecordCard {
  @api
  get recordId() {
    return this.shownRecordId;
  }
  set recordId(value) {
    this.showRecord(value);
  }
  map = null;
  people = [];
  stateTexts = STAKEHOLDER_CARD_TEXTS;
  view = FORM_FACTOR === "Small" ? LIST : CHART;
  selectedId = null;
  /** null: closed; { stakeholder: null } adds; { stakeholder: dto } edits. */
  form = null;
  saving = false;
  saveError = null;
  /** Why a manager set by dragging in the chart was not saved (a cycle, a refusal), or null. */
  moveError = null;

  request(recordId) {
    return getStakeholderMap({ accountId: recordId });
  }

  receive(map) {
    this.map = map;
    this.people = peopleOf(map);
    if (!this.people.some((p) => p.id === this.selectedId)) this.selectedId = null;
  }

  get isPhone() {
    return FORM_FACTOR === "Small";
  }

  get hasMap() {
    return !this.error && Boolean(this.map);
  }

  get isEmpty() {
    return this.hasMap && this.people.length === 0;
  }

  get hasPeople() {
    return this.hasMap && this.people.length > 0;
  }

  get canEdit() {
    return this.hasMap && this.map.canEdit === true;
  }

  get canAdd() {
    return this.canEdit && !this.form;
  }

  get showViewSwitch() {
    return !this.isPhone;
  }

  get showChart() {
    return !this.isPhone && this.view === CHART;
  }

  get viewOptions() {
    return [
      { label: LABELS.StakeholderMap_ChartView, value: CHART },
      { label: LABELS.StakeholderMap_ListView, value: LIST }
    ];
  }

  get selectedPerson() {
    return this.people.find((p) => p.id === this.selectedId) || null;
  }

  get selectedProfile() {
    const person = this.selectedPerson;
    if (!person) return null;
    return (this.map.profiles || []).find((p) => p.roleCode === person.role) || null;
  }

  get formStakeholder() {
    return this.form ? this.form.stakeholder : null;
  }

  handleView(event) {
    this.view = event.detail.value;
  }

  handleSelect(event) {
    this.selectedId = event.detail.id;
    // On a phone the profile sits below the list: bring it into view once it shows the person.
    if (this.isPhone) this._revealProfile = true;
  }

  renderedCallback() {
    if (!this._revealProfile) return;
    this._revealProfile = false;
    const panel = this.template.querySelector("c-accord-role-profile");
    if (panel && typeof panel.scrollIntoView === "function") panel.scrollIntoView({ block: "start" });
  }

  handleCloseProfile() {
    this.selectedId = null;
  }

  handleAdd() {
    this.saveError = null;
    this.form = { stakeholder: null };
  }

  handleEdit(event) {
    this.saveError = null;
    this.form = { stakeholder: this.map.stakeholders.find((s) => s.id === event.detail.id) || null };
  }

  handleCancel() {
    this.form = null;
    this.saveError = null;
  }

  async handleSave(event) {
    this.saveError = null;
    this.saveError = await this.save(event.detail);
    if (!this.saveError) this.form = null;
  }

  /**
   * A person dragged onto their new manager in the chart: the stakeholder as stored with that manager, checked by
   * the stakeholder rules (a cycle is named) before it is sent, as the form does.
   */
  async handleManagerChange(event) {
    const { id, reportsToId } = event.detail;
    const stored = this.map.stakeholders.find((s) => s.id === id);
    this.moveError = null;
    if (!stored || stored.reportsToId === reportsToId) return;
    const change = {
      id: stored.id,
      accountId: this.map.accountId,
      contactId: stored.contactId,
      newContact: null,
      role: stored.role,
      influence: stored.influence,
      decisionRole: stored.decisionRole,
      stance: stored.stance,
      relationshipStrength: stored.relationshipStrength,
      relationshipOwnerId: stored.relationshipOwnerId,
      reportsToId,
      isSignatory: stored.isSignatory === true,
      lastEngagedOn: stored.lastEngagedOn
    };
    const issues = stakeholderIssues(change, this.map.stakeholders);
    this.moveError = issues.length > 0 ? issueMessage(issues[0]) : await this.save(change);
  }

  /** Saves one stakeholder; returns null when saved (the new map shown, the page told), else the reason. */
  async save(change) {
    this.saving = true;
    try {
      const map = await saveStakeholder({ stakeholderJson: JSON.stringify(change) });
      this.receive(map);
      publish(this.messageContext, STAKEHOLDERS_CHANGED, { accountId: this.recordId });
      this.dispatchEvent(new ShowToastEvent({ title: LABELS.StakeholderMap_Saved, variant: "success" }));
      return null;
    } catch (error) {
      return parseApexError(error).message || LABELS.Workspace_UnknownError;
    } finally {
      this.saving = false;
    }
  }
}
