import * as fs from "fs";
import * as path from "path";
import { countryKamModel, LIGHT_MODEL_SKIPPED_CHECKS } from "../countryModel";
import { planHealth } from "../../scores/planHealth";
import { AccordInputError } from "../../errors";
import type { AccordConfiguration, PlanDto } from "../../contract";

interface Vector {
  name: string;
  countryCode: string | null;
  expected?: unknown;
  expectedError?: string;
}
const spec = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../../spec/country-model.json"), "utf8")) as {
  configuration: AccordConfiguration;
  vectors: Vector[];
};

describe("countryKamModel (spec/country-model.json)", () => {
  it.each(spec.vectors.map((v) => [v.name, v] as const))("%s", (_name, vector) => {
    if (vector.expectedError) {
      let error: unknown;
      try {
        countryKamModel(spec.configuration, vector.countryCode);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AccordInputError);
      expect((error as AccordInputError).code).toBe(vector.expectedError);
    } else {
      expect(countryKamModel(spec.configuration, vector.countryCode)).toEqual(vector.expected);
    }
  });

  it("skips only checks that plan health has", () => {
    const lifecycle = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../../spec/plan-health.json"), "utf8"));
    const plan = (lifecycle.vectors.find((v: { plan?: PlanDto }) => v.plan) as { plan: PlanDto }).plan;
    const codes = planHealth(plan).checks.map((c) => c.code);
    for (const skipped of LIGHT_MODEL_SKIPPED_CHECKS) expect(codes).toContain(skipped);
  });
});
