import * as view from "c/accordPlanView";
import * as core from "c/accordCore";

// The options are the value sets of accordCore (src/core/values.ts) in their order, each with its own label.
describe("c-accord-plan-view value sets", () => {
  const lists = [
    ["STATUSES", core.PLAN_STATUSES],
    ["DECISIONS", core.NEED_DECISIONS.filter((decision) => decision !== "Pending")],
    ["PARTIES", core.PARTIES],
    ["METHODS", core.SIGNATURE_METHODS],
    ["OUTCOMES", core.REVIEW_OUTCOMES],
    ["SUCCESS", core.SUCCESS_OUTCOMES],
    ["INITIATIVE_STATUSES", core.INITIATIVE_STATUSES],
    ["COMMITMENT_STATUSES", core.COMMITMENT_STATUSES],
    ["THEMES", core.NEED_THEMES],
    ["LANGUAGES", core.LANGUAGES],
    ["REVIEW_TYPES", core.REVIEW_TYPES]
  ];

  it.each(lists)("%s are the core's values, each with a label", (name, values) => {
    const options = view[name];
    expect(options.map((option) => option.value)).toEqual([...values]);
    for (const option of options) {
      expect(typeof option.label).toBe("string");
      expect(option.label.length).toBeGreaterThan(0);
    }
    expect(new Set(options.map((option) => option.label)).size).toBe(options.length);
  });

  it("shows the labels the workspace showed before the lists moved to the core", () => {
    expect(view.labelOf(view.STATUSES, "Under Review")).toBe("Under Review");
    expect(view.labelOf(view.OUTCOMES, "Not kept")).toBe("Not kept");
    expect(view.labelOf(view.THEMES, "Budget and cost")).toBe("Budget and cost");
    expect(view.labelOf(view.REVIEW_TYPES, "Annual review")).toBe("Annual review");
    expect(view.labelOf(view.LANGUAGES, "zh_CN")).toBe("简体中文");
  });
});
