/**
 * The single error type of the core: thrown when input is malformed
 * (missing field, NaN, unknown picklist code). `code` is stable so the UI
 * and Apex can map it to a custom label; `message` says which field, what is
 * wrong and what to do.
 */
export class AccordInputError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "AccordInputError";
  }
}
