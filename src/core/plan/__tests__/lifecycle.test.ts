import spec from "../../../../spec/lifecycle.json";
import type { PlanDto } from "../../contract";
import { inputErrorOf } from "../../../testing/errors";
import { planFingerprint } from "../fingerprint";
import { deliveryRates } from "../../scores/delivery";
import { allowedActions } from "../allowedActions";
import { applyAction, isFullySigned } from "../applyAction";
import { isContentChange, isProgressChange } from "../content";
import { shareReadiness } from "../readiness";
import type { PlanAction, PlanActor } from "../types";

type Json = Record<string, unknown>;
const actors = spec.actors as unknown as Record<string, PlanActor>;

/** Applies `set` paths ("needs.0.decision") to a deep copy, as spec/lifecycle.json describes. */
function withSet(source: unknown, set: Json | undefined): Json {
  const copy = JSON.parse(JSON.stringify(source)) as Json;
  for (const [path, value] of Object.entries(set ?? {})) {
    const parts = path.split(".");
    let target = copy as Record<string, unknown>;
    for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>;
    target[parts[parts.length - 1]] = JSON.parse(JSON.stringify(value));
  }
  return copy;
}

function planNamed(name: string, set?: Json): PlanDto {
  return withSet((spec.plans as Record<string, unknown>)[name], set) as unknown as PlanDto;
}

function actionOf(action: Json, plan: PlanDto): PlanAction {
  if (action.type !== "save") return action as unknown as PlanAction;
  return { type: "save", plan: withSet(plan, action.set as Json) as unknown as PlanDto };
}

interface Vector {
  name: string;
  plan: string;
  set?: Json;
  actor: string;
  action: Json;
  now: string;
  expect: Json;
}

describe("spec/lifecycle.json", () => {
  it("has at least 30 vectors and covers every action type and every refusal code", () => {
    const vectors = spec.vectors as unknown as Vector[];
    expect(vectors.length).toBeGreaterThanOrEqual(30);
    const types = new Set(vectors.map((v) => v.action.type));
    expect([...types].sort()).toEqual(["close", "pullBack", "reopen", "save", "share", "sign", "startReview"]);
    const codes = new Set(vectors.filter((v) => v.expect.ok === false).map((v) => v.expect.code));
    for (const code of [
      "ACTION_NOT_ALLOWED_IN_STATUS",
      "NO_EDIT_PERMISSION",
      "NO_SIGN_PERMISSION",
      "NOT_PLAN_MANAGER",
      "STALE_REVISION",
      "STALE_VERSION",
      "STALE_CONTENT_HASH",
      "ALREADY_SIGNED",
      "SIGNER_NOT_SIGNATORY",
      "SIGNER_NAME_MISSING",
      "REOPEN_REASON_REQUIRED",
      "CONTENT_LOCKED",
      "PLAN_CLOSED",
      "OUTCOME_MISSING",
      "UNKNOWN_COMMITMENT",
      "NEED_UNDECIDED",
      "NEED_RATIONALE_MISSING",
      "NEED_NOT_LINKED",
      "INITIATIVE_MEASURE_MISSING",
      "INITIATIVE_TARGET_DATE_MISSING",
      "INITIATIVE_TARGET_DATE_OUTSIDE_PERIOD",
      "INITIATIVE_COMPANY_COMMITMENT_MISSING",
      "INITIATIVE_CUSTOMER_COMMITMENT_MISSING"
    ]) {
      expect(codes).toContain(code);
    }
  });

  it.each(spec.vectors as unknown as Vector[])("$name", (vector) => {
    const plan = planNamed(vector.plan, vector.set);
    const before = JSON.stringify(plan);
    const action = actionOf(vector.action, plan);
    const result = applyAction(plan, action, actors[vector.actor], vector.now);
    expect(JSON.stringify(plan)).toBe(before);
    const expected = vector.expect;
    if (expected.ok === false) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.reason.code).toBe(expected.code);
      expect(result.reason.message.length).toBeGreaterThan(0);
      if (expected.recordKey !== undefined) expect(result.reason.recordKey).toBe(expected.recordKey);
      expect(result.issues[0]).toEqual(result.reason);
      return;
    }
    if (!result.ok) throw new Error(`refused with ${result.reason.code}: ${result.reason.message}`);
    const after = result.plan;
    for (const field of ["status", "version", "revision", "sharedOn", "agreedOn", "reopenReason"] as const) {
      if (field in expected) expect(after[field]).toBe(expected[field]);
    }
    if (expected.contentHash === "fingerprint") expect(after.contentHash).toBe(planFingerprint(after));
    else if ("contentHash" in expected) expect(after.contentHash).toBe(expected.contentHash);
    if ("signatures" in expected) {
      expect(
        after.signatures.map((s) => ({ party: s.party, planVersion: s.planVersion, superseded: s.superseded }))
      ).toEqual(expected.signatures);
    }
    if ("reviewCount" in expected) expect(after.reviews).toHaveLength(expected.reviewCount as number);
    if ("outcomes" in expected) {
      const outcomes = Object.fromEntries(
        after.initiatives.flatMap((i) => i.commitments.map((c) => [c.key, c.reviewOutcome] as const))
      );
      expect(outcomes).toEqual(expected.outcomes);
    }
  });

  it.each(spec.shareReadiness as unknown as { name: string; plan: string; set?: Json; expect: Json[] }[])(
    "share readiness: $name",
    ({ plan, set, expect: expected }) => {
      const issues = shareReadiness(planNamed(plan, set));
      expect(issues.map((i) => ({ code: i.code, recordKey: i.recordKey }))).toEqual(expected);
    }
  );

  it.each(spec.deliveryRates as unknown as { name: string; plan: string; set?: Json; expect: Record<string, Json> }[])(
    "delivery rates: $name",
    ({ plan, set, expect: expected }) => {
      const rates = deliveryRates(planNamed(plan, set));
      for (const party of ["Company", "Customer"] as const) {
        const { rate, ...counts } = expected[party];
        const { rate: actualRate, ...actualCounts } = rates[party];
        expect(actualCounts).toEqual(counts);
        if (rate === null) expect(actualRate).toBeNull();
        else expect(Math.abs((actualRate as number) - (rate as number))).toBeLessThan(1e-9);
      }
    }
  );
});

describe("applyAction details", () => {
  const now = spec.now;

  it("a signature records the signer, the method and the evidence", () => {
    const result = applyAction(
      planNamed("inReview"),
      {
        type: "sign",
        party: "Customer",
        planVersion: 1,
        contentHash: "hash-v1",
        signerContactId: "003SIGNATORY000AAA",
        signerName: " Dr. Lena Schneider ",
        method: "Email",
        evidence: "Mail of 10 July",
        evidenceHash: "abc"
      },
      actors.rep,
      now
    );
    if (!result.ok) throw new Error(result.reason.code);
    expect(result.plan.signatures[0]).toEqual({
      party: "Customer",
      signerUserId: null,
      signerContactId: "003SIGNATORY000AAA",
      signerName: "Dr. Lena Schneider",
      planVersion: 1,
      contentHash: "hash-v1",
      signedAt: now,
      method: "Email",
      evidence: "Mail of 10 July",
      evidenceHash: "abc",
      superseded: false
    });
  });

  it("a company signature is the acting user", () => {
    const result = applyAction(
      planNamed("inReview"),
      {
        type: "sign",
        party: "Company",
        planVersion: 1,
        contentHash: "hash-v1",
        signerContactId: "003SOMEONE",
        signerName: "Ignored",
        method: "In meeting",
        evidence: null,
        evidenceHash: null
      },
      actors.signer,
      now
    );
    if (!result.ok) throw new Error(result.reason.code);
    expect(result.plan.signatures[0]).toMatchObject({
      signerUserId: "005000000000001AAA",
      signerContactId: null,
      signerName: "Anna Schmidt"
    });
  });

  it("share lists every readiness issue, the first as the reason", () => {
    const result = applyAction(
      planNamed("draft", { "needs.0.decision": "Pending", "initiatives.0.targetDate": null }),
      { type: "share" },
      actors.rep,
      now
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.code)).toEqual(["NEED_UNDECIDED", "INITIATIVE_TARGET_DATE_MISSING"]);
    expect(result.reason).toEqual(result.issues[0]);
  });

  it("a target date outside the period names the dates", () => {
    const [gap] = shareReadiness(planNamed("draft", { "initiatives.0.targetDate": "2025-06-30" }));
    expect(gap).toMatchObject({
      code: "INITIATIVE_TARGET_DATE_OUTSIDE_PERIOD",
      params: { targetDate: "2025-06-30", periodStart: "2025-07-01", periodEnd: "2026-06-30" }
    });
  });

  it("close refuses a review that is malformed", () => {
    const error = inputErrorOf(() =>
      applyAction(
        planNamed("underReview"),
        {
          type: "close",
          review: { reviewType: "Party", reviewDate: "2026-06-20" } as never,
          outcomes: [
            { commitmentKey: "com-1", outcome: "Kept" },
            { commitmentKey: "com-2", outcome: "Kept" }
          ]
        },
        actors.rep,
        now
      )
    );
    expect(error.code).toBe("INVALID_VALUE");
  });

  it("changing the plan language is allowed until Closed, not after", () => {
    const agreed = planNamed("agreed");
    const edited = { ...agreed, planLanguage: "en" };
    expect(applyAction(agreed, { type: "save", plan: edited }, actors.rep, now).ok).toBe(true);
    const closed = planNamed("closed");
    const result = applyAction(closed, { type: "save", plan: { ...closed, planLanguage: "en" } }, actors.rep, now);
    expect(result.ok ? "ok" : result.reason.code).toBe("PLAN_CLOSED");
  });

  it("a check-in review added Under Review is progress", () => {
    const plan = planNamed("underReview");
    const edited = { ...plan, reviews: [{ reviewType: "Check-in", reviewDate: "2026-01-15" }] } as unknown as PlanDto;
    expect(isProgressChange(plan, edited)).toBe(true);
    expect(isContentChange(plan, edited)).toBe(false);
    const result = applyAction(plan, { type: "save", plan: edited }, actors.rep, now);
    if (!result.ok) throw new Error(result.reason.code);
    expect(result.plan.reviews[0]).toMatchObject({ reviewType: "Check-in", customerFeedback: null });
  });

  it("isFullySigned needs both parties on the current version and hash", () => {
    expect(isFullySigned(planNamed("agreed"))).toBe(true);
    expect(isFullySigned(planNamed("agreed", { contentHash: "other" }))).toBe(false);
    expect(isFullySigned(planNamed("agreed", { "signatures.1.superseded": true }))).toBe(false);
  });
});

describe("malformed input is an AccordInputError naming the field", () => {
  const plan = planNamed("inReview");
  const now = spec.now;
  const cases: [string, () => unknown, string, string][] = [
    [
      "unknown action",
      () => applyAction(plan, { type: "approve" } as never, actors.rep, now),
      "INVALID_VALUE",
      "action.type"
    ],
    ["action not an object", () => applyAction(plan, null as never, actors.rep, now), "INVALID_INPUT", "action"],
    [
      "NaN version in a signature",
      () => applyAction(plan, { type: "sign", party: "Company", planVersion: Number.NaN } as never, actors.signer, now),
      "INVALID_NUMBER",
      "action.planVersion"
    ],
    [
      "unknown party",
      () =>
        applyAction(
          plan,
          { type: "sign", party: "Vendor", planVersion: 1, contentHash: "h", method: "Email" } as never,
          actors.signer,
          now
        ),
      "INVALID_VALUE",
      "action.party"
    ],
    [
      "actor without flags",
      () => applyAction(plan, { type: "share" }, { userId: "u", userName: "n" } as never, now),
      "INVALID_INPUT",
      "actor.canEditPlans"
    ],
    [
      "actor with bad signatories",
      () => applyAction(plan, { type: "share" }, { ...actors.rep, signatoryContactIds: [1] } as never, now),
      "INVALID_INPUT",
      "actor.signatoryContactIds"
    ],
    ["no time", () => applyAction(plan, { type: "share" }, actors.rep, "yesterday"), "INVALID_DATE", "now"],
    [
      "unknown outcome",
      () =>
        applyAction(
          plan,
          { type: "close", review: null, outcomes: [{ commitmentKey: "com-1", outcome: "Maybe" }] } as never,
          actors.rep,
          now
        ),
      "INVALID_VALUE",
      "action.outcomes[0].outcome"
    ],
    [
      "outcomes not a list",
      () => applyAction(plan, { type: "close", outcomes: {} } as never, actors.rep, now),
      "INVALID_INPUT",
      "action.outcomes"
    ],
    [
      "outcome not an object",
      () => applyAction(plan, { type: "close", outcomes: [3] } as never, actors.rep, now),
      "INVALID_INPUT",
      "action.outcomes[0]"
    ],
    [
      "reason not text",
      () => applyAction(plan, { type: "reopen", reason: 5 } as never, actors.manager, now),
      "INVALID_INPUT",
      "action.reason"
    ],
    [
      "unknown status",
      () => applyAction({ ...plan, status: "Signed" } as never, { type: "share" }, actors.rep, now),
      "INVALID_VALUE",
      "plan.status"
    ],
    [
      "version 0",
      () => applyAction({ ...plan, version: 0 }, { type: "share" }, actors.rep, now),
      "INVALID_NUMBER",
      "plan.version"
    ],
    ["needs missing", () => shareReadiness({ ...plan, needs: undefined } as never), "INVALID_INPUT", "plan.needs"],
    [
      "signature of a future version",
      () => shareReadiness({ ...plan, signatures: [{ ...planNamed("agreed").signatures[0], planVersion: 3 }] }),
      "INVALID_SIGNATURE",
      "planVersion 3"
    ],
    [
      "two signatures of one party and version",
      () =>
        shareReadiness({ ...plan, signatures: [planNamed("agreed").signatures[0], planNamed("agreed").signatures[0]] }),
      "DUPLICATE_SIGNATURE",
      "Company"
    ],
    [
      "superseded not a boolean",
      () =>
        shareReadiness({ ...plan, signatures: [{ ...planNamed("agreed").signatures[0], superseded: "no" as never }] }),
      "INVALID_INPUT",
      "plan.signatures[0].superseded"
    ],
    [
      "duplicate commitment keys across initiatives",
      () =>
        shareReadiness({
          ...plan,
          initiatives: [plan.initiatives[0], { ...plan.initiatives[0], key: "ini-2" }]
        }),
      "DUPLICATE_KEY",
      "com-1"
    ],
    [
      "theme not text",
      () => shareReadiness(planNamed("draft", { "needs.0.theme": 7 })),
      "INVALID_INPUT",
      "plan.needs[0].theme"
    ],
    [
      "blank key",
      () => shareReadiness(planNamed("draft", { "needs.0.key": "  " })),
      "MISSING_FIELD",
      "plan.needs[0].key"
    ],
    [
      "date not a date",
      () => shareReadiness(planNamed("draft", { periodStart: "1.7.2025" })),
      "INVALID_DATE",
      "plan.periodStart"
    ],
    [
      "month 13",
      () => shareReadiness(planNamed("draft", { periodEnd: "2026-13-01" })),
      "INVALID_DATE",
      "plan.periodEnd"
    ],
    [
      "reviews not a list",
      () => shareReadiness(planNamed("draft", { reviews: "none" })),
      "INVALID_INPUT",
      "plan.reviews"
    ]
  ];

  it.each(cases)("%s", (_name, run, code, mention) => {
    const error = inputErrorOf(run);
    expect(error.code).toBe(code);
    expect(error.message).toContain(mention);
    expect(error.name).toBe("AccordInputError");
  });

  it("accepts 29 February only in leap years, and missing optional fields as null", () => {
    expect(() =>
      shareReadiness(planNamed("draft", { "initiatives.0.targetDate": "2024-02-29", periodStart: "2024-01-01" }))
    ).not.toThrow();
    expect(
      inputErrorOf(() => shareReadiness(planNamed("draft", { "initiatives.0.targetDate": "2025-02-29" }))).code
    ).toBe("INVALID_DATE");
    expect(() =>
      shareReadiness(planNamed("draft", { "initiatives.0.targetDate": "2000-02-29", periodStart: "2000-01-01" }))
    ).not.toThrow();
    expect(
      inputErrorOf(() => shareReadiness(planNamed("draft", { "initiatives.0.targetDate": "1900-02-29" }))).code
    ).toBe("INVALID_DATE");
    const sparse = JSON.parse(JSON.stringify(planNamed("draft"), (_k, v) => (v === null ? undefined : v)));
    delete sparse.reviews;
    expect(shareReadiness(sparse)).toEqual([]);
  });
});

describe("allowedActions", () => {
  const summary = (plan: PlanDto, actor: PlanActor) =>
    allowedActions(plan, actor).map((a) => [
      a.type,
      a.party ?? a.contentEditable ?? null,
      a.blockers.map((b) => b.code)
    ]);

  it("offers what each status and permission allow, with the gaps that block them", () => {
    expect(summary(planNamed("draft"), actors.rep)).toEqual([
      ["save", true, []],
      ["share", null, []]
    ]);
    expect(summary(planNamed("draft", { "needs.0.decision": "Pending" }), actors.rep)[1]).toEqual([
      "share",
      null,
      ["NEED_UNDECIDED"]
    ]);
    expect(summary(planNamed("draft"), actors.viewer)).toEqual([]);
    expect(summary(planNamed("inReview"), actors.signer)).toEqual([
      ["save", true, []],
      ["pullBack", null, []],
      ["sign", "Company", []],
      ["sign", "Customer", []]
    ]);
    expect(summary(planNamed("inReviewCompanySigned"), actors.rep)).toEqual([
      ["save", true, []],
      ["pullBack", null, []],
      ["sign", "Customer", []]
    ]);
    expect(summary(planNamed("inReview"), { ...actors.rep, signatoryContactIds: [] })[2]).toEqual([
      "sign",
      "Customer",
      ["NO_SIGNATORY"]
    ]);
    expect(summary(planNamed("inReview"), actors.viewer)).toEqual([]);
    expect(summary(planNamed("agreed"), actors.manager)).toEqual([
      ["save", false, []],
      ["startReview", null, []],
      ["reopen", null, []]
    ]);
    expect(summary(planNamed("underReview"), actors.rep)).toEqual([
      ["save", false, []],
      ["close", null, ["OUTCOME_MISSING", "OUTCOME_MISSING"]]
    ]);
    expect(summary(planNamed("closed"), actors.manager)).toEqual([]);
  });

  it("offers nothing past Draft to an actor who may not edit, and reopen only to a plan manager", () => {
    expect(summary(planNamed("agreed"), actors.viewer)).toEqual([]);
    expect(summary(planNamed("underReview"), actors.viewer)).toEqual([]);
    expect(summary(planNamed("agreed"), actors.signer)).toEqual([
      ["save", false, []],
      ["startReview", null, []]
    ]);
  });

  it("does not offer a party's signature again once it signed this version", () => {
    expect(summary(planNamed("inReviewCompanySigned"), actors.signer)).toEqual([
      ["save", true, []],
      ["pullBack", null, []],
      ["sign", "Customer", []]
    ]);
  });
});

describe("record Ids and content changes", () => {
  it("keeps the record Ids of the plan and of every record it returns", () => {
    const plan = planNamed("inReview", {
      id: "a00000000000001AAA",
      "needs.0.id": "a01000000000001AAA",
      "initiatives.0.id": "a02000000000001AAA",
      "initiatives.0.commitments.0.id": "a03000000000001AAA"
    });
    const result = applyAction(plan, { type: "pullBack" }, actors.rep, spec.now);
    if (!result.ok) throw new Error(result.reason.code);
    expect([
      result.plan.id,
      result.plan.needs[0].id,
      result.plan.needs[1].id,
      result.plan.initiatives[0].id,
      result.plan.initiatives[0].commitments[0].id
    ]).toEqual(["a00000000000001AAA", "a01000000000001AAA", undefined, "a02000000000001AAA", "a03000000000001AAA"]);
  });

  it("isContentChange is true for content and false for progress", () => {
    const plan = planNamed("draft");
    expect(isContentChange(plan, planNamed("draft", { customerGoals: "Andere Ziele" }))).toBe(true);
    expect(isContentChange(plan, planNamed("draft", { "initiatives.0.commitments.0.description": "Neu" }))).toBe(true);
    expect(isContentChange(plan, planNamed("draft", { "initiatives.0.commitments.0.status": "Done" }))).toBe(false);
    expect(isProgressChange(plan, planNamed("draft", { "initiatives.0.commitments.0.status": "Done" }))).toBe(true);
  });
});
