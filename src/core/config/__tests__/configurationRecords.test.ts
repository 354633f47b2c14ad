import * as fs from "fs";
import * as path from "path";
import { checkConfigurationRecords, recordsToConfiguration } from "../configurationRecords";
import { findConfigurationGaps } from "../archetypes";
import type { ConfigurationRecord } from "../metadataTypes";

interface Vector {
  name: string;
  add?: ConfigurationRecord[];
  remove?: string[];
  change?: Record<string, { label?: string; values?: Record<string, string | null> }>;
  expected: { code: string; type: string; developerName: string | null; field: string | null }[];
}
const spec = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../../../spec/configuration-records.json"), "utf8")
) as { records: ConfigurationRecord[]; vectors: Vector[] };

const fullName = (r: ConfigurationRecord) => `${r.type}.${r.developerName}`;

/** The vector's records: the base without `remove`, with `change` merged, then `add` (spec/README.md). */
function vectorRecords(vector: Vector): ConfigurationRecord[] {
  const changed = spec.records
    .filter((r) => !(vector.remove ?? []).includes(fullName(r)))
    .map((r) => {
      const change = (vector.change ?? {})[fullName(r)];
      return change ? { ...r, label: change.label ?? r.label, values: { ...r.values, ...(change.values ?? {}) } } : r;
    });
  return [...changed, ...(vector.add ?? [])];
}

describe("checkConfigurationRecords (spec/configuration-records.json)", () => {
  it("every change names a record of the base", () => {
    for (const v of spec.vectors) {
      for (const name of Object.keys(v.change ?? {})) expect(spec.records.map(fullName)).toContain(name);
    }
  });

  it.each(spec.vectors.map((v) => [v.name, v] as const))("%s", (_name, vector) => {
    const issues = checkConfigurationRecords(vectorRecords(vector));
    expect(issues.map(({ code, type, developerName, field }) => ({ code, type, developerName, field }))).toEqual(
      vector.expected
    );
    for (const issue of issues) {
      expect(issue.message.length).toBeGreaterThan(20);
      expect(issue.params.length).toBeGreaterThan(0);
    }
  });

  it("points each record issue at the record's position", () => {
    const records = vectorRecords(spec.vectors.find((v) => v.name.startsWith("a duplicate DeveloperName"))!);
    const [issue] = checkConfigurationRecords(records);
    expect(issue.index).toBe(records.length - 1);
  });
});

describe("recordsToConfiguration", () => {
  it("builds the configuration the rules read, and the gap finder accepts it", () => {
    const config = recordsToConfiguration(spec.records);
    expect(config.countries).toEqual([
      {
        countryCode: "DE",
        archetypeCode: "HOSP",
        kamReadiness: "Established",
        pullThroughStrategy: "Hospital formulary first",
        reviewCadenceMonths: 12,
        reviewEarliestMonths: null
      },
      {
        countryCode: "KR",
        archetypeCode: "INTEG",
        kamReadiness: "Not ready",
        pullThroughStrategy: "",
        reviewCadenceMonths: 12,
        reviewEarliestMonths: null
      }
    ]);
    expect(config.archetypes.find((a) => a.code === "INTEG")!.criterionWeights).toEqual({ ACCESS: 30, FIT: 70 });
    expect(config.archetypes.find((a) => a.code === "HOSP")!.requiredRoles).toEqual(["Medical_Director"]);
    expect(config.settings.tierBThreshold).toBe(45);
    expect(findConfigurationGaps(config).map((g) => g.code)).toEqual(["ROLE_PROFILE_WITHOUT_ENGLISH"]);
  });
});
