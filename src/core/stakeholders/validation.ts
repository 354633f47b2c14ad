/**
 * What a stakeholder save must satisfy before anything is written (Apex port: AccordStakeholderRules,
 * used by AccordStakeholderService.save; vectors: spec/stakeholder-validation.json).
 *
 * Rules, checked in this order, every broken one reported (the server refuses with the first):
 * 1. STAKEHOLDER_OUT_OF_RANGE: influence and relationship strength are whole numbers 1-5, stance -2..+2
 *    (fields in that order).
 * 2. STAKEHOLDER_INVALID_VALUE: role is one of STAKEHOLDER_ROLES; decision role is empty or one of DECISION_ROLES.
 * 3. STAKEHOLDER_CONTACT_REQUIRED: a Contact, or a new Contact's last name.
 * 4. STAKEHOLDER_NOT_FOUND: an edit names a stakeholder of this account.
 * 5. DUPLICATE_CONTACT: no other stakeholder of the account has the same Contact.
 * 6. MANAGER_AT_OTHER_ACCOUNT: the manager (reports-to) is a stakeholder of the same account.
 * 7. REPORTING_CYCLE: following reports-to from the saved person never returns to them; the issue names
 *    the people of the circle in reporting order, starting with the saved person (a person made their own
 *    manager is a circle of one). A circle elsewhere that does not pass through the saved person is not
 *    this save's doing and is not reported.
 * `stakeholders` are the account's stakeholders as stored (before the save).
 */
import type { StakeholderDto, StakeholderSaveDto } from "../contract";
import { DECISION_ROLES, STAKEHOLDER_ROLES } from "../values";

export type StakeholderRangeField = "influence" | "relationshipStrength" | "stance";

export type StakeholderIssue =
  | { code: "STAKEHOLDER_OUT_OF_RANGE"; field: StakeholderRangeField; min: number; max: number }
  | { code: "STAKEHOLDER_INVALID_VALUE"; field: "role" | "decisionRole" }
  | { code: "STAKEHOLDER_CONTACT_REQUIRED" }
  | { code: "STAKEHOLDER_NOT_FOUND" }
  | { code: "DUPLICATE_CONTACT"; name: string }
  | { code: "MANAGER_AT_OTHER_ACCOUNT" }
  | { code: "REPORTING_CYCLE"; names: string[] };

export const STAKEHOLDER_RANGES: readonly { field: StakeholderRangeField; min: number; max: number }[] = [
  { field: "influence", min: 1, max: 5 },
  { field: "relationshipStrength", min: 1, max: 5 },
  { field: "stance", min: -2, max: 2 }
];

const isBlank = (value: unknown): boolean => typeof value !== "string" || value.trim() === "";

export function stakeholderIssues(change: StakeholderSaveDto, stakeholders: StakeholderDto[]): StakeholderIssue[] {
  const issues: StakeholderIssue[] = [];
  for (const range of STAKEHOLDER_RANGES) {
    const value: unknown = change[range.field];
    if (typeof value !== "number" || !Number.isInteger(value) || value < range.min || value > range.max) {
      issues.push({ code: "STAKEHOLDER_OUT_OF_RANGE", ...range });
    }
  }
  if (!(STAKEHOLDER_ROLES as readonly unknown[]).includes(change.role)) {
    issues.push({ code: "STAKEHOLDER_INVALID_VALUE", field: "role" });
  }
  if (change.decisionRole !== null && !(DECISION_ROLES as readonly unknown[]).includes(change.decisionRole)) {
    issues.push({ code: "STAKEHOLDER_INVALID_VALUE", field: "decisionRole" });
  }
  if (isBlank(change.contactId) && (change.newContact === null || isBlank(change.newContact.lastName))) {
    issues.push({ code: "STAKEHOLDER_CONTACT_REQUIRED" });
  }
  const ofAccount = stakeholders.filter((s) => s.accountId === change.accountId);
  const byId = new Map(ofAccount.map((s) => [s.id, s]));
  if (change.id !== null && !byId.has(change.id)) issues.push({ code: "STAKEHOLDER_NOT_FOUND" });
  const twin = ofAccount.find(
    (s) => s.id !== change.id && !isBlank(change.contactId) && s.contactId === change.contactId
  );
  if (twin) issues.push({ code: "DUPLICATE_CONTACT", name: twin.name });
  if (change.reportsToId !== null && change.reportsToId !== change.id && !byId.has(change.reportsToId)) {
    issues.push({ code: "MANAGER_AT_OTHER_ACCOUNT" });
  }
  const circle = change.id === null ? null : reportingCircle(change.id, change.reportsToId, byId);
  if (circle) issues.push({ code: "REPORTING_CYCLE", names: circle });
  return issues;
}

/** The names around the circle through `id` once its manager is `managerId`, or null when there is none. */
function reportingCircle(id: string, managerId: string | null, byId: Map<string, StakeholderDto>): string[] | null {
  const self = byId.get(id);
  if (!self) return null;
  const names = [self.name];
  const seen = new Set([id]);
  let next = managerId;
  while (next !== null) {
    if (next === id) return names;
    const person = byId.get(next);
    if (!person || seen.has(next)) return null; // off the account, or a circle that does not pass through id
    seen.add(next);
    names.push(person.name);
    next = person.reportsToId;
  }
  return null;
}

/** "A → B → A": the circle as its message shows it (the first name closes it). */
export function circleText(names: string[]): string {
  return [...names, names[0]].join(" → ");
}
