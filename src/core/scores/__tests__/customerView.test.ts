import * as fs from "fs";
import * as path from "path";
import { customerView } from "../customerView";
import { AccordInputError } from "../../errors";
import type { CollaborationAssessmentDto, CollaborationDimensionConfig } from "../../contract";

interface Vector {
  name: string;
  input: { assessments: CollaborationAssessmentDto[]; periods: string[]; dimensions?: CollaborationDimensionConfig[] };
  expected?: Record<string, unknown>;
  expectedError?: string;
}
const spec = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../../../spec/collaboration-customer-view.json"), "utf8")
) as { dimensions: CollaborationDimensionConfig[]; vectors: Vector[] };

const run = (vector: Vector) =>
  customerView(vector.input.assessments, vector.input.dimensions ?? spec.dimensions, vector.input.periods);

describe("spec/collaboration-customer-view.json", () => {
  it("has vectors, including errors", () => {
    expect(spec.vectors.length).toBeGreaterThanOrEqual(6);
    expect(spec.vectors.some((v) => v.expectedError)).toBe(true);
  });

  it.each(spec.vectors.map((v) => [v.name, v] as const))("%s", (_name, vector) => {
    if (vector.expectedError) {
      let code: string | null = null;
      try {
        run(vector);
      } catch (error) {
        expect(error).toBeInstanceOf(AccordInputError);
        code = (error as AccordInputError).code;
      }
      expect(code).toBe(vector.expectedError);
    } else {
      expect(run(vector)).toEqual(vector.expected);
    }
  });
});

describe("customerView", () => {
  const [first] = spec.vectors;

  it("never carries what the team said, nor a score: only the customer's steps and words", () => {
    const text = JSON.stringify(run(first));
    expect(text).not.toContain("Internal view");
    expect(text).not.toContain("Silos");
    expect(text).not.toMatch(/score|index|mean|gap/i);
  });

  it("does not depend on the order the assessments come in", () => {
    const reversed = { ...first, input: { ...first.input, assessments: [...first.input.assessments].reverse() } };
    expect(run(reversed)).toEqual(run(first));
  });

  it("refuses what is not a list", () => {
    expect(() => customerView(null as never, spec.dimensions, [])).toThrow(AccordInputError);
    expect(() => customerView([], spec.dimensions, "2026" as never)).toThrow(AccordInputError);
  });
});
