import { labelKey } from "../valueLabels";
import { NEED_THEMES, PLAN_STATUSES, REVIEW_TYPES } from "../values";

describe("labelKey: the value part of a value's label name", () => {
  it("capitalizes each word and drops spaces and hyphens", () => {
    expect(labelKey("In Review")).toBe("InReview");
    expect(labelKey("Budget and cost")).toBe("BudgetAndCost");
    expect(labelKey("Check-in")).toBe("CheckIn");
    expect(labelKey("Draft")).toBe("Draft");
  });

  it("gives every value of a labelled value set a distinct key of letters and digits only", () => {
    for (const values of [PLAN_STATUSES, NEED_THEMES, REVIEW_TYPES]) {
      const keys = values.map(labelKey);
      expect(keys.every((key) => /^[A-Za-z0-9]+$/.test(key))).toBe(true);
      expect(new Set(keys).size).toBe(values.length);
    }
  });
});
