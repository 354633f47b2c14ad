// GENERATED FILE: do not edit. Source: force-app/main/default/labels/CustomLabels.labels-meta.xml,
// built by `npm run build` (scripts/build-labels.js). checks/generated.js fails when this file is stale.
/**
 * Every custom label of Accord (translated by the platform), under its name without the Accord_ prefix.
 * Codes map to labels by name: codeLabel("Issue", code) is the label Accord_Issue_<code>.
 * formatLabel fills {0}, {1}… placeholders, as the platform's labels carry them.
 */
import AccountSummary_Collaboration from "@salesforce/label/c.Accord_AccountSummary_Collaboration";
import AccountSummary_Country from "@salesforce/label/c.Accord_AccountSummary_Country";
import AccountSummary_Empty from "@salesforce/label/c.Accord_AccountSummary_Empty";
import AccountSummary_ErrorTitle from "@salesforce/label/c.Accord_AccountSummary_ErrorTitle";
import AccountSummary_Loading from "@salesforce/label/c.Accord_AccountSummary_Loading";
import AccountSummary_Name from "@salesforce/label/c.Accord_AccountSummary_Name";
import AccountSummary_NotScored from "@salesforce/label/c.Accord_AccountSummary_NotScored";
import AccountSummary_Priority from "@salesforce/label/c.Accord_AccountSummary_Priority";
import AccountSummary_Retry from "@salesforce/label/c.Accord_AccountSummary_Retry";
import AccountSummary_Tier from "@salesforce/label/c.Accord_AccountSummary_Tier";
import AccountSummary_Title from "@salesforce/label/c.Accord_AccountSummary_Title";
import AccountSummary_UnknownError from "@salesforce/label/c.Accord_AccountSummary_UnknownError";
import CollabCard_BenchmarkLine_one from "@salesforce/label/c.Accord_CollabCard_BenchmarkLine_one";
import CollabCard_BenchmarkLine_other from "@salesforce/label/c.Accord_CollabCard_BenchmarkLine_other";
import CollabCard_Benchmark_all from "@salesforce/label/c.Accord_CollabCard_Benchmark_all";
import CollabCard_Benchmark_archetype from "@salesforce/label/c.Accord_CollabCard_Benchmark_archetype";
import CollabCard_Benchmark_country from "@salesforce/label/c.Accord_CollabCard_Benchmark_country";
import CollabCard_Benchmarks from "@salesforce/label/c.Accord_CollabCard_Benchmarks";
import CollabCard_Customer from "@salesforce/label/c.Accord_CollabCard_Customer";
import CollabCard_DimensionTip from "@salesforce/label/c.Accord_CollabCard_DimensionTip";
import CollabCard_Dimensions from "@salesforce/label/c.Accord_CollabCard_Dimensions";
import CollabCard_Empty from "@salesforce/label/c.Accord_CollabCard_Empty";
import CollabCard_Error from "@salesforce/label/c.Accord_CollabCard_Error";
import CollabCard_FunctionTip from "@salesforce/label/c.Accord_CollabCard_FunctionTip";
import CollabCard_Functions from "@salesforce/label/c.Accord_CollabCard_Functions";
import CollabCard_Gap from "@salesforce/label/c.Accord_CollabCard_Gap";
import CollabCard_GapOf from "@salesforce/label/c.Accord_CollabCard_GapOf";
import CollabCard_Internal from "@salesforce/label/c.Accord_CollabCard_Internal";
import CollabCard_Loading from "@salesforce/label/c.Accord_CollabCard_Loading";
import CollabCard_NoRoadblocks from "@salesforce/label/c.Accord_CollabCard_NoRoadblocks";
import CollabCard_NotScored from "@salesforce/label/c.Accord_CollabCard_NotScored";
import CollabCard_Period from "@salesforce/label/c.Accord_CollabCard_Period";
import CollabCard_Provisional from "@salesforce/label/c.Accord_CollabCard_Provisional";
import CollabCard_ProvisionalHelp from "@salesforce/label/c.Accord_CollabCard_ProvisionalHelp";
import CollabCard_Roadblock_Gap from "@salesforce/label/c.Accord_CollabCard_Roadblock_Gap";
import CollabCard_Roadblock_LaggingFunction from "@salesforce/label/c.Accord_CollabCard_Roadblock_LaggingFunction";
import CollabCard_Roadblock_LowCustomerScore from "@salesforce/label/c.Accord_CollabCard_Roadblock_LowCustomerScore";
import CollabCard_Roadblocks from "@salesforce/label/c.Accord_CollabCard_Roadblocks";
import CollabCard_SideTip from "@salesforce/label/c.Accord_CollabCard_SideTip";
import CollabCard_Title from "@salesforce/label/c.Accord_CollabCard_Title";
import CollabCard_Trend from "@salesforce/label/c.Accord_CollabCard_Trend";
import CollabCard_TrendRow from "@salesforce/label/c.Accord_CollabCard_TrendRow";
import CommitmentStatus_Cancelled from "@salesforce/label/c.Accord_CommitmentStatus_Cancelled";
import CommitmentStatus_Done from "@salesforce/label/c.Accord_CommitmentStatus_Done";
import CommitmentStatus_InProgress from "@salesforce/label/c.Accord_CommitmentStatus_InProgress";
import CommitmentStatus_Open from "@salesforce/label/c.Accord_CommitmentStatus_Open";
import Commitment_Add from "@salesforce/label/c.Accord_Commitment_Add";
import Commitment_Company from "@salesforce/label/c.Accord_Commitment_Company";
import Commitment_Customer from "@salesforce/label/c.Accord_Commitment_Customer";
import Commitment_Description from "@salesforce/label/c.Accord_Commitment_Description";
import Commitment_DueDate from "@salesforce/label/c.Accord_Commitment_DueDate";
import Commitment_None from "@salesforce/label/c.Accord_Commitment_None";
import Commitment_NotSaved from "@salesforce/label/c.Accord_Commitment_NotSaved";
import Commitment_Outcome from "@salesforce/label/c.Accord_Commitment_Outcome";
import Commitment_Owner from "@salesforce/label/c.Accord_Commitment_Owner";
import Commitment_OwnerName from "@salesforce/label/c.Accord_Commitment_OwnerName";
import Commitment_RemoveConfirm from "@salesforce/label/c.Accord_Commitment_RemoveConfirm";
import Commitment_ItemNamed from "@salesforce/label/c.Accord_Commitment_ItemNamed";
import Commitment_Status from "@salesforce/label/c.Accord_Commitment_Status";
import Common_Cancel from "@salesforce/label/c.Accord_Common_Cancel";
import Common_Edit from "@salesforce/label/c.Accord_Common_Edit";
import Common_Nobody from "@salesforce/label/c.Accord_Common_Nobody";
import Common_None from "@salesforce/label/c.Accord_Common_None";
import Common_NotSet from "@salesforce/label/c.Accord_Common_NotSet";
import Common_Remove from "@salesforce/label/c.Accord_Common_Remove";
import Common_ItemAction from "@salesforce/label/c.Accord_Common_ItemAction";
import Common_Required from "@salesforce/label/c.Accord_Common_Required";
import Common_Save from "@salesforce/label/c.Accord_Common_Save";
import Coverage_Actions from "@salesforce/label/c.Accord_Coverage_Actions";
import Coverage_Complete from "@salesforce/label/c.Accord_Coverage_Complete";
import Coverage_Covered from "@salesforce/label/c.Accord_Coverage_Covered";
import Coverage_KeyPersonRisk from "@salesforce/label/c.Accord_Coverage_KeyPersonRisk";
import Coverage_KeyPersonRisk_Action from "@salesforce/label/c.Accord_Coverage_KeyPersonRisk_Action";
import Coverage_KeyPersonWithoutOwner from "@salesforce/label/c.Accord_Coverage_KeyPersonWithoutOwner";
import Coverage_Missing from "@salesforce/label/c.Accord_Coverage_Missing";
import Coverage_MissingRequiredRole from "@salesforce/label/c.Accord_Coverage_MissingRequiredRole";
import Coverage_NeverEngaged from "@salesforce/label/c.Accord_Coverage_NeverEngaged";
import Coverage_No from "@salesforce/label/c.Accord_Coverage_No";
import Coverage_NoRequiredRoles from "@salesforce/label/c.Accord_Coverage_NoRequiredRoles";
import Coverage_NoSignatory from "@salesforce/label/c.Accord_Coverage_NoSignatory";
import Coverage_NoStakeholders from "@salesforce/label/c.Accord_Coverage_NoStakeholders";
import Coverage_NotEngaged from "@salesforce/label/c.Accord_Coverage_NotEngaged";
import Coverage_Roles from "@salesforce/label/c.Accord_Coverage_Roles";
import Coverage_Score from "@salesforce/label/c.Accord_Coverage_Score";
import Coverage_Strength from "@salesforce/label/c.Accord_Coverage_Strength";
import Coverage_Title from "@salesforce/label/c.Accord_Coverage_Title";
import Coverage_WeakKeyRelationship from "@salesforce/label/c.Accord_Coverage_WeakKeyRelationship";
import Coverage_Yes from "@salesforce/label/c.Accord_Coverage_Yes";
import Create_Creating from "@salesforce/label/c.Accord_Create_Creating";
import Create_Intro from "@salesforce/label/c.Accord_Create_Intro";
import Create_Language from "@salesforce/label/c.Accord_Create_Language";
import Create_PeriodHint from "@salesforce/label/c.Accord_Create_PeriodHint";
import Create_PeriodRequired from "@salesforce/label/c.Accord_Create_PeriodRequired";
import Create_PeriodStart from "@salesforce/label/c.Accord_Create_PeriodStart";
import Create_Submit from "@salesforce/label/c.Accord_Create_Submit";
import Create_Title from "@salesforce/label/c.Accord_Create_Title";
import DecisionRole_Champion from "@salesforce/label/c.Accord_DecisionRole_Champion";
import DecisionRole_Decisionmaker from "@salesforce/label/c.Accord_DecisionRole_Decisionmaker";
import DecisionRole_Gatekeeper from "@salesforce/label/c.Accord_DecisionRole_Gatekeeper";
import DecisionRole_Influencer from "@salesforce/label/c.Accord_DecisionRole_Influencer";
import DecisionRole_User from "@salesforce/label/c.Accord_DecisionRole_User";
import Decision_Commit from "@salesforce/label/c.Accord_Decision_Commit";
import Decision_Decline from "@salesforce/label/c.Accord_Decision_Decline";
import Decision_Defer from "@salesforce/label/c.Accord_Decision_Defer";
import Decision_Pending from "@salesforce/label/c.Accord_Decision_Pending";
import DimensionHelp_Internal_Alignment from "@salesforce/label/c.Accord_DimensionHelp_Internal_Alignment";
import DimensionHelp_Responsiveness from "@salesforce/label/c.Accord_DimensionHelp_Responsiveness";
import DimensionHelp_Scientific_Exchange from "@salesforce/label/c.Accord_DimensionHelp_Scientific_Exchange";
import DimensionHelp_Shared_Goals from "@salesforce/label/c.Accord_DimensionHelp_Shared_Goals";
import DimensionHelp_Trust_Transparency from "@salesforce/label/c.Accord_DimensionHelp_Trust_Transparency";
import DimensionHelp_Value_Beyond_Product from "@salesforce/label/c.Accord_DimensionHelp_Value_Beyond_Product";
import Dimension_Internal_Alignment from "@salesforce/label/c.Accord_Dimension_Internal_Alignment";
import Dimension_Responsiveness from "@salesforce/label/c.Accord_Dimension_Responsiveness";
import Dimension_Scientific_Exchange from "@salesforce/label/c.Accord_Dimension_Scientific_Exchange";
import Dimension_Shared_Goals from "@salesforce/label/c.Accord_Dimension_Shared_Goals";
import Dimension_Trust_Transparency from "@salesforce/label/c.Accord_Dimension_Trust_Transparency";
import Dimension_Value_Beyond_Product from "@salesforce/label/c.Accord_Dimension_Value_Beyond_Product";
import Doc_Group_Commit from "@salesforce/label/c.Accord_Doc_Group_Commit";
import Doc_Group_Decline from "@salesforce/label/c.Accord_Doc_Group_Decline";
import Doc_Group_Defer from "@salesforce/label/c.Accord_Doc_Group_Defer";
import Doc_Empty from "@salesforce/label/c.Accord_Doc_Empty";
import Doc_FingerprintMismatch from "@salesforce/label/c.Accord_Doc_FingerprintMismatch";
import Doc_FingerprintText from "@salesforce/label/c.Accord_Doc_FingerprintText";
import Doc_FingerprintTitle from "@salesforce/label/c.Accord_Doc_FingerprintTitle";
import Doc_FingerprintVerified from "@salesforce/label/c.Accord_Doc_FingerprintVerified";
import Doc_Goals from "@salesforce/label/c.Accord_Doc_Goals";
import Doc_Initiatives from "@salesforce/label/c.Accord_Doc_Initiatives";
import Doc_Intro from "@salesforce/label/c.Accord_Doc_Intro";
import Doc_NeedsHeard from "@salesforce/label/c.Accord_Doc_NeedsHeard";
import Doc_NoSignatures from "@salesforce/label/c.Accord_Doc_NoSignatures";
import Doc_DrawnSignature from "@salesforce/label/c.Accord_Doc_DrawnSignature";
import Doc_IncludeChanges from "@salesforce/label/c.Accord_Doc_IncludeChanges";
import Doc_Partnership from "@salesforce/label/c.Accord_Doc_Partnership";
import Doc_PartnershipAnswer from "@salesforce/label/c.Accord_Doc_PartnershipAnswer";
import Doc_PartnershipIntro from "@salesforce/label/c.Accord_Doc_PartnershipIntro";
import Doc_PartnershipResponse from "@salesforce/label/c.Accord_Doc_PartnershipResponse";
import Doc_PartnershipUnavailable from "@salesforce/label/c.Accord_Doc_PartnershipUnavailable";
import Doc_Print from "@salesforce/label/c.Accord_Doc_Print";
import Doc_RaisedBy from "@salesforce/label/c.Accord_Doc_RaisedBy";
import Doc_SaveFile from "@salesforce/label/c.Accord_Doc_SaveFile";
import Doc_SavingFile from "@salesforce/label/c.Accord_Doc_SavingFile";
import Doc_FileSaved from "@salesforce/label/c.Accord_Doc_FileSaved";
import Doc_OpenFile from "@salesforce/label/c.Accord_Doc_OpenFile";
import Doc_FileError from "@salesforce/label/c.Accord_Doc_FileError";
import Doc_Signatures from "@salesforce/label/c.Accord_Doc_Signatures";
import Doc_Title from "@salesforce/label/c.Accord_Doc_Title";
import Doc_Group_Pending from "@salesforce/label/c.Accord_Doc_Group_Pending";
import Doc_VersionLine from "@salesforce/label/c.Accord_Doc_VersionLine";
import Error_ACTION_NOT_ALLOWED_IN_STATUS from "@salesforce/label/c.Accord_Error_ACTION_NOT_ALLOWED_IN_STATUS";
import Error_DUPLICATE_ASSESSMENT from "@salesforce/label/c.Accord_Error_DUPLICATE_ASSESSMENT";
import Error_DUPLICATE_CONTACT from "@salesforce/label/c.Accord_Error_DUPLICATE_CONTACT";
import Error_InvalidDate from "@salesforce/label/c.Accord_Error_InvalidDate";
import Error_MANAGER_AT_OTHER_ACCOUNT from "@salesforce/label/c.Accord_Error_MANAGER_AT_OTHER_ACCOUNT";
import Error_NO_EDIT_PERMISSION from "@salesforce/label/c.Accord_Error_NO_EDIT_PERMISSION";
import Error_REPORTING_CYCLE from "@salesforce/label/c.Accord_Error_REPORTING_CYCLE";
import Error_STAKEHOLDER_CONTACT_REQUIRED from "@salesforce/label/c.Accord_Error_STAKEHOLDER_CONTACT_REQUIRED";
import Error_STAKEHOLDER_INVALID_VALUE from "@salesforce/label/c.Accord_Error_STAKEHOLDER_INVALID_VALUE";
import Error_STAKEHOLDER_NOT_FOUND from "@salesforce/label/c.Accord_Error_STAKEHOLDER_NOT_FOUND";
import Error_STAKEHOLDER_OUT_OF_RANGE from "@salesforce/label/c.Accord_Error_STAKEHOLDER_OUT_OF_RANGE";
import Error_STALE_VERSION from "@salesforce/label/c.Accord_Error_STALE_VERSION";
import Error_STALE_REVISION from "@salesforce/label/c.Accord_Error_STALE_REVISION";
import Error_PLAN_CLOSED from "@salesforce/label/c.Accord_Error_PLAN_CLOSED";
import Error_CONTENT_LOCKED from "@salesforce/label/c.Accord_Error_CONTENT_LOCKED";
import Error_NO_SIGN_PERMISSION from "@salesforce/label/c.Accord_Error_NO_SIGN_PERMISSION";
import Error_STALE_CONTENT_HASH from "@salesforce/label/c.Accord_Error_STALE_CONTENT_HASH";
import Error_ALREADY_SIGNED from "@salesforce/label/c.Accord_Error_ALREADY_SIGNED";
import Error_SIGNER_NOT_SIGNATORY from "@salesforce/label/c.Accord_Error_SIGNER_NOT_SIGNATORY";
import Error_SIGNER_NAME_MISSING from "@salesforce/label/c.Accord_Error_SIGNER_NAME_MISSING";
import Error_NOT_PLAN_MANAGER from "@salesforce/label/c.Accord_Error_NOT_PLAN_MANAGER";
import Error_REOPEN_REASON_REQUIRED from "@salesforce/label/c.Accord_Error_REOPEN_REASON_REQUIRED";
import Error_SurveyAssessmentNotFound from "@salesforce/label/c.Accord_Error_SurveyAssessmentNotFound";
import Error_SurveyFunctionOnlyInternal from "@salesforce/label/c.Accord_Error_SurveyFunctionOnlyInternal";
import Error_SurveyFunctionRequired from "@salesforce/label/c.Accord_Error_SurveyFunctionRequired";
import Error_SurveyInvalidPeriod from "@salesforce/label/c.Accord_Error_SurveyInvalidPeriod";
import Error_SurveyNoRatings from "@salesforce/label/c.Accord_Error_SurveyNoRatings";
import Error_SurveyRespondentNotContact from "@salesforce/label/c.Accord_Error_SurveyRespondentNotContact";
import Error_SurveyRespondentRequired from "@salesforce/label/c.Accord_Error_SurveyRespondentRequired";
import Error_SurveyUnknownDimension from "@salesforce/label/c.Accord_Error_SurveyUnknownDimension";
import Error_UNKNOWN_COMMITMENT from "@salesforce/label/c.Accord_Error_UNKNOWN_COMMITMENT";
import Error_WholeNumberOutOfRange from "@salesforce/label/c.Accord_Error_WholeNumberOutOfRange";
import Error_DuplicateKey from "@salesforce/label/c.Accord_Error_DuplicateKey";
import Error_UnknownActionType from "@salesforce/label/c.Accord_Error_UnknownActionType";
import Error_AccountHasSignedPlans from "@salesforce/label/c.Accord_Error_AccountHasSignedPlans";
import Error_AccountNotFound from "@salesforce/label/c.Accord_Error_AccountNotFound";
import Error_StakeholdersAccountNotFound from "@salesforce/label/c.Accord_Error_StakeholdersAccountNotFound";
import Error_CompanySignerNotUser from "@salesforce/label/c.Accord_Error_CompanySignerNotUser";
import Error_ConfigDuplicateCode from "@salesforce/label/c.Accord_Error_ConfigDuplicateCode";
import Error_ConfigFieldMissing from "@salesforce/label/c.Accord_Error_ConfigFieldMissing";
import Error_ConfigInvalidValue from "@salesforce/label/c.Accord_Error_ConfigInvalidValue";
import Error_ConfigOutOfRange from "@salesforce/label/c.Accord_Error_ConfigOutOfRange";
import Error_NoAccess from "@salesforce/label/c.Accord_Error_NoAccess";
import Error_CommitmentMoved from "@salesforce/label/c.Accord_Error_CommitmentMoved";
import Error_DuplicateCriterionRating from "@salesforce/label/c.Accord_Error_DuplicateCriterionRating";
import Error_DuplicateDimensionRating from "@salesforce/label/c.Accord_Error_DuplicateDimensionRating";
import Error_DuplicateStakeholder from "@salesforce/label/c.Accord_Error_DuplicateStakeholder";
import Error_FieldRequired from "@salesforce/label/c.Accord_Error_FieldRequired";
import Error_NotTrueFalse from "@salesforce/label/c.Accord_Error_NotTrueFalse";
import Error_NumberOutOfRange from "@salesforce/label/c.Accord_Error_NumberOutOfRange";
import Error_InvalidJson from "@salesforce/label/c.Accord_Error_InvalidJson";
import Error_InvalidRespondentType from "@salesforce/label/c.Accord_Error_InvalidRespondentType";
import Error_ListMissing from "@salesforce/label/c.Accord_Error_ListMissing";
import Error_MissingPermission from "@salesforce/label/c.Accord_Error_MissingPermission";
import Error_MissingScoringSettings from "@salesforce/label/c.Accord_Error_MissingScoringSettings";
import Error_NewPlanNotDraft from "@salesforce/label/c.Accord_Error_NewPlanNotDraft";
import Error_NextPlanNeedsClosed from "@salesforce/label/c.Accord_Error_NextPlanNeedsClosed";
import Error_PeriodStartRequired from "@salesforce/label/c.Accord_Error_PeriodStartRequired";
import Error_PlanHasSignatures from "@salesforce/label/c.Accord_Error_PlanHasSignatures";
import Error_PlanIdRequired from "@salesforce/label/c.Accord_Error_PlanIdRequired";
import Error_PlanNotFound from "@salesforce/label/c.Accord_Error_PlanNotFound";
import Error_RatingNotNumber from "@salesforce/label/c.Accord_Error_RatingNotNumber";
import Error_RatingOutOfRange from "@salesforce/label/c.Accord_Error_RatingOutOfRange";
import Error_RecomputeRunning from "@salesforce/label/c.Accord_Error_RecomputeRunning";
import Error_SignOnlyInReview from "@salesforce/label/c.Accord_Error_SignOnlyInReview";
import Error_SignatureFilePermanent from "@salesforce/label/c.Accord_Error_SignatureFilePermanent";
import Error_KeyImmutable from "@salesforce/label/c.Accord_Error_KeyImmutable";
import Error_SequenceRequired from "@salesforce/label/c.Accord_Error_SequenceRequired";
import Error_DrawingRequired from "@salesforce/label/c.Accord_Error_DrawingRequired";
import Error_ConfirmationRequired from "@salesforce/label/c.Accord_Error_ConfirmationRequired";
import Error_SignatoryNotPlanManager from "@salesforce/label/c.Accord_Error_SignatoryNotPlanManager";
import Error_EvidenceFileVersion from "@salesforce/label/c.Accord_Error_EvidenceFileVersion";
import Error_SignatureImmutable from "@salesforce/label/c.Accord_Error_SignatureImmutable";
import Error_SignaturePermanent from "@salesforce/label/c.Accord_Error_SignaturePermanent";
import Error_StaleSignatureVersion from "@salesforce/label/c.Accord_Error_StaleSignatureVersion";
import Error_SystemFieldReadOnly from "@salesforce/label/c.Accord_Error_SystemFieldReadOnly";
import Error_TierThresholdOrder from "@salesforce/label/c.Accord_Error_TierThresholdOrder";
import Error_DuplicateAssessmentRating from "@salesforce/label/c.Accord_Error_DuplicateAssessmentRating";
import Error_RatingUnknownCriterion from "@salesforce/label/c.Accord_Error_RatingUnknownCriterion";
import Error_RatingUnknownDimension from "@salesforce/label/c.Accord_Error_RatingUnknownDimension";
import Error_Unexpected from "@salesforce/label/c.Accord_Error_Unexpected";
import Function_HEOR from "@salesforce/label/c.Accord_Function_HEOR";
import Function_MarketAccess from "@salesforce/label/c.Accord_Function_MarketAccess";
import Function_Marketing from "@salesforce/label/c.Accord_Function_Marketing";
import Function_Medical from "@salesforce/label/c.Accord_Function_Medical";
import Function_Other from "@salesforce/label/c.Accord_Function_Other";
import Function_Sales from "@salesforce/label/c.Accord_Function_Sales";
import Function_Supply from "@salesforce/label/c.Accord_Function_Supply";
import Log_ScoresNotQueued from "@salesforce/label/c.Accord_Log_ScoresNotQueued";
import Error_UnknownCriterion from "@salesforce/label/c.Accord_Error_UnknownCriterion";
import Error_UnknownDimension from "@salesforce/label/c.Accord_Error_UnknownDimension";
import Goals_EditHint from "@salesforce/label/c.Accord_Goals_EditHint";
import Goals_Empty from "@salesforce/label/c.Accord_Goals_Empty";
import Goals_Label from "@salesforce/label/c.Accord_Goals_Label";
import Goals_Title from "@salesforce/label/c.Accord_Goals_Title";
import Header_AgreedOn from "@salesforce/label/c.Accord_Header_AgreedOn";
import Header_CreateNext from "@salesforce/label/c.Accord_Header_CreateNext";
import Header_CreatingNext from "@salesforce/label/c.Accord_Header_CreatingNext";
import Header_Fingerprint from "@salesforce/label/c.Accord_Header_Fingerprint";
import Header_FingerprintHelp from "@salesforce/label/c.Accord_Header_FingerprintHelp";
import Header_Fix from "@salesforce/label/c.Accord_Header_Fix";
import Header_Health from "@salesforce/label/c.Accord_Header_Health";
import Header_HealthAllDone from "@salesforce/label/c.Accord_Header_HealthAllDone";
import Header_HealthChecklist from "@salesforce/label/c.Accord_Header_HealthChecklist";
import Header_HealthScore from "@salesforce/label/c.Accord_Header_HealthScore";
import Header_HealthUnavailable from "@salesforce/label/c.Accord_Header_HealthUnavailable";
import Header_NoFingerprint from "@salesforce/label/c.Accord_Header_NoFingerprint";
import Header_Open from "@salesforce/label/c.Accord_Header_Open";
import Header_OtherPlans from "@salesforce/label/c.Accord_Header_OtherPlans";
import Header_OtherPlan from "@salesforce/label/c.Accord_Header_OtherPlan";
import Header_Passed from "@salesforce/label/c.Accord_Header_Passed";
import Header_Period from "@salesforce/label/c.Accord_Header_Period";
import Header_PeriodValue from "@salesforce/label/c.Accord_Header_PeriodValue";
import Header_ReopenReason from "@salesforce/label/c.Accord_Header_ReopenReason";
import Header_SharedOn from "@salesforce/label/c.Accord_Header_SharedOn";
import Header_Status from "@salesforce/label/c.Accord_Header_Status";
import Header_Version from "@salesforce/label/c.Accord_Header_Version";
import Health_COMMITMENTS_OWNED from "@salesforce/label/c.Accord_Health_COMMITMENTS_OWNED";
import Health_CUSTOMER_GOALS from "@salesforce/label/c.Accord_Health_CUSTOMER_GOALS";
import Health_INITIATIVES_BOTH_PARTIES from "@salesforce/label/c.Accord_Health_INITIATIVES_BOTH_PARTIES";
import Health_INITIATIVES_DEFINED from "@salesforce/label/c.Accord_Health_INITIATIVES_DEFINED";
import Health_INITIATIVE_COUNT from "@salesforce/label/c.Accord_Health_INITIATIVE_COUNT";
import Health_More from "@salesforce/label/c.Accord_Health_More";
import Health_NEEDS_DECIDED from "@salesforce/label/c.Accord_Health_NEEDS_DECIDED";
import Health_NEEDS_LINKED from "@salesforce/label/c.Accord_Health_NEEDS_LINKED";
import Health_NEEDS_RAISED_BY from "@salesforce/label/c.Accord_Health_NEEDS_RAISED_BY";
import Health_NEEDS_RATIONALE from "@salesforce/label/c.Accord_Health_NEEDS_RATIONALE";
import Health_Points from "@salesforce/label/c.Accord_Health_Points";
import InitiativeStatus_AtRisk from "@salesforce/label/c.Accord_InitiativeStatus_AtRisk";
import InitiativeStatus_Done from "@salesforce/label/c.Accord_InitiativeStatus_Done";
import InitiativeStatus_NotStarted from "@salesforce/label/c.Accord_InitiativeStatus_NotStarted";
import InitiativeStatus_OnTrack from "@salesforce/label/c.Accord_InitiativeStatus_OnTrack";
import Initiative_Add from "@salesforce/label/c.Accord_Initiative_Add";
import Initiative_Empty from "@salesforce/label/c.Accord_Initiative_Empty";
import Initiative_ListTitle from "@salesforce/label/c.Accord_Initiative_ListTitle";
import Initiative_Needs from "@salesforce/label/c.Accord_Initiative_Needs";
import Initiative_New from "@salesforce/label/c.Accord_Initiative_New";
import Initiative_NoNeeds from "@salesforce/label/c.Accord_Initiative_NoNeeds";
import Initiative_NotSaved from "@salesforce/label/c.Accord_Initiative_NotSaved";
import Initiative_RemoveConfirm from "@salesforce/label/c.Accord_Initiative_RemoveConfirm";
import Initiative_ItemNamed from "@salesforce/label/c.Accord_Initiative_ItemNamed";
import Initiative_Status from "@salesforce/label/c.Accord_Initiative_Status";
import Initiative_SuccessMeasure from "@salesforce/label/c.Accord_Initiative_SuccessMeasure";
import Initiative_TargetDate from "@salesforce/label/c.Accord_Initiative_TargetDate";
import Initiative_Title from "@salesforce/label/c.Accord_Initiative_Title";
import Issue_COMMITMENTS_MISSING from "@salesforce/label/c.Accord_Issue_COMMITMENTS_MISSING";
import Issue_COMMITMENT_DUE_DATE_MISSING from "@salesforce/label/c.Accord_Issue_COMMITMENT_DUE_DATE_MISSING";
import Issue_COMMITMENT_OWNER_MISSING from "@salesforce/label/c.Accord_Issue_COMMITMENT_OWNER_MISSING";
import Issue_GOALS_MISSING from "@salesforce/label/c.Accord_Issue_GOALS_MISSING";
import Issue_INITIATIVES_MISSING from "@salesforce/label/c.Accord_Issue_INITIATIVES_MISSING";
import Issue_INITIATIVES_TOO_MANY from "@salesforce/label/c.Accord_Issue_INITIATIVES_TOO_MANY";
import Issue_INITIATIVE_COMPANY_COMMITMENT_MISSING from "@salesforce/label/c.Accord_Issue_INITIATIVE_COMPANY_COMMITMENT_MISSING";
import Issue_INITIATIVE_CUSTOMER_COMMITMENT_MISSING from "@salesforce/label/c.Accord_Issue_INITIATIVE_CUSTOMER_COMMITMENT_MISSING";
import Issue_INITIATIVE_MEASURE_MISSING from "@salesforce/label/c.Accord_Issue_INITIATIVE_MEASURE_MISSING";
import Issue_INITIATIVE_TARGET_DATE_MISSING from "@salesforce/label/c.Accord_Issue_INITIATIVE_TARGET_DATE_MISSING";
import Issue_INITIATIVE_TARGET_DATE_OUTSIDE_PERIOD from "@salesforce/label/c.Accord_Issue_INITIATIVE_TARGET_DATE_OUTSIDE_PERIOD";
import Issue_NEEDS_MISSING from "@salesforce/label/c.Accord_Issue_NEEDS_MISSING";
import Issue_NEED_NOT_LINKED from "@salesforce/label/c.Accord_Issue_NEED_NOT_LINKED";
import Issue_NEED_RAISED_BY_MISSING from "@salesforce/label/c.Accord_Issue_NEED_RAISED_BY_MISSING";
import Issue_NEED_RATIONALE_MISSING from "@salesforce/label/c.Accord_Issue_NEED_RATIONALE_MISSING";
import Issue_NEED_UNDECIDED from "@salesforce/label/c.Accord_Issue_NEED_UNDECIDED";
import Issue_NO_SIGNATORY from "@salesforce/label/c.Accord_Issue_NO_SIGNATORY";
import Issue_OUTCOME_MISSING from "@salesforce/label/c.Accord_Issue_OUTCOME_MISSING";
import Issue_Other from "@salesforce/label/c.Accord_Issue_Other";
import Language_de from "@salesforce/label/c.Accord_Language_de";
import Language_en from "@salesforce/label/c.Accord_Language_en";
import Language_es from "@salesforce/label/c.Accord_Language_es";
import Language_fr from "@salesforce/label/c.Accord_Language_fr";
import Language_it from "@salesforce/label/c.Accord_Language_it";
import Language_ja from "@salesforce/label/c.Accord_Language_ja";
import Language_ko from "@salesforce/label/c.Accord_Language_ko";
import Language_zh_CN from "@salesforce/label/c.Accord_Language_zh_CN";
import Method_Email from "@salesforce/label/c.Accord_Method_Email";
import Method_InMeeting from "@salesforce/label/c.Accord_Method_InMeeting";
import Method_Portal from "@salesforce/label/c.Accord_Method_Portal";
import Need_Add from "@salesforce/label/c.Accord_Need_Add";
import Need_Added from "@salesforce/label/c.Accord_Need_Added";
import Need_ChangeDecision from "@salesforce/label/c.Accord_Need_ChangeDecision";
import Need_Decide from "@salesforce/label/c.Accord_Need_Decide";
import Need_Decision from "@salesforce/label/c.Accord_Need_Decision";
import Need_EditVerbatim from "@salesforce/label/c.Accord_Need_EditVerbatim";
import Need_EditingVerbatim from "@salesforce/label/c.Accord_Need_EditingVerbatim";
import Need_Empty from "@salesforce/label/c.Accord_Need_Empty";
import Need_EntryTitle from "@salesforce/label/c.Accord_Need_EntryTitle";
import Need_Filter from "@salesforce/label/c.Accord_Need_Filter";
import Need_FilterAll from "@salesforce/label/c.Accord_Need_FilterAll";
import Need_FilterUndecided from "@salesforce/label/c.Accord_Need_FilterUndecided";
import Need_Initiative from "@salesforce/label/c.Accord_Need_Initiative";
import Need_Item from "@salesforce/label/c.Accord_Need_Item";
import Need_ItemNamed from "@salesforce/label/c.Accord_Need_ItemNamed";
import Need_ListTitle from "@salesforce/label/c.Accord_Need_ListTitle";
import Need_NoInitiatives from "@salesforce/label/c.Accord_Need_NoInitiatives";
import Need_NotLinked from "@salesforce/label/c.Accord_Need_NotLinked";
import Need_NotSaved from "@salesforce/label/c.Accord_Need_NotSaved";
import Need_Priority from "@salesforce/label/c.Accord_Need_Priority";
import Need_PriorityValue from "@salesforce/label/c.Accord_Need_PriorityValue";
import Need_RaisedBy from "@salesforce/label/c.Accord_Need_RaisedBy";
import Need_Rationale from "@salesforce/label/c.Accord_Need_Rationale";
import Need_RemoveConfirm from "@salesforce/label/c.Accord_Need_RemoveConfirm";
import Need_SaveDecision from "@salesforce/label/c.Accord_Need_SaveDecision";
import Need_ShowMore from "@salesforce/label/c.Accord_Need_ShowMore";
import Need_VerbatimMore from "@salesforce/label/c.Accord_Need_VerbatimMore";
import Need_VerbatimLess from "@salesforce/label/c.Accord_Need_VerbatimLess";
import Need_Theme from "@salesforce/label/c.Accord_Need_Theme";
import Need_Verbatim from "@salesforce/label/c.Accord_Need_Verbatim";
import Need_VerbatimHint from "@salesforce/label/c.Accord_Need_VerbatimHint";
import Outcome_Kept from "@salesforce/label/c.Accord_Outcome_Kept";
import Outcome_NotKept from "@salesforce/label/c.Accord_Outcome_NotKept";
import Outcome_Partly from "@salesforce/label/c.Accord_Outcome_Partly";
import Pad_Clear from "@salesforce/label/c.Accord_Pad_Clear";
import Pad_Help from "@salesforce/label/c.Accord_Pad_Help";
import Pad_Label from "@salesforce/label/c.Accord_Pad_Label";
import Party_Company from "@salesforce/label/c.Accord_Party_Company";
import Party_Customer from "@salesforce/label/c.Accord_Party_Customer";
import Recompute_Summary from "@salesforce/label/c.Accord_Recompute_Summary";
import Reminder_Description from "@salesforce/label/c.Accord_Reminder_Description";
import Reminder_Subject from "@salesforce/label/c.Accord_Reminder_Subject";
import ReviewType_AnnualReview from "@salesforce/label/c.Accord_ReviewType_AnnualReview";
import ReviewType_CheckIn from "@salesforce/label/c.Accord_ReviewType_CheckIn";
import Review_Close from "@salesforce/label/c.Accord_Review_Close";
import Review_CloseBlocked from "@salesforce/label/c.Accord_Review_CloseBlocked";
import Review_Closed from "@salesforce/label/c.Accord_Review_Closed";
import Review_CustomerFeedback from "@salesforce/label/c.Accord_Review_CustomerFeedback";
import Review_DeliveryParty from "@salesforce/label/c.Accord_Review_DeliveryParty";
import Review_DeliveryTitle from "@salesforce/label/c.Accord_Review_DeliveryTitle";
import Review_FeedbackRequired from "@salesforce/label/c.Accord_Review_FeedbackRequired";
import Review_NoCommitments from "@salesforce/label/c.Accord_Review_NoCommitments";
import Review_NoCommitmentsYet from "@salesforce/label/c.Accord_Review_NoCommitmentsYet";
import Review_NotYet from "@salesforce/label/c.Accord_Review_NotYet";
import Review_Outcomes from "@salesforce/label/c.Accord_Review_Outcomes";
import Review_Previous from "@salesforce/label/c.Accord_Review_Previous";
import Review_RatesUnavailable from "@salesforce/label/c.Accord_Review_RatesUnavailable";
import Review_Start from "@salesforce/label/c.Accord_Review_Start";
import Review_StartHint from "@salesforce/label/c.Accord_Review_StartHint";
import Review_Title from "@salesforce/label/c.Accord_Review_Title";
import Review_WhatDidNot from "@salesforce/label/c.Accord_Review_WhatDidNot";
import Review_WhatWeWillChange from "@salesforce/label/c.Accord_Review_WhatWeWillChange";
import Review_WhatWeWillChangeHelp from "@salesforce/label/c.Accord_Review_WhatWeWillChangeHelp";
import Review_WhatWorked from "@salesforce/label/c.Accord_Review_WhatWorked";
import RoleProfile_Approach from "@salesforce/label/c.Accord_RoleProfile_Approach";
import RoleProfile_Avoid from "@salesforce/label/c.Accord_RoleProfile_Avoid";
import RoleProfile_Close from "@salesforce/label/c.Accord_RoleProfile_Close";
import RoleProfile_Evidence from "@salesforce/label/c.Accord_RoleProfile_Evidence";
import RoleProfile_Fallback from "@salesforce/label/c.Accord_RoleProfile_Fallback";
import RoleProfile_LevelArchetype from "@salesforce/label/c.Accord_RoleProfile_LevelArchetype";
import RoleProfile_LevelCountry from "@salesforce/label/c.Accord_RoleProfile_LevelCountry";
import RoleProfile_LevelGlobal from "@salesforce/label/c.Accord_RoleProfile_LevelGlobal";
import RoleProfile_None from "@salesforce/label/c.Accord_RoleProfile_None";
import RoleProfile_Priorities from "@salesforce/label/c.Accord_RoleProfile_Priorities";
import RoleProfile_Select from "@salesforce/label/c.Accord_RoleProfile_Select";
import RoleProfile_Source from "@salesforce/label/c.Accord_RoleProfile_Source";
import RoleProfile_Title from "@salesforce/label/c.Accord_RoleProfile_Title";
import Sign_Agreed from "@salesforce/label/c.Accord_Sign_Agreed";
import Sign_Blockers from "@salesforce/label/c.Accord_Sign_Blockers";
import Sign_CompanyTitle from "@salesforce/label/c.Accord_Sign_CompanyTitle";
import Sign_CustomerTitle from "@salesforce/label/c.Accord_Sign_CustomerTitle";
import Sign_DrawnRequired from "@salesforce/label/c.Accord_Sign_DrawnRequired";
import Sign_Evidence from "@salesforce/label/c.Accord_Sign_Evidence";
import Sign_EvidenceHelpEmail from "@salesforce/label/c.Accord_Sign_EvidenceHelpEmail";
import Sign_EvidenceHelpPortal from "@salesforce/label/c.Accord_Sign_EvidenceHelpPortal";
import Sign_EvidenceRequired from "@salesforce/label/c.Accord_Sign_EvidenceRequired";
import Sign_Fingerprint from "@salesforce/label/c.Accord_Sign_Fingerprint";
import Sign_HistoryTitle from "@salesforce/label/c.Accord_Sign_HistoryTitle";
import Sign_Method from "@salesforce/label/c.Accord_Sign_Method";
import Sign_NoSignatory from "@salesforce/label/c.Accord_Sign_NoSignatory";
import Sign_NotShared from "@salesforce/label/c.Accord_Sign_NotShared";
import Sign_NotSigned from "@salesforce/label/c.Accord_Sign_NotSigned";
import Sign_PullBack from "@salesforce/label/c.Accord_Sign_PullBack";
import Sign_ReadinessTitle from "@salesforce/label/c.Accord_Sign_ReadinessTitle";
import Sign_Ready from "@salesforce/label/c.Accord_Sign_Ready";
import Sign_RecordCompany from "@salesforce/label/c.Accord_Sign_RecordCompany";
import Sign_RecordCustomer from "@salesforce/label/c.Accord_Sign_RecordCustomer";
import Sign_Reopen from "@salesforce/label/c.Accord_Sign_Reopen";
import Sign_ReopenReason from "@salesforce/label/c.Accord_Sign_ReopenReason";
import Sign_ReopenRequired from "@salesforce/label/c.Accord_Sign_ReopenRequired";
import Sign_ReopenTitle from "@salesforce/label/c.Accord_Sign_ReopenTitle";
import Sign_RulesUnavailable from "@salesforce/label/c.Accord_Sign_RulesUnavailable";
import Sign_Share from "@salesforce/label/c.Accord_Sign_Share";
import Sign_Signatory from "@salesforce/label/c.Accord_Sign_Signatory";
import Sign_SignatoryRequired from "@salesforce/label/c.Accord_Sign_SignatoryRequired";
import Sign_SignaturesTitle from "@salesforce/label/c.Accord_Sign_SignaturesTitle";
import Sign_SignedAt from "@salesforce/label/c.Accord_Sign_SignedAt";
import Sign_SignedBy from "@salesforce/label/c.Accord_Sign_SignedBy";
import Sign_Signing from "@salesforce/label/c.Accord_Sign_Signing";
import Sign_Stale from "@salesforce/label/c.Accord_Sign_Stale";
import Sign_Submit from "@salesforce/label/c.Accord_Sign_Submit";
import Sign_Superseded from "@salesforce/label/c.Accord_Sign_Superseded";
import Sign_VersionNote from "@salesforce/label/c.Accord_Sign_VersionNote";
import StakeholderMap_Add from "@salesforce/label/c.Accord_StakeholderMap_Add";
import StakeholderMap_All from "@salesforce/label/c.Accord_StakeholderMap_All";
import StakeholderMap_AnyIssue from "@salesforce/label/c.Accord_StakeholderMap_AnyIssue";
import StakeholderMap_Cancel from "@salesforce/label/c.Accord_StakeholderMap_Cancel";
import StakeholderMap_ChartHelp from "@salesforce/label/c.Accord_StakeholderMap_ChartHelp";
import StakeholderMap_DragHelp from "@salesforce/label/c.Accord_StakeholderMap_DragHelp";
import StakeholderMap_ChartView from "@salesforce/label/c.Accord_StakeholderMap_ChartView";
import StakeholderMap_ClearFilters from "@salesforce/label/c.Accord_StakeholderMap_ClearFilters";
import StakeholderMap_Edit from "@salesforce/label/c.Accord_StakeholderMap_Edit";
import StakeholderMap_Empty from "@salesforce/label/c.Accord_StakeholderMap_Empty";
import StakeholderMap_ErrorTitle from "@salesforce/label/c.Accord_StakeholderMap_ErrorTitle";
import StakeholderMap_FilterCoverage from "@salesforce/label/c.Accord_StakeholderMap_FilterCoverage";
import StakeholderMap_Fit from "@salesforce/label/c.Accord_StakeholderMap_Fit";
import StakeholderMap_Influence from "@salesforce/label/c.Accord_StakeholderMap_Influence";
import StakeholderMap_IssueNotEngaged from "@salesforce/label/c.Accord_StakeholderMap_IssueNotEngaged";
import StakeholderMap_IssueWeak from "@salesforce/label/c.Accord_StakeholderMap_IssueWeak";
import StakeholderMap_ListView from "@salesforce/label/c.Accord_StakeholderMap_ListView";
import StakeholderMap_Loading from "@salesforce/label/c.Accord_StakeholderMap_Loading";
import StakeholderMap_NeverEngaged from "@salesforce/label/c.Accord_StakeholderMap_NeverEngaged";
import StakeholderMap_NewContact from "@salesforce/label/c.Accord_StakeholderMap_NewContact";
import StakeholderMap_NoManager from "@salesforce/label/c.Accord_StakeholderMap_NoManager";
import StakeholderMap_NoMatch from "@salesforce/label/c.Accord_StakeholderMap_NoMatch";
import StakeholderMap_NoOwner from "@salesforce/label/c.Accord_StakeholderMap_NoOwner";
import StakeholderMap_NotPlaced from "@salesforce/label/c.Accord_StakeholderMap_NotPlaced";
import StakeholderMap_NotPlacedHelp from "@salesforce/label/c.Accord_StakeholderMap_NotPlacedHelp";
import StakeholderMap_People from "@salesforce/label/c.Accord_StakeholderMap_People";
import StakeholderMap_Retry from "@salesforce/label/c.Accord_StakeholderMap_Retry";
import StakeholderMap_Save from "@salesforce/label/c.Accord_StakeholderMap_Save";
import StakeholderMap_SaveError from "@salesforce/label/c.Accord_StakeholderMap_SaveError";
import StakeholderMap_Saved from "@salesforce/label/c.Accord_StakeholderMap_Saved";
import StakeholderMap_Signatory from "@salesforce/label/c.Accord_StakeholderMap_Signatory";
import StakeholderMap_Strength from "@salesforce/label/c.Accord_StakeholderMap_Strength";
import StakeholderMap_Title from "@salesforce/label/c.Accord_StakeholderMap_Title";
import StakeholderMap_View from "@salesforce/label/c.Accord_StakeholderMap_View";
import StakeholderMap_ZoomIn from "@salesforce/label/c.Accord_StakeholderMap_ZoomIn";
import StakeholderMap_ZoomOut from "@salesforce/label/c.Accord_StakeholderMap_ZoomOut";
import StakeholderRole_Department_Head from "@salesforce/label/c.Accord_StakeholderRole_Department_Head";
import StakeholderRole_IT_Data_Lead from "@salesforce/label/c.Accord_StakeholderRole_IT_Data_Lead";
import StakeholderRole_Medical_Director from "@salesforce/label/c.Accord_StakeholderRole_Medical_Director";
import StakeholderRole_Nursing_Lead from "@salesforce/label/c.Accord_StakeholderRole_Nursing_Lead";
import StakeholderRole_Payer_HTA_Lead from "@salesforce/label/c.Accord_StakeholderRole_Payer_HTA_Lead";
import StakeholderRole_Pharmacy_Director from "@salesforce/label/c.Accord_StakeholderRole_Pharmacy_Director";
import StakeholderRole_Procurement_Finance_Head from "@salesforce/label/c.Accord_StakeholderRole_Procurement_Finance_Head";
import StakeholderRole_Quality_Outcomes_Lead from "@salesforce/label/c.Accord_StakeholderRole_Quality_Outcomes_Lead";
import Stakeholder_Field_contact from "@salesforce/label/c.Accord_Stakeholder_Field_contact";
import Stakeholder_Field_decisionRole from "@salesforce/label/c.Accord_Stakeholder_Field_decisionRole";
import Stakeholder_Field_firstName from "@salesforce/label/c.Accord_Stakeholder_Field_firstName";
import Stakeholder_Field_influence from "@salesforce/label/c.Accord_Stakeholder_Field_influence";
import Stakeholder_Field_lastEngaged from "@salesforce/label/c.Accord_Stakeholder_Field_lastEngaged";
import Stakeholder_Field_lastName from "@salesforce/label/c.Accord_Stakeholder_Field_lastName";
import Stakeholder_Field_owner from "@salesforce/label/c.Accord_Stakeholder_Field_owner";
import Stakeholder_Field_relationshipStrength from "@salesforce/label/c.Accord_Stakeholder_Field_relationshipStrength";
import Stakeholder_Field_reportsTo from "@salesforce/label/c.Accord_Stakeholder_Field_reportsTo";
import Stakeholder_Field_role from "@salesforce/label/c.Accord_Stakeholder_Field_role";
import Stakeholder_Field_signatory from "@salesforce/label/c.Accord_Stakeholder_Field_signatory";
import Stakeholder_Field_stance from "@salesforce/label/c.Accord_Stakeholder_Field_stance";
import Stakeholder_Field_title from "@salesforce/label/c.Accord_Stakeholder_Field_title";
import Stance_0 from "@salesforce/label/c.Accord_Stance_0";
import Stance_M1 from "@salesforce/label/c.Accord_Stance_M1";
import Stance_M2 from "@salesforce/label/c.Accord_Stance_M2";
import Stance_P1 from "@salesforce/label/c.Accord_Stance_P1";
import Stance_P2 from "@salesforce/label/c.Accord_Stance_P2";
import Status_Agreed from "@salesforce/label/c.Accord_Status_Agreed";
import Status_Closed from "@salesforce/label/c.Accord_Status_Closed";
import Status_Draft from "@salesforce/label/c.Accord_Status_Draft";
import Status_InReview from "@salesforce/label/c.Accord_Status_InReview";
import Status_UnderReview from "@salesforce/label/c.Accord_Status_UnderReview";
import Survey_Choose from "@salesforce/label/c.Accord_Survey_Choose";
import Survey_Colleague from "@salesforce/label/c.Accord_Survey_Colleague";
import Survey_Contact from "@salesforce/label/c.Accord_Survey_Contact";
import Survey_Customer from "@salesforce/label/c.Accord_Survey_Customer";
import Survey_DimensionComment from "@salesforce/label/c.Accord_Survey_DimensionComment";
import Survey_DimensionHelpFallback from "@salesforce/label/c.Accord_Survey_DimensionHelpFallback";
import Survey_Done from "@salesforce/label/c.Accord_Survey_Done";
import Survey_Draft from "@salesforce/label/c.Accord_Survey_Draft";
import Survey_Edit from "@salesforce/label/c.Accord_Survey_Edit";
import Survey_EditExisting from "@salesforce/label/c.Accord_Survey_EditExisting";
import Survey_Existing from "@salesforce/label/c.Accord_Survey_Existing";
import Survey_Function from "@salesforce/label/c.Accord_Survey_Function";
import Survey_FunctionRequired from "@salesforce/label/c.Accord_Survey_FunctionRequired";
import Survey_Internal from "@salesforce/label/c.Accord_Survey_Internal";
import Survey_Intro from "@salesforce/label/c.Accord_Survey_Intro";
import Survey_LoadError from "@salesforce/label/c.Accord_Survey_LoadError";
import Survey_Loading from "@salesforce/label/c.Accord_Survey_Loading";
import Survey_New from "@salesforce/label/c.Accord_Survey_New";
import Survey_NoContacts from "@salesforce/label/c.Accord_Survey_NoContacts";
import Survey_NotApplicable from "@salesforce/label/c.Accord_Survey_NotApplicable";
import Survey_OverallComment from "@salesforce/label/c.Accord_Survey_OverallComment";
import Survey_Period from "@salesforce/label/c.Accord_Survey_Period";
import Survey_RatingOf from "@salesforce/label/c.Accord_Survey_RatingOf";
import Survey_RatingRequired from "@salesforce/label/c.Accord_Survey_RatingRequired";
import Survey_RespondentRequired from "@salesforce/label/c.Accord_Survey_RespondentRequired";
import Survey_RespondentType from "@salesforce/label/c.Accord_Survey_RespondentType";
import Survey_SaveDraft from "@salesforce/label/c.Accord_Survey_SaveDraft";
import Survey_SaveError from "@salesforce/label/c.Accord_Survey_SaveError";
import Survey_Saved from "@salesforce/label/c.Accord_Survey_Saved";
import Survey_Scale_1 from "@salesforce/label/c.Accord_Survey_Scale_1";
import Survey_Scale_2 from "@salesforce/label/c.Accord_Survey_Scale_2";
import Survey_Scale_3 from "@salesforce/label/c.Accord_Survey_Scale_3";
import Survey_Scale_4 from "@salesforce/label/c.Accord_Survey_Scale_4";
import Survey_Scale_5 from "@salesforce/label/c.Accord_Survey_Scale_5";
import Survey_Submit from "@salesforce/label/c.Accord_Survey_Submit";
import Survey_Submitted from "@salesforce/label/c.Accord_Survey_Submitted";
import Survey_Title from "@salesforce/label/c.Accord_Survey_Title";
import Theme_BudgetAndCost from "@salesforce/label/c.Accord_Theme_BudgetAndCost";
import Theme_CarePathway from "@salesforce/label/c.Accord_Theme_CarePathway";
import Theme_ClinicalOutcomes from "@salesforce/label/c.Accord_Theme_ClinicalOutcomes";
import Theme_DigitalAndData from "@salesforce/label/c.Accord_Theme_DigitalAndData";
import Theme_Education from "@salesforce/label/c.Accord_Theme_Education";
import Theme_PatientAccess from "@salesforce/label/c.Accord_Theme_PatientAccess";
import Theme_ResearchAndEvidence from "@salesforce/label/c.Accord_Theme_ResearchAndEvidence";
import Theme_SupplyAndLogistics from "@salesforce/label/c.Accord_Theme_SupplyAndLogistics";
import Theme_WorkforceCapacity from "@salesforce/label/c.Accord_Theme_WorkforceCapacity";
import Workspace_ActionDone from "@salesforce/label/c.Accord_Workspace_ActionDone";
import Workspace_SharedDraftWarning from "@salesforce/label/c.Accord_Workspace_SharedDraftWarning";
import Workspace_ContentChangeWarning from "@salesforce/label/c.Accord_Workspace_ContentChangeWarning";
import Workspace_ContentLocked from "@salesforce/label/c.Accord_Workspace_ContentLocked";
import Workspace_Discard from "@salesforce/label/c.Accord_Workspace_Discard";
import Workspace_LoadError from "@salesforce/label/c.Accord_Workspace_LoadError";
import Workspace_Loading from "@salesforce/label/c.Accord_Workspace_Loading";
import Workspace_NoRecord from "@salesforce/label/c.Accord_Workspace_NoRecord";
import Workspace_ReadOnly from "@salesforce/label/c.Accord_Workspace_ReadOnly";
import Workspace_StaleTitle from "@salesforce/label/c.Accord_Workspace_StaleTitle";
import Workspace_ReapplyNotice from "@salesforce/label/c.Accord_Workspace_ReapplyNotice";
import Workspace_Reapply from "@salesforce/label/c.Accord_Workspace_Reapply";
import Workspace_Reload from "@salesforce/label/c.Accord_Workspace_Reload";
import Workspace_Retry from "@salesforce/label/c.Accord_Workspace_Retry";
import Workspace_SaveError from "@salesforce/label/c.Accord_Workspace_SaveError";
import Workspace_Saved from "@salesforce/label/c.Accord_Workspace_Saved";
import Workspace_Saving from "@salesforce/label/c.Accord_Workspace_Saving";
import Workspace_Section from "@salesforce/label/c.Accord_Workspace_Section";
import Workspace_TabDocument from "@salesforce/label/c.Accord_Workspace_TabDocument";
import Workspace_TabInitiatives from "@salesforce/label/c.Accord_Workspace_TabInitiatives";
import Workspace_TabListen from "@salesforce/label/c.Accord_Workspace_TabListen";
import Workspace_TabReview from "@salesforce/label/c.Accord_Workspace_TabReview";
import Workspace_TabStakeholders from "@salesforce/label/c.Accord_Workspace_TabStakeholders";
import Workspace_TabSign from "@salesforce/label/c.Accord_Workspace_TabSign";
import Workspace_Title from "@salesforce/label/c.Accord_Workspace_Title";
import Workspace_UnknownError from "@salesforce/label/c.Accord_Workspace_UnknownError";
import Workspace_Unsaved from "@salesforce/label/c.Accord_Workspace_Unsaved";
import Header_CustomerMode from "@salesforce/label/c.Accord_Header_CustomerMode";
import Header_CustomerModeOn from "@salesforce/label/c.Accord_Header_CustomerModeOn";
import Header_CustomerModeOff from "@salesforce/label/c.Accord_Header_CustomerModeOff";
import Header_CustomerModeHelp from "@salesforce/label/c.Accord_Header_CustomerModeHelp";
import Header_GettingStarted from "@salesforce/label/c.Accord_Header_GettingStarted";
import Header_StepGoals from "@salesforce/label/c.Accord_Header_StepGoals";
import Header_StepNeeds from "@salesforce/label/c.Accord_Header_StepNeeds";
import Header_StepDecide from "@salesforce/label/c.Accord_Header_StepDecide";
import Changes_SinceSigned from "@salesforce/label/c.Accord_Changes_SinceSigned";
import Changes_SinceSeen from "@salesforce/label/c.Accord_Changes_SinceSeen";
import Changes_None from "@salesforce/label/c.Accord_Changes_None";
import Changes_Added from "@salesforce/label/c.Accord_Changes_Added";
import Changes_Removed from "@salesforce/label/c.Accord_Changes_Removed";
import Changes_Changed from "@salesforce/label/c.Accord_Changes_Changed";
import Changes_Need from "@salesforce/label/c.Accord_Changes_Need";
import Changes_Initiative from "@salesforce/label/c.Accord_Changes_Initiative";
import Changes_Commitment from "@salesforce/label/c.Accord_Changes_Commitment";
import Changes_Plan from "@salesforce/label/c.Accord_Changes_Plan";
import Changes_PeriodStart from "@salesforce/label/c.Accord_Changes_PeriodStart";
import Changes_PeriodEnd from "@salesforce/label/c.Accord_Changes_PeriodEnd";
import Changes_Party from "@salesforce/label/c.Accord_Changes_Party";
import Changes_RemovedWords from "@salesforce/label/c.Accord_Changes_RemovedWords";
import Changes_AddedWords from "@salesforce/label/c.Accord_Changes_AddedWords";
import Changes_Loading from "@salesforce/label/c.Accord_Changes_Loading";
import Changes_LoadError from "@salesforce/label/c.Accord_Changes_LoadError";
import Changes_NotComparable from "@salesforce/label/c.Accord_Changes_NotComparable";
import Error_VERSION_PERMANENT from "@salesforce/label/c.Accord_Error_VERSION_PERMANENT";
import Doc_DateFormat from "@salesforce/label/c.Accord_Doc_DateFormat";
import Error_DocumentLanguage from "@salesforce/label/c.Accord_Error_DocumentLanguage";
import Error_DocumentLabelName from "@salesforce/label/c.Accord_Error_DocumentLabelName";
import Doc_LabelsUnavailable from "@salesforce/label/c.Accord_Doc_LabelsUnavailable";
import Error_INVALID_CONFIGURATION from "@salesforce/label/c.Accord_Error_INVALID_CONFIGURATION";
import Error_NOTHING_TO_DEPLOY from "@salesforce/label/c.Accord_Error_NOTHING_TO_DEPLOY";
import Error_ALREADY_SCHEDULED from "@salesforce/label/c.Accord_Error_ALREADY_SCHEDULED";
import Config_DeploySucceeded from "@salesforce/label/c.Accord_Config_DeploySucceeded";
import Config_DeployFailed from "@salesforce/label/c.Accord_Config_DeployFailed";
import Console_Title from "@salesforce/label/c.Accord_Console_Title";
import Console_Loading from "@salesforce/label/c.Accord_Console_Loading";
import Console_LoadFailed from "@salesforce/label/c.Accord_Console_LoadFailed";
import Console_Countries from "@salesforce/label/c.Accord_Console_Countries";
import Console_Archetypes from "@salesforce/label/c.Accord_Console_Archetypes";
import Console_RoleProfiles from "@salesforce/label/c.Accord_Console_RoleProfiles";
import Console_Dimensions from "@salesforce/label/c.Accord_Console_Dimensions";
import Console_Selection from "@salesforce/label/c.Accord_Console_Selection";
import Console_Country from "@salesforce/label/c.Accord_Console_Country";
import Console_Name from "@salesforce/label/c.Accord_Console_Name";
import Console_Archetype from "@salesforce/label/c.Accord_Console_Archetype";
import Console_Readiness from "@salesforce/label/c.Accord_Console_Readiness";
import Console_PullThrough from "@salesforce/label/c.Accord_Console_PullThrough";
import Console_Cadence from "@salesforce/label/c.Accord_Console_Cadence";
import Console_CadenceDefault from "@salesforce/label/c.Accord_Console_CadenceDefault";
import Console_AddCountry from "@salesforce/label/c.Accord_Console_AddCountry";
import Console_Actions from "@salesforce/label/c.Accord_Console_Actions";
import Console_Edit from "@salesforce/label/c.Accord_Console_Edit";
import Console_ShowInheritance from "@salesforce/label/c.Accord_Console_ShowInheritance";
import Console_Save from "@salesforce/label/c.Accord_Console_Save";
import Console_Cancel from "@salesforce/label/c.Accord_Console_Cancel";
import Console_NewCountryTitle from "@salesforce/label/c.Accord_Console_NewCountryTitle";
import Console_EditCountryTitle from "@salesforce/label/c.Accord_Console_EditCountryTitle";
import Console_InheritsTitle from "@salesforce/label/c.Accord_Console_InheritsTitle";
import Console_Language from "@salesforce/label/c.Accord_Console_Language";
import Console_Role from "@salesforce/label/c.Accord_Console_Role";
import Console_From from "@salesforce/label/c.Accord_Console_From";
import Console_Level_Country from "@salesforce/label/c.Accord_Console_Level_Country";
import Console_Level_Archetype from "@salesforce/label/c.Accord_Console_Level_Archetype";
import Console_Level_Global from "@salesforce/label/c.Accord_Console_Level_Global";
import Console_Level_Default from "@salesforce/label/c.Accord_Console_Level_Default";
import Console_LanguageFallback from "@salesforce/label/c.Accord_Console_LanguageFallback";
import Console_RequiredRoles from "@salesforce/label/c.Accord_Console_RequiredRoles";
import Console_NoProfile from "@salesforce/label/c.Accord_Console_NoProfile";
import Console_Weights from "@salesforce/label/c.Accord_Console_Weights";
import Console_Criterion from "@salesforce/label/c.Accord_Console_Criterion";
import Console_Weight from "@salesforce/label/c.Accord_Console_Weight";
import Console_WeightTotal from "@salesforce/label/c.Accord_Console_WeightTotal";
import Console_TierA from "@salesforce/label/c.Accord_Console_TierA";
import Console_TierB from "@salesforce/label/c.Accord_Console_TierB";
import Console_Overrides from "@salesforce/label/c.Accord_Console_Overrides";
import Console_NoOverrides from "@salesforce/label/c.Accord_Console_NoOverrides";
import Console_Scope from "@salesforce/label/c.Accord_Console_Scope";
import Console_Audience from "@salesforce/label/c.Accord_Console_Audience";
import Console_Sequence from "@salesforce/label/c.Accord_Console_Sequence";
import Console_Gaps from "@salesforce/label/c.Accord_Console_Gaps";
import Console_NoGaps from "@salesforce/label/c.Accord_Console_NoGaps";
import Console_IssuesTitle from "@salesforce/label/c.Accord_Console_IssuesTitle";
import Console_AtLine from "@salesforce/label/c.Accord_Console_AtLine";
import Console_Deploying from "@salesforce/label/c.Accord_Console_Deploying";
import Console_Deployed from "@salesforce/label/c.Accord_Console_Deployed";
import Console_DeployFailed from "@salesforce/label/c.Accord_Console_DeployFailed";
import Console_Export from "@salesforce/label/c.Accord_Console_Export";
import Console_Import from "@salesforce/label/c.Accord_Console_Import";
import Console_ImportHelp from "@salesforce/label/c.Accord_Console_ImportHelp";
import Console_ImportNoChanges from "@salesforce/label/c.Accord_Console_ImportNoChanges";
import Console_NotInFiles from "@salesforce/label/c.Accord_Console_NotInFiles";
import Console_Recompute from "@salesforce/label/c.Accord_Console_Recompute";
import Console_RecomputeNow from "@salesforce/label/c.Accord_Console_RecomputeNow";
import Console_ScheduleNightly from "@salesforce/label/c.Accord_Console_ScheduleNightly";
import Console_RecomputeRunning from "@salesforce/label/c.Accord_Console_RecomputeRunning";
import Console_RecomputeLast from "@salesforce/label/c.Accord_Console_RecomputeLast";
import Console_RecomputeNever from "@salesforce/label/c.Accord_Console_RecomputeNever";
import Console_NightlyOn from "@salesforce/label/c.Accord_Console_NightlyOn";
import Console_NightlyOff from "@salesforce/label/c.Accord_Console_NightlyOff";
import Console_Global from "@salesforce/label/c.Accord_Console_Global";
import Console_CriteriaHelp from "@salesforce/label/c.Accord_Console_CriteriaHelp";
import ConfigIssue_UNKNOWN_TYPE from "@salesforce/label/c.Accord_ConfigIssue_UNKNOWN_TYPE";
import ConfigIssue_INVALID_NAME from "@salesforce/label/c.Accord_ConfigIssue_INVALID_NAME";
import ConfigIssue_DUPLICATE_RECORD from "@salesforce/label/c.Accord_ConfigIssue_DUPLICATE_RECORD";
import ConfigIssue_DUPLICATE_FILE from "@salesforce/label/c.Accord_ConfigIssue_DUPLICATE_FILE";
import ConfigIssue_REQUIRED from "@salesforce/label/c.Accord_ConfigIssue_REQUIRED";
import ConfigIssue_TOO_LONG from "@salesforce/label/c.Accord_ConfigIssue_TOO_LONG";
import ConfigIssue_UNKNOWN_FIELD from "@salesforce/label/c.Accord_ConfigIssue_UNKNOWN_FIELD";
import ConfigIssue_INVALID_NUMBER from "@salesforce/label/c.Accord_ConfigIssue_INVALID_NUMBER";
import ConfigIssue_INVALID_CHOICE from "@salesforce/label/c.Accord_ConfigIssue_INVALID_CHOICE";
import ConfigIssue_UNKNOWN_REFERENCE from "@salesforce/label/c.Accord_ConfigIssue_UNKNOWN_REFERENCE";
import ConfigIssue_INVALID_COUNTRY_CODE from "@salesforce/label/c.Accord_ConfigIssue_INVALID_COUNTRY_CODE";
import ConfigIssue_DUPLICATE_COUNTRY from "@salesforce/label/c.Accord_ConfigIssue_DUPLICATE_COUNTRY";
import ConfigIssue_DUPLICATE_PROFILE from "@salesforce/label/c.Accord_ConfigIssue_DUPLICATE_PROFILE";
import ConfigIssue_DUPLICATE_LINK from "@salesforce/label/c.Accord_ConfigIssue_DUPLICATE_LINK";
import ConfigIssue_PROFILE_TWO_SCOPES from "@salesforce/label/c.Accord_ConfigIssue_PROFILE_TWO_SCOPES";
import ConfigIssue_TIER_ORDER from "@salesforce/label/c.Accord_ConfigIssue_TIER_ORDER";
import ConfigIssue_MISSING_SETTINGS from "@salesforce/label/c.Accord_ConfigIssue_MISSING_SETTINGS";
import ConfigIssue_CRITERION_WEIGHTS_NOT_100 from "@salesforce/label/c.Accord_ConfigIssue_CRITERION_WEIGHTS_NOT_100";
import ConfigIssue_INVALID_CSV from "@salesforce/label/c.Accord_ConfigIssue_INVALID_CSV";
import ConfigIssue_INVALID_HEADER from "@salesforce/label/c.Accord_ConfigIssue_INVALID_HEADER";
import ConfigGap_COUNTRY_UNKNOWN_ARCHETYPE from "@salesforce/label/c.Accord_ConfigGap_COUNTRY_UNKNOWN_ARCHETYPE";
import ConfigGap_REQUIRED_ROLE_WITHOUT_PROFILE from "@salesforce/label/c.Accord_ConfigGap_REQUIRED_ROLE_WITHOUT_PROFILE";
import ConfigGap_ROLE_PROFILE_UNKNOWN_SCOPE from "@salesforce/label/c.Accord_ConfigGap_ROLE_PROFILE_UNKNOWN_SCOPE";
import ConfigGap_ROLE_PROFILE_WITHOUT_ENGLISH from "@salesforce/label/c.Accord_ConfigGap_ROLE_PROFILE_WITHOUT_ENGLISH";
import ConfigGap_CRITERION_WITHOUT_WEIGHT from "@salesforce/label/c.Accord_ConfigGap_CRITERION_WITHOUT_WEIGHT";
import ConfigGap_OVERRIDE_UNKNOWN_CRITERION from "@salesforce/label/c.Accord_ConfigGap_OVERRIDE_UNKNOWN_CRITERION";
import ConfigGap_CRITERION_WEIGHTS_NOT_100 from "@salesforce/label/c.Accord_ConfigGap_CRITERION_WEIGHTS_NOT_100";
import ConfigGap_NO_DIMENSION_WEIGHT from "@salesforce/label/c.Accord_ConfigGap_NO_DIMENSION_WEIGHT";
import Success_Achieved from "@salesforce/label/c.Accord_Success_Achieved";
import Success_Partly from "@salesforce/label/c.Accord_Success_Partly";
import Success_NotAchieved from "@salesforce/label/c.Accord_Success_NotAchieved";
import Review_SuccessTitle from "@salesforce/label/c.Accord_Review_SuccessTitle";
import Review_SuccessOutcome from "@salesforce/label/c.Accord_Review_SuccessOutcome";
import Review_SuccessResult from "@salesforce/label/c.Accord_Review_SuccessResult";
import Review_CustomerComment from "@salesforce/label/c.Accord_Review_CustomerComment";
import Review_SuccessRateTitle from "@salesforce/label/c.Accord_Review_SuccessRateTitle";
import Review_SuccessRateLine from "@salesforce/label/c.Accord_Review_SuccessRateLine";
import Review_NoInitiatives from "@salesforce/label/c.Accord_Review_NoInitiatives";
import Doc_Outcomes from "@salesforce/label/c.Accord_Doc_Outcomes";
import Doc_CustomerFeedback from "@salesforce/label/c.Accord_Doc_CustomerFeedback";
import Doc_DeliveryLine from "@salesforce/label/c.Accord_Doc_DeliveryLine";
import Doc_SuccessLine from "@salesforce/label/c.Accord_Doc_SuccessLine";
import Readiness_Established from "@salesforce/label/c.Accord_Readiness_Established";
import Readiness_Developing from "@salesforce/label/c.Accord_Readiness_Developing";
import Readiness_Not_ready from "@salesforce/label/c.Accord_Readiness_Not_ready";
import Audience_Customer from "@salesforce/label/c.Accord_Audience_Customer";
import Audience_Internal from "@salesforce/label/c.Accord_Audience_Internal";
import Audience_Both from "@salesforce/label/c.Accord_Audience_Both";
import Console_Deploy from "@salesforce/label/c.Accord_Console_Deploy";
import Console_NoAccess from "@salesforce/label/c.Accord_Console_NoAccess";
import Common_CharCount from "@salesforce/label/c.Accord_Common_CharCount";
import Common_TooLong from "@salesforce/label/c.Accord_Common_TooLong";
import Need_RationaleRequired from "@salesforce/label/c.Accord_Need_RationaleRequired";
import Initiative_LinkNeeds from "@salesforce/label/c.Accord_Initiative_LinkNeeds";
import Error_REVIEW_TOO_EARLY from "@salesforce/label/c.Accord_Error_REVIEW_TOO_EARLY";
import Review_Dates from "@salesforce/label/c.Accord_Review_Dates";
import Review_NextCheckIn from "@salesforce/label/c.Accord_Review_NextCheckIn";
import Review_NoCheckInDue from "@salesforce/label/c.Accord_Review_NoCheckInDue";
import Review_ReviewDate from "@salesforce/label/c.Accord_Review_ReviewDate";
import Review_EarliestStart from "@salesforce/label/c.Accord_Review_EarliestStart";
import Review_Overdue from "@salesforce/label/c.Accord_Review_Overdue";
import Guidance_Title from "@salesforce/label/c.Accord_Guidance_Title";
import Guidance_PullThrough from "@salesforce/label/c.Accord_Guidance_PullThrough";
import Guidance_Light from "@salesforce/label/c.Accord_Guidance_Light";
import Doc_SuccessOutcome from "@salesforce/label/c.Accord_Doc_SuccessOutcome";
import Doc_SuccessResult from "@salesforce/label/c.Accord_Doc_SuccessResult";
import Doc_CustomerComment from "@salesforce/label/c.Accord_Doc_CustomerComment";
import Error_INVALID_SELECTION from "@salesforce/label/c.Accord_Error_INVALID_SELECTION";
import CarryOver_Title from "@salesforce/label/c.Accord_CarryOver_Title";
import CarryOver_Intro from "@salesforce/label/c.Accord_CarryOver_Intro";
import CarryOver_Deferred from "@salesforce/label/c.Accord_CarryOver_Deferred";
import CarryOver_Initiatives from "@salesforce/label/c.Accord_CarryOver_Initiatives";
import CarryOver_LastOutcome from "@salesforce/label/c.Accord_CarryOver_LastOutcome";
import CarryOver_Create from "@salesforce/label/c.Accord_CarryOver_Create";
import CarryOver_Empty from "@salesforce/label/c.Accord_CarryOver_Empty";
import Selection_Title from "@salesforce/label/c.Accord_Selection_Title";
import Selection_Loading from "@salesforce/label/c.Accord_Selection_Loading";
import Selection_Score from "@salesforce/label/c.Accord_Selection_Score";
import Selection_Tier from "@salesforce/label/c.Accord_Selection_Tier";
import Selection_NotScored from "@salesforce/label/c.Accord_Selection_NotScored";
import Selection_Weight from "@salesforce/label/c.Accord_Selection_Weight";
import Selection_Part from "@salesforce/label/c.Accord_Selection_Part";
import Selection_Rating from "@salesforce/label/c.Accord_Selection_Rating";
import Selection_Rationale from "@salesforce/label/c.Accord_Selection_Rationale";
import Selection_Save from "@salesforce/label/c.Accord_Selection_Save";
import Selection_Saved from "@salesforce/label/c.Accord_Selection_Saved";
import Selection_ReadOnly from "@salesforce/label/c.Accord_Selection_ReadOnly";
import Selection_Unrated from "@salesforce/label/c.Accord_Selection_Unrated";
import Selection_Coverage from "@salesforce/label/c.Accord_Selection_Coverage";
import Error_INVALID_PAGE_SIZE from "@salesforce/label/c.Accord_Error_INVALID_PAGE_SIZE";
import Radar_Title from "@salesforce/label/c.Accord_Radar_Title";
import Radar_Loading from "@salesforce/label/c.Accord_Radar_Loading";
import Radar_All from "@salesforce/label/c.Accord_Radar_All";
import Radar_Theme from "@salesforce/label/c.Accord_Radar_Theme";
import Radar_Country from "@salesforce/label/c.Accord_Radar_Country";
import Radar_Decision from "@salesforce/label/c.Accord_Radar_Decision";
import Radar_PeriodFrom from "@salesforce/label/c.Accord_Radar_PeriodFrom";
import Radar_Summary from "@salesforce/label/c.Accord_Radar_Summary";
import Radar_Heard from "@salesforce/label/c.Accord_Radar_Heard";
import Radar_Needs from "@salesforce/label/c.Accord_Radar_Needs";
import Radar_Accounts from "@salesforce/label/c.Accord_Radar_Accounts";
import Radar_Countries from "@salesforce/label/c.Accord_Radar_Countries";
import Radar_Mix from "@salesforce/label/c.Accord_Radar_Mix";
import Radar_MixText from "@salesforce/label/c.Accord_Radar_MixText";
import Radar_Show from "@salesforce/label/c.Accord_Radar_Show";
import Radar_Hide from "@salesforce/label/c.Accord_Radar_Hide";
import Radar_Export from "@salesforce/label/c.Accord_Radar_Export";
import Radar_Empty from "@salesforce/label/c.Accord_Radar_Empty";
import Portfolio_Title from "@salesforce/label/c.Accord_Portfolio_Title";
import Portfolio_Intro from "@salesforce/label/c.Accord_Portfolio_Intro";
import Portfolio_Loading from "@salesforce/label/c.Accord_Portfolio_Loading";
import Portfolio_LoadError from "@salesforce/label/c.Accord_Portfolio_LoadError";
import Portfolio_Retry from "@salesforce/label/c.Accord_Portfolio_Retry";
import Portfolio_Empty from "@salesforce/label/c.Accord_Portfolio_Empty";
import Portfolio_FilteredNone from "@salesforce/label/c.Accord_Portfolio_FilteredNone";
import Portfolio_ClearFilters from "@salesforce/label/c.Accord_Portfolio_ClearFilters";
import Portfolio_Truncated from "@salesforce/label/c.Accord_Portfolio_Truncated";
import Portfolio_Filters from "@salesforce/label/c.Accord_Portfolio_Filters";
import Portfolio_Country from "@salesforce/label/c.Accord_Portfolio_Country";
import Portfolio_Archetype from "@salesforce/label/c.Accord_Portfolio_Archetype";
import Portfolio_Tier from "@salesforce/label/c.Accord_Portfolio_Tier";
import Portfolio_KeyStatus from "@salesforce/label/c.Accord_Portfolio_KeyStatus";
import Portfolio_All from "@salesforce/label/c.Accord_Portfolio_All";
import Portfolio_KeyOnly from "@salesforce/label/c.Accord_Portfolio_KeyOnly";
import Portfolio_NotKeyOnly from "@salesforce/label/c.Accord_Portfolio_NotKeyOnly";
import Portfolio_NoValue from "@salesforce/label/c.Accord_Portfolio_NoValue";
import Portfolio_Accounts from "@salesforce/label/c.Accord_Portfolio_Accounts";
import Portfolio_Account from "@salesforce/label/c.Accord_Portfolio_Account";
import Portfolio_Priority from "@salesforce/label/c.Accord_Portfolio_Priority";
import Portfolio_Collaboration from "@salesforce/label/c.Accord_Portfolio_Collaboration";
import Portfolio_Plan from "@salesforce/label/c.Accord_Portfolio_Plan";
import Portfolio_Period from "@salesforce/label/c.Accord_Portfolio_Period";
import Portfolio_PeriodValue from "@salesforce/label/c.Accord_Portfolio_PeriodValue";
import Portfolio_NoPlan from "@salesforce/label/c.Accord_Portfolio_NoPlan";
import Portfolio_Quadrant from "@salesforce/label/c.Accord_Portfolio_Quadrant";
import Portfolio_NotPlaced from "@salesforce/label/c.Accord_Portfolio_NotPlaced";
import Portfolio_KeyAccount from "@salesforce/label/c.Accord_Portfolio_KeyAccount";
import Portfolio_Yes from "@salesforce/label/c.Accord_Portfolio_Yes";
import Portfolio_No from "@salesforce/label/c.Accord_Portfolio_No";
import Portfolio_Actions from "@salesforce/label/c.Accord_Portfolio_Actions";
import Portfolio_History from "@salesforce/label/c.Accord_Portfolio_History";
import Portfolio_HistoryOf from "@salesforce/label/c.Accord_Portfolio_HistoryOf";
import Portfolio_NominateOf from "@salesforce/label/c.Accord_Portfolio_NominateOf";
import Portfolio_RetireOf from "@salesforce/label/c.Accord_Portfolio_RetireOf";
import Portfolio_MatrixTitle from "@salesforce/label/c.Accord_Portfolio_MatrixTitle";
import Portfolio_MatrixHelp from "@salesforce/label/c.Accord_Portfolio_MatrixHelp";
import Portfolio_AxisPriority from "@salesforce/label/c.Accord_Portfolio_AxisPriority";
import Portfolio_AxisCollaboration from "@salesforce/label/c.Accord_Portfolio_AxisCollaboration";
import Portfolio_Quadrant_Invest from "@salesforce/label/c.Accord_Portfolio_Quadrant_Invest";
import Portfolio_Quadrant_Develop from "@salesforce/label/c.Accord_Portfolio_Quadrant_Develop";
import Portfolio_Quadrant_Maintain from "@salesforce/label/c.Accord_Portfolio_Quadrant_Maintain";
import Portfolio_Quadrant_Reconsider from "@salesforce/label/c.Accord_Portfolio_Quadrant_Reconsider";
import Portfolio_Point from "@salesforce/label/c.Accord_Portfolio_Point";
import Portfolio_Unplaced from "@salesforce/label/c.Accord_Portfolio_Unplaced";
import Portfolio_HistoryTitle from "@salesforce/label/c.Accord_Portfolio_HistoryTitle";
import Portfolio_HistoryEmpty from "@salesforce/label/c.Accord_Portfolio_HistoryEmpty";
import Portfolio_Decision from "@salesforce/label/c.Accord_Portfolio_Decision";
import Portfolio_EffectiveDate from "@salesforce/label/c.Accord_Portfolio_EffectiveDate";
import Portfolio_Reason from "@salesforce/label/c.Accord_Portfolio_Reason";
import Portfolio_ReasonHelp from "@salesforce/label/c.Accord_Portfolio_ReasonHelp";
import Portfolio_EffectiveDateHelp from "@salesforce/label/c.Accord_Portfolio_EffectiveDateHelp";
import Portfolio_RecordedBy from "@salesforce/label/c.Accord_Portfolio_RecordedBy";
import Portfolio_RecordedOn from "@salesforce/label/c.Accord_Portfolio_RecordedOn";
import Portfolio_NominateTitle from "@salesforce/label/c.Accord_Portfolio_NominateTitle";
import Portfolio_RetireTitle from "@salesforce/label/c.Accord_Portfolio_RetireTitle";
import Portfolio_SavedNominate from "@salesforce/label/c.Accord_Portfolio_SavedNominate";
import Portfolio_SavedRetire from "@salesforce/label/c.Accord_Portfolio_SavedRetire";
import Portfolio_Saving from "@salesforce/label/c.Accord_Portfolio_Saving";
import Portfolio_ReadOnly from "@salesforce/label/c.Accord_Portfolio_ReadOnly";
import Portfolio_Close from "@salesforce/label/c.Accord_Portfolio_Close";
import NominationAction_Nominate from "@salesforce/label/c.Accord_NominationAction_Nominate";
import NominationAction_Retire from "@salesforce/label/c.Accord_NominationAction_Retire";
import Error_NOMINATION_INVALID_ACTION from "@salesforce/label/c.Accord_Error_NOMINATION_INVALID_ACTION";
import Error_NOMINATION_REASON_REQUIRED from "@salesforce/label/c.Accord_Error_NOMINATION_REASON_REQUIRED";
import Error_NOMINATION_REASON_TOO_LONG from "@salesforce/label/c.Accord_Error_NOMINATION_REASON_TOO_LONG";
import Error_NOMINATION_DATE_INVALID from "@salesforce/label/c.Accord_Error_NOMINATION_DATE_INVALID";
import Error_NOMINATION_DATE_IN_FUTURE from "@salesforce/label/c.Accord_Error_NOMINATION_DATE_IN_FUTURE";
import Error_NOMINATION_DATE_BEFORE_LAST from "@salesforce/label/c.Accord_Error_NOMINATION_DATE_BEFORE_LAST";
import Error_ALREADY_KEY_ACCOUNT from "@salesforce/label/c.Accord_Error_ALREADY_KEY_ACCOUNT";
import Error_NOT_A_KEY_ACCOUNT from "@salesforce/label/c.Accord_Error_NOT_A_KEY_ACCOUNT";
import Error_NOMINATION_ACCOUNT_NOT_FOUND from "@salesforce/label/c.Accord_Error_NOMINATION_ACCOUNT_NOT_FOUND";
import Error_NOMINATION_NO_ACCESS from "@salesforce/label/c.Accord_Error_NOMINATION_NO_ACCESS";
import Error_NOMINATION_IMMUTABLE from "@salesforce/label/c.Accord_Error_NOMINATION_IMMUTABLE";

export const LABELS = Object.freeze({
  AccountSummary_Collaboration,
  AccountSummary_Country,
  AccountSummary_Empty,
  AccountSummary_ErrorTitle,
  AccountSummary_Loading,
  AccountSummary_Name,
  AccountSummary_NotScored,
  AccountSummary_Priority,
  AccountSummary_Retry,
  AccountSummary_Tier,
  AccountSummary_Title,
  AccountSummary_UnknownError,
  CollabCard_BenchmarkLine_one,
  CollabCard_BenchmarkLine_other,
  CollabCard_Benchmark_all,
  CollabCard_Benchmark_archetype,
  CollabCard_Benchmark_country,
  CollabCard_Benchmarks,
  CollabCard_Customer,
  CollabCard_DimensionTip,
  CollabCard_Dimensions,
  CollabCard_Empty,
  CollabCard_Error,
  CollabCard_FunctionTip,
  CollabCard_Functions,
  CollabCard_Gap,
  CollabCard_GapOf,
  CollabCard_Internal,
  CollabCard_Loading,
  CollabCard_NoRoadblocks,
  CollabCard_NotScored,
  CollabCard_Period,
  CollabCard_Provisional,
  CollabCard_ProvisionalHelp,
  CollabCard_Roadblock_Gap,
  CollabCard_Roadblock_LaggingFunction,
  CollabCard_Roadblock_LowCustomerScore,
  CollabCard_Roadblocks,
  CollabCard_SideTip,
  CollabCard_Title,
  CollabCard_Trend,
  CollabCard_TrendRow,
  CommitmentStatus_Cancelled,
  CommitmentStatus_Done,
  CommitmentStatus_InProgress,
  CommitmentStatus_Open,
  Commitment_Add,
  Commitment_Company,
  Commitment_Customer,
  Commitment_Description,
  Commitment_DueDate,
  Commitment_None,
  Commitment_NotSaved,
  Commitment_Outcome,
  Commitment_Owner,
  Commitment_OwnerName,
  Commitment_RemoveConfirm,
  Commitment_ItemNamed,
  Commitment_Status,
  Common_Cancel,
  Common_Edit,
  Common_Nobody,
  Common_None,
  Common_NotSet,
  Common_Remove,
  Common_ItemAction,
  Common_Required,
  Common_Save,
  Coverage_Actions,
  Coverage_Complete,
  Coverage_Covered,
  Coverage_KeyPersonRisk,
  Coverage_KeyPersonRisk_Action,
  Coverage_KeyPersonWithoutOwner,
  Coverage_Missing,
  Coverage_MissingRequiredRole,
  Coverage_NeverEngaged,
  Coverage_No,
  Coverage_NoRequiredRoles,
  Coverage_NoSignatory,
  Coverage_NoStakeholders,
  Coverage_NotEngaged,
  Coverage_Roles,
  Coverage_Score,
  Coverage_Strength,
  Coverage_Title,
  Coverage_WeakKeyRelationship,
  Coverage_Yes,
  Create_Creating,
  Create_Intro,
  Create_Language,
  Create_PeriodHint,
  Create_PeriodRequired,
  Create_PeriodStart,
  Create_Submit,
  Create_Title,
  DecisionRole_Champion,
  DecisionRole_Decisionmaker,
  DecisionRole_Gatekeeper,
  DecisionRole_Influencer,
  DecisionRole_User,
  Decision_Commit,
  Decision_Decline,
  Decision_Defer,
  Decision_Pending,
  DimensionHelp_Internal_Alignment,
  DimensionHelp_Responsiveness,
  DimensionHelp_Scientific_Exchange,
  DimensionHelp_Shared_Goals,
  DimensionHelp_Trust_Transparency,
  DimensionHelp_Value_Beyond_Product,
  Dimension_Internal_Alignment,
  Dimension_Responsiveness,
  Dimension_Scientific_Exchange,
  Dimension_Shared_Goals,
  Dimension_Trust_Transparency,
  Dimension_Value_Beyond_Product,
  Doc_Group_Commit,
  Doc_Group_Decline,
  Doc_Group_Defer,
  Doc_Empty,
  Doc_FingerprintMismatch,
  Doc_FingerprintText,
  Doc_FingerprintTitle,
  Doc_FingerprintVerified,
  Doc_Goals,
  Doc_Initiatives,
  Doc_Intro,
  Doc_NeedsHeard,
  Doc_NoSignatures,
  Doc_DrawnSignature,
  Doc_IncludeChanges,
  Doc_Partnership,
  Doc_PartnershipAnswer,
  Doc_PartnershipIntro,
  Doc_PartnershipResponse,
  Doc_PartnershipUnavailable,
  Doc_Print,
  Doc_RaisedBy,
  Doc_SaveFile,
  Doc_SavingFile,
  Doc_FileSaved,
  Doc_OpenFile,
  Doc_FileError,
  Doc_Signatures,
  Doc_Title,
  Doc_Group_Pending,
  Doc_VersionLine,
  Error_ACTION_NOT_ALLOWED_IN_STATUS,
  Error_DUPLICATE_ASSESSMENT,
  Error_DUPLICATE_CONTACT,
  Error_InvalidDate,
  Error_MANAGER_AT_OTHER_ACCOUNT,
  Error_NO_EDIT_PERMISSION,
  Error_REPORTING_CYCLE,
  Error_STAKEHOLDER_CONTACT_REQUIRED,
  Error_STAKEHOLDER_INVALID_VALUE,
  Error_STAKEHOLDER_NOT_FOUND,
  Error_STAKEHOLDER_OUT_OF_RANGE,
  Error_STALE_VERSION,
  Error_STALE_REVISION,
  Error_PLAN_CLOSED,
  Error_CONTENT_LOCKED,
  Error_NO_SIGN_PERMISSION,
  Error_STALE_CONTENT_HASH,
  Error_ALREADY_SIGNED,
  Error_SIGNER_NOT_SIGNATORY,
  Error_SIGNER_NAME_MISSING,
  Error_NOT_PLAN_MANAGER,
  Error_REOPEN_REASON_REQUIRED,
  Error_SurveyAssessmentNotFound,
  Error_SurveyFunctionOnlyInternal,
  Error_SurveyFunctionRequired,
  Error_SurveyInvalidPeriod,
  Error_SurveyNoRatings,
  Error_SurveyRespondentNotContact,
  Error_SurveyRespondentRequired,
  Error_SurveyUnknownDimension,
  Error_UNKNOWN_COMMITMENT,
  Error_WholeNumberOutOfRange,
  Error_DuplicateKey,
  Error_UnknownActionType,
  Error_AccountHasSignedPlans,
  Error_AccountNotFound,
  Error_StakeholdersAccountNotFound,
  Error_CompanySignerNotUser,
  Error_ConfigDuplicateCode,
  Error_ConfigFieldMissing,
  Error_ConfigInvalidValue,
  Error_ConfigOutOfRange,
  Error_NoAccess,
  Error_CommitmentMoved,
  Error_DuplicateCriterionRating,
  Error_DuplicateDimensionRating,
  Error_DuplicateStakeholder,
  Error_FieldRequired,
  Error_NotTrueFalse,
  Error_NumberOutOfRange,
  Error_InvalidJson,
  Error_InvalidRespondentType,
  Error_ListMissing,
  Error_MissingPermission,
  Error_MissingScoringSettings,
  Error_NewPlanNotDraft,
  Error_NextPlanNeedsClosed,
  Error_PeriodStartRequired,
  Error_PlanHasSignatures,
  Error_PlanIdRequired,
  Error_PlanNotFound,
  Error_RatingNotNumber,
  Error_RatingOutOfRange,
  Error_RecomputeRunning,
  Error_SignOnlyInReview,
  Error_SignatureFilePermanent,
  Error_KeyImmutable,
  Error_SequenceRequired,
  Error_DrawingRequired,
  Error_ConfirmationRequired,
  Error_SignatoryNotPlanManager,
  Error_EvidenceFileVersion,
  Error_SignatureImmutable,
  Error_SignaturePermanent,
  Error_StaleSignatureVersion,
  Error_SystemFieldReadOnly,
  Error_TierThresholdOrder,
  Error_DuplicateAssessmentRating,
  Error_RatingUnknownCriterion,
  Error_RatingUnknownDimension,
  Error_Unexpected,
  Function_HEOR,
  Function_MarketAccess,
  Function_Marketing,
  Function_Medical,
  Function_Other,
  Function_Sales,
  Function_Supply,
  Log_ScoresNotQueued,
  Error_UnknownCriterion,
  Error_UnknownDimension,
  Goals_EditHint,
  Goals_Empty,
  Goals_Label,
  Goals_Title,
  Header_AgreedOn,
  Header_CreateNext,
  Header_CreatingNext,
  Header_Fingerprint,
  Header_FingerprintHelp,
  Header_Fix,
  Header_Health,
  Header_HealthAllDone,
  Header_HealthChecklist,
  Header_HealthScore,
  Header_HealthUnavailable,
  Header_NoFingerprint,
  Header_Open,
  Header_OtherPlans,
  Header_OtherPlan,
  Header_Passed,
  Header_Period,
  Header_PeriodValue,
  Header_ReopenReason,
  Header_SharedOn,
  Header_Status,
  Header_Version,
  Health_COMMITMENTS_OWNED,
  Health_CUSTOMER_GOALS,
  Health_INITIATIVES_BOTH_PARTIES,
  Health_INITIATIVES_DEFINED,
  Health_INITIATIVE_COUNT,
  Health_More,
  Health_NEEDS_DECIDED,
  Health_NEEDS_LINKED,
  Health_NEEDS_RAISED_BY,
  Health_NEEDS_RATIONALE,
  Health_Points,
  InitiativeStatus_AtRisk,
  InitiativeStatus_Done,
  InitiativeStatus_NotStarted,
  InitiativeStatus_OnTrack,
  Initiative_Add,
  Initiative_Empty,
  Initiative_ListTitle,
  Initiative_Needs,
  Initiative_New,
  Initiative_NoNeeds,
  Initiative_NotSaved,
  Initiative_RemoveConfirm,
  Initiative_ItemNamed,
  Initiative_Status,
  Initiative_SuccessMeasure,
  Initiative_TargetDate,
  Initiative_Title,
  Issue_COMMITMENTS_MISSING,
  Issue_COMMITMENT_DUE_DATE_MISSING,
  Issue_COMMITMENT_OWNER_MISSING,
  Issue_GOALS_MISSING,
  Issue_INITIATIVES_MISSING,
  Issue_INITIATIVES_TOO_MANY,
  Issue_INITIATIVE_COMPANY_COMMITMENT_MISSING,
  Issue_INITIATIVE_CUSTOMER_COMMITMENT_MISSING,
  Issue_INITIATIVE_MEASURE_MISSING,
  Issue_INITIATIVE_TARGET_DATE_MISSING,
  Issue_INITIATIVE_TARGET_DATE_OUTSIDE_PERIOD,
  Issue_NEEDS_MISSING,
  Issue_NEED_NOT_LINKED,
  Issue_NEED_RAISED_BY_MISSING,
  Issue_NEED_RATIONALE_MISSING,
  Issue_NEED_UNDECIDED,
  Issue_NO_SIGNATORY,
  Issue_OUTCOME_MISSING,
  Issue_Other,
  Language_de,
  Language_en,
  Language_es,
  Language_fr,
  Language_it,
  Language_ja,
  Language_ko,
  Language_zh_CN,
  Method_Email,
  Method_InMeeting,
  Method_Portal,
  Need_Add,
  Need_Added,
  Need_ChangeDecision,
  Need_Decide,
  Need_Decision,
  Need_EditVerbatim,
  Need_EditingVerbatim,
  Need_Empty,
  Need_EntryTitle,
  Need_Filter,
  Need_FilterAll,
  Need_FilterUndecided,
  Need_Initiative,
  Need_Item,
  Need_ItemNamed,
  Need_ListTitle,
  Need_NoInitiatives,
  Need_NotLinked,
  Need_NotSaved,
  Need_Priority,
  Need_PriorityValue,
  Need_RaisedBy,
  Need_Rationale,
  Need_RemoveConfirm,
  Need_SaveDecision,
  Need_ShowMore,
  Need_VerbatimMore,
  Need_VerbatimLess,
  Need_Theme,
  Need_Verbatim,
  Need_VerbatimHint,
  Outcome_Kept,
  Outcome_NotKept,
  Outcome_Partly,
  Pad_Clear,
  Pad_Help,
  Pad_Label,
  Party_Company,
  Party_Customer,
  Recompute_Summary,
  Reminder_Description,
  Reminder_Subject,
  ReviewType_AnnualReview,
  ReviewType_CheckIn,
  Review_Close,
  Review_CloseBlocked,
  Review_Closed,
  Review_CustomerFeedback,
  Review_DeliveryParty,
  Review_DeliveryTitle,
  Review_FeedbackRequired,
  Review_NoCommitments,
  Review_NoCommitmentsYet,
  Review_NotYet,
  Review_Outcomes,
  Review_Previous,
  Review_RatesUnavailable,
  Review_Start,
  Review_StartHint,
  Review_Title,
  Review_WhatDidNot,
  Review_WhatWeWillChange,
  Review_WhatWeWillChangeHelp,
  Review_WhatWorked,
  RoleProfile_Approach,
  RoleProfile_Avoid,
  RoleProfile_Close,
  RoleProfile_Evidence,
  RoleProfile_Fallback,
  RoleProfile_LevelArchetype,
  RoleProfile_LevelCountry,
  RoleProfile_LevelGlobal,
  RoleProfile_None,
  RoleProfile_Priorities,
  RoleProfile_Select,
  RoleProfile_Source,
  RoleProfile_Title,
  Sign_Agreed,
  Sign_Blockers,
  Sign_CompanyTitle,
  Sign_CustomerTitle,
  Sign_DrawnRequired,
  Sign_Evidence,
  Sign_EvidenceHelpEmail,
  Sign_EvidenceHelpPortal,
  Sign_EvidenceRequired,
  Sign_Fingerprint,
  Sign_HistoryTitle,
  Sign_Method,
  Sign_NoSignatory,
  Sign_NotShared,
  Sign_NotSigned,
  Sign_PullBack,
  Sign_ReadinessTitle,
  Sign_Ready,
  Sign_RecordCompany,
  Sign_RecordCustomer,
  Sign_Reopen,
  Sign_ReopenReason,
  Sign_ReopenRequired,
  Sign_ReopenTitle,
  Sign_RulesUnavailable,
  Sign_Share,
  Sign_Signatory,
  Sign_SignatoryRequired,
  Sign_SignaturesTitle,
  Sign_SignedAt,
  Sign_SignedBy,
  Sign_Signing,
  Sign_Stale,
  Sign_Submit,
  Sign_Superseded,
  Sign_VersionNote,
  StakeholderMap_Add,
  StakeholderMap_All,
  StakeholderMap_AnyIssue,
  StakeholderMap_Cancel,
  StakeholderMap_ChartHelp,
  StakeholderMap_DragHelp,
  StakeholderMap_ChartView,
  StakeholderMap_ClearFilters,
  StakeholderMap_Edit,
  StakeholderMap_Empty,
  StakeholderMap_ErrorTitle,
  StakeholderMap_FilterCoverage,
  StakeholderMap_Fit,
  StakeholderMap_Influence,
  StakeholderMap_IssueNotEngaged,
  StakeholderMap_IssueWeak,
  StakeholderMap_ListView,
  StakeholderMap_Loading,
  StakeholderMap_NeverEngaged,
  StakeholderMap_NewContact,
  StakeholderMap_NoManager,
  StakeholderMap_NoMatch,
  StakeholderMap_NoOwner,
  StakeholderMap_NotPlaced,
  StakeholderMap_NotPlacedHelp,
  StakeholderMap_People,
  StakeholderMap_Retry,
  StakeholderMap_Save,
  StakeholderMap_SaveError,
  StakeholderMap_Saved,
  StakeholderMap_Signatory,
  StakeholderMap_Strength,
  StakeholderMap_Title,
  StakeholderMap_View,
  StakeholderMap_ZoomIn,
  StakeholderMap_ZoomOut,
  StakeholderRole_Department_Head,
  StakeholderRole_IT_Data_Lead,
  StakeholderRole_Medical_Director,
  StakeholderRole_Nursing_Lead,
  StakeholderRole_Payer_HTA_Lead,
  StakeholderRole_Pharmacy_Director,
  StakeholderRole_Procurement_Finance_Head,
  StakeholderRole_Quality_Outcomes_Lead,
  Stakeholder_Field_contact,
  Stakeholder_Field_decisionRole,
  Stakeholder_Field_firstName,
  Stakeholder_Field_influence,
  Stakeholder_Field_lastEngaged,
  Stakeholder_Field_lastName,
  Stakeholder_Field_owner,
  Stakeholder_Field_relationshipStrength,
  Stakeholder_Field_reportsTo,
  Stakeholder_Field_role,
  Stakeholder_Field_signatory,
  Stakeholder_Field_stance,
  Stakeholder_Field_title,
  Stance_0,
  Stance_M1,
  Stance_M2,
  Stance_P1,
  Stance_P2,
  Status_Agreed,
  Status_Closed,
  Status_Draft,
  Status_InReview,
  Status_UnderReview,
  Survey_Choose,
  Survey_Colleague,
  Survey_Contact,
  Survey_Customer,
  Survey_DimensionComment,
  Survey_DimensionHelpFallback,
  Survey_Done,
  Survey_Draft,
  Survey_Edit,
  Survey_EditExisting,
  Survey_Existing,
  Survey_Function,
  Survey_FunctionRequired,
  Survey_Internal,
  Survey_Intro,
  Survey_LoadError,
  Survey_Loading,
  Survey_New,
  Survey_NoContacts,
  Survey_NotApplicable,
  Survey_OverallComment,
  Survey_Period,
  Survey_RatingOf,
  Survey_RatingRequired,
  Survey_RespondentRequired,
  Survey_RespondentType,
  Survey_SaveDraft,
  Survey_SaveError,
  Survey_Saved,
  Survey_Scale_1,
  Survey_Scale_2,
  Survey_Scale_3,
  Survey_Scale_4,
  Survey_Scale_5,
  Survey_Submit,
  Survey_Submitted,
  Survey_Title,
  Theme_BudgetAndCost,
  Theme_CarePathway,
  Theme_ClinicalOutcomes,
  Theme_DigitalAndData,
  Theme_Education,
  Theme_PatientAccess,
  Theme_ResearchAndEvidence,
  Theme_SupplyAndLogistics,
  Theme_WorkforceCapacity,
  Workspace_ActionDone,
  Workspace_SharedDraftWarning,
  Workspace_ContentChangeWarning,
  Workspace_ContentLocked,
  Workspace_Discard,
  Workspace_LoadError,
  Workspace_Loading,
  Workspace_NoRecord,
  Workspace_ReadOnly,
  Workspace_StaleTitle,
  Workspace_ReapplyNotice,
  Workspace_Reapply,
  Workspace_Reload,
  Workspace_Retry,
  Workspace_SaveError,
  Workspace_Saved,
  Workspace_Saving,
  Workspace_Section,
  Workspace_TabDocument,
  Workspace_TabInitiatives,
  Workspace_TabListen,
  Workspace_TabReview,
  Workspace_TabStakeholders,
  Workspace_TabSign,
  Workspace_Title,
  Workspace_UnknownError,
  Workspace_Unsaved,
  Header_CustomerMode,
  Header_CustomerModeOn,
  Header_CustomerModeOff,
  Header_CustomerModeHelp,
  Header_GettingStarted,
  Header_StepGoals,
  Header_StepNeeds,
  Header_StepDecide,
  Changes_SinceSigned,
  Changes_SinceSeen,
  Changes_None,
  Changes_Added,
  Changes_Removed,
  Changes_Changed,
  Changes_Need,
  Changes_Initiative,
  Changes_Commitment,
  Changes_Plan,
  Changes_PeriodStart,
  Changes_PeriodEnd,
  Changes_Party,
  Changes_RemovedWords,
  Changes_AddedWords,
  Changes_Loading,
  Changes_LoadError,
  Changes_NotComparable,
  Error_VERSION_PERMANENT,
  Doc_DateFormat,
  Error_DocumentLanguage,
  Error_DocumentLabelName,
  Doc_LabelsUnavailable,
  Error_INVALID_CONFIGURATION,
  Error_NOTHING_TO_DEPLOY,
  Error_ALREADY_SCHEDULED,
  Config_DeploySucceeded,
  Config_DeployFailed,
  Console_Title,
  Console_Loading,
  Console_LoadFailed,
  Console_Countries,
  Console_Archetypes,
  Console_RoleProfiles,
  Console_Dimensions,
  Console_Selection,
  Console_Country,
  Console_Name,
  Console_Archetype,
  Console_Readiness,
  Console_PullThrough,
  Console_Cadence,
  Console_CadenceDefault,
  Console_AddCountry,
  Console_Actions,
  Console_Edit,
  Console_ShowInheritance,
  Console_Save,
  Console_Cancel,
  Console_NewCountryTitle,
  Console_EditCountryTitle,
  Console_InheritsTitle,
  Console_Language,
  Console_Role,
  Console_From,
  Console_Level_Country,
  Console_Level_Archetype,
  Console_Level_Global,
  Console_Level_Default,
  Console_LanguageFallback,
  Console_RequiredRoles,
  Console_NoProfile,
  Console_Weights,
  Console_Criterion,
  Console_Weight,
  Console_WeightTotal,
  Console_TierA,
  Console_TierB,
  Console_Overrides,
  Console_NoOverrides,
  Console_Scope,
  Console_Audience,
  Console_Sequence,
  Console_Gaps,
  Console_NoGaps,
  Console_IssuesTitle,
  Console_AtLine,
  Console_Deploying,
  Console_Deployed,
  Console_DeployFailed,
  Console_Export,
  Console_Import,
  Console_ImportHelp,
  Console_ImportNoChanges,
  Console_NotInFiles,
  Console_Recompute,
  Console_RecomputeNow,
  Console_ScheduleNightly,
  Console_RecomputeRunning,
  Console_RecomputeLast,
  Console_RecomputeNever,
  Console_NightlyOn,
  Console_NightlyOff,
  Console_Global,
  Console_CriteriaHelp,
  ConfigIssue_UNKNOWN_TYPE,
  ConfigIssue_INVALID_NAME,
  ConfigIssue_DUPLICATE_RECORD,
  ConfigIssue_DUPLICATE_FILE,
  ConfigIssue_REQUIRED,
  ConfigIssue_TOO_LONG,
  ConfigIssue_UNKNOWN_FIELD,
  ConfigIssue_INVALID_NUMBER,
  ConfigIssue_INVALID_CHOICE,
  ConfigIssue_UNKNOWN_REFERENCE,
  ConfigIssue_INVALID_COUNTRY_CODE,
  ConfigIssue_DUPLICATE_COUNTRY,
  ConfigIssue_DUPLICATE_PROFILE,
  ConfigIssue_DUPLICATE_LINK,
  ConfigIssue_PROFILE_TWO_SCOPES,
  ConfigIssue_TIER_ORDER,
  ConfigIssue_MISSING_SETTINGS,
  ConfigIssue_CRITERION_WEIGHTS_NOT_100,
  ConfigIssue_INVALID_CSV,
  ConfigIssue_INVALID_HEADER,
  ConfigGap_COUNTRY_UNKNOWN_ARCHETYPE,
  ConfigGap_REQUIRED_ROLE_WITHOUT_PROFILE,
  ConfigGap_ROLE_PROFILE_UNKNOWN_SCOPE,
  ConfigGap_ROLE_PROFILE_WITHOUT_ENGLISH,
  ConfigGap_CRITERION_WITHOUT_WEIGHT,
  ConfigGap_OVERRIDE_UNKNOWN_CRITERION,
  ConfigGap_CRITERION_WEIGHTS_NOT_100,
  ConfigGap_NO_DIMENSION_WEIGHT,
  Success_Achieved,
  Success_Partly,
  Success_NotAchieved,
  Review_SuccessTitle,
  Review_SuccessOutcome,
  Review_SuccessResult,
  Review_CustomerComment,
  Review_SuccessRateTitle,
  Review_SuccessRateLine,
  Review_NoInitiatives,
  Doc_Outcomes,
  Doc_CustomerFeedback,
  Doc_DeliveryLine,
  Doc_SuccessLine,
  Readiness_Established,
  Readiness_Developing,
  Readiness_Not_ready,
  Audience_Customer,
  Audience_Internal,
  Audience_Both,
  Console_Deploy,
  Console_NoAccess,
  Common_CharCount,
  Common_TooLong,
  Need_RationaleRequired,
  Initiative_LinkNeeds,
  Error_REVIEW_TOO_EARLY,
  Review_Dates,
  Review_NextCheckIn,
  Review_NoCheckInDue,
  Review_ReviewDate,
  Review_EarliestStart,
  Review_Overdue,
  Guidance_Title,
  Guidance_PullThrough,
  Guidance_Light,
  Doc_SuccessOutcome,
  Doc_SuccessResult,
  Doc_CustomerComment,
  Error_INVALID_SELECTION,
  CarryOver_Title,
  CarryOver_Intro,
  CarryOver_Deferred,
  CarryOver_Initiatives,
  CarryOver_LastOutcome,
  CarryOver_Create,
  CarryOver_Empty,
  Selection_Title,
  Selection_Loading,
  Selection_Score,
  Selection_Tier,
  Selection_NotScored,
  Selection_Weight,
  Selection_Part,
  Selection_Rating,
  Selection_Rationale,
  Selection_Save,
  Selection_Saved,
  Selection_ReadOnly,
  Selection_Unrated,
  Selection_Coverage,
  Error_INVALID_PAGE_SIZE,
  Radar_Title,
  Radar_Loading,
  Radar_All,
  Radar_Theme,
  Radar_Country,
  Radar_Decision,
  Radar_PeriodFrom,
  Radar_Summary,
  Radar_Heard,
  Radar_Needs,
  Radar_Accounts,
  Radar_Countries,
  Radar_Mix,
  Radar_MixText,
  Radar_Show,
  Radar_Hide,
  Radar_Export,
  Radar_Empty,
  Portfolio_Title,
  Portfolio_Intro,
  Portfolio_Loading,
  Portfolio_LoadError,
  Portfolio_Retry,
  Portfolio_Empty,
  Portfolio_FilteredNone,
  Portfolio_ClearFilters,
  Portfolio_Truncated,
  Portfolio_Filters,
  Portfolio_Country,
  Portfolio_Archetype,
  Portfolio_Tier,
  Portfolio_KeyStatus,
  Portfolio_All,
  Portfolio_KeyOnly,
  Portfolio_NotKeyOnly,
  Portfolio_NoValue,
  Portfolio_Accounts,
  Portfolio_Account,
  Portfolio_Priority,
  Portfolio_Collaboration,
  Portfolio_Plan,
  Portfolio_Period,
  Portfolio_PeriodValue,
  Portfolio_NoPlan,
  Portfolio_Quadrant,
  Portfolio_NotPlaced,
  Portfolio_KeyAccount,
  Portfolio_Yes,
  Portfolio_No,
  Portfolio_Actions,
  Portfolio_History,
  Portfolio_HistoryOf,
  Portfolio_NominateOf,
  Portfolio_RetireOf,
  Portfolio_MatrixTitle,
  Portfolio_MatrixHelp,
  Portfolio_AxisPriority,
  Portfolio_AxisCollaboration,
  Portfolio_Quadrant_Invest,
  Portfolio_Quadrant_Develop,
  Portfolio_Quadrant_Maintain,
  Portfolio_Quadrant_Reconsider,
  Portfolio_Point,
  Portfolio_Unplaced,
  Portfolio_HistoryTitle,
  Portfolio_HistoryEmpty,
  Portfolio_Decision,
  Portfolio_EffectiveDate,
  Portfolio_Reason,
  Portfolio_ReasonHelp,
  Portfolio_EffectiveDateHelp,
  Portfolio_RecordedBy,
  Portfolio_RecordedOn,
  Portfolio_NominateTitle,
  Portfolio_RetireTitle,
  Portfolio_SavedNominate,
  Portfolio_SavedRetire,
  Portfolio_Saving,
  Portfolio_ReadOnly,
  Portfolio_Close,
  NominationAction_Nominate,
  NominationAction_Retire,
  Error_NOMINATION_INVALID_ACTION,
  Error_NOMINATION_REASON_REQUIRED,
  Error_NOMINATION_REASON_TOO_LONG,
  Error_NOMINATION_DATE_INVALID,
  Error_NOMINATION_DATE_IN_FUTURE,
  Error_NOMINATION_DATE_BEFORE_LAST,
  Error_ALREADY_KEY_ACCOUNT,
  Error_NOT_A_KEY_ACCOUNT,
  Error_NOMINATION_ACCOUNT_NOT_FOUND,
  Error_NOMINATION_NO_ACCESS,
  Error_NOMINATION_IMMUTABLE
});

/** The label named <kind>_<code> (Accord_Issue_NEED_UNDECIDED for "Issue", "NEED_UNDECIDED"), or undefined. */
export function codeLabel(kind, code) {
  const name = `${kind}_${code}`;
  return Object.prototype.hasOwnProperty.call(LABELS, name) ? LABELS[name] : undefined;
}

/** Replaces {0}, {1}… in a label with the given values (missing values leave the placeholder). */
export function formatLabel(template, ...values) {
  return String(template).replace(/\{(\d+)\}/g, (match, index) => {
    const value = values[index];
    return value === undefined || value === null ? match : String(value);
  });
}
