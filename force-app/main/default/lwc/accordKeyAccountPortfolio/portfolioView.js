/**
 * Display rules of the key-account portfolio (no business rule lives here: quadrants and nomination rules come
 * from c/accordCore): filter options and matching, table rows, matrix points and the quadrant boxes.
 */
import { HIGH_PRIORITY_FROM, STRONG_RELATIONSHIP_FROM, portfolioQuadrant } from "c/accordCore";
import { LABELS, formatLabel } from "c/accordLabels";
import { STATUSES, labelOf, userDate } from "c/accordPlanView";
import LOCALE from "@salesforce/i18n/locale";
import LANG from "@salesforce/i18n/lang";
import { countryName } from "c/accordCountryName";

/** A filter value meaning "the value is empty" (no country, no archetype, no tier). */
export const NONE = "__none";
export const KEY_FILTERS = { key: "key", notKey: "notKey" };

const NUMBER = new Intl.NumberFormat(LOCALE.replace("_", "-"), { maximumFractionDigits: 1 });
const isScore = (value) => typeof value === "number" && Number.isFinite(value);
const byText = (a, b) => a.label.localeCompare(b.label);

export const formatScore = (value) => (isScore(value) ? NUMBER.format(value) : LABELS.Portfolio_NoValue);
export function quadrantLabel(quadrant) {
  return quadrant ? LABELS[`Portfolio_Quadrant_${quadrant}`] : LABELS.Portfolio_NotPlaced;
}

/** Options of one filter: All, each value present (sorted by label), and None when some account has no value. */
function optionsOf(accounts, valueOf, labelOfValue) {
  const labels = new Map();
  let hasEmpty = false;
  for (const account of accounts) {
    const value = valueOf(account);
    if (value) labels.set(value, labelOfValue(account, value));
    else hasEmpty = true;
  }
  const options = [...labels].map(([value, label]) => ({ value, label })).sort(byText);
  return [
    { value: "", label: LABELS.Portfolio_All },
    ...options,
    ...(hasEmpty ? [{ value: NONE, label: LABELS.Portfolio_NoValue }] : [])
  ];
}

export function filterOptions(accounts) {
  return {
    country: optionsOf(
      accounts,
      (a) => a.countryCode,
      (a, code) => countryName(code, LANG)
    ),
    archetype: optionsOf(
      accounts,
      (a) => a.archetypeCode,
      (a, code) => a.archetypeLabel || code
    ),
    tier: optionsOf(
      accounts,
      (a) => a.tier,
      (a, tier) => tier
    ),
    key: [
      { value: "", label: LABELS.Portfolio_All },
      { value: KEY_FILTERS.key, label: LABELS.Portfolio_KeyOnly },
      { value: KEY_FILTERS.notKey, label: LABELS.Portfolio_NotKeyOnly }
    ]
  };
}

const matches = (filter, value) => !filter || (filter === NONE ? !value : value === filter);

export function matchesFilters(account, filters) {
  if (!matches(filters.country, account.countryCode)) return false;
  if (!matches(filters.archetype, account.archetypeCode)) return false;
  if (!matches(filters.tier, account.tier)) return false;
  if (filters.key === KEY_FILTERS.key) return account.keyAccount === true;
  if (filters.key === KEY_FILTERS.notKey) return account.keyAccount !== true;
  return true;
}

/** Highest priority first (unscored last), then by name. */
export function byPriority(a, b) {
  const pa = isScore(a.priorityScore) ? a.priorityScore : -1;
  const pb = isScore(b.priorityScore) ? b.priorityScore : -1;
  return pb - pa || String(a.accountName).localeCompare(String(b.accountName));
}

/** One table row: every value as the user reads it (the country by its name in the user's language). */
export function tableRow(account, selectedId) {
  const quadrant = portfolioQuadrant(account.priorityScore, account.collaborationIndex);
  const name = account.accountName;
  return {
    accountId: account.accountId,
    name,
    country: countryName(account.countryCode, LANG) || LABELS.Portfolio_NoValue,
    archetype: account.archetypeLabel || account.archetypeCode || LABELS.Portfolio_NoValue,
    tier: account.tier || LABELS.Portfolio_NoValue,
    priority: formatScore(account.priorityScore),
    collaboration: formatScore(account.collaborationIndex),
    plan: account.planStatus ? labelOf(STATUSES, account.planStatus) : LABELS.Portfolio_NoPlan,
    period:
      account.periodStart && account.periodEnd
        ? formatLabel(LABELS.Portfolio_PeriodValue, userDate(account.periodStart), userDate(account.periodEnd))
        : "",
    quadrant: quadrantLabel(quadrant),
    keyAccount: account.keyAccount === true,
    keyText: account.keyAccount ? LABELS.Portfolio_Yes : LABELS.Portfolio_No,
    historyLabel: formatLabel(LABELS.Portfolio_HistoryOf, name),
    action: account.keyAccount ? "Retire" : "Nominate",
    actionText: account.keyAccount ? LABELS.NominationAction_Retire : LABELS.NominationAction_Nominate,
    actionLabel: formatLabel(account.keyAccount ? LABELS.Portfolio_RetireOf : LABELS.Portfolio_NominateOf, name),
    rowClass: account.accountId === selectedId ? "slds-is-selected" : ""
  };
}

const clamp = (value) => Math.min(100, Math.max(0, value));

/** A matrix point: placed by priority (across) and collaboration index (up), 0-100; null when not placed. */
export function matrixPoint(account, selectedId) {
  const quadrant = portfolioQuadrant(account.priorityScore, account.collaborationIndex);
  if (!quadrant) return null;
  const selected = account.accountId === selectedId;
  return {
    accountId: account.accountId,
    style: `left: ${clamp(account.priorityScore)}%; bottom: ${clamp(account.collaborationIndex)}%;`,
    label: formatLabel(
      LABELS.Portfolio_Point,
      account.accountName,
      formatScore(account.priorityScore),
      formatScore(account.collaborationIndex),
      quadrantLabel(quadrant)
    ),
    className: `point${account.keyAccount ? " point_key" : ""}${selected ? " point_selected" : ""}`
  };
}

/** The four quadrant boxes, cut at the thresholds of src/core (one owner), each with its label in words. */
export function quadrantBoxes() {
  const x = HIGH_PRIORITY_FROM;
  const y = STRONG_RELATIONSHIP_FROM;
  const box = (quadrant, left, bottom, width, height) => ({
    quadrant,
    label: LABELS[`Portfolio_Quadrant_${quadrant}`],
    className: `quadrant quadrant_${quadrant.toLowerCase()}`,
    style: `left: ${left}%; bottom: ${bottom}%; width: ${width}%; height: ${height}%;`
  });
  return [
    box("Maintain", 0, y, x, 100 - y),
    box("Invest", x, y, 100 - x, 100 - y),
    box("Reconsider", 0, 0, x, y),
    box("Develop", x, 0, 100 - x, y)
  ];
}

/** Latest effective date first; on the same date, the one recorded last first. */
function latestFirst(a, b) {
  if (a.entry.effectiveDate !== b.entry.effectiveDate) return a.entry.effectiveDate < b.entry.effectiveDate ? 1 : -1;
  return b.index - a.index;
}

/** History entries of one account, latest first, as the user reads them. */
export function historyRows(nominations, accountId) {
  return nominations
    .filter((entry) => entry.accountId === accountId)
    .map((entry, index) => ({ entry, index }))
    .sort(latestFirst)
    .map(({ entry }) => ({
      id: entry.id,
      decision: LABELS[`NominationAction_${entry.action}`] || entry.action,
      effectiveDate: userDate(entry.effectiveDate),
      reason: entry.reason,
      recordedBy: entry.recordedByName || LABELS.Portfolio_NoValue,
      recordedOn: userDate(entry.recordedAt)
    }));
}
