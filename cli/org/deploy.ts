/**
 * One Metadata API deployment through the REST deployRequest resource
 * (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_rest_deploy.htm): POST the .zip
 * with deployOptions as multipart/form-data, then GET deployRequest/<id>?includeDetails=true until done. The
 * deployment is all or nothing (rollbackOnError); checkOnly validates without saving (--dry-run). Component
 * failures (DeployMessage: fileName, fullName, problem, lineNumber) come back in deployResult.details.
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { OrgClient } from "./client";
import { CliError, EXIT } from "./errors";

export interface DeployMessage {
  componentType?: string;
  fullName: string;
  fileName?: string;
  problem?: string;
  problemType?: string;
  lineNumber?: number | null;
}

export interface DeployResult {
  id: string;
  status: string;
  done: boolean;
  success: boolean;
  numberComponentsTotal?: number;
  numberComponentsDeployed?: number;
  numberComponentErrors?: number;
  errorMessage?: string | null;
  details?: { componentFailures?: DeployMessage[] | DeployMessage };
}

interface DeployRequestReply {
  id: string;
  deployResult: DeployResult;
}

export async function deployZip(
  client: OrgClient,
  zip: Buffer,
  options: { checkOnly: boolean; interval: number; waitMinutes?: number }
): Promise<DeployResult> {
  const deadline = Date.now() + (options.waitMinutes ?? 30) * 60_000;
  const form = new FormData();
  const deployOptions = { checkOnly: options.checkOnly, rollbackOnError: true, singlePackage: true };
  form.append("json", new Blob([JSON.stringify({ deployOptions })], { type: "application/json" }));
  form.append("file", new Blob([zip], { type: "application/zip" }), "deploy.zip");
  const started = await client.post<DeployRequestReply>(
    client.dataPath("/metadata/deployRequest"),
    form,
    "Starting the deployment"
  );
  for (;;) {
    const reply = await client.get<DeployRequestReply>(
      client.dataPath(`/metadata/deployRequest/${started.id}?includeDetails=true`),
      "Following the deployment"
    );
    if (reply.deployResult.done) return reply.deployResult;
    if (Date.now() > deadline) {
      throw new CliError(
        `The deployment ${started.id} is still running; it continues in the org (Setup > Deployment Status).`,
        EXIT.ORG,
        "STILL_RUNNING"
      );
    }
    await sleep(options.interval * 1000);
  }
}

export function componentFailures(result: DeployResult): DeployMessage[] {
  const failures = result.details?.componentFailures ?? [];
  return Array.isArray(failures) ? failures : [failures];
}

export function deployFailure(result: DeployResult): CliError {
  const failures = componentFailures(result);
  const lines = failures.map(
    (f) => `${f.fileName ?? f.fullName}${f.lineNumber ? `:${f.lineNumber}` : ""}: ${f.problem ?? "failed"}`
  );
  return new CliError(
    `The deployment ${result.id} failed (${result.status}); nothing was changed. ` +
      (lines.length > 0 ? `Component errors:\n  ${lines.join("\n  ")}` : (result.errorMessage ?? "")),
    EXIT.ORG,
    "DEPLOY_FAILED"
  );
}
