/**
 * Where accord gets its session: `--target-org <alias>` asks the project's own Salesforce CLI
 * (`sf org display --json`, the pinned @salesforce/cli in node_modules, never a global sf), else the environment
 * variables SF_ACCESS_TOKEN + SF_INSTANCE_URL (for CI and scripts). No token is ever printed.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { CliError, EXIT } from "./errors";

export interface OrgAuth {
  instanceUrl: string;
  accessToken: string;
  alias: string | null;
  username: string | null;
}

/** The project's sf entry point (cli/dist/accord.js → ../../node_modules); ACCORD_SF_BIN replaces it in tests. */
export function sfBin(env: NodeJS.ProcessEnv): string {
  return env.ACCORD_SF_BIN || path.resolve(__dirname, "../../node_modules/@salesforce/cli/bin/run.js");
}

interface SfOrgDisplay {
  status?: number;
  message?: string;
  name?: string;
  result?: { accessToken?: string; instanceUrl?: string; username?: string; alias?: string };
}

export function authFromSf(alias: string, env: NodeJS.ProcessEnv): OrgAuth {
  const bin = sfBin(env);
  if (!fs.existsSync(bin)) {
    throw new CliError(
      "The project's Salesforce CLI is not installed: run `npm ci` in the Accord folder.",
      EXIT.AUTH,
      "SF_MISSING"
    );
  }
  const run = spawnSync(process.execPath, [bin, "org", "display", "--json", "--target-org", alias], {
    encoding: "utf8",
    env: { ...env, SF_DISABLE_AUTOUPDATE: "true", SF_DISABLE_TELEMETRY: "true", SF_SKIP_NEW_VERSION_CHECK: "true" },
    maxBuffer: 8 * 1024 * 1024
  });
  let reply: SfOrgDisplay;
  try {
    reply = JSON.parse(run.stdout) as SfOrgDisplay;
  } catch {
    throw new CliError(`sf org display printed no JSON (exit ${run.status}): ${String(run.stderr).trim()}`, EXIT.AUTH);
  }
  const result = reply.result;
  if (reply.status !== 0 || !result?.accessToken || !result.instanceUrl) {
    throw new CliError(
      `No usable session for the org '${alias}'${reply.message ? ` (${reply.message.split("\n")[0].trim()})` : ""}. ` +
        `Log in first: npx sf org login web --alias ${alias} (npx sf org list shows the known aliases).`,
      EXIT.AUTH,
      reply.name ?? "NO_SESSION"
    );
  }
  return {
    instanceUrl: result.instanceUrl.replace(/\/+$/, ""),
    accessToken: result.accessToken,
    alias,
    username: result.username ?? null
  };
}

export function resolveAuth(targetOrg: string | undefined, env: NodeJS.ProcessEnv): OrgAuth {
  if (targetOrg) return authFromSf(targetOrg, env);
  const accessToken = env.SF_ACCESS_TOKEN;
  const instanceUrl = env.SF_INSTANCE_URL;
  if (accessToken && instanceUrl) {
    if (!/^https?:\/\//.test(instanceUrl)) {
      throw new CliError(
        `SF_INSTANCE_URL must be a URL like https://mydomain.my.salesforce.com (got ${instanceUrl}).`,
        EXIT.USAGE
      );
    }
    return { instanceUrl: instanceUrl.replace(/\/+$/, ""), accessToken, alias: null, username: null };
  }
  throw new CliError(
    "Say which org to use: --target-org <alias> (an org known to `npx sf org list`), " +
      "or set SF_ACCESS_TOKEN and SF_INSTANCE_URL.",
    EXIT.USAGE,
    "NO_ORG"
  );
}
