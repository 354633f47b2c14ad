/** Public surface of the core, compiled into the LWC service module c/accordCore. */
export * from "./contract";
export * from "./values";
export type * from "./api";
export * from "./text";
export * from "./errors";
export * from "./sha256";
export * from "./fingerprint";
export * from "./documentModel";
export * from "./lifecycle";
export * from "./planHealth";
export * from "./scores";
export * from "./archetypes";
export * from "./needs";
export * from "./ngrams";
