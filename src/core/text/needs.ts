/**
 * Needs heard across many accounts: the same need voiced by many customers (and often declined
 * or deferred) is a signal for a new offering. Groups needs by theme and by text similarity
 * that works across English, German, Japanese and Korean (see ngrams.ts, needSimilarity.ts).
 *
 * - Identical normalized texts are one text. Texts are visited most repeated first (then in
 *   code-point order, so record order never matters); each joins the group whose leading text
 *   it is most similar to when the Jaccard similarity of their shingle sets is at least
 *   `threshold` (default 0.5), else it leads a new group (needSimilarity.ts).
 * - Per group: needs, distinct accounts and countries, themes, decision mix, the share declined
 *   or deferred, and representative verbatims (the most repeated texts, then the most central:
 *   highest mean share of the group's texts that contain each of its shingles).
 * - Order: most accounts first, then most needs, then representative verbatim (code points).
 */
import type { NeedDecision } from "../values";
import { ShingleVocabulary, normalizeForMatching } from "./ngrams";
import { leaderClustersIndexed } from "./needSimilarity";
import { compareText } from "../plan/order";
import { fail, optionalText, requireArray, requireNumber, requireObject, requireOneOf, requireText } from "../input";
import { roundToTenth } from "../scores/rounding";

export const DEFAULT_SIMILARITY_THRESHOLD = 0.5;
export const DEFAULT_REPRESENTATIVES = 3;
const DECISIONS = ["Pending", "Commit", "Defer", "Decline"] as const;

/** A need as the COE sees it: the plan's account and country travel with it. */
export interface NeedSignal {
  id?: string;
  accountId: string;
  countryCode: string | null;
  theme: string | null;
  verbatim: string;
  decision: NeedDecision;
}

export interface NeedGroupingOptions {
  threshold?: number;
  representatives?: number;
  /** Only groups heard at this many distinct accounts or more. */
  minAccounts?: number;
}

export interface NeedAggregate {
  needs: number;
  accounts: number;
  countries: number;
  countryCodes: string[];
  decisions: Record<NeedDecision, number>;
  declinedOrDeferred: number;
  declinedOrDeferredPercent: number;
}

export interface NeedGroup extends NeedAggregate {
  representatives: string[];
  themes: { theme: string | null; needs: number }[];
  /** Positions of the group's needs in the input, ascending. */
  members: number[];
}

export interface ThemeSummary extends NeedAggregate {
  theme: string | null;
}

export interface NeedGroupingResult {
  groups: NeedGroup[];
  themes: ThemeSummary[];
  distinctTexts: number;
}

export function groupNeeds(needs: NeedSignal[], options: NeedGroupingOptions = {}): NeedGroupingResult {
  const threshold = requireNumber(options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD, "options.threshold", {
    min: 0.01,
    max: 1
  });
  const keep = requireNumber(options.representatives ?? DEFAULT_REPRESENTATIVES, "options.representatives", {
    min: 1,
    max: 100,
    integer: true
  });
  const minAccounts = requireNumber(options.minAccounts ?? 1, "options.minAccounts", {
    min: 1,
    max: 1e9,
    integer: true
  });
  const signals = requireArray(needs, "needs").map(readNeed);

  // One entry per distinct normalized text, with how often it was heard.
  const textIndex = new Map<string, number>();
  const textOf: number[] = [];
  const texts: string[] = [];
  const heard: number[] = [];
  // The same words are often typed again: each distinct verbatim is normalized once.
  const normalizedOf = new Map<string, string>();
  signals.forEach((need, i) => {
    let normalized = normalizedOf.get(need.verbatim);
    if (normalized === undefined) {
      normalized = normalizeForMatching(need.verbatim);
      normalizedOf.set(need.verbatim, normalized);
    }
    if (normalized === "") {
      fail("INVALID_INPUT", `needs[${i}].verbatim has no letters or digits: record the customer's words.`);
    }
    let t = textIndex.get(normalized);
    if (t === undefined) {
      t = texts.length;
      textIndex.set(normalized, t);
      texts.push(normalized);
      heard.push(0);
    }
    heard[t]++;
    textOf.push(t);
  });
  const vocabulary = new ShingleVocabulary();
  const shingles = toRarestFirstIds(
    texts.map((text) => vocabulary.idsOf(text)),
    vocabulary.size
  );
  const order = texts.map((_, t) => t).sort((a, b) => heard[b] - heard[a] || compareText(texts[a], texts[b]));
  const leaderOf = leaderClustersIndexed(shingles, order, threshold);
  /** Per shingle id, how many of one group's texts contain it (representatives; zeroed after each group). */
  const textsWith = new Int32Array(vocabulary.size);

  const byLeader = new Map<number, number[]>();
  signals.forEach((_, i) => {
    const leader = leaderOf[textOf[i]];
    const members = byLeader.get(leader);
    if (members) members.push(i);
    else byLeader.set(leader, [i]);
  });

  const groups: NeedGroup[] = [];
  for (const members of byLeader.values()) {
    const aggregate = aggregateOf(members.map((i) => signals[i]));
    if (aggregate.accounts < minAccounts) continue;
    groups.push({
      ...aggregate,
      representatives: representatives(members, signals, textOf, shingles, textsWith, keep),
      themes: themeMix(members.map((i) => signals[i].theme)),
      members
    });
  }
  groups.sort(
    (a, b) => b.accounts - a.accounts || b.needs - a.needs || compareText(a.representatives[0], b.representatives[0])
  );
  return { groups, themes: themeSummaries(signals), distinctTexts: texts.length };
}

/** Needs per theme (null theme last), most accounts first. */
export function summarizeByTheme(needs: NeedSignal[]): ThemeSummary[] {
  return themeSummaries(requireArray(needs, "needs").map(readNeed));
}

function themeSummaries(needs: NeedSignal[]): ThemeSummary[] {
  const byTheme = new Map<string | null, NeedSignal[]>();
  for (const need of needs) {
    const list = byTheme.get(need.theme);
    if (list) list.push(need);
    else byTheme.set(need.theme, [need]);
  }
  return [...byTheme.entries()]
    .map(([theme, list]) => ({ theme, ...aggregateOf(list) }))
    .sort(
      (a, b) =>
        nullLast(a.theme, b.theme) || b.accounts - a.accounts || b.needs - a.needs || compareThemes(a.theme, b.theme)
    );
}

/** Named themes before the missing one. */
function nullLast(a: string | null, b: string | null): number {
  return (a === null ? 1 : 0) - (b === null ? 1 : 0);
}

/** Code-point order, the missing theme last (each theme appears once per list). */
function compareThemes(a: string | null, b: string | null): number {
  return a === null || b === null ? nullLast(a, b) : compareText(a, b);
}

function aggregateOf(needs: NeedSignal[]): NeedAggregate {
  const decisions: Record<NeedDecision, number> = { Pending: 0, Commit: 0, Defer: 0, Decline: 0 };
  const accounts = new Set<string>();
  const countries = new Set<string>();
  for (const need of needs) {
    decisions[need.decision]++;
    accounts.add(need.accountId);
    if (need.countryCode !== null) countries.add(need.countryCode);
  }
  const declinedOrDeferred = decisions.Decline + decisions.Defer;
  return {
    needs: needs.length,
    accounts: accounts.size,
    countries: countries.size,
    countryCodes: [...countries].sort(compareText),
    decisions,
    declinedOrDeferred,
    declinedOrDeferredPercent: roundToTenth((declinedOrDeferred / needs.length) * 100)
  };
}

function themeMix(themes: (string | null)[]): { theme: string | null; needs: number }[] {
  const counts = new Map<string | null, number>();
  for (const theme of themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  return [...counts.entries()]
    .map(([theme, needs]) => ({ theme, needs }))
    .sort((a, b) => b.needs - a.needs || compareThemes(a.theme, b.theme));
}

/** The most repeated texts, then the most central ones; each shown by its first verbatim in code-point order. */
function representatives(
  members: number[],
  signals: NeedSignal[],
  textOf: number[],
  shingles: Int32Array[],
  textsWith: Int32Array,
  keep: number
): string[] {
  const perText = new Map<number, { count: number; verbatim: string }>();
  for (const i of members) {
    const entry = perText.get(textOf[i]);
    const verbatim = signals[i].verbatim.trim();
    if (!entry) perText.set(textOf[i], { count: 1, verbatim });
    else {
      entry.count++;
      if (verbatim < entry.verbatim) entry.verbatim = verbatim;
    }
  }
  const distinct = [...perText.keys()];
  for (const t of distinct) {
    const set = shingles[t];
    for (let k = 0; k < set.length; k++) textsWith[set[k]]++;
  }
  // Integer sums, so the figure does not depend on the order of the ids.
  const ranked = distinct.map((t) => {
    const set = shingles[t];
    let sum = 0;
    for (let k = 0; k < set.length; k++) sum += textsWith[set[k]];
    const { count, verbatim } = perText.get(t)!;
    return { count, verbatim, centrality: sum / (set.length * distinct.length) };
  });
  for (const t of distinct) {
    const set = shingles[t];
    for (let k = 0; k < set.length; k++) textsWith[set[k]] = 0;
  }
  ranked.sort((a, b) => b.count - a.count || b.centrality - a.centrality || compareText(a.verbatim, b.verbatim));
  return ranked.slice(0, keep).map((e) => e.verbatim);
}

/**
 * Shingle sets as ascending id arrays, ids re-ranked rarest first (then by first appearance) for prefix filtering:
 * any global order gives the same groups, rare ids first keep the prefixes short.
 */
function toRarestFirstIds(sets: number[][], vocabularySize: number): Int32Array[] {
  const frequency = new Int32Array(vocabularySize);
  for (const set of sets) for (let k = 0; k < set.length; k++) frequency[set[k]]++;
  // Counting sort by frequency (at most one per text), ids ascending within a frequency.
  const start = new Int32Array(sets.length + 2);
  for (let id = 0; id < vocabularySize; id++) start[frequency[id] + 1]++;
  for (let f = 1; f < start.length; f++) start[f] += start[f - 1];
  const rank = new Int32Array(vocabularySize);
  for (let id = 0; id < vocabularySize; id++) rank[id] = start[frequency[id]]++;
  return sets.map((set) => {
    const ranked = new Int32Array(set.length);
    for (let k = 0; k < set.length; k++) ranked[k] = rank[set[k]];
    return ranked.sort();
  });
}

function readNeed(need: NeedSignal, i: number): NeedSignal {
  const at = `needs[${i}]`;
  requireObject(need, at);
  const verbatim = requireText(need.verbatim, `${at}.verbatim`);
  return {
    id: need.id,
    accountId: requireText(need.accountId, `${at}.accountId`),
    countryCode: optionalText(need.countryCode, `${at}.countryCode`),
    theme: optionalText(need.theme, `${at}.theme`),
    verbatim,
    decision: requireOneOf(need.decision, DECISIONS, `${at}.decision`)
  };
}
