/**
 * The Apex controller contract: every @AuraEnabled method the components call, its parameters
 * and its result. Apex controllers implement it in the org; the preview's in-memory server
 * implements it locally. Components import the method as
 * `@salesforce/apex/<Controller>.<method>` and call it with one object of named parameters.
 */
import type {
  AccordConfiguration,
  CollaborationAssessmentDto,
  PlanDto,
  PlanStatus,
  SelectionRatingDto,
  StakeholderDto,
  StakeholderMapDto
} from "./contract";
import type { PlanAction } from "./plan/types";

/** What the current user may do, as the server sees it (custom permissions, object access). */
export interface UserPermissionsDto {
  userId: string;
  userName: string;
  canEditPlans: boolean;
  /** Holds the custom permission Accord_Sign_Plans. */
  canSign: boolean;
  /** Holds Accord_Plan_Manager (reopen). */
  isPlanManager: boolean;
  /** Holds the custom permission Accord_Configure. */
  canConfigure: boolean;
}

export interface AccountSummaryDto {
  id: string;
  name: string;
  countryCode: string | null;
  priorityScore: number | null;
  tier: "A" | "B" | "C" | null;
  collaborationIndex: number | null;
}

export interface PlanSummaryDto {
  id: string;
  status: PlanStatus;
  periodStart: string;
  periodEnd: string;
  version: number;
}

/** Everything the plan workspace needs, in one call with a fixed number of queries. */
export interface PlanWorkspaceDto {
  account: AccountSummaryDto;
  /** The current plan (newest period), or null when the account has none yet. */
  plan: PlanDto | null;
  otherPlans: PlanSummaryDto[];
  /** Stakeholders of the account: candidates for "raised by", owners and customer signers. */
  stakeholders: StakeholderDto[];
  permissions: UserPermissionsDto;
}

/**
 * A lifecycle action requested by the user (performAction's actionJson): a PlanAction other than save (savePlan
 * saves), carrying `revision`, the PlanDto.revision the user's page read. The server compares it with the locked
 * plan's and refuses with STALE_REVISION when the plan was written since (a request without one is refused too).
 * A sign request carries the drawn signature instead of its hash: the server stores the file and sets evidenceHash.
 */
export type PlanActionRequest = { revision: number } & RequestOf<Exclude<PlanAction, { type: "save" }>>;

type RequestOf<A extends PlanAction> = A extends { type: "sign" }
  ? Omit<A, "evidenceHash" | "revision"> & {
      /** Base64 PNG of a drawn signature (In meeting), stored as a file; the server sets evidenceHash. */
      drawnSignaturePng: string | null;
    }
  : Omit<A, "revision">;

/**
 * One shared version of a plan, kept as it was shared (Plan_Version__c, written only by the server, never
 * changed or deleted): its canonical text (accord-plan-v1) and that text's SHA-256.
 */
export interface PlanVersionDto {
  version: number;
  contentHash: string;
  canonicalText: string;
  sharedAt: string;
}

/** Controller methods: name → [parameters, result]. */
export interface ApexContract {
  /** The workspace of an Account record page: the account's current plan (newest period) and the others. */
  "AccordPlanController.getWorkspace": [{ accountId: string }, PlanWorkspaceDto];
  /** The workspace of a plan record page: that plan, and the account's other plans. */
  "AccordPlanController.getPlanWorkspace": [{ planId: string }, PlanWorkspaceDto];
  /** Creates the first plan of an account (Draft). */
  "AccordPlanController.createPlan": [{ accountId: string; periodStart: string; planLanguage: string }, PlanDto];
  /**
   * Saves content and progress of a plan (the whole plan JSON, with the `revision` it was read at); the server
   * enforces the lifecycle and refuses with STALE_REVISION when the plan was written since.
   */
  "AccordPlanController.savePlan": [{ planJson: string }, PlanDto];
  "AccordPlanController.performAction": [{ planId: string; actionJson: string }, PlanDto];
  /** Next period's plan from a closed one: deferred needs and open commitments carried over. */
  "AccordPlanController.createNextPlan": [{ planId: string }, PlanDto];
  /**
   * Renders the customer document (Visualforce, as PDF) and saves it as a File on the plan, so it opens on
   * mobile too; returns the ContentDocument Id.
   */
  "AccordPlanDocumentController.saveAsFile": [{ planId: string }, string];
  /** The plan's shared versions (canonical text and hash), oldest first: "what changed since you signed". */
  "AccordPlanVersionController.getVersions": [{ planId: string }, PlanVersionDto[]];
  "AccordStakeholderController.getStakeholders": [{ accountId: string }, StakeholderDto[]];
  /** The stakeholder map: stakeholders, their role profiles for the account's country, coverage. */
  "AccordStakeholderController.getStakeholderMap": [{ accountId: string }, StakeholderMapDto];
  /**
   * Creates or edits one stakeholder (StakeholderSaveDto as JSON), validated by the stakeholder rules
   * (stakeholders/validation.ts); refused with the first issue's code, nothing saved. Returns the map.
   */
  "AccordStakeholderController.saveStakeholder": [{ stakeholderJson: string }, StakeholderMapDto];
  "AccordCollaborationController.getAssessments": [{ accountId: string }, CollaborationAssessmentDto[]];
  "AccordPriorityController.getSelectionRatings": [{ accountId: string }, SelectionRatingDto[]];
  "AccordConfigurationController.getConfiguration": [Record<string, never>, AccordConfiguration];
}

/**
 * A server-side error. Apex throws AuraHandledException whose message is this object as JSON,
 * so components read `JSON.parse(error.body.message)` (falling back to the plain text).
 */
export interface ApexErrorBody {
  message: string;
  /**
   * Stable code (e.g. STALE_REVISION) and the record it concerns, so the UI can place it. For STALE_REVISION the
   * message names who changed the plan last and when (the body carries no plan: the workspace reloads it).
   */
  code?: string;
  recordKey?: string;
}
