"use strict";
// Sample data (data/sample-tree for `sf data import tree`, data/plans.json for the preview and
// the scratch-org plan loader) must match the object metadata: fields that exist, values of the
// right type, picklist values that exist, references that resolve, dimension and criterion codes
// that exist, and plans that are consistent with their lifecycle state.
// Each check returns findings; the last tests prove each check reports a broken copy.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { XMLParser } = require("fast-xml-parser");
const { createSchema } = require("../../checks/lib/schema");

const ROOT = path.join(__dirname, "../..");
const DEFAULT = path.join(ROOT, "force-app/main/default");
const TREE = path.join(ROOT, "data/sample-tree");
const PLAN_FILE = path.join(TREE, "plan.json");
const PLANS = path.join(ROOT, "data/plans.json");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const PLAN_CHILDREN = {
  needs: "Customer_Need__c",
  initiatives: "Plan_Initiative__c",
  signatures: "Plan_Signature__c",
  reviews: "Plan_Review__c"
};

const xml = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (n) => ["value", "customValue"].includes(n)
});
const readJson = (file) => JSON.parse(fs.readFileSync(file, "utf8"));
const readXml = (file) => xml.parse(fs.readFileSync(file, "utf8"));
const isRef = (v) => typeof v === "string" && v.startsWith("@");

// ---- schema: custom fields from metadata (with picklist values), standard fields from apex-ls ----
function globalValueSet(name) {
  const file = path.join(DEFAULT, "globalValueSets", `${name}.globalValueSet-meta.xml`);
  if (!fs.existsSync(file)) return null;
  return (readXml(file).GlobalValueSet.customValue || []).map((v) => v.fullName);
}

function customFields(objectName) {
  const dir = path.join(DEFAULT, "objects", objectName, "fields");
  const fields = new Map();
  if (!fs.existsSync(dir)) return fields;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".field-meta.xml"))) {
    const f = readXml(path.join(dir, file)).CustomField;
    let values = null;
    if (f.type === "Picklist" || f.type === "MultiselectPicklist") {
      values = f.valueSet?.valueSetName
        ? globalValueSet(f.valueSet.valueSetName)
        : (f.valueSet?.valueSetDefinition?.value || []).map((v) => v.fullName);
    }
    fields.set(f.fullName, { ...f, picklistValues: values, valueSetName: f.valueSet?.valueSetName });
  }
  return fields;
}

const standard = createSchema([path.join(ROOT, "force-app")]);
const STANDARD_REFERENCE = { AccountId: "Account", ReportsToId: "Contact", OwnerId: "User" };

/** { exists, describe(field) } for one object: custom metadata first, then standard fields. */
function objectSchema(objectName) {
  const custom = customFields(objectName);
  const std = standard.get(objectName);
  const declared = fs.existsSync(path.join(DEFAULT, "objects", objectName, `${objectName}.object-meta.xml`));
  return {
    exists: declared || Boolean(std),
    describe(field) {
      if (custom.has(field)) return custom.get(field);
      if (std && std.fields.has(field.toLowerCase()) && !field.endsWith("__c")) {
        return {
          fullName: field,
          type: STANDARD_REFERENCE[field] ? "Lookup" : "Standard",
          referenceTo: STANDARD_REFERENCE[field]
        };
      }
      return null;
    }
  };
}

const schemas = new Map();
const schemaOf = (objectName) => {
  if (!schemas.has(objectName)) schemas.set(objectName, objectSchema(objectName));
  return schemas.get(objectName);
};

// ---- value checks for one record ----
const NOT_WRITABLE = ["AutoNumber", "Summary"];
function checkFieldValue(where, f, v) {
  const problems = [];
  const type = f.formula ? "Formula" : f.type;
  if (NOT_WRITABLE.includes(type) || type === "Formula")
    return [`${where}: ${f.fullName} is a ${type} field and cannot be set`];
  if (["Lookup", "MasterDetail", "Hierarchy"].includes(type)) {
    if (!isRef(v)) problems.push(`${where}: ${f.fullName} must be an @reference, not ${JSON.stringify(v)}`);
  } else if (["Number", "Percent", "Currency"].includes(type)) {
    if (typeof v !== "number" || !Number.isFinite(v)) problems.push(`${where}: ${f.fullName} must be a number`);
    else {
      const scale = Number(f.scale || 0);
      const digits = Number(f.precision || 18) - scale;
      if (Math.abs(Math.trunc(v)).toString().length > digits)
        problems.push(`${where}: ${f.fullName} ${v} has too many digits`);
      if (scale === 0 && !Number.isInteger(v)) problems.push(`${where}: ${f.fullName} ${v} must be a whole number`);
    }
  } else if (type === "Checkbox") {
    if (typeof v !== "boolean") problems.push(`${where}: ${f.fullName} must be true or false`);
  } else if (type === "Date") {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))
      problems.push(`${where}: ${f.fullName} must be a YYYY-MM-DD date`);
  } else if (type === "DateTime") {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(v))
      problems.push(`${where}: ${f.fullName} must be an ISO 8601 UTC date-time`);
  } else if (type === "Picklist") {
    if (!f.picklistValues)
      problems.push(`${where}: ${f.fullName} uses value set ${f.valueSetName}, which does not exist`);
    else if (!f.picklistValues.includes(v))
      problems.push(`${where}: ${f.fullName} '${v}' is not a value of the picklist (${f.picklistValues.join(", ")})`);
  } else if (type !== "Standard") {
    if (typeof v !== "string") problems.push(`${where}: ${f.fullName} must be text`);
    else if (f.length && [...v].length > Number(f.length))
      problems.push(`${where}: ${f.fullName} is longer than ${f.length} characters`);
  }
  return problems;
}

/** Checks fields and values of one record; returns findings and the references it makes. */
function checkRecord(where, objectName, record, skipKeys = []) {
  const schema = schemaOf(objectName);
  if (!schema.exists) return { findings: [`${where}: object ${objectName} does not exist`], refs: [] };
  const findings = [];
  const refs = [];
  for (const [field, v] of Object.entries(record)) {
    if (field === "attributes" || skipKeys.includes(field) || v === null) continue;
    const f = schema.describe(field);
    if (!f) {
      findings.push(`${where}: field ${objectName}.${field} does not exist`);
      continue;
    }
    findings.push(...checkFieldValue(where, f, v));
    if (isRef(v)) refs.push({ where, field, target: v.slice(1), referenceTo: f.referenceTo });
  }
  return { findings, refs };
}

// ---- the tree import ----
function loadTree() {
  const plan = readJson(PLAN_FILE);
  const files = plan.flatMap((entry) =>
    entry.files.map((file) => ({ sobject: entry.sobject, file, records: readJson(path.join(TREE, file)).records }))
  );
  return { plan, files };
}

function checkTree(tree) {
  const findings = [];
  const saved = new Map(); // referenceId → type, in plan order
  for (const { sobject, file, records } of tree.files) {
    const pending = [];
    for (const record of records) {
      const where = `${file} ${record.attributes?.referenceId}`;
      if (record.attributes?.type !== sobject)
        findings.push(`${where}: attributes.type ${record.attributes?.type} differs from the plan's ${sobject}`);
      if (!record.attributes?.referenceId) findings.push(`${file}: a record has no referenceId`);
      if (saved.has(record.attributes.referenceId) || pending.some((p) => p.id === record.attributes.referenceId)) {
        findings.push(`${where}: referenceId is used twice`);
      }
      const result = checkRecord(where, sobject, record);
      findings.push(...result.findings);
      // A reference resolves only to a record saved by an earlier file of the plan.
      for (const ref of result.refs) {
        if (!saved.has(ref.target))
          findings.push(`${ref.where}: ${ref.field} references @${ref.target}, which no earlier file saves`);
        else if (ref.referenceTo && saved.get(ref.target) !== ref.referenceTo) {
          findings.push(
            `${ref.where}: ${ref.field} must reference a ${ref.referenceTo}, @${ref.target} is a ${saved.get(ref.target)}`
          );
        }
      }
      pending.push({ id: record.attributes.referenceId, type: sobject });
    }
    for (const p of pending) saved.set(p.id, p.type);
  }
  return findings;
}

function cmdtCodes(typeBase) {
  const dir = path.join(DEFAULT, "customMetadata");
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${typeBase}.`))
    .map((f) => f.split(".")[1]);
}
function dimensionAudiences() {
  const dir = path.join(DEFAULT, "customMetadata");
  const audiences = new Map();
  for (const code of cmdtCodes("Collaboration_Dimension")) {
    const text = fs.readFileSync(path.join(dir, `Collaboration_Dimension.${code}.md-meta.xml`), "utf8");
    audiences.set(code, /<field>Audience__c<\/field>\s*<value[^>]*>([^<]+)</.exec(text)[1]);
  }
  return audiences;
}

function recordsOf(tree, type) {
  return tree.files.filter((f) => f.sobject === type).flatMap((f) => f.records);
}

/** The business content of the sample: what the preview and the scores need to show. */
function checkTreeContent(tree) {
  const findings = [];
  const accounts = recordsOf(tree, "Account");
  const stakeholders = recordsOf(tree, "Account_Stakeholder__c");
  const assessments = recordsOf(tree, "Collaboration_Assessment__c");
  const ratings = recordsOf(tree, "Collaboration_Rating__c");
  const selections = recordsOf(tree, "Account_Selection_Rating__c");
  const contacts = recordsOf(tree, "Contact");
  const audiences = dimensionAudiences();
  const criteria = cmdtCodes("Selection_Criterion");
  const accountOf = (r) =>
    Object.entries(r).find(
      ([k, v]) => k !== "Reports_To__c" && isRef(v) && accounts.some((a) => `@${a.attributes.referenceId}` === v)
    )?.[1];

  const countries = accounts.map((a) => a.Kam_Country_Code__c);
  if (new Set(countries).size !== 4 || accounts.length !== 4)
    findings.push(`expected 4 accounts in 4 countries (one without a plan), found ${countries.join(", ")}`);
  for (const a of accounts) {
    const ref = `@${a.attributes.referenceId}`;
    const mine = stakeholders.filter((s) => accountOf(s) === ref);
    if (mine.length < 6 || mine.length > 9) findings.push(`${a.Name}: ${mine.length} stakeholders, expected 6-9`);
    if (!mine.some((s) => s.Is_Signatory__c === true)) findings.push(`${a.Name}: no signatory stakeholder`);
    if (!mine.some((s) => s.Reports_To__c)) findings.push(`${a.Name}: no Reports_To hierarchy`);
    const mineAssessments = assessments.filter((s) => accountOf(s) === ref);
    for (const type of ["Customer", "Internal"]) {
      if (!mineAssessments.some((s) => s.Respondent_Type__c === type))
        findings.push(`${a.Name}: no ${type} respondent`);
    }
    const functions = new Set(mineAssessments.filter((s) => s.Function__c).map((s) => s.Function__c));
    if (functions.size < 3)
      findings.push(`${a.Name}: internal respondents from ${functions.size} functions, expected several`);
    const rated = selections.filter((s) => accountOf(s) === ref).map((s) => s.Criterion__c);
    for (const c of criteria)
      if (!rated.includes(c)) findings.push(`${a.Name}: no selection rating for criterion ${c}`);
  }
  for (const s of stakeholders) {
    const id = s.attributes.referenceId;
    if (!(s.Influence__c >= 1 && s.Influence__c <= 5)) findings.push(`${id}: influence ${s.Influence__c} outside 1-5`);
    if (!(s.Stance__c >= -2 && s.Stance__c <= 2)) findings.push(`${id}: stance ${s.Stance__c} outside -2..+2`);
    if (!(s.Relationship_Strength__c >= 1 && s.Relationship_Strength__c <= 5))
      findings.push(`${id}: strength outside 1-5`);
    const contact = contacts.find((c) => `@${c.attributes.referenceId}` === s.Contact__c);
    if (contact && contact.AccountId !== accountOf(s)) findings.push(`${id}: contact belongs to another account`);
    const boss = stakeholders.find((b) => `@${b.attributes.referenceId}` === s.Reports_To__c);
    if (boss && accountOf(boss) !== accountOf(s)) findings.push(`${id}: reports to a stakeholder of another account`);
  }
  for (const a of assessments) {
    const id = a.attributes.referenceId;
    if (a.Respondent_Type__c === "Customer" && (a.Function__c || !a.Respondent_Contact__c))
      findings.push(`${id}: a customer respondent has a contact and no function`);
    if (a.Respondent_Type__c === "Internal" && (!a.Function__c || a.Respondent_Contact__c))
      findings.push(`${id}: an internal respondent has a function and no contact`);
    if (!/^\d{4}$/.test(a.Period__c || "")) findings.push(`${id}: period '${a.Period__c}' is not a year`);
    const mine = ratings.filter((r) => Object.values(r).includes(`@${id}`));
    if (mine.length === 0) findings.push(`${id}: no ratings`);
    const dims = mine.map((r) => r.Dimension__c);
    if (new Set(dims).size !== dims.length) findings.push(`${id}: rates one dimension twice`);
    for (const r of mine) {
      const audience = audiences.get(r.Dimension__c);
      if (!audience) findings.push(`${r.attributes.referenceId}: dimension code '${r.Dimension__c}' does not exist`);
      else if (audience !== "Both" && audience !== a.Respondent_Type__c)
        findings.push(`${r.attributes.referenceId}: ${a.Respondent_Type__c} respondents do not rate ${r.Dimension__c}`);
      if (r.Score__c !== undefined && !(Number.isInteger(r.Score__c) && r.Score__c >= 1 && r.Score__c <= 5))
        findings.push(`${r.attributes.referenceId}: score outside 1-5`);
    }
  }
  for (const s of selections) {
    if (!criteria.includes(s.Criterion__c))
      findings.push(`${s.attributes.referenceId}: criterion code '${s.Criterion__c}' does not exist`);
    if (!(Number.isInteger(s.Rating__c) && s.Rating__c >= 1 && s.Rating__c <= 5))
      findings.push(`${s.attributes.referenceId}: rating outside 1-5`);
  }
  return findings;
}

// ---- plans.json ----
function checkPlanFields(plans) {
  const findings = [];
  for (const plan of plans.plans) {
    const pid = plan.attributes.referenceId;
    findings.push(...checkRecord(pid, "Customer_Account_Plan__c", plan, Object.keys(PLAN_CHILDREN)).findings);
    for (const [key, type] of Object.entries(PLAN_CHILDREN)) {
      for (const child of plan[key] || []) {
        const where = `${pid}/${child.attributes?.referenceId}`;
        if (child.attributes?.type !== type) findings.push(`${where}: attributes.type must be ${type}`);
        findings.push(...checkRecord(where, type, child, ["commitments"]).findings);
        for (const c of child.commitments || []) {
          findings.push(...checkRecord(`${where}/${c.attributes.referenceId}`, "Plan_Commitment__c", c).findings);
        }
      }
    }
  }
  return findings;
}

function checkPlanContent(plans, tree) {
  const findings = [];
  const contacts = new Map(recordsOf(tree, "Contact").map((c) => [`@${c.attributes.referenceId}`, c]));
  const stakeholders = recordsOf(tree, "Account_Stakeholder__c");
  const accounts = new Set(recordsOf(tree, "Account").map((a) => `@${a.attributes.referenceId}`));
  const keys = new Set();
  const useKey = (where, key) => {
    if (!UUID.test(key || "")) findings.push(`${where}: Key__c '${key}' is not a UUID`);
    if (keys.has(key)) findings.push(`${where}: Key__c is used twice`);
    keys.add(key);
  };
  const sequenced = (where, records) => {
    const seq = records.map((r) => r.Sequence__c);
    if (seq.join() !== records.map((_, i) => i + 1).join())
      findings.push(`${where}: Sequence__c must run 1..${records.length}`);
  };
  for (const plan of plans.plans) {
    const pid = plan.attributes.referenceId;
    const account = Object.values(plan).find((v) => accounts.has(v));
    if (!account) findings.push(`${pid}: references no sample account`);
    const customerOf = (where, field, ref) => {
      const c = contacts.get(ref);
      if (!c) findings.push(`${where}: ${field} ${ref} is not a sample contact`);
      else if (c.AccountId !== account) findings.push(`${where}: ${field} ${ref} works at another account`);
    };
    const { needs = [], initiatives = [], signatures = [], reviews = [] } = plan;
    const commitments = initiatives.flatMap((i) => i.commitments || []);
    sequenced(`${pid} needs`, needs);
    sequenced(`${pid} initiatives`, initiatives);
    for (const i of initiatives) sequenced(`${pid}/${i.attributes.referenceId} commitments`, i.commitments || []);
    for (const r of [...needs, ...initiatives, ...commitments]) useKey(`${pid}/${r.attributes.referenceId}`, r.Key__c);
    const initiativeRefs = new Set(initiatives.map((i) => `@${i.attributes.referenceId}`));
    for (const n of needs) {
      const where = `${pid}/${n.attributes.referenceId}`;
      if (n.Raised_By__c) customerOf(where, "Raised_By__c", n.Raised_By__c);
      if (n.Initiative__c && !initiativeRefs.has(n.Initiative__c))
        findings.push(`${where}: Initiative__c ${n.Initiative__c} is not an initiative of this plan`);
    }
    for (const c of commitments) {
      const where = `${pid}/${c.attributes.referenceId}`;
      if (!c.Owner_Name__c) findings.push(`${where}: Owner_Name__c snapshot is missing`);
      if (c.Party__c === "Customer") {
        if (!c.Owner_Contact__c) findings.push(`${where}: a customer commitment needs Owner_Contact__c`);
        else customerOf(where, "Owner_Contact__c", c.Owner_Contact__c);
      } else if (c.Owner_Contact__c) findings.push(`${where}: a company commitment cannot be owned by a contact`);
    }
    for (const s of signatures) {
      const where = `${pid}/${s.attributes.referenceId}`;
      if (s.Party__c === "Customer") {
        customerOf(where, "Signer_Contact__c", s.Signer_Contact__c);
        const st = stakeholders.find((x) => x.Contact__c === s.Signer_Contact__c);
        if (!st || st.Is_Signatory__c !== true)
          findings.push(`${where}: the customer signer is not a signatory stakeholder`);
      } else if (s.Signer_Contact__c) findings.push(`${where}: a company signature cannot have a contact signer`);
      if (s.Plan_Version__c !== plan.Version__c)
        findings.push(`${where}: signs version ${s.Plan_Version__c}, plan is at ${plan.Version__c}`);
    }
    if (!(plan.Period_End__c > plan.Period_Start__c)) findings.push(`${pid}: period end must be after start`);
    // Lifecycle: what must hold for the plan to have reached its status through the services.
    const status = plan.Status__c;
    const parties = signatures
      .map((s) => s.Party__c)
      .sort()
      .join(",");
    if (status !== "Draft") {
      for (const n of needs) {
        const where = `${pid}/${n.attributes.referenceId}`;
        if (n.Decision__c === "Pending") findings.push(`${where}: undecided need in a shared plan`);
        if (["Defer", "Decline"].includes(n.Decision__c) && !n.Decision_Rationale__c)
          findings.push(`${where}: declined or deferred need without rationale`);
        if (n.Decision__c === "Commit" && !n.Initiative__c)
          findings.push(`${where}: committed need without initiative`);
      }
      for (const i of initiatives) {
        const where = `${pid}/${i.attributes.referenceId}`;
        if (!i.Success_Measure__c) findings.push(`${where}: initiative without success measure`);
        if (!(i.Target_Date__c >= plan.Period_Start__c && i.Target_Date__c <= plan.Period_End__c))
          findings.push(`${where}: target date outside the period`);
        const ps = new Set((i.commitments || []).map((c) => c.Party__c));
        if (!ps.has("Company") || !ps.has("Customer")) findings.push(`${where}: needs a commitment from each party`);
      }
    }
    const expectedParties = {
      Draft: [""],
      "In Review": ["", "Company", "Customer"],
      Agreed: ["Company,Customer"],
      "Under Review": ["Company,Customer"],
      Closed: ["Company,Customer"]
    }[status];
    if (!expectedParties) findings.push(`${pid}: unknown status ${status}`);
    else if (!expectedParties.includes(parties))
      findings.push(`${pid}: a ${status} plan cannot have signatures [${parties}]`);
    if (["Agreed", "Under Review", "Closed"].includes(status) && !plan.Agreed_On__c)
      findings.push(`${pid}: Agreed_On__c missing`);
    if (status === "Closed") {
      for (const c of commitments)
        if (!c.Review_Outcome__c)
          findings.push(`${pid}/${c.attributes.referenceId}: closed plan commitment without review outcome`);
      if (!reviews.some((r) => r.Review_Type__c === "Annual review"))
        findings.push(`${pid}: closed plan without annual review`);
    }
  }
  return findings;
}

function checkPlanCoverage(plans) {
  const findings = [];
  const statuses = plans.plans.map((p) => p.Status__c);
  for (const s of ["Draft", "In Review", "Agreed", "Closed"])
    if (!statuses.includes(s)) findings.push(`no ${s} plan in the sample`);
  const inReview = plans.plans.find((p) => p.Status__c === "In Review");
  if (inReview && !(inReview.signatures || []).some((s) => s.Party__c === "Company"))
    findings.push("the In Review plan has no company signature");
  const accountOf = (p) => Object.values(p).find((v) => typeof v === "string" && v.startsWith("@"));
  const closed = plans.plans.find((p) => p.Status__c === "Closed");
  if (
    closed &&
    !plans.plans.some(
      (p) => p !== closed && accountOf(p) === accountOf(closed) && p.Period_Start__c > closed.Period_Start__c
    )
  ) {
    findings.push("the Closed plan's account has no following plan");
  }
  const verbatims = plans.plans.flatMap((p) => (p.needs || []).map((n) => n.Verbatim__c));
  if (!verbatims.some((v) => v.includes("<b>HTML</b> & <script>alert(1)</script>")))
    findings.push("no need verbatim with the HTML and script text");
  if (!verbatims.some((v) => /[äöüß]/.test(v))) findings.push("no need in German");
  if (!verbatims.some((v) => /[\uac00-\ud7a3]/.test(v))) findings.push("no need in Korean");
  for (const d of ["Commit", "Defer", "Decline"]) {
    if (!plans.plans.some((p) => (p.needs || []).some((n) => n.Decision__c === d)))
      findings.push(`no ${d} decision in the sample`);
  }
  return findings;
}

// ---- tests on the real files ----
const tree = loadTree();
const plans = readJson(PLANS);

test("the tree import plan lists existing files in dependency order", () => {
  for (const entry of tree.plan) {
    assert.equal(typeof entry.sobject, "string");
    for (const file of entry.files) assert.ok(fs.existsSync(path.join(TREE, file)), `${file} exists`);
  }
  assert.deepEqual(
    [...new Set(tree.plan.map((e) => e.sobject))],
    [
      "Account",
      "Contact",
      "Account_Stakeholder__c",
      "Collaboration_Assessment__c",
      "Collaboration_Rating__c",
      "Account_Selection_Rating__c",
      "Key_Account_Nomination__c"
    ]
  );
});

test("tree records use existing fields, valid values and picklist values, and references that resolve", () => {
  assert.deepEqual(checkTree(tree), []);
});

test("tree content: 4 accounts in 4 countries, 6-9 stakeholders each, customer and internal ratings, all criteria", () => {
  assert.deepEqual(checkTreeContent(tree), []);
});

test("plan records use existing fields and valid values", () => {
  assert.deepEqual(checkPlanFields(plans), []);
});

test("plans are consistent with their lifecycle state, keys and references", () => {
  assert.deepEqual(checkPlanContent(plans, tree), []);
});

test("the plans cover every lifecycle state, languages and the HTML-as-text case", () => {
  assert.deepEqual(checkPlanCoverage(plans), []);
});

// ---- the checks can fail ----
const copy = (v) => JSON.parse(JSON.stringify(v));

test("the checks catch broken sample data", async (t) => {
  await t.test("unknown field, bad picklist value, wrong value type, unresolved and mistyped references", () => {
    const broken = copy(tree);
    const stakeholder = broken.files.find((f) => f.sobject === "Account_Stakeholder__c").records[0];
    stakeholder.Shoe_Size__c = 42;
    stakeholder.Role__c = "Chief_Happiness_Officer";
    stakeholder.Influence__c = "high";
    stakeholder.Contact__c = "@Nobody";
    broken.files.find((f) => f.sobject === "Account_Stakeholder__c").records[1].Contact__c = "@AccDE";
    broken.files.find((f) => f.sobject === "Contact").records[0].AccountId =
      broken.files[1].records[1].attributes.referenceId;
    broken.files.find((f) => f.sobject === "Contact").records[1].AccountId =
      `@${broken.files[1].records[0].attributes.referenceId}`;
    const findings = checkTree(broken).join("\n");
    assert.match(findings, /field Account_Stakeholder__c\.Shoe_Size__c does not exist/);
    assert.match(findings, /Role__c 'Chief_Happiness_Officer' is not a value of the picklist/);
    assert.match(findings, /Influence__c must be a number/);
    assert.match(findings, /Contact__c references @Nobody, which no earlier file saves/);
    assert.match(findings, /Contact__c must reference a Contact, @AccDE is a Account/);
    assert.match(findings, /AccountId must be an @reference/);
    assert.match(findings, /AccountId references @\w+, which no earlier file saves/);
  });
  await t.test("unknown dimension and criterion codes, out-of-range values, wrong audience", () => {
    const broken = copy(tree);
    const ratings = broken.files.find((f) => f.sobject === "Collaboration_Rating__c").records;
    ratings[0].Dimension__c = "Happiness";
    ratings[1].Score__c = 7;
    const customerRating = ratings.find((r) => r.Dimension__c === "Scientific_Exchange");
    customerRating.Dimension__c = "Internal_Alignment";
    broken.files.find((f) => f.sobject === "Account_Selection_Rating__c").records[0].Criterion__c = "Golf_Handicap";
    broken.files.find((f) => f.sobject === "Account_Stakeholder__c").records[0].Stance__c = 3;
    const findings = checkTreeContent(broken).join("\n");
    assert.match(findings, /dimension code 'Happiness' does not exist/);
    assert.match(findings, /score outside 1-5/);
    assert.match(findings, /Customer respondents do not rate Internal_Alignment/);
    assert.match(findings, /criterion code 'Golf_Handicap' does not exist/);
    assert.match(findings, /stance 3 outside -2\.\.\+2/);
  });
  await t.test("plan fields and lifecycle rules", () => {
    const broken = copy(plans);
    const agreed = broken.plans.find((p) => p.Status__c === "Agreed");
    agreed.Mood__c = "happy";
    agreed.needs[0].Decision__c = "Pending";
    agreed.needs[1].Decision__c = "Maybe";
    agreed.initiatives[0].commitments = agreed.initiatives[0].commitments.filter((c) => c.Party__c === "Company");
    agreed.signatures = agreed.signatures.filter((s) => s.Party__c === "Company");
    agreed.needs[2].Key__c = agreed.needs[0].Key__c;
    const closed = broken.plans.find((p) => p.Status__c === "Closed");
    delete closed.initiatives[0].commitments[0].Review_Outcome__c;
    assert.match(checkPlanFields(broken).join("\n"), /field Customer_Account_Plan__c\.Mood__c does not exist/);
    assert.match(checkPlanFields(broken).join("\n"), /Decision__c 'Maybe' is not a value of the picklist/);
    const findings = checkPlanContent(broken, tree).join("\n");
    assert.match(findings, /undecided need in a shared plan/);
    assert.match(findings, /needs a commitment from each party/);
    assert.match(findings, /a Agreed plan cannot have signatures \[Company\]/);
    assert.match(findings, /Key__c is used twice/);
    assert.match(findings, /closed plan commitment without review outcome/);
  });
  await t.test("plan coverage", () => {
    const broken = copy(plans);
    broken.plans = broken.plans.filter((p) => p.Status__c !== "Draft" && p.Status__c !== "Closed");
    const findings = checkPlanCoverage(broken).join("\n");
    assert.match(findings, /no Draft plan/);
    assert.match(findings, /no Closed plan/);
    assert.match(findings, /no need verbatim with the HTML and script text/);
  });
});
