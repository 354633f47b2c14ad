import { parseApexError } from "c/accordApexError";

describe("c-accord-apex-error", () => {
  it("reads an ApexErrorBody sent as JSON", () => {
    const error = { body: { message: JSON.stringify({ message: "Stale.", code: "STALE_VERSION", recordKey: "k1" }) } };
    expect(parseApexError(error)).toEqual({ message: "Stale.", code: "STALE_VERSION", recordKey: "k1" });
  });

  it("keeps a JSON body without code or record key", () => {
    expect(parseApexError({ body: { message: JSON.stringify({ message: "No." }) } })).toEqual({
      message: "No.",
      code: null,
      recordKey: null
    });
  });

  it("shows plain text, JSON that is no error body, page errors and JavaScript errors as they are", () => {
    expect(parseApexError({ body: { message: "Insufficient access" } }).message).toBe("Insufficient access");
    expect(parseApexError({ body: { message: "[1,2]" } }).message).toBe("[1,2]");
    expect(parseApexError({ body: [{ message: "A" }, { message: "B" }] }).message).toBe("A B");
    expect(parseApexError(new TypeError("boom")).message).toBe("boom");
  });

  it("returns no message when the error carries no text", () => {
    expect(parseApexError(undefined).message).toBeNull();
    expect(parseApexError({ body: { message: " " } }).message).toBeNull();
    expect(parseApexError({ body: [] }).message).toBeNull();
  });
});
