import spec from "../../../../spec/plan-health.json";
import type { PlanDto } from "../../contract";
import { AccordInputError } from "../../errors";
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
});
