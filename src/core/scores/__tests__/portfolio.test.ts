import * as fs from "fs";
import * as path from "path";
import { portfolioQuadrant, HIGH_PRIORITY_FROM, STRONG_RELATIONSHIP_FROM } from "../portfolioQuadrant";
import { isKeyAccount, lastNomination, nominationIssues, type NominationEntry } from "../keyAccountNomination";

interface QuadrantVector {
  name: string;
  priorityScore: number | null;
  collaborationIndex: number | null;
  expected: string | null;
}
interface Repeat {
  text: string;
  times: number;
  spacesAround: number;
}
interface NominationVector {
  name: string;
  history: NominationEntry[];
  change: { action: unknown; reason?: unknown; reasonRepeat?: Repeat; effectiveDate: unknown };
  expectedKeyAccount: boolean;
  expectedIssues: string[];
}
const spec = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../../../spec/key-account-portfolio.json"), "utf8")
) as {
  quadrant: { highPriorityFrom: number; strongRelationshipFrom: number; vectors: QuadrantVector[] };
  nomination: { today: string; vectors: NominationVector[] };
};

/** The vector's reason: given, or built from reasonRepeat (long reasons without a long file). */
function reasonOf(change: NominationVector["change"]): unknown {
  if (!change.reasonRepeat) return change.reason;
  const { text, times, spacesAround } = change.reasonRepeat;
  const spaces = " ".repeat(spacesAround);
  return spaces + text.repeat(times) + spaces;
}

describe("portfolioQuadrant (spec/key-account-portfolio.json)", () => {
  it("has the thresholds the vectors state", () => {
    expect(HIGH_PRIORITY_FROM).toBe(spec.quadrant.highPriorityFrom);
    expect(STRONG_RELATIONSHIP_FROM).toBe(spec.quadrant.strongRelationshipFrom);
  });
  it.each(spec.quadrant.vectors.map((v) => [v.name, v] as const))("%s", (_name, vector) => {
    expect(portfolioQuadrant(vector.priorityScore, vector.collaborationIndex)).toBe(vector.expected);
  });
  it("does not place a score that is not a number", () => {
    expect(portfolioQuadrant(Number.NaN, 60)).toBeNull();
    expect(portfolioQuadrant(60, undefined)).toBeNull();
  });
});

describe("key-account nomination (spec/key-account-portfolio.json)", () => {
  it.each(spec.nomination.vectors.map((v) => [v.name, v] as const))("%s", (_name, vector) => {
    expect(isKeyAccount(vector.history)).toBe(vector.expectedKeyAccount);
    const change = { ...vector.change, reason: reasonOf(vector.change) };
    expect(nominationIssues(change, vector.history, spec.nomination.today)).toEqual(vector.expectedIssues);
  });
  it("finds no last entry in an empty history", () => {
    expect(lastNomination([])).toBeNull();
  });
  it("keeps a Unicode space the platform keeps: a reason of one no-break space is not blank", () => {
    const issues = nominationIssues(
      { action: "Nominate", reason: "\u00a0", effectiveDate: "2026-06-15" },
      [],
      "2026-06-15"
    );
    expect(issues).toEqual([]);
  });
});
