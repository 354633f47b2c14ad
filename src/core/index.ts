/**
 * Public surface of the core, compiled into the LWC service module c/accordCore: exactly what the components
 * import (from c/accordCore) and what the secondary modules c/accordConfigCore and c/accordRadarCore share with it.
 * Node users (the preview server, scripts/bench.js) load src/core/node.ts: this plus the rules only Apex runs in
 * the org. A rule nobody outside src/core calls is not listed (its tests import it from its own file), so the
 * bundle carries only what is used. Folders: plan/ (reading a plan,
 * order, canonical text, fingerprint, lifecycle, customer document), scores/, config/ (archetypes and role
 * profiles, configuration checks), text/ (normalization, n-grams, needs grouping).
 */

// The contract between Apex and the components (types only).
export type {
  AccordConfiguration,
  CollaborationAssessmentDto,
  CollaborationDimensionConfig,
  CollaborationRatingDto,
  CommitmentDto,
  CountrySettingConfig,
  HealthcareArchetypeConfig,
  InitiativeDto,
  KeyAccountNominationDto,
  KeyAccountPortfolioDto,
  NeedDto,
  NominationRequestDto,
  NominationResultDto,
  PlanDto,
  PortfolioAccountDto,
  ReviewDto,
  RoleProfileConfig,
  ScoringSettingsConfig,
  SelectionCriterionConfig,
  SelectionRatingDto,
  SignatureDto,
  StakeholderCoverageDto,
  StakeholderDto,
  StakeholderMapDto,
  StakeholderRoleProfileDto,
  StakeholderSaveDto
} from "./contract";
export type {
  AccountSummaryDto,
  ApexContract,
  ApexErrorBody,
  PlanActionRequest,
  PlanSummaryDto,
  PlanVersionDto,
  PlanWorkspaceDto,
  UserPermissionsDto
} from "./api";

// Value sets (the options of the components' pickers) and their types.
export {
  COMMITMENT_STATUSES,
  DECISION_ROLES,
  INITIATIVE_STATUSES,
  LANGUAGES,
  NEED_DECISIONS,
  NEED_THEMES,
  PARTIES,
  PLAN_STATUSES,
  REVIEW_OUTCOMES,
  RESPONDENT_FUNCTIONS,
  REVIEW_TYPES,
  SIGNATURE_METHODS,
  STAKEHOLDER_ROLES,
  SUCCESS_OUTCOMES,
  type CommitmentStatus,
  type DimensionAudience,
  type InitiativeStatus,
  type KamReadiness,
  type NeedDecision,
  type Party,
  type PlanStatus,
  type RespondentType,
  type ReviewOutcome,
  type ReviewType,
  type SignatureMethod
} from "./values";
// The name of a value's label: Accord_<prefix>_<labelKey(value)>.
export { labelKey } from "./valueLabels";
export { AccordInputError } from "./errors";

// plan/: order, canonical text and fingerprint, lifecycle, next plan, customer document.
export { compareSequenceThenKey } from "./plan/order";
export { canonicalPlanText, planFingerprint, shortFingerprint } from "./plan/fingerprint";
export { allowedActions, type AvailableAction } from "./plan/allowedActions";
export { shareReadiness } from "./plan/readiness";
export { needsNewVersion } from "./plan/applyAction";
export { carryOverChoices, type CarryOverChoice, type CarryOverSelection } from "./plan/nextPlan";
export type { ActionResult, PlanAction, PlanActionType, PlanActor, PlanIssue } from "./plan/types";
export { customerDocument } from "./plan/documentModel";
export { formatDatePattern, languageTag, planLanguageForCountry } from "./plan/locale";
export {
  changesBaseline,
  keepsSharedVersion,
  versionChanges,
  type ChangesBaseline,
  type FieldChange,
  type RecordChange,
  type VersionChanges
} from "./plan/versionDiff";
export type { WordPart } from "./plan/wordDiff";
export {
  reviewSchedule,
  reviewSettingsFor,
  reviewStartIssue,
  type CheckInDue,
  type ReviewSchedule,
  type ReviewSettings
} from "./plan/reviewSchedule";

// scores/
export { planHealth } from "./scores/planHealth";
export {
  deliveryRates,
  initiativeSuccess,
  type DeliveryRates,
  type InitiativeSuccess,
  type PartyDelivery
} from "./scores/delivery";
export { computeKeyAccountPriority } from "./scores/priority";
export {
  HIGH_PRIORITY_FROM,
  portfolioQuadrant,
  STRONG_RELATIONSHIP_FROM,
  type PortfolioQuadrant
} from "./scores/portfolioQuadrant";
export { nominationIssues, type NominationIssueCode } from "./scores/keyAccountNomination";

// stakeholders/
export { circleText, stakeholderIssues, STAKEHOLDER_RANGES, type StakeholderIssue } from "./stakeholders/validation";

// config/
export { archetypeByCode, resolveAccountConfiguration } from "./config/archetypes";
export { countryKamModel, type CountryKamModel } from "./config/countryModel";

// Text inputs: each field's length (the counter and the refusal beyond it).
export { TEXT_FIELD_LENGTHS } from "./textLimits";

// text/
export { normalizeText } from "./text/normalize";
export { personName } from "./text/personName";

// Shared with the secondary modules c/accordConfigCore and c/accordRadarCore, which import from c/accordCore the
// src/core code it already contains (build/core-bundle.js fails the build when one of these is missing).
export { DIMENSION_AUDIENCES, KAM_READINESS_LEVELS } from "./values";
export { fail, optionalText, requireArray, requireNumber, requireObject, requireOneOf, requireText } from "./input";
export { compareText } from "./plan/order";
export { roundToTenth } from "./scores/rounding";
export { findConfigurationGaps } from "./config/archetypes";
/** The criterion weight total: findConfigurationGaps here, the console's record checks in c/accordConfigCore. */
export { CRITERION_WEIGHT_TOTAL } from "./config/configChecks";
