"use strict";
// An error the server returns to a component: the body is an ApexErrorBody (src/core/api.ts), sent as JSON in
// `message`, as AccordPlanController throws AuraHandledException(JSON.serialize(body)).

class ApexError extends Error {
  /**
   * @param {string} code
   * @param {string} message
   * @param {{ status?: number, recordKey?: string }} [options]
   */
  constructor(code, message, { status = 400, recordKey } = {}) {
    super(message);
    this.status = status;
    this.body = recordKey ? { message, code, recordKey } : { message, code };
  }
}

/**
 * Any error → [HTTP status, { message: JSON of ApexErrorBody }]. Core input errors keep their code.
 * @returns {[number, { message: string }]}
 */
function toApexResponse(error) {
  if (error instanceof ApexError) return [error.status, { message: JSON.stringify(error.body) }];
  if (error && error.name === "AccordInputError") {
    return [400, { message: JSON.stringify({ message: error.message, code: error.code }) }];
  }
  return [
    500,
    { message: JSON.stringify({ message: `Unexpected server error: ${error && error.message}`, code: "UNEXPECTED" }) }
  ];
}

module.exports = { ApexError, toApexResponse };
