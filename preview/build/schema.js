"use strict";
// Objects and fields of the project (force-app/main/default/objects), to check @salesforce/schema imports.

const fs = require("node:fs");
const path = require("node:path");

/** Map objectApiName → Set of custom field names found in the project's metadata. */
function readProjectSchema(objectsFolder) {
  const schema = new Map();
  if (!fs.existsSync(objectsFolder)) return schema;
  for (const object of fs.readdirSync(objectsFolder)) {
    const fieldsFolder = path.join(objectsFolder, object, "fields");
    const fields = fs.existsSync(fieldsFolder)
      ? fs.readdirSync(fieldsFolder).map((n) => n.replace(/\.field-meta\.xml$/, ""))
      : [];
    schema.set(object, new Set(fields));
  }
  return schema;
}

/**
 * Checks an @salesforce/schema reference ("Account", "Account.Name", "Customer_Need__c.Verbatim__c",
 * "Account_Stakeholder__c.Contact__r.Name"). Custom names (ending __c/__r/__mdt) must exist in the project;
 * standard names cannot be checked offline and are accepted. Returns an error message or null.
 */
function checkSchemaReference(schema, reference) {
  const [object, ...fieldPath] = reference.split(".");
  const isCustom = (name) => /__(c|mdt|r)$/.test(name);
  if (isCustom(object) && !schema.has(object))
    return `unknown object ${object} (not in force-app/main/default/objects)`;
  if (fieldPath.length > 0 && schema.has(object)) {
    const field = fieldPath[0].replace(/__r$/, "__c");
    if (isCustom(field) && !schema.get(object).has(field)) return `unknown field ${object}.${field}`;
  }
  return null;
}

module.exports = { readProjectSchema, checkSchemaReference };
