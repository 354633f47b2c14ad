"use strict";
// Builds the preview's in-memory org from data/: the sample tree as imported records, the account roll-ups
// computed by src/core (as the recompute job would), and each sample plan created as Draft and walked
// through the lifecycle with src/core's applyAction to the status data/plans.json gives it.

const fs = require("node:fs");
const path = require("node:path");
const { readSampleTree, createIdFactory, resolveReferences } = require("./sampleTree");
const { readSampleOwners } = require("./sampleOwners");
const mapping = require("./mapping");
const { previewActor } = require("./actor");
const { toNominationDto } = require("./portfolio");

function groupBy(items, key) {
  const map = new Map();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, []);
    map.get(k).push(item);
  }
  return map;
}

/**
 * The records of plans.json get Ids first (initiatives before needs refer to them), then references resolve.
 * @returns {Record<string, any>}
 */
function assignPlanIds(plan, newId, idsByRef) {
  const children = [
    ...(plan.initiatives || []),
    ...(plan.initiatives || []).flatMap((i) => i.commitments || []),
    ...(plan.needs || []),
    ...(plan.signatures || []),
    ...(plan.reviews || [])
  ];
  const register = (record) => {
    record.Id = newId(record.attributes.type);
    if (record.attributes.referenceId) idsByRef.set(record.attributes.referenceId, record.Id);
  };
  register(plan);
  children.forEach(register);
  const where = (r) => `data/plans.json record ${r.attributes.referenceId}`;
  const resolve = (r) => ({ ...resolveReferences(r, idsByRef, where(r)), Id: r.Id });
  return {
    ...resolve(plan),
    needs: (plan.needs || []).map(resolve),
    initiatives: (plan.initiatives || []).map((i) => ({
      ...resolve(i),
      commitments: (i.commitments || []).map(resolve)
    })),
    signatures: (plan.signatures || []).map(resolve),
    reviews: (plan.reviews || []).map(resolve),
    referenceId: plan.attributes.referenceId
  };
}

/**
 * Applies one lifecycle action with src/core; a rejection stops the seed and says which plan and why.
 * @param {import("./core").Core} core
 */
function apply(core, plan, action, actor, now, label) {
  const result = core.applyAction(plan, action, actor, now);
  if (!result || result.ok !== true) {
    const reason = result && result.reason ? `${result.reason.code}: ${result.reason.message}` : JSON.stringify(result);
    throw new Error(`data/plans.json plan ${label}: src/core rejected "${action.type}" (${reason})`);
  }
  return result.plan;
}

/**
 * Walks a Draft plan to the status of its sample record, with the dates the sample gives.
 * @param {import("./core").Core} core
 */
function walkPlan(core, draft, source, store) {
  const label = source.referenceId;
  const target = source.Status__c;
  const commitmentOutcomes = source.initiatives
    .flatMap((i) => i.commitments)
    .filter((c) => c.Review_Outcome__c)
    .map((c) => ({ commitmentKey: c.Key__c, outcome: c.Review_Outcome__c }));
  const checkIns = source.reviews.filter((r) => r.Review_Type__c !== "Annual review").map(mapping.toReviewDto);
  const annual = source.reviews.filter((r) => r.Review_Type__c === "Annual review").map(mapping.toReviewDto);
  const baseActor = previewActor(store, draft.accountId);
  // Created empty, then its content saved: the core computes the fingerprint as the org's services do.
  const empty = { ...draft, customerGoals: null, needs: [], initiatives: [] };
  const createdAt = source.Period_Start__c + "T08:00:00.000Z";
  let plan = apply(core, empty, { type: "save", plan: draft }, baseActor, createdAt, label);
  if (target === "Draft") return plan;

  plan = apply(
    core,
    plan,
    { type: "share" },
    baseActor,
    source.Shared_On__c || source.Period_Start__c + "T09:00:00.000Z",
    label
  );
  for (const signature of source.signatures) {
    const action = {
      type: "sign",
      party: signature.Party__c,
      planVersion: plan.version,
      contentHash: plan.contentHash,
      signerContactId: signature.Signer_Contact__c || null,
      signerName: signature.Signer_Name__c || signerNameOf(core, store.contacts.get(signature.Signer_Contact__c), plan),
      method: signature.Method__c,
      evidence: signature.Evidence__c || null,
      evidenceHash: signature.Evidence_Hash__c || null
    };
    // The sample's company signer is a user of the org that signed; here the preview user acts under that name.
    const actor =
      signature.Party__c === "Company"
        ? { ...baseActor, userName: signature.Signer_Name__c || baseActor.userName }
        : baseActor;
    plan = apply(core, plan, action, actor, signature.Signed_At__c, label);
  }
  if (!["In Review", "Draft"].includes(target) && plan.status !== "Agreed") {
    throw new Error(
      `data/plans.json plan ${label}: after its signatures the plan is ${plan.status}, expected Agreed on the way to ${target}`
    );
  }
  plan = { ...plan, reviews: [...plan.reviews, ...checkIns] };
  if (target === "Under Review" || target === "Closed") {
    plan = apply(core, plan, { type: "startReview" }, baseActor, source.Period_End__c + "T09:00:00.000Z", label);
  }
  if (target === "Closed") {
    if (annual.length !== 1)
      throw new Error(`data/plans.json plan ${label}: a Closed plan needs exactly one Annual review`);
    const now = annual[0].reviewDate + "T12:00:00.000Z";
    plan = apply(core, plan, { type: "close", review: annual[0], outcomes: commitmentOutcomes }, baseActor, now, label);
  }
  if (plan.status !== target) {
    throw new Error(`data/plans.json plan ${label}: the walk ended in ${plan.status}, the sample says ${target}`);
  }
  return plan;
}

/** A signing contact's name in the plan language's order (family name first in ja, ko, zh). */
function signerNameOf(core, contact, plan) {
  return contact
    ? core.personName(
        { firstName: contact.FirstName, lastName: contact.LastName },
        plan.planLanguage || mapping.picklistDefault(core, "Customer_Account_Plan__c.Plan_Language__c")
      )
    : null;
}

/**
 * Account roll-ups (Kam_Priority_Score__c, Kam_Tier__c, Kam_Collaboration_Index__c) computed by src/core.
 * @param {import("./core").Core} core
 */
function computeAccountScores(core, store, account, warnings) {
  const countryCode = mapping.accountCountryCode(account);
  const country = store.config.countries.find((c) => c.countryCode === countryCode);
  try {
    const archetype = country ? core.archetypeByCode(store.config, country.archetypeCode) : null;
    const priority = core.computeKeyAccountPriority(
      store.selectionRatings.get(account.Id) || [],
      store.config.criteria,
      store.config.settings,
      archetype
    );
    account.Kam_Priority_Score__c = priority.score;
    account.Kam_Tier__c = priority.tier;
  } catch (error) {
    warnings.push(`priority of ${account.Name}: ${error.message}`);
  }
  try {
    const index = core.computeCollaborationIndex(
      store.assessments.filter((a) => a.accountId === account.Id),
      store.config.dimensions,
      store.config.settings
    );
    account.Kam_Collaboration_Index__c = index.headline;
  } catch (error) {
    warnings.push(`collaboration index of ${account.Name}: ${error.message}`);
  }
}

/** @param {{ core: import("./core").Core, config: object, dataFolder: string }} options */
function seedStore({ core, config, dataFolder }) {
  const newId = createIdFactory();
  const idsByRef = new Map();
  const imported = readSampleTree(dataFolder, newId, idsByRef);
  const ofType = (type) => imported.filter((r) => r.type === type).map((r) => r.record);
  const warnings = [];

  const accounts = new Map(ofType("Account").map((a) => [a.Id, a]));
  const contacts = new Map(ofType("Contact").map((c) => [c.Id, c]));
  const ratingsByAssessment = groupBy(ofType("Collaboration_Rating__c"), (r) => r.Assessment__c);
  const stakeholderRows = imported.filter((r) => r.type === "Account_Stakeholder__c");
  const owners = readSampleOwners(dataFolder, new Set(stakeholderRows.map((r) => r.referenceId)));
  // The owner's name as the org's lookup shows it (Relationship_Owner__r.Name).
  const withOwner = ({ referenceId, record }) => {
    const owner = owners.get(referenceId);
    return owner ? { ...record, Relationship_Owner__c: owner.id, Relationship_Owner_Name__c: owner.name } : record;
  };
  const store = {
    config,
    accounts,
    contacts,
    stakeholders: stakeholderRows.map((row) => mapping.toStakeholderDto(withOwner(row), contacts)),
    assessments: ofType("Collaboration_Assessment__c").map((a) =>
      mapping.toAssessmentDto(a, ratingsByAssessment.get(a.Id) || [], contacts)
    ),
    selectionRatings: new Map(
      [...groupBy(ofType("Account_Selection_Rating__c"), (r) => r.Account__c)].map(([id, list]) => [
        id,
        list.map(mapping.toSelectionRatingDto)
      ])
    ),
    // Key-account history (Key_Account_Nomination__c), in recorded order.
    nominations: ofType("Key_Account_Nomination__c").map(toNominationDto),
    plans: new Map(),
    files: new Map(),
    newId,
    warnings,
    // When the sample was loaded: the last write of a seeded plan (STALE_REVISION names it).
    seededAt: new Date().toISOString()
  };
  for (const account of accounts.values()) computeAccountScores(core, store, account, warnings);

  const plansFile = path.join(dataFolder, "plans.json");
  const samplePlans = fs.existsSync(plansFile) ? JSON.parse(fs.readFileSync(plansFile, "utf8")).plans || [] : [];
  for (const raw of samplePlans) {
    const source = assignPlanIds(raw, newId, idsByRef);
    const account = accounts.get(source.Account__c);
    // People's name snapshots in the plan language's order (family name first in ja, ko, zh), as the org takes them.
    const nameOf = (contact) =>
      contact
        ? core.personName({ firstName: contact.FirstName, lastName: contact.LastName }, source.Plan_Language__c)
        : null;
    const draft = mapping.toDraftPlanDto(core, source, account, contacts, nameOf);
    store.plans.set(draft.id, walkPlan(core, draft, source, store));
  }
  return store;
}

module.exports = { seedStore };
