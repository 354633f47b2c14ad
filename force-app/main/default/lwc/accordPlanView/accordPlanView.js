/**
 * Display helpers of the plan workspace: picklist values with their labels, the texts of issues
 * (share blockers, close blockers) and the actor the accordCore rules expect. No rules live here:
 * what is allowed comes from accordCore's allowedActions / shareReadiness, the server decides.
 */
import {
  COMMITMENT_STATUSES as CORE_COMMITMENT_STATUSES,
  INITIATIVE_STATUSES as CORE_INITIATIVE_STATUSES,
  LANGUAGES as CORE_LANGUAGES,
  NEED_DECISIONS,
  NEED_THEMES,
  PARTIES as CORE_PARTIES,
  PLAN_STATUSES,
  REVIEW_OUTCOMES,
  REVIEW_TYPES as CORE_REVIEW_TYPES,
  SIGNATURE_METHODS,
  SUCCESS_OUTCOMES,
  allowedActions,
  compareSequenceThenKey,
  labelKey
} from "c/accordCore";
import { LABELS, codeLabel, formatLabel } from "c/accordLabels";
import LOCALE from "@salesforce/i18n/locale";

/** The name (without Accord_) of the label of a value: Status_InReview, Theme_BudgetAndCost… */
export const labelNameOf = (prefix, value, key = labelKey) => `${prefix}_${key(value)}`;
/** How the options of each list name their labels, so labelOf can read them in another language. */
const NAMING = new Map();
/** Options of a value set of accordCore (its values, in its order) with their labels. */
const optionsOf = (values, prefix, key = labelKey) => {
  const options = values.map((value) => ({ value, label: LABELS[labelNameOf(prefix, value, key)] }));
  NAMING.set(options, { prefix, key });
  return options;
};

export const STATUSES = optionsOf(PLAN_STATUSES, "Status");
/** The decisions a rep can take ("Pending" is where a need starts, not a choice). */
export const DECISIONS = optionsOf(
  NEED_DECISIONS.filter((decision) => decision !== "Pending"),
  "Decision"
);
export const PARTIES = optionsOf(CORE_PARTIES, "Party");
export const METHODS = optionsOf(SIGNATURE_METHODS, "Method");
export const OUTCOMES = optionsOf(REVIEW_OUTCOMES, "Outcome");
/** Was an initiative's success measure achieved (the review). */
export const SUCCESS = optionsOf(SUCCESS_OUTCOMES, "Success");
export const INITIATIVE_STATUSES = optionsOf(CORE_INITIATIVE_STATUSES, "InitiativeStatus");
export const COMMITMENT_STATUSES = optionsOf(CORE_COMMITMENT_STATUSES, "CommitmentStatus");
/** Values of the global value set Accord_Need_Theme. */
export const THEMES = optionsOf(NEED_THEMES, "Theme");
export const LANGUAGES = optionsOf(CORE_LANGUAGES, "Language", (code) => code);
export const PRIORITIES = ["1", "2", "3", "4", "5"].map((value) => ({ value, label: value }));

/**
 * The label of a picklist value; the value itself when it is not one of ours (never blank). `labels`: the labels of
 * the screen's language (customer mode: the plan's), for the lists above; the user's by default.
 */
export function labelOf(options, value, labels = LABELS) {
  const option = options.find((entry) => entry.value === value);
  if (!option) return value || labels.Common_NotSet;
  const naming = NAMING.get(options);
  return (naming && labels[labelNameOf(naming.prefix, value, naming.key)]) || option.label;
}

/** Lists above read in other labels, by labels object: the same array for every render in that language. */
const optionsByLabels = new WeakMap();
/** One of the lists above with its labels in `labels` (the screen's language); the list itself for the user's. */
export function optionsIn(options, labels = LABELS) {
  const naming = NAMING.get(options);
  if (!naming || labels === LABELS) return options;
  if (!optionsByLabels.has(labels)) optionsByLabels.set(labels, new Map());
  const lists = optionsByLabels.get(labels);
  if (!lists.has(options)) {
    lists.set(
      options,
      options.map((option) => ({ ...option, label: labelOf(options, option.value, labels) }))
    );
  }
  return lists.get(options);
}

/** Options with a leading "None" choice for optional picklists ("None" in `labels`, the user's by default). */
export function withNone(options, labels = LABELS) {
  return [{ value: "", label: labels.Common_None }, ...options];
}

/**
 * The choices beside a need's words (who raised it, theme, customer priority) as select rows bound to
 * `draft` ({ raisedById, theme, customerPriority }, "" for none), data-ids `<idPrefix>-raised-by|theme|priority`:
 * the entry form and a need's edit form show the same three.
 */
export function needChoices(stakeholders, draft, idPrefix, labels = LABELS) {
  return [
    {
      field: "raisedById",
      id: "raised-by",
      label: labels.Need_RaisedBy,
      options: withNone(contactOptions(stakeholders), labels)
    },
    { field: "theme", id: "theme", label: labels.Need_Theme, options: withNone(optionsIn(THEMES, labels), labels) },
    { field: "customerPriority", id: "priority", label: labels.Need_Priority, options: withNone(PRIORITIES, labels) }
  ].map(({ id, ...choice }) => ({ ...choice, dataId: `${idPrefix}-${id}`, value: draft[choice.field] }));
}

/** A need's fields from its words and a needChoices draft: the raiser's name is snapshotted, "" becomes null. */
export function needFields(verbatim, draft, stakeholders) {
  const stakeholder = (stakeholders || []).find((entry) => entry.contactId === draft.raisedById);
  return {
    verbatim,
    raisedById: draft.raisedById || null,
    raisedByName: stakeholder ? stakeholder.name : null,
    theme: draft.theme || null,
    customerPriority: draft.customerPriority ? Number(draft.customerPriority) : null
  };
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

export const REVIEW_TYPES = optionsOf(CORE_REVIEW_TYPES, "ReviewType");

/**
 * The translated text of an issue from accordCore: the label Accord_Issue_<code>, else Accord_Error_<code>
 * (a refusal), else its English message. `labels`: the screen's language (customer mode: the plan's); the user's
 * by default.
 */
export function issueText(issue, labels = LABELS) {
  const known = (kind) => (codeLabel(kind, issue.code) === undefined ? undefined : labels[`${kind}_${issue.code}`]);
  const label = known("Issue") || known("Error");
  if (!label) return formatLabel(labels.Issue_Other, issue.message);
  const params = issue.params || {};
  return formatLabel(label, ...(ISSUE_PARAMS[issue.code] || []).map((name) => params[name]));
}

/** Display order of records (a comparator): the core's canonical order, sequence then key, as the fingerprint orders them. */
export const bySequenceThenKey = compareSequenceThenKey;

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

const USER_LOCALE = LOCALE.replace("_", "-");
/** A formatter per locale, made the first time that locale asks (Intl formatters are costly to make). */
function perLocale(make) {
  const made = new Map();
  return (locale) => {
    if (!made.has(locale)) made.set(locale, make(locale));
    return made.get(locale);
  };
}
/** Numbers as a locale writes them ("32,768", "32.768"). */
const countFormat = perLocale((locale) => new Intl.NumberFormat(locale));

/**
 * A text input's limit: the counter shown under it ("1,024 / 32,768") and, beyond the limit, the message that
 * refuses it. Inputs carry no maxlength: the browser would cut a long paste silently; this says so instead.
 * `labels` gives Common_CharCount and Common_TooLong in another language (customer mode) and `locale` (a BCP 47
 * tag) writes the numbers as that language does; the user's by default.
 */
export function textLimit(value, max, labels = LABELS, locale = USER_LOCALE) {
  const length = typeof value === "string" ? value.length : 0;
  const tooLong = length > max;
  const count = countFormat(locale || USER_LOCALE);
  return {
    counter: formatLabel(labels.Common_CharCount, count.format(length), count.format(max)),
    tooLong,
    message: tooLong ? formatLabel(labels.Common_TooLong, count.format(length), count.format(max)) : ""
  };
}

/**
 * Whether a form's texts (c-accord-text-field) may be sent; if not, the first field in the way says why and takes
 * the focus, and the caller sends nothing. `required` (or null) must not be blank: blank, it shows `message`,
 * else an earlier message of the parent's clears. Then every field must fit its limit (the text is never cut).
 */
export function textsReady(fields, required = null, message = LABELS.Common_Required) {
  if (required && (required.value || "").trim() === "") {
    required.setCustomValidity(message);
    required.reportValidity();
    required.focus();
    return false;
  }
  if (required) required.setCustomValidity("");
  const tooLong = [...fields].find((field) => !field.reportLimit());
  if (tooLong) tooLong.focus();
  return !tooLong;
}

/** An event of a child passed on by its parent, one level up: a component's events do not leave its shadow tree. */
export function passOn(host, event) {
  event.stopPropagation();
  host.dispatchEvent(new CustomEvent(event.type, { detail: event.detail }));
}

/**
 * Dates of the workspace in the user's locale ("Jul 1, 2026", "2026年7月1日"), or in customer mode the plan
 * language's (followScreen); the customer document uses the plan's pattern. One formatter per locale.
 */
const dateFormat = perLocale(
  (locale) => new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" })
);

/** An ISO date or date-time as the user's locale writes the day; blank stays blank. */
export function userDate(value, locale = USER_LOCALE) {
  if (!value) return "";
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : dateFormat(locale || USER_LOCALE).format(date);
}

/** The values that are there, joined by " · ": never a separator next to a missing value. */
export function joinPresent(values) {
  return values.filter((value) => value !== null && value !== undefined && String(value).trim() !== "").join(" · ");
}
