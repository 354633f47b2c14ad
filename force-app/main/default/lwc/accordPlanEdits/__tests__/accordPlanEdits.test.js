import * as edits from "c/accordPlanEdits";

const PLAN = require("../../accordPlanWorkspace/__tests__/data/workspaceDraft.json").plan;
const copy = (value) => JSON.parse(JSON.stringify(value));

describe("c-accord-plan-edits", () => {
  it("makes random version-4 UUIDs, also without crypto.randomUUID", () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(edits.newKey()).toMatch(uuid);
    const original = globalThis.crypto;
    Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true });
    try {
      const keys = new Set(Array.from({ length: 50 }, () => edits.newKey()));
      expect(keys.size).toBe(50);
      keys.forEach((key) => expect(key).toMatch(uuid));
    } finally {
      Object.defineProperty(globalThis, "crypto", { value: original, configurable: true });
    }
  });

  it("never changes the plan it is given", () => {
    const plan = copy(PLAN);
    const before = JSON.stringify(plan);
    edits.addNeed(plan, { verbatim: "x" });
    edits.updateNeed(plan, plan.needs[0].key, { verbatim: "y" });
    edits.removeInitiative(plan, plan.initiatives[0].key);
    edits.updateCommitment(plan, plan.initiatives[0].commitments[0].key, { status: "Done" });
    expect(JSON.stringify(plan)).toBe(before);
    expect(edits.clonePlan(null)).toBeNull();
    expect(edits.clonePlan(plan)).not.toBe(plan);
  });

  it("NFC-normalizes typed text, converts CRLF, and blanks optional text to null", () => {
    const plan = edits.addNeed(PLAN, { verbatim: "Cafe\u0301\r\nneu", decisionRationale: "  " }, "k-new");
    const need = plan.needs.find((n) => n.key === "k-new");
    expect(need.verbatim).toBe("Caf\u00e9\nneu");
    expect(need.decisionRationale).toBeNull();
    expect(need.sequence).toBe(4);
    const updated = edits.updateNeed(plan, "k-new", { verbatim: "", theme: undefined });
    expect(updated.needs.find((n) => n.key === "k-new")).toMatchObject({ verbatim: "", theme: null });
    expect(edits.updateGoals(PLAN, "Ziele\r\n").customerGoals).toBe("Ziele\n");
    expect(edits.updateGoals(PLAN, "").customerGoals).toBeNull();
  });

  it("adds initiatives and commitments with the next sequence and defaults", () => {
    let plan = edits.addInitiative(PLAN, { title: "Zwei" }, "i-2");
    expect(plan.initiatives[1]).toMatchObject({
      key: "i-2",
      sequence: 2,
      status: "Not started",
      commitments: [],
      successMeasure: null
    });
    plan = edits.addCommitment(plan, "i-2", { party: "Customer", description: "Tun" }, "c-new");
    expect(plan.initiatives[1].commitments[0]).toMatchObject({
      key: "c-new",
      sequence: 1,
      party: "Customer",
      status: "Open",
      reviewOutcome: null
    });
    plan = edits.updateInitiative(plan, "i-2", { successMeasure: "Messbar" });
    expect(plan.initiatives[1].successMeasure).toBe("Messbar");
    plan = edits.removeCommitment(plan, "c-new");
    expect(plan.initiatives[1].commitments).toEqual([]);
    expect(edits.addNeed({ ...PLAN, needs: [] }, { verbatim: "a" }).needs[0].sequence).toBe(1);
  });

  it("removes a need, and unlinks needs from a removed initiative", () => {
    expect(edits.removeNeed(PLAN, PLAN.needs[0].key).needs).toHaveLength(2);
    const plan = edits.removeInitiative(PLAN, PLAN.initiatives[0].key);
    expect(plan.initiatives).toEqual([]);
    expect(plan.needs[0].initiativeKey).toBeNull();
  });

  it("tells which section shows a record", () => {
    expect(edits.sectionOfRecord(PLAN, PLAN.needs[1].key)).toBe("needs");
    expect(edits.sectionOfRecord(PLAN, PLAN.initiatives[0].key)).toBe("initiatives");
    expect(edits.sectionOfRecord(PLAN, PLAN.initiatives[0].commitments[1].key)).toBe("initiatives");
    expect(edits.sectionOfRecord(PLAN, "unknown")).toBeNull();
    expect(edits.sectionOfRecord(PLAN, null)).toBeNull();
    expect(edits.sectionOfRecord(null, "k")).toBeNull();
  });

  it("lists every commitment with its initiative", () => {
    expect(edits.allCommitments(PLAN).map((row) => row.commitment.party)).toEqual(["Company", "Customer"]);
    expect(edits.allCommitments(null)).toEqual([]);
  });

  it("links exactly the chosen committed needs to an initiative, unlinks the others, leaves undecided ones", () => {
    const plan = {
      needs: [
        { key: "a", decision: "Commit", initiativeKey: "ini" },
        { key: "b", decision: "Commit", initiativeKey: null },
        { key: "c", decision: "Pending", initiativeKey: null },
        { key: "d", decision: "Commit", initiativeKey: "other" }
      ],
      initiatives: []
    };
    const linked = edits.linkNeeds(plan, "ini", ["b", "c"]);
    expect(linked.needs.map((need) => need.initiativeKey)).toEqual([null, "ini", null, "other"]);
    expect(edits.linkNeeds(plan, "ini", undefined)).toBe(plan);
  });
});
