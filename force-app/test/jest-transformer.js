"use strict";
// The LWC jest transformer with the run's `instrument` flag in its cache key. Its own key leaves the flag out, so a
// plain run's output (not instrumented) was reused by the next coverage run and those files were missing from the
// coverage: `npx jest`, then `npm test`, failed with "Coverage data for ./force-app/main/default/lwc/ was not found".
const lwcTransformer = require("@lwc/jest-transformer");

module.exports = {
  ...lwcTransformer,
  getCacheKey(sourceText, sourcePath, options) {
    const key = lwcTransformer.getCacheKey(sourceText, sourcePath, options);
    return options.instrument ? `${key}-instrumented` : key;
  }
};
