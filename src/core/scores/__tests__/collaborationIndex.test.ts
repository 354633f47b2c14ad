import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { computeCollaborationIndex } from "../collaborationIndex";
import type {
  CollaborationAssessmentDto,
  CollaborationDimensionConfig,
  CollaborationRatingDto,
  ScoringSettingsConfig
} from "../../contract";
import { errorCodeOf } from "../../../testing/errors";

interface Vector {
  name: string;
  assessments: CollaborationAssessmentDto[];
  dimensions?: CollaborationDimensionConfig[];
  settings?: ScoringSettingsConfig;
  expected?: Record<string, unknown>;
  expectedError?: string;
}
const spec = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../../spec/collaboration-index.json"), "utf8")) as {
  dimensions: CollaborationDimensionConfig[];
  settings: ScoringSettingsConfig;
  vectors: Vector[];
};

describe("spec/collaboration-index.json", () => {
  it("has at least 8 vectors, including errors", () => {
    expect(spec.vectors.length).toBeGreaterThanOrEqual(8);
    expect(spec.vectors.some((v) => v.expectedError)).toBe(true);
  });

  it.each(spec.vectors.map((v) => [v.name, v] as const))("%s", (_name, vector) => {
    const run = () =>
      computeCollaborationIndex(
        vector.assessments,
        vector.dimensions ?? spec.dimensions,
        vector.settings ?? spec.settings
      );
    if (vector.expectedError) expect(errorCodeOf(run)).toBe(vector.expectedError);
    else expect(run()).toMatchObject(vector.expected!);
  });
});

const dimensions = spec.dimensions;
const settings = spec.settings;

const ratingArb: fc.Arbitrary<CollaborationRatingDto> = fc.record({
  dimension: fc.constantFrom(...dimensions.map((d) => d.code)),
  score: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  comment: fc.constant(null)
});
const assessmentArb: fc.Arbitrary<CollaborationAssessmentDto> = fc.record({
  id: fc.uuid(),
  accountId: fc.constant("001A"),
  planId: fc.constant(null),
  respondentType: fc.constantFrom("Customer" as const, "Internal" as const),
  function: fc.option(fc.constantFrom("Sales", "Medical", "Market Access", "Supply"), { nil: null }),
  respondentName: fc.constant(null),
  period: fc.constant("2026"),
  submittedOn: fc.constant(null),
  ratings: fc.uniqueArray(ratingArb, { selector: (r) => r.dimension, maxLength: 4 })
});
const weightsArb = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 });

describe("computeCollaborationIndex properties", () => {
  it("keeps every score, gap and margin in range, whatever the ratings and weights", () => {
    fc.assert(
      fc.property(fc.array(assessmentArb, { maxLength: 30 }), weightsArb, (assessments, weights) => {
        const dims = dimensions.map((d, i) => ({ ...d, weight: weights[i] }));
        const result = computeCollaborationIndex(assessments, dims, settings);
        for (const s of [result.customer, result.internal]) {
          if (s.score !== null) expect(s.score).toBeGreaterThanOrEqual(0);
          if (s.score !== null) expect(s.score).toBeLessThanOrEqual(100);
          if (s.margin !== null) expect(s.margin).toBeGreaterThanOrEqual(0);
          if (s.margin !== null) expect(s.margin).toBeLessThanOrEqual(100);
          expect(s.provisional).toBe(s.respondents < settings.minimumRespondents);
        }
        for (const d of result.dimensions) {
          for (const v of [d.customerScore, d.internalScore]) if (v !== null) expect(v >= 0 && v <= 100).toBe(true);
          if (d.gap !== null) expect(Math.abs(d.gap)).toBeLessThanOrEqual(100);
        }
        for (const f of result.functions) if (f.score !== null) expect(f.score >= 0 && f.score <= 100).toBe(true);
        expect(result.headline).toBe(result.customer.score);
      })
    );
  });

  it("does not depend on the order of assessments or of their ratings", () => {
    fc.assert(
      fc.property(
        fc
          .array(assessmentArb, { maxLength: 30 })
          .chain((list) =>
            fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))
          ),
        ([original, shuffled]) => {
          const reversedRatings = shuffled.map((a) => ({ ...a, ratings: [...a.ratings].reverse() }));
          expect(computeCollaborationIndex(reversedRatings, [...dimensions].reverse(), settings)).toEqual(
            computeCollaborationIndex(original, dimensions, settings)
          );
        }
      )
    );
  });

  it("matches an independent computation of the headline", () => {
    fc.assert(
      fc.property(fc.array(assessmentArb, { maxLength: 20 }), (assessments) => {
        const perDim = new Map<string, number[]>();
        for (const a of assessments.filter((x) => x.respondentType === "Customer")) {
          for (const r of a.ratings) {
            const dim = dimensions.find((d) => d.code === r.dimension)!;
            if (r.score !== null && dim.audience !== "Internal")
              perDim.set(r.dimension, [...(perDim.get(r.dimension) ?? []), r.score]);
          }
        }
        let num = 0;
        let den = 0;
        perDim.forEach((scores, code) => {
          const w = dimensions.find((d) => d.code === code)!.weight;
          num += w * (scores.reduce((s, x) => s + x, 0) / scores.length - 1) * 25;
          den += w;
        });
        const result = computeCollaborationIndex(assessments, dimensions, settings);
        if (den === 0) expect(result.headline).toBeNull();
        else expect(Math.abs(result.headline! - num / den)).toBeLessThanOrEqual(0.05 + 1e-9);
      })
    );
  });

  const malformations: [string, (a: Record<string, unknown>) => void, string][] = [
    ["NaN score", (a) => ((a.ratings as Record<string, unknown>[])[0].score = NaN), "INVALID_NUMBER"],
    ["infinite score", (a) => ((a.ratings as Record<string, unknown>[])[0].score = Infinity), "INVALID_NUMBER"],
    ["score 0", (a) => ((a.ratings as Record<string, unknown>[])[0].score = 0), "OUT_OF_RANGE"],
    ["score missing", (a) => delete (a.ratings as Record<string, unknown>[])[0].score, "INVALID_NUMBER"],
    ["unknown dimension", (a) => ((a.ratings as Record<string, unknown>[])[0].dimension = "NOPE"), "UNKNOWN_DIMENSION"],
    ["dimension missing", (a) => delete (a.ratings as Record<string, unknown>[])[0].dimension, "MISSING_FIELD"],
    ["rating not an object", (a) => ((a.ratings as unknown[])[0] = 4), "INVALID_INPUT"],
    ["respondent type missing", (a) => delete a.respondentType, "INVALID_VALUE"],
    ["function as a number", (a) => (a.function = 7), "INVALID_INPUT"],
    ["ratings not a list", (a) => (a.ratings = "TRUST=4"), "INVALID_INPUT"]
  ];

  it.each(malformations)("rejects %s with a clear AccordInputError", (_label, spoil, code) => {
    fc.assert(
      fc.property(fc.array(assessmentArb, { maxLength: 5 }), fc.nat(), (others, at) => {
        const bad = {
          id: "BAD",
          accountId: "001A",
          planId: null,
          respondentType: "Customer",
          function: null,
          respondentName: null,
          period: "2026",
          submittedOn: null,
          ratings: [{ dimension: "TRUST", score: 4, comment: null }]
        } as Record<string, unknown>;
        spoil(bad);
        const list = [...others];
        list.splice(at % (others.length + 1), 0, bad as unknown as CollaborationAssessmentDto);
        expect(errorCodeOf(() => computeCollaborationIndex(list, dimensions, settings))).toBe(code);
      }),
      { numRuns: 20 }
    );
  });

  it("lists excluded ratings by assessment, then dimension, and orders equal-sequence dimensions by code", () => {
    const result = computeCollaborationIndex(
      [
        {
          id: "I9",
          respondentType: "Internal",
          function: "Sales",
          ratings: [{ dimension: "VALUE", score: 2, comment: null }]
        },
        {
          id: "C1",
          respondentType: "Customer",
          function: null,
          ratings: [
            { dimension: "ALIGN", score: 2, comment: null },
            { dimension: "X2", score: 4, comment: null },
            { dimension: "X1", score: 4, comment: null }
          ]
        }
      ] as unknown as CollaborationAssessmentDto[],
      [
        ...dimensions,
        { code: "X2", label: "x2", audience: "Internal", weight: 1, sequence: 9 },
        { code: "X1", label: "x1", audience: "Internal", weight: 1, sequence: 9 }
      ],
      settings
    );
    expect(result.excludedRatings.map((e) => `${e.assessment}/${e.dimension}`)).toEqual([
      "C1/ALIGN",
      "C1/X1",
      "C1/X2",
      "I9/VALUE"
    ]);
    expect(result.dimensions.map((d) => d.code).slice(-2)).toEqual(["X1", "X2"]);
  });

  it("ranks an internal function without weighted ratings last, unscored", () => {
    const result = computeCollaborationIndex(
      [
        {
          id: "I1",
          respondentType: "Internal",
          function: "Supply",
          ratings: [{ dimension: "ZERO", score: 5, comment: null }]
        },
        {
          id: "I2",
          respondentType: "Internal",
          function: "Sales",
          ratings: [{ dimension: "ALIGN", score: 4, comment: null }]
        },
        {
          id: "I3",
          respondentType: "Internal",
          function: "Medical",
          ratings: [{ dimension: "ZERO", score: 1, comment: null }]
        }
      ] as unknown as CollaborationAssessmentDto[],
      [...dimensions, { code: "ZERO", label: "zero", audience: "Internal", weight: 0, sequence: 9 }],
      settings
    );
    expect(result.functions).toEqual([
      { function: "Sales", respondents: 1, score: 75 },
      { function: "Medical", respondents: 1, score: null },
      { function: "Supply", respondents: 1, score: null }
    ]);
    expect(result.roadblocks).toEqual([]);
    // Only I2's own index exists (the others rated a zero-weight dimension), so n = 1 for the margin.
    expect(result.internal).toMatchObject({ score: 75, respondents: 3, margin: 98 });
  });

  it("a gap under the threshold is no roadblock; with exactly two functions the lower one lags", () => {
    const rating = (id: string, respondentType: string, fn: string | null, score: number) => ({
      id,
      respondentType,
      function: fn,
      ratings: [{ dimension: "TRUST", score, comment: null }]
    });
    const agreeing = computeCollaborationIndex(
      [
        rating("C1", "Customer", null, 4),
        rating("I1", "Internal", "Sales", 4)
      ] as unknown as CollaborationAssessmentDto[],
      dimensions,
      settings
    );
    expect(agreeing.roadblocks).toEqual([]);
    const twoFunctions = computeCollaborationIndex(
      [
        rating("C1", "Customer", null, 4),
        rating("I1", "Internal", "Sales", 4),
        rating("I2", "Internal", "Medical", 2)
      ] as unknown as CollaborationAssessmentDto[],
      dimensions,
      settings
    );
    // Customer TRUST (4-1)/4 = 75; internal mean rating 3 → 50; gap 50 - 75 = -25; Medical 25 < Sales 75.
    expect(twoFunctions.roadblocks).toEqual([
      { kind: "Gap", dimension: "TRUST", gap: -25, customerScore: 75, internalScore: 50, threshold: 15 },
      { kind: "LaggingFunction", function: "Medical", score: 25, highestFunctionScore: 75 }
    ]);
  });

  it("describes unexpected values in messages without dumping them", () => {
    const run = (respondentType: unknown) =>
      computeCollaborationIndex(
        [{ respondentType, ratings: [] } as unknown as CollaborationAssessmentDto],
        dimensions,
        settings
      );
    expect(() => run("x".repeat(60))).toThrow(`(got "${"x".repeat(40)}…").`);
    expect(() => run(["Customer"])).toThrow("(got a list).");
    expect(() => run({})).toThrow("(got object).");
    expect(() => run(undefined)).toThrow("(got nothing).");
  });

  it("names the field in the message", () => {
    expect(() =>
      computeCollaborationIndex(
        [
          {
            respondentType: "Customer",
            ratings: [{ dimension: "TRUST", score: 9 }]
          } as unknown as CollaborationAssessmentDto
        ],
        dimensions,
        settings
      )
    ).toThrow("assessments[0].ratings[0].score must be a whole number from 1 to 5 (got 9).");
  });

  it("rejects malformed configuration", () => {
    const run = (dims: unknown, s: unknown = settings) =>
      errorCodeOf(() =>
        computeCollaborationIndex([], dims as CollaborationDimensionConfig[], s as ScoringSettingsConfig)
      );
    expect(run(null)).toBe("INVALID_INPUT");
    expect(run([{ ...dimensions[0], audience: "Partner" }])).toBe("INVALID_VALUE");
    expect(run([dimensions[0], dimensions[0]])).toBe("DUPLICATE_CODE");
    expect(run([{ ...dimensions[0], weight: NaN }])).toBe("INVALID_NUMBER");
    expect(run([{ ...dimensions[0], code: "" }])).toBe("MISSING_FIELD");
    expect(run(dimensions, null)).toBe("INVALID_INPUT");
    expect(run(dimensions, { ...settings, roadblockGapAtLeast: -1 })).toBe("OUT_OF_RANGE");
    expect(run(dimensions, { ...settings, minimumRespondents: 2.5 })).toBe("OUT_OF_RANGE");
  });
});
