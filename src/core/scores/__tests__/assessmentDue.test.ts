import * as fs from "fs";
import * as path from "path";
import { assessmentDue, type AssessmentDueInput } from "../assessmentDue";
import { AccordInputError } from "../../errors";

interface Vector {
  name: string;
  input: AssessmentDueInput;
  expected?: Record<string, unknown>;
  expectedError?: string;
}
const spec = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../../spec/assessment-due.json"), "utf8")) as {
  vectors: Vector[];
};

describe("spec/assessment-due.json", () => {
  it("has vectors, including errors", () => {
    expect(spec.vectors.length).toBeGreaterThanOrEqual(8);
    expect(spec.vectors.some((v) => v.expectedError)).toBe(true);
  });

  it.each(spec.vectors.map((v) => [v.name, v] as const))("%s", (_name, vector) => {
    if (vector.expectedError) {
      let code: string | null = null;
      try {
        assessmentDue(vector.input);
      } catch (error) {
        expect(error).toBeInstanceOf(AccordInputError);
        code = (error as AccordInputError).code;
      }
      expect(code).toBe(vector.expectedError);
    } else {
      expect(assessmentDue(vector.input)).toEqual(vector.expected);
    }
  });
});

describe("assessmentDue", () => {
  it("reminds once per due date however often the job runs", () => {
    let lastRemindedOn: string | null = null;
    const reminders: string[] = [];
    for (let day = 1; day <= 31; day++) {
      const today = `2026-12-${String(day).padStart(2, "0")}`;
      const result = assessmentDue({ today, cadenceMonths: 12, lastSubmittedOn: "2025-12-10", lastRemindedOn });
      if (result.remind) {
        reminders.push(today);
        lastRemindedOn = today;
      }
    }
    expect(reminders).toEqual(["2026-12-10"]);
  });

  it("refuses a cadence given as text", () => {
    expect(() =>
      assessmentDue({
        today: "2026-11-30",
        cadenceMonths: "12" as unknown as number,
        lastSubmittedOn: null,
        lastRemindedOn: null
      })
    ).toThrow(AccordInputError);
  });
});
