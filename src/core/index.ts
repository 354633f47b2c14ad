/** Public surface of the core, compiled into the LWC service module c/accordCore. */
export * from './contract';
export type * from './api';
export * from './text';
