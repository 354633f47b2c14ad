/**
 * CSV text (RFC 4180) for the configuration files: fields separated by commas, quoted with " when they hold a
 * comma, a quote, a line break or outer spaces, quotes doubled; rows end with CRLF. Parsing is strict and
 * reports the physical line each row starts on (a quoted field may span lines).
 *
 * Why not papaparse here: src/core has no run-time dependency and c/accordCore has no room for 19 KB; the
 * configuration needs strict rejection (papaparse guesses delimiters and recovers from stray quotes) and line
 * numbers (papaparse reports rows). Its tests check that papaparse 5.7.1 reads every file this writes the same.
 */
export interface CsvRow {
  /** 1-based line the row starts on. */
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map(quoteCell).join(",") + "\r\n").join("");
}

function quoteCell(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows of a CSV text; blank lines are skipped; a leading byte-order mark is ignored. */
export function parseCsv(text: string): CsvRow[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let line = 1;
  let i = 0;
  while (i < source.length) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell = "";
      if (source[i] === '"') {
        i++;
        for (;;) {
          if (i >= source.length) throw new CsvSyntaxError(start, `line ${start}: a quoted field is not closed.`);
          const ch = source[i];
          if (ch === '"') {
            if (source[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === "\n") line++;
          cell += ch;
          i++;
        }
        if (i < source.length && source[i] !== "," && source[i] !== "\r" && source[i] !== "\n") {
          throw new CsvSyntaxError(
            line,
            `line ${line}: text after a closing quote; double a quote inside a quoted field ("").`
          );
        }
      } else {
        while (i < source.length && source[i] !== "," && source[i] !== "\r" && source[i] !== "\n") {
          if (source[i] === '"') {
            throw new CsvSyntaxError(line, `line ${line}: a quote inside an unquoted field; quote the whole field.`);
          }
          cell += source[i++];
        }
      }
      cells.push(cell);
      if (source[i] === ",") {
        i++;
        continue;
      }
      break;
    }
    if (source[i] === "\r") i++;
    if (source[i] === "\n") i++;
    if (!(cells.length === 1 && cells[0] === "")) rows.push({ line: start, cells });
    line++;
  }
  return rows;
}
