import * as fs from "fs";
import * as path from "path";
import { XMLParser } from "fast-xml-parser";
import {
  ConfigurationCsvError,
  configurationCsvColumns,
  exportConfigurationCsv,
  importConfigurationCsv,
  type ConfigurationCsvFile
} from "../configurationCsv";
import { checkConfigurationRecords } from "../configurationRecords";
import { CONFIGURATION_TYPES, type ConfigurationRecord, type ConfigurationTypeName } from "../metadataTypes";
import { CsvSyntaxError, formatCsv, parseCsv } from "../csvText";

const ROOT = path.join(__dirname, "../../../..");
// The reference reader (papaparse 5.7.1 ships no types: the one call used here is typed by hand).
const Papa = require("papaparse") as { parse(text: string, options: object): { data: string[][]; errors: unknown[] } };

/** The project's configuration records: the packaged global model and the starter configuration. */
function projectRecords(): ConfigurationRecord[] {
  const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false });
  const records: ConfigurationRecord[] = [];
  for (const folder of ["force-app/main/default/customMetadata", "config/starter/customMetadata"]) {
    for (const file of fs.readdirSync(path.join(ROOT, folder)).sort()) {
      const [type, developerName] = file.replace(".md-meta.xml", "").split(".");
      const doc = xml.parse(fs.readFileSync(path.join(ROOT, folder, file), "utf8")).CustomMetadata;
      const values: Record<string, string | null> = {};
      for (const v of [doc.values ?? []].flat())
        values[v.field] = v.value === undefined || v.value === "" ? null : String(v.value);
      records.push({ type: type as ConfigurationTypeName, developerName, label: String(doc.label), values });
    }
  }
  return records;
}

const fileOf = (files: ConfigurationCsvFile[], type: string) => files.find((f) => f.name === `${type}.csv`)!;

function importError(run: () => unknown): ConfigurationCsvError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationCsvError);
    return error as ConfigurationCsvError;
  }
  throw new Error("expected a ConfigurationCsvError, but the import returned");
}

const country = (code: string, archetype: string, readiness = "Developing") =>
  `${code},${code} name,${code},${archetype},${readiness},,12,\r\n`;
const COUNTRY_HEADER =
  "DeveloperName,Label,Country_Code__c,Archetype__c,Kam_Readiness__c,Pull_Through_Strategy__c,Review_Cadence_Months__c,Review_Earliest_Months__c\r\n";

describe("the project's configuration", () => {
  it("passes every record check (what the console and the CLI would deploy)", () => {
    const records = projectRecords();
    expect(records.length).toBeGreaterThan(100);
    expect(checkConfigurationRecords(records)).toEqual([]);
  });

  it("exports one file per type and imports back unchanged", () => {
    const records = projectRecords();
    const files = exportConfigurationCsv(records);
    expect(files.map((f) => f.name)).toEqual(CONFIGURATION_TYPES.map((t) => `${t.name}.csv`));
    const result = importConfigurationCsv(files, records);
    expect(result.changed).toEqual([]);
    expect(result.notInFiles).toEqual([]);
    expect(result.records).toHaveLength(records.length);
  });

  it("writes what papaparse 5.7.1 reads the same way", () => {
    for (const file of exportConfigurationCsv(projectRecords())) {
      const parsed = Papa.parse(file.text, { delimiter: ",", newline: "\r\n", skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parseCsv(file.text).map((r) => r.cells)).toEqual(parsed.data);
    }
  });
});

describe("columns and CSV text", () => {
  it("columns are DeveloperName, Label and the type's fields in declaration order", () => {
    expect(configurationCsvColumns("Country_Setting")).toEqual([
      "DeveloperName",
      "Label",
      "Country_Code__c",
      "Archetype__c",
      "Kam_Readiness__c",
      "Pull_Through_Strategy__c",
      "Review_Cadence_Months__c",
      "Review_Earliest_Months__c"
    ]);
    expect(() => configurationCsvColumns("Nope" as ConfigurationTypeName)).toThrow(/not a configuration type/);
  });

  it("quotes commas, quotes, line breaks and outer spaces, and reads them back with the line each row starts on", () => {
    const rows = [
      ["a", "b, c", 'say "hi"'],
      ["two\nlines", " padded", "ü 日本"],
      ["last", "", ""]
    ];
    const text = formatCsv(rows);
    expect(text).toBe('a,"b, c","say ""hi"""\r\n"two\nlines"," padded",ü 日本\r\nlast,,\r\n');
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: rows[0] },
      { line: 2, cells: rows[1] },
      { line: 4, cells: rows[2] }
    ]);
    const papa = Papa.parse(text, { delimiter: ",", newline: "\r\n" });
    expect(papa.data.slice(0, 3)).toEqual(rows);
  });

  it("skips blank lines and a byte-order mark, and accepts LF endings", () => {
    expect(parseCsv("\ufeffa,b\n\nc,d\n")).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 3, cells: ["c", "d"] }
    ]);
  });

  it.each([
    ['a,"open\n', 1, /not closed/],
    ['a,"x"y\n', 1, /after a closing quote/],
    ['ok\nb,c"d\n', 2, /quote inside an unquoted field/]
  ])("rejects %j at line %d", (text, line, message) => {
    let error: unknown;
    try {
      parseCsv(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(line);
    expect((error as CsvSyntaxError).message).toMatch(message);
  });
});

describe("importConfigurationCsv", () => {
  it("returns the added and changed records, and lists the records its files leave out", () => {
    const records = projectRecords();
    const files = exportConfigurationCsv(records);
    const countries = fileOf(files, "Country_Setting");
    const lines = countries.text.split("\r\n");
    const edited = lines
      .filter((l) => !l.startsWith("BR,"))
      .map((l) => (l.startsWith("DE,") ? l.replace(",Established,", ",Developing,") : l));
    countries.text = edited.join("\r\n") + country("PT", "Regional_Payers", "Not ready");
    const result = importConfigurationCsv([countries], records);
    expect(result.changed.map((r) => [r.developerName, r.values.Kam_Readiness__c])).toEqual([
      ["DE", "Developing"],
      ["PT", "Not ready"]
    ]);
    expect(result.notInFiles).toEqual(["Country_Setting.BR"]);
    expect(result.records).toHaveLength(records.length + 1);
  });

  it("reports every problem of every file with its line, and imports nothing", () => {
    const records = projectRecords();
    const countries = {
      name: "Country_Setting.csv",
      text:
        COUNTRY_HEADER +
        country("PT", "Regional_Payers") +
        country("XK", "Nowhere") +
        country("FI", "Regional_Payers", "Maybe")
    };
    const criteria = { name: "Selection_Criterion.csv", text: "DeveloperName,Label\r\n" };
    const unknown = { name: "Countries.csv", text: COUNTRY_HEADER };
    const error = importError(() => importConfigurationCsv([countries, criteria, unknown], records));
    expect(error.code).toBe("INVALID_CONFIGURATION_CSV");
    expect(error.issues.map((i) => [i.file, i.line, i.code])).toEqual([
      ["Selection_Criterion.csv", 1, "INVALID_HEADER"],
      ["Countries.csv", 0, "UNKNOWN_TYPE"]
    ]);
    expect(error.message).toMatch(/nothing was imported/);
    // With the file-level problems fixed, the row checks run and name the rows.
    const rows = importError(() => importConfigurationCsv([countries], records));
    expect(rows.issues.map((i) => [i.file, i.line, i.code, i.field])).toEqual([
      ["Country_Setting.csv", 3, "UNKNOWN_REFERENCE", "Archetype__c"],
      ["Country_Setting.csv", 4, "INVALID_CHOICE", "Kam_Readiness__c"]
    ]);
    expect(rows.issues[0].message).toMatch(/Nowhere/);
  });

  it("names the second of two rows with one DeveloperName, a short row and a broken quote", () => {
    const records = projectRecords();
    const duplicate = {
      name: "Country_Setting.csv",
      text: COUNTRY_HEADER + country("PT", "Regional_Payers") + "\r\n" + country("PT", "Regional_Payers")
    };
    expect(importError(() => importConfigurationCsv([duplicate], records)).issues.map((i) => [i.line, i.code])).toEqual(
      [
        [4, "DUPLICATE_RECORD"],
        [4, "DUPLICATE_COUNTRY"]
      ]
    );
    const short = { name: "Country_Setting.csv", text: COUNTRY_HEADER + "PT,Portugal,PT\r\n" };
    expect(importError(() => importConfigurationCsv([short], records)).issues.map((i) => [i.line, i.code])).toEqual([
      [2, "INVALID_CSV"]
    ]);
    const quote = { name: "Country_Setting.csv", text: COUNTRY_HEADER + 'PT,"Portugal\r\n' };
    expect(importError(() => importConfigurationCsv([quote], records)).issues[0]).toMatchObject({
      line: 2,
      code: "INVALID_CSV"
    });
  });

  it("checks the whole result: a weight change that breaks the sum of 100 is refused, with the total", () => {
    const records = projectRecords();
    const criteria = fileOf(exportConfigurationCsv(records), "Selection_Criterion");
    const lines = criteria.text.split("\r\n");
    const at = lines.findIndex((l) => l.startsWith("Strategic_Fit,"));
    lines[at] = lines[at].replace(/,20,(\d+)$/, ",25,$1");
    const error = importError(() => importConfigurationCsv([{ ...criteria, text: lines.join("\r\n") }], records));
    expect(error.issues[0]).toMatchObject({ code: "CRITERION_WEIGHTS_NOT_100", developerName: null, line: null });
    expect(error.issues[0].message).toMatch(/add up to 105/);
  });

  it("reads numbers written with a zero fraction as the same value", () => {
    const records = projectRecords();
    const criteria = fileOf(exportConfigurationCsv(records), "Selection_Criterion");
    const text = criteria.text.replace(/,(\d+),(\d+)\r\n/g, ",$1.0,$2\r\n");
    expect(text).not.toBe(criteria.text);
    expect(importConfigurationCsv([{ ...criteria, text }], records).changed).toEqual([]);
  });
});
