/**
 * `accord doctor`: is this org ready for Accord? Each check prints pass, warn or fail with the fix. Failures
 * (exit 1) stop people from working; warnings degrade something (an untranslated document, stale scores).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Command } from "../command";
import type { OrgClient } from "../org/client";
import { CliError, EXIT } from "../org/errors";
import { readConfigurationRecords } from "../org/configuration";
import { quote } from "../plans/planRecords";
import { findConfigurationGaps, type ConfigurationGap } from "../../src/core/config/archetypes";
import { checkConfigurationRecords, recordsToConfiguration } from "../../src/core/config/configurationRecords";
import { LANGUAGES } from "../../src/core/values";

export type CheckStatus = "pass" | "warn" | "fail";

export interface CheckResult {
  check: string;
  status: CheckStatus;
  detail: string;
  fix: string | null;
}

/** AccordRecomputeSchedule.JOB_NAME and AccordTriggerBypass.PERMISSION (tests/cli compares them with the Apex). */
export const RECOMPUTE_JOB_NAME = "Accord score recompute";
export const BYPASS_PERMISSION = "Accord_Bypass_Triggers";

const ROOT = path.resolve(__dirname, "../..");
type Row = Record<string, unknown>;

/** The package's permission sets, from force-app (the files are the one list). */
export function packagePermissionSets(): string[] {
  const dir = path.join(ROOT, "force-app/main/default/permissionsets");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".permissionset-meta.xml"))
    .map((f) => f.replace(".permissionset-meta.xml", ""))
    .sort();
}

function result(check: string, status: CheckStatus, detail: string, fix: string | null = null): CheckResult {
  return { check, status, detail, fix };
}

async function apiVersion(client: OrgClient): Promise<CheckResult[]> {
  const versions = await client.get<{ version: string }[]>("/services/data/", "Reading the API versions");
  const newest = versions
    .map((v) => v.version)
    .sort((a, b) => Number(a) - Number(b))
    .at(-1);
  return versions.some((v) => v.version === client.apiVersion)
    ? [result("API version", "pass", `${client.apiVersion} is available (the org's newest: ${newest})`)]
    : [
        result(
          "API version",
          "fail",
          `the package needs API ${client.apiVersion}; this org offers up to ${newest}`,
          "deploy to an org on the current Salesforce release (sandboxes get it first), or pass --api-version for read-only checks"
        )
      ];
}

async function permissionSets(client: OrgClient, alias: string): Promise<CheckResult[]> {
  const names = packagePermissionSets();
  const rows = await client.queryAll<Row>(
    `SELECT Name, (SELECT Id FROM Assignments) FROM PermissionSet WHERE Name IN (${names.map(quote).join(", ")})`,
    "Reading permission sets"
  );
  return names.map((name) => {
    const row = rows.find((r) => r.Name === name);
    if (!row) {
      return result(
        `permission set ${name}`,
        "fail",
        "missing",
        `deploy the package: npm run deploy -- --target-org ${alias}`
      );
    }
    const assigned = ((row.Assignments as { records?: unknown[] } | null)?.records ?? []).length;
    return assigned > 0
      ? result(`permission set ${name}`, "pass", `assigned to ${assigned} user(s)`)
      : result(
          `permission set ${name}`,
          "warn",
          "assigned to nobody",
          `npx sf org assign permset --name ${name} --on-behalf-of <username> --target-org ${alias}`
        );
  });
}

function gapText(gap: ConfigurationGap): string {
  switch (gap.code) {
    case "COUNTRY_NOT_CONFIGURED":
      return `country ${gap.countryCode} has no Country_Setting`;
    case "COUNTRY_UNKNOWN_ARCHETYPE":
      return `country ${gap.countryCode} names archetype ${gap.archetypeCode}, which does not exist`;
    case "REQUIRED_ROLE_WITHOUT_PROFILE":
      return `archetype ${gap.archetypeCode} requires role ${gap.roleCode}, which has no role profile`;
    case "ROLE_PROFILE_WITHOUT_ENGLISH":
      return `role ${gap.roleCode} (${gap.level}${gap.scopeCode ? ` ${gap.scopeCode}` : ""}) has no English profile to fall back on`;
    case "ROLE_PROFILE_UNKNOWN_SCOPE":
      return `role profile ${gap.roleCode} names ${gap.level} ${gap.scopeCode}, which does not exist`;
    case "CRITERION_WITHOUT_WEIGHT":
      return `selection criterion ${gap.criterionCode} has no weight${gap.archetypeCode ? ` for ${gap.archetypeCode}` : ""}`;
    case "OVERRIDE_UNKNOWN_CRITERION":
      return `archetype ${gap.archetypeCode} weights criterion ${gap.criterionCode}, which does not exist`;
    case "CRITERION_WEIGHTS_NOT_100":
      return `the selection criterion weights ${gap.archetypeCode ? `of archetype ${gap.archetypeCode}` : "(global)"} add up to ${gap.total}, not 100`;
    case "NO_DIMENSION_WEIGHT":
      return `no collaboration dimension carries weight for ${gap.audience} respondents`;
  }
}

async function configuration(client: OrgClient, alias: string): Promise<CheckResult[]> {
  const records = await readConfigurationRecords(client);
  const count = (type: string) => records.filter((r) => r.type === type).length;
  const check = "configuration";
  if (count("Healthcare_Archetype") === 0 || count("Country_Setting") === 0) {
    return [
      result(
        check,
        "fail",
        `no ${count("Healthcare_Archetype") === 0 ? "healthcare archetype" : "country setting"} is configured`,
        `deploy the starter configuration once: npm run config:starter -- --target-org ${alias}`
      )
    ];
  }
  const issues = checkConfigurationRecords(records);
  if (issues.length > 0) {
    return issues.map((issue) =>
      result(
        check,
        "fail",
        issue.message,
        "correct the record in Setup > Custom Metadata Types (or accord config import)"
      )
    );
  }
  const gaps = findConfigurationGaps(recordsToConfiguration(records));
  if (gaps.length > 0) {
    return gaps.map((gap) =>
      result(
        check,
        "warn",
        gapText(gap),
        "add the missing record in Setup > Custom Metadata Types (or the configuration console)"
      )
    );
  }
  const summary = `${records.length} records: ${count("Healthcare_Archetype")} archetypes, ${count("Country_Setting")} countries, ${count("Stakeholder_Role_Profile")} role profiles; no gaps`;
  return [result(check, "pass", summary)];
}

async function languages(client: OrgClient): Promise<CheckResult[]> {
  const rows = await client.queryAll<Row>(
    "SELECT Language, IsActive FROM Translation",
    "Reading translation languages"
  );
  return LANGUAGES.filter((l) => l !== "en").map((language) => {
    const row = rows.find((r) => r.Language === language);
    return row?.IsActive === true
      ? result(`translation ${language}`, "pass", "active")
      : result(
          `translation ${language}`,
          "warn",
          row
            ? "enabled but not active: plans in this language show English labels"
            : "not enabled in Translation Workbench",
          `Setup > Translation Language Settings: add ${language} and mark it Active`
        );
  });
}

async function recomputeScheduled(client: OrgClient, alias: string): Promise<CheckResult[]> {
  const rows = await client.queryAll<Row>(
    `SELECT Id, State, NextFireTime FROM CronTrigger WHERE CronJobDetail.Name = ${quote(RECOMPUTE_JOB_NAME)}`,
    "Reading scheduled jobs"
  );
  const waiting = rows.find((r) => r.State === "WAITING" || r.State === "ACQUIRED" || r.State === "EXECUTING");
  if (waiting)
    return [result("nightly score recompute", "pass", `scheduled, next run ${String(waiting.NextFireTime)}`)];
  return [
    result(
      "nightly score recompute",
      "warn",
      rows.length > 0
        ? `'${RECOMPUTE_JOB_NAME}' exists but is ${String(rows[0].State)}`
        : "not scheduled: stored scores go stale",
      `echo "AccordRecomputeSchedule.scheduleNightly();" | npx sf apex run --target-org ${alias} (as a user with Accord_Configure)`
    )
  ];
}

async function triggerBypass(client: OrgClient): Promise<CheckResult[]> {
  const check = "trigger bypass";
  const permission = await client.queryAll<Row>(
    `SELECT Id FROM CustomPermission WHERE DeveloperName = ${quote(BYPASS_PERMISSION)}`,
    "Reading custom permissions"
  );
  if (permission.length === 0)
    return [result(check, "fail", `custom permission ${BYPASS_PERMISSION} is missing`, "deploy the package")];
  const grants = await client.queryAll<Row>(
    `SELECT ParentId, Parent.Name FROM SetupEntityAccess WHERE SetupEntityId = ${quote(String(permission[0].Id))}`,
    "Reading who is granted the bypass"
  );
  if (grants.length === 0) return [result(check, "pass", `${BYPASS_PERMISSION} is granted by no permission set`)];
  const ids = grants.map((g) => quote(String(g.ParentId)));
  const holders = await client.queryAll<Row>(
    `SELECT Assignee.Name, PermissionSet.Name FROM PermissionSetAssignment WHERE PermissionSetId IN (${ids.join(", ")})`,
    "Reading who holds the bypass"
  );
  if (holders.length === 0) return [result(check, "pass", `${BYPASS_PERMISSION} is assigned to nobody`)];
  const who = holders.map(
    (h) => `${(h.Assignee as Row | null)?.Name ?? "?"} (${(h.PermissionSet as Row | null)?.Name ?? "?"})`
  );
  return [
    result(
      check,
      "fail",
      `left on for ${who.join(", ")}: their rating and assessment changes do not recompute scores`,
      "after the data load, remove the permission set assignment (Setup > Users > Permission Set Assignments) and run npx accord scores recompute"
    )
  ];
}

/** Runs one check; an org error (e.g. no access to an object) becomes that check's failure, not the end of the run. */
async function safely(check: string, run: () => Promise<CheckResult[]>): Promise<CheckResult[]> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CliError && error.exitCode === EXIT.ORG) {
      return [result(check, "fail", error.message, "see the message; checks need the Accord_Admin permission set")];
    }
    throw error;
  }
}

export const doctor: Command = {
  words: ["doctor"],
  summary: "check that an org is ready for Accord: permission sets, configuration, languages, jobs, bypass",
  details: [
    "Checks, each with pass, warn or fail and the fix: the API version the package needs; each permission set " +
      "of the package exists and is assigned to someone; the configuration (custom metadata) is present, valid " +
      "and gap-free (src/core's own rules); every translation language of the package is active; the nightly " +
      "score recompute is scheduled; nobody is left holding the trigger bypass (Accord_Bypass_Triggers).",
    "Exit code 1 when any check fails (warnings alone exit 0). Run it as an admin (Accord_Admin)."
  ],
  options: {},
  examples: [
    "npx accord doctor --target-org uat",
    "npx accord doctor --json -o prod | jq '.checks[] | select(.status != \"pass\")'"
  ],
  async run({ out, connect }) {
    const client = await connect();
    const alias = client.org.alias ?? "<alias>";
    const checks: CheckResult[] = [];
    checks.push(...(await safely("API version", () => apiVersion(client))));
    checks.push(...(await safely("permission sets", () => permissionSets(client, alias))));
    checks.push(...(await safely("configuration", () => configuration(client, alias))));
    checks.push(...(await safely("translations", () => languages(client))));
    checks.push(...(await safely("nightly score recompute", () => recomputeScheduled(client, alias))));
    checks.push(...(await safely("trigger bypass", () => triggerBypass(client))));
    const count = (status: CheckStatus) => checks.filter((c) => c.status === status).length;
    const failed = count("fail");
    out.document({
      command: "doctor",
      status: failed > 0 ? "findings" : "ok",
      checks,
      summary: { pass: count("pass"), warn: count("warn"), fail: failed },
      apiCalls: client.calls
    });
    for (const c of checks) {
      out.line(`${c.status.toUpperCase().padEnd(4)}  ${c.check}: ${c.detail}`);
      if (c.fix) out.line(`      fix: ${c.fix}`);
    }
    out.line(`\n${count("pass")} passed, ${count("warn")} warning(s), ${failed} failed (${client.calls} API calls).`);
    return failed > 0 ? EXIT.FINDINGS : EXIT.OK;
  }
};
