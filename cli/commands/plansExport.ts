/**
 * `accord plans export`: for each plan of the chosen statuses, the customer document as PDF (the Visualforce page
 * AccordPlanDocument, kept as a File on the plan exactly as "Save as file" does) and the canonical JSON (the
 * signed content's canonical text and fingerprint from src/core, the signatures, the plan). A plan whose current
 * version has no saved PDF yet gets one rendered in the org by AccordPlanDocumentController.saveAsFile, 50 plans
 * per anonymous Apex call (getContentAsPDF counts against the 100 callouts of one transaction).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { stringList, stringOption, type Command } from "../command";
import type { OrgClient } from "../org/client";
import { CliError, EXIT } from "../org/errors";
import { planFromRecord, planSoql, quote } from "../plans/planRecords";
import { canonicalPlanText, planFingerprint } from "../../src/core/plan/fingerprint";
import { PLAN_STATUSES } from "../../src/core/values";
import type { PlanDto } from "../../src/core/contract";

const RENDER_PER_CALL = 50;
const IDS_PER_QUERY = 200;

interface FileRow {
  Id: string;
  FirstPublishLocationId: string;
  PathOnClient: string;
}

/** AccordPlanDocumentController.saveAsFile names the file account-plan-v<version>.pdf. */
const pdfName = (version: number) => `account-plan-v${version}.pdf`;

function safeName(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[^\w.-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "plan"
  );
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function savedPdfs(client: OrgClient, plans: PlanDto[]): Promise<Map<string, string>> {
  const byPlan = new Map<string, string>();
  for (const ids of chunk(
    plans.map((p) => String(p.id)),
    IDS_PER_QUERY
  )) {
    const rows = await client.queryAll<FileRow & Record<string, unknown>>(
      `SELECT Id, FirstPublishLocationId, PathOnClient FROM ContentVersion WHERE IsLatest = true AND FirstPublishLocationId IN (${ids.map(quote).join(", ")})`,
      "Reading the plans' saved documents"
    );
    for (const row of rows) {
      const plan = plans.find((p) => p.id === row.FirstPublishLocationId);
      if (plan && row.PathOnClient === pdfName(plan.version)) byPlan.set(row.FirstPublishLocationId, row.Id);
    }
  }
  return byPlan;
}

async function renderPdfs(client: OrgClient, planIds: string[]): Promise<void> {
  for (const ids of chunk(planIds, RENDER_PER_CALL)) {
    const source =
      `for (Id planId : new List<Id>{ ${ids.map(quote).join(", ")} }) { ` +
      "AccordPlanDocumentController.saveAsFile(planId); }";
    const result = await client.get<{
      compiled: boolean;
      success: boolean;
      compileProblem: string | null;
      exceptionMessage: string | null;
    }>(
      client.dataPath(`/tooling/executeAnonymous/?anonymousBody=${encodeURIComponent(source)}`),
      "Rendering customer documents"
    );
    if (!result.compiled || !result.success) {
      throw new CliError(
        `The org could not render the customer documents: ${result.compileProblem ?? result.exceptionMessage}. ` +
          "Rendering needs the Accord package and read access to the plans (Accord_Plan_Manager).",
        EXIT.ORG,
        "RENDER_FAILED"
      );
    }
  }
}

function canonicalJson(plan: PlanDto): unknown {
  return {
    format: "accord-plan-v1",
    planId: plan.id,
    accountName: plan.accountName,
    status: plan.status,
    version: plan.version,
    planLanguage: plan.planLanguage,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    fingerprint: planFingerprint(plan),
    storedHash: plan.contentHash,
    canonicalText: canonicalPlanText(plan),
    signatures: plan.signatures.map((s) => ({
      party: s.party,
      signerName: s.signerName,
      planVersion: s.planVersion,
      contentHash: s.contentHash,
      signedAt: s.signedAt,
      method: s.method,
      superseded: s.superseded
    })),
    content: { customerGoals: plan.customerGoals, needs: plan.needs, initiatives: plan.initiatives }
  };
}

export const plansExport: Command = {
  words: ["plans", "export"],
  summary: "export customer documents (PDF) and canonical JSON of plans",
  details: [
    "For every plan in the given statuses (default Agreed), writes <out>/<account>-v<version>-<plan Id>.pdf (the " +
      "customer document in the plan's language, rendered by the org's Visualforce page) and .json (the canonical " +
      "text both parties signed, its SHA-256 fingerprint, the stored hash, the signatures and the content).",
    "A plan whose current version has no saved PDF gets one saved on it (as the plan's Save as file does). " +
      "Needs the Accord_Plan_Manager or Accord_Admin permission set. --no-pdf writes the JSON only (read-only)."
  ],
  options: {
    status: { type: "string", multiple: true, value: "<status>", description: "plans in this status (default Agreed)" },
    country: { type: "string", value: "<code>", description: "only plans of this country code" },
    out: { type: "string", value: "<dir>", description: "folder to write into (created if missing; required)" },
    "no-pdf": { type: "boolean", description: "write the canonical JSON only; nothing is rendered or saved in the org" }
  },
  examples: ["npx accord plans export --status Agreed --country DE --out exports/ -o prod"],
  async run({ values, out, connect }) {
    const statuses = stringList(values, "status");
    for (const status of statuses) {
      if (!(PLAN_STATUSES as readonly string[]).includes(status)) {
        throw new CliError(`--status ${status}: use one of ${PLAN_STATUSES.join(", ")}.`, EXIT.USAGE, "BAD_STATUS");
      }
    }
    const folder = stringOption(values, "out");
    if (!folder) throw new CliError("Say where to write: --out <dir>.", EXIT.USAGE, "NO_OUT");
    const client = await connect();
    const plans = (
      await client.queryAll<Record<string, unknown>>(
        planSoql(statuses.length > 0 ? statuses : ["Agreed"], stringOption(values, "country") ?? null),
        "Reading plans"
      )
    ).map(planFromRecord);
    fs.mkdirSync(folder, { recursive: true });
    const progress = out.progress("Exporting plans", plans.length, "plans");
    const base = (p: PlanDto) => path.join(folder, `${safeName(p.accountName)}-v${p.version}-${p.id}`);
    for (const plan of plans)
      fs.writeFileSync(`${base(plan)}.json`, JSON.stringify(canonicalJson(plan), null, 2) + "\n");
    let rendered = 0;
    const written: string[] = [];
    if (!values["no-pdf"] && plans.length > 0) {
      let files = await savedPdfs(client, plans);
      const missing = plans.filter((p) => !files.has(String(p.id))).map((p) => String(p.id));
      if (missing.length > 0) {
        await renderPdfs(client, missing);
        rendered = missing.length;
        files = await savedPdfs(client, plans);
      }
      for (const plan of plans) {
        const fileId = files.get(String(plan.id));
        if (!fileId) {
          throw new CliError(`No PDF was saved for plan ${plan.id} (${plan.accountName}).`, EXIT.ORG, "NO_PDF");
        }
        const pdf = await client.download(
          client.dataPath(`/sobjects/ContentVersion/${fileId}/VersionData`),
          `Downloading the document of ${plan.accountName}`
        );
        fs.writeFileSync(`${base(plan)}.pdf`, pdf);
        written.push(`${base(plan)}.pdf`);
        progress.increment();
      }
    }
    progress.stop();
    out.document({
      command: "plans export",
      status: "ok",
      plans: plans.length,
      pdfs: written.length,
      rendered,
      folder,
      files: plans.map((p) => ({
        planId: p.id,
        json: `${base(p)}.json`,
        pdf: values["no-pdf"] ? null : `${base(p)}.pdf`
      })),
      apiCalls: client.calls
    });
    out.line(
      `Exported ${plans.length} plan(s) to ${folder}: ${plans.length} JSON, ${written.length} PDF ` +
        `(${rendered} newly rendered and saved on their plan) with ${client.calls} API calls.`
    );
    return EXIT.OK;
  }
};
