/**
 * `accord config export|import`: the configuration (custom metadata) as one CSV file per type, written and read
 * by src/core's configuration CSV module (the same files as the configuration console). Import checks every row
 * of every file against the org's current configuration (src/core's rules, with file and line) before anything
 * is sent, then deploys the added and changed records in one Metadata API deployment: all or nothing.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { stringOption, type Command } from "../command";
import { readConfigurationRecords } from "../org/configuration";
import { componentFailures, deployFailure, deployZip } from "../org/deploy";
import { CliError, EXIT } from "../org/errors";
import { deploymentZip, fullName } from "../config/metadataFiles";
import {
  ConfigurationCsvError,
  exportConfigurationCsv,
  importConfigurationCsv,
  type ConfigurationCsvFile
} from "../../src/core/config/configurationCsv";

export const configExport: Command = {
  words: ["config", "export"],
  summary: "write the org's configuration (custom metadata) as one CSV file per type",
  details: [
    "Writes <out>/<Type>.csv for every configuration type (archetypes, countries, role profiles, criteria, " +
      "dimensions, weights, scoring settings): DeveloperName, Label, then the type's fields; a relationship holds " +
      "the referenced record's DeveloperName. Edit them and load them back with npx accord config import."
  ],
  options: { out: { type: "string", value: "<dir>", description: "folder to write the files into (required)" } },
  examples: ["npx accord config export --out config-csv/ -o prod"],
  async run({ values, out, connect }) {
    const folder = stringOption(values, "out");
    if (!folder) throw new CliError("Say where to write: --out <dir>.", EXIT.USAGE, "NO_OUT");
    const client = await connect();
    const records = await readConfigurationRecords(client);
    const files = exportConfigurationCsv(records);
    fs.mkdirSync(folder, { recursive: true });
    for (const file of files) fs.writeFileSync(path.join(folder, file.name), file.text);
    out.document({
      command: "config export",
      status: "ok",
      records: records.length,
      files: files.map((f) => f.name),
      folder,
      apiCalls: client.calls
    });
    out.line(`${records.length} records written to ${files.length} files in ${folder} (${client.calls} API calls).`);
    return EXIT.OK;
  }
};

function readFiles(args: string[]): ConfigurationCsvFile[] {
  const paths = args.flatMap((arg) => {
    if (!fs.existsSync(arg)) throw new CliError(`Cannot read ${arg}: no such file or folder.`, EXIT.INPUT, "NO_FILE");
    return fs.statSync(arg).isDirectory()
      ? fs
          .readdirSync(arg)
          .filter((f) => f.toLowerCase().endsWith(".csv"))
          .sort()
          .map((f) => path.join(arg, f))
      : [arg];
  });
  if (paths.length === 0) throw new CliError(`No .csv file in ${args.join(", ")}.`, EXIT.INPUT, "NO_FILE");
  return paths.map((p) => ({ name: path.basename(p), text: fs.readFileSync(p, "utf8") }));
}

export const configImport: Command = {
  words: ["config", "import"],
  args: "<dir|file.csv…>",
  summary: "check configuration CSV files and deploy them in one Metadata API deployment",
  details: [
    "Reads <Type>.csv files (as written by config export or the configuration console): each file's rows replace " +
      "or add records of its type; types without a file stay as they are. Every row is checked with the " +
      "configuration rules (names, required fields, numbers, references, weights adding up to 100…) against the " +
      "org's current records; any problem is listed with file and line, and nothing is sent (exit 5).",
    "Added and changed records are deployed in one deployment that is all or nothing; component errors are " +
      "listed (exit 4). Records missing from a file are kept (custom metadata is not deleted by an import). " +
      "--dry-run validates the deployment in the org (checkOnly) without changing anything. Needs Customize " +
      "Application (or Modify Metadata) in the org."
  ],
  options: {
    "dry-run": { type: "boolean", description: "validate in the org (checkOnly deployment); change nothing" },
    interval: {
      type: "string",
      value: "<seconds>",
      description: "seconds between deployment status checks (default 2)"
    }
  },
  examples: [
    "npx accord config import config-csv/ --dry-run -o uat",
    "npx accord config import config-csv/Country_Setting.csv -o prod"
  ],
  async run({ values, positionals, out, connect }) {
    if (positionals.length === 0)
      throw new CliError("Say which files: npx accord config import <dir|file.csv…>.", EXIT.USAGE);
    const interval = Number(stringOption(values, "interval") ?? "2");
    if (!Number.isFinite(interval) || interval <= 0)
      throw new CliError("--interval must be a positive number of seconds.", EXIT.USAGE);
    const files = readFiles(positionals);
    const client = await connect();
    const current = await readConfigurationRecords(client);
    let imported;
    try {
      imported = importConfigurationCsv(files, current);
    } catch (error) {
      if (!(error instanceof ConfigurationCsvError)) throw error;
      const issues = error.issues.map((i) => ({ file: i.file, line: i.line, code: i.code, message: i.message }));
      out.document({ command: "config import", status: "invalid", issues, apiCalls: client.calls });
      for (const i of issues) out.line(`${i.file ?? "(configuration)"}${i.line ? `:${i.line}` : ""}: ${i.message}`);
      throw new CliError(
        `${issues.length} problem(s) in the configuration files; nothing was sent.`,
        EXIT.INPUT,
        "INVALID_CONFIGURATION_CSV"
      );
    }
    for (const name of imported.notInFiles)
      out.note(`kept (not in its file; custom metadata is not deleted by an import): ${name}`);
    if (imported.changed.length === 0) {
      out.document({
        command: "config import",
        status: "ok",
        changed: 0,
        notInFiles: imported.notInFiles,
        apiCalls: client.calls
      });
      out.line("The files match the org's configuration: nothing to deploy.");
      return EXIT.OK;
    }
    const checkOnly = values["dry-run"] === true;
    const zip = await deploymentZip(imported.changed, client.apiVersion);
    const result = await deployZip(client, zip, { checkOnly, interval });
    if (!result.success) {
      out.document({
        command: "config import",
        status: "error",
        deployId: result.id,
        componentFailures: componentFailures(result),
        apiCalls: client.calls
      });
      throw deployFailure(result);
    }
    out.document({
      command: "config import",
      status: "ok",
      dryRun: checkOnly,
      deployId: result.id,
      changed: imported.changed.map(fullName),
      notInFiles: imported.notInFiles,
      apiCalls: client.calls
    });
    out.line(
      `${checkOnly ? "Validated" : "Deployed"} ${imported.changed.length} record(s) in one deployment (${result.id})` +
        `${checkOnly ? "; nothing was changed (--dry-run)" : ""} with ${client.calls} API calls.`
    );
    return EXIT.OK;
  }
};
