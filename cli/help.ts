/** Help texts: `accord --help` (commands and exit codes) and `accord <command> --help`. */
import { GLOBAL_OPTIONS, type Command, type OptionSpec } from "./command";
import { EXIT } from "./org/errors";

const EXIT_CODES: [number, string][] = [
  [EXIT.OK, "done, nothing to report"],
  [EXIT.FINDINGS, "done with findings: audit mismatches, doctor failures, rows the org refused"],
  [EXIT.USAGE, "wrong command line: unknown command or option, missing argument"],
  [EXIT.AUTH, "no usable session: no org given, unknown alias, expired session (log in with npx sf org login web)"],
  [EXIT.ORG, "the org refused or failed a request (e.g. INVALID_FIELD: deploy the current package)"],
  [EXIT.INPUT, "an input file is invalid (file and line reported; nothing was sent)"],
  [EXIT.INTERNAL, "a bug in accord (please report it with the stack trace)"]
];

function optionLines(options: Record<string, OptionSpec>): string[] {
  return Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : "    "}--${name}${spec.value ? ` ${spec.value}` : ""}`;
    return `  ${flag.padEnd(34)} ${spec.description}${spec.multiple ? " (repeatable)" : ""}`;
  });
}

export function generalHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.words.join(" ").length + (c.args ? c.args.length + 1 : 0)));
  return [
    "accord: the Accord command line for sales ops (runs against an org with the Accord package).",
    "",
    "Usage: npx accord <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${[c.words.join(" "), c.args].filter(Boolean).join(" ").padEnd(width)}  ${c.summary}`),
    "",
    "Options of every command:",
    ...optionLines(GLOBAL_OPTIONS),
    "",
    "Exit codes:",
    ...EXIT_CODES.map(([code, text]) => `  ${String(code).padStart(2)}  ${text}`),
    "",
    "Run `npx accord <command> --help` for a command's options and examples."
  ].join("\n");
}

export function commandHelp(command: Command): string {
  const name = command.words.join(" ");
  return [
    `npx accord ${name}${command.args ? ` ${command.args}` : ""} [options]`,
    "",
    command.summary,
    "",
    ...command.details.flatMap((paragraph) => [paragraph, ""]),
    ...(Object.keys(command.options).length > 0 ? ["Options:", ...optionLines(command.options), ""] : []),
    "Options of every command:",
    ...optionLines(GLOBAL_OPTIONS),
    "",
    "Examples:",
    ...command.examples.map((e) => `  ${e}`),
    "",
    "Exit codes: see npx accord --help."
  ].join("\n");
}
