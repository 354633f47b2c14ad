import { LightningElement, api } from "lwc";
import { LABELS } from "c/accordLabels";
import { stakeholderIssues } from "c/accordCore";
import { decisionRoleOptions, displayName, issueMessage, roleOptions, stanceOptions } from "c/accordStakeholderView";

const NEW_CONTACT = "new";
const NONE = "";
const toNumber = (value) => (value === "" || value === null || value === undefined ? null : Number(value));

/** A new contact's fields (text inputs), in form order: draft property, data-id, required. */
const NEW_CONTACT_FIELDS = [
  { name: "firstName", dataId: "first-name" },
  { name: "lastName", dataId: "last-name", required: true },
  { name: "title", dataId: "title" }
];
/** A 1–5 rating, as the server's range check has it. */
const RATING = { type: "number", min: "1", max: "5", step: "1" };
/**
 * The stakeholder's fields in form order: draft property, data-id, its label key (Stakeholder_Field_<labelKey or name>), and
 * either the getter of its options (a combobox) or the input's type and range.
 */
const STAKEHOLDER_FIELDS = [
  { name: "role", dataId: "role", options: "roleOptions", required: true },
  { name: "decisionRole", dataId: "decision-role", options: "decisionRoleOptions" },
  { name: "influence", dataId: "influence", ...RATING },
  { name: "stance", dataId: "stance", options: "stanceOptions" },
  { name: "relationshipStrength", dataId: "strength", ...RATING },
  { name: "relationshipOwnerId", labelKey: "owner", dataId: "owner", options: "ownerOptions" },
  { name: "reportsToId", labelKey: "reportsTo", dataId: "manager", options: "managerOptions" },
  { name: "lastEngagedOn", labelKey: "lastEngaged", dataId: "last-engaged", type: "date" }
];

/**
 * Adds or edits one stakeholder in place. A new stakeholder is a contact of the account (or a new contact with
 * its name and title); every field of the stakeholder, and the manager among the account's other stakeholders.
 * The stakeholder rules of c/accordCore are checked before the save event (the server checks them again), so a
 * cycle, a duplicate contact or a value out of range is named before anything is sent.
 * Events: save (detail: StakeholderSaveDto), cancel.
 */
export default class AccordStakeholderForm extends LightningElement {
  @api accountId;
  @api stakeholders = [];
  @api contacts = [];
  @api currentUserId;
  @api currentUserName;
  @api saving = false;
  @api serverError = null;
  labels = LABELS;
  draft = null;
  localError = null;
  _stakeholder = null;

  /** The stakeholder to edit (StakeholderDto), or null to add one. */
  @api
  get stakeholder() {
    return this._stakeholder;
  }
  set stakeholder(value) {
    this._stakeholder = value || null;
    // Drafted when connected: the current user (the default owner) may be set after this property.
    if (this._connected) this.draft = this.draftOf(this._stakeholder);
    this.localError = null;
  }

  connectedCallback() {
    this._connected = true;
    this.draft = this.draftOf(this._stakeholder);
  }

  disconnectedCallback() {
    this._connected = false;
  }

  draftOf(s) {
    if (s) {
      return {
        contactChoice: s.contactId || NONE,
        firstName: "",
        lastName: "",
        title: "",
        role: s.role,
        decisionRole: s.decisionRole || NONE,
        influence: String(s.influence),
        stance: String(s.stance),
        relationshipStrength: String(s.relationshipStrength),
        relationshipOwnerId: s.relationshipOwnerId || NONE,
        reportsToId: s.reportsToId || NONE,
        isSignatory: s.isSignatory === true,
        lastEngagedOn: s.lastEngagedOn || null
      };
    }
    return {
      contactChoice: NONE,
      firstName: "",
      lastName: "",
      title: "",
      role: null,
      decisionRole: NONE,
      influence: "3",
      stance: "0",
      relationshipStrength: "3",
      relationshipOwnerId: this.currentUserId || NONE,
      reportsToId: NONE,
      isSignatory: false,
      lastEngagedOn: null
    };
  }

  get isEdit() {
    return Boolean(this._stakeholder);
  }

  get heading() {
    return this.isEdit ? LABELS.StakeholderMap_Edit : LABELS.StakeholderMap_Add;
  }

  get editedName() {
    return this._stakeholder ? displayName(this._stakeholder) : null;
  }

  get isNewContact() {
    return !this.isEdit && this.draft.contactChoice === NEW_CONTACT;
  }

  get contactOptions() {
    const taken = new Set((this.stakeholders || []).map((s) => s.contactId));
    const free = (this.contacts || [])
      .filter((c) => !taken.has(c.id))
      .map((c) => ({ label: c.title ? `${c.name} (${c.title})` : c.name, value: c.id }));
    return [...free, { label: LABELS.StakeholderMap_NewContact, value: NEW_CONTACT }];
  }

  /** One row per field: its label, the draft's value and, for a combobox, its options (the template has one block per kind). */
  fieldRows(fields) {
    return fields.map((field) => ({
      ...field,
      label: LABELS[`Stakeholder_Field_${field.labelKey || field.name}`],
      value: this.draft[field.name],
      options: field.options ? this[field.options] : null,
      required: field.required === true
    }));
  }

  get newContactFields() {
    return this.fieldRows(NEW_CONTACT_FIELDS);
  }

  get stakeholderFields() {
    return this.fieldRows(STAKEHOLDER_FIELDS);
  }

  get roleOptions() {
    return roleOptions();
  }

  get decisionRoleOptions() {
    return [{ label: "—", value: NONE }, ...decisionRoleOptions()];
  }

  get stanceOptions() {
    return stanceOptions();
  }

  get ownerOptions() {
    const owners = new Map();
    if (this.currentUserId) owners.set(this.currentUserId, this.currentUserName || this.currentUserId);
    for (const s of this.stakeholders || []) {
      if (s.relationshipOwnerId) owners.set(s.relationshipOwnerId, s.relationshipOwnerName || s.relationshipOwnerId);
    }
    return [
      { label: LABELS.StakeholderMap_NoOwner, value: NONE },
      ...[...owners].map(([value, label]) => ({ label, value }))
    ];
  }

  get managerOptions() {
    const self = this._stakeholder ? this._stakeholder.id : null;
    return [
      { label: LABELS.StakeholderMap_NoManager, value: NONE },
      ...(this.stakeholders || [])
        .filter((s) => s.id !== self)
        .map((s) => ({ label: displayName(s), value: s.id }))
        .sort((a, b) => a.label.localeCompare(b.label))
    ];
  }

  get errorText() {
    return this.localError || this.serverError;
  }

  handleField(event) {
    const field = event.target.dataset.field;
    const value =
      event.target.type === "checkbox" || event.target.type === "toggle" ? event.target.checked : event.detail.value;
    this.draft = { ...this.draft, [field]: value };
    this.localError = null;
  }

  /** The StakeholderSaveDto the form describes. */
  toSave() {
    const d = this.draft;
    const newContact = this.isNewContact
      ? { firstName: d.firstName.trim() || null, lastName: d.lastName.trim(), title: d.title.trim() || null }
      : null;
    return {
      id: this._stakeholder ? this._stakeholder.id : null,
      accountId: this.accountId,
      contactId: this.isEdit
        ? this._stakeholder.contactId
        : d.contactChoice && d.contactChoice !== NEW_CONTACT
          ? d.contactChoice
          : null,
      newContact,
      role: d.role,
      influence: toNumber(d.influence),
      decisionRole: d.decisionRole || null,
      stance: toNumber(d.stance),
      relationshipStrength: toNumber(d.relationshipStrength),
      relationshipOwnerId: d.relationshipOwnerId || null,
      reportsToId: d.reportsToId || null,
      isSignatory: d.isSignatory === true,
      lastEngagedOn: d.lastEngagedOn || null
    };
  }

  handleSave() {
    const change = this.toSave();
    const issues = stakeholderIssues(change, this.stakeholders || []);
    if (issues.length > 0) {
      this.localError = issueMessage(issues[0]);
      return;
    }
    this.localError = null;
    this.dispatchEvent(new CustomEvent("save", { detail: change }));
  }

  handleCancel() {
    this.dispatchEvent(new CustomEvent("cancel"));
  }
}
