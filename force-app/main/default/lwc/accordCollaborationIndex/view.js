import USER_LANGUAGE from "@salesforce/i18n/lang";
import { LABELS, codeLabel, formatLabel } from "c/accordLabels";
import { countryName } from "c/accordCountryName";

/** A 0-100 figure as the card writes it (one decimal at most), or "Not scored". */
export function figure(value) {
  if (typeof value !== "number") return LABELS.CollabCard_NotScored;
  return String(Math.round(value * 10) / 10);
}

/** The mean 1-5 rating behind a 0-100 score: score = (mean - 1) / 4 × 100. */
export function meanOf(score) {
  return String(Math.round((score / 25 + 1) * 100) / 100);
}

/** A bar's inline width (0-100 %), clamped. */
export function barStyle(score) {
  const width = typeof score === "number" ? Math.max(0, Math.min(100, score)) : 0;
  return `width: ${width}%`;
}

function dimensionName(code, dimensions) {
  const configured = dimensions.find((d) => d.code === code);
  return codeLabel("Dimension", code) || (configured ? configured.label : code);
}

export function functionName(value) {
  if (!value) return "";
  return codeLabel("Function", value.replace(/\s+/g, "")) || value;
}

function sideTip(side, score, ratings, weight) {
  if (typeof score !== "number") return `${side}: ${LABELS.CollabCard_NotScored}`;
  return formatLabel(LABELS.CollabCard_DimensionTip, side, figure(score), ratings, meanOf(score), weight);
}

/** The details JSON of a period (Details__c): {dimensions, functions, roadblocks}; empty lists when unreadable. */
export function readDetails(text) {
  try {
    const parsed = JSON.parse(text || "{}");
    return {
      dimensions: Array.isArray(parsed.dimensions) ? parsed.dimensions : [],
      functions: Array.isArray(parsed.functions) ? parsed.functions : [],
      roadblocks: Array.isArray(parsed.roadblocks) ? parsed.roadblocks : []
    };
  } catch {
    return { dimensions: [], functions: [], roadblocks: [] };
  }
}

/** One period's card content, every number with the text that explains it. */
export function periodView(period, dimensions) {
  const details = readDetails(period.details);
  const customerName = LABELS.CollabCard_Customer;
  const internalName = LABELS.CollabCard_Internal;
  return {
    period: period.period,
    customer: figure(period.customerIndex),
    customerTip: formatLabel(LABELS.CollabCard_SideTip, period.customerRespondents, figure(period.customerMargin)),
    internal: figure(period.internalIndex),
    internalTip: formatLabel(LABELS.CollabCard_SideTip, period.internalRespondents, figure(period.internalMargin)),
    gap: typeof period.indexGap === "number" ? signed(period.indexGap) : LABELS.CollabCard_NotScored,
    provisional: period.provisional === true,
    provisionalText: formatLabel(LABELS.CollabCard_Provisional, figure(period.customerMargin)),
    provisionalHelp: formatLabel(
      LABELS.CollabCard_ProvisionalHelp,
      period.customerRespondents,
      period.minimumRespondents
    ),
    dimensions: details.dimensions.map((d) => ({
      code: d.code,
      name: dimensionName(d.code, dimensions),
      customer: figure(d.customerScore),
      internal: figure(d.internalScore),
      customerStyle: barStyle(d.customerScore),
      internalStyle: barStyle(d.internalScore),
      hasCustomer: typeof d.customerScore === "number",
      hasInternal: typeof d.internalScore === "number",
      gap: typeof d.gap === "number" ? formatLabel(LABELS.CollabCard_GapOf, signed(d.gap)) : null,
      tip: [
        sideTip(customerName, d.customerScore, d.customerRatings, d.weight),
        sideTip(internalName, d.internalScore, d.internalRatings, d.weight)
      ].join(" · ")
    })),
    functions: details.functions.map((f) => ({
      name: functionName(f.function),
      score: figure(f.score),
      style: barStyle(f.score),
      respondents: f.respondents,
      tip: formatLabel(LABELS.CollabCard_FunctionTip, f.respondents),
      isLowest: f.function === period.lowestFunction
    })),
    roadblocks: details.roadblocks.map((r, i) => ({
      key: `${r.kind}-${i}`,
      kind: r.kind,
      text: roadblockText(r, dimensions)
    }))
  };
}

function signed(value) {
  return value > 0 ? `+${figure(value)}` : figure(value);
}

export function roadblockText(roadblock, dimensions) {
  const template = codeLabel("CollabCard_Roadblock", roadblock.kind);
  if (!template) return roadblock.kind;
  switch (roadblock.kind) {
    case "LowCustomerScore":
      return formatLabel(
        template,
        dimensionName(roadblock.dimension, dimensions),
        figure(roadblock.score),
        roadblock.threshold
      );
    case "Gap":
      return formatLabel(
        template,
        dimensionName(roadblock.dimension, dimensions),
        figure(roadblock.internalScore),
        figure(roadblock.customerScore)
      );
    default:
      return formatLabel(
        template,
        functionName(roadblock.function),
        figure(roadblock.score),
        figure(roadblock.highestFunctionScore)
      );
  }
}

/** The trend: oldest period first, both indices as bars. */
export function trendView(periods) {
  return [...periods].reverse().map((p) => ({
    period: p.period,
    text: formatLabel(LABELS.CollabCard_TrendRow, p.period, figure(p.customerIndex), figure(p.internalIndex)),
    customerStyle: barStyle(p.customerIndex),
    internalStyle: barStyle(p.internalIndex)
  }));
}

/**
 * "one" or "other": the plural form a count takes in the language (labels exist for these two; a language with
 * more forms, or a runtime without Intl.PluralRules, falls back to "other" for anything but 1).
 */
export function pluralForm(count, language = USER_LANGUAGE) {
  try {
    return new Intl.PluralRules(language).select(count) === "one" ? "one" : "other";
  } catch {
    return count === 1 ? "one" : "other";
  }
}

/** A group without a configured name: a country by its name in the language ("Germany (DE)"), others by code. */
function nameOfKey(scope, key, language) {
  return scope === "country" ? countryName(key, language) : key;
}

/**
 * The benchmark rows (country, archetype, all) that exist: the archetype by its configured name (the server sends
 * Healthcare_Archetype__mdt's label; its code when it has none), the count of accounts in the plural it takes.
 */
export function benchmarkView(benchmark, language = USER_LANGUAGE) {
  if (!benchmark) return [];
  return ["country", "archetype", "all"]
    .filter((scope) => benchmark[scope])
    .map((scope) => {
      const group = benchmark[scope];
      return {
        scope,
        name: formatLabel(
          codeLabel("CollabCard_Benchmark", scope),
          group.label || nameOfKey(scope, group.key, language)
        ),
        text: formatLabel(
          codeLabel("CollabCard_BenchmarkLine", pluralForm(group.accounts, language)),
          figure(group.percentile),
          figure(group.median),
          group.accounts
        )
      };
    });
}
