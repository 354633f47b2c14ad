/**
 * Public surface of c/accordConfigCore: the configuration console's rules, compiled by `npm run build` into their
 * own LWC service module (c/accordCore has no room for them under the 128 KiB limit, and only the console uses
 * them). The preview server loads the same bundle (preview/server/core.js loadConfigCore).
 */
export type { AccordConfiguration, ConfigurationRecordDto } from "./contract";
export { KAM_READINESS_LEVELS, LANGUAGES, STAKEHOLDER_ROLES } from "./values";
export { AccordInputError } from "./errors";
export {
  findConfigurationGaps,
  resolveAccountConfiguration,
  type ConfigurationGap,
  type ResolvedAccountConfiguration
} from "./config/archetypes";
export { CONFIGURATION_TYPES, NAME_MAX_LENGTH, type ConfigurationRecord } from "./config/metadataTypes";
export {
  checkConfigurationRecords,
  recordsToConfiguration,
  type ConfigurationIssue
} from "./config/configurationRecords";
export {
  ConfigurationCsvError,
  configurationCsvColumns,
  exportConfigurationCsv,
  importConfigurationCsv,
  type ConfigurationCsvFile,
  type ConfigurationCsvIssue,
  type ConfigurationImport
} from "./config/configurationCsv";
