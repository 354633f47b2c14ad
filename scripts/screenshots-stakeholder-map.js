"use strict";
// Screenshots of the stakeholder map and its coverage card → docs/screenshots/stakeholder-map-*.png: the German
// hospital's org chart with a person's role profile (desktop, English), the phone's list, and the Head of Pharmacy's
// profile of the German hospital in German and of the Korean hospital in Korean (fonts-noto-cjk for Korean).
//   node scripts/screenshots-stakeholder-map.js

const fs = require("node:fs");
const path = require("node:path");
const { startPreviewServer, launchChromium, ROOT } = require("../preview/tools/launch");

const OUT = path.join(ROOT, "docs/screenshots");
const SHOTS = [
  { file: "stakeholder-map-desktop.png", country: "DE", select: "Katharina Weber", coverage: true },
  { file: "stakeholder-map-phone.png", country: "DE", phone: true, select: "Thomas Brandt" },
  { file: "stakeholder-map-de.png", country: "DE", lang: "de", select: "Thomas Brandt" },
  { file: "stakeholder-map-ko.png", country: "KR", lang: "ko", select: "약제부장" }
];

async function shoot(browser, server, accounts, shot) {
  const account = accounts.find((a) => a.countryCode === shot.country);
  const page = await browser.newPage(
    shot.phone
      ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 }
      : { viewport: { width: 1366, height: 900 } }
  );
  const query = new URLSearchParams({ account: account.id });
  if (shot.lang) query.set("lang", shot.lang);
  if (shot.phone) query.set("formFactor", "Small");
  await page.goto(`${server.url}/?${query}`);
  const map = page.locator('[data-component="accordStakeholderMap"]');
  await map
    .locator(shot.phone ? '[data-id="list"]' : ".node")
    .first()
    .waitFor();
  const person = shot.phone
    ? map.locator("li[data-person-id]", { hasText: shot.select }).locator("button.name")
    : map.locator(".node", { hasText: shot.select }).first();
  await person.click();
  await map.locator('[data-id="profile-heading"]').waitFor();
  await page.waitForTimeout(300); // icons and fonts paint
  if (shot.coverage) {
    // The map and the coverage card side by side, as the Account record page places them.
    const box = await map.boundingBox();
    const card = await page.locator('[data-component="accordStakeholderCoverage"]').boundingBox();
    await map.scrollIntoViewIfNeeded();
    const clip = { x: box.x, y: Math.min(box.y, card.y), width: card.x + card.width - box.x, height: box.height };
    await page.screenshot({ path: path.join(OUT, shot.file), clip, fullPage: true });
  } else {
    await map.screenshot({ path: path.join(OUT, shot.file) });
  }
  await page.close();
  console.log(`wrote docs/screenshots/${shot.file}`);
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const server = await startPreviewServer();
  const browser = await launchChromium();
  try {
    const accounts = (await (await fetch(`${server.url}/preview/api/accounts`)).json()).result;
    for (const shot of SHOTS) await shoot(browser, server, accounts, shot);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(`screenshots failed: ${error.message}`);
  process.exit(1);
});
