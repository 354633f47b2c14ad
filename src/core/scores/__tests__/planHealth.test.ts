import spec from "../../../../spec/plan-health.json";
import type { AccordConfiguration, PlanDto } from "../../contract";
import { AccordInputError } from "../../errors";
import { HEALTH_CHECK_CODES, planHealth, type HealthModel } from "../planHealth";
import { countryKamModel } from "../../config/countryModel";

type Action = { code: string; recordKey?: string; params?: Record<string, string | number> };
type Vector = {
  name: string;
  plan: unknown;
  model?: HealthModel;
  error?: string;
  expect: { score: number; checks: (Record<string, unknown> & { actions: Action[] })[] };
};
const vectors = spec.vectors as unknown as Vector[];

describe("spec/plan-health.json", () => {
  it.each(vectors.filter((v) => v.error !== undefined))("$name", ({ plan, model, error }) => {
    expect(() => planHealth(plan as PlanDto, model)).toThrow(expect.objectContaining({ code: error }));
  });
  it.each(vectors.filter((v) => v.error === undefined))("$name", ({ plan, model, expect: expected }) => {
    const health = planHealth(plan as PlanDto, model);
    expect(health.score).toBe(expected.score);
    expect(
      health.checks.map((c) => ({
        ...c,
        actions: c.actions.map((a) => ({
          code: a.code,
          ...(a.recordKey === undefined ? {} : { recordKey: a.recordKey }),
          ...(Object.keys(a.params).length === 0 ? {} : { params: a.params })
        }))
      }))
    ).toEqual(expected.checks);
  });
});

describe("planHealth", () => {
  const complete = (spec.vectors[0] as unknown as Vector).plan as PlanDto;
  const codesOf = (plan: PlanDto, check: string) =>
    planHealth(plan)
      .checks.find((c) => c.code === check)!
      .actions.map((a) => a.code);

  it("points possible add up to 100 and every action says what to do, in words", () => {
    const empty = planHealth({ ...complete, needs: [], initiatives: [], customerGoals: null });
    expect(empty.checks.reduce((sum, c) => sum + c.pointsPossible, 0)).toBe(100);
    const needs = ["NEEDS_MISSING", "Capture the customer's needs in their own words."];
    const initiatives = ["INITIATIVES_MISSING", "Agree at least one key initiative for the period."];
    expect(empty.checks.map((c) => [c.code, ...c.actions.map((a) => [a.code, a.message])])).toEqual([
      ["CUSTOMER_GOALS", ["GOALS_MISSING", "Write down the customer's goals in their words."]],
      ["NEEDS_DECIDED", needs],
      ["NEEDS_RATIONALE", needs],
      ["NEEDS_RAISED_BY", needs],
      ["NEEDS_LINKED", needs],
      ["INITIATIVE_COUNT", initiatives],
      ["INITIATIVES_DEFINED", initiatives],
      ["INITIATIVES_BOTH_PARTIES", initiatives],
      ["COMMITMENTS_OWNED", ["COMMITMENTS_MISSING", "Add what each side commits to for each initiative."]]
    ]);
    const gaps = planHealth({
      ...complete,
      needs: [
        { ...complete.needs[0], decision: "Pending", decisionRationale: null, raisedById: null, raisedByName: null }
      ],
      initiatives: [
        {
          ...complete.initiatives[0],
          commitments: [{ ...complete.initiatives[0].commitments[0], ownerName: null, dueDate: null }]
        }
      ]
    });
    expect(gaps.checks.flatMap((c) => c.actions.map((a) => [a.code, a.message]))).toEqual([
      ["NEED_UNDECIDED", "Decide this need: commit, defer or decline."],
      ["NEED_RATIONALE_MISSING", "Explain the decision on this need to the customer."],
      ["NEED_RAISED_BY_MISSING", "Record who at the customer raised this need."],
      ["INITIATIVE_CUSTOMER_COMMITMENT_MISSING", "An initiative has no customer commitment."],
      ["COMMITMENT_OWNER_MISSING", "Name who owns this commitment."],
      ["COMMITMENT_DUE_DATE_MISSING", "Give this commitment a due date."]
    ]);
  });

  it("is the same whatever the order of records in the input", () => {
    const second = { ...complete.initiatives[0], key: "ini-2", sequence: 2, successMeasure: null };
    const plan = {
      ...complete,
      initiatives: [
        complete.initiatives[0],
        { ...second, commitments: second.commitments.map((c) => ({ ...c, key: `${c.key}-2`, dueDate: null })) }
      ]
    };
    const reversed = {
      ...plan,
      needs: [...plan.needs].reverse(),
      initiatives: [...plan.initiatives].reverse().map((i) => ({ ...i, commitments: [...i.commitments].reverse() }))
    };
    const health = planHealth(plan);
    expect(health.checks.flatMap((c) => c.actions.map((a) => a.recordKey))).toEqual(["ini-2", "com-1-2", "com-2-2"]);
    expect(planHealth(reversed)).toEqual(health);
  });

  it("refuses malformed plans with the code and the field", () => {
    let error: unknown;
    try {
      planHealth({ ...complete, needs: [{ ...complete.needs[0], decision: "Later" as never }] });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(AccordInputError);
    expect(error).toMatchObject({
      code: "INVALID_VALUE",
      message: 'plan.needs[0].decision must be one of Pending, Commit, Defer, Decline (got "Later").'
    });
  });

  it("five initiatives are not too many; six are", () => {
    const initiatives = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        ...complete.initiatives[0],
        key: `ini-${i}`,
        commitments: complete.initiatives[0].commitments.map((c) => ({ ...c, key: `${c.key}-${i}` }))
      }));
    expect(codesOf({ ...complete, initiatives: initiatives(5) }, "INITIATIVE_COUNT")).toEqual([]);
    expect(codesOf({ ...complete, initiatives: initiatives(6) }, "INITIATIVE_COUNT")).toEqual(["INITIATIVES_TOO_MANY"]);
  });

  it("who raised a need counts when given as a contact or as a name alone", () => {
    const need = complete.needs[0];
    const withNeed = (fields: Partial<typeof need>) => ({ ...complete, needs: [{ ...need, ...fields }] });
    expect(codesOf(withNeed({ raisedById: null }), "NEEDS_RAISED_BY")).toEqual([]);
    expect(codesOf(withNeed({ raisedByName: null }), "NEEDS_RAISED_BY")).toEqual([]);
    expect(codesOf(withNeed({ raisedById: null, raisedByName: " " }), "NEEDS_RAISED_BY")).toEqual([
      "NEED_RAISED_BY_MISSING"
    ]);
  });

  it("a commitment's owner counts when given as a user, a contact or a name alone", () => {
    const [first, second] = complete.initiatives[0].commitments;
    const owned = (fields: Record<string, string | null>) => ({
      ...complete,
      initiatives: [
        {
          ...complete.initiatives[0],
          commitments: [{ ...first, ownerUserId: null, ownerContactId: null, ownerName: null, ...fields }, second]
        }
      ]
    });
    expect(codesOf(owned({ ownerContactId: "003000000000011AAA" }), "COMMITMENTS_OWNED")).toEqual([]);
    expect(codesOf(owned({ ownerUserId: "005000000000001AAA" }), "COMMITMENTS_OWNED")).toEqual([]);
    expect(codesOf(owned({ ownerName: "Anna Schmidt" }), "COMMITMENTS_OWNED")).toEqual([]);
    expect(codesOf(owned({ ownerName: "\t" }), "COMMITMENTS_OWNED")).toEqual(["COMMITMENT_OWNER_MISSING"]);
  });

  describe("in a country's model", () => {
    const configuration = {
      countries: [
        {
          countryCode: "RO",
          archetypeCode: "A",
          kamReadiness: "Not ready",
          pullThroughStrategy: "",
          reviewCadenceMonths: 6
        },
        {
          countryCode: "DE",
          archetypeCode: "A",
          kamReadiness: "Established",
          pullThroughStrategy: "",
          reviewCadenceMonths: 6
        }
      ]
    } as unknown as AccordConfiguration;
    const unowned = {
      ...complete,
      needs: complete.needs.map((n) => ({ ...n, raisedById: null, raisedByName: null })),
      initiatives: [
        {
          ...complete.initiatives[0],
          commitments: complete.initiatives[0].commitments.map((c) => ({ ...c, ownerName: null, dueDate: null }))
        }
      ]
    };

    it("a not-ready country's Light model skips its checks and scores what applies out of 100", () => {
      const light = planHealth(unowned, countryKamModel(configuration, "ro"));
      expect(light.checks.map((c) => c.code)).toEqual([
        "CUSTOMER_GOALS",
        "NEEDS_DECIDED",
        "NEEDS_RATIONALE",
        "INITIATIVE_COUNT",
        "INITIATIVES_DEFINED",
        "INITIATIVES_BOTH_PARTIES"
      ]);
      expect(light.score).toBe(100);
      // The same plan in an established country: who raised the needs and the commitments' owners count.
      expect(planHealth(unowned, countryKamModel(configuration, "DE"))).toEqual(planHealth(unowned));
      expect(planHealth(unowned).score).toBe(80);
      // Goals missing: 60 of the 70 points that apply.
      expect(planHealth({ ...unowned, customerGoals: null }, countryKamModel(configuration, "RO")).score).toBe(85);
    });

    it("the Light model's maximum of initiatives is the country's", () => {
      const initiatives = Array.from({ length: 4 }, (_, i) => ({
        ...complete.initiatives[0],
        key: `ini-${i}`,
        commitments: complete.initiatives[0].commitments.map((c) => ({ ...c, key: `${c.key}-${i}` }))
      }));
      const count = planHealth({ ...complete, initiatives }, countryKamModel(configuration, "RO")).checks.find(
        (c) => c.code === "INITIATIVE_COUNT"
      )!;
      expect(count.actions.map((a) => [a.code, a.message, a.params])).toEqual([
        ["INITIATIVES_TOO_MANY", "Focus on at most 3 key initiatives.", { count: 4, max: 3 }]
      ]);
    });

    it("every check skipped asks nothing: 100", () => {
      expect(planHealth(complete, { skippedHealthChecks: [...HEALTH_CHECK_CODES], maxInitiatives: 5 })).toEqual({
        score: 100,
        checks: []
      });
    });

    it("refuses a malformed model with the code and the field", () => {
      const refusal = (model: unknown) => {
        try {
          planHealth(complete, model as HealthModel);
        } catch (error) {
          return [(error as AccordInputError).code, (error as AccordInputError).message];
        }
        return null;
      };
      expect(refusal(null)).toEqual(["INVALID_INPUT", "model must be an object (got null)."]);
      expect(refusal({ skippedHealthChecks: "NEEDS_LINKED", maxInitiatives: 3 })).toEqual([
        "INVALID_INPUT",
        'model.skippedHealthChecks must be an array (got "NEEDS_LINKED").'
      ]);
      expect(refusal({ skippedHealthChecks: [], maxInitiatives: 0 })).toEqual([
        "OUT_OF_RANGE",
        "model.maxInitiatives must be a whole number from 1 to 100 (got 0)."
      ]);
      expect(refusal({ skippedHealthChecks: ["NEEDS_LINKED", 7], maxInitiatives: 3 })).toEqual([
        "INVALID_INPUT",
        'model.skippedHealthChecks[1] must be a plan-health check code such as "NEEDS_LINKED" (got 7).'
      ]);
    });
  });
});
