import * as fs from "node:fs";
import * as path from "node:path";
import { AccordInputError } from "../../errors";
import type { PlanVersionDto } from "../../api";
import type { PlanDto } from "../../contract";
import { canonicalPlanText } from "../fingerprint";
import { changesBaseline, keepsSharedVersion, parseCanonicalText, versionChanges } from "../versionDiff";
import { MAX_CELLS, wordDiff, wordTokens } from "../wordDiff";

const spec = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../../spec/version-diff.json"), "utf8"));
const text = (lines: string[]) => lines.join("\n") + "\n";

describe("wordDiff (spec/version-diff.json words)", () => {
  for (const vector of spec.words) {
    it(vector.name, () => {
      const parts = wordDiff(vector.before, vector.after);
      expect(parts).toEqual(vector.expected);
      // The parts rebuild both texts: kept + removed is the old text, kept + added the new one.
      expect(
        parts
          .filter((p) => p.op !== "added")
          .map((p) => p.text)
          .join("")
      ).toBe(vector.before);
      expect(
        parts
          .filter((p) => p.op !== "removed")
          .map((p) => p.text)
          .join("")
      ).toBe(vector.after);
    });
  }

  it("replaces the middle whole when it is too long to search, and still rebuilds both texts", () => {
    const before = "start " + "alpha ".repeat(400) + "end";
    const after = "start " + "beta ".repeat(400) + "end";
    expect((wordTokens(before).length - 2) * (wordTokens(after).length - 2)).toBeGreaterThan(MAX_CELLS);
    const parts = wordDiff(before, after);
    expect(parts.map((p) => p.op)).toEqual(["same", "removed", "added", "same"]);
    expect(parts[0].text).toBe("start ");
    expect(parts[3].text).toBe(" end");
  });

  it("keeps every character, surrogate pairs included, in exactly one token", () => {
    const sample = "Ärzte 患者 😀👍🏽 1️⃣ a-b";
    expect(wordTokens(sample).join("")).toBe(sample);
    expect(wordTokens("😀")).toEqual(["😀"]);
  });
});

describe("versionChanges (spec/version-diff.json diffs)", () => {
  for (const vector of spec.diffs) {
    it(vector.name, () => {
      expect(versionChanges(text(vector.olderLines), text(vector.newerLines))).toEqual(vector.expected);
    });
  }

  for (const vector of spec.invalid) {
    it(`refuses ${vector.name}`, () => {
      let thrown: unknown;
      try {
        parseCanonicalText(text(vector.lines));
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AccordInputError);
      expect((thrown as AccordInputError).code).toBe(vector.error);
    });
  }

  it("refuses a text without its final line break", () => {
    expect(() => parseCanonicalText("accord-plan-v1\nperiodStart=2026-07-01")).toThrow(AccordInputError);
  });

  it("reads back exactly what canonicalPlanText writes (escapes included)", () => {
    const plan = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../../spec/next-plan.json"), "utf8")).vectors[0]
      .plan as PlanDto;
    const edited: PlanDto = JSON.parse(JSON.stringify(plan));
    edited.needs[0].verbatim = `${plan.needs[0].verbatim}\n\tback\\slash`;
    const changes = versionChanges(canonicalPlanText(plan), canonicalPlanText(edited));
    expect(changes.count).toBe(1);
    expect(changes.records[0]).toMatchObject({ record: "need", kind: "changed", key: plan.needs[0].key });
    expect(changes.records[0].fields[0].after).toBe(edited.needs[0].verbatim.trim());
    expect(versionChanges(canonicalPlanText(plan), canonicalPlanText(plan)).count).toBe(0);
  });
});

describe("changesBaseline (spec/version-diff.json baselines)", () => {
  for (const vector of spec.baselines) {
    it(vector.name, () => {
      const baseline = changesBaseline(vector.plan as PlanDto, vector.versions as PlanVersionDto[]);
      if (vector.expected === null) {
        expect(baseline).toBeNull();
        return;
      }
      expect(baseline).not.toBeNull();
      expect({
        version: baseline!.version.version,
        contentHash: baseline!.version.contentHash,
        reason: baseline!.reason,
        signerName: baseline!.signerName
      }).toEqual(vector.expected);
    });
  }
});

describe("keepsSharedVersion (spec/version-diff.json keeps)", () => {
  for (const vector of spec.keeps) {
    it(vector.name, () => {
      expect(keepsSharedVersion(vector.before, vector.after)).toBe(vector.expected);
    });
  }
});
