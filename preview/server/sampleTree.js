"use strict";
// Reads data/sample-tree (sf data import tree format) as `sf data import tree --plan` would: records get
// Ids in plan order and "@referenceId" values are replaced by the Id of the record they name.

const fs = require("node:fs");
const path = require("node:path");

/** Key prefixes of the objects in the sample; custom objects get stable made-up prefixes. */
const KEY_PREFIXES = {
  Account: "001",
  Contact: "003",
  User: "005",
  Customer_Account_Plan__c: "a01",
  Customer_Need__c: "a02",
  Plan_Initiative__c: "a03",
  Plan_Commitment__c: "a04",
  Plan_Signature__c: "a05",
  Plan_Review__c: "a06",
  Account_Stakeholder__c: "a07",
  Collaboration_Assessment__c: "a08",
  Collaboration_Rating__c: "a09",
  Account_Selection_Rating__c: "a0A",
  Key_Account_Nomination__c: "a0K",
  ContentDocument: "069"
};

/** Makes 18-character Salesforce-style Ids, one sequence per object. */
function createIdFactory() {
  const counters = new Map();
  return (type) => {
    const prefix = KEY_PREFIXES[type];
    if (!prefix)
      throw new Error(`No key prefix for object ${type}: add it to KEY_PREFIXES in preview/server/sampleTree.js`);
    const next = (counters.get(type) || 0) + 1;
    counters.set(type, next);
    return `${prefix}${String(next).padStart(12, "0")}AAA`;
  };
}

/**
 * Replaces "@ref" values by Ids; an unknown reference names the record and field that holds it.
 * @returns {Record<string, any>}
 */
function resolveReferences(record, idsByRef, where) {
  const resolved = {};
  for (const [field, value] of Object.entries(record)) {
    if (field === "attributes") continue;
    if (typeof value === "string" && value.startsWith("@")) {
      const id = idsByRef.get(value.slice(1));
      if (!id) throw new Error(`${where}: ${field} references ${value}, which no earlier record defines`);
      resolved[field] = id;
    } else {
      resolved[field] = value;
    }
  }
  return resolved;
}

function readSampleTree(dataFolder, newId, idsByRef) {
  const treeFolder = path.join(dataFolder, "sample-tree");
  const planFile = path.join(treeFolder, "plan.json");
  if (!fs.existsSync(planFile)) {
    throw new Error(`${planFile} is missing: the preview seeds from data/sample-tree (sf data import tree format)`);
  }
  const records = [];
  for (const step of JSON.parse(fs.readFileSync(planFile, "utf8"))) {
    for (const file of step.files) {
      const doc = JSON.parse(fs.readFileSync(path.join(treeFolder, file), "utf8"));
      if (!Array.isArray(doc.records)) throw new Error(`data/sample-tree/${file}: expected { "records": [...] }`);
      for (const raw of doc.records) {
        const { type, referenceId } = raw.attributes || {};
        if (type !== step.sobject) {
          throw new Error(
            `data/sample-tree/${file}: record ${referenceId} has type ${type}, the plan says ${step.sobject}`
          );
        }
        const id = newId(type);
        const record = {
          Id: id,
          ...resolveReferences(raw, idsByRef, `data/sample-tree/${file} record ${referenceId}`)
        };
        if (referenceId) idsByRef.set(referenceId, id);
        records.push({ type, referenceId, record });
      }
    }
  }
  return records;
}

module.exports = { readSampleTree, createIdFactory, resolveReferences };
