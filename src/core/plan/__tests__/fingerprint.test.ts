import { createHash } from "node:crypto";
import spec from "../../../../spec/fingerprint.json";
import type { PlanDto } from "../../contract";
import { inputErrorOf } from "../../../testing/errors";
import { CANONICAL_FORMAT, canonicalPlanText, canonicalValue, planFingerprint, shortFingerprint } from "../fingerprint";
import { sha256Hex } from "../sha256";

type Vector = { name: string; plan: Record<string, unknown>; canonicalLines: string[]; sha256: string };
type Invalid = { name: string; plan: Record<string, unknown>; error: string };

const planOf = (fields: Record<string, unknown>) => ({ ...spec.planDefaults, ...fields }) as unknown as PlanDto;
const nodeSha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("spec/fingerprint.json", () => {
  it("has the format this code implements and enough vectors", () => {
    expect(spec.format).toBe(CANONICAL_FORMAT);
    expect(spec.vectors.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(spec.vectors as Vector[])("$name", (vector) => {
    const text = vector.canonicalLines.join("\n") + "\n";

    it("stored hash = node:crypto = sha256.ts over the hand-written canonical text", () => {
      expect(nodeSha256(text)).toBe(vector.sha256);
      expect(sha256Hex(text)).toBe(vector.sha256);
    });

    it("canonicalPlanText reproduces the canonical text byte for byte", () => {
      expect(canonicalPlanText(planOf(vector.plan))).toBe(text);
    });

    it("planFingerprint gives the stored hash", () => {
      expect(planFingerprint(planOf(vector.plan))).toBe(vector.sha256);
    });
  });

  it.each(spec.invalid as Invalid[])("refuses: $name ($error)", ({ plan, error }) => {
    expect(inputErrorOf(() => planFingerprint(planOf(plan))).code).toBe(error);
  });

  it("distinguishes NFC from NFD text (no normalization in the canonical text)", () => {
    const hashes = (spec.vectors as Vector[])
      .filter((v) => v.name.startsWith("no Unicode normalization"))
      .map((v) => v.sha256);
    expect(hashes).toHaveLength(2);
    expect(hashes[0]).not.toBe(hashes[1]);
  });
});

describe("canonicalValue", () => {
  it("trims, converts line breaks and escapes backslash, LF and tab", () => {
    expect(canonicalValue(" a\\b\r\nc\td ", "f")).toBe("a\\\\b\\nc\\td");
    expect(canonicalValue(null, "f")).toBe("");
    expect(canonicalValue(7, "f")).toBe("7");
  });

  it("keeps a complete surrogate pair and names the field of a lone one", () => {
    expect(canonicalValue("\ud83d\ude80", "f")).toBe("\ud83d\ude80");
    const error = inputErrorOf(() => canonicalValue("a\udc00", "need k.verbatim"));
    expect(error.code).toBe("INVALID_TEXT");
    expect(error.message).toContain("need k.verbatim");
    expect(inputErrorOf(() => canonicalValue("\ud800", "f")).code).toBe("INVALID_TEXT");
    expect(inputErrorOf(() => canonicalValue("\ud800x", "f")).code).toBe("INVALID_TEXT");
  });
});

describe("shortFingerprint", () => {
  it("shows the first 12 hex digits in groups of four, lowercase", () => {
    expect(shortFingerprint("ABCDEF0123456789".repeat(4))).toBe("abcd ef01 2345");
  });

  it("refuses anything that is not a SHA-256 hex digest", () => {
    for (const bad of ["", "xyz", "a".repeat(63), "g".repeat(64), null]) {
      expect(inputErrorOf(() => shortFingerprint(bad as string)).code).toBe("INVALID_HASH");
    }
  });
});

describe("canonicalPlanText input checks", () => {
  it("names the field and the problem", () => {
    const error = inputErrorOf(() => canonicalPlanText(planOf({ needs: [{ key: "k", sequence: Number.NaN }] })));
    expect(error.code).toBe("INVALID_NUMBER");
    expect(error.message).toBe("plan.needs[0].sequence must be a whole number from -99999 to 99999 (got NaN).");
  });

  it("names both spellings of a key that differs only in case", () => {
    const needs = [
      { key: "B", sequence: 1, verbatim: "one", decision: "Pending" },
      { key: "b", sequence: 2, verbatim: "two", decision: "Pending" }
    ];
    const error = inputErrorOf(() => canonicalPlanText(planOf({ needs })));
    expect(error.code).toBe("DUPLICATE_KEY");
    expect(error.message).toBe('Two needs share the key "b" (as "B": keys ignore case): every key must be unique.');
    const same = inputErrorOf(() => canonicalPlanText(planOf({ needs: [needs[0], { ...needs[1], key: "B" }] })));
    expect(same.message).toBe('Two needs share the key "B": every key must be unique.');
  });

  it("prints a priority as its decimal digit and refuses one the org cannot store", () => {
    const need = { key: "k", sequence: 1, verbatim: "v", decision: "Pending" };
    expect(canonicalPlanText(planOf({ needs: [{ ...need, customerPriority: 5 }] }))).toContain(
      "\nneed.customerPriority=5\n"
    );
    const error = inputErrorOf(() => canonicalPlanText(planOf({ needs: [{ ...need, customerPriority: 12 }] })));
    expect(error.message).toBe("plan.needs[0].customerPriority must be a whole number from 1 to 5 (got 12).");
  });

  it("refuses a plan that is not an object", () => {
    expect(inputErrorOf(() => canonicalPlanText(null as unknown as PlanDto)).code).toBe("INVALID_INPUT");
    expect(inputErrorOf(() => canonicalPlanText([] as unknown as PlanDto)).code).toBe("INVALID_INPUT");
  });

  it("does not change its input", () => {
    const plan = planOf((spec.vectors as Vector[])[4].plan);
    const before = JSON.stringify(plan);
    canonicalPlanText(plan);
    expect(JSON.stringify(plan)).toBe(before);
  });
});
