"use strict";
// npm run bench: times the shipped core (src/core bundled exactly as c/accordCore) on this
// machine. Prints medians and ratios; never fails on time, only if a computation throws.

const os = require("node:os");
const { performance } = require("node:perf_hooks");
const { importCore } = require("../build/core-bundle");
const data = require("../bench/data");

const PER_PLAN_TARGET_MS = 5;
const GROUPING_TARGET_MS = 2000;
const GROUPING_TARGET_RATIO = 20;
/** The needs radar's target (issue 17): the index at least 50× the all-pairs baseline, both measured at 5,000. */
const RADAR_SIZE = 5000;
const RADAR_TARGET_RATIO = 50;

/** Median wall time in ms of `runs` calls (after one warm-up call); returns the last result too. */
function time(runs, fn) {
  let result = fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)], runs, result };
}

function row(name, size, measured, target) {
  return { name, size, ms: measured.ms, runs: measured.runs, target };
}

function printTable(rows) {
  const header = ["computation", "input", "median ms", "runs", "target", "result"];
  const lines = rows.map((r) => [
    r.name,
    r.size,
    r.ms.toFixed(r.ms < 10 ? 3 : 1),
    String(r.runs),
    r.target === null ? "-" : `< ${r.target} ms`,
    r.target === null ? "-" : r.ms < r.target ? "meets" : "MISSES"
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) =>
    cells.map((c, i) => (i === 0 || i === 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(fmt(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const l of lines) console.log(fmt(l));
}

/**
 * The straightforward baseline for the same grouping: shingle every verbatim, compute the
 * similarity of every pair, then let each verbatim (most repeated text first) join its most
 * similar leader at or above the threshold, else lead a group. Returns a group label per verbatim.
 */
function allPairsGroups(core, verbatims, threshold) {
  const n = verbatims.length;
  const normalized = verbatims.map((v) => core.normalizeForMatching(v));
  const heard = new Map();
  for (const t of normalized) heard.set(t, (heard.get(t) || 0) + 1);
  const ids = new Map();
  const sets = normalized.map((t) =>
    Int32Array.from(core.characterShingles(t), (s) => {
      if (!ids.has(s)) ids.set(s, ids.size);
      return ids.get(s);
    }).sort()
  );
  const similarity = new Float64Array(n * n);
  for (let x = 0; x < n; x++) {
    for (let y = x + 1; y < n; y++) similarity[x * n + y] = similarity[y * n + x] = core.jaccard(sets[x], sets[y]);
  }
  const order = normalized
    .map((_, i) => i)
    .sort(
      (a, b) =>
        heard.get(normalized[b]) - heard.get(normalized[a]) ||
        (normalized[a] < normalized[b] ? -1 : normalized[a] > normalized[b] ? 1 : a - b)
    );
  const label = new Array(n);
  const leaders = [];
  for (const x of order) {
    let best = -1;
    let bestSimilarity = 0;
    for (let l = 0; l < leaders.length; l++) {
      const s = normalized[x] === normalized[leaders[l]] ? 1 : similarity[x * n + leaders[l]];
      if (s > 0 && s >= threshold - 1e-12 && s > bestSimilarity) {
        best = l;
        bestSimilarity = s;
      }
    }
    label[x] = best === -1 ? leaders.push(x) - 1 : best;
  }
  return label;
}

/** Same partition? Both as sorted lists of sorted member lists. */
function samePartition(labels, groups) {
  const byLabel = new Map();
  labels.forEach((l, i) => byLabel.set(l, [...(byLabel.get(l) || []), i]));
  const a = [...byLabel.values()].map((m) => m.join(",")).sort();
  const b = groups.map((g) => [...g.members].sort((x, y) => x - y).join(",")).sort();
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

async function main() {
  const core = await importCore();
  console.log(
    `Accord core benchmark — shipped bundle, Node ${process.version}, ${os.cpus().length} CPU(s): ${os.cpus()[0].model}`
  );
  console.log("Median of the listed runs after one warm-up run.\n");
  const rows = [];

  // Per-plan computations (target < 5 ms each).
  const plan = data.plan(core, 200);
  rows.push(
    row(
      "planFingerprint",
      "plan, 200 needs",
      time(51, () => core.planFingerprint(plan)),
      PER_PLAN_TARGET_MS
    )
  );
  rows.push(
    row(
      "planHealth",
      "plan, 200 needs",
      time(51, () => core.planHealth(plan)),
      PER_PLAN_TARGET_MS
    )
  );
  rows.push(
    row(
      "shareReadiness",
      "plan, 200 needs",
      time(51, () => core.shareReadiness(plan)),
      PER_PLAN_TARGET_MS
    )
  );
  const config = data.configuration();
  const account = data.accountAssessments(60);
  rows.push(
    row(
      "computeCollaborationIndex",
      "1 account, 60 assessments",
      time(51, () => core.computeCollaborationIndex(account, config.dimensions, config.settings)),
      PER_PLAN_TARGET_MS
    )
  );
  const stakeholders = data.stakeholders(200);
  rows.push(
    row(
      "computeStakeholderCoverage",
      "200 stakeholders",
      time(51, () => core.computeStakeholderCoverage(stakeholders, data.REQUIRED_ROLES)),
      PER_PLAN_TARGET_MS
    )
  );
  rows.push(
    row(
      "resolveAccountConfiguration",
      "1 account",
      time(51, () => core.resolveAccountConfiguration(config, { countryCode: "DE", language: "de" })),
      PER_PLAN_TARGET_MS
    )
  );

  // Bulk computations.
  const assessments = data.assessments(100000);
  rows.push(
    row(
      "computeCollaborationIndex",
      "100,000 assessments",
      time(5, () => core.computeCollaborationIndex(assessments, config.dimensions, config.settings)),
      null
    )
  );
  // Collaboration results per account and period, and every account's benchmarks (bench/collaboration.js).
  const collaboration = require("../bench/collaboration");
  const load = collaboration.workload(100000);
  const results = time(3, () => collaboration.computeResults(core, config, load.assessments));
  rows.push(row("collaboration results (2,000 accounts × 8 periods)", "100,000 assessments", results, null));
  const benchmarks = time(3, () => collaboration.computeBenchmarks(core, results.result, load.country, load.archetype));
  rows.push(row("benchmarkCollaboration, every account", "2,000 accounts, 1 period", benchmarks, null));
  const accounts = data.accountRatings(50000);
  const archetypes = new Map(config.archetypes.map((a) => [a.code, a]));
  rows.push(
    row(
      "computeKeyAccountPriority",
      "50,000 accounts",
      time(5, () =>
        accounts.map((a) =>
          core.computeKeyAccountPriority(
            a.ratings,
            config.criteria,
            config.settings,
            archetypes.get(a.archetypeCode) || null
          )
        )
      ),
      null
    )
  );

  // Needs grouping: indexed algorithm vs all-pairs baseline.
  const needs = data.needs(20000);
  const full = time(5, () => core.groupNeeds(needs));
  rows.push(row("groupNeeds (prefix-filtered index)", "20,000 verbatims", full, GROUPING_TARGET_MS));
  const subsetSize = RADAR_SIZE;
  const subset = needs.slice(0, subsetSize);
  const subsetIndexed = time(5, () => core.groupNeeds(subset));
  rows.push(row("groupNeeds (prefix-filtered index)", "5,000 verbatims", subsetIndexed, null));
  // Measured, not extrapolated, at the radar's size (one run: n² pairs).
  const baseline = time(1, () =>
    allPairsGroups(
      core,
      subset.map((n) => n.verbatim),
      core.DEFAULT_SIMILARITY_THRESHOLD
    )
  );
  rows.push(row("all-pairs baseline (measured)", "5,000 verbatims", baseline, null));
  const scale = (needs.length * (needs.length - 1)) / (subsetSize * (subsetSize - 1));
  const extrapolated = { ms: baseline.ms * scale, runs: baseline.runs };
  rows.push(
    row("all-pairs baseline (extrapolated, pairs ×" + scale.toFixed(1) + ")", "20,000 verbatims", extrapolated, null)
  );
  printTable(rows);

  const single = rows.find((r) => r.name === "computeCollaborationIndex" && r.size === "100,000 assessments");
  const sample = benchmarks.result[0];
  console.log("\nCollaboration results and benchmarks");
  console.log(
    `  ${results.result.length} results (accounts × periods) in ${results.ms.toFixed(1)} ms: ` +
      `${(results.ms / single.ms).toFixed(2)}× one index over the same 100,000 assessments (${single.ms.toFixed(1)} ms)`
  );
  console.log(
    `  benchmarks of all ${benchmarks.result.length} accounts in ${benchmarks.ms.toFixed(1)} ms ` +
      `(${((benchmarks.ms / benchmarks.result.length) * 1000).toFixed(0)} µs per card); account 1: country ${sample.country.key} ` +
      `percentile ${sample.country.percentile} (median ${sample.country.median}, ${sample.country.accounts} accounts), ` +
      `archetype ${sample.archetype.key} percentile ${sample.archetype.percentile}, all percentile ${sample.all.percentile} ` +
      `(median ${sample.all.median}, ${sample.all.accounts} accounts)`
  );

  const same = samePartition(baseline.result, subsetIndexed.result.groups);
  const ratioSubset = baseline.ms / subsetIndexed.ms;
  const ratioFull = extrapolated.ms / full.ms;
  const groups = full.result.groups;
  console.log("\nNeeds grouping");
  console.log(
    `  20,000 verbatims: ${full.result.distinctTexts} distinct normalized texts, ${groups.length} groups, ` +
      `${groups.filter((g) => g.accounts >= 10).length} heard at 10+ accounts; largest: ${groups[0].needs} needs, ${groups[0].accounts} accounts, ` +
      `${groups[0].countries} countries, ${groups[0].declinedOrDeferredPercent}% declined or deferred — "${groups[0].representatives[0]}"`
  );
  console.log(`  same groups as all-pairs on the 5,000 subset: ${same ? "yes" : "NO"}`);
  console.log(
    `  speed-up at 5,000 (both measured in this run): ${ratioSubset.toFixed(1)}× (radar target ≥ ${RADAR_TARGET_RATIO}×: ${ratioSubset >= RADAR_TARGET_RATIO ? "meets" : "MISSES"})`
  );
  console.log(
    `  speed-up at 20,000 (baseline extrapolated): ${ratioFull.toFixed(1)}× (target ≥ ${GROUPING_TARGET_RATIO}×: ${ratioFull >= GROUPING_TARGET_RATIO ? "meets" : "MISSES"})`
  );
  console.log(
    `  20,000 in ${full.ms.toFixed(1)} ms (target < ${GROUPING_TARGET_MS} ms: ${full.ms < GROUPING_TARGET_MS ? "meets" : "MISSES"})`
  );
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
