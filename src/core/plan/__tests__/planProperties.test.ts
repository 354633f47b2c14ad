/**
 * Property tests over random plans and random action sequences: the lifecycle never reaches a
 * forbidden state, the fingerprint follows content and only content, and malformed input is
 * always an AccordInputError.
 */
import fc from "fast-check";
import lifecycleSpec from "../../../../spec/lifecycle.json";
import type { CommitmentDto, InitiativeDto, NeedDto, PlanDto } from "../../contract";
import type { PlanStatus } from "../../values";
import { AccordInputError } from "../../errors";
import { canonicalPlanText, planFingerprint } from "../fingerprint";
import { planHealth } from "../../scores/planHealth";
import { allowedActions } from "../allowedActions";
import { applyAction, isFullySigned } from "../applyAction";
import { shareReadiness } from "../readiness";
import type { PlanAction, PlanActor } from "../types";

const NOW = "2025-07-10T10:00:00.000Z";
const SIGNATORY = "003SIGNATORY000AAA";
const text = fc.string({
  unit: fc.constantFrom("a", "b", "x", " ", "\t", "\r", "\n", "\\", "=", "ü", "한", "日", "\u00a0", "\ud83d\ude80"),
  maxLength: 8
});
const key = fc.string({ unit: fc.constantFrom("a", "B", "é", "1", "-", "z"), minLength: 1, maxLength: 4 });
const date = fc.constantFrom(null, "2025-07-01", "2025-12-31", "2026-06-30", "2026-07-01");
const DECISIONS = ["Pending", "Commit", "Defer", "Decline"] as const;

function needArb(needKey: string, initiativeKeys: string[]): fc.Arbitrary<NeedDto> {
  return fc.record({
    key: fc.constant(needKey),
    sequence: fc.integer({ min: 0, max: 3 }),
    verbatim: text,
    theme: fc.option(text),
    raisedById: fc.option(fc.constant("003000000000001AAA")),
    raisedByName: fc.option(text),
    customerPriority: fc.option(fc.integer({ min: 1, max: 5 })),
    decision: fc.constantFrom(...DECISIONS),
    decisionRationale: fc.option(text),
    initiativeKey: initiativeKeys.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...initiativeKeys))
  });
}

function commitmentArb(commitmentKey: string): fc.Arbitrary<CommitmentDto> {
  return fc.record({
    key: fc.constant(commitmentKey),
    sequence: fc.integer({ min: 0, max: 3 }),
    party: fc.constantFrom("Company" as const, "Customer" as const),
    description: text,
    ownerUserId: fc.option(fc.constant("005000000000001AAA")),
    ownerContactId: fc.constant(null),
    ownerName: fc.option(text),
    dueDate: date,
    status: fc.constantFrom("Open" as const, "In progress" as const, "Done" as const, "Cancelled" as const),
    reviewOutcome: fc.option(fc.constantFrom("Kept" as const, "Partly" as const, "Not kept" as const))
  });
}

const planArb: fc.Arbitrary<PlanDto> = fc
  .record({
    needKeys: fc.uniqueArray(key, { selector: (k) => k.toLowerCase(), maxLength: 5 }),
    initiativeKeys: fc.uniqueArray(key, { selector: (k) => k.toLowerCase(), maxLength: 3 }),
    commitmentKeys: fc.uniqueArray(key, { selector: (k) => k.toLowerCase(), maxLength: 6 })
  })
  .chain(({ needKeys, initiativeKeys, commitmentKeys }) =>
    fc.record({
      goals: fc.option(text),
      needs: fc.tuple(...needKeys.map((k) => needArb(k, initiativeKeys))),
      initiatives: fc.tuple(
        ...initiativeKeys.map((k) =>
          fc.record({
            key: fc.constant(k),
            sequence: fc.integer({ min: 0, max: 3 }),
            title: text,
            successMeasure: fc.option(text),
            targetDate: date,
            status: fc.constantFrom("Not started" as const, "On track" as const, "At risk" as const, "Done" as const)
          })
        )
      ),
      commitments: fc.tuple(...commitmentKeys.map((k) => fc.tuple(commitmentArb(k), fc.nat())))
    })
  )
  .map(({ goals, needs, initiatives, commitments }) => {
    const withCommitments: InitiativeDto[] = initiatives.map((i, index) => ({
      ...i,
      commitments: commitments.filter(([, slot]) => slot % initiatives.length === index).map(([c]) => c)
    }));
    return {
      accountId: "001000000000001AAA",
      accountName: "Random account",
      status: "Draft",
      version: 1,
      revision: 0,
      contentHash: null,
      periodStart: "2025-07-01",
      periodEnd: "2026-06-30",
      customerGoals: goals,
      planLanguage: "en",
      countryCode: null,
      sharedOn: null,
      agreedOn: null,
      reopenReason: null,
      needs: [...needs],
      initiatives: withCommitments,
      signatures: [],
      reviews: []
    } satisfies PlanDto;
  });

const readyDraft = lifecycleSpec.plans.draft as unknown as PlanDto;
const startPlan = fc.oneof(planArb, fc.constant(readyDraft));

function shuffle<T>(items: T[], seed: number): T[] {
  return items
    .map((item, i) => ({ item, rank: (i * 7919 + seed * 104729) % 1009 }))
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.item);
}

describe("fingerprint properties", () => {
  it("does not depend on the order of records in the input arrays", () => {
    fc.assert(
      fc.property(planArb, fc.nat(), (plan, seed) => {
        const shuffled: PlanDto = {
          ...plan,
          needs: shuffle(plan.needs, seed),
          initiatives: shuffle(plan.initiatives, seed + 1).map((i) => ({
            ...i,
            commitments: shuffle(i.commitments, seed + 2)
          }))
        };
        expect(canonicalPlanText(shuffled)).toBe(canonicalPlanText(plan));
      }),
      { numRuns: 200 }
    );
  });

  type Edit = (plan: PlanDto) => PlanDto | null;
  const appendX = (value: string | null) => (value ?? "") + "x";
  const onNeed =
    (change: (n: NeedDto) => NeedDto): Edit =>
    (p) =>
      p.needs.length === 0 ? null : { ...p, needs: [change(p.needs[0]), ...p.needs.slice(1)] };
  const onInitiative =
    (change: (i: InitiativeDto) => InitiativeDto): Edit =>
    (p) =>
      p.initiatives.length === 0 ? null : { ...p, initiatives: [change(p.initiatives[0]), ...p.initiatives.slice(1)] };
  const onCommitment =
    (change: (c: CommitmentDto) => CommitmentDto): Edit =>
    (p) =>
      p.initiatives.length === 0 || p.initiatives[0].commitments.length === 0
        ? null
        : onInitiative((i) => ({ ...i, commitments: [change(i.commitments[0]), ...i.commitments.slice(1)] }))(p);

  const contentEdits: [string, Edit][] = [
    ["goals", (p) => ({ ...p, customerGoals: appendX(p.customerGoals) })],
    ["period end", (p) => ({ ...p, periodEnd: "2026-06-29" })],
    ["period start", (p) => ({ ...p, periodStart: "2025-06-30" })],
    ["verbatim", onNeed((n) => ({ ...n, verbatim: appendX(n.verbatim) }))],
    ["theme", onNeed((n) => ({ ...n, theme: appendX(n.theme) }))],
    ["raised by", onNeed((n) => ({ ...n, raisedByName: appendX(n.raisedByName) }))],
    ["priority", onNeed((n) => ({ ...n, customerPriority: ((n.customerPriority ?? 0) % 5) + 1 }))],
    ["decision", onNeed((n) => ({ ...n, decision: n.decision === "Commit" ? "Decline" : "Commit" }))],
    ["rationale", onNeed((n) => ({ ...n, decisionRationale: appendX(n.decisionRationale) }))],
    [
      "initiative link",
      (p) =>
        p.initiatives.length === 0
          ? null
          : onNeed((n) => ({ ...n, initiativeKey: n.initiativeKey === null ? p.initiatives[0].key : null }))(p)
    ],
    [
      "need added",
      (p) => ({ ...p, needs: [...p.needs, { ...readyDraft.needs[0], key: "new-need", initiativeKey: null }] })
    ],
    ["need removed", (p) => (p.needs.length === 0 ? null : { ...p, needs: p.needs.slice(1) })],
    ["title", onInitiative((i) => ({ ...i, title: appendX(i.title) }))],
    ["measure", onInitiative((i) => ({ ...i, successMeasure: appendX(i.successMeasure) }))],
    [
      "target date",
      onInitiative((i) => ({ ...i, targetDate: i.targetDate === "2025-08-01" ? "2025-08-02" : "2025-08-01" }))
    ],
    ["party", onCommitment((c) => ({ ...c, party: c.party === "Company" ? "Customer" : "Company" }))],
    ["description", onCommitment((c) => ({ ...c, description: appendX(c.description) }))],
    ["owner", onCommitment((c) => ({ ...c, ownerName: appendX(c.ownerName) }))],
    ["due date", onCommitment((c) => ({ ...c, dueDate: c.dueDate === "2025-08-01" ? null : "2025-08-01" }))]
  ];

  const progressEdits: [string, Edit][] = [
    ["initiative status", onInitiative((i) => ({ ...i, status: i.status === "Done" ? "At risk" : "Done" }))],
    ["commitment status", onCommitment((c) => ({ ...c, status: c.status === "Done" ? "Open" : "Done" }))],
    ["review outcome", onCommitment((c) => ({ ...c, reviewOutcome: c.reviewOutcome === "Kept" ? null : "Kept" }))],
    [
      "record ids",
      onNeed((n) => ({ ...n, id: "a0X000000000001AAA", raisedById: n.raisedById === null ? "003X" : null }))
    ],
    [
      "owner ids",
      onCommitment((c) => ({ ...c, ownerUserId: c.ownerUserId === null ? "005X" : null, ownerContactId: "003Y" }))
    ],
    [
      "system fields",
      (p) => ({ ...p, status: "Agreed", version: 7, contentHash: "h", agreedOn: NOW, planLanguage: "ko" })
    ],
    [
      "reviews",
      (p) => ({
        ...p,
        reviews: [
          {
            reviewType: "Check-in",
            reviewDate: "2026-01-10",
            customerFeedback: "ok",
            whatWorked: null,
            whatDidNot: null
          }
        ]
      })
    ],
    ["whitespace around values", (p) => ({ ...p, customerGoals: ` \t${p.customerGoals ?? ""}\r\n` })],
    ["line endings", onNeed((n) => ({ ...n, verbatim: n.verbatim.replace(/\r\n?|\n/g, "\r\n") }))]
  ];

  it.each(contentEdits)("changes on every content change: %s", (_name, edit) => {
    fc.assert(
      fc.property(startPlan, (plan) => {
        const edited = edit(plan);
        fc.pre(edited !== null && edited !== plan);
        expect(planFingerprint(edited as PlanDto)).not.toBe(planFingerprint(plan));
      }),
      { numRuns: 60 }
    );
  });

  it.each(progressEdits)("never changes on progress or other non-content: %s", (_name, edit) => {
    fc.assert(
      fc.property(startPlan, (plan) => {
        const edited = edit(plan);
        fc.pre(edited !== null);
        expect(planFingerprint(edited as PlanDto)).toBe(planFingerprint(plan));
      }),
      { numRuns: 60 }
    );
  });
});

describe("malformed input", () => {
  type Breaker = (plan: PlanDto) => unknown;
  const breakers: [string, Breaker][] = [
    ["NaN sequence", (p) => ({ ...p, needs: [{ ...readyDraft.needs[0], sequence: Number.NaN }] })],
    ["Infinity priority", (p) => ({ ...p, needs: [{ ...readyDraft.needs[0], customerPriority: Infinity }] })],
    ["unknown decision", (p) => ({ ...p, needs: [{ ...readyDraft.needs[0], decision: "Approve" }] })],
    ["unknown initiative status", (p) => ({ ...p, initiatives: [{ ...readyDraft.initiatives[0], status: "Green" }] })],
    [
      "unknown commitment status",
      (p) => ({
        ...p,
        initiatives: [
          {
            ...readyDraft.initiatives[0],
            commitments: [{ ...readyDraft.initiatives[0].commitments[0], status: "Late" }]
          }
        ]
      })
    ],
    [
      "unknown outcome",
      (p) => ({
        ...p,
        initiatives: [
          {
            ...readyDraft.initiatives[0],
            commitments: [{ ...readyDraft.initiatives[0].commitments[0], reviewOutcome: "Great" }]
          }
        ]
      })
    ],
    ["missing verbatim", (p) => ({ ...p, needs: [{ ...readyDraft.needs[0], verbatim: undefined }] })],
    ["missing commitments", (p) => ({ ...p, initiatives: [{ ...readyDraft.initiatives[0], commitments: undefined }] })],
    ["missing period", (p) => ({ ...p, periodStart: undefined })],
    ["unknown plan status", (p) => ({ ...p, status: "Done" })],
    ["number as text", (p) => ({ ...p, customerGoals: 42 })],
    ["dangling link", (p) => ({ ...p, needs: [{ ...readyDraft.needs[0], initiativeKey: "gone" }], initiatives: [] })]
  ];

  it.each(breakers)("%s: every entry point throws AccordInputError, never a result", (_name, breakPlan) => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const broken = breakPlan(plan) as PlanDto;
        const actor = lifecycleSpec.actors.manager as unknown as PlanActor;
        for (const run of [
          () => canonicalPlanText(broken),
          () => planHealth(broken),
          () => shareReadiness(broken),
          () => allowedActions(broken, actor),
          () => applyAction(broken, { type: "share" }, actor, NOW),
          () => applyAction(plan, { type: "save", plan: broken }, actor, NOW)
        ]) {
          expect(run).toThrow(AccordInputError);
        }
      }),
      { numRuns: 20 }
    );
  });
});

describe("lifecycle properties", () => {
  const TRANSITIONS = new Set([
    "Draft>Draft",
    "Draft>In Review",
    "In Review>In Review",
    "In Review>Draft",
    "In Review>Agreed",
    "Agreed>Agreed",
    "Agreed>In Review",
    "Agreed>Under Review",
    "Under Review>Under Review",
    "Under Review>Closed",
    "Closed>Closed"
  ]);

  const seedArb = fc.record({
    kind: fc.constantFrom(
      "share",
      "pullBack",
      "signCompany",
      "signCustomer",
      "reopen",
      "startReview",
      "close",
      "saveContent",
      "saveProgress"
    ),
    good: fc.boolean()
  });
  const actorArb = fc.record({
    userId: fc.constant("005000000000001AAA"),
    userName: fc.constant("Anna Schmidt"),
    canEditPlans: fc.boolean(),
    canSign: fc.boolean(),
    isPlanManager: fc.boolean(),
    signatoryContactIds: fc.constantFrom([SIGNATORY], []).map((ids) => [...ids])
  });

  /** A concrete action for the plan's current state: `good` ones carry what a valid request carries. */
  function actionFor(plan: PlanDto, seed: { kind: string; good: boolean }): PlanAction {
    const signFor = (party: "Company" | "Customer"): PlanAction => ({
      type: "sign",
      party,
      planVersion: seed.good ? plan.version : plan.version + 1,
      contentHash: plan.contentHash ?? "none",
      signerContactId: party === "Customer" ? SIGNATORY : null,
      signerName: party === "Customer" ? "Dr. Lena Schneider" : null,
      method: "In meeting",
      evidence: null,
      evidenceHash: null
    });
    switch (seed.kind) {
      case "signCompany":
        return signFor("Company");
      case "signCustomer":
        return signFor("Customer");
      case "reopen":
        return { type: "reopen", reason: seed.good ? "New data" : " " };
      case "close": {
        const keys = plan.initiatives.flatMap((i) => i.commitments.map((c) => c.key));
        return {
          type: "close",
          review: null,
          outcomes: (seed.good ? keys : keys.slice(1)).map((commitmentKey) => ({
            commitmentKey,
            outcome: "Partly" as const
          }))
        };
      }
      case "saveContent":
        return { type: "save", plan: { ...plan, customerGoals: (plan.customerGoals ?? "") + "x" } };
      case "saveProgress":
        return {
          type: "save",
          plan: {
            ...plan,
            initiatives: plan.initiatives.map((i) => ({ ...i, status: i.status === "Done" ? "On track" : "Done" }))
          }
        };
      default:
        return { type: seed.kind } as PlanAction;
    }
  }

  function checkInvariants(before: PlanDto, after: PlanDto): void {
    expect(TRANSITIONS.has(`${before.status}>${after.status}`)).toBe(true);
    expect(after.version).toBeGreaterThanOrEqual(before.version);
    // Nothing signed is lost: every earlier signature is still there, only ever newly superseded.
    expect(after.signatures.length).toBeGreaterThanOrEqual(before.signatures.length);
    before.signatures.forEach((signature, i) => {
      expect({ ...after.signatures[i], superseded: signature.superseded }).toEqual(signature);
      if (signature.superseded) expect(after.signatures[i].superseded).toBe(true);
    });
    for (const signature of after.signatures)
      if (!signature.superseded) expect(signature.planVersion).toBe(after.version);
    const agreedStates: PlanStatus[] = ["Agreed", "Under Review", "Closed"];
    expect(isFullySigned(after)).toBe(agreedStates.includes(after.status));
    if (after.status !== "Draft") expect(after.contentHash).toBe(planFingerprint(after));
    else if (after.contentHash !== null) expect(after.contentHash).toBe(planFingerprint(after));
    if (after.status === "Closed") {
      for (const i of after.initiatives) for (const c of i.commitments) expect(c.reviewOutcome).not.toBeNull();
    }
  }

  function isOffered(plan: PlanDto, actor: PlanActor, action: PlanAction): { offered: boolean; blocked: boolean } {
    const entry = allowedActions(plan, actor).find(
      (a) => a.type === action.type && (action.type !== "sign" || a.party === action.party)
    );
    return { offered: entry !== undefined, blocked: entry !== undefined && entry.blockers.length > 0 };
  }

  it("random action sequences never reach a forbidden state, and allowedActions agrees with applyAction", () => {
    fc.assert(
      fc.property(startPlan, fc.array(fc.tuple(seedArb, actorArb), { minLength: 1, maxLength: 25 }), (start, steps) => {
        let plan = start;
        for (const [seed, actor] of steps) {
          const action = actionFor(plan, seed);
          const before = JSON.stringify(plan);
          const result = applyAction(plan, action, actor, NOW);
          expect(JSON.stringify(plan)).toBe(before);
          const { offered, blocked } = isOffered(plan, actor, action);
          if (!offered) expect(result.ok).toBe(false);
          const valid = seed.good && seed.kind !== "saveContent" && seed.kind !== "saveProgress";
          if (offered && !blocked && valid) expect(result.ok).toBe(true);
          if (result.ok) {
            checkInvariants(plan, result.plan);
            plan = result.plan;
          }
        }
      }),
      { numRuns: 300 }
    );
  });

  it("reaches every status from a ready draft (the walk is not vacuous)", () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(
        fc.array(
          seedArb.map((seed) => ({ ...seed, good: seed.kind !== "saveContent" })),
          { minLength: 5, maxLength: 60 }
        ),
        (steps) => {
          let plan = readyDraft;
          const actor = lifecycleSpec.actors.manager as unknown as PlanActor;
          for (const seed of steps) {
            const result = applyAction(plan, actionFor(plan, seed), actor, NOW);
            if (result.ok) plan = result.plan;
            reached.add(plan.status);
          }
        }
      ),
      // A fixed seed: this test measures how far the walk gets, so it must not vary between runs.
      { numRuns: 300, seed: 20250710 }
    );
    expect([...reached].sort()).toEqual(["Agreed", "Closed", "Draft", "In Review", "Under Review"]);
  });
});
