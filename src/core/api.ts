/**
 * The Apex controller contract: every @AuraEnabled method the components call, its parameters
 * and its result. Apex controllers implement it in the org; the preview's in-memory server
 * implements it locally. Components import the method as
 * `@salesforce/apex/<Controller>.<method>` and call it with one object of named parameters.
 */
import type {
  AccordConfiguration,
  ConfigurationRecordDto,
  KeyAccountPortfolioDto,
  NeedSignalPageDto,
  NominationResultDto,
  CollaborationRatingDto,
  PlanDto,
  SelectionRatingDto,
  StakeholderDto,
  StakeholderMapDto
} from "./contract";
import type { PlanStatus } from "./values";
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

/** A configured collaboration dimension as the survey and the card show it (labels by code in the components). */
export interface CollaborationDimensionDto {
  code: string;
  label: string;
  audience: string;
  weight: number;
  sequence: number;
}

/** A person who can answer the survey: a Contact of the account or a user. */
export interface CollaborationRespondentDto {
  id: string;
  name: string;
}

/** One respondent's assessment as the survey edits it (a draft, or a submitted one reopened). */
export interface CollaborationDraftDto {
  id: string | null;
  accountId: string;
  period: string;
  respondentType: string;
  /** The Contact (Customer) or User (Internal) who answers. */
  respondentId: string;
  respondentName: string | null;
  function: string | null;
  /** The overall comment, in the respondent's words. */
  comment: string | null;
  submittedOn: string | null;
  ratings: CollaborationRatingDto[];
}

/** What the survey needs for one account, in one call. */
export interface CollaborationSurveyDto {
  accountId: string;
  accountName: string;
  /** The current period (calendar year). */
  period: string;
  dimensions: CollaborationDimensionDto[];
  contacts: CollaborationRespondentDto[];
  /** The language of the account's current plan (customer mode shows the survey in it), or null without a plan. */
  planLanguage: string | null;
  /** Active users who can answer for the team (the current user first). */
  colleagues: CollaborationRespondentDto[];
  userId: string;
  userName: string;
  /** The period's assessments of this account the user can see (to continue a draft or edit). */
  assessments: CollaborationDraftDto[];
}

/** The stored result of one period (Collaboration_Result__c); details is its Details__c JSON. */
export interface CollaborationPeriodDto {
  period: string;
  customerIndex: number | null;
  internalIndex: number | null;
  indexGap: number | null;
  customerRespondents: number;
  internalRespondents: number;
  customerMargin: number | null;
  internalMargin: number | null;
  minimumRespondents: number;
  provisional: boolean;
  weakestDimension: string | null;
  lowestFunction: string | null;
  /** JSON {dimensions, functions, roadblocks}: CollaborationIndexResult's parts. */
  details: string;
}

/** How the customer rated the partnership, as the customer document shows it back (src/core customerView). */
export interface CollaborationCustomerViewDto {
  /** The period the ratings are of: the latest of the plan's years the customer answered in; null: none. */
  period: string | null;
  respondents: number;
  dimensions: CustomerViewDimensionDto[];
}

export interface CustomerViewDimensionDto {
  code: string;
  label: string;
  /** For each scale step from 5 down to 1 that someone chose, how many customer respondents chose it. */
  ratings: CustomerViewStepDto[];
  comments: string[];
}

export interface CustomerViewStepDto {
  rating: number;
  respondents: number;
}

export interface CollaborationBenchmarkGroupDto {
  key: string | null;
  /** The group's name where it has one: the archetype's configured label (Healthcare_Archetype__mdt); else null. */
  label: string | null;
  accounts: number;
  median: number | null;
  percentile: number | null;
}

export interface CollaborationBenchmarkDto {
  period: string;
  country: CollaborationBenchmarkGroupDto | null;
  archetype: CollaborationBenchmarkGroupDto | null;
  all: CollaborationBenchmarkGroupDto;
}

/** The collaboration card: stored results, newest period first (at most 8), and the latest one's benchmarks. */
export interface CollaborationIndexCardDto {
  accountId: string;
  periods: CollaborationPeriodDto[];
  benchmark: CollaborationBenchmarkDto | null;
  dimensions: CollaborationDimensionDto[];
}

/** A configuration deployment queued by the console (Apex Metadata API), as its callback recorded it. */
export interface ConfigurationDeploymentDto {
  deploymentId: string;
  /** Queued until the callback has run, then Succeeded or Failed. */
  status: "Queued" | "Succeeded" | "Failed";
  /** What the platform refused, per record, in words. */
  errors: string[];
  /** How many records the deployment carries (null when read back from the callback's record). */
  recordCount: number | null;
}

/** The score recompute job (AccordRecomputeBatch) and its nightly schedule. */
export interface RecomputeStatusDto {
  running: boolean;
  /** AsyncApexJob status of the newest run (Queued, Processing, Completed, Failed, Aborted…), null if none. */
  lastStatus: string | null;
  lastCompletedOn: string | null;
  nightlyScheduled: boolean;
  nextRunOn: string | null;
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
  /**
   * Next period's plan from a closed one. selectionJson: the carry-over dialog's CarryOverSelection
   * ({needKeys, initiativeKeys, commitmentKeys}) as JSON; null carries the deferred needs and open commitments.
   */
  "AccordPlanController.createNextPlan": [{ planId: string; selectionJson: string | null }, PlanDto];
  /**
   * Renders the customer document (Visualforce, as PDF) and saves it as a File on the plan, so it opens on
   * mobile too; returns the ContentDocument Id.
   */
  "AccordPlanDocumentController.saveAsFile": [{ planId: string }, string];
  /**
   * saveAsFile with the screen's choice of the changes since the customer's version: true prints them, false leaves
   * them out, null keeps the default (printed when the customer signed that version); the page's changes parameter.
   */
  "AccordPlanDocumentController.saveAsFileWith": [{ planId: string; includeChanges: boolean | null }, string];
  /**
   * The customer document's labels in a plan language (System.Label.get with the language): name → text, so the
   * screen shows the document in the plan's language as the PDF does. Refused (INVALID_VALUE) for a language
   * that is not a plan language, a name that is not an Accord label, or more than 200 names.
   */
  "AccordPlanDocumentController.getDocumentLabels": [{ language: string; names: string[] }, Record<string, string>];
  /**
   * The drawn signature images of the signatures the customer document shows (current version, not superseded):
   * "party-version" (Customer-3) → the image's URL (the file's download URL in the org; a data URL in the preview).
   * A signature without a drawing is left out: the document shows its method and date.
   */
  "AccordPlanDocumentController.getSignatureImages": [{ planId: string }, Record<string, string>];
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
  /** The survey of an account: dimensions, the account's contacts, the period's assessments the user sees. */
  "AccordCollaborationController.getSurvey": [{ accountId: string }, CollaborationSurveyDto];
  /**
   * Saves one respondent's assessment (CollaborationDraftDto as JSON) as a draft or submitted. Refused with
   * DUPLICATE_ASSESSMENT (recordKey: the existing assessment) when the respondent already has one for the period,
   * UNKNOWN_DIMENSION for a dimension not configured or not rated by this respondent's side. Refusals read in
   * `language` (the survey's language; customer mode sends the plan's), else in the user's.
   */
  "AccordCollaborationController.saveAssessment": [
    { assessmentJson: string; submit: boolean; language: string | null },
    CollaborationDraftDto
  ];
  /** The collaboration card: stored results per period and benchmarks, computed on the server. */
  "AccordCollaborationController.getIndexCard": [{ accountId: string }, CollaborationIndexCardDto];
  /**
   * How the customer rated the partnership in the plan's period, for the customer document (customer respondents'
   * own answers only: nothing internal, no score).
   */
  "AccordCollaborationController.getCustomerView": [{ planId: string }, CollaborationCustomerViewDto];
  "AccordPriorityController.getSelectionRatings": [{ accountId: string }, SelectionRatingDto[]];
  /**
   * Saves the account's selection ratings (ratingsJson: SelectionRatingDto[]; a criterion with rating null loses its
   * rating) in user mode; returns the account's ratings. Unknown criterion codes and duplicates are refused.
   */
  /**
   * The needs radar (COE): needs of every plan the user can see, in Id order, a page at a time (pageSize 1-2000;
   * afterId null for the first page); the browser groups them with groupNeeds (20,000 needs = 10 calls).
   */
  "AccordNeedsRadarController.getNeedSignals": [{ afterId: string | null; pageSize: number }, NeedSignalPageDto];
  /** The key-account portfolio (COE): accounts with scores, plans or history, every visible history entry. */
  "AccordKeyAccountPortfolioController.getPortfolio": [Record<string, never>, KeyAccountPortfolioDto];
  /**
   * Records a Nominate or Retire (requestJson: NominationRequestDto) in user mode; refused with the first issue of
   * nominationIssues (NOMINATION_REASON_REQUIRED, NOT_A_KEY_ACCOUNT, …), nothing written.
   */
  "AccordKeyAccountPortfolioController.recordNomination": [{ requestJson: string }, NominationResultDto];
  "AccordSelectionController.saveSelectionRatings": [{ accountId: string; ratingsJson: string }, SelectionRatingDto[]];
  "AccordConfigurationController.getConfiguration": [Record<string, never>, AccordConfiguration];
  /** The configuration console (every method needs Accord_Configure): every configuration record, as text. */
  "AccordConfigurationAdminController.getConfigurationRecords": [Record<string, never>, ConfigurationRecordDto[]];
  /**
   * Checks the whole configuration with the given records merged in (checkConfigurationRecords; any issue refuses
   * with INVALID_CONFIGURATION and deploys nothing), then queues the changed records as one deployment.
   */
  "AccordConfigurationAdminController.deployConfiguration": [{ recordsJson: string }, ConfigurationDeploymentDto];
  "AccordConfigurationAdminController.getDeploymentStatus": [{ deploymentId: string }, ConfigurationDeploymentDto];
  "AccordConfigurationAdminController.getRecomputeStatus": [Record<string, never>, RecomputeStatusDto];
  /** Queues the full recompute (refused while one runs). */
  "AccordConfigurationAdminController.recomputeScoresNow": [Record<string, never>, RecomputeStatusDto];
  /** Schedules the nightly recompute (refused when it is already scheduled). */
  "AccordConfigurationAdminController.scheduleNightly": [Record<string, never>, RecomputeStatusDto];
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
