/** Every accord command, in the order `accord --help` lists them. */
import type { Command } from "../command";
import { configExport, configImport } from "./config";
import { dataImport } from "./dataImport";
import { doctor } from "./doctor";
import { needsReport } from "./needsReport";
import { plansExport } from "./plansExport";
import { scoresRecompute } from "./scoresRecompute";
import { signaturesAudit } from "./signaturesAudit";

export const COMMANDS: readonly Command[] = [
  doctor,
  configExport,
  configImport,
  dataImport,
  needsReport,
  plansExport,
  scoresRecompute,
  signaturesAudit
];
