import * as view from "c/accordPlanView";

const WORKSPACE = require("../../accordPlanWorkspace/__tests__/data/workspaceDraft.json");
const PLAN = WORKSPACE.plan;

describe("c-accord-plan-view", () => {
  it("labels picklist values and never shows a blank", () => {
    expect(view.labelOf(view.DECISIONS, "Defer")).toBe("Defer");
    expect(view.labelOf(view.THEMES, "Something new")).toBe("Something new");
    expect(view.labelOf(view.THEMES, null)).toBe("Not set");
    expect(view.withNone(view.PARTIES)[0]).toEqual({ value: "", label: "None" });
    expect(view.THEMES).toHaveLength(9);
    expect(view.REVIEW_TYPES.map((t) => t.value)).toEqual(["Check-in", "Annual review"]);
  });

  it("translates issues by code with their parameters, falling back to the core's text", () => {
    expect(view.issueText({ code: "NEED_UNDECIDED", message: "x", params: {} })).toBe(
      "This need has no decision yet: commit, defer or decline it."
    );
    expect(
      view.issueText({
        code: "INITIATIVE_TARGET_DATE_OUTSIDE_PERIOD",
        message: "x",
        params: { periodStart: "2026-01-01", periodEnd: "2026-12-31" }
      })
    ).toBe("Move this initiative's target date inside the plan period (2026-01-01 – 2026-12-31).");
    expect(view.issueText({ code: "INITIATIVES_TOO_MANY", message: "x", params: { count: 7, max: 5 } })).toBe(
      "Focus on at most 5 key initiatives (the plan has 7)."
    );
    expect(view.issueText({ code: "SOMETHING_NEW", message: "Plain English" })).toBe("Plain English");
    expect(view.issueSection({ code: "GOALS_MISSING" })).toBe("goals");
    expect(view.issueSection({ code: "NEED_UNDECIDED" })).toBeNull();
    expect(view.healthCheckLabel("NEEDS_DECIDED")).toBe("Every need decided");
    expect(view.healthCheckLabel("NEW_CHECK")).toBe("NEW_CHECK");
  });

  it("names the record an issue concerns", () => {
    expect(view.recordName(PLAN, PLAN.needs[0].key)).toBe(PLAN.needs[0].verbatim);
    expect(view.recordName(PLAN, PLAN.initiatives[0].key)).toBe(PLAN.initiatives[0].title);
    expect(view.recordName(PLAN, PLAN.initiatives[0].commitments[0].key)).toBe(
      PLAN.initiatives[0].commitments[0].description
    );
    expect(view.recordName(PLAN, "none")).toBe("");
    expect(view.recordName(null, "k")).toBe("");
    expect(view.excerpt("a  b\nc")).toBe("a b c");
    expect(view.excerpt("x".repeat(100), 10)).toBe("xxxxxxxxx…");
    expect(view.excerpt(null)).toBe("");
  });

  it("builds the rules' actor from the server's permissions and the signatory contacts", () => {
    expect(view.planActor(WORKSPACE.permissions, WORKSPACE.stakeholders)).toEqual({
      userId: "005000000000001AAA",
      userName: "Kim Rep",
      canEditPlans: true,
      canSign: true,
      isPlanManager: true,
      signatoryContactIds: ["003000000000001AAA"]
    });
    expect(view.planActor(null, null)).toMatchObject({ canEditPlans: false, signatoryContactIds: [] });
  });

  it("asks accordCore which actions the plan allows", () => {
    const { actions, error } = view.availableActions(PLAN, WORKSPACE.permissions, WORKSPACE.stakeholders);
    expect(error).toBeNull();
    expect(actions.map((a) => a.type)).toEqual(["save", "share"]);
    expect(view.findAction(actions, "save").contentEditable).toBe(true);
    expect(view.findAction(actions, "sign", "Company")).toBeNull();
    expect(view.availableActions(null, {}, [])).toEqual({ actions: [], error: null });
    const broken = view.availableActions({ ...PLAN, status: "Unknown" }, WORKSPACE.permissions, []);
    expect(broken.actions).toEqual([]);
    expect(broken.error).toMatch(/status/i);
  });

  it("orders records by sequence, then key by code unit", () => {
    const rows = [
      { sequence: 2, key: "a" },
      { sequence: 1, key: "b" },
      { sequence: 1, key: "B" },
      { sequence: 1, key: "b" }
    ];
    expect([...rows].sort(view.bySequenceThenKey).map((r) => `${r.sequence}${r.key}`)).toEqual([
      "1B",
      "1b",
      "1b",
      "2a"
    ]);
  });

  it("lists contacts and signatories as options, and today as an ISO date", () => {
    expect(view.contactOptions(WORKSPACE.stakeholders)).toHaveLength(2);
    expect(view.signatoryOptions(WORKSPACE.stakeholders)).toEqual([
      { value: "003000000000001AAA", label: "Dr. Anna Schneider" }
    ]);
    expect(view.contactOptions(undefined)).toEqual([]);
    expect(view.signatoryOptions(undefined)).toEqual([]);
    expect(view.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
