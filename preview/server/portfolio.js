"use strict";
// The key-account portfolio (AccordKeyAccountPortfolioController in src/core/api.ts) over the in-memory store:
// the accounts with a stored score, tier or index, a plan or a history, each with its country's archetype, its latest
// plan and its key-account status (src/core isKeyAccount), and the history; a nomination is checked by src/core's
// nominationIssues and refused with the first issue's code and label, as the org's controller does.

const path = require("node:path");
const { ApexError } = require("./apexError");
const { accountCountryCode } = require("./mapping");
const { PREVIEW_USER } = require("./actor");
const { readLabelCatalog } = require("../build/labels");

let english;
/** The English text of a custom label (the preview user's language), read once. */
function labelText(name) {
  if (!english) english = readLabelCatalog(path.resolve(__dirname, "../..")).en;
  return english[name] || name;
}

/** @param {{ getCore: () => import("./core").Core, store: () => any, now?: () => string }} options */
function createPortfolioControllers({ getCore, store, now = () => new Date().toISOString() }) {
  const nominationsOf = (s) => {
    if (!s.nominations) s.nominations = [];
    return s.nominations;
  };
  const historyOf = (s, accountId) => nominationsOf(s).filter((entry) => entry.accountId === accountId);

  return {
    "AccordKeyAccountPortfolioController.getPortfolio"() {
      const core = getCore();
      const s = store();
      const nominations = nominationsOf(s);
      const plans = [...s.plans.values()];
      const latestPlan = new Map();
      for (const plan of plans) {
        const known = latestPlan.get(plan.accountId);
        if (!known || plan.periodStart > known.periodStart) latestPlan.set(plan.accountId, plan);
      }
      const listed = [...s.accounts.values()].filter(
        (a) =>
          a.Kam_Priority_Score__c != null ||
          a.Kam_Tier__c != null ||
          a.Kam_Collaboration_Index__c != null ||
          latestPlan.has(a.Id) ||
          nominations.some((entry) => entry.accountId === a.Id)
      );
      const accounts = listed.map((account) => {
        const countryCode = accountCountryCode(account);
        const country = s.config.countries.find((c) => c.countryCode === countryCode);
        const archetypeCode = country ? country.archetypeCode : null;
        const archetype = archetypeCode ? s.config.archetypes.find((a) => a.code === archetypeCode) : null;
        const plan = latestPlan.get(account.Id) || null;
        return {
          accountId: account.Id,
          accountName: account.Name,
          countryCode,
          archetypeCode,
          archetypeLabel: archetype ? archetype.label : null,
          tier: account.Kam_Tier__c ?? null,
          priorityScore: account.Kam_Priority_Score__c ?? null,
          collaborationIndex: account.Kam_Collaboration_Index__c ?? null,
          planId: plan ? plan.id : null,
          planStatus: plan ? plan.status : null,
          periodStart: plan ? plan.periodStart : null,
          periodEnd: plan ? plan.periodEnd : null,
          keyAccount: core.isKeyAccount(historyOf(s, account.Id))
        };
      });
      return { accounts, nominations: nominations.map((entry) => ({ ...entry })), canNominate: true, truncated: false };
    },

    "AccordKeyAccountPortfolioController.recordNomination"(params) {
      const core = getCore();
      const s = store();
      let request;
      try {
        request = JSON.parse(params && params.requestJson);
      } catch (error) {
        throw new ApexError("INVALID_JSON", `The data sent to the server could not be read (${error.message}).`);
      }
      const account = request && s.accounts.get(request.accountId);
      if (!account) {
        throw new ApexError("NOMINATION_ACCOUNT_NOT_FOUND", labelText("Accord_Error_NOMINATION_ACCOUNT_NOT_FOUND"));
      }
      const issues = core.nominationIssues(request, historyOf(s, account.Id), now().slice(0, 10));
      if (issues.length > 0) throw new ApexError(issues[0], labelText(`Accord_Error_${issues[0]}`));
      nominationsOf(s).push({
        id: s.newId("Key_Account_Nomination__c"),
        accountId: account.Id,
        action: request.action,
        reason: request.reason.trim(),
        effectiveDate: request.effectiveDate,
        recordedByName: PREVIEW_USER.userName,
        recordedAt: now()
      });
      const history = historyOf(s, account.Id);
      return {
        accountId: account.Id,
        keyAccount: core.isKeyAccount(history),
        nominations: history.map((entry) => ({ ...entry }))
      };
    }
  };
}

/**
 * The sample history (data/sample-tree/Key_Account_Nomination__c.json) as the controller returns it; recorded by the
 * preview user at 09:00 UTC on the effective date (a tree import has no creator of its own).
 */
function toNominationDto(record) {
  return {
    id: record.Id,
    accountId: record.Account__c,
    action: record.Action__c,
    reason: record.Reason__c,
    effectiveDate: record.Effective_Date__c,
    recordedByName: PREVIEW_USER.userName,
    recordedAt: `${record.Effective_Date__c}T09:00:00.000Z`
  };
}

module.exports = { createPortfolioControllers, toNominationDto };
