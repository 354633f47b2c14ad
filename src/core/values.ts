/**
 * Every value set of Accord, each one `as const` declaration: the one owner of these lists.
 * - the metadata's restricted picklists and global value sets equal them (VALUE_SET_FIELDS says which
 *   field uses which set and its default; tests/model/objects.test.js compares every picklist);
 * - Apex reads them from AccordValues, generated from this file by `npm run build`
 *   (scripts/build-values-apex.js; checks/generated.js fails when it is stale);
 * - the components read them from c/accordCore (labels are theirs; values come from here).
 * This module imports nothing, so the build scripts and tests load it on its own.
 */

/** Customer_Account_Plan__c.Status__c, in lifecycle order. */
export const PLAN_STATUSES = ["Draft", "In Review", "Agreed", "Under Review", "Closed"] as const;
/** The global value set Accord_Party (commitments and signatures). */
export const PARTIES = ["Company", "Customer"] as const;
export const NEED_DECISIONS = ["Pending", "Commit", "Defer", "Decline"] as const;
export const SIGNATURE_METHODS = ["In meeting", "Email", "Portal"] as const;
export const REVIEW_OUTCOMES = ["Kept", "Partly", "Not kept"] as const;
/** Plan_Initiative__c.Success_Outcome__c: was what success looks like achieved (the review's measure)? */
export const SUCCESS_OUTCOMES = ["Achieved", "Partly", "Not achieved"] as const;
export const INITIATIVE_STATUSES = ["Not started", "On track", "At risk", "Done"] as const;
export const COMMITMENT_STATUSES = ["Open", "In progress", "Done", "Cancelled"] as const;
export const REVIEW_TYPES = ["Check-in", "Annual review"] as const;
/** The lifecycle actions (PlanAction["type"]): AccordLifecycle.apply switches on exactly these (tests/model). */
export const PLAN_ACTIONS = ["save", "share", "pullBack", "sign", "reopen", "startReview", "close"] as const;
/** The languages Accord is translated into (plan language, role-profile language). */
export const LANGUAGES = ["en", "de", "fr", "es", "it", "ja", "ko", "zh_CN"] as const;
/** The global value set Accord_Need_Theme. */
export const NEED_THEMES = [
  "Patient access",
  "Clinical outcomes",
  "Budget and cost",
  "Workforce capacity",
  "Digital and data",
  "Education",
  "Care pathway",
  "Supply and logistics",
  "Research and evidence"
] as const;
/** The global value set Accord_Stakeholder_Role (role codes of the role profiles). */
export const STAKEHOLDER_ROLES = [
  "Medical_Director",
  "Pharmacy_Director",
  "Procurement_Finance_Head",
  "Payer_HTA_Lead",
  "Department_Head",
  "Nursing_Lead",
  "Quality_Outcomes_Lead",
  "IT_Data_Lead"
] as const;
export const DECISION_ROLES = ["Decision maker", "Influencer", "Gatekeeper", "Champion", "User"] as const;
export const RESPONDENT_TYPES = ["Customer", "Internal"] as const;
/** Collaboration_Assessment__c.Function__c: an internal respondent's function (labels Accord_Function_<value>). */
export const RESPONDENT_FUNCTIONS = [
  "Medical",
  "Market Access",
  "HEOR",
  "Marketing",
  "Sales",
  "Supply",
  "Other"
] as const;
export const PRIORITY_TIERS = ["A", "B", "C"] as const;
/** Collaboration_Dimension__mdt.Audience__c: who rates a dimension. */
export const DIMENSION_AUDIENCES = ["Customer", "Internal", "Both"] as const;
/** Country_Setting__mdt.Kam_Readiness__c. */
export const KAM_READINESS_LEVELS = ["Established", "Developing", "Not ready"] as const;
/** Key_Account_Nomination__c.Action__c: an account becomes a key account, or stops being one. */
export const KEY_ACCOUNT_ACTIONS = ["Nominate", "Retire"] as const;

export type PlanStatus = (typeof PLAN_STATUSES)[number];
export type Party = (typeof PARTIES)[number];
export type NeedDecision = (typeof NEED_DECISIONS)[number];
export type SignatureMethod = (typeof SIGNATURE_METHODS)[number];
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export type SuccessOutcome = (typeof SUCCESS_OUTCOMES)[number];
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export type ReviewType = (typeof REVIEW_TYPES)[number];
export type RespondentType = (typeof RESPONDENT_TYPES)[number];
export type PriorityTier = (typeof PRIORITY_TIERS)[number];
export type DimensionAudience = (typeof DIMENSION_AUDIENCES)[number];
export type KamReadiness = (typeof KAM_READINESS_LEVELS)[number];
export type KeyAccountAction = (typeof KEY_ACCOUNT_ACTIONS)[number];

/** The global value sets in the metadata (globalValueSets/<name>.globalValueSet-meta.xml). */
export const GLOBAL_VALUE_SETS = {
  Accord_Need_Theme: NEED_THEMES,
  Accord_Party: PARTIES,
  Accord_Stakeholder_Role: STAKEHOLDER_ROLES
} as const;

/**
 * Every restricted picklist field in the metadata (custom metadata types included): its values in
 * order and its default (null: none), or the global value set it uses.
 */
export const VALUE_SET_FIELDS = {
  "Customer_Account_Plan__c.Status__c": { values: PLAN_STATUSES, default: "Draft" },
  "Customer_Account_Plan__c.Plan_Language__c": { values: LANGUAGES, default: "en" },
  "Customer_Need__c.Decision__c": { values: NEED_DECISIONS, default: "Pending" },
  "Customer_Need__c.Theme__c": { globalValueSet: "Accord_Need_Theme" },
  "Plan_Initiative__c.Status__c": { values: INITIATIVE_STATUSES, default: "Not started" },
  "Plan_Commitment__c.Party__c": { globalValueSet: "Accord_Party" },
  "Plan_Commitment__c.Status__c": { values: COMMITMENT_STATUSES, default: "Open" },
  "Plan_Commitment__c.Review_Outcome__c": { values: REVIEW_OUTCOMES, default: null },
  "Plan_Initiative__c.Success_Outcome__c": { values: SUCCESS_OUTCOMES, default: null },
  "Plan_Signature__c.Party__c": { globalValueSet: "Accord_Party" },
  "Plan_Signature__c.Method__c": { values: SIGNATURE_METHODS, default: null },
  "Plan_Review__c.Review_Type__c": { values: REVIEW_TYPES, default: null },
  "Account_Stakeholder__c.Role__c": { globalValueSet: "Accord_Stakeholder_Role" },
  "Account_Stakeholder__c.Decision_Role__c": { values: DECISION_ROLES, default: null },
  "Collaboration_Assessment__c.Respondent_Type__c": { values: RESPONDENT_TYPES, default: null },
  "Collaboration_Assessment__c.Function__c": { values: RESPONDENT_FUNCTIONS, default: null },
  "Account.Kam_Tier__c": { values: PRIORITY_TIERS, default: null },
  "Key_Account_Nomination__c.Action__c": { values: KEY_ACCOUNT_ACTIONS, default: null },
  "Collaboration_Dimension__mdt.Audience__c": { values: DIMENSION_AUDIENCES, default: "Both" },
  "Country_Setting__mdt.Kam_Readiness__c": { values: KAM_READINESS_LEVELS, default: "Developing" },
  "Stakeholder_Role_Profile__mdt.Language__c": { values: LANGUAGES, default: "en" }
} as const;
