/**
 * Every user-facing string of the plan workspace, from custom labels (translated by the platform).
 * formatLabel fills {0}, {1}… placeholders, as the platform's labels carry them.
 */
import Workspace_Title from "@salesforce/label/c.Accord_Workspace_Title";
import Workspace_Loading from "@salesforce/label/c.Accord_Workspace_Loading";
import Workspace_Saving from "@salesforce/label/c.Accord_Workspace_Saving";
import Workspace_Saved from "@salesforce/label/c.Accord_Workspace_Saved";
import Workspace_Unsaved from "@salesforce/label/c.Accord_Workspace_Unsaved";
import Workspace_LoadError from "@salesforce/label/c.Accord_Workspace_LoadError";
import Workspace_SaveError from "@salesforce/label/c.Accord_Workspace_SaveError";
import Workspace_UnknownError from "@salesforce/label/c.Accord_Workspace_UnknownError";
import Workspace_Retry from "@salesforce/label/c.Accord_Workspace_Retry";
import Workspace_Discard from "@salesforce/label/c.Accord_Workspace_Discard";
import Workspace_Reload from "@salesforce/label/c.Accord_Workspace_Reload";
import Workspace_StaleTitle from "@salesforce/label/c.Accord_Workspace_StaleTitle";
import Workspace_ReapplyNotice from "@salesforce/label/c.Accord_Workspace_ReapplyNotice";
import Workspace_Reapply from "@salesforce/label/c.Accord_Workspace_Reapply";
import Workspace_NoRecord from "@salesforce/label/c.Accord_Workspace_NoRecord";
import Workspace_Section from "@salesforce/label/c.Accord_Workspace_Section";
import Workspace_TabListen from "@salesforce/label/c.Accord_Workspace_TabListen";
import Workspace_TabInitiatives from "@salesforce/label/c.Accord_Workspace_TabInitiatives";
import Workspace_TabSign from "@salesforce/label/c.Accord_Workspace_TabSign";
import Workspace_TabDocument from "@salesforce/label/c.Accord_Workspace_TabDocument";
import Workspace_TabReview from "@salesforce/label/c.Accord_Workspace_TabReview";
import Workspace_ActionDone from "@salesforce/label/c.Accord_Workspace_ActionDone";
import Workspace_ContentChangeWarning from "@salesforce/label/c.Accord_Workspace_ContentChangeWarning";
import Workspace_ContentLocked from "@salesforce/label/c.Accord_Workspace_ContentLocked";
import Workspace_ReadOnly from "@salesforce/label/c.Accord_Workspace_ReadOnly";
import Create_Title from "@salesforce/label/c.Accord_Create_Title";
import Create_Intro from "@salesforce/label/c.Accord_Create_Intro";
import Create_PeriodStart from "@salesforce/label/c.Accord_Create_PeriodStart";
import Create_PeriodHint from "@salesforce/label/c.Accord_Create_PeriodHint";
import Create_Language from "@salesforce/label/c.Accord_Create_Language";
import Create_Submit from "@salesforce/label/c.Accord_Create_Submit";
import Create_Creating from "@salesforce/label/c.Accord_Create_Creating";
import Create_PeriodRequired from "@salesforce/label/c.Accord_Create_PeriodRequired";
import Language_en from "@salesforce/label/c.Accord_Language_en";
import Language_de from "@salesforce/label/c.Accord_Language_de";
import Language_fr from "@salesforce/label/c.Accord_Language_fr";
import Language_es from "@salesforce/label/c.Accord_Language_es";
import Language_it from "@salesforce/label/c.Accord_Language_it";
import Language_ja from "@salesforce/label/c.Accord_Language_ja";
import Language_ko from "@salesforce/label/c.Accord_Language_ko";
import Language_zh_CN from "@salesforce/label/c.Accord_Language_zh_CN";
import Status_Draft from "@salesforce/label/c.Accord_Status_Draft";
import Status_InReview from "@salesforce/label/c.Accord_Status_InReview";
import Status_Agreed from "@salesforce/label/c.Accord_Status_Agreed";
import Status_UnderReview from "@salesforce/label/c.Accord_Status_UnderReview";
import Status_Closed from "@salesforce/label/c.Accord_Status_Closed";
import Header_Status from "@salesforce/label/c.Accord_Header_Status";
import Header_Period from "@salesforce/label/c.Accord_Header_Period";
import Header_PeriodValue from "@salesforce/label/c.Accord_Header_PeriodValue";
import Header_Version from "@salesforce/label/c.Accord_Header_Version";
import Header_Fingerprint from "@salesforce/label/c.Accord_Header_Fingerprint";
import Header_FingerprintHelp from "@salesforce/label/c.Accord_Header_FingerprintHelp";
import Header_NoFingerprint from "@salesforce/label/c.Accord_Header_NoFingerprint";
import Header_SharedOn from "@salesforce/label/c.Accord_Header_SharedOn";
import Header_AgreedOn from "@salesforce/label/c.Accord_Header_AgreedOn";
import Header_ReopenReason from "@salesforce/label/c.Accord_Header_ReopenReason";
import Header_Health from "@salesforce/label/c.Accord_Header_Health";
import Header_HealthScore from "@salesforce/label/c.Accord_Header_HealthScore";
import Header_HealthChecklist from "@salesforce/label/c.Accord_Header_HealthChecklist";
import Header_HealthAllDone from "@salesforce/label/c.Accord_Header_HealthAllDone";
import Header_HealthUnavailable from "@salesforce/label/c.Accord_Header_HealthUnavailable";
import Header_Fix from "@salesforce/label/c.Accord_Header_Fix";
import Header_Passed from "@salesforce/label/c.Accord_Header_Passed";
import Header_Open from "@salesforce/label/c.Accord_Header_Open";
import Header_OtherPlans from "@salesforce/label/c.Accord_Header_OtherPlans";
import Header_OtherPlan from "@salesforce/label/c.Accord_Header_OtherPlan";
import Header_CreateNext from "@salesforce/label/c.Accord_Header_CreateNext";
import Header_CreatingNext from "@salesforce/label/c.Accord_Header_CreatingNext";
import Decision_Pending from "@salesforce/label/c.Accord_Decision_Pending";
import Decision_Commit from "@salesforce/label/c.Accord_Decision_Commit";
import Decision_Defer from "@salesforce/label/c.Accord_Decision_Defer";
import Decision_Decline from "@salesforce/label/c.Accord_Decision_Decline";
import Party_Company from "@salesforce/label/c.Accord_Party_Company";
import Party_Customer from "@salesforce/label/c.Accord_Party_Customer";
import Method_InMeeting from "@salesforce/label/c.Accord_Method_InMeeting";
import Method_Email from "@salesforce/label/c.Accord_Method_Email";
import Method_Portal from "@salesforce/label/c.Accord_Method_Portal";
import Outcome_Kept from "@salesforce/label/c.Accord_Outcome_Kept";
import Outcome_Partly from "@salesforce/label/c.Accord_Outcome_Partly";
import Outcome_NotKept from "@salesforce/label/c.Accord_Outcome_NotKept";
import InitiativeStatus_NotStarted from "@salesforce/label/c.Accord_InitiativeStatus_NotStarted";
import InitiativeStatus_OnTrack from "@salesforce/label/c.Accord_InitiativeStatus_OnTrack";
import InitiativeStatus_AtRisk from "@salesforce/label/c.Accord_InitiativeStatus_AtRisk";
import InitiativeStatus_Done from "@salesforce/label/c.Accord_InitiativeStatus_Done";
import CommitmentStatus_Open from "@salesforce/label/c.Accord_CommitmentStatus_Open";
import CommitmentStatus_InProgress from "@salesforce/label/c.Accord_CommitmentStatus_InProgress";
import CommitmentStatus_Done from "@salesforce/label/c.Accord_CommitmentStatus_Done";
import CommitmentStatus_Cancelled from "@salesforce/label/c.Accord_CommitmentStatus_Cancelled";
import Theme_PatientAccess from "@salesforce/label/c.Accord_Theme_PatientAccess";
import Theme_ClinicalOutcomes from "@salesforce/label/c.Accord_Theme_ClinicalOutcomes";
import Theme_BudgetCost from "@salesforce/label/c.Accord_Theme_BudgetCost";
import Theme_Workforce from "@salesforce/label/c.Accord_Theme_Workforce";
import Theme_DigitalData from "@salesforce/label/c.Accord_Theme_DigitalData";
import Theme_Education from "@salesforce/label/c.Accord_Theme_Education";
import Theme_CarePathway from "@salesforce/label/c.Accord_Theme_CarePathway";
import Theme_Supply from "@salesforce/label/c.Accord_Theme_Supply";
import Theme_Research from "@salesforce/label/c.Accord_Theme_Research";
import Common_None from "@salesforce/label/c.Accord_Common_None";
import Common_Save from "@salesforce/label/c.Accord_Common_Save";
import Common_Cancel from "@salesforce/label/c.Accord_Common_Cancel";
import Common_Edit from "@salesforce/label/c.Accord_Common_Edit";
import Common_Remove from "@salesforce/label/c.Accord_Common_Remove";
import Common_NotSet from "@salesforce/label/c.Accord_Common_NotSet";
import Common_Nobody from "@salesforce/label/c.Accord_Common_Nobody";
import Common_Required from "@salesforce/label/c.Accord_Common_Required";
import Issue_NEED_UNDECIDED from "@salesforce/label/c.Accord_Issue_NEED_UNDECIDED";
import Issue_NEED_RATIONALE_MISSING from "@salesforce/label/c.Accord_Issue_NEED_RATIONALE_MISSING";
import Issue_NEED_NOT_LINKED from "@salesforce/label/c.Accord_Issue_NEED_NOT_LINKED";
import Issue_INITIATIVE_MEASURE_MISSING from "@salesforce/label/c.Accord_Issue_INITIATIVE_MEASURE_MISSING";
import Issue_INITIATIVE_TARGET_DATE_MISSING from "@salesforce/label/c.Accord_Issue_INITIATIVE_TARGET_DATE_MISSING";
import Issue_INITIATIVE_TARGET_DATE_OUTSIDE_PERIOD from "@salesforce/label/c.Accord_Issue_INITIATIVE_TARGET_DATE_OUTSIDE_PERIOD";
import Issue_INITIATIVE_COMPANY_COMMITMENT_MISSING from "@salesforce/label/c.Accord_Issue_INITIATIVE_COMPANY_COMMITMENT_MISSING";
import Issue_INITIATIVE_CUSTOMER_COMMITMENT_MISSING from "@salesforce/label/c.Accord_Issue_INITIATIVE_CUSTOMER_COMMITMENT_MISSING";
import Issue_NO_SIGNATORY from "@salesforce/label/c.Accord_Issue_NO_SIGNATORY";
import Issue_OUTCOME_MISSING from "@salesforce/label/c.Accord_Issue_OUTCOME_MISSING";
import Issue_Other from "@salesforce/label/c.Accord_Issue_Other";
import Goals_Title from "@salesforce/label/c.Accord_Goals_Title";
import Goals_Label from "@salesforce/label/c.Accord_Goals_Label";
import Goals_Empty from "@salesforce/label/c.Accord_Goals_Empty";
import Goals_EditHint from "@salesforce/label/c.Accord_Goals_EditHint";
import Need_EntryTitle from "@salesforce/label/c.Accord_Need_EntryTitle";
import Need_Verbatim from "@salesforce/label/c.Accord_Need_Verbatim";
import Need_VerbatimHint from "@salesforce/label/c.Accord_Need_VerbatimHint";
import Need_RaisedBy from "@salesforce/label/c.Accord_Need_RaisedBy";
import Need_Theme from "@salesforce/label/c.Accord_Need_Theme";
import Need_Priority from "@salesforce/label/c.Accord_Need_Priority";
import Need_PriorityValue from "@salesforce/label/c.Accord_Need_PriorityValue";
import Need_Add from "@salesforce/label/c.Accord_Need_Add";
import Need_Added from "@salesforce/label/c.Accord_Need_Added";
import Need_ListTitle from "@salesforce/label/c.Accord_Need_ListTitle";
import Need_Empty from "@salesforce/label/c.Accord_Need_Empty";
import Need_ShowMore from "@salesforce/label/c.Accord_Need_ShowMore";
import Need_FilterAll from "@salesforce/label/c.Accord_Need_FilterAll";
import Need_FilterUndecided from "@salesforce/label/c.Accord_Need_FilterUndecided";
import Need_Filter from "@salesforce/label/c.Accord_Need_Filter";
import Need_EditVerbatim from "@salesforce/label/c.Accord_Need_EditVerbatim";
import Need_EditingVerbatim from "@salesforce/label/c.Accord_Need_EditingVerbatim";
import Need_Decision from "@salesforce/label/c.Accord_Need_Decision";
import Need_Rationale from "@salesforce/label/c.Accord_Need_Rationale";
import Need_Initiative from "@salesforce/label/c.Accord_Need_Initiative";
import Need_NoInitiatives from "@salesforce/label/c.Accord_Need_NoInitiatives";
import Need_SaveDecision from "@salesforce/label/c.Accord_Need_SaveDecision";
import Need_RemoveConfirm from "@salesforce/label/c.Accord_Need_RemoveConfirm";
import Need_Item from "@salesforce/label/c.Accord_Need_Item";
import Need_Decide from "@salesforce/label/c.Accord_Need_Decide";
import Need_ChangeDecision from "@salesforce/label/c.Accord_Need_ChangeDecision";
import Need_NotLinked from "@salesforce/label/c.Accord_Need_NotLinked";
import Need_NotSaved from "@salesforce/label/c.Accord_Need_NotSaved";
import Initiative_ListTitle from "@salesforce/label/c.Accord_Initiative_ListTitle";
import Initiative_Empty from "@salesforce/label/c.Accord_Initiative_Empty";
import Initiative_Add from "@salesforce/label/c.Accord_Initiative_Add";
import Initiative_New from "@salesforce/label/c.Accord_Initiative_New";
import Initiative_Title from "@salesforce/label/c.Accord_Initiative_Title";
import Initiative_SuccessMeasure from "@salesforce/label/c.Accord_Initiative_SuccessMeasure";
import Initiative_TargetDate from "@salesforce/label/c.Accord_Initiative_TargetDate";
import Initiative_Status from "@salesforce/label/c.Accord_Initiative_Status";
import Initiative_Needs from "@salesforce/label/c.Accord_Initiative_Needs";
import Initiative_NoNeeds from "@salesforce/label/c.Accord_Initiative_NoNeeds";
import Initiative_RemoveConfirm from "@salesforce/label/c.Accord_Initiative_RemoveConfirm";
import Initiative_NotSaved from "@salesforce/label/c.Accord_Initiative_NotSaved";
import Commitment_Company from "@salesforce/label/c.Accord_Commitment_Company";
import Commitment_Customer from "@salesforce/label/c.Accord_Commitment_Customer";
import Commitment_None from "@salesforce/label/c.Accord_Commitment_None";
import Commitment_Add from "@salesforce/label/c.Accord_Commitment_Add";
import Commitment_Description from "@salesforce/label/c.Accord_Commitment_Description";
import Commitment_Owner from "@salesforce/label/c.Accord_Commitment_Owner";
import Commitment_OwnerName from "@salesforce/label/c.Accord_Commitment_OwnerName";
import Commitment_DueDate from "@salesforce/label/c.Accord_Commitment_DueDate";
import Commitment_Status from "@salesforce/label/c.Accord_Commitment_Status";
import Commitment_RemoveConfirm from "@salesforce/label/c.Accord_Commitment_RemoveConfirm";
import Commitment_NotSaved from "@salesforce/label/c.Accord_Commitment_NotSaved";
import Commitment_Outcome from "@salesforce/label/c.Accord_Commitment_Outcome";
import Sign_ReadinessTitle from "@salesforce/label/c.Accord_Sign_ReadinessTitle";
import Sign_Ready from "@salesforce/label/c.Accord_Sign_Ready";
import Sign_Blockers from "@salesforce/label/c.Accord_Sign_Blockers";
import Sign_RulesUnavailable from "@salesforce/label/c.Accord_Sign_RulesUnavailable";
import Sign_Share from "@salesforce/label/c.Accord_Sign_Share";
import Sign_PullBack from "@salesforce/label/c.Accord_Sign_PullBack";
import Sign_SignaturesTitle from "@salesforce/label/c.Accord_Sign_SignaturesTitle";
import Sign_NotSigned from "@salesforce/label/c.Accord_Sign_NotSigned";
import Sign_SignedBy from "@salesforce/label/c.Accord_Sign_SignedBy";
import Sign_SignedAt from "@salesforce/label/c.Accord_Sign_SignedAt";
import Sign_Method from "@salesforce/label/c.Accord_Sign_Method";
import Sign_Fingerprint from "@salesforce/label/c.Accord_Sign_Fingerprint";
import Sign_RecordCustomer from "@salesforce/label/c.Accord_Sign_RecordCustomer";
import Sign_RecordCompany from "@salesforce/label/c.Accord_Sign_RecordCompany";
import Sign_CustomerTitle from "@salesforce/label/c.Accord_Sign_CustomerTitle";
import Sign_CompanyTitle from "@salesforce/label/c.Accord_Sign_CompanyTitle";
import Sign_Signatory from "@salesforce/label/c.Accord_Sign_Signatory";
import Sign_NoSignatory from "@salesforce/label/c.Accord_Sign_NoSignatory";
import Sign_Evidence from "@salesforce/label/c.Accord_Sign_Evidence";
import Sign_EvidenceHelpEmail from "@salesforce/label/c.Accord_Sign_EvidenceHelpEmail";
import Sign_EvidenceHelpPortal from "@salesforce/label/c.Accord_Sign_EvidenceHelpPortal";
import Sign_Submit from "@salesforce/label/c.Accord_Sign_Submit";
import Sign_Signing from "@salesforce/label/c.Accord_Sign_Signing";
import Sign_DrawnRequired from "@salesforce/label/c.Accord_Sign_DrawnRequired";
import Sign_EvidenceRequired from "@salesforce/label/c.Accord_Sign_EvidenceRequired";
import Sign_SignatoryRequired from "@salesforce/label/c.Accord_Sign_SignatoryRequired";
import Sign_VersionNote from "@salesforce/label/c.Accord_Sign_VersionNote";
import Sign_Agreed from "@salesforce/label/c.Accord_Sign_Agreed";
import Sign_Stale from "@salesforce/label/c.Accord_Sign_Stale";
import Sign_ReopenTitle from "@salesforce/label/c.Accord_Sign_ReopenTitle";
import Sign_ReopenReason from "@salesforce/label/c.Accord_Sign_ReopenReason";
import Sign_Reopen from "@salesforce/label/c.Accord_Sign_Reopen";
import Sign_ReopenRequired from "@salesforce/label/c.Accord_Sign_ReopenRequired";
import Sign_HistoryTitle from "@salesforce/label/c.Accord_Sign_HistoryTitle";
import Sign_Superseded from "@salesforce/label/c.Accord_Sign_Superseded";
import Sign_NotShared from "@salesforce/label/c.Accord_Sign_NotShared";
import Pad_Label from "@salesforce/label/c.Accord_Pad_Label";
import Pad_Help from "@salesforce/label/c.Accord_Pad_Help";
import Pad_Clear from "@salesforce/label/c.Accord_Pad_Clear";
import Doc_Title from "@salesforce/label/c.Accord_Doc_Title";
import Doc_SaveFile from "@salesforce/label/c.Accord_Doc_SaveFile";
import Doc_SavingFile from "@salesforce/label/c.Accord_Doc_SavingFile";
import Doc_FileSaved from "@salesforce/label/c.Accord_Doc_FileSaved";
import Doc_OpenFile from "@salesforce/label/c.Accord_Doc_OpenFile";
import Doc_FileError from "@salesforce/label/c.Accord_Doc_FileError";
import Doc_Print from "@salesforce/label/c.Accord_Doc_Print";
import Doc_Intro from "@salesforce/label/c.Accord_Doc_Intro";
import Doc_Goals from "@salesforce/label/c.Accord_Doc_Goals";
import Doc_NeedsHeard from "@salesforce/label/c.Accord_Doc_NeedsHeard";
import Doc_Committed from "@salesforce/label/c.Accord_Doc_Committed";
import Doc_Deferred from "@salesforce/label/c.Accord_Doc_Deferred";
import Doc_Declined from "@salesforce/label/c.Accord_Doc_Declined";
import Doc_Undecided from "@salesforce/label/c.Accord_Doc_Undecided";
import Doc_Initiatives from "@salesforce/label/c.Accord_Doc_Initiatives";
import Doc_Signatures from "@salesforce/label/c.Accord_Doc_Signatures";
import Doc_NoSignatures from "@salesforce/label/c.Accord_Doc_NoSignatures";
import Doc_FingerprintTitle from "@salesforce/label/c.Accord_Doc_FingerprintTitle";
import Doc_FingerprintText from "@salesforce/label/c.Accord_Doc_FingerprintText";
import Doc_FingerprintVerified from "@salesforce/label/c.Accord_Doc_FingerprintVerified";
import Doc_FingerprintMismatch from "@salesforce/label/c.Accord_Doc_FingerprintMismatch";
import Doc_VersionLine from "@salesforce/label/c.Accord_Doc_VersionLine";
import Doc_RaisedBy from "@salesforce/label/c.Accord_Doc_RaisedBy";
import Doc_Empty from "@salesforce/label/c.Accord_Doc_Empty";
import Review_Title from "@salesforce/label/c.Accord_Review_Title";
import Review_NotYet from "@salesforce/label/c.Accord_Review_NotYet";
import Review_Start from "@salesforce/label/c.Accord_Review_Start";
import Review_StartHint from "@salesforce/label/c.Accord_Review_StartHint";
import Review_Outcomes from "@salesforce/label/c.Accord_Review_Outcomes";
import Review_CustomerFeedback from "@salesforce/label/c.Accord_Review_CustomerFeedback";
import Review_WhatWorked from "@salesforce/label/c.Accord_Review_WhatWorked";
import Review_WhatDidNot from "@salesforce/label/c.Accord_Review_WhatDidNot";
import Review_DeliveryTitle from "@salesforce/label/c.Accord_Review_DeliveryTitle";
import Review_DeliveryParty from "@salesforce/label/c.Accord_Review_DeliveryParty";
import Review_NoCommitments from "@salesforce/label/c.Accord_Review_NoCommitments";
import Review_Close from "@salesforce/label/c.Accord_Review_Close";
import Review_CloseBlocked from "@salesforce/label/c.Accord_Review_CloseBlocked";
import Review_Closed from "@salesforce/label/c.Accord_Review_Closed";
import Review_Previous from "@salesforce/label/c.Accord_Review_Previous";
import Review_NoCommitmentsYet from "@salesforce/label/c.Accord_Review_NoCommitmentsYet";
import Review_FeedbackRequired from "@salesforce/label/c.Accord_Review_FeedbackRequired";
import Review_RatesUnavailable from "@salesforce/label/c.Accord_Review_RatesUnavailable";
import Issue_NEEDS_MISSING from "@salesforce/label/c.Accord_Issue_NEEDS_MISSING";
import Issue_NEED_RAISED_BY_MISSING from "@salesforce/label/c.Accord_Issue_NEED_RAISED_BY_MISSING";
import Issue_GOALS_MISSING from "@salesforce/label/c.Accord_Issue_GOALS_MISSING";
import Issue_INITIATIVES_MISSING from "@salesforce/label/c.Accord_Issue_INITIATIVES_MISSING";
import Issue_INITIATIVES_TOO_MANY from "@salesforce/label/c.Accord_Issue_INITIATIVES_TOO_MANY";
import Issue_COMMITMENTS_MISSING from "@salesforce/label/c.Accord_Issue_COMMITMENTS_MISSING";
import Issue_COMMITMENT_OWNER_MISSING from "@salesforce/label/c.Accord_Issue_COMMITMENT_OWNER_MISSING";
import Issue_COMMITMENT_DUE_DATE_MISSING from "@salesforce/label/c.Accord_Issue_COMMITMENT_DUE_DATE_MISSING";
import Health_CUSTOMER_GOALS from "@salesforce/label/c.Accord_Health_CUSTOMER_GOALS";
import Health_NEEDS_DECIDED from "@salesforce/label/c.Accord_Health_NEEDS_DECIDED";
import Health_NEEDS_RATIONALE from "@salesforce/label/c.Accord_Health_NEEDS_RATIONALE";
import Health_NEEDS_RAISED_BY from "@salesforce/label/c.Accord_Health_NEEDS_RAISED_BY";
import Health_NEEDS_LINKED from "@salesforce/label/c.Accord_Health_NEEDS_LINKED";
import Health_INITIATIVE_COUNT from "@salesforce/label/c.Accord_Health_INITIATIVE_COUNT";
import Health_INITIATIVES_DEFINED from "@salesforce/label/c.Accord_Health_INITIATIVES_DEFINED";
import Health_INITIATIVES_BOTH_PARTIES from "@salesforce/label/c.Accord_Health_INITIATIVES_BOTH_PARTIES";
import Health_COMMITMENTS_OWNED from "@salesforce/label/c.Accord_Health_COMMITMENTS_OWNED";
import Health_Points from "@salesforce/label/c.Accord_Health_Points";
import Health_More from "@salesforce/label/c.Accord_Health_More";
import ReviewType_CheckIn from "@salesforce/label/c.Accord_ReviewType_CheckIn";
import ReviewType_Annual from "@salesforce/label/c.Accord_ReviewType_Annual";

export const LABELS = Object.freeze({
  Workspace_Title,
  Workspace_Loading,
  Workspace_Saving,
  Workspace_Saved,
  Workspace_Unsaved,
  Workspace_LoadError,
  Workspace_SaveError,
  Workspace_UnknownError,
  Workspace_Retry,
  Workspace_Discard,
  Workspace_Reload,
  Workspace_StaleTitle,
  Workspace_ReapplyNotice,
  Workspace_Reapply,
  Workspace_NoRecord,
  Workspace_Section,
  Workspace_TabListen,
  Workspace_TabInitiatives,
  Workspace_TabSign,
  Workspace_TabDocument,
  Workspace_TabReview,
  Workspace_ActionDone,
  Workspace_ContentChangeWarning,
  Workspace_ContentLocked,
  Workspace_ReadOnly,
  Create_Title,
  Create_Intro,
  Create_PeriodStart,
  Create_PeriodHint,
  Create_Language,
  Create_Submit,
  Create_Creating,
  Create_PeriodRequired,
  Language_en,
  Language_de,
  Language_fr,
  Language_es,
  Language_it,
  Language_ja,
  Language_ko,
  Language_zh_CN,
  Status_Draft,
  Status_InReview,
  Status_Agreed,
  Status_UnderReview,
  Status_Closed,
  Header_Status,
  Header_Period,
  Header_PeriodValue,
  Header_Version,
  Header_Fingerprint,
  Header_FingerprintHelp,
  Header_NoFingerprint,
  Header_SharedOn,
  Header_AgreedOn,
  Header_ReopenReason,
  Header_Health,
  Header_HealthScore,
  Header_HealthChecklist,
  Header_HealthAllDone,
  Header_HealthUnavailable,
  Header_Fix,
  Header_Passed,
  Header_Open,
  Header_OtherPlans,
  Header_OtherPlan,
  Header_CreateNext,
  Header_CreatingNext,
  Decision_Pending,
  Decision_Commit,
  Decision_Defer,
  Decision_Decline,
  Party_Company,
  Party_Customer,
  Method_InMeeting,
  Method_Email,
  Method_Portal,
  Outcome_Kept,
  Outcome_Partly,
  Outcome_NotKept,
  InitiativeStatus_NotStarted,
  InitiativeStatus_OnTrack,
  InitiativeStatus_AtRisk,
  InitiativeStatus_Done,
  CommitmentStatus_Open,
  CommitmentStatus_InProgress,
  CommitmentStatus_Done,
  CommitmentStatus_Cancelled,
  Theme_PatientAccess,
  Theme_ClinicalOutcomes,
  Theme_BudgetCost,
  Theme_Workforce,
  Theme_DigitalData,
  Theme_Education,
  Theme_CarePathway,
  Theme_Supply,
  Theme_Research,
  Common_None,
  Common_Save,
  Common_Cancel,
  Common_Edit,
  Common_Remove,
  Common_NotSet,
  Common_Nobody,
  Common_Required,
  Issue_NEED_UNDECIDED,
  Issue_NEED_RATIONALE_MISSING,
  Issue_NEED_NOT_LINKED,
  Issue_INITIATIVE_MEASURE_MISSING,
  Issue_INITIATIVE_TARGET_DATE_MISSING,
  Issue_INITIATIVE_TARGET_DATE_OUTSIDE_PERIOD,
  Issue_INITIATIVE_COMPANY_COMMITMENT_MISSING,
  Issue_INITIATIVE_CUSTOMER_COMMITMENT_MISSING,
  Issue_NO_SIGNATORY,
  Issue_OUTCOME_MISSING,
  Issue_Other,
  Goals_Title,
  Goals_Label,
  Goals_Empty,
  Goals_EditHint,
  Need_EntryTitle,
  Need_Verbatim,
  Need_VerbatimHint,
  Need_RaisedBy,
  Need_Theme,
  Need_Priority,
  Need_PriorityValue,
  Need_Add,
  Need_Added,
  Need_ListTitle,
  Need_Empty,
  Need_ShowMore,
  Need_FilterAll,
  Need_FilterUndecided,
  Need_Filter,
  Need_EditVerbatim,
  Need_EditingVerbatim,
  Need_Decision,
  Need_Rationale,
  Need_Initiative,
  Need_NoInitiatives,
  Need_SaveDecision,
  Need_RemoveConfirm,
  Need_Item,
  Need_Decide,
  Need_ChangeDecision,
  Need_NotLinked,
  Need_NotSaved,
  Initiative_ListTitle,
  Initiative_Empty,
  Initiative_Add,
  Initiative_New,
  Initiative_Title,
  Initiative_SuccessMeasure,
  Initiative_TargetDate,
  Initiative_Status,
  Initiative_Needs,
  Initiative_NoNeeds,
  Initiative_RemoveConfirm,
  Initiative_NotSaved,
  Commitment_Company,
  Commitment_Customer,
  Commitment_None,
  Commitment_Add,
  Commitment_Description,
  Commitment_Owner,
  Commitment_OwnerName,
  Commitment_DueDate,
  Commitment_Status,
  Commitment_RemoveConfirm,
  Commitment_NotSaved,
  Commitment_Outcome,
  Sign_ReadinessTitle,
  Sign_Ready,
  Sign_Blockers,
  Sign_RulesUnavailable,
  Sign_Share,
  Sign_PullBack,
  Sign_SignaturesTitle,
  Sign_NotSigned,
  Sign_SignedBy,
  Sign_SignedAt,
  Sign_Method,
  Sign_Fingerprint,
  Sign_RecordCustomer,
  Sign_RecordCompany,
  Sign_CustomerTitle,
  Sign_CompanyTitle,
  Sign_Signatory,
  Sign_NoSignatory,
  Sign_Evidence,
  Sign_EvidenceHelpEmail,
  Sign_EvidenceHelpPortal,
  Sign_Submit,
  Sign_Signing,
  Sign_DrawnRequired,
  Sign_EvidenceRequired,
  Sign_SignatoryRequired,
  Sign_VersionNote,
  Sign_Agreed,
  Sign_Stale,
  Sign_ReopenTitle,
  Sign_ReopenReason,
  Sign_Reopen,
  Sign_ReopenRequired,
  Sign_HistoryTitle,
  Sign_Superseded,
  Sign_NotShared,
  Pad_Label,
  Pad_Help,
  Pad_Clear,
  Doc_Title,
  Doc_Print,
  Doc_SaveFile,
  Doc_SavingFile,
  Doc_FileSaved,
  Doc_OpenFile,
  Doc_FileError,
  Doc_Intro,
  Doc_Goals,
  Doc_NeedsHeard,
  Doc_Committed,
  Doc_Deferred,
  Doc_Declined,
  Doc_Undecided,
  Doc_Initiatives,
  Doc_Signatures,
  Doc_NoSignatures,
  Doc_FingerprintTitle,
  Doc_FingerprintText,
  Doc_FingerprintVerified,
  Doc_FingerprintMismatch,
  Doc_VersionLine,
  Doc_RaisedBy,
  Doc_Empty,
  Review_Title,
  Review_NotYet,
  Review_Start,
  Review_StartHint,
  Review_Outcomes,
  Review_CustomerFeedback,
  Review_WhatWorked,
  Review_WhatDidNot,
  Review_DeliveryTitle,
  Review_DeliveryParty,
  Review_NoCommitments,
  Review_Close,
  Review_CloseBlocked,
  Review_Closed,
  Review_Previous,
  Review_NoCommitmentsYet,
  Review_FeedbackRequired,
  Review_RatesUnavailable,
  Issue_NEEDS_MISSING,
  Issue_NEED_RAISED_BY_MISSING,
  Issue_GOALS_MISSING,
  Issue_INITIATIVES_MISSING,
  Issue_INITIATIVES_TOO_MANY,
  Issue_COMMITMENTS_MISSING,
  Issue_COMMITMENT_OWNER_MISSING,
  Issue_COMMITMENT_DUE_DATE_MISSING,
  Health_CUSTOMER_GOALS,
  Health_NEEDS_DECIDED,
  Health_NEEDS_RATIONALE,
  Health_NEEDS_RAISED_BY,
  Health_NEEDS_LINKED,
  Health_INITIATIVE_COUNT,
  Health_INITIATIVES_DEFINED,
  Health_INITIATIVES_BOTH_PARTIES,
  Health_COMMITMENTS_OWNED,
  Health_Points,
  Health_More,
  ReviewType_CheckIn,
  ReviewType_Annual
});

/** Replaces {0}, {1}… in a label with the given values (missing values leave the placeholder). */
export function formatLabel(template, ...values) {
  return String(template).replace(/\{(\d+)\}/g, (match, index) => {
    const value = values[index];
    return value === undefined || value === null ? match : String(value);
  });
}
