/**
 * Reads an error from an Apex call ({ body: { message } }) whose message may be the JSON of an
 * ApexErrorBody { message, code, recordKey }. Plain text messages, page errors ({ body: [..] })
 * and JavaScript errors are kept as they are, so the user always sees what went wrong.
 */
function rawMessage(error) {
  if (!error) return null;
  const body = error.body;
  if (body && typeof body.message === "string") return body.message;
  if (Array.isArray(body) && body.length && typeof body[0].message === "string") {
    return body.map((entry) => entry.message).join(" ");
  }
  return typeof error.message === "string" ? error.message : null;
}

/** { message, code, recordKey } with message null when the error carries no text. */
export function parseApexError(error) {
  const raw = rawMessage(error);
  if (typeof raw !== "string" || raw.trim() === "") return { message: null, code: null, recordKey: null };
  try {
    const parsed = JSON.parse(raw);
    if (parsed && typeof parsed.message === "string" && parsed.message.trim() !== "") {
      return {
        message: parsed.message,
        code: typeof parsed.code === "string" ? parsed.code : null,
        recordKey: typeof parsed.recordKey === "string" ? parsed.recordKey : null
      };
    }
  } catch {
    // Plain text: shown as it is below.
  }
  return { message: raw, code: null, recordKey: null };
}
