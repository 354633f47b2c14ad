"use strict";
// The collaboration survey and card (AccordCollaborationController.getSurvey / saveAssessment / getIndexCard) over
// the in-memory store, with src/core's rules: the index of each account and period (computeCollaborationIndex, as
// AccordCollaborationResults stores it) and the benchmarks (benchmarkCollaboration, as AccordCollaborationCard).
// Refusals carry the org's codes and its labels in the user's language.

const path = require("node:path");
const { ApexError } = require("./apexError");
const { readLabelCatalog } = require("../build/labels");
const { PREVIEW_USER } = require("./actor");
const { readSampleUsers } = require("./sampleOwners");
const { accountCountryCode, contactName } = require("./mapping");

/** The preview's colleagues (the org lists its active users): the preview user first, the sample users after. */
const COLLEAGUES = readSampleUsers(path.resolve(__dirname, "../../data"));
const TREND_PERIODS = 8;
const YEAR = /^\d{4}$/;

let labelCatalog;
function label(language, name, ...values) {
  if (!labelCatalog) labelCatalog = readLabelCatalog(path.resolve(__dirname, "../.."));
  const lang = (language || "en_US").replace(/_US$/, "");
  const text = (labelCatalog.translations[lang] || {})[name] ?? labelCatalog.en[name];
  return values.reduce((result, value, i) => result.split(`{${i}}`).join(String(value)), text);
}

/** The language of the account's newest plan (customer mode shows the survey in it), or null. */
function latestPlanLanguage(store, accountId) {
  const plans = [...store.plans.values()]
    .filter((p) => p.accountId === accountId)
    .sort((a, b) => (a.periodStart < b.periodStart ? 1 : -1));
  return plans.length > 0 ? plans[0].planLanguage : null;
}

/** The respondent of an assessment: its Contact or User Id; seeded ones without Ids by name. */
const respondentOf = (a) => a.respondentId || `name:${a.respondentName}`;

function toDraft(a) {
  return {
    id: a.id,
    accountId: a.accountId,
    period: a.period,
    respondentType: a.respondentType,
    respondentId: a.respondentId || null,
    respondentName: a.respondentName,
    function: a.function,
    comment: a.comment || null,
    submittedOn: a.submittedOn,
    ratings: a.ratings
  };
}

function dimensionDtos(config) {
  return [...config.dimensions]
    .sort((x, y) => x.sequence - y.sequence || (x.code < y.code ? -1 : 1))
    .map(({ code, label: name, audience, weight, sequence }) => ({ code, label: name, audience, weight, sequence }));
}

/**
 * The stored result of every period of an account (Collaboration_Result__c), newest first, from its submitted
 * assessments; throws what computeCollaborationIndex refuses.
 * @param {import("./core").Core} core
 */
function resultsOf(core, store, account) {
  const byPeriod = new Map();
  for (const a of store.assessments) {
    if (a.accountId !== account.Id || !a.submittedOn || !a.period) continue;
    if (!byPeriod.has(a.period)) byPeriod.set(a.period, []);
    byPeriod.get(a.period).push(a);
  }
  const country = accountCountryCode(account);
  const setting = store.config.countries.find((c) => c.countryCode === country);
  return [...byPeriod.keys()]
    .sort()
    .reverse()
    .map((period) => {
      const r = core.computeCollaborationIndex(byPeriod.get(period), store.config.dimensions, store.config.settings);
      return {
        period,
        countryCode: country,
        archetypeCode: setting ? setting.archetypeCode : null,
        customerIndex: r.customer.score,
        internalIndex: r.internal.score,
        indexGap: r.summary.indexGap,
        customerRespondents: r.customer.respondents,
        internalRespondents: r.internal.respondents,
        customerMargin: r.customer.margin,
        internalMargin: r.internal.margin,
        minimumRespondents: store.config.settings.minimumRespondents,
        provisional: r.customer.provisional,
        weakestDimension: r.summary.weakestDimension,
        lowestFunction: r.summary.lowestFunction,
        details: JSON.stringify({ dimensions: r.dimensions, functions: r.functions, roadblocks: r.roadblocks })
      };
    });
}

/** A stored result as the card reads it (CollaborationPeriodDto): without the benchmark scope. */
function withoutScope(result) {
  const period = { ...result };
  delete period.countryCode;
  delete period.archetypeCode;
  return period;
}

/**
 * The benchmark groups as AccordCollaborationCard sends them: each with `label`, the archetype's configured name
 * (Healthcare_Archetype__mdt's label; null for a code no longer configured), null for the country and all accounts.
 */
function withLabels(benchmark, config) {
  const labelled = (group, label) => (group ? { ...group, label } : null);
  const archetype = benchmark.archetype && config.archetypes.find((a) => a.code === benchmark.archetype.key);
  return {
    country: labelled(benchmark.country, null),
    archetype: labelled(benchmark.archetype, archetype ? archetype.label : null),
    all: labelled(benchmark.all, null)
  };
}

/** The plan's years ("2026"), as assessments name their period (AccordPartnershipView.periodsOf). */
function yearsOf(periodStart, periodEnd) {
  if (!periodStart || !periodEnd) return [];
  const years = [];
  for (let year = Number(periodStart.slice(0, 4)); year <= Number(periodEnd.slice(0, 4)); year++)
    years.push(String(year));
  return years;
}

/**
 * @param {{ getCore: () => import("./core").Core, store: () => any, now: () => string, requireAccount: Function,
 *   requirePlan: Function }} options
 */
function createCollaborationControllers({ getCore, store, now, requireAccount, requirePlan }) {
  const currentPeriod = () => now().slice(0, 4);

  /** @returns {never} */
  function refuse(language, code, name, values, recordKey) {
    throw new ApexError(code, label(language, name, ...values), recordKey ? { recordKey } : undefined);
  }

  /** Every account's results of one period (AccordScoringSelector.benchmarkPeers): only figures leave. */
  function peersOf(period) {
    const peers = [];
    for (const other of store().accounts.values()) {
      try {
        const result = resultsOf(getCore(), store(), other).find((r) => r.period === period);
        if (result && result.customerIndex !== null) {
          peers.push({
            accountId: other.Id,
            countryCode: result.countryCode,
            archetypeCode: result.archetypeCode,
            index: result.customerIndex
          });
        }
      } catch {
        // An account whose data scoring refuses has no stored result: it is not a peer.
      }
    }
    return peers;
  }

  function readRespondent(language, draft, account) {
    if (draft.respondentType === "Customer") {
      if (draft.function) refuse(language, "INVALID_VALUE", "Accord_Error_SurveyFunctionOnlyInternal", []);
      const contact = store().contacts.get(draft.respondentId);
      if (!contact || contact.AccountId !== account.Id) {
        refuse(language, "RESPONDENT_NOT_CONTACT", "Accord_Error_SurveyRespondentNotContact", []);
      }
      return contactName(contact);
    }
    if (draft.respondentType !== "Internal") {
      refuse(language, "INVALID_VALUE", "Accord_Error_InvalidRespondentType", ["respondentType", draft.respondentType]);
    }
    const colleague = COLLEAGUES.find((c) => c.id === draft.respondentId);
    if (!colleague) refuse(language, "RESPONDENT_REQUIRED", "Accord_Error_SurveyRespondentRequired", []);
    if (!getCore().RESPONDENT_FUNCTIONS.includes(draft.function)) {
      refuse(language, "FUNCTION_REQUIRED", "Accord_Error_SurveyFunctionRequired", [draft.function]);
    }
    return colleague.name;
  }

  function readRatings(language, draft) {
    const byCode = new Map(store().config.dimensions.map((d) => [d.code, d]));
    const seen = new Set();
    const ratings = [];
    for (const [i, rating] of (Array.isArray(draft.ratings) ? draft.ratings : []).entries()) {
      const code = rating && rating.dimension;
      const dimension = byCode.get(code);
      if (!dimension || (dimension.audience !== "Both" && dimension.audience !== draft.respondentType)) {
        refuse(language, "UNKNOWN_DIMENSION", "Accord_Error_SurveyUnknownDimension", [code, draft.respondentType]);
      }
      if (seen.has(code)) refuse(language, "DUPLICATE_RATING", "Accord_Error_DuplicateAssessmentRating", [code]);
      seen.add(code);
      const score = rating.score;
      if (score !== null && !(Number.isInteger(score) && score >= 1 && score <= 5)) {
        refuse(language, "OUT_OF_RANGE", "Accord_Error_RatingOutOfRange", [`ratings[${i}].score`, score]);
      }
      const comment = typeof rating.comment === "string" && rating.comment.trim() !== "" ? rating.comment : null;
      if (score === null && comment === null) continue;
      ratings.push({ dimension: code, score, comment });
    }
    return ratings;
  }

  /** Kam_Collaboration_Index__c: the latest period's customer index, as the queued recompute leaves it. */
  function rescore(account) {
    try {
      const [latest] = resultsOf(getCore(), store(), account);
      account.Kam_Collaboration_Index__c = latest ? latest.customerIndex : null;
    } catch (error) {
      store().warnings.push(`collaboration index of ${account.Name}: ${error.message}`);
    }
  }

  return {
    "AccordCollaborationController.getSurvey"(params) {
      const account = requireAccount(store(), params && params.accountId);
      const period = currentPeriod();
      return {
        accountId: account.Id,
        accountName: account.Name,
        period,
        dimensions: dimensionDtos(store().config),
        contacts: [...store().contacts.values()]
          .filter((c) => c.AccountId === account.Id)
          .map((c) => ({ id: c.Id, name: contactName(c) || c.Id }))
          .sort((x, y) => x.name.localeCompare(y.name)),
        colleagues: COLLEAGUES,
        planLanguage: latestPlanLanguage(store(), account.Id),
        userId: PREVIEW_USER.userId,
        userName: PREVIEW_USER.userName,
        assessments: store()
          .assessments.filter((a) => a.accountId === account.Id && a.period === period)
          .map(toDraft)
      };
    },

    /**
     * Refusals read in params.language when it is a plan language (customer mode sends the plan's), else in the
     * user's (the page's ?lang=), as AccordCollaborationSurvey.save.
     * @param {{ language?: string }} [context]
     */
    "AccordCollaborationController.saveAssessment"(params, context) {
      const shown = params && params.language;
      const language = getCore().LANGUAGES.includes(shown) ? shown : context && context.language;
      let draft;
      try {
        draft = JSON.parse(params && params.assessmentJson);
      } catch (error) {
        throw new ApexError("INVALID_JSON", `assessmentJson is not valid JSON: ${error.message}`);
      }
      if (!draft || typeof draft !== "object")
        refuse(language, "MISSING_FIELD", "Accord_Error_FieldRequired", ["assessment"]);
      const account = requireAccount(store(), draft.accountId);
      if (typeof draft.period !== "string" || !YEAR.test(draft.period)) {
        refuse(language, "INVALID_PERIOD", "Accord_Error_SurveyInvalidPeriod", [draft.period]);
      }
      const respondentName = readRespondent(language, draft, account);
      const ratings = readRatings(language, draft);
      if (params.submit === true && !ratings.some((r) => r.score !== null)) {
        refuse(language, "NO_RATINGS", "Accord_Error_SurveyNoRatings", []);
      }
      const key = `${account.Id}:${draft.period}:${draft.respondentId}`;
      const existing = store().assessments.find(
        (a) =>
          `${a.accountId}:${a.period}:${respondentOf(a)}` === key ||
          (a.accountId === account.Id &&
            a.period === draft.period &&
            a.respondentName === respondentName &&
            !a.respondentId)
      );
      if (existing && existing.id !== draft.id) {
        refuse(
          language,
          "DUPLICATE_ASSESSMENT",
          "Accord_Error_DUPLICATE_ASSESSMENT",
          [respondentName, draft.period],
          existing.id
        );
      }
      const stored = draft.id ? store().assessments.find((a) => a.id === draft.id && a.accountId === account.Id) : null;
      if (draft.id && !stored)
        refuse(language, "ASSESSMENT_NOT_FOUND", "Accord_Error_SurveyAssessmentNotFound", [], draft.id);
      const record = {
        id: stored ? stored.id : store().newId("Collaboration_Assessment__c"),
        accountId: account.Id,
        planId: null,
        respondentType: draft.respondentType,
        respondentId: draft.respondentId,
        function: draft.respondentType === "Internal" ? draft.function : null,
        respondentName,
        period: draft.period,
        comment: typeof draft.comment === "string" && draft.comment.trim() !== "" ? draft.comment : null,
        submittedOn: (stored && stored.submittedOn) || (params.submit === true ? now().slice(0, 10) : null),
        ratings
      };
      if (stored) store().assessments.splice(store().assessments.indexOf(stored), 1, record);
      else store().assessments.push(record);
      rescore(account);
      return toDraft(record);
    },

    /** How the customer rated the partnership in the plan's years (AccordPartnershipView): src/core customerView. */
    "AccordCollaborationController.getCustomerView"(params) {
      const plan = requirePlan(store(), params && params.planId);
      const assessments = store()
        .assessments.filter((a) => a.accountId === plan.accountId)
        .map((a) => ({ ...a, planId: null, ratings: a.ratings || [] }));
      return getCore().customerView(assessments, store().config.dimensions, yearsOf(plan.periodStart, plan.periodEnd));
    },

    "AccordCollaborationController.getIndexCard"(params) {
      const account = requireAccount(store(), params && params.accountId);
      let results = [];
      try {
        results = resultsOf(getCore(), store(), account);
      } catch (error) {
        store().warnings.push(`collaboration index of ${account.Name}: ${error.message}`);
      }
      const periods = results.slice(0, TREND_PERIODS);
      let benchmark = null;
      if (periods.length > 0) {
        const latest = periods[0];
        const result = getCore().benchmarkCollaboration(
          {
            accountId: account.Id,
            countryCode: latest.countryCode,
            archetypeCode: latest.archetypeCode,
            index: latest.customerIndex
          },
          peersOf(latest.period)
        );
        benchmark = { period: latest.period, ...withLabels(result, store().config) };
      }
      return {
        accountId: account.Id,
        periods: periods.map(withoutScope),
        benchmark,
        dimensions: dimensionDtos(store().config)
      };
    }
  };
}

module.exports = { createCollaborationControllers, resultsOf };
