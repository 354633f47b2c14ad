import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { computeKeyAccountPriority } from "../priority";
import { roundToTenth } from "../rounding";
import type {
  HealthcareArchetypeConfig,
  ScoringSettingsConfig,
  SelectionCriterionConfig,
  SelectionRatingDto
} from "../../contract";
import { errorCodeOf } from "../../../testing/errors";

interface Vector {
  name: string;
  ratings: SelectionRatingDto[];
  criteria?: SelectionCriterionConfig[];
  settings?: ScoringSettingsConfig;
  archetype?: HealthcareArchetypeConfig;
  expected?: Record<string, unknown>;
  expectedError?: string;
}
const spec = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../../spec/priority.json"), "utf8")) as {
  criteria: SelectionCriterionConfig[];
  settings: ScoringSettingsConfig;
  vectors: Vector[];
};

describe("spec/priority.json", () => {
  it("has at least 8 vectors, including errors", () => {
    expect(spec.vectors.length).toBeGreaterThanOrEqual(8);
    expect(spec.vectors.some((v) => v.expectedError)).toBe(true);
  });

  it.each(spec.vectors.map((v) => [v.name, v] as const))("%s", (_name, vector) => {
    const run = () =>
      computeKeyAccountPriority(
        vector.ratings,
        vector.criteria ?? spec.criteria,
        vector.settings ?? spec.settings,
        vector.archetype ?? null
      );
    if (vector.expectedError) expect(errorCodeOf(run)).toBe(vector.expectedError);
    else expect(run()).toMatchObject(vector.expected!);
  });
});

const criteria = spec.criteria;
const settings = spec.settings;
const ratingsArb = fc.uniqueArray(
  fc.record({
    criterion: fc.constantFrom(...criteria.map((c) => c.code)),
    rating: fc.integer({ min: 1, max: 5 }),
    rationale: fc.constant(null)
  }),
  { selector: (r) => r.criterion }
);
const archetypeArb = fc.option(
  fc
    .dictionary(fc.constantFrom(...criteria.map((c) => c.code), "UNUSED"), fc.integer({ min: 0, max: 10 }))
    .map((criterionWeights): HealthcareArchetypeConfig => ({
      code: "ARCH",
      label: "Arch",
      description: "",
      decisionMaking: "",
      careIntegration: "",
      requiredRoles: [],
      criterionWeights
    })),
  { nil: null }
);

describe("computeKeyAccountPriority properties", () => {
  it("uses the thresholds the properties below write out", () => {
    expect([settings.tierAThreshold, settings.tierBThreshold]).toEqual([70, 40]);
  });

  it("stays in 0-100, its tier follows the thresholds and contributions add up to the score", () => {
    fc.assert(
      fc.property(ratingsArb, archetypeArb, (ratings, archetype) => {
        const result = computeKeyAccountPriority(ratings, criteria, settings, archetype);
        if (result.score === null) {
          expect(result.tier).toBeNull();
          return;
        }
        expect(result.score >= 0 && result.score <= 100).toBe(true);
        // The thresholds of spec/priority.json (A from 70, B from 40), written out, not recomputed by tierOf.
        expect(result.tier).toBe(result.score >= 70 ? "A" : result.score >= 40 ? "B" : "C");
        const sum = result.criteria.reduce((s, c) => s + (c.contribution ?? 0), 0);
        expect(Math.abs(sum - result.score)).toBeLessThanOrEqual(0.05 * result.criteria.length + 1e-9);
        for (const code of result.missingCriteria) {
          expect(ratings.some((r) => r.criterion === code)).toBe(false);
        }
      })
    );
  });

  it("does not depend on the order of ratings or criteria", () => {
    fc.assert(
      fc.property(ratingsArb, archetypeArb, (ratings, archetype) => {
        expect(computeKeyAccountPriority([...ratings].reverse(), [...criteria].reverse(), settings, archetype)).toEqual(
          computeKeyAccountPriority(ratings, criteria, settings, archetype)
        );
      })
    );
  });

  it("never lowers the score when one rating goes up", () => {
    fc.assert(
      fc.property(ratingsArb, fc.nat(), (ratings, pick) => {
        const raisable = ratings.filter((r) => r.rating < 5);
        if (raisable.length === 0) return;
        const target = raisable[pick % raisable.length];
        const raised = ratings.map((r) => (r === target ? { ...r, rating: r.rating + 1 } : r));
        const before = computeKeyAccountPriority(ratings, criteria, settings).score;
        const after = computeKeyAccountPriority(raised, criteria, settings).score;
        if (before !== null && after !== null) expect(after).toBeGreaterThanOrEqual(before);
      })
    );
  });

  it("rejects malformed ratings wherever they appear", () => {
    const bad: [unknown, string][] = [
      [{ criterion: "SIZE", rating: NaN }, "INVALID_NUMBER"],
      [{ criterion: "SIZE", rating: 3.2 }, "OUT_OF_RANGE"],
      [{ criterion: "SIZE", rating: -1 }, "OUT_OF_RANGE"],
      [{ criterion: "NOPE", rating: 3 }, "UNKNOWN_CRITERION"],
      [{ criterion: null, rating: 3 }, "MISSING_FIELD"],
      [null, "INVALID_INPUT"]
    ];
    fc.assert(
      fc.property(ratingsArb, fc.constantFrom(...bad), fc.nat(), (ratings, [rating, code], at) => {
        const list: unknown[] = ratings.filter((r) => r.criterion !== "SIZE");
        list.splice(at % (list.length + 1), 0, rating);
        expect(errorCodeOf(() => computeKeyAccountPriority(list as SelectionRatingDto[], criteria, settings))).toBe(
          code
        );
      })
    );
  });

  it("rejects malformed configuration", () => {
    const run = (c: unknown, s: unknown = settings, a: unknown = null) =>
      errorCodeOf(() =>
        computeKeyAccountPriority(
          [],
          c as SelectionCriterionConfig[],
          s as ScoringSettingsConfig,
          a as HealthcareArchetypeConfig
        )
      );
    expect(run(undefined)).toBe("INVALID_INPUT");
    expect(run([criteria[0], criteria[0]])).toBe("DUPLICATE_CODE");
    expect(run([{ ...criteria[0], weight: Infinity }])).toBe("INVALID_NUMBER");
    expect(run([{ ...criteria[0], sequence: "first" }])).toBe("INVALID_NUMBER");
    expect(run(criteria, { ...settings, tierAThreshold: 101 })).toBe("OUT_OF_RANGE");
    expect(run(criteria, settings, { code: "", criterionWeights: {} })).toBe("MISSING_FIELD");
    expect(run(criteria, settings, { code: "A", criterionWeights: [] })).toBe("INVALID_INPUT");
    expect(() => computeKeyAccountPriority(null as unknown as SelectionRatingDto[], criteria, settings)).toThrow(
      "ratings must be an array (got null)."
    );
  });

  it("accepts an archetype without overrides", () => {
    const archetype = { code: "A", criterionWeights: undefined } as unknown as HealthcareArchetypeConfig;
    const result = computeKeyAccountPriority(
      [{ criterion: "SIZE", rating: 5, rationale: null }],
      criteria,
      settings,
      archetype
    );
    expect(result).toMatchObject({ score: 100, archetypeCode: "A" });
  });
});

describe("roundToTenth", () => {
  it("rounds half away from zero at one decimal, despite binary floating point", () => {
    expect(roundToTenth(62.45)).toBe(62.5);
    expect(roundToTenth(1.05)).toBe(1.1);
    expect(roundToTenth(6.25)).toBe(6.3);
    expect(roundToTenth(8.333333)).toBe(8.3);
    expect(roundToTenth(-12.45)).toBe(-12.5);
    expect(roundToTenth(-0.04)).toBe(0);
    expect(Object.is(roundToTenth(-0.04), -0)).toBe(false);
    expect(roundToTenth(100)).toBe(100);
  });
});
