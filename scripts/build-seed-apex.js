"use strict";
// Generates scripts/apex/seed-sample-plans.apex from data/plans.json: anonymous Apex that walks
// each sample plan through Accord's services (create, add content, share, sign, review, close),
// so every rule and trigger applies exactly as for a user. Used by `npm run build` (writes the
// file) and by the generated-code check (compares it).
//
// One transaction cannot walk all plans (each step loads the whole plan and its triggers query
// again), so the script is resumable: each run reads where every plan stands in the org, does as
// many next steps as fit comfortably under the query limit, and ends with ACCORD_SEED_DONE or
// ACCORD_SEED_MORE (run it again). Anonymous Apex is limited to 32,000 characters.

const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const PLANS_FILE = path.join(ROOT, "data/plans.json");
const TREE_DIR = path.join(ROOT, "data/sample-tree");
const SEED_SCRIPT = path.join(ROOT, "scripts/apex/seed-sample-plans.apex");
const MAX_ANONYMOUS_APEX = 32000;

const FIELDS = {
  need: {
    Key__c: "key",
    Sequence__c: "sequence",
    Verbatim__c: "verbatim",
    Theme__c: "theme",
    Raised_By__c: "raisedById",
    Customer_Priority__c: "customerPriority",
    Decision__c: "decision",
    Decision_Rationale__c: "decisionRationale"
  },
  initiative: {
    Key__c: "key",
    Sequence__c: "sequence",
    Title__c: "title",
    Success_Measure__c: "successMeasure",
    Target_Date__c: "targetDate",
    Status__c: "status"
  },
  commitment: {
    Key__c: "key",
    Sequence__c: "sequence",
    Party__c: "party",
    Description__c: "description",
    Owner_Contact__c: "ownerContactId",
    Owner_Name__c: "ownerName",
    Due_Date__c: "dueDate",
    Status__c: "status"
  },
  review: {
    Review_Type__c: "reviewType",
    Review_Date__c: "reviewDate",
    Customer_Feedback__c: "customerFeedback",
    What_Worked__c: "whatWorked",
    What_Did_Not__c: "whatDidNot"
  }
};

/** Fields the services compute or the walk decides: present in the data, not copied. */
const DERIVED = new Set([
  "attributes",
  "Initiative__c",
  "Review_Outcome__c",
  "commitments",
  "needs",
  "initiatives",
  "signatures",
  "reviews"
]);

function fail(where, message) {
  throw new Error(`data/plans.json ${where}: ${message}`);
}

/** Copies the mapped fields; an unknown field fails, so a data change is never silently dropped. */
function mapped(record, type, where) {
  const out = {};
  for (const [field, value] of Object.entries(record)) {
    if (DERIVED.has(field)) continue;
    const name = FIELDS[type][field];
    if (!name) fail(where, `field ${field} is not known to the seed generator (scripts/build-seed-apex.js)`);
    out[name] = value;
  }
  return out;
}

function referenceOf(value) {
  return typeof value === "string" && value.startsWith("@") ? value.slice(1) : null;
}

function planSpec(plan, index) {
  const where = `plans[${index}] (${plan.attributes && plan.attributes.referenceId})`;
  const account = referenceOf(plan.Account__c);
  if (!account) fail(where, `Account__c must reference a sample account as "@<referenceId>"`);
  const initiativeKeys = {};
  const outcomes = [];
  const initiatives = plan.initiatives.map((initiative, i) => {
    initiativeKeys[initiative.attributes.referenceId] = initiative.Key__c;
    return {
      ...mapped(initiative, "initiative", `${where}.initiatives[${i}]`),
      commitments: initiative.commitments.map((commitment, c) => {
        if (commitment.Review_Outcome__c) {
          outcomes.push({ commitmentKey: commitment.Key__c, outcome: commitment.Review_Outcome__c });
        }
        const dto = mapped(commitment, "commitment", `${where}.initiatives[${i}].commitments[${c}]`);
        // Company owners do not exist in a new org: the running user owns them (name kept).
        return commitment.Party__c === "Company" ? { ...dto, ownerUserId: "@USER" } : dto;
      })
    };
  });
  const needs = plan.needs.map((need, i) => {
    const dto = mapped(need, "need", `${where}.needs[${i}]`);
    const initiative = referenceOf(need.Initiative__c);
    if (initiative && !initiativeKeys[initiative]) fail(`${where}.needs[${i}]`, `unknown initiative @${initiative}`);
    return { ...dto, initiativeKey: initiative ? initiativeKeys[initiative] : null };
  });
  const signatures = plan.signatures.map((signature) => ({
    party: signature.Party__c,
    signerContactId: signature.Signer_Contact__c || null,
    method: signature.Method__c
  }));
  return {
    ref: plan.attributes.referenceId,
    accountId: plan.Account__c,
    periodStart: plan.Period_Start__c,
    planLanguage: plan.Plan_Language__c,
    status: plan.Status__c,
    customerGoals: plan.Customer_Goals__c,
    needs,
    initiatives,
    signatures,
    reviews: plan.reviews.map((review, i) => mapped(review, "review", `${where}.reviews[${i}]`)),
    outcomes
  };
}

function treeRecords(file) {
  return JSON.parse(fs.readFileSync(path.join(TREE_DIR, file), "utf8")).records;
}

/** "@ref" → how the script finds the record in the org: accounts by Name, contacts by Email. */
function lookups(specs) {
  const used = new Set(
    JSON.stringify(specs)
      .match(/"@[A-Za-z0-9_]+"/g)
      .map((token) => token.slice(2, -1))
  );
  used.delete("USER");
  const accounts = {};
  const contacts = {};
  for (const record of treeRecords("Account.json")) {
    if (used.has(record.attributes.referenceId)) accounts[record.attributes.referenceId] = record.Name;
  }
  for (const record of treeRecords("Contact.json")) {
    if (!used.has(record.attributes.referenceId)) continue;
    if (!record.Email) fail("sample contact", `@${record.attributes.referenceId} has no Email to find it by`);
    contacts[record.attributes.referenceId] = record.Email;
  }
  for (const ref of used) {
    if (!accounts[ref] && !contacts[ref])
      fail("references", `@${ref} is not an Account or Contact of data/sample-tree`);
  }
  return { accounts, contacts };
}

function apexString(text) {
  return "'" + text.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n") + "'";
}

function apexMap(entries) {
  const pairs = Object.entries(entries).map(([key, value]) => `${apexString(key)} => ${apexString(value)}`);
  return `new Map<String, String>{ ${pairs.join(", ")} }`;
}

const WALK = `
// One step of the plan's walk, or null when the plan stands where data/plans.json says. Every write carries the
// revision it read (the loaded plan's), as the workspace does: the service refuses one without it (STALE_REVISION).
String advance(Map<String, Object> spec) {
  List<String> order = new List<String>{ 'Draft', 'In Review', 'Agreed', 'Under Review', 'Closed' };
  Integer target = order.indexOf((String) spec.get('status'));
  String planKey = spec.get('accountId') + '-' + spec.get('periodStart');
  List<Customer_Account_Plan__c> found = [SELECT Id FROM Customer_Account_Plan__c WHERE Plan_Key__c = :planKey WITH USER_MODE];
  if (found.isEmpty()) {
    AccordPlanService.createPlan((Id) spec.get('accountId'), Date.valueOf((String) spec.get('periodStart')), (String) spec.get('planLanguage'));
    return 'created';
  }
  AccordDto.PlanDto plan = AccordPlanLoader.one(found[0].Id);
  if (plan.needs.isEmpty() && plan.initiatives.isEmpty()) {
    plan.customerGoals = (String) spec.get('customerGoals');
    plan.needs = (List<AccordDto.NeedDto>) JSON.deserialize(JSON.serialize(spec.get('needs')), List<AccordDto.NeedDto>.class);
    plan.initiatives = (List<AccordDto.InitiativeDto>) JSON.deserialize(JSON.serialize(spec.get('initiatives')), List<AccordDto.InitiativeDto>.class);
    AccordPlanService.savePlan(plan);
    return 'content saved';
  }
  Integer at = order.indexOf(plan.status);
  if (at == 0 && target > 0) {
    AccordPlanService.performAction(plan.id, new Map<String, Object>{ 'type' => 'share', 'revision' => plan.revision });
    return 'shared';
  }
  if (at == 1) {
    for (Object item : (List<Object>) spec.get('signatures')) {
      Map<String, Object> signature = (Map<String, Object>) item;
      if (!AccordLifecycle.hasSignedVersion(plan, (String) signature.get('party'))) {
        Map<String, Object> request = new Map<String, Object>(signature);
        request.putAll(new Map<String, Object>{ 'type' => 'sign', 'planVersion' => plan.version, 'contentHash' => plan.contentHash, 'revision' => plan.revision });
        AccordPlanService.performAction(plan.id, request);
        return 'signed for ' + signature.get('party');
      }
    }
    return null;
  }
  List<Object> reviews = (List<Object>) spec.get('reviews');
  Integer checkIns = reviews.size() - (target == 4 ? 1 : 0);
  if ((at == 2 || at == 3) && plan.reviews.size() < checkIns) {
    plan.reviews.add((AccordDto.ReviewDto) JSON.deserialize(JSON.serialize(reviews[plan.reviews.size()]), AccordDto.ReviewDto.class));
    AccordPlanService.savePlan(plan);
    return 'review added';
  }
  if (at == 2 && target > 2) {
    AccordPlanService.performAction(plan.id, new Map<String, Object>{ 'type' => 'startReview', 'revision' => plan.revision });
    return 'review started';
  }
  if (at == 3 && target == 4) {
    AccordPlanService.performAction(plan.id, new Map<String, Object>{ 'type' => 'close', 'outcomes' => spec.get('outcomes'), 'review' => reviews[reviews.size() - 1], 'revision' => plan.revision });
    return 'closed';
  }
  return null;
}

Map<String, Id> ids = new Map<String, Id>{ '@USER' => UserInfo.getUserId() };
for (Account account : [SELECT Id, Name FROM Account WHERE Name IN :ACCOUNTS.values() WITH USER_MODE]) {
  for (String ref : ACCOUNTS.keySet()) {
    if (ACCOUNTS.get(ref) == account.Name) {
      ids.put('@' + ref, account.Id);
    }
  }
}
for (Contact contact : [SELECT Id, Email FROM Contact WHERE Email IN :CONTACTS.values() WITH USER_MODE]) {
  for (String ref : CONTACTS.keySet()) {
    if (CONTACTS.get(ref) == contact.Email) {
      ids.put('@' + ref, contact.Id);
    }
  }
}
String resolved = PLANS;
for (String ref : ACCOUNTS.keySet()) {
  if (!ids.containsKey('@' + ref)) {
    throw new IllegalArgumentException('Sample account ' + ACCOUNTS.get(ref) + ' not found: import data/sample-tree first.');
  }
}
for (String ref : CONTACTS.keySet()) {
  if (!ids.containsKey('@' + ref)) {
    throw new IllegalArgumentException('Sample contact ' + CONTACTS.get(ref) + ' not found: import data/sample-tree first.');
  }
}
for (String token : ids.keySet()) {
  resolved = resolved.replace('"' + token + '"', '"' + ids.get(token) + '"');
}
Boolean done = true;
for (Object item : (List<Object>) JSON.deserializeUntyped(resolved)) {
  Map<String, Object> spec = (Map<String, Object>) item;
  String step = '';
  // A step costs at most about 50 queries: stop well before the limit of 100 and resume next run.
  while (step != null && Limits.getQueries() <= 40) {
    step = advance(spec);
    System.debug(LoggingLevel.ERROR, 'ACCORD_SEED ' + spec.get('ref') + ': ' + (step == null ? 'in place' : step));
  }
  if (step != null) {
    done = false;
    break;
  }
}
System.debug(LoggingLevel.ERROR, done ? 'ACCORD_SEED_DONE' : 'ACCORD_SEED_MORE: run this script again');
`;

function expectedSeedScript() {
  const data = JSON.parse(fs.readFileSync(PLANS_FILE, "utf8"));
  const specs = data.plans.map(planSpec);
  const { accounts, contacts } = lookups(specs);
  const script =
    "// GENERATED FILE: do not edit. Source: data/plans.json, built by `npm run build` (scripts/build-seed-apex.js).\n" +
    "// Seeds the sample plans through Accord's services. Needs data/sample-tree imported and the running user\n" +
    "// holding Accord_User and Accord_Plan_Manager (company signatures). Run it until it logs ACCORD_SEED_DONE:\n" +
    "//   sf apex run --file scripts/apex/seed-sample-plans.apex\n" +
    `String PLANS = ${apexString(JSON.stringify(specs))};\n` +
    `Map<String, String> ACCOUNTS = ${apexMap(accounts)};\n` +
    `Map<String, String> CONTACTS = ${apexMap(contacts)};\n` +
    WALK;
  if (script.length > MAX_ANONYMOUS_APEX) {
    throw new Error(
      `scripts/apex/seed-sample-plans.apex would be ${script.length} characters; anonymous Apex allows ${MAX_ANONYMOUS_APEX}. Shorten data/plans.json or split the script.`
    );
  }
  return script;
}

function writeSeedScript() {
  fs.mkdirSync(path.dirname(SEED_SCRIPT), { recursive: true });
  fs.writeFileSync(SEED_SCRIPT, expectedSeedScript());
}

module.exports = { expectedSeedScript, writeSeedScript, SEED_SCRIPT };

if (require.main === module) writeSeedScript();
