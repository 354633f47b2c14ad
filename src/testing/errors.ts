/**
 * Test support for src/core's jest tests (not shipped: nothing outside tests imports it, and it is outside src/core).
 */
import { AccordInputError } from "../core/errors";

/** The code of the AccordInputError that `run` throws; fails the test when it returns or throws anything else. */
export function errorCodeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AccordInputError);
    return (error as AccordInputError).code;
  }
  throw new Error("expected an AccordInputError, but the call returned");
}
