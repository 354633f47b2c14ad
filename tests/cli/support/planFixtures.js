"use strict";
// Signed plans for the loopback org, built from the fingerprint vectors of spec/fingerprint.json: each vector's
// plan as records (field API names, written by hand here, not by the CLI's mapper) with the vector's sha256 as
// the stored hash and both parties' signatures, so the audit must reproduce hashes it did not compute.

const path = require("node:path");
const SPEC = require(path.join(__dirname, "../../../spec/fingerprint.json"));

let serial = 0;
const id = (prefix) => `${prefix}${String(++serial).padStart(15 - prefix.length + 3, "0")}AAA`.slice(0, 18);

/** Records of one plan DTO: { plan, account, needs, initiatives, commitments, signatures }. */
function recordsOfPlan(dto, { status = "Agreed", countryCode = null, signedHash, storedHash }) {
  const account = { Id: id("001"), Name: dto.accountName };
  const plan = {
    Id: id("a01"),
    Account__c: account.Id,
    Status__c: status,
    Version__c: dto.version,
    Revision__c: 7,
    Content_Hash__c: storedHash,
    Period_Start__c: dto.periodStart,
    Period_End__c: dto.periodEnd,
    Customer_Goals__c: dto.customerGoals,
    Plan_Language__c: dto.planLanguage,
    Country_Code__c: countryCode,
    Shared_On__c: "2025-09-01",
    Agreed_On__c: "2025-09-15",
    Reopen_Reason__c: null
  };
  const initiatives = [];
  const commitments = [];
  const initiativeIds = new Map();
  for (const initiative of dto.initiatives) {
    const record = {
      Id: id("a02"),
      Plan__c: plan.Id,
      Key__c: initiative.key,
      Sequence__c: initiative.sequence,
      Title__c: initiative.title,
      Success_Measure__c: initiative.successMeasure,
      Target_Date__c: initiative.targetDate,
      Status__c: initiative.status
    };
    initiativeIds.set(initiative.key, record.Id);
    initiatives.push(record);
    for (const c of initiative.commitments) {
      commitments.push({
        Id: id("a03"),
        Initiative__c: record.Id,
        Key__c: c.key,
        Sequence__c: c.sequence,
        Party__c: c.party,
        Description__c: c.description,
        Owner_User__c: c.ownerUserId,
        Owner_Contact__c: c.ownerContactId,
        Owner_Name__c: c.ownerName,
        Due_Date__c: c.dueDate,
        Status__c: c.status,
        Review_Outcome__c: c.reviewOutcome
      });
    }
  }
  const needs = dto.needs.map((n) => ({
    Id: id("a04"),
    Plan__c: plan.Id,
    Key__c: n.key,
    Sequence__c: n.sequence,
    Verbatim__c: n.verbatim,
    Theme__c: n.theme,
    Raised_By__c: n.raisedById,
    Raised_By_Name__c: n.raisedByName,
    Customer_Priority__c: n.customerPriority,
    Decision__c: n.decision,
    Decision_Rationale__c: n.decisionRationale,
    Initiative__c: n.initiativeKey === null ? null : initiativeIds.get(n.initiativeKey)
  }));
  const signatures = ["Company", "Customer"].map((party) => ({
    Id: id("a05"),
    Plan__c: plan.Id,
    Party__c: party,
    Signer_User__c: party === "Company" ? "005000000000001AAA" : null,
    Signer_Contact__c: party === "Customer" ? "003000000000009AAA" : null,
    Signer_Name__c: party === "Company" ? "Anna Schmidt" : "Dr. Eva Roth",
    Plan_Version__c: dto.version,
    Content_Hash__c: signedHash(party),
    Signed_At__c: "2025-09-15T09:30:00.000+0000",
    Method__c: "In meeting",
    Evidence__c: null,
    Evidence_Hash__c: null,
    Superseded__c: false
  }));
  return { account, plan, needs, initiatives, commitments, signatures };
}

/** The spec's valid vectors as signed plans: [{ name, sha256, dto, records }]. */
function vectorPlans(status = "Agreed") {
  return SPEC.vectors.map((vector, i) => {
    const dto = { ...SPEC.planDefaults, ...vector.plan, accountName: `Vector account ${i + 1}` };
    const records = recordsOfPlan(dto, { status, signedHash: () => vector.sha256, storedHash: vector.sha256 });
    return { name: vector.name, sha256: vector.sha256, dto, records };
  });
}

/** { object → records } for FakeOrg from a list of plan record sets. */
function orgRecords(planSets) {
  const out = {
    Account: [],
    Customer_Account_Plan__c: [],
    Customer_Need__c: [],
    Plan_Initiative__c: [],
    Plan_Commitment__c: [],
    Plan_Signature__c: []
  };
  for (const r of planSets) {
    out.Account.push(r.account);
    out.Customer_Account_Plan__c.push(r.plan);
    out.Customer_Need__c.push(...r.needs);
    out.Plan_Initiative__c.push(...r.initiatives);
    out.Plan_Commitment__c.push(...r.commitments);
    out.Plan_Signature__c.push(...r.signatures);
  }
  return out;
}

module.exports = { SPEC, recordsOfPlan, vectorPlans, orgRecords };
