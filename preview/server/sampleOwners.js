"use strict";
// The sample stakeholders' relationship owners (data/sample-owners.json): users, which the sample tree cannot
// import, assigned by the preview as an org's users would be. "preview" is the preview's own user.

const fs = require("node:fs");
const path = require("node:path");
const { PREVIEW_USER } = require("./actor");

/**
 * @param {string} dataFolder
 * @param {Set<string>} stakeholderRefs referenceIds of the sample stakeholders
 * @returns {Map<string, { id: string, name: string }>} owner by stakeholder referenceId
 */
function readSampleOwners(dataFolder, stakeholderRefs) {
  const file = path.join(dataFolder, "sample-owners.json");
  if (!fs.existsSync(file)) return new Map();
  const { users, owners } = JSON.parse(fs.readFileSync(file, "utf8"));
  const userOf = (key) => (key === "preview" ? { id: PREVIEW_USER.userId, name: PREVIEW_USER.userName } : users[key]);
  const result = new Map();
  for (const [ref, key] of Object.entries(owners || {})) {
    if (!stakeholderRefs.has(ref)) {
      throw new Error(`data/sample-owners.json: ${ref} is no stakeholder in data/sample-tree (check its referenceId)`);
    }
    const user = Object.prototype.hasOwnProperty.call(users || {}, key) ? userOf(key) : null;
    if (!user || !user.id || !user.name) {
      throw new Error(`data/sample-owners.json: ${ref} is owned by "${key}", which "users" does not define`);
    }
    result.set(ref, user);
  }
  return result;
}

/**
 * The preview's users (the org lists its active users): the preview user first, then the sample users of
 * data/sample-owners.json — the one list the survey's colleagues and the relationship owners both come from.
 * @param {string} dataFolder
 * @returns {{ id: string, name: string }[]}
 */
function readSampleUsers(dataFolder) {
  const file = path.join(dataFolder, "sample-owners.json");
  const { users } = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : { users: {} };
  const others = Object.entries(users || {})
    .filter(([key]) => key !== "preview")
    .map(([, user]) => ({ id: user.id, name: user.name }));
  return [{ id: PREVIEW_USER.userId, name: PREVIEW_USER.userName }, ...others];
}

module.exports = { readSampleOwners, readSampleUsers };
