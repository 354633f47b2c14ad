import * as fs from "node:fs";
import * as path from "node:path";
import { AccordInputError } from "../../errors";
import { planFingerprint } from "../fingerprint";
import { carryOverChoices, newPlanDraft, nextPlanDraft, periodEndFor } from "../nextPlan";
import type { PlanDto } from "../../contract";

const spec = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../../spec/next-plan.json"), "utf8"));

describe("nextPlanDraft (spec/next-plan.json)", () => {
  for (const vector of spec.vectors) {
    it(vector.name, () => {
      if (vector.error) {
        let thrown: unknown;
        try {
          nextPlanDraft(vector.plan);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(AccordInputError);
        expect((thrown as AccordInputError).code).toBe(vector.error);
        return;
      }
      const draft = nextPlanDraft(vector.plan);
      expect(draft).toMatchObject(vector.expected);
      expect(draft.contentHash).toBe(planFingerprint(draft));
      expect(draft.accountId).toBe(vector.plan.accountId);
    });
  }

  it.each(spec.periodEnds as [string, string][])("a period starting %s ends %s", (start, end) => {
    expect(periodEndFor(start)).toBe(end);
  });

  it("links the draft back to the closed plan it continues", () => {
    const closed: PlanDto = { ...spec.vectors[0].plan, id: "a02000000000001AAA" };
    expect(nextPlanDraft(closed).previousPlanId).toBe("a02000000000001AAA");
    expect(nextPlanDraft(spec.vectors[0].plan).previousPlanId).toBeNull();
  });

  it("does not change the closed plan", () => {
    const closed: PlanDto = spec.vectors[0].plan;
    const before = JSON.stringify(closed);
    nextPlanDraft(closed);
    expect(JSON.stringify(closed)).toBe(before);
  });

  it("carries Open and In progress commitments and only the initiatives that still have one", () => {
    const closed: PlanDto = JSON.parse(JSON.stringify(spec.vectors[0].plan));
    const [first, second] = closed.initiatives[0].commitments;
    closed.initiatives[0].commitments = [
      { ...first, status: "In progress" },
      { ...second, status: "Open" }
    ];
    closed.initiatives.push(
      {
        ...closed.initiatives[0],
        key: "ini-done",
        sequence: 2,
        title: "All done",
        commitments: [
          { ...first, key: "com-done", status: "Done" },
          { ...second, key: "com-cancelled", status: "Cancelled" }
        ]
      },
      { ...closed.initiatives[0], key: "ini-empty", sequence: 3, title: "No commitments", commitments: [] }
    );
    const draft = nextPlanDraft(closed);
    expect(draft.initiatives.map((i) => [i.title, i.commitments.map((c) => [c.description, c.status])])).toEqual([
      [
        "Reflex-Testung einführen",
        [
          ["Prozessberatung und zwei Workshops", "Open"],
          ["Pathologie stimmt SOP zu", "Open"]
        ]
      ]
    ]);
  });
});

describe("newPlanDraft", () => {
  it("opens a new Draft for twelve months with no content, signatures, reviews or fingerprint", () => {
    const header = {
      accountId: "001000000000001AAA",
      accountName: "Klinikum",
      periodStart: "2028-02-29",
      planLanguage: "de",
      countryCode: "DE"
    };
    const notYet = { contentHash: null, customerGoals: null, sharedOn: null, agreedOn: null, reopenReason: null };
    const noContent = { needs: [], initiatives: [], signatures: [], reviews: [] };
    expect(newPlanDraft(header)).toEqual({
      ...header,
      periodEnd: "2029-02-28",
      status: "Draft",
      version: 1,
      revision: 0,
      ...notYet,
      ...noContent
    });
  });
});

describe("carry-over (spec/next-plan.json carryOver)", () => {
  const carryOver = spec.carryOver;

  it("offers the deferred needs, then each initiative with its committed needs and commitments", () => {
    expect(carryOverChoices(carryOver.plan)).toEqual(carryOver.choices);
  });

  for (const vector of carryOver.selections) {
    it(vector.name, () => {
      const draft = nextPlanDraft(carryOver.plan, vector.selection);
      expect(draft).toMatchObject(vector.expected);
      expect(draft.contentHash).toBe(planFingerprint(draft));
    });
  }

  for (const vector of carryOver.invalid) {
    it(`refuses ${vector.name}`, () => {
      let thrown: unknown;
      try {
        nextPlanDraft(carryOver.plan, vector.selection);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AccordInputError);
      expect((thrown as AccordInputError).code).toBe(vector.error);
    });
  }
});
