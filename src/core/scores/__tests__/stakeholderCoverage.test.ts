import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { computeStakeholderCoverage, type StakeholderCoverageOptions } from "../stakeholderCoverage";
import type { StakeholderDto } from "../../contract";
import { errorCodeOf } from "../../../testing/errors";

interface Vector {
  name: string;
  stakeholders: StakeholderDto[];
  requiredRoles: string[];
  options?: StakeholderCoverageOptions;
  expected?: Record<string, unknown>;
  expectedError?: string;
}
const spec = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../../../spec/stakeholder-coverage.json"), "utf8")
) as {
  vectors: Vector[];
};

describe("spec/stakeholder-coverage.json", () => {
  it("has at least 8 vectors, including errors", () => {
    expect(spec.vectors.length).toBeGreaterThanOrEqual(8);
    expect(spec.vectors.some((v) => v.expectedError)).toBe(true);
  });

  it.each(spec.vectors.map((v) => [v.name, v] as const))("%s", (_name, vector) => {
    const run = () => computeStakeholderCoverage(vector.stakeholders, vector.requiredRoles, vector.options);
    if (vector.expectedError) expect(errorCodeOf(run)).toBe(vector.expectedError);
    else expect(run()).toMatchObject(vector.expected!);
  });
});

const roles = ["CMO", "CFO", "HEAD_PHARMACY", "KOL", "NURSE"];
const stakeholdersArb = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ""),
    accountId: fc.constant("001A"),
    contactId: fc.constant(null),
    name: fc.constantFrom("Dr. Müller", "김민준", "田中", "Ms. Lee"),
    role: fc.constantFrom(...roles),
    influence: fc.integer({ min: 1, max: 5 }),
    decisionRole: fc.constant(null),
    stance: fc.integer({ min: -2, max: 2 }),
    relationshipStrength: fc.integer({ min: 1, max: 5 }),
    relationshipOwnerId: fc.option(fc.constantFrom("U1", "U2", "U3"), { nil: null }),
    relationshipOwnerName: fc.option(fc.constantFrom("Anna", "Jin"), { nil: null }),
    reportsToId: fc.constant(null),
    isSignatory: fc.boolean(),
    lastEngagedOn: fc.constant(null)
  }),
  { selector: (s) => s.id, maxLength: 25 }
);
const requiredArb = fc.subarray(roles);

describe("computeStakeholderCoverage properties", () => {
  it("keeps every figure in 0-100 and flags key-person risk exactly when an owner holds most influence", () => {
    fc.assert(
      fc.property(stakeholdersArb, requiredArb, (stakeholders, required) => {
        const r = computeStakeholderCoverage(stakeholders, required);
        for (const v of [
          r.score,
          r.roleCoverage,
          r.relationshipStrength,
          r.unownedShare,
          ...r.owners.map((o) => o.share)
        ]) {
          if (v !== null) expect(v >= 0 && v <= 100).toBe(true);
        }
        const total = stakeholders.reduce((s, x) => s + x.influence, 0);
        const most = Math.max(
          0,
          ...["U1", "U2", "U3"].map((u) =>
            stakeholders.filter((s) => s.relationshipOwnerId === u).reduce((t, s) => t + s.influence, 0)
          )
        );
        expect(r.keyPersonRisk).toBe(total > 0 && (most / total) * 100 > 50);
        expect(r.coveredRoles.length + r.missingRoles.length).toBe(new Set(required).size);
        expect(r.findings.some((f) => f.code === "NoSignatory")).toBe(!stakeholders.some((s) => s.isSignatory));
      })
    );
  });

  it("does not depend on record order", () => {
    fc.assert(
      fc.property(stakeholdersArb, requiredArb, (stakeholders, required) => {
        expect(computeStakeholderCoverage([...stakeholders].reverse(), [...required].reverse())).toEqual(
          computeStakeholderCoverage(stakeholders, required)
        );
      })
    );
  });

  it("rejects malformed stakeholders wherever they appear", () => {
    const spoilers: [(s: Record<string, unknown>) => void, string][] = [
      [(s) => (s.influence = NaN), "INVALID_NUMBER"],
      [(s) => (s.influence = 0), "OUT_OF_RANGE"],
      [(s) => delete s.relationshipStrength, "INVALID_NUMBER"],
      [(s) => (s.stance = 1.5), "OUT_OF_RANGE"],
      [(s) => delete s.id, "MISSING_FIELD"],
      [(s) => (s.name = "  "), "MISSING_FIELD"],
      [(s) => (s.relationshipOwnerId = 42), "INVALID_INPUT"],
      [(s) => delete s.isSignatory, "INVALID_INPUT"]
    ];
    fc.assert(
      fc.property(stakeholdersArb, fc.constantFrom(...spoilers), fc.nat(), (stakeholders, [spoil, code], at) => {
        const bad: Record<string, unknown> = {
          id: "#bad",
          name: "X",
          role: "CMO",
          influence: 3,
          stance: 0,
          relationshipStrength: 3,
          relationshipOwnerId: null,
          relationshipOwnerName: null,
          isSignatory: false
        };
        spoil(bad);
        const list: unknown[] = [...stakeholders];
        list.splice(at % (list.length + 1), 0, bad);
        expect(errorCodeOf(() => computeStakeholderCoverage(list as StakeholderDto[], []))).toBe(code);
      })
    );
    expect(errorCodeOf(() => computeStakeholderCoverage([], null as unknown as string[]))).toBe("INVALID_INPUT");
    expect(errorCodeOf(() => computeStakeholderCoverage([null as unknown as StakeholderDto], []))).toBe(
      "INVALID_INPUT"
    );
  });

  it("reports owner names deterministically when snapshots disagree", () => {
    const base = {
      accountId: "001A",
      contactId: null,
      role: "CMO",
      influence: 3,
      decisionRole: null,
      stance: 0,
      relationshipStrength: 4,
      relationshipOwnerId: "U1",
      reportsToId: null,
      isSignatory: false,
      lastEngagedOn: null
    };
    const result = computeStakeholderCoverage(
      [
        { ...base, id: "A", name: "A", relationshipOwnerName: "Jin Park" },
        { ...base, id: "B", name: "B", relationshipOwnerName: "Anna Berg" }
      ],
      []
    );
    expect(result.owners).toEqual([{ ownerId: "U1", ownerName: "Anna Berg", stakeholders: 2, share: 100 }]);
  });
});

describe("stakeholder coverage: last engagement dates", () => {
  const person: StakeholderDto = {
    id: "S1",
    accountId: "001A",
    contactId: null,
    name: "Anna Adler",
    role: "Medical_Director",
    influence: 4,
    decisionRole: null,
    stance: 0,
    relationshipStrength: 3,
    relationshipOwnerId: null,
    relationshipOwnerName: null,
    reportsToId: null,
    isSignatory: true,
    lastEngagedOn: "2026-13-01"
  };

  it("refuses a last engagement that is no date", () => {
    expect(errorCodeOf(() => computeStakeholderCoverage([person], []))).toBe("INVALID_DATE");
  });

  it("finds nobody overdue when every key person was engaged within the cadence", () => {
    const result = computeStakeholderCoverage([{ ...person, lastEngagedOn: "2026-11-01" }], [], {
      reviewCadenceMonths: 1,
      today: "2026-12-01"
    });
    expect(result.findings.map((f) => f.code)).toEqual(["KeyPersonWithoutOwner"]);
  });
});
