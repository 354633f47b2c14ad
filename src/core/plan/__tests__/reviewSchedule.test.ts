import * as fs from "node:fs";
import * as path from "node:path";
import type { PlanDto } from "../../contract";
import { addMonths, reviewSchedule, reviewStartIssue } from "../reviewSchedule";
import { initiativeSuccess } from "../../scores/delivery";

const spec = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../../spec/review.json"), "utf8"));
const planWith = (set: Partial<PlanDto>): PlanDto => ({ ...spec.plan, ...set });

describe("initiativeSuccess (spec/review.json success)", () => {
  for (const vector of spec.success) {
    it(vector.name, () => {
      const result = initiativeSuccess(planWith(vector.set));
      const { rate, ...counts } = vector.expected;
      expect(result).toMatchObject(counts);
      if (rate === null) expect(result.rate).toBeNull();
      else expect(result.rate).toBeCloseTo(rate, 9);
    });
  }
});

describe("addMonths (spec/review.json addMonths)", () => {
  it.each(spec.addMonths as [string, number, string][])("%s + %i months = %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe("reviewSchedule (spec/review.json schedules)", () => {
  for (const vector of spec.schedules) {
    it(vector.name, () => {
      expect(reviewSchedule(planWith(vector.set), vector.settings)).toEqual(vector.expected);
    });
  }
});

describe("reviewStartIssue (spec/review.json starts)", () => {
  for (const vector of spec.starts) {
    it(vector.name, () => {
      const result = reviewStartIssue(planWith({ status: "Agreed" }), vector.settings, vector.today);
      if (vector.expected === null) expect(result).toBeNull();
      else expect(result).toMatchObject(vector.expected);
    });
  }
});
