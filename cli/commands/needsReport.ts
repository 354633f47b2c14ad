/**
 * `accord needs report`: the needs heard across accounts, grouped by src/core's groupNeeds (theme and text
 * similarity across languages), as a self-contained HTML page or a CSV for the centre of excellence.
 * Customer words are escaped: they are shown as text, never as markup.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { stringList, stringOption, type Command } from "../command";
import { CliError, EXIT } from "../org/errors";
import { quote } from "../plans/planRecords";
import { formatCsv } from "../../src/core/config/csvText";
import { groupNeeds, type NeedGroupingResult, type NeedSignal } from "../../src/core/text/needs";
import { NEED_DECISIONS, PLAN_STATUSES } from "../../src/core/values";

type Row = Record<string, unknown>;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function needsCsv(result: NeedGroupingResult): string {
  const header = [
    "rank",
    "representative_verbatims",
    "accounts",
    "needs",
    "countries",
    "declined_or_deferred_percent",
    ...NEED_DECISIONS,
    "themes"
  ];
  const rows = result.groups.map((g, i) => [
    String(i + 1),
    g.representatives.join(" | "),
    String(g.accounts),
    String(g.needs),
    g.countryCodes.join(" "),
    String(g.declinedOrDeferredPercent),
    ...NEED_DECISIONS.map((d) => String(g.decisions[d])),
    g.themes.map((t) => `${t.theme ?? "(none)"}: ${t.needs}`).join("; ")
  ]);
  return formatCsv([header, ...rows]);
}

export function needsHtml(result: NeedGroupingResult, title: string): string {
  const rows = result.groups
    .map(
      (g, i) =>
        `<tr><td>${i + 1}</td><td>${g.representatives.map((r) => `<q>${escapeHtml(r)}</q>`).join("<br>")}</td>` +
        `<td>${g.accounts}</td><td>${g.needs}</td><td>${escapeHtml(g.countryCodes.join(", "))}</td>` +
        `<td>${g.declinedOrDeferredPercent}%</td><td>${NEED_DECISIONS.map((d) => `${d} ${g.decisions[d]}`).join(", ")}</td>` +
        `<td>${escapeHtml(g.themes.map((t) => `${t.theme ?? "(none)"} (${t.needs})`).join(", "))}</td></tr>`
    )
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}th{background:#f3f3f3}q{display:block}</style>
</head><body>
<h1>${escapeHtml(title)}</h1>
<p>${result.groups.length} groups from ${result.groups.reduce((s, g) => s + g.needs, 0)} needs (${result.distinctTexts} distinct texts). Most accounts first.</p>
<table><thead><tr><th scope="col">#</th><th scope="col">Heard as</th><th scope="col">Accounts</th><th scope="col">Needs</th><th scope="col">Countries</th><th scope="col">Declined or deferred</th><th scope="col">Decisions</th><th scope="col">Themes</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}

export const needsReport: Command = {
  words: ["needs", "report"],
  summary: "group the needs heard across accounts into an HTML or CSV report",
  details: [
    "Reads every customer need (of plans in the given statuses; default all) with its account and country, groups " +
      "them with src/core's needs grouping (the same as the COE view: theme and text similarity across languages), " +
      "and writes the groups, most accounts first, to --out: .html (a page to share) or .csv.",
    "The report holds customer words: keep it inside the company."
  ],
  options: {
    out: {
      type: "string",
      value: "<file.html|file.csv>",
      description: "where to write; the extension chooses the format"
    },
    status: { type: "string", multiple: true, value: "<status>", description: "only needs of plans in this status" },
    country: { type: "string", value: "<code>", description: "only needs of plans of this country" },
    "min-accounts": { type: "string", value: "<n>", description: "only groups heard at n accounts or more (default 1)" }
  },
  examples: [
    "npx accord needs report --out needs.html -o prod",
    "npx accord needs report --out needs.csv --min-accounts 3"
  ],
  async run({ values, out, connect }) {
    const file = stringOption(values, "out");
    const format = file ? path.extname(file).toLowerCase() : "";
    if (!file || (format !== ".html" && format !== ".csv")) {
      throw new CliError("Say where to write the report: --out needs.html or --out needs.csv.", EXIT.USAGE, "NO_OUT");
    }
    const statuses = stringList(values, "status");
    for (const s of statuses) {
      if (!(PLAN_STATUSES as readonly string[]).includes(s)) {
        throw new CliError(`--status ${s}: use one of ${PLAN_STATUSES.join(", ")}.`, EXIT.USAGE, "BAD_STATUS");
      }
    }
    const minAccounts = Number(stringOption(values, "min-accounts") ?? "1");
    if (!Number.isInteger(minAccounts) || minAccounts < 1)
      throw new CliError("--min-accounts must be a whole number from 1.", EXIT.USAGE);
    const where: string[] = [];
    if (statuses.length > 0) where.push(`Plan__r.Status__c IN (${statuses.map(quote).join(", ")})`);
    const country = stringOption(values, "country");
    if (country) where.push(`Plan__r.Country_Code__c = ${quote(country)}`);
    const client = await connect();
    const rows = await client.queryAll<Row>(
      `SELECT Id, Verbatim__c, Theme__c, Decision__c, Plan__r.Account__c, Plan__r.Country_Code__c FROM Customer_Need__c` +
        (where.length > 0 ? ` WHERE ${where.join(" AND ")}` : ""),
      "Reading needs"
    );
    const needs: NeedSignal[] = rows.map((r) => {
      const plan = (r.Plan__r ?? {}) as Row;
      return {
        id: String(r.Id),
        accountId: String(plan.Account__c),
        countryCode: (plan.Country_Code__c as string | null) ?? null,
        theme: (r.Theme__c as string | null) ?? null,
        verbatim: String(r.Verbatim__c ?? ""),
        decision: r.Decision__c as NeedSignal["decision"]
      };
    });
    const result = groupNeeds(needs, { minAccounts });
    const title = `Needs heard across accounts${country ? ` (${country})` : ""}`;
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, format === ".html" ? needsHtml(result, title) : needsCsv(result));
    out.document({
      command: "needs report",
      status: "ok",
      needs: needs.length,
      groups: result.groups.length,
      file,
      apiCalls: client.calls
    });
    out.line(`${needs.length} needs in ${result.groups.length} groups written to ${file} (${client.calls} API calls).`);
    return EXIT.OK;
  }
};
