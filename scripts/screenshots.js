"use strict";
// Screenshots of the preview, desktop and phone, for each sample account → docs/screenshots/*.png,
// then each step of the full plan cycle (e2e/full-cycle.spec.js) → docs/screenshots/journey-NN-<step>.png.
//   node scripts/screenshots.js

const fs = require("node:fs");
const { spawnSync } = require("node:child_process");
const path = require("node:path");
const { startPreviewServer, launchChromium, ROOT } = require("../preview/tools/launch");

const OUT = path.join(ROOT, "docs/screenshots");
const VIEWS = [
  { name: "desktop", viewport: { width: 1366, height: 900 }, query: {} },
  { name: "phone", viewport: { width: 390, height: 844 }, query: { formFactor: "Small" }, deviceScaleFactor: 2 }
];

/** "한강대학교병원 (Hangang University Hospital)" → "hangang-university-hospital". */
function slug(name) {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Waits until the components are placed and no spinner is left (locators pierce synthetic shadow). */
async function settle(page, label) {
  await page.locator('[data-id="record-page"]').waitFor();
  const deadline = Date.now() + 15000;
  while ((await page.locator("lightning-spinner").count()) > 0) {
    if (Date.now() > deadline) throw new Error(`${label}: components still loading after 15 s`);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(300); // let icons and fonts paint
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const server = await startPreviewServer();
  const browser = await launchChromium();
  const written = [];
  try {
    const accounts = (await (await fetch(`${server.url}/preview/api/accounts`)).json()).result;
    for (const account of accounts) {
      for (const view of VIEWS) {
        const page = await browser.newPage({ viewport: view.viewport, deviceScaleFactor: view.deviceScaleFactor || 1 });
        const query = new URLSearchParams({ account: account.id, ...view.query });
        await page.goto(`${server.url}/?${query}`);
        await settle(page, `${account.name} (${view.name})`);
        const file = path.join(OUT, `${slug(account.name)}-${view.name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        written.push(path.relative(ROOT, file));
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`Wrote ${written.length} screenshots:\n  ${written.join("\n  ")}`);
  photographJourney();
}

/** Runs the full-cycle journey with ACCORD_SCREENSHOTS set, so it photographs every step. */
function photographJourney() {
  for (const old of fs.readdirSync(OUT).filter((name) => /^(journey|collaboration)-/.test(name))) {
    fs.rmSync(path.join(OUT, old));
  }
  // The collaboration journeys photograph the survey (desktop, phone, customer mode) and the card.
  const run = spawnSync("npx", ["playwright", "test", "e2e/full-cycle.spec.js", "e2e/collaboration.spec.js"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, ACCORD_SCREENSHOTS: OUT }
  });
  if (run.status !== 0) throw new Error("the full-cycle journey failed, so its step screenshots are incomplete");
  const steps = fs.readdirSync(OUT).filter((name) => name.startsWith("journey-"));
  console.log(
    `Wrote ${steps.length} journey step screenshots:\n  ${steps.map((n) => `docs/screenshots/${n}`).join("\n  ")}`
  );
}

main().catch((error) => {
  console.error(`screenshots failed: ${error.message}`);
  process.exit(1);
});
