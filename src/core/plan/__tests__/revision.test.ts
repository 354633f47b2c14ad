import spec from "../../../../spec/lifecycle.json";
import type { PlanDto } from "../../contract";
import { inputErrorOf } from "../../../testing/errors";
import { applyAction } from "../applyAction";
import { nextPlanDraft } from "../nextPlan";
import type { PlanAction, PlanActor } from "../types";

const actors = spec.actors as unknown as Record<string, PlanActor>;
const plans = spec.plans as unknown as Record<string, PlanDto>;
const now = spec.now;

describe("the revision rule (lost updates)", () => {
  const draft = plans.draft;
  const agreed = plans.agreed;

  it("refuses a save from another revision with the stored and the read revision, and changes nothing", () => {
    const stored = { ...draft, revision: 4 };
    const before = JSON.stringify(stored);
    const result = applyAction(stored, { type: "save", plan: { ...draft, customerGoals: "neu" } }, actors.rep, now);
    expect(result).toEqual({
      ok: false,
      reason: {
        code: "STALE_REVISION",
        message: "The plan changed since you opened it: reload it, then make your change again.",
        params: { revision: 4, revisionRead: 3 }
      },
      issues: [expect.objectContaining({ code: "STALE_REVISION" })]
    });
    expect(JSON.stringify(stored)).toBe(before);
  });

  it("accepts the same save from the stored revision and returns revision + 1", () => {
    const result = applyAction(draft, { type: "save", plan: { ...draft, customerGoals: "neu" } }, actors.rep, now);
    expect(result.ok && result.plan.revision).toBe(draft.revision + 1);
    expect(result.ok && result.plan.customerGoals).toBe("neu");
  });

  it.each([
    ["share", "draft", "rep", {}],
    ["pullBack", "inReview", "rep", {}],
    ["startReview", "agreed", "rep", {}],
    ["reopen", "agreed", "manager", { reason: "Neue Daten" }]
  ])(
    "%s from the stored revision is accepted with revision + 1; from the one before, refused",
    (type, name, actor, extra) => {
      const plan = plans[name];
      const current = { type, revision: plan.revision, ...extra } as PlanAction;
      const result = applyAction(plan, current, actors[actor], now);
      expect(result.ok && result.plan.revision).toBe(plan.revision + 1);
      const stale = applyAction(plan, { ...current, revision: plan.revision - 1 } as PlanAction, actors[actor], now);
      expect(stale.ok ? "accepted" : stale.reason.code).toBe("STALE_REVISION");
    }
  );

  it("a refused action does not count as a write: the stored revision stays what it was", () => {
    const result = applyAction(agreed, { type: "share", revision: agreed.revision }, actors.rep, now);
    expect(result.ok ? "accepted" : result.reason.code).toBe("ACTION_NOT_ALLOWED_IN_STATUS");
    expect(result).not.toHaveProperty("plan");
  });

  it("reads a plan without a revision (written before revisions existed) as revision 0", () => {
    const { revision, ...old } = draft;
    expect(revision).toBe(3);
    const result = applyAction(old as PlanDto, { type: "share", revision: 0 }, actors.rep, now);
    expect(result.ok && result.plan.revision).toBe(1);
    const stale = applyAction(old as PlanDto, { type: "share", revision: 3 }, actors.rep, now);
    expect(stale.ok ? "accepted" : stale.reason.code).toBe("STALE_REVISION");
  });

  it("a save whose edited plan has no revision is not compared (the server refuses such a request first)", () => {
    const { revision: _read, ...edited } = { ...draft, customerGoals: "neu" };
    const result = applyAction({ ...draft, revision: 40 }, { type: "save", plan: edited as PlanDto }, actors.rep, now);
    expect(result.ok && result.plan.revision).toBe(41);
  });

  it.each([
    ["plan.revision", () => applyAction({ ...draft, revision: -1 }, { type: "share" }, actors.rep, now)],
    ["plan.revision", () => applyAction({ ...draft, revision: 1.5 }, { type: "share" }, actors.rep, now)],
    ["plan.revision", () => applyAction({ ...draft, revision: "3" } as never, { type: "share" }, actors.rep, now)],
    ["action.revision", () => applyAction(draft, { type: "share", revision: "3" } as never, actors.rep, now)],
    ["action.revision", () => applyAction(draft, { type: "share", revision: Number.NaN }, actors.rep, now)],
    [
      "action.revision",
      () => applyAction(draft, { type: "share", revision: Number.MAX_SAFE_INTEGER + 1 }, actors.rep, now)
    ],
    [
      "action.plan.revision",
      () => applyAction(draft, { type: "save", plan: { ...draft, revision: -3 } }, actors.rep, now)
    ]
  ])("refuses a malformed %s with INVALID_NUMBER", (field, run) => {
    const error = inputErrorOf(run);
    expect(error.code).toBe("INVALID_NUMBER");
    expect(error.message).toContain(field);
  });

  it("accepts revision 0 and the largest whole number a double holds exactly", () => {
    const zero = applyAction({ ...draft, revision: 0 }, { type: "share", revision: 0 }, actors.rep, now);
    expect(zero.ok && zero.plan.revision).toBe(1);
    const big = Number.MAX_SAFE_INTEGER - 1;
    const large = applyAction({ ...draft, revision: big }, { type: "share", revision: big }, actors.rep, now);
    expect(large.ok && large.plan.revision).toBe(big + 1);
  });

  it("next period's draft starts at revision 0 (not yet written)", () => {
    const closed = plans.closed;
    expect(nextPlanDraft(closed).revision).toBe(0);
  });
});
