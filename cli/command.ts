/**
 * The shape of an accord command and the options every command takes. Arguments are parsed with Node's own
 * util.parseArgs (strict: an unknown or malformed option is a usage error): no dependency to pin or update,
 * and subcommands are few enough that a command table is clearer than a framework.
 */
import type { OrgClient } from "./org/client";
import type { Output } from "./output";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
  /** Shown in help, e.g. "<alias>". */
  value?: string;
  description: string;
}

export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface CommandContext {
  values: OptionValues;
  positionals: string[];
  out: Output;
  env: NodeJS.ProcessEnv;
  /** Authenticates (--target-org or SF_ACCESS_TOKEN + SF_INSTANCE_URL) and returns the org client. */
  connect(): Promise<OrgClient>;
}

export interface Command {
  /** The words that name it: ["signatures", "audit"]. */
  words: string[];
  /** Positional arguments after the words, for help: "<csv>". */
  args?: string;
  summary: string;
  /** Paragraphs of help: what it does, what it needs in the org, its output. */
  details: string[];
  options: Record<string, OptionSpec>;
  examples: string[];
  run(context: CommandContext): Promise<number>;
}

export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  "target-org": {
    type: "string",
    short: "o",
    value: "<alias>",
    description:
      "org alias or username known to the project's sf (npx sf org list); else SF_ACCESS_TOKEN + SF_INSTANCE_URL"
  },
  json: {
    type: "boolean",
    description: "print one JSON document on stdout (for scripts); progress and notes go to stderr"
  },
  "api-version": {
    type: "string",
    value: "<nn.n>",
    description: "REST API version (default: sfdx-project.json sourceApiVersion)"
  },
  help: { type: "boolean", short: "h", description: "show this help" }
};

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

export function stringList(values: OptionValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
}
