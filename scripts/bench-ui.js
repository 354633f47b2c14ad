"use strict";
// npm run bench:ui — first-render time of the UI in a production build of the preview, on this machine:
// the plan workspace with 10 / 50 / 200 needs and the stakeholder map with 50 / 300 people (bench-only
// synthetic accounts, ACCORD_PREVIEW_BENCH=1; data/ is not touched). Median of several runs, fresh page each.
// "First render" = from mounting the component to its content being in the DOM with no spinner left,
// including its Apex call to the local server. "ratio" = a row's median over the account summary's median,
// measured in the same run (the baseline: what any small card costs to mount, load and render here); the
// workspace's target is a ratio of 3 at most.

const path = require("node:path");
const { startPreviewServer, launchChromium, ROOT } = require("../preview/tools/launch");
const { findRecordPageComponents } = require("../preview/build/recordPageComponents");

const RUNS = Number(process.env.BENCH_RUNS || 7);
const BASELINE = "accordAccountSummary";
const CASES = [
  // A small card, as a baseline for what any component costs to mount, load and render here.
  { component: "accordAccountSummary", kind: "plans", sizes: [10], unit: "(baseline)", marker: "Bench plan 10 needs" },
  { component: "accordPlanWorkspace", kind: "plans", sizes: [10, 50, 200], unit: "needs", marker: "Bench need 1:" },
  { component: "accordStakeholderMap", kind: "maps", sizes: [50, 300], unit: "stakeholders", marker: "Bench Person 1" },
  // Stored results of 8 periods (trend), per-dimension bars, roadblocks and benchmarks over every bench account.
  {
    component: "accordCollaborationIndex",
    kind: "collaboration",
    sizes: [480],
    unit: "assessments, 8 periods",
    marker: "Percentile"
  }
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/* global window, document, requestAnimationFrame -- measureInPage runs in the browser (page.evaluate) */

/** In the page: mount the component, then poll each frame until its content is rendered. */
function measureInPage({ component, marker }) {
  const walk = (node, visit) => {
    visit(node);
    if (node.shadowRoot) node.shadowRoot.childNodes.forEach((child) => walk(child, visit));
    node.childNodes.forEach((child) => walk(child, visit));
  };
  const rendered = () => {
    let section = null;
    walk(document.body, (n) => {
      if (!section && n.nodeType === 1 && n.getAttribute("data-component") === component) section = n;
    });
    if (!section) return false;
    let spinner = false;
    let text = "";
    walk(section, (n) => {
      if (n.nodeType === 1 && n.tagName === "LIGHTNING-SPINNER") spinner = true;
      if (n.nodeType === 3) text += n.data;
    });
    return !spinner && text.includes(marker);
  };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    window.__accordPreviewMount();
    const check = () => {
      if (rendered()) resolve(performance.now() - started);
      else if (performance.now() - started > 20000)
        reject(new Error(`${component} did not render "${marker}" within 20 s`));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

async function measure(browser, url, testCase) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__accordPreviewMount === "function");
  const ms = await page.evaluate(measureInPage, { component: testCase.component, marker: testCase.marker });
  await page.close();
  if (errors.length > 0) throw new Error(`${testCase.component}: ${errors.join("; ")}`);
  return ms;
}

async function main() {
  const available = new Set(findRecordPageComponents(path.join(ROOT, "force-app/main/default/lwc")).map((c) => c.name));
  const server = await startPreviewServer({ env: { ACCORD_PREVIEW_BENCH: "1" } });
  const browser = await launchChromium();
  const rows = [];
  const skipped = [];
  try {
    const bench = (await (await fetch(`${server.url}/preview/api/bench`)).json()).result;
    for (const testCase of CASES) {
      if (!available.has(testCase.component)) {
        skipped.push(
          `${testCase.component}: not in force-app/main/default/lwc (or not exposed on Account record pages)`
        );
        continue;
      }
      const onlyBuilt = (process.env.ACCORD_PREVIEW_COMPONENTS || "").split(",").filter(Boolean);
      if (onlyBuilt.length > 0 && !onlyBuilt.includes(testCase.component)) {
        skipped.push(`${testCase.component}: left out of this build by ACCORD_PREVIEW_COMPONENTS`);
        continue;
      }
      for (const size of testCase.sizes) {
        const query = new URLSearchParams({
          account: bench[testCase.kind][size],
          mount: "manual",
          only: testCase.component
        });
        const url = `${server.url}/?${query}`;
        await measure(browser, url, testCase); // warm-up: browser caches, JIT
        const times = [];
        for (let run = 0; run < RUNS; run++) times.push(await measure(browser, url, testCase));
        rows.push({
          component: testCase.component,
          size: testCase.unit.startsWith("(") ? testCase.unit : `${size} ${testCase.unit}`,
          times
        });
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }

  console.log(`\nFirst render in a production build (median of ${RUNS} runs, fresh page each, Chromium headless)\n`);
  const baselineRow = rows.find((row) => row.component === BASELINE);
  const baseline = baselineRow ? median(baselineRow.times) : null;
  console.log(
    `${"component".padEnd(26)}${"data".padEnd(24)}${"median ms".padStart(10)}${"min ms".padStart(9)}` +
      `${"max ms".padStart(9)}${"ratio".padStart(8)}`
  );
  for (const row of rows) {
    const ratio = baseline ? `${(median(row.times) / baseline).toFixed(1)}×` : "–";
    console.log(
      `${row.component.padEnd(26)}${row.size.padEnd(24)}${median(row.times).toFixed(1).padStart(10)}` +
        `${Math.min(...row.times)
          .toFixed(1)
          .padStart(9)}${Math.max(...row.times)
          .toFixed(1)
          .padStart(9)}${ratio.padStart(8)}`
    );
  }
  if (baseline) console.log(`\nratio = median / ${BASELINE} median (${baseline.toFixed(1)} ms), same run`);
  for (const line of skipped) console.log(`skipped  ${line}`);
}

main().catch((error) => {
  console.error(`bench:ui failed: ${error.message}`);
  process.exit(1);
});
