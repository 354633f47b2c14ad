/**
 * Entry of the accord command line (bundled into cli/dist/accord.js, run by cli/bin/accord.js): finds the
 * command, parses its options strictly, runs it and turns every known failure into a message and an exit code.
 */
import { parseArgs } from "node:util";
import { GLOBAL_OPTIONS, stringOption, type Command, type CommandContext } from "./command";
import { COMMANDS } from "./commands";
import { commandHelp, generalHelp } from "./help";
import { resolveAuth } from "./org/auth";
import { OrgClient, projectApiVersion } from "./org/client";
import { CliError, EXIT } from "./org/errors";
import { Output, type Io } from "./output";

/** The command named by the first words of argv (the longest match). */
function findCommand(argv: string[]): { command: Command; rest: string[] } | null {
  let best: Command | null = null;
  for (const command of COMMANDS) {
    const matches = command.words.every((word, i) => argv[i] === word);
    if (matches && (!best || command.words.length > best.words.length)) best = command;
  }
  return best ? { command: best, rest: argv.slice(best.words.length) } : null;
}

function unknownCommand(argv: string[]): CliError {
  const typed = argv
    .filter((a) => !a.startsWith("-"))
    .slice(0, 2)
    .join(" ");
  const near = COMMANDS.filter((c) => c.words[0] === argv[0]).map((c) => c.words.join(" "));
  return new CliError(
    `Unknown command '${typed}'.${near.length ? ` Did you mean: ${near.join(", ")}?` : ""} ` +
      "Run `npx accord --help` for the list.",
    EXIT.USAGE,
    "UNKNOWN_COMMAND"
  );
}

export async function main(
  argv: string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env }
): Promise<number> {
  const json = argv.includes("--json");
  const out = new Output(io, json);
  let apiCalls: () => number = () => 0;
  let commandName: string | null = null;
  try {
    if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
      io.stdout.write(generalHelp(COMMANDS) + "\n");
      return argv.length === 0 ? EXIT.USAGE : EXIT.OK;
    }
    const found = findCommand(argv);
    if (!found) throw unknownCommand(argv);
    const { command, rest } = found;
    commandName = command.words.join(" ");
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...GLOBAL_OPTIONS, ...command.options },
        allowPositionals: true,
        strict: true
      });
    } catch (error) {
      // Node's message goes on about positionals after "--"; its first sentence says what is wrong.
      const first = (error as Error).message.match(/^[^.]*\./)?.[0] ?? (error as Error).message;
      throw new CliError(`${first} See npx accord ${commandName} --help.`, EXIT.USAGE, "BAD_OPTION");
    }
    if (parsed.values.help) {
      io.stdout.write(commandHelp(command) + "\n");
      return EXIT.OK;
    }
    if (!command.args && parsed.positionals.length > 0) {
      throw new CliError(
        `Unexpected argument '${parsed.positionals[0]}'. See npx accord ${commandName} --help.`,
        EXIT.USAGE,
        "BAD_ARGUMENT"
      );
    }
    const values = parsed.values as CommandContext["values"];
    const context: CommandContext = {
      values,
      positionals: parsed.positionals,
      out,
      env: io.env,
      connect: async () => {
        const auth = resolveAuth(stringOption(values, "target-org"), io.env);
        const client = OrgClient.connect(auth, stringOption(values, "api-version") ?? projectApiVersion());
        apiCalls = () => client.calls;
        return client;
      }
    };
    return await command.run(context);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    if (json && !out.documented) {
      out.document({
        command: commandName,
        status: "error",
        code: error.code,
        message: error.message,
        apiCalls: apiCalls()
      });
    }
    out.note(`accord: ${error.message}`);
    return error.exitCode;
  }
}
