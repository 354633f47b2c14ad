import { createHash } from "node:crypto";
import fc from "fast-check";
import { sha256Hex, sha256HexOfBytes, utf8Bytes } from "../sha256";

const nodeSha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("sha256Hex", () => {
  it("matches the FIPS 180-4 examples", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    );
  });

  it("handles every padding boundary (55, 56, 63, 64, 65 bytes and several blocks)", () => {
    for (const length of [1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000]) {
      const text = "a".repeat(length);
      expect(sha256Hex(text)).toBe(nodeSha256(text));
    }
  });

  it("equals node:crypto on random text including astral characters (emoji, CJK extension B)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(nodeSha256(text));
      }),
      { numRuns: 500 }
    );
  });

  it("equals node:crypto on random UTF-16 code units, lone surrogates included (encoded as U+FFFD)", () => {
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, maxLength: 200 }), (text) => {
        expect(sha256Hex(text)).toBe(nodeSha256(text));
      }),
      { numRuns: 500 }
    );
  });

  it("hashes raw bytes like node:crypto", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(sha256HexOfBytes(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
      }),
      { numRuns: 200 }
    );
  });
});

describe("utf8Bytes", () => {
  it("encodes 1- to 4-byte characters and surrogate pairs like Buffer", () => {
    const text = "A\u00e9\u20ac\ud83d\ude80\ud840\udc0b 한국어 日本語 Größe";
    expect(Array.from(utf8Bytes(text))).toEqual(Array.from(Buffer.from(text, "utf8")));
  });

  it("switches to 2, 3 and 4 bytes exactly at U+0080, U+0800 and U+10000", () => {
    const bytes = (text: string) => Array.from(utf8Bytes(text));
    expect(bytes("\u007f")).toEqual([0x7f]);
    expect(bytes("\u0080")).toEqual([0xc2, 0x80]);
    expect(bytes("\u07ff")).toEqual([0xdf, 0xbf]);
    expect(bytes("\u0800")).toEqual([0xe0, 0xa0, 0x80]);
    expect(bytes("\uffff")).toEqual([0xef, 0xbf, 0xbf]);
    expect(bytes("\ud800\udc00")).toEqual([0xf0, 0x90, 0x80, 0x80]);
    // Digests from node:crypto, written out.
    expect(sha256Hex("\u0080")).toBe("ea0add9a514e94de9abd0ba721eed15b15aa0b3a0f09ebee5e54a9dfae943153");
    expect(sha256Hex("\u0800")).toBe("a36ae1af6063cc9281d4010e979a1e3fd3d9ee3e804b7093d2b00f6ee6388bec");
  });

  it("turns lone high and low surrogates into U+FFFD", () => {
    expect(Array.from(utf8Bytes("\ud800"))).toEqual([0xef, 0xbf, 0xbd]);
    expect(Array.from(utf8Bytes("x\udc00y"))).toEqual([0x78, 0xef, 0xbf, 0xbd, 0x79]);
    expect(Array.from(utf8Bytes("\ud800\ud800\udc00"))).toEqual([0xef, 0xbf, 0xbd, 0xf0, 0x90, 0x80, 0x80]);
  });
});
