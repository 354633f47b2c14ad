"use strict";
// The stakeholder map's controller methods over the in-memory store, as AccordStakeholderService does in the org:
// profiles resolved by src/core (country > archetype > global, the user's language), coverage by src/core with the
// country's cadence, saves validated by src/core's stakeholder rules and refused with the first issue's code and its
// label in the user's language, nothing stored on refusal.

const path = require("node:path");
const { ApexError } = require("./apexError");
const { readLabelCatalog } = require("../build/labels");
const { PREVIEW_USER } = require("./actor");
const { accountCountryCode, contactName } = require("./mapping");

let labelCatalog;
/** A label in the user's language, else English (as the platform falls back). */
function label(language, name) {
  if (!labelCatalog) labelCatalog = readLabelCatalog(path.resolve(__dirname, "../.."));
  const translated = labelCatalog.translations[language] || labelCatalog.translations[language.split("_")[0]] || {};
  return translated[name] ?? labelCatalog.en[name] ?? name;
}

const fill = (text, values) => text.replace(/\{(\d+)\}/g, (match, i) => (i in values ? String(values[i]) : match));

/** The refusal of a broken stakeholder rule: its code and label, filled as AccordStakeholderService.refusal does. */
function refusal(core, issue, language, recordKey) {
  const field = (name) => label(language, `Accord_Stakeholder_Field_${name}`);
  const values = {
    STAKEHOLDER_OUT_OF_RANGE: () => [field(issue.field), issue.min, issue.max],
    STAKEHOLDER_INVALID_VALUE: () => [field(issue.field)],
    DUPLICATE_CONTACT: () => [issue.name],
    REPORTING_CYCLE: () => [core.circleText(issue.names)]
  }[issue.code];
  const message = fill(label(language, `Accord_Error_${issue.code}`), values ? values() : []);
  return new ApexError(issue.code, message, recordKey ? { recordKey } : {});
}

/** Today in the org's time zone (the preview's clock), as Date.today() is in Apex. */
const today = () => new Date().toISOString().slice(0, 10);

/** @returns {import("../../src/core/contract").StakeholderMapDto} */
function stakeholderMap(core, store, account, language) {
  const countryCode = accountCountryCode(account);
  const resolved = core.resolveAccountConfiguration(store.config, { countryCode, language });
  const stakeholders = store.stakeholders.filter((s) => s.accountId === account.Id);
  return {
    accountId: account.Id,
    accountName: account.Name,
    countryCode,
    language,
    archetypeCode: resolved.archetypeCode,
    reviewCadenceMonths: resolved.reviewCadenceMonths,
    requiredRoles: resolved.requiredRoles,
    stakeholders,
    profiles: resolved.roleProfiles,
    coverage: core.computeStakeholderCoverage(stakeholders, resolved.requiredRoles, {
      reviewCadenceMonths: resolved.reviewCadenceMonths,
      today: today()
    }),
    contacts: [...store.contacts.values()]
      .filter((c) => c.AccountId === account.Id)
      .map((c) => ({ id: c.Id, name: contactName(c) || c.Id, title: c.Title ?? null }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    currentUserId: PREVIEW_USER.userId,
    currentUserName: PREVIEW_USER.userName,
    canEdit: true
  };
}

/** The owner's name as the org's lookup would show it: the preview user, or the name the sample carries. */
function ownerName(store, ownerId) {
  if (ownerId === null) return null;
  if (ownerId === PREVIEW_USER.userId) return PREVIEW_USER.userName;
  const known = store.stakeholders.find((s) => s.relationshipOwnerId === ownerId && s.relationshipOwnerName);
  return known ? known.relationshipOwnerName : null;
}

/** Saves one stakeholder (StakeholderSaveDto), or throws the first broken rule; returns the stored DTO. */
function saveStakeholder(core, store, account, change, language) {
  const ofAccount = store.stakeholders.filter((s) => s.accountId === account.Id);
  const issues = core.stakeholderIssues(change, ofAccount);
  if (issues.length > 0) throw refusal(core, issues[0], language, change.id);
  let contactId = change.contactId;
  if (!contactId) {
    contactId = store.newId("Contact");
    store.contacts.set(contactId, {
      Id: contactId,
      AccountId: account.Id,
      FirstName: (change.newContact.firstName || "").trim() || null,
      LastName: change.newContact.lastName.trim(),
      Title: (change.newContact.title || "").trim() || null
    });
  }
  const contact = store.contacts.get(contactId) || null;
  const saved = {
    id: change.id || store.newId("Account_Stakeholder__c"),
    accountId: account.Id,
    contactId,
    name: contactName(contact) || contactId,
    role: change.role,
    influence: change.influence,
    decisionRole: change.decisionRole,
    stance: change.stance,
    relationshipStrength: change.relationshipStrength,
    relationshipOwnerId: change.relationshipOwnerId,
    relationshipOwnerName: ownerName(store, change.relationshipOwnerId),
    reportsToId: change.reportsToId,
    isSignatory: change.isSignatory === true,
    lastEngagedOn: change.lastEngagedOn,
    title: contact ? (contact.Title ?? null) : null,
    firstName: contact ? (contact.FirstName ?? null) : null,
    lastName: contact ? (contact.LastName ?? null) : null
  };
  const index = store.stakeholders.findIndex((s) => s.id === saved.id);
  if (index >= 0) store.stakeholders[index] = saved;
  else store.stakeholders.push(saved);
  return saved;
}

module.exports = { stakeholderMap, saveStakeholder };
