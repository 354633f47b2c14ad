/**
 * A CSV input file read and checked before anything is sent: syntax (src/core's strict RFC 4180 reader, which
 * knows each row's line), header (every required column, no unknown column), then every value and row; every
 * problem is reported with file, line and column.
 */
import { CsvSyntaxError, parseCsv } from "../../src/core/config/csvText";
import type { ColumnSpec, ImportContext, Row } from "./importKinds";

export interface InputIssue {
  file: string;
  line: number;
  column: string | null;
  message: string;
}

export interface InputRow {
  line: number;
  values: Row;
}

export interface CsvInput {
  header: string[];
  rows: InputRow[];
}

export function readCsvInput(
  file: string,
  text: string,
  columns: ColumnSpec[]
): { input: CsvInput; issues: InputIssue[] } {
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    const line = error instanceof CsvSyntaxError ? error.line : 1;
    return {
      input: { header: [], rows: [] },
      issues: [{ file, line, column: null, message: (error as Error).message }]
    };
  }
  if (parsed.length === 0) {
    return {
      input: { header: [], rows: [] },
      issues: [{ file, line: 1, column: null, message: "the file is empty: the first line must name the columns" }]
    };
  }
  const [head, ...body] = parsed;
  const header = head.cells.map((c) => c.trim());
  const issues: InputIssue[] = [];
  const known = columns.map((c) => c.name);
  for (const name of header) {
    if (!known.includes(name)) {
      issues.push({
        file,
        line: head.line,
        column: name,
        message: `unknown column "${name}"; the columns are ${known.join(", ")}`
      });
    }
  }
  for (const column of columns) {
    if (column.required && !header.includes(column.name)) {
      issues.push({
        file,
        line: head.line,
        column: column.name,
        message: `the required column ${column.name} is missing`
      });
    }
  }
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name))
      issues.push({ file, line: head.line, column: name, message: `the column ${name} appears twice` });
    seen.add(name);
  }
  const rows = body.map((row) => {
    const values: Row = {};
    header.forEach((name, i) => (values[name] = (row.cells[i] ?? "").trim()));
    if (row.cells.length !== header.length) {
      issues.push({
        file,
        line: row.line,
        column: null,
        message: `${row.cells.length} values for ${header.length} columns`
      });
    }
    return { line: row.line, values };
  });
  if (rows.length === 0) issues.push({ file, line: head.line, column: null, message: "no data rows under the header" });
  return { input: { header, rows }, issues };
}

/** Every value against its column's rule, and required values present. */
export function checkValues(
  file: string,
  input: CsvInput,
  columns: ColumnSpec[],
  context: ImportContext
): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const row of input.rows) {
    for (const column of columns) {
      const value = row.values[column.name] ?? "";
      if (value === "") {
        if (column.required)
          issues.push({ file, line: row.line, column: column.name, message: `${column.name} is required` });
        continue;
      }
      const problem = column.check(value, row.values, context);
      if (problem) issues.push({ file, line: row.line, column: column.name, message: `${column.name} ${problem}` });
    }
  }
  return issues;
}

/** Two rows with one external key would be one record: the second would silently overwrite the first. */
export function checkDuplicateKeys(
  file: string,
  rows: InputRow[],
  keyOf: (row: Row) => string,
  what: string
): InputIssue[] {
  const first = new Map<string, number>();
  const issues: InputIssue[] = [];
  for (const row of rows) {
    const key = keyOf(row.values);
    const earlier = first.get(key);
    if (earlier !== undefined) {
      issues.push({
        file,
        line: row.line,
        column: null,
        message: `the same ${what} as line ${earlier}: keep one of them`
      });
    } else first.set(key, row.line);
  }
  return issues;
}
