/**
 * Test support for src/core's jest tests (not shipped: nothing outside tests imports it, and it is outside src/core).
 */
import { AccordInputError } from "../core/errors";

/** The AccordInputError that `run` throws; fails the test when it returns or throws anything else. */
export function inputErrorOf(run: () => unknown): AccordInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AccordInputError);
    return error as AccordInputError;
  }
  throw new Error("expected an AccordInputError, but the call returned");
}

/** The code of the AccordInputError that `run` throws (see inputErrorOf). */
export const errorCodeOf = (run: () => unknown): string => inputErrorOf(run).code;
