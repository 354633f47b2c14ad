import spec from "../../../../spec/customer-document.json";
import type { PlanDto } from "../../contract";
import { DOCUMENT_NEED_GROUPS, DOCUMENT_SECTIONS, customerDocument } from "../documentModel";
import { planFingerprint } from "../fingerprint";

type Vector = { name: string; plan: Partial<PlanDto>; expect: unknown };
const planOf = (fields: Partial<PlanDto>): PlanDto => ({ ...(spec.planDefaults as unknown as PlanDto), ...fields });

describe("spec/customer-document.json", () => {
  it.each(spec.vectors as unknown as Vector[])("$name", ({ plan, expect: expected }) => {
    expect(customerDocument(planOf(plan))).toEqual(expected);
  });

  it("covers every need group, every section rule and every fingerprint status Apex can see", () => {
    const models = (spec.vectors as unknown as Vector[]).map((vector) => customerDocument(planOf(vector.plan)));
    const decisions = new Set(models.flatMap((model) => model.needGroups.map((group) => group.decision)));
    expect([...decisions].sort()).toEqual([...DOCUMENT_NEED_GROUPS].sort());
    expect(models.some((model) => model.sections.length === DOCUMENT_SECTIONS.length)).toBe(true);
    expect(models.some((model) => !model.sections.includes("INITIATIVES"))).toBe(true);
    expect(new Set(models.map((model) => model.fingerprint.status))).toEqual(
      new Set(["VERIFIED", "MISMATCH", "NOT_COMPUTED"])
    );
  });
});

describe("customerDocument", () => {
  const first = (spec.vectors[0] as unknown as Vector).plan;

  it("shows content the input rules refuse: an unknown decision is in no group, a stored fingerprint is UNREADABLE", () => {
    const plan = planOf({ ...first, needs: [{ ...first.needs![0], decision: "Maybe" as never }] });
    const model = customerDocument(plan);
    expect(model.needGroups).toEqual([]);
    expect(model.fingerprint).toEqual({ stored: plan.contentHash, recomputed: null, status: "UNREADABLE" });
    expect(customerDocument({ ...plan, contentHash: null }).fingerprint.status).toBe("NOT_COMPUTED");
  });

  it("reads missing lists and values as empty and blank, and a blank status as Draft", () => {
    const bare = { version: 2, accountName: undefined, status: "" } as unknown as PlanDto;
    expect(customerDocument(bare)).toEqual({
      sections: ["HEADER", "GOALS", "NEEDS", "SIGNATURES", "FINGERPRINT"],
      language: "en",
      accountName: null,
      status: "Draft",
      version: 2,
      periodStart: null,
      periodEnd: null,
      customerGoals: null,
      needGroups: [],
      initiatives: [],
      signatures: [],
      fingerprint: { stored: null, recomputed: null, status: "NOT_COMPUTED" }
    });
    const initiative = { ...first.initiatives![0], commitments: undefined } as never;
    const need = { ...first.needs![0], verbatim: null, initiativeKey: "ini-unknown" } as never;
    const model = customerDocument(planOf({ initiatives: [initiative], needs: [need] }));
    expect(model.initiatives[0].parties).toEqual([
      { party: "Company", commitments: [] },
      { party: "Customer", commitments: [] }
    ]);
    expect(model.needGroups[0].needs[0]).toMatchObject({ verbatim: "", initiativeTitle: null });
  });

  it("keeps values as given (not trimmed) and leaves out commitments of another party", () => {
    const initiative = first.initiatives![0];
    const plan = planOf({
      customerGoals: "  Ziel \n",
      initiatives: [
        {
          ...initiative,
          commitments: [
            ...initiative.commitments,
            { ...initiative.commitments[0], key: "com-x", party: "Vendor" as never }
          ]
        }
      ]
    });
    const model = customerDocument(plan);
    expect(model.customerGoals).toBe("  Ziel \n");
    const keys = model.initiatives[0].parties.flatMap((column) => column.commitments.map((c) => c.key));
    expect(keys).not.toContain("com-x");
    expect(keys).toHaveLength(initiative.commitments.length);
  });

  it("shows only live signatures of the current version, and never changes the plan it reads", () => {
    const plan = planOf(first);
    const before = JSON.stringify(plan);
    const model = customerDocument(plan);
    expect(JSON.stringify(plan)).toBe(before);
    expect(model.signatures.map((s) => `${s.party}-${s.planVersion}`)).toEqual(["Company-3"]);
    expect(model.fingerprint.recomputed).toBe(planFingerprint(plan));
  });
});
