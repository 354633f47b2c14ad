"use strict";
// An error the server returns to a component: the body is an ApexErrorBody (src/core/api.ts), sent as JSON in
// `message`, as AccordPlanController throws AuraHandledException(JSON.serialize(body)).

class ApexError extends Error {
  constructor(code, message, { status = 400, recordKey } = {}) {
    super(message);
    this.status = status;
    this.body = recordKey ? { message, code, recordKey } : { message, code };
  }
}

/** Any error → [HTTP status, { message: JSON of ApexErrorBody }]. Core input errors keep their code. */
function toApexResponse(error) {
  if (error instanceof ApexError) return [error.status, { message: JSON.stringify(error.body) }];
  if (error && error.name === "AccordInputError") {
    return [400, { message: JSON.stringify({ message: error.message, code: error.code }) }];
  }
  if (error && error.code === "CORE_FUNCTION_MISSING") {
    return [501, { message: JSON.stringify({ message: error.message, code: error.code }) }];
  }
  return [
    500,
    { message: JSON.stringify({ message: `Unexpected server error: ${error && error.message}`, code: "UNEXPECTED" }) }
  ];
}

module.exports = { ApexError, toApexResponse };
