/**
 * The plan state machine: Draft → In Review → Agreed → Under Review → Closed, plus
 * In Review → Draft (pull back) and Agreed → In Review (reopen). A pure function: it validates
 * its input, never mutates it, and returns either the plan after the action or the reason it
 * is refused (a stable code, the record concerned, default English text). Checks run in a fixed
 * order — revision, then status, then permission, then data — so Apex returns the same first reason.
 * Every write counts: an accepted action returns the plan with revision + 1; an action made from
 * another revision than the stored one is refused (STALE_REVISION), so no write overwrites a change
 * its author has not seen — content or progress, in every status.
 */
import type { PlanDto, SignatureDto } from "../contract";
import { canonicalPlanText, planFingerprint } from "./fingerprint";
import { sha256Hex } from "./sha256";
import { readAction, readActor, readNow, readRevisionRead } from "./actionInput";
import { isProgressChange } from "./content";
import { readPlan } from "./readPlan";
import { hasText, platformTrim } from "./trim";
import { readinessOf } from "./readiness";
import { issue, type ActionResult, type PlanAction, type PlanActor, type PlanIssue } from "./types";

type Sign = Extract<PlanAction, { type: "sign" }>;
type Close = Extract<PlanAction, { type: "close" }>;

function refuse(reason: PlanIssue, issues: PlanIssue[] = [reason]): ActionResult {
  return { ok: false, reason, issues };
}

function wrongStatus(plan: PlanDto, action: string): ActionResult {
  return refuse(
    issue("ACTION_NOT_ALLOWED_IN_STATUS", `This action is not possible while the plan is ${plan.status}.`, undefined, {
      action,
      status: plan.status
    })
  );
}

const noEditPermission = (): ActionResult =>
  refuse(issue("NO_EDIT_PERMISSION", "You do not have permission to change this plan."));

/** Earlier signatures stay on record, marked superseded (never removed). */
function supersedeAll(signatures: SignatureDto[]): SignatureDto[] {
  return signatures.map((s) => ({ ...s, superseded: true }));
}

/** Both parties hold a live signature of exactly the current version and fingerprint. */
export function isFullySigned(plan: PlanDto): boolean {
  const valid = (party: string) =>
    plan.signatures.some(
      (s) => s.party === party && !s.superseded && s.planVersion === plan.version && s.contentHash === plan.contentHash
    );
  return valid("Company") && valid("Customer");
}

export function hasSignedVersion(plan: PlanDto, party: string): boolean {
  return plan.signatures.some((s) => s.party === party && s.planVersion === plan.version);
}

function save(plan: PlanDto, edited: PlanDto, actor: PlanActor): ActionResult {
  if (!actor.canEditPlans) return noEditPermission();
  if (edited.version !== plan.version || edited.status !== plan.status) {
    return refuse(
      issue("STALE_VERSION", "The plan changed since you opened it: reload it and make your change again.", undefined, {
        version: plan.version,
        status: plan.status
      })
    );
  }
  // System-owned fields (status, version, hash, dates, signatures) always come from the stored plan.
  const merged: PlanDto = {
    ...plan,
    periodStart: edited.periodStart,
    periodEnd: edited.periodEnd,
    customerGoals: edited.customerGoals,
    planLanguage: edited.planLanguage,
    countryCode: edited.countryCode,
    needs: edited.needs,
    initiatives: edited.initiatives,
    reviews: edited.reviews
  };
  // One canonical text per side: it decides "content changed" and gives the new fingerprint.
  const mergedText = canonicalPlanText(merged);
  const contentChanged = canonicalPlanText(plan) !== mergedText;
  if (plan.status === "Closed" && (contentChanged || isProgressChange(plan, merged) || !sameMeta(plan, merged))) {
    return refuse(issue("PLAN_CLOSED", "A closed plan cannot be changed."));
  }
  if (!contentChanged) return { ok: true, plan: merged };
  if (plan.status !== "Draft" && plan.status !== "In Review") {
    return refuse(
      issue(
        "CONTENT_LOCKED",
        "The agreed content cannot change: a plan manager must reopen the plan first.",
        undefined,
        {
          status: plan.status
        }
      )
    );
  }
  const newVersion = needsNewVersion(plan);
  return {
    ok: true,
    plan: {
      ...merged,
      version: newVersion ? plan.version + 1 : plan.version,
      signatures: newVersion ? supersedeAll(plan.signatures) : plan.signatures,
      // The new draft version has not been shared: its shared date comes with its own share.
      sharedOn: newVersion && plan.status === "Draft" ? null : plan.sharedOn,
      contentHash: sha256Hex(mergedText)
    }
  };
}

/**
 * A version that was shared (In Review now, or a pulled-back draft whose Shared_On is still set) or that someone
 * signed is never changed in place: its first content change starts a new version. Apex twin: AccordLifecycle.
 * Exported for the workspace, which warns before such a save.
 */
export function needsNewVersion(plan: PlanDto): boolean {
  if (plan.status === "In Review") return true;
  if (plan.status === "Draft" && plan.sharedOn !== null) return true;
  return plan.signatures.some((s) => s.planVersion === plan.version);
}

function sameMeta(a: PlanDto, b: PlanDto): boolean {
  return a.planLanguage === b.planLanguage && a.countryCode === b.countryCode;
}

function share(plan: PlanDto, actor: PlanActor, now: string): ActionResult {
  if (plan.status !== "Draft") return wrongStatus(plan, "share");
  if (!actor.canEditPlans) return noEditPermission();
  const issues = readinessOf(plan);
  if (issues.length > 0) return refuse(issues[0], issues);
  return { ok: true, plan: { ...plan, status: "In Review", sharedOn: now, contentHash: planFingerprint(plan) } };
}

function pullBack(plan: PlanDto, actor: PlanActor): ActionResult {
  if (plan.status !== "In Review") return wrongStatus(plan, "pullBack");
  if (!actor.canEditPlans) return noEditPermission();
  return { ok: true, plan: { ...plan, status: "Draft" } };
}

function signatureRefusal(plan: PlanDto, action: Sign, actor: PlanActor): PlanIssue | null {
  if (action.party === "Company" && !actor.canSign) {
    return issue("NO_SIGN_PERMISSION", "Signing for the company needs the permission Accord_Sign_Plans.");
  }
  if (action.party === "Customer" && !actor.canEditPlans) {
    return issue("NO_EDIT_PERMISSION", "You do not have permission to record a customer signature on this plan.");
  }
  if (action.planVersion !== plan.version) {
    return issue("STALE_VERSION", "The plan has a newer version: sign the current version.", undefined, {
      signedVersion: action.planVersion,
      currentVersion: plan.version
    });
  }
  if (action.contentHash !== plan.contentHash) {
    return issue("STALE_CONTENT_HASH", "The content signed is not the current content of the plan.");
  }
  if (hasSignedVersion(plan, action.party)) {
    return issue("ALREADY_SIGNED", "This party has already signed this version.", undefined, {
      party: action.party,
      version: plan.version
    });
  }
  if (action.party === "Customer") {
    if (action.signerContactId === null || !actor.signatoryContactIds.includes(action.signerContactId)) {
      return issue(
        "SIGNER_NOT_SIGNATORY",
        "The customer signer must be a contact marked as signatory for this account."
      );
    }
    if (!hasText(action.signerName)) {
      return issue("SIGNER_NAME_MISSING", "The customer signer's name is required.");
    }
  }
  return null;
}

function sign(plan: PlanDto, action: Sign, actor: PlanActor, now: string): ActionResult {
  if (plan.status !== "In Review") return wrongStatus(plan, "sign");
  const refusal = signatureRefusal(plan, action, actor);
  if (refusal !== null) return refuse(refusal);
  const isCompany = action.party === "Company";
  const signature: SignatureDto = {
    party: action.party,
    signerUserId: isCompany ? actor.userId : null,
    signerContactId: isCompany ? null : action.signerContactId,
    signerName: isCompany ? actor.userName : platformTrim(action.signerName),
    planVersion: plan.version,
    contentHash: action.contentHash,
    signedAt: now,
    method: action.method,
    evidence: action.evidence,
    evidenceHash: action.evidenceHash,
    superseded: false
  };
  const signed: PlanDto = { ...plan, signatures: [...plan.signatures, signature] };
  if (!isFullySigned(signed)) return { ok: true, plan: signed };
  return { ok: true, plan: { ...signed, status: "Agreed", agreedOn: now } };
}

/** Reopening withdraws the agreement: what is signed next is a new version. */
function reopen(plan: PlanDto, reason: string, actor: PlanActor): ActionResult {
  if (plan.status !== "Agreed") return wrongStatus(plan, "reopen");
  if (!actor.isPlanManager) return refuse(issue("NOT_PLAN_MANAGER", "Only a plan manager can reopen an agreed plan."));
  if (!hasText(reason)) return refuse(issue("REOPEN_REASON_REQUIRED", "Say why the plan is reopened."));
  return {
    ok: true,
    plan: {
      ...plan,
      status: "In Review",
      version: plan.version + 1,
      signatures: supersedeAll(plan.signatures),
      agreedOn: null,
      reopenReason: platformTrim(reason)
    }
  };
}

function startReview(plan: PlanDto, actor: PlanActor): ActionResult {
  if (plan.status !== "Agreed") return wrongStatus(plan, "startReview");
  if (!actor.canEditPlans) return noEditPermission();
  return { ok: true, plan: { ...plan, status: "Under Review" } };
}

/** Commitments still without a review outcome, in input order. */
export function missingOutcomes(plan: PlanDto): PlanIssue[] {
  return plan.initiatives.flatMap((initiative) =>
    initiative.commitments
      .filter((c) => c.reviewOutcome === null)
      .map((c) => issue("OUTCOME_MISSING", "A commitment has no review outcome yet.", c.key, { party: c.party }))
  );
}

function close(plan: PlanDto, action: Close, actor: PlanActor): ActionResult {
  if (plan.status !== "Under Review") return wrongStatus(plan, "close");
  if (!actor.canEditPlans) return noEditPermission();
  const outcomeByKey = new Map<string, Close["outcomes"][number]["outcome"]>();
  const known = new Set(plan.initiatives.flatMap((i) => i.commitments.map((c) => c.key)));
  for (const entry of action.outcomes) {
    if (!known.has(entry.commitmentKey)) {
      return refuse(
        issue("UNKNOWN_COMMITMENT", "An outcome names a commitment that is not in the plan.", entry.commitmentKey)
      );
    }
    outcomeByKey.set(entry.commitmentKey, entry.outcome);
  }
  const reviewed: PlanDto = {
    ...plan,
    initiatives: plan.initiatives.map((i) => ({
      ...i,
      commitments: i.commitments.map((c) => ({ ...c, reviewOutcome: outcomeByKey.get(c.key) ?? c.reviewOutcome }))
    })),
    reviews: action.review === null ? plan.reviews : [...plan.reviews, action.review]
  };
  const missing = missingOutcomes(reviewed);
  if (missing.length > 0) return refuse(missing[0], missing);
  // Validates the appended review like any other part of the plan.
  return { ok: true, plan: { ...readPlan(reviewed), status: "Closed" } };
}

/**
 * Applies one lifecycle action. `now` is the server time (ISO 8601) written to Shared_On,
 * Agreed_On and Signed_At. Throws AccordInputError on malformed input; a refusal is a result.
 */
export function applyAction(
  planInput: PlanDto,
  actionInput: PlanAction,
  actorInput: PlanActor,
  nowInput: string
): ActionResult {
  const plan = readPlan(planInput);
  const action = readAction(actionInput);
  const revisionRead = readRevisionRead(actionInput);
  const actor = readActor(actorInput);
  const now = readNow(nowInput);
  if (revisionRead !== null && revisionRead !== plan.revision) return staleRevision(plan, revisionRead);
  const result = decide(plan, action, actor, now);
  return result.ok ? { ok: true, plan: { ...result.plan, revision: plan.revision + 1 } } : result;
}

/** Someone wrote the plan since the caller read it: what they send would overwrite a change they have not seen. */
function staleRevision(plan: PlanDto, revisionRead: number): ActionResult {
  return refuse(
    issue(
      "STALE_REVISION",
      "The plan changed since you opened it: reload it, then make your change again.",
      undefined,
      { revision: plan.revision, revisionRead }
    )
  );
}

function decide(plan: PlanDto, action: PlanAction, actor: PlanActor, now: string): ActionResult {
  switch (action.type) {
    case "save":
      return save(plan, readPlan(action.plan), actor);
    case "share":
      return share(plan, actor, now);
    case "pullBack":
      return pullBack(plan, actor);
    case "sign":
      return sign(plan, action, actor, now);
    case "reopen":
      return reopen(plan, action.reason, actor);
    case "startReview":
      return startReview(plan, actor);
    default:
      return close(plan, action, actor);
  }
}
