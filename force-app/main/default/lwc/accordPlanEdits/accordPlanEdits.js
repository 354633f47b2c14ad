/**
 * Edits of the workspace's working copy of a plan. Every function returns a new plan (the input is
 * never mutated) and applies normalizeText to text typed by the user, because Apex cannot
 * NFC-normalize and the fingerprint must be the same on both sides. Which edits are allowed is
 * decided by the server (and mirrored in accordCore); these functions only shape the data.
 */
import { normalizeText } from "c/accordCore";

const TEXT_FIELDS = new Set([
  "verbatim",
  "decisionRationale",
  "title",
  "successMeasure",
  "description",
  "ownerName",
  "customerGoals"
]);

/** A random UUID v4 (the Key__c of a new record), from the platform when it offers one. */
export function newKey() {
  const cryptoApi = typeof globalThis !== "undefined" ? globalThis.crypto : undefined;
  if (cryptoApi && typeof cryptoApi.randomUUID === "function") return cryptoApi.randomUUID();
  const hex = [];
  for (let i = 0; i < 32; i++) hex.push(Math.floor(Math.random() * 16).toString(16));
  hex[12] = "4";
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const text = hex.join("");
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

/** A deep copy: DTOs are plain JSON, and the copy must not share arrays with the server's plan. */
export function clonePlan(plan) {
  return plan ? JSON.parse(JSON.stringify(plan)) : null;
}

/** Text fields normalized (NFC, LF); blank optional text becomes null. */
function normalizeChanges(changes) {
  const result = {};
  Object.keys(changes).forEach((name) => {
    const value = changes[name];
    if (TEXT_FIELDS.has(name) && typeof value === "string") {
      const text = normalizeText(value);
      result[name] =
        text.trim() === "" && name !== "verbatim" && name !== "title" && name !== "description" ? null : text;
    } else {
      result[name] = value === undefined ? null : value;
    }
  });
  return result;
}

function nextSequence(records) {
  return records.reduce((max, record) => Math.max(max, record.sequence || 0), 0) + 1;
}

export function addNeed(plan, fields, key = newKey()) {
  const need = {
    key,
    sequence: nextSequence(plan.needs),
    verbatim: "",
    theme: null,
    raisedById: null,
    raisedByName: null,
    customerPriority: null,
    decision: "Pending",
    decisionRationale: null,
    initiativeKey: null,
    ...normalizeChanges(fields)
  };
  return { ...plan, needs: [...plan.needs, need] };
}

export function updateNeed(plan, key, changes) {
  const normalized = normalizeChanges(changes);
  return { ...plan, needs: plan.needs.map((need) => (need.key === key ? { ...need, ...normalized } : need)) };
}

export function removeNeed(plan, key) {
  return { ...plan, needs: plan.needs.filter((need) => need.key !== key) };
}

export function addInitiative(plan, fields, key = newKey()) {
  const initiative = {
    key,
    sequence: nextSequence(plan.initiatives),
    title: "",
    successMeasure: null,
    targetDate: null,
    status: "Not started",
    commitments: [],
    ...normalizeChanges(fields)
  };
  return { ...plan, initiatives: [...plan.initiatives, initiative] };
}

export function updateInitiative(plan, key, changes) {
  const normalized = normalizeChanges(changes);
  return {
    ...plan,
    initiatives: plan.initiatives.map((initiative) => {
      return initiative.key === key ? { ...initiative, ...normalized } : initiative;
    })
  };
}

/**
 * Links exactly these committed needs to an initiative (the initiative form's choice): the needs named point to
 * it, needs that pointed to it and are no longer named are unlinked. Without a list (undefined) nothing changes.
 */
export function linkNeeds(plan, initiativeKey, needKeys) {
  if (!Array.isArray(needKeys)) return plan;
  const chosen = new Set(needKeys);
  return {
    ...plan,
    needs: plan.needs.map((need) => {
      if (chosen.has(need.key) && need.decision === "Commit") return { ...need, initiativeKey };
      return need.initiativeKey === initiativeKey && !chosen.has(need.key) ? { ...need, initiativeKey: null } : need;
    })
  };
}

/** Removes an initiative and unlinks the needs that pointed to it (they need a new decision). */
export function removeInitiative(plan, key) {
  return {
    ...plan,
    initiatives: plan.initiatives.filter((initiative) => initiative.key !== key),
    needs: plan.needs.map((need) => (need.initiativeKey === key ? { ...need, initiativeKey: null } : need))
  };
}

export function addCommitment(plan, initiativeKey, fields, key = newKey()) {
  return {
    ...plan,
    initiatives: plan.initiatives.map((initiative) => {
      if (initiative.key !== initiativeKey) return initiative;
      const commitment = {
        key,
        sequence: nextSequence(initiative.commitments),
        party: "Company",
        description: "",
        ownerUserId: null,
        ownerContactId: null,
        ownerName: null,
        dueDate: null,
        status: "Open",
        reviewOutcome: null,
        ...normalizeChanges(fields)
      };
      return { ...initiative, commitments: [...initiative.commitments, commitment] };
    })
  };
}

export function updateCommitment(plan, key, changes) {
  const normalized = normalizeChanges(changes);
  return {
    ...plan,
    initiatives: plan.initiatives.map((initiative) => ({
      ...initiative,
      commitments: initiative.commitments.map((commitment) => {
        return commitment.key === key ? { ...commitment, ...normalized } : commitment;
      })
    }))
  };
}

export function removeCommitment(plan, key) {
  return {
    ...plan,
    initiatives: plan.initiatives.map((initiative) => ({
      ...initiative,
      commitments: initiative.commitments.filter((commitment) => commitment.key !== key)
    }))
  };
}

export function updateGoals(plan, customerGoals) {
  return { ...plan, ...normalizeChanges({ customerGoals }) };
}

/** Which part of the workspace shows the record with this key: needs, initiatives or null. */
export function sectionOfRecord(plan, key) {
  if (!plan || !key) return null;
  if (plan.needs.some((need) => need.key === key)) return "needs";
  const inInitiatives = plan.initiatives.some(
    (initiative) => initiative.key === key || initiative.commitments.some((commitment) => commitment.key === key)
  );
  return inInitiatives ? "initiatives" : null;
}

/** All commitments of a plan with the initiative they belong to, in plan order. */
export function allCommitments(plan) {
  const result = [];
  (plan ? plan.initiatives : []).forEach((initiative) => {
    initiative.commitments.forEach((commitment) => result.push({ initiative, commitment }));
  });
  return result;
}
