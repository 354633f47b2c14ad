/**
 * The whole configuration as CSV files, one per custom metadata type (`<Type>.csv`), for the console's
 * export/import and `accord config export|import`.
 *
 * - Columns: DeveloperName, Label, then the type's fields in CONFIGURATION_TYPES order (one owner); a
 *   relationship holds the referenced record's DeveloperName. Rows in DeveloperName order, CRLF endings.
 * - Import reads every file, checks its name, its header and each row, merges the rows over the current
 *   records (a file's rows replace or add records of its type; types without a file stay as they are) and runs
 *   checkConfigurationRecords on the result. Any issue, with its file and line, rejects the whole import:
 *   nothing is half-applied. Records of an imported type missing from its file are listed as `notInFiles`
 *   (custom metadata cannot be deleted from Apex: the console keeps them and says so).
 */
import { AccordInputError } from "../errors";
import { compareText } from "../plan/order";
import { checkConfigurationRecords, type ConfigurationIssue } from "./configurationRecords";
import {
  CONFIGURATION_TYPES,
  configurationType,
  type ConfigurationRecord,
  type ConfigurationTypeName
} from "./metadataTypes";
import { CsvSyntaxError, formatCsv, parseCsv } from "./csvText";

export interface ConfigurationCsvFile {
  /** <Type>.csv, e.g. Country_Setting.csv. */
  name: string;
  text: string;
}

/** An issue of an import: where it is (file and line; 0 for the header or the file itself) and what to do. */
export interface ConfigurationCsvIssue extends ConfigurationIssue {
  file: string | null;
  line: number | null;
}

export interface ConfigurationImport {
  /** The whole configuration after the import (what the checks ran on). */
  records: ConfigurationRecord[];
  /** Records added or changed by the files: what to deploy. */
  changed: ConfigurationRecord[];
  /** Full names of current records of an imported type that its file does not list (kept). */
  notInFiles: string[];
}

/** Thrown by importConfigurationCsv: code INVALID_CONFIGURATION_CSV, every issue found. */
export class ConfigurationCsvError extends AccordInputError {
  constructor(readonly issues: ConfigurationCsvIssue[]) {
    super(
      "INVALID_CONFIGURATION_CSV",
      `The configuration CSV has ${issues.length} problem(s); nothing was imported. ` +
        issues
          .slice(0, 5)
          .map((i) => (i.file ? `${i.file}${i.line ? ` line ${i.line}` : ""}: ` : "") + i.message)
          .join(" ")
    );
    this.name = "ConfigurationCsvError";
  }
}

const FIXED_COLUMNS = ["DeveloperName", "Label"] as const;

export function configurationCsvFileName(type: ConfigurationTypeName): string {
  return `${type}.csv`;
}

export function configurationCsvColumns(type: ConfigurationTypeName): string[] {
  const spec = configurationType(type);
  if (!spec) throw new AccordInputError("UNKNOWN_TYPE", `"${type}" is not a configuration type.`);
  return [...FIXED_COLUMNS, ...spec.fields.map((f) => f.name)];
}

/** One file per configuration type (header only when it has no record), in CONFIGURATION_TYPES order. */
export function exportConfigurationCsv(records: ConfigurationRecord[]): ConfigurationCsvFile[] {
  return CONFIGURATION_TYPES.map((type) => {
    const rows = records
      .filter((r) => r.type === type.name)
      .sort((a, b) => compareText(a.developerName, b.developerName))
      .map((r) => [r.developerName, r.label, ...type.fields.map((f) => r.values[f.name] ?? "")]);
    return {
      name: configurationCsvFileName(type.name),
      text: formatCsv([configurationCsvColumns(type.name), ...rows])
    };
  });
}

/** Reads the files over the current records; throws ConfigurationCsvError listing every issue. */
export function importConfigurationCsv(
  files: ConfigurationCsvFile[],
  current: ConfigurationRecord[]
): ConfigurationImport {
  const issues: ConfigurationCsvIssue[] = [];
  const fromFiles: { record: ConfigurationRecord; file: string; line: number }[] = [];
  const importedTypes = new Set<string>();
  for (const file of files) {
    const problem = (line: number, code: ConfigurationIssue["code"], message: string, params: string[] = []) =>
      issues.push({
        code,
        type: typeOf(file.name),
        developerName: null,
        index: null,
        field: null,
        message: `${file.name}: ${message}`,
        params: [file.name, ...params],
        file: file.name,
        line
      });
    const spec = CONFIGURATION_TYPES.find((t) => configurationCsvFileName(t.name) === file.name);
    if (!spec) {
      problem(
        0,
        "UNKNOWN_TYPE",
        "this is not a configuration file; name each file after its type, e.g. Country_Setting.csv.",
        [CONFIGURATION_TYPES.map((t) => configurationCsvFileName(t.name)).join(", ")]
      );
      continue;
    }
    if (importedTypes.has(spec.name)) {
      problem(0, "DUPLICATE_FILE", "this file is given twice; import each type once.");
      continue;
    }
    importedTypes.add(spec.name);
    let rows;
    try {
      rows = parseCsv(file.text);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      problem(error.line, "INVALID_CSV", error.message, [String(error.line)]);
      continue;
    }
    const columns = configurationCsvColumns(spec.name);
    const header = rows.length > 0 ? rows[0].cells.map((c) => c.trim()) : [];
    if (header.join(",") !== columns.join(",")) {
      problem(
        rows.length > 0 ? rows[0].line : 1,
        "INVALID_HEADER",
        `the first line must be exactly: ${columns.join(",")} (export the configuration to get a template).`,
        [columns.join(",")]
      );
      continue;
    }
    for (const row of rows.slice(1)) {
      if (row.cells.length !== columns.length) {
        problem(
          row.line,
          "INVALID_CSV",
          `line ${row.line} has ${row.cells.length} values; the header has ${columns.length}.`,
          [String(row.line)]
        );
        continue;
      }
      const values: Record<string, string | null> = {};
      spec.fields.forEach((f, i) => {
        const cell = row.cells[i + FIXED_COLUMNS.length].trim();
        values[f.name] = cell === "" ? null : f.kind === "Number" ? canonicalNumber(cell) : cell;
      });
      fromFiles.push({
        record: { type: spec.name, developerName: row.cells[0].trim(), label: row.cells[1].trim(), values },
        file: file.name,
        line: row.line
      });
    }
  }

  const key = (r: ConfigurationRecord) => `${r.type}.${r.developerName}`.toLowerCase();
  const fileKeys = new Set(fromFiles.map((f) => key(f.record)));
  const kept = current.filter((r) => !fileKeys.has(key(r)));
  const records = [...kept, ...fromFiles.map((f) => f.record)];
  if (issues.length === 0) {
    for (const issue of checkConfigurationRecords(records)) {
      const at = issue.index !== null && issue.index >= kept.length ? fromFiles[issue.index - kept.length] : null;
      issues.push({ ...issue, file: at ? at.file : null, line: at ? at.line : null });
    }
  }
  if (issues.length > 0) throw new ConfigurationCsvError(issues);

  const currentByKey = new Map(current.map((r) => [key(r), r]));
  return {
    records,
    changed: fromFiles.map((f) => f.record).filter((r) => !sameRecord(r, currentByKey.get(key(r)))),
    notInFiles: current
      .filter((r) => importedTypes.has(r.type) && !fileKeys.has(key(r)))
      .map((r) => `${r.type}.${r.developerName}`)
      .sort(compareText)
  };
}

function typeOf(fileName: string): string {
  return fileName.replace(/\.csv$/i, "");
}

/** "15.0" and "15" are one value: numbers compare and deploy as written by the platform. */
function canonicalNumber(cell: string): string {
  return /^-?\d+(\.0*)?$/.test(cell) ? String(Number(cell)) : cell;
}

function sameRecord(a: ConfigurationRecord, b: ConfigurationRecord | undefined): boolean {
  if (!b || a.label !== b.label || a.developerName !== b.developerName) return false;
  const spec = configurationType(a.type);
  return (spec ? spec.fields : []).every((f) => normalized(a.values[f.name]) === normalized(b.values[f.name]));
}

function normalized(value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  return canonicalNumber(String(value).trim());
}
