import { normalizeText } from "../normalize";

describe("normalizeText", () => {
  it("composes to NFC and converts CR/CRLF to LF", () => {
    expect(normalizeText("Mu\u0308ller\r\nline\rend")).toBe("M\u00fcller\nline\nend");
  });
});
