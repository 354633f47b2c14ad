import * as fs from "fs";
import * as path from "path";
import { circleText, stakeholderIssues, type StakeholderIssue } from "../validation";
import type { StakeholderDto, StakeholderSaveDto } from "../../contract";

interface Vector {
  name: string;
  change: StakeholderSaveDto;
  stakeholders?: StakeholderDto[];
  expected: StakeholderIssue[];
}
const spec = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../../../spec/stakeholder-validation.json"), "utf8")
) as { stakeholders: StakeholderDto[]; vectors: Vector[] };

describe("spec/stakeholder-validation.json", () => {
  it("covers valid saves and every issue code", () => {
    const codes = new Set(spec.vectors.flatMap((v) => v.expected.map((i) => i.code)));
    expect([...codes].sort()).toEqual([
      "DUPLICATE_CONTACT",
      "MANAGER_AT_OTHER_ACCOUNT",
      "REPORTING_CYCLE",
      "STAKEHOLDER_CONTACT_REQUIRED",
      "STAKEHOLDER_INVALID_VALUE",
      "STAKEHOLDER_NOT_FOUND",
      "STAKEHOLDER_OUT_OF_RANGE"
    ]);
    expect(spec.vectors.some((v) => v.expected.length === 0)).toBe(true);
  });

  it.each(spec.vectors.map((v) => [v.name, v] as const))("%s", (_name, vector) => {
    expect(stakeholderIssues(vector.change, vector.stakeholders ?? spec.stakeholders)).toEqual(vector.expected);
  });
});

describe("stakeholderIssues beyond the vectors", () => {
  const change = spec.vectors[0].change;

  it("refuses a fractional or non-numeric rating as out of range", () => {
    const issues = stakeholderIssues(
      { ...change, influence: 2.5, relationshipStrength: "3" as unknown as number },
      spec.stakeholders
    );
    expect(issues.map((i) => (i.code === "STAKEHOLDER_OUT_OF_RANGE" ? i.field : i.code))).toEqual([
      "influence",
      "relationshipStrength"
    ]);
  });

  it("does not depend on the order of the stored stakeholders", () => {
    for (const vector of spec.vectors) {
      const reversed = [...(vector.stakeholders ?? spec.stakeholders)].reverse();
      expect(stakeholderIssues(vector.change, reversed)).toEqual(vector.expected);
    }
  });

  it("writes a circle with its first name closing it", () => {
    expect(circleText(["A", "B", "C"])).toBe("A → B → C → A");
    expect(circleText(["A"])).toBe("A → A");
  });
});
