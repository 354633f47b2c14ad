/**
 * Stakeholder coverage: do we know the right people at the account, well enough, through more
 * than one colleague?
 *
 * Rules (mirrored by Apex, vectors in spec/stakeholder-coverage.json):
 * - Role coverage = required roles held by at least one stakeholder / required roles × 100
 *   (100 when the archetype requires no role).
 * - Relationship strength = Σ(influence × (strength − 1) / 4 × 100) / Σ(influence); null without
 *   stakeholders.
 * - Owner share = Σ(influence of the stakeholders an owner holds) / Σ(influence of all
 *   stakeholders) × 100. Key-person risk when the largest share is above keyPersonShareAbove
 *   (default 50): one colleague holds most of the influence-weighted relationships.
 * - Score = 40% role coverage + 40% relationship strength (0 without stakeholders) + 10% when a
 *   signatory is present + 10% when there is no key-person risk.
 * - Findings say what to do: missing roles, no signatory, key-person risk, key people (influence
 *   ≥ 4) without an owner or with a weak relationship (strength ≤ 2), and, when `today` and the country's
 *   review cadence are given, key people not engaged within the cadence: never engaged, or last engaged
 *   more than `reviewCadenceMonths` calendar months before today (the due date is the last engagement
 *   plus the cadence, the day clamped to the month's end as Apex Date.addMonths does). Reported numbers
 *   use roundToTenth; record order never changes a result.
 */
import type { CoverageOwnerShareDto, StakeholderCoverageDto, StakeholderDto } from "../contract";
import { compareText } from "../plan/order";
import { fail, optionalText, requireArray, requireNumber, requireObject, requireRating, requireText } from "../input";
import { ratingToScore, roundToTenth } from "./rounding";
// One owner of calendar-month arithmetic (Apex Date.addMonths): plan/reviewSchedule.ts; re-exported for scores/.
import { addMonths } from "../plan/reviewSchedule";
export { addMonths };

export const COVERAGE_WEIGHTS = { roles: 40, relationships: 40, signatory: 10, ownerSpread: 10 } as const;
export const KEY_PERSON_SHARE_ABOVE = 50;
/** Influence from which a stakeholder counts as a key person for findings. */
export const KEY_INFLUENCE_AT_LEAST = 4;
export const WEAK_STRENGTH_AT_MOST = 2;

/** An owner's influence-weighted share of the account's relationships (the contract's shape). */
export type OwnerShare = CoverageOwnerShareDto;

export type CoverageFinding =
  | { code: "NoStakeholders" }
  | { code: "MissingRequiredRole"; role: string }
  | { code: "NoSignatory" }
  | { code: "KeyPersonRisk"; ownerId: string; ownerName: string | null; share: number }
  | { code: "KeyPersonWithoutOwner"; stakeholderId: string; name: string; influence: number }
  | {
      code: "WeakKeyRelationship";
      stakeholderId: string;
      name: string;
      influence: number;
      relationshipStrength: number;
    }
  | {
      code: "NotEngagedWithinCadence";
      stakeholderId: string;
      name: string;
      influence: number;
      lastEngagedOn: string | null;
      dueOn: string | null;
    };

/** The contract's StakeholderCoverageDto, its findings typed by code. */
export interface StakeholderCoverageResult extends Omit<StakeholderCoverageDto, "findings"> {
  findings: CoverageFinding[];
}

export interface StakeholderCoverageOptions {
  keyPersonShareAbove?: number;
  /** The country's review cadence (months) and today (YYYY-MM-DD): both or neither. */
  reviewCadenceMonths?: number;
  today?: string;
}

export function computeStakeholderCoverage(
  stakeholders: StakeholderDto[],
  requiredRoles: string[],
  options: StakeholderCoverageOptions = {}
): StakeholderCoverageResult {
  const people = readStakeholders(stakeholders);
  const required = [
    ...new Set(requireArray(requiredRoles, "requiredRoles").map((r, i) => requireText(r, `requiredRoles[${i}]`)))
  ].sort(compareText);
  const shareAbove = requireNumber(
    options.keyPersonShareAbove ?? KEY_PERSON_SHARE_ABOVE,
    "options.keyPersonShareAbove",
    {
      min: 0,
      max: 100
    }
  );

  const cadence = readCadence(options);

  const roles = new Set(people.map((p) => p.role));
  const coveredRoles = required.filter((r) => roles.has(r));
  const missingRoles = required.filter((r) => !roles.has(r));
  const roleCoverage = required.length === 0 ? 100 : (coveredRoles.length / required.length) * 100;

  const totalInfluence = people.reduce((sum, p) => sum + p.influence, 0);
  const strength =
    people.length === 0
      ? null
      : people.reduce((sum, p) => sum + p.influence * ratingToScore(p.relationshipStrength), 0) / totalInfluence;
  const owners = ownerShares(people, totalInfluence);
  const unowned = people.filter((p) => p.relationshipOwnerId === null).reduce((sum, p) => sum + p.influence, 0);
  const top = owners.length > 0 ? owners[0] : null;
  const keyPersonRisk = top !== null && top.share > shareAbove;
  const signatoryPresent = people.some((p) => p.isSignatory);

  const score =
    (COVERAGE_WEIGHTS.roles * roleCoverage +
      COVERAGE_WEIGHTS.relationships * (strength ?? 0) +
      COVERAGE_WEIGHTS.signatory * (signatoryPresent ? 100 : 0) +
      COVERAGE_WEIGHTS.ownerSpread * (keyPersonRisk ? 0 : 100)) /
    100;

  return {
    score: roundToTenth(score),
    roleCoverage: roundToTenth(roleCoverage),
    coveredRoles,
    missingRoles,
    relationshipStrength: strength === null ? null : roundToTenth(strength),
    signatoryPresent,
    keyPersonRisk,
    owners,
    unownedShare: totalInfluence === 0 ? null : roundToTenth((unowned / totalInfluence) * 100),
    findings: [
      ...findings(people, missingRoles, signatoryPresent, keyPersonRisk ? top : null),
      ...(cadence === null ? [] : notEngaged(people, cadence))
    ]
  };
}

function ownerShares(people: StakeholderDto[], totalInfluence: number): OwnerShare[] {
  const byOwner = new Map<string, { names: Set<string>; influence: number; stakeholders: number }>();
  for (const p of people) {
    if (p.relationshipOwnerId === null) continue;
    const entry = byOwner.get(p.relationshipOwnerId) ?? { names: new Set<string>(), influence: 0, stakeholders: 0 };
    if (p.relationshipOwnerName !== null) entry.names.add(p.relationshipOwnerName);
    entry.influence += p.influence;
    entry.stakeholders += 1;
    byOwner.set(p.relationshipOwnerId, entry);
  }
  return [...byOwner.entries()]
    .map(([ownerId, e]) => ({
      ownerId,
      // Names are snapshots: pick one deterministically if records disagree.
      ownerName: e.names.size === 0 ? null : [...e.names].sort(compareText)[0],
      stakeholders: e.stakeholders,
      influence: e.influence,
      share: roundToTenth((e.influence / totalInfluence) * 100)
    }))
    .sort((a, b) => b.influence - a.influence || compareText(a.ownerId, b.ownerId))
    .map(({ ownerId, ownerName, stakeholders, share }) => ({ ownerId, ownerName, stakeholders, share }));
}

function findings(
  people: StakeholderDto[],
  missingRoles: string[],
  signatoryPresent: boolean,
  keyPerson: OwnerShare | null
): CoverageFinding[] {
  const result: CoverageFinding[] = [];
  if (people.length === 0) result.push({ code: "NoStakeholders" });
  for (const role of missingRoles) result.push({ code: "MissingRequiredRole", role });
  if (!signatoryPresent) result.push({ code: "NoSignatory" });
  if (keyPerson !== null) {
    result.push({
      code: "KeyPersonRisk",
      ownerId: keyPerson.ownerId,
      ownerName: keyPerson.ownerName,
      share: keyPerson.share
    });
  }
  const keyPeople = people
    .filter((p) => p.influence >= KEY_INFLUENCE_AT_LEAST)
    .sort((a, b) => b.influence - a.influence || compareText(a.name, b.name) || compareText(a.id, b.id));
  for (const p of keyPeople) {
    if (p.relationshipOwnerId === null) {
      result.push({ code: "KeyPersonWithoutOwner", stakeholderId: p.id, name: p.name, influence: p.influence });
    }
  }
  for (const p of keyPeople) {
    if (p.relationshipStrength <= WEAK_STRENGTH_AT_MOST) {
      result.push({
        code: "WeakKeyRelationship",
        stakeholderId: p.id,
        name: p.name,
        influence: p.influence,
        relationshipStrength: p.relationshipStrength
      });
    }
  }
  return result;
}

interface Cadence {
  months: number;
  today: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function readCadence(options: StakeholderCoverageOptions): Cadence | null {
  if (options.reviewCadenceMonths === undefined && options.today === undefined) return null;
  const months = requireNumber(options.reviewCadenceMonths, "options.reviewCadenceMonths", {
    min: 1,
    max: 60,
    integer: true
  });
  return { months, today: requireDate(options.today, "options.today") };
}

function requireDate(value: unknown, field: string): string {
  const valid = typeof value === "string" && ISO_DATE.test(value) && addMonths(value, 0) === value;
  if (!valid) fail("INVALID_DATE", `${field} must be a date written YYYY-MM-DD (got ${JSON.stringify(value)}).`);
  return value as string;
}

/** Key people never engaged, or whose last engagement plus the cadence lies before today. */
function notEngaged(people: StakeholderDto[], cadence: Cadence): CoverageFinding[] {
  return people
    .filter((p) => p.influence >= KEY_INFLUENCE_AT_LEAST)
    .map((p) => ({ p, dueOn: p.lastEngagedOn === null ? null : addMonths(p.lastEngagedOn, cadence.months) }))
    .filter(({ dueOn }) => dueOn === null || dueOn < cadence.today)
    .sort((a, b) => b.p.influence - a.p.influence || compareText(a.p.name, b.p.name) || compareText(a.p.id, b.p.id))
    .map(({ p, dueOn }) => ({
      code: "NotEngagedWithinCadence" as const,
      stakeholderId: p.id,
      name: p.name,
      influence: p.influence,
      lastEngagedOn: p.lastEngagedOn,
      dueOn
    }));
}

function readStakeholders(stakeholders: StakeholderDto[]): StakeholderDto[] {
  const ids = new Set<string>();
  return requireArray(stakeholders, "stakeholders").map((s, i) => {
    const at = `stakeholders[${i}]`;
    requireObject(s, at);
    const id = requireText(s.id, `${at}.id`);
    if (ids.has(id)) fail("DUPLICATE_RECORD", `stakeholders: the id "${id}" appears more than once.`);
    ids.add(id);
    requireText(s.name, `${at}.name`);
    requireText(s.role, `${at}.role`);
    requireRating(s.influence, `${at}.influence`);
    requireRating(s.relationshipStrength, `${at}.relationshipStrength`);
    requireNumber(s.stance, `${at}.stance`, { min: -2, max: 2, integer: true });
    if (typeof s.isSignatory !== "boolean") fail("INVALID_INPUT", `${at}.isSignatory must be true or false.`);
    return {
      ...s,
      relationshipOwnerId: optionalText(s.relationshipOwnerId, `${at}.relationshipOwnerId`),
      relationshipOwnerName: optionalText(s.relationshipOwnerName, `${at}.relationshipOwnerName`),
      lastEngagedOn:
        s.lastEngagedOn === null || s.lastEngagedOn === undefined
          ? null
          : requireDate(s.lastEngagedOn, `${at}.lastEngagedOn`)
    };
  });
}
