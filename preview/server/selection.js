"use strict";
// Key-account selection ratings saved from the Account page (AccordSelectionController.saveSelectionRatings in
// src/core/api.ts) over the in-memory store, by src/core's rules: the ratings must pass computeKeyAccountPriority
// (known criterion, whole rating 1-5, one per criterion) or nothing changes; then the account's stored priority and
// tier are recomputed, as the org's score triggers do.

const { ApexError } = require("./apexError");
const { accountCountryCode } = require("./mapping");

/** @param {{ getCore: () => import("./core").Core, store: () => any }} options */
function createSelectionControllers({ getCore, store }) {
  return {
    "AccordSelectionController.saveSelectionRatings"(params) {
      const core = getCore();
      const s = store();
      const account = s.accounts.get(params && params.accountId);
      if (!account) {
        throw new ApexError(
          "ACCOUNT_NOT_FOUND",
          `No account with Id ${params && params.accountId}, or you cannot see it.`,
          {
            status: 404
          }
        );
      }
      let sent;
      try {
        sent = JSON.parse(params.ratingsJson);
      } catch (error) {
        throw new ApexError("INVALID_JSON", `The data sent to the server could not be read (${error.message}).`);
      }
      if (!Array.isArray(sent)) throw new ApexError("INVALID_JSON", "ratingsJson must be a list of ratings.");
      const byCriterion = new Map((s.selectionRatings.get(account.Id) || []).map((r) => [r.criterion, r]));
      for (const rating of sent) {
        if (rating.rating === null || rating.rating === undefined) byCriterion.delete(rating.criterion);
        else {
          const rationale =
            typeof rating.rationale === "string" && rating.rationale.trim() ? rating.rationale.trim() : null;
          byCriterion.set(rating.criterion, { criterion: rating.criterion, rating: rating.rating, rationale });
        }
      }
      const ratings = [...byCriterion.values()];
      const country = s.config.countries.find((c) => c.countryCode === accountCountryCode(account));
      const archetype = country ? core.archetypeByCode(s.config, country.archetypeCode) : null;
      // Throws AccordInputError (unknown criterion, rating outside 1-5, duplicate): nothing is stored.
      const priority = core.computeKeyAccountPriority(ratings, s.config.criteria, s.config.settings, archetype);
      s.selectionRatings.set(account.Id, ratings);
      account.Kam_Priority_Score__c = priority.score;
      account.Kam_Tier__c = priority.tier;
      return ratings;
    }
  };
}

module.exports = { createSelectionControllers };
