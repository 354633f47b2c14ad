/**
 * The shapes exchanged between the Apex controllers and the components (and the preview's
 * in-memory server). One definition: Apex DTO classes, jest fixtures and preview data are
 * checked against it. Dates are ISO strings (YYYY-MM-DD), date-times ISO 8601 UTC.
 */

// The value sets' types are declared once in ./values: import them from there, not from here.
import type {
  CommitmentStatus,
  DimensionAudience,
  InitiativeStatus,
  KamReadiness,
  KeyAccountAction,
  NeedDecision,
  Party,
  PlanStatus,
  RespondentType,
  ReviewOutcome,
  ReviewType,
  SignatureMethod,
  SuccessOutcome
} from "./values";

export interface NeedDto {
  id?: string;
  key: string;
  sequence: number;
  verbatim: string;
  theme: string | null;
  raisedById: string | null;
  raisedByName: string | null;
  customerPriority: number | null;
  decision: NeedDecision;
  decisionRationale: string | null;
  initiativeKey: string | null;
}

export interface CommitmentDto {
  id?: string;
  key: string;
  sequence: number;
  party: Party;
  description: string;
  ownerUserId: string | null;
  ownerContactId: string | null;
  ownerName: string | null;
  dueDate: string | null;
  status: CommitmentStatus;
  reviewOutcome: ReviewOutcome | null;
}

export interface InitiativeDto {
  id?: string;
  key: string;
  sequence: number;
  title: string;
  successMeasure: string | null;
  targetDate: string | null;
  status: InitiativeStatus;
  /**
   * The review's measure of success (progress, not content): was what success looks like achieved, the result in
   * words, and the customer's comment. Absent means null.
   */
  successOutcome?: SuccessOutcome | null;
  successResult?: string | null;
  customerComment?: string | null;
  commitments: CommitmentDto[];
}

export interface SignatureDto {
  id?: string;
  party: Party;
  signerUserId: string | null;
  signerContactId: string | null;
  signerName: string;
  planVersion: number;
  contentHash: string;
  signedAt: string;
  method: SignatureMethod;
  evidence: string | null;
  evidenceHash: string | null;
  superseded: boolean;
}

export interface ReviewDto {
  id?: string;
  reviewType: ReviewType;
  reviewDate: string;
  customerFeedback: string | null;
  whatWorked: string | null;
  whatDidNot: string | null;
  /**
   * What_We_Will_Change__c: the company's answer to how the customer rated the partnership, written for the customer
   * (the customer document shows it with their ratings); absent or null when none was written.
   */
  whatWeWillChange?: string | null;
}

export interface PlanDto {
  id?: string;
  accountId: string;
  accountName: string;
  status: PlanStatus;
  version: number;
  /**
   * Revision__c: the plan's write counter, system-owned. Every successful write (content or progress, to the
   * plan or its children, lifecycle actions included) returns revision + 1; a write made from another revision
   * than the stored one is refused with STALE_REVISION, so nobody overwrites a change they have not seen.
   */
  revision: number;
  contentHash: string | null;
  periodStart: string;
  periodEnd: string;
  customerGoals: string | null;
  planLanguage: string;
  countryCode: string | null;
  sharedOn: string | null;
  agreedOn: string | null;
  reopenReason: string | null;
  /** Previous_Plan__c: the closed plan this one continues (next period's plan); absent or null otherwise. */
  previousPlanId?: string | null;
  needs: NeedDto[];
  initiatives: InitiativeDto[];
  signatures: SignatureDto[];
  reviews: ReviewDto[];
}

/** What the user edits on a stakeholder: the fields a stakeholder is read and saved with alike. */
export interface StakeholderFieldsDto {
  role: string;
  influence: number;
  decisionRole: string | null;
  stance: number;
  relationshipStrength: number;
  relationshipOwnerId: string | null;
  reportsToId: string | null;
  isSignatory: boolean;
  lastEngagedOn: string | null;
}

export interface StakeholderDto extends StakeholderFieldsDto {
  id: string;
  accountId: string;
  contactId: string | null;
  name: string;
  relationshipOwnerName: string | null;
  /** The Contact's title, given and family name (the map shows the name in the user's order). */
  title?: string | null;
  firstName?: string | null;
  lastName?: string | null;
}

/** A Contact created with a stakeholder (StakeholderSaveDto.newContact), at the stakeholder's account. */
export interface NewContactDto {
  firstName: string | null;
  lastName: string;
  title: string | null;
}

/** A stakeholder as the map saves it (saveStakeholder's stakeholderJson); id null for a new one. */
export interface StakeholderSaveDto extends StakeholderFieldsDto {
  id: string | null;
  accountId: string;
  /** An existing Contact, or null with newContact set. */
  contactId: string | null;
  newContact: NewContactDto | null;
}

/** A role profile resolved for the account's country and the user's language (config/archetypes.ts). */
export interface StakeholderRoleProfileDto {
  roleCode: string;
  /** Country, Archetype or Global: where the profile came from. */
  level: string;
  language: string;
  languageFallback: boolean;
  priorities: string;
  evidenceNeeds: string;
  approach: string;
  /** What_To_Avoid__c: behaviour, topics and offers that lose this role's trust or break local rules. */
  whatToAvoid: string;
}

export interface CoverageOwnerShareDto {
  ownerId: string;
  ownerName: string | null;
  stakeholders: number;
  share: number;
}

/** One coverage finding (scores/stakeholderCoverage.ts CoverageFinding); only its code's fields are set. */
export interface CoverageFindingDto {
  code: string;
  role?: string | null;
  ownerId?: string | null;
  ownerName?: string | null;
  share?: number | null;
  stakeholderId?: string | null;
  name?: string | null;
  influence?: number | null;
  relationshipStrength?: number | null;
  lastEngagedOn?: string | null;
  dueOn?: string | null;
}

export interface StakeholderCoverageDto {
  score: number;
  roleCoverage: number;
  coveredRoles: string[];
  missingRoles: string[];
  relationshipStrength: number | null;
  signatoryPresent: boolean;
  keyPersonRisk: boolean;
  owners: CoverageOwnerShareDto[];
  unownedShare: number | null;
  findings: CoverageFindingDto[];
}

/** A Contact of the account, offered when a stakeholder is added. */
export interface ContactChoiceDto {
  id: string;
  name: string;
  title: string | null;
}

/** Everything the stakeholder map needs, in one call (≤ 6 SOQL). */
export interface StakeholderMapDto {
  accountId: string;
  accountName: string;
  countryCode: string | null;
  /** The user's language, in which the profiles were resolved. */
  language: string;
  archetypeCode: string | null;
  reviewCadenceMonths: number;
  requiredRoles: string[];
  stakeholders: StakeholderDto[];
  /** One resolved profile per role that has one. */
  profiles: StakeholderRoleProfileDto[];
  coverage: StakeholderCoverageDto;
  contacts: ContactChoiceDto[];
  currentUserId: string;
  currentUserName: string;
  /** The user may create and edit stakeholders of this account. */
  canEdit: boolean;
}

export interface CollaborationRatingDto {
  dimension: string;
  /** 1-5, or null for "not applicable". */
  score: number | null;
  comment: string | null;
}

export interface CollaborationAssessmentDto {
  id?: string;
  accountId: string;
  planId: string | null;
  respondentType: RespondentType;
  function: string | null;
  respondentName: string | null;
  period: string;
  submittedOn: string | null;
  ratings: CollaborationRatingDto[];
}

export interface SelectionRatingDto {
  criterion: string;
  rating: number;
  rationale: string | null;
}

/** Configuration, as read from custom metadata (one cached query per transaction in Apex). */
export interface HealthcareArchetypeConfig {
  code: string;
  label: string;
  description: string;
  decisionMaking: string;
  careIntegration: string;
  requiredRoles: string[];
  /** Per-criterion weight overrides for this archetype. */
  criterionWeights: Record<string, number>;
}

export interface CountrySettingConfig {
  countryCode: string;
  archetypeCode: string;
  kamReadiness: KamReadiness;
  pullThroughStrategy: string;
  reviewCadenceMonths: number;
  /** Review_Earliest_Months__c: months after agreement before the 12-month review may start; null: 9. */
  reviewEarliestMonths?: number | null;
}

export interface RoleProfileConfig {
  roleCode: string;
  /** Exactly one scope: country, archetype, or neither (global). */
  countryCode: string | null;
  archetypeCode: string | null;
  language: string;
  priorities: string;
  evidenceNeeds: string;
  approach: string;
  /** What_To_Avoid__c: behaviour, topics and offers that lose this role's trust or break local rules. */
  whatToAvoid: string;
}

export interface CollaborationDimensionConfig {
  code: string;
  label: string;
  audience: DimensionAudience;
  weight: number;
  sequence: number;
}

export interface SelectionCriterionConfig {
  code: string;
  label: string;
  weight: number;
  sequence: number;
}

export interface ScoringSettingsConfig {
  minimumRespondents: number;
  tierAThreshold: number;
  tierBThreshold: number;
  roadblockScoreBelow: number;
  roadblockGapAtLeast: number;
}

/** A need as the needs radar reads it across accounts (AccordNeedsRadarController): NeedSignal plus its context. */
export interface NeedSignalDto {
  id: string;
  accountId: string;
  accountName: string;
  countryCode: string | null;
  theme: string | null;
  verbatim: string;
  decision: NeedDecision;
  /** The plan's period start (YYYY-MM-DD), for the period filter. */
  periodStart: string;
}

/** One page of need signals in Id order; nextAfterId is null on the last page. */
export interface NeedSignalPageDto {
  signals: NeedSignalDto[];
  nextAfterId: string | null;
}

/** One entry of an account's key-account history (Key_Account_Nomination__c): who, when, why. */
export interface KeyAccountNominationDto {
  id: string;
  accountId: string;
  action: KeyAccountAction;
  reason: string;
  /** When the decision takes effect (YYYY-MM-DD). */
  effectiveDate: string;
  /** Who recorded it (CreatedBy) and when (CreatedDate, ISO 8601 UTC). */
  recordedByName: string;
  recordedAt: string;
}

/** A new history entry (AccordKeyAccountPortfolioController.recordNomination): keyAccountNomination.ts checks it. */
export interface NominationRequestDto {
  accountId: string;
  action: KeyAccountAction;
  reason: string | null;
  effectiveDate: string;
}

/** One account of the key-account portfolio: stored scores, the latest plan, the key-account status. */
export interface PortfolioAccountDto {
  accountId: string;
  accountName: string;
  countryCode: string | null;
  /** The country's archetype (Country_Setting__mdt), null when the country has no setting. */
  archetypeCode: string | null;
  archetypeLabel: string | null;
  /** Kam_Tier__c (A/B/C), Kam_Priority_Score__c and Kam_Collaboration_Index__c (the customer index) as stored. */
  tier: string | null;
  priorityScore: number | null;
  collaborationIndex: number | null;
  /** The plan with the latest period start, if any. */
  planId: string | null;
  planStatus: PlanStatus | null;
  periodStart: string | null;
  periodEnd: string | null;
  /** Derived from the history (isKeyAccount): the last entry is a Nominate. */
  keyAccount: boolean;
}

/** The portfolio page in one call: the accounts, every visible history entry (recorded order), what the user may do. */
export interface KeyAccountPortfolioDto {
  accounts: PortfolioAccountDto[];
  nominations: KeyAccountNominationDto[];
  /** The user may create Key_Account_Nomination__c records (nominate and retire). */
  canNominate: boolean;
  /** More accounts than the page reads (PORTFOLIO_MAX_ACCOUNTS): narrow with the filters or reports. */
  truncated: boolean;
}

/** After a nomination: the account's status and its whole history. */
export interface NominationResultDto {
  accountId: string;
  keyAccount: boolean;
  nominations: KeyAccountNominationDto[];
}

/** A configuration record (custom metadata) as text values: ConfigurationRecord of src/core/config/metadataTypes.ts. */
export interface ConfigurationRecordDto {
  /** The type without __mdt, e.g. Country_Setting. */
  type: string;
  developerName: string;
  label: string;
  /** Field API name → text (numbers as decimal text, relationships as the referenced DeveloperName) or null. */
  values: Record<string, string | null>;
}

export interface AccordConfiguration {
  archetypes: HealthcareArchetypeConfig[];
  countries: CountrySettingConfig[];
  roleProfiles: RoleProfileConfig[];
  dimensions: CollaborationDimensionConfig[];
  criteria: SelectionCriterionConfig[];
  settings: ScoringSettingsConfig;
}
