/**
 * The message of an Apex error ({ body: { message } }), whose message may hold an
 * ApexErrorBody as JSON; plain text messages and JavaScript errors are shown as they are.
 */
export function errorMessage(error) {
  const raw =
    error && error.body && typeof error.body.message === "string" ? error.body.message : error && error.message;
  if (typeof raw !== "string" || raw.trim() === "") return null;
  try {
    const parsed = JSON.parse(raw);
    if (parsed && typeof parsed.message === "string" && parsed.message.trim() !== "") return parsed.message;
  } catch {
    // A plain text message: show it as it is.
  }
  return raw;
}
