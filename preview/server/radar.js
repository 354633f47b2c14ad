"use strict";
// The needs radar's paged read (AccordNeedsRadarController.getNeedSignals in src/core/api.ts) over the in-memory
// store: every plan's needs with the plan's account, country and period, in Id order, a page at a time.

const { ApexError } = require("./apexError");
const { accountCountryCode } = require("./mapping");

const MAX_PAGE_SIZE = 2000;

/** @param {{ store: () => any }} options */
function createRadarControllers({ store }) {
  return {
    "AccordNeedsRadarController.getNeedSignals"(params) {
      const pageSize = params && params.pageSize;
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new ApexError("INVALID_PAGE_SIZE", `Ask for 1 to ${MAX_PAGE_SIZE} needs at a time.`);
      }
      const afterId = (params && params.afterId) || null;
      const s = store();
      const signals = [];
      for (const plan of s.plans.values()) {
        const account = s.accounts.get(plan.accountId);
        for (const need of plan.needs || []) {
          signals.push({
            id: need.id || need.key,
            accountId: plan.accountId,
            accountName: account ? account.Name : plan.accountId,
            countryCode: plan.countryCode || (account ? accountCountryCode(account) : null),
            theme: need.theme,
            verbatim: need.verbatim,
            decision: need.decision,
            periodStart: plan.periodStart
          });
        }
      }
      signals.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const rest = afterId === null ? signals : signals.filter((x) => x.id > afterId);
      const page = rest.slice(0, pageSize);
      return { signals: page, nextAfterId: page.length < pageSize ? null : page[page.length - 1].id };
    }
  };
}

module.exports = { createRadarControllers };
