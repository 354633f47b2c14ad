import * as fs from "node:fs";
import * as path from "node:path";
import type { PlanDto } from "../../contract";
import { addMonths, reviewSchedule, reviewSettingsFor, reviewStartIssue } from "../reviewSchedule";
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

describe("reviewSettingsFor", () => {
  const configuration = {
    countries: [
      {
        countryCode: "DE",
        archetypeCode: "HOSP",
        kamReadiness: "Established" as const,
        pullThroughStrategy: "",
        reviewCadenceMonths: 3,
        reviewEarliestMonths: 10
      },
      {
        countryCode: "JP",
        archetypeCode: "HOSP",
        kamReadiness: "Established" as const,
        pullThroughStrategy: "",
        reviewCadenceMonths: 6
      }
    ]
  };

  it("takes the cadence and the earliest start of the plan's country", () => {
    expect(reviewSettingsFor(configuration, "DE")).toEqual({ reviewCadenceMonths: 3, reviewEarliestMonths: 10 });
  });

  it("leaves the earliest start to the default when the country sets none", () => {
    expect(reviewSettingsFor(configuration, "JP")).toEqual({ reviewCadenceMonths: 6, reviewEarliestMonths: null });
  });

  it.each([
    ["a country without a setting", configuration, "FR"],
    ["a plan without a country", configuration, null],
    ["no configuration", null, "DE"]
  ])("gives the defaults for %s", (_name, config, code) => {
    expect(reviewSettingsFor(config, code)).toEqual({ reviewCadenceMonths: null, reviewEarliestMonths: null });
  });
});
