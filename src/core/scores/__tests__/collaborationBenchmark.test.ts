import * as fs from "fs";
import * as path from "path";
import { benchmarkCollaboration, type BenchmarkMember } from "../collaborationBenchmark";
import { AccordInputError } from "../../errors";

interface Vector {
  name: string;
  subject: BenchmarkMember;
  peers: BenchmarkMember[];
  expected?: Record<string, unknown>;
  expectedError?: string;
}
const spec = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../../../spec/collaboration-benchmark.json"), "utf8")
) as { vectors: Vector[] };

describe("spec/collaboration-benchmark.json", () => {
  it("has vectors, including errors", () => {
    expect(spec.vectors.length).toBeGreaterThanOrEqual(6);
    expect(spec.vectors.some((v) => v.expectedError)).toBe(true);
  });

  it.each(spec.vectors.map((v) => [v.name, v] as const))("%s", (_name, vector) => {
    const run = () => benchmarkCollaboration(vector.subject, vector.peers);
    if (vector.expectedError) {
      let code: string | null = null;
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(AccordInputError);
        code = (error as AccordInputError).code;
      }
      expect(code).toBe(vector.expectedError);
    } else {
      expect(run()).toMatchObject(vector.expected!);
    }
  });
});

describe("benchmarkCollaboration", () => {
  const member = (accountId: string, index: number | null, countryCode = "DE"): BenchmarkMember => ({
    accountId,
    countryCode,
    archetypeCode: "A1",
    index
  });

  it("does not depend on the order of the peers", () => {
    const peers = [member("B", 10), member("C", 90), member("D", 50, "FR"), member("E", 50)];
    const forward = benchmarkCollaboration(member("A", 50), peers);
    const backward = benchmarkCollaboration(member("A", 50), [...peers].reverse());
    expect(backward).toEqual(forward);
  });

  it("puts the highest of many at the top and the lowest at the bottom", () => {
    const peers = Array.from({ length: 99 }, (_, i) => member(`P${i}`, i));
    expect(benchmarkCollaboration(member("A", 100), peers).all.percentile).toBe(99.5);
    expect(benchmarkCollaboration(member("A", 0), peers.slice(1)).all.percentile).toBe(0.5);
  });
});
