/**
 * Jest setup: a focused test (describe.only, it.only, test.only, fit, fdescribe) fails its file instead of
 * silently skipping every other test in it, whichever way jest is started (npm test, sfdx-lwc-jest, an editor).
 * eslint's jest/no-focused-tests reports the same before the tests run.
 */
function refuse(name) {
  const focused = () => {
    throw new Error(`${name} is not allowed: a focused test skips the other tests of its file. Remove it.`);
  };
  focused.each = () => focused;
  return focused;
}

describe.only = refuse("describe.only");
it.only = refuse("it.only");
if (test !== it) test.only = refuse("test.only");
global.fit = refuse("fit");
global.fdescribe = refuse("fdescribe");
