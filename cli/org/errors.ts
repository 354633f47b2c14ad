/**
 * Exit codes of `accord` (documented in `accord --help` and the README) and the translation of Salesforce errors
 * into messages that say what to do. Every failure the CLI knows about becomes a CliError; anything else is a bug
 * and exits with INTERNAL.
 */
export const EXIT = {
  /** Done, nothing found. */
  OK: 0,
  /** Done, and something needs attention: audit mismatches, doctor failures, rows the org refused. */
  FINDINGS: 1,
  /** The command line itself is wrong: unknown command or option, missing argument. */
  USAGE: 2,
  /** No usable session: no org given, unknown alias, expired or invalid session. */
  AUTH: 3,
  /** The org refused or failed a request (INVALID_FIELD, a failed job or deployment, no connection). */
  ORG: 4,
  /** An input file is invalid: reported with file and line, nothing was sent. */
  INPUT: 5,
  /** A bug in accord: please report it with the stack trace. */
  INTERNAL: 70
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    readonly code: string | null = null
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** What the org is called in messages and in the `sf org login` hint. */
export interface OrgLabel {
  alias: string | null;
  instanceUrl: string;
}

function loginHint(org: OrgLabel): string {
  const alias = org.alias ?? "<alias>";
  return (
    `Log in again: npx sf org login web --alias ${alias} --instance-url ${org.instanceUrl} ` +
    `(or set a fresh SF_ACCESS_TOKEN), then run the command again.`
  );
}

interface SalesforceErrorShape {
  errorCode?: unknown;
  name?: unknown;
  message?: unknown;
  code?: unknown;
}

/**
 * A jsforce or network error as a CliError. jsforce surfaces REST errors
 * ([{"message": …, "errorCode": …}], https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm)
 * with errorCode set (also as `name`); a 401 is INVALID_SESSION_ID.
 */
export function orgError(error: unknown, org: OrgLabel, what: string): CliError {
  if (error instanceof CliError) return error;
  const e = (error ?? {}) as SalesforceErrorShape;
  const code = typeof e.errorCode === "string" ? e.errorCode : typeof e.name === "string" ? e.name : "";
  const message = typeof e.message === "string" ? e.message : String(error);
  if (code === "INVALID_SESSION_ID" || code === "ERROR_HTTP_401") {
    return new CliError(
      `The session for ${org.alias ?? org.instanceUrl} has expired or is invalid (INVALID_SESSION_ID). ${loginHint(org)}`,
      EXIT.AUTH,
      "INVALID_SESSION_ID"
    );
  }
  if (code === "INVALID_FIELD" || code === "INVALID_TYPE" || code === "INVALID_FIELD_FOR_INSERT_UPDATE") {
    return new CliError(
      `${what}: the org does not know a field or object accord needs (${code}: ${oneLine(message)}). ` +
        `Deploy the current Accord package to this org (npm run deploy -- --target-org ${org.alias ?? "<alias>"}), ` +
        `or check that your user's permission set grants access to it.`,
      EXIT.ORG,
      code
    );
  }
  const network = typeof e.code === "string" ? e.code : "";
  if (["ECONNREFUSED", "ENOTFOUND", "ECONNRESET", "ETIMEDOUT", "EAI_AGAIN"].includes(network)) {
    return new CliError(
      `${what}: cannot reach ${org.instanceUrl} (${network}). Check the network and the instance URL.`,
      EXIT.ORG,
      network
    );
  }
  return new CliError(`${what} failed: ${code ? code + ": " : ""}${oneLine(message)}`, EXIT.ORG, code || null);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
