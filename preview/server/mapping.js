"use strict";
// Records with field API names (data/, as an org stores them) → the DTOs of src/core/contract.ts,
// as the Apex selectors and DTO classes do.

const orNull = (value) => (value === undefined || value === "" ? null : value);

/**
 * What a picklist field holds when a record leaves it blank: its default in src/core's VALUE_SET_FIELDS (which
 * the model test compares with the object metadata), so a renamed value or default cannot drift here.
 * @template {keyof import("./core").Core["VALUE_SET_FIELDS"]} F
 * @param {import("./core").Core} core
 * @param {F} field
 * @returns {Exclude<Extract<import("./core").Core["VALUE_SET_FIELDS"][F], { default: unknown }>["default"], null>}
 */
function picklistDefault(core, field) {
  const declared = core.VALUE_SET_FIELDS[field];
  const value = "default" in declared ? declared.default : null;
  if (value === null) throw new Error(`src/core/values.ts declares no default for ${field}`);
  return /** @type {any} */ (value);
}

/**
 * The account's country code, as AccordCountryCodes.codeOf reads it in the org: Kam_Country_Code__c (set by
 * admins), else BillingCountryCode; trimmed, upper case. (The org's last fallback, a country name typed in
 * BillingCountry, is not needed here: every sample account carries Kam_Country_Code__c.)
 */
function accountCountryCode(account) {
  const code = [account.Kam_Country_Code__c, account.BillingCountryCode].find((c) => typeof c === "string" && c.trim());
  return code ? code.trim().toUpperCase() : null;
}

const contactName = (contact) => (contact ? [contact.FirstName, contact.LastName].filter(Boolean).join(" ") : null);

function toStakeholderDto(record, contactsById) {
  return {
    id: record.Id,
    accountId: record.Account__c,
    contactId: orNull(record.Contact__c),
    name: contactName(contactsById.get(record.Contact__c)) || record.Name || record.Id,
    role: record.Role__c,
    influence: record.Influence__c,
    decisionRole: orNull(record.Decision_Role__c),
    stance: record.Stance__c,
    relationshipStrength: record.Relationship_Strength__c,
    relationshipOwnerId: orNull(record.Relationship_Owner__c),
    relationshipOwnerName: orNull(record.Relationship_Owner_Name__c),
    reportsToId: orNull(record.Reports_To__c),
    isSignatory: record.Is_Signatory__c === true,
    lastEngagedOn: orNull(record.Last_Engaged_On__c),
    title: orNull(contactsById.get(record.Contact__c)?.Title),
    firstName: orNull(contactsById.get(record.Contact__c)?.FirstName),
    lastName: orNull(contactsById.get(record.Contact__c)?.LastName)
  };
}

function toAssessmentDto(record, ratings, contactsById) {
  return {
    id: record.Id,
    accountId: record.Account__c,
    planId: orNull(record.Plan__c),
    respondentType: record.Respondent_Type__c,
    function: orNull(record.Function__c),
    respondentName: contactName(contactsById.get(record.Respondent_Contact__c)) || orNull(record.Respondent_Name__c),
    period: record.Period__c,
    submittedOn: orNull(record.Submitted_On__c),
    ratings: ratings.map((r) => ({
      dimension: r.Dimension__c,
      score: orNull(r.Score__c),
      comment: orNull(r.Comment__c)
    }))
  };
}

function toSelectionRatingDto(record) {
  return { criterion: record.Criterion__c, rating: record.Rating__c, rationale: orNull(record.Rationale__c) };
}

function toCommitmentDto(core, record, contactsById, nameOf = contactName) {
  return {
    id: record.Id,
    key: record.Key__c,
    sequence: record.Sequence__c,
    party: record.Party__c,
    description: record.Description__c,
    ownerUserId: orNull(record.Owner_User__c),
    ownerContactId: orNull(record.Owner_Contact__c),
    ownerName: orNull(record.Owner_Name__c) || nameOf(contactsById.get(record.Owner_Contact__c)),
    dueDate: orNull(record.Due_Date__c),
    status: record.Status__c || picklistDefault(core, "Plan_Commitment__c.Status__c"),
    reviewOutcome: null
  };
}

function toInitiativeDto(core, record, contactsById, nameOf = contactName) {
  return {
    id: record.Id,
    key: record.Key__c,
    sequence: record.Sequence__c,
    title: record.Title__c,
    successMeasure: orNull(record.Success_Measure__c),
    targetDate: orNull(record.Target_Date__c),
    status: record.Status__c || picklistDefault(core, "Plan_Initiative__c.Status__c"),
    successOutcome: orNull(record.Success_Outcome__c),
    successResult: orNull(record.Success_Result__c),
    customerComment: orNull(record.Customer_Comment__c),
    commitments: (record.commitments || []).map((c) => toCommitmentDto(core, c, contactsById, nameOf))
  };
}

function toNeedDto(core, record, contactsById, initiativeKeysById, nameOf = contactName) {
  return {
    id: record.Id,
    key: record.Key__c,
    sequence: record.Sequence__c,
    verbatim: record.Verbatim__c,
    theme: orNull(record.Theme__c),
    raisedById: orNull(record.Raised_By__c),
    raisedByName: nameOf(contactsById.get(record.Raised_By__c)),
    customerPriority: orNull(record.Customer_Priority__c),
    decision: record.Decision__c || picklistDefault(core, "Customer_Need__c.Decision__c"),
    decisionRationale: orNull(record.Decision_Rationale__c),
    initiativeKey: record.Initiative__c ? initiativeKeysById.get(record.Initiative__c) || null : null
  };
}

function toReviewDto(record) {
  return {
    id: record.Id,
    reviewType: record.Review_Type__c,
    reviewDate: record.Review_Date__c,
    customerFeedback: orNull(record.Customer_Feedback__c),
    whatWorked: orNull(record.What_Worked__c),
    whatDidNot: orNull(record.What_Did_Not__c),
    whatWeWillChange: orNull(record.What_We_Will_Change__c)
  };
}

/**
 * A plan as created in Draft: its content and progress, no signatures, reviews or outcomes yet. nameOf(contact)
 * writes a person's name snapshot (raised by, owner) in the plan language's order, as the server takes it.
 */
function toDraftPlanDto(core, record, account, contactsById, nameOf = contactName) {
  const initiatives = (record.initiatives || []).map((i) => toInitiativeDto(core, i, contactsById, nameOf));
  const initiativeKeysById = new Map(initiatives.map((i) => [i.id, i.key]));
  return {
    id: record.Id,
    accountId: record.Account__c,
    accountName: account.Name,
    status: picklistDefault(core, "Customer_Account_Plan__c.Status__c"),
    version: 1,
    revision: 0,
    contentHash: null,
    periodStart: record.Period_Start__c,
    periodEnd: record.Period_End__c,
    customerGoals: orNull(record.Customer_Goals__c),
    planLanguage: record.Plan_Language__c || picklistDefault(core, "Customer_Account_Plan__c.Plan_Language__c"),
    countryCode: orNull(record.Country_Code__c) || accountCountryCode(account),
    sharedOn: null,
    agreedOn: null,
    reopenReason: null,
    needs: (record.needs || []).map((n) => toNeedDto(core, n, contactsById, initiativeKeysById, nameOf)),
    initiatives,
    signatures: [],
    reviews: []
  };
}

module.exports = {
  accountCountryCode,
  contactName,
  picklistDefault,
  toStakeholderDto,
  toAssessmentDto,
  toSelectionRatingDto,
  toDraftPlanDto,
  toReviewDto
};
