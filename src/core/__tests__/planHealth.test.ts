import spec from "../../../spec/plan-health.json";
import type { PlanDto } from "../contract";
import { AccordInputError } from "../errors";
import { planHealth } from "../planHealth";

type Action = { code: string; recordKey?: string; params?: Record<string, string | number> };
type Vector = {
  name: string;
  plan: unknown;
  expect: { score: number; checks: (Record<string, unknown> & { actions: Action[] })[] };
};

describe("spec/plan-health.json", () => {
  it.each(spec.vectors as unknown as Vector[])("$name", ({ plan, expect: expected }) => {
    const health = planHealth(plan as PlanDto);
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

  it("points possible add up to 100 and every action has a message", () => {
    const empty = planHealth({ ...complete, needs: [], initiatives: [], customerGoals: null });
    expect(empty.checks.reduce((sum, c) => sum + c.pointsPossible, 0)).toBe(100);
    for (const check of empty.checks)
      for (const action of check.actions) expect(action.message.length).toBeGreaterThan(10);
  });

  it("is the same whatever the order of records in the input", () => {
    const reversed = { ...complete, needs: [...complete.needs].reverse() };
    expect(planHealth(reversed)).toEqual(planHealth(complete));
  });

  it("refuses malformed plans", () => {
    expect(() => planHealth({ ...complete, needs: [{ ...complete.needs[0], decision: "Later" as never }] })).toThrow(
      AccordInputError
    );
  });
});
