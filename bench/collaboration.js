"use strict";
// Collaboration results at scale for npm run bench: 100,000 submitted assessments across 2,000 accounts and 8
// periods → one stored result per account and period (computeCollaborationIndex, what AccordCollaborationResults
// does in the queued recompute), then every account's benchmarks against its country, archetype and all accounts
// (benchmarkCollaboration over the latest period's stored indices, what the card asks the server for).

const data = require("./data");

const ACCOUNTS = 2000;
const PERIODS = ["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"];
const COUNTRIES = ["DE", "FR", "IT", "ES", "GB", "US", "JP", "KR"];
const ARCHETYPES = ["BISMARCK", "BEVERIDGE", "MARKET", "NHI"];

/** 100,000 assessments spread evenly over the accounts and periods (deterministic). */
function workload(count = 100000) {
  const assessments = data.assessments(count, 11).map((a, i) => ({
    ...a,
    accountId: `001${String(i % ACCOUNTS).padStart(12, "0")}`,
    period: PERIODS[Math.floor(i / ACCOUNTS) % PERIODS.length],
    submittedOn: "2026-11-30"
  }));
  const country = (accountId) => COUNTRIES[Number(accountId.slice(3)) % COUNTRIES.length];
  const archetype = (accountId) => ARCHETYPES[Number(accountId.slice(3)) % ARCHETYPES.length];
  return { assessments, country, archetype };
}

/** account → period → assessments. */
function byAccountAndPeriod(assessments) {
  const groups = new Map();
  for (const a of assessments) {
    const key = `${a.accountId}|${a.period}`;
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  return groups;
}

/** Every account and period's stored result: the recompute of all accounts. */
function computeResults(core, config, assessments) {
  const results = [];
  for (const [key, list] of byAccountAndPeriod(assessments)) {
    const [accountId, period] = key.split("|");
    const r = core.computeCollaborationIndex(list, config.dimensions, config.settings);
    results.push({
      accountId,
      period,
      index: r.headline,
      gap: r.summary.indexGap,
      provisional: r.customer.provisional
    });
  }
  return results;
}

/** The latest period's benchmarks of every account (what each card asks for). */
function computeBenchmarks(core, results, country, archetype) {
  const latest = PERIODS[PERIODS.length - 1];
  const peers = results
    .filter((r) => r.period === latest)
    .map((r) => ({
      accountId: r.accountId,
      countryCode: country(r.accountId),
      archetypeCode: archetype(r.accountId),
      index: r.index
    }));
  return peers.map((subject) => core.benchmarkCollaboration(subject, peers));
}

module.exports = { workload, computeResults, computeBenchmarks, ACCOUNTS, PERIODS };
