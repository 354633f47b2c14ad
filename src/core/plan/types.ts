/** Shapes of the lifecycle rules: who acts, what they ask, what they get back. */
import type { PlanDto, ReviewDto } from "../contract";
import type { Party, ReviewOutcome, SignatureMethod } from "../values";

/** The user performing an action, as the server sees them. */
export interface PlanActor {
  userId: string;
  userName: string;
  /** May edit plans of this account (object and record access). */
  canEditPlans: boolean;
  /** Holds the custom permission Accord_Sign_Plans: may sign for the company. */
  canSign: boolean;
  /** Holds Accord_Plan_Manager: may reopen an agreed plan. */
  isPlanManager: boolean;
  /** Contacts of the plan's account marked signatory (Account_Stakeholder__c.Is_Signatory__c). */
  signatoryContactIds: string[];
}

/**
 * The revision of the plan the caller read (PlanDto.revision). applyAction refuses the action with STALE_REVISION
 * when the stored plan has another one. A save carries it as `plan.revision`. The core compares it when it is
 * given; the servers (AccordPlanService.requireRevision, the preview's controllers) refuse a request without one.
 */
export interface RevisionRead {
  revision?: number;
}

export type PlanAction =
  /** Save the edited plan (content and progress); the server keeps its own system fields. */
  | { type: "save"; plan: PlanDto }
  | ({ type: "share" } & RevisionRead)
  | ({ type: "pullBack" } & RevisionRead)
  | ({
      type: "sign";
      party: Party;
      /** The version and fingerprint the signer saw: rejected when stale. */
      planVersion: number;
      contentHash: string;
      /** The signing contact (Customer); ignored for Company, whose signer is the actor. */
      signerContactId: string | null;
      signerName: string | null;
      method: SignatureMethod;
      evidence: string | null;
      evidenceHash: string | null;
    } & RevisionRead)
  | ({ type: "reopen"; reason: string } & RevisionRead)
  | ({ type: "startReview" } & RevisionRead)
  | ({
      type: "close";
      /** The 12-month review, appended to the plan's reviews. */
      review: ReviewDto | null;
      /** Outcomes recorded on closing; every commitment must have one afterwards. */
      outcomes: { commitmentKey: string; outcome: ReviewOutcome }[];
    } & RevisionRead);

export type PlanActionType = PlanAction["type"];

/** Why something is not possible: a stable code for the UI's custom label, and its subject. */
export interface PlanIssue {
  code: string;
  /** Default English text; the UI shows the custom label for `code` instead. */
  message: string;
  /** Key__c of the need, initiative or commitment concerned, when there is one. */
  recordKey?: string;
  /** Values for the label's placeholders. */
  params: Record<string, string | number>;
}

export type ActionResult = { ok: true; plan: PlanDto } | { ok: false; reason: PlanIssue; issues: PlanIssue[] };

export function issue(
  code: string,
  message: string,
  recordKey?: string,
  params: Record<string, string | number> = {}
): PlanIssue {
  return recordKey === undefined ? { code, message, params } : { code, message, recordKey, params };
}
