/**
 * Display helpers of the plan workspace: picklist values with their labels, the texts of issues
 * (share blockers, close blockers) and the actor the accordCore rules expect. No rules live here:
 * what is allowed comes from accordCore's allowedActions / shareReadiness, the server decides.
 */
import { allowedActions } from "c/accordCore";
import { LABELS, codeLabel, formatLabel } from "c/accordLabels";

export const STATUSES = [
  { value: "Draft", label: LABELS.Status_Draft },
  { value: "In Review", label: LABELS.Status_InReview },
  { value: "Agreed", label: LABELS.Status_Agreed },
  { value: "Under Review", label: LABELS.Status_UnderReview },
  { value: "Closed", label: LABELS.Status_Closed }
];
export const DECISIONS = [
  { value: "Commit", label: LABELS.Decision_Commit },
  { value: "Defer", label: LABELS.Decision_Defer },
  { value: "Decline", label: LABELS.Decision_Decline }
];
export const PARTIES = [
  { value: "Company", label: LABELS.Party_Company },
  { value: "Customer", label: LABELS.Party_Customer }
];
export const METHODS = [
  { value: "In meeting", label: LABELS.Method_InMeeting },
  { value: "Email", label: LABELS.Method_Email },
  { value: "Portal", label: LABELS.Method_Portal }
];
export const OUTCOMES = [
  { value: "Kept", label: LABELS.Outcome_Kept },
  { value: "Partly", label: LABELS.Outcome_Partly },
  { value: "Not kept", label: LABELS.Outcome_NotKept }
];
export const INITIATIVE_STATUSES = [
  { value: "Not started", label: LABELS.InitiativeStatus_NotStarted },
  { value: "On track", label: LABELS.InitiativeStatus_OnTrack },
  { value: "At risk", label: LABELS.InitiativeStatus_AtRisk },
  { value: "Done", label: LABELS.InitiativeStatus_Done }
];
export const COMMITMENT_STATUSES = [
  { value: "Open", label: LABELS.CommitmentStatus_Open },
  { value: "In progress", label: LABELS.CommitmentStatus_InProgress },
  { value: "Done", label: LABELS.CommitmentStatus_Done },
  { value: "Cancelled", label: LABELS.CommitmentStatus_Cancelled }
];
/** Values of the global value set Accord_Need_Theme. */
export const THEMES = [
  { value: "Patient access", label: LABELS.Theme_PatientAccess },
  { value: "Clinical outcomes", label: LABELS.Theme_ClinicalOutcomes },
  { value: "Budget and cost", label: LABELS.Theme_BudgetCost },
  { value: "Workforce capacity", label: LABELS.Theme_Workforce },
  { value: "Digital and data", label: LABELS.Theme_DigitalData },
  { value: "Education", label: LABELS.Theme_Education },
  { value: "Care pathway", label: LABELS.Theme_CarePathway },
  { value: "Supply and logistics", label: LABELS.Theme_Supply },
  { value: "Research and evidence", label: LABELS.Theme_Research }
];
export const LANGUAGES = [
  { value: "en", label: LABELS.Language_en },
  { value: "de", label: LABELS.Language_de },
  { value: "fr", label: LABELS.Language_fr },
  { value: "es", label: LABELS.Language_es },
  { value: "it", label: LABELS.Language_it },
  { value: "ja", label: LABELS.Language_ja },
  { value: "ko", label: LABELS.Language_ko },
  { value: "zh_CN", label: LABELS.Language_zh_CN }
];
export const PRIORITIES = ["1", "2", "3", "4", "5"].map((value) => ({ value, label: value }));

/** The label of a picklist value; the value itself when it is not one of ours (never blank). */
export function labelOf(options, value) {
  const option = options.find((entry) => entry.value === value);
  return option ? option.label : value || LABELS.Common_NotSet;
}

/** Options with a leading "None" choice for optional picklists. */
export function withNone(options) {
  return [{ value: "", label: LABELS.Common_None }, ...options];
}

/** Which issue params fill a label's {0}, {1}… */
const ISSUE_PARAMS = {
  INITIATIVE_TARGET_DATE_OUTSIDE_PERIOD: ["periodStart", "periodEnd"],
  INITIATIVES_TOO_MANY: ["count", "max"]
};

/** Where the fix for an issue without a record lives in the workspace. */
const ISSUE_SECTIONS = {
  GOALS_MISSING: "goals",
  NEEDS_MISSING: "needs",
  INITIATIVES_MISSING: "initiatives",
  INITIATIVES_TOO_MANY: "initiatives",
  COMMITMENTS_MISSING: "initiatives",
  OUTCOME_MISSING: "review"
};

export function issueSection(issue) {
  return ISSUE_SECTIONS[issue.code] || null;
}

/** The label of a plan health check (its code when the core adds a check without a label yet). */
export function healthCheckLabel(code) {
  return codeLabel("Health", code) || code;
}

export const REVIEW_TYPES = [
  { value: "Check-in", label: LABELS.ReviewType_CheckIn },
  { value: "Annual review", label: LABELS.ReviewType_Annual }
];

/**
 * The translated text of an issue from accordCore: the label Accord_Issue_<code>, else Accord_Error_<code>
 * (a refusal), else its English message.
 */
export function issueText(issue) {
  const label = codeLabel("Issue", issue.code) || codeLabel("Error", issue.code);
  if (!label) return formatLabel(LABELS.Issue_Other, issue.message);
  const params = issue.params || {};
  return formatLabel(label, ...(ISSUE_PARAMS[issue.code] || []).map((name) => params[name]));
}

/** Display order of records: sequence, then key by code unit (as the fingerprint orders them). */
export function bySequenceThenKey(a, b) {
  if (a.sequence !== b.sequence) return a.sequence - b.sequence;
  if (a.key === b.key) return 0;
  return a.key < b.key ? -1 : 1;
}

/** The first characters of a text, for naming a record in a list of issues. */
export function excerpt(text, max = 80) {
  const value = (text || "").replace(/\s+/g, " ").trim();
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** What the record an issue concerns is called: the need's words, the initiative's title… */
export function recordName(plan, key) {
  if (!plan || !key) return "";
  const need = plan.needs.find((entry) => entry.key === key);
  if (need) return excerpt(need.verbatim);
  for (const initiative of plan.initiatives) {
    if (initiative.key === key) return excerpt(initiative.title);
    const commitment = initiative.commitments.find((entry) => entry.key === key);
    if (commitment) return excerpt(commitment.description);
  }
  return "";
}

/** The actor of accordCore's rules, from the server's view of the user and the account. */
export function planActor(permissions, stakeholders) {
  const perms = permissions || {};
  return {
    userId: perms.userId || "",
    userName: perms.userName || "",
    canEditPlans: Boolean(perms.canEditPlans),
    canSign: Boolean(perms.canSign),
    isPlanManager: Boolean(perms.isPlanManager),
    signatoryContactIds: (stakeholders || [])
      .filter((stakeholder) => stakeholder.isSignatory && stakeholder.contactId)
      .map((stakeholder) => stakeholder.contactId)
  };
}

/**
 * The actions accordCore offers for this plan and user ({ type, party?, contentEditable?, blockers }).
 * A plan the rules cannot read yields no actions and the reason, instead of breaking the page.
 */
export function availableActions(plan, permissions, stakeholders) {
  if (!plan) return { actions: [], error: null };
  try {
    return { actions: allowedActions(plan, planActor(permissions, stakeholders)), error: null };
  } catch (error) {
    return { actions: [], error: error.message };
  }
}

export function findAction(actions, type, party) {
  return actions.find((action) => action.type === type && (party === undefined || action.party === party)) || null;
}

/** Signatory contacts of the account as combobox options. */
export function signatoryOptions(stakeholders) {
  return (stakeholders || [])
    .filter((stakeholder) => stakeholder.isSignatory && stakeholder.contactId)
    .map((stakeholder) => ({ value: stakeholder.contactId, label: stakeholder.name }));
}

/** Stakeholders with a contact, as options for "raised by" and customer owners. */
export function contactOptions(stakeholders) {
  return (stakeholders || [])
    .filter((stakeholder) => stakeholder.contactId)
    .map((stakeholder) => ({ value: stakeholder.contactId, label: stakeholder.name }));
}

/** Today in the user's time zone as YYYY-MM-DD. */
export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
