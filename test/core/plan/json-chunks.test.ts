import fc from "fast-check";
import { splitIntoChunks } from "../../../src/core/plan/json-chunks";

describe("splitIntoChunks", () => {
  test("chunks join back to the text and none is longer than the size", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), fc.integer({ min: 2, max: 40 }), (text, size) => {
        const chunks = splitIntoChunks(text, size);
        expect(chunks.join("")).toBe(text);
        for (const c of chunks) {
          expect(c.length).toBeGreaterThan(0);
          expect(c.length).toBeLessThanOrEqual(size);
        }
      })
    );
  });

  test("a cut never splits a surrogate pair", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "😀", "é", " "), { maxLength: 200 }),
        fc.integer({ min: 2, max: 9 }),
        (parts, size) => {
          const chunks = splitIntoChunks(parts.join(""), size);
          for (const c of chunks) {
            expect(/^[\uDC00-\uDFFF]/.test(c)).toBe(false);
            expect(/[\uD800-\uDBFF]$/.test(c)).toBe(false);
          }
        }
      )
    );
  });

  test("a cut avoids whitespace at chunk edges when it can", () => {
    const text = "abc def ghi jkl mno";
    const chunks = splitIntoChunks(text, 4);
    expect(chunks.join("")).toBe(text);
    for (const c of chunks) {
      expect(c).toBe(c.trim());
    }
  });

  test("an empty text has no chunks", () => {
    expect(splitIntoChunks("")).toEqual([]);
  });
});

test("no chunk starts with a character that makes a retyped cell a formula when a cut elsewhere is possible", () => {
  // Such characters never two in a row: a cut one character earlier is always possible.
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.constantFrom("a", "1", ":", "é"), fc.constantFrom("", "=", "+", "-", "@")), {
        maxLength: 150,
      }),
      fc.integer({ min: 3, max: 12 }),
      (pairs, size) => {
        const text = pairs.map(([a, b]) => a + b).join("");
        const chunks = splitIntoChunks(text, size);
        expect(chunks.join("")).toBe(text);
        for (const c of chunks) expect(/^[=+\-@]/.test(c)).toBe(false);
      }
    )
  );
});

test("a negative number is not cut before its minus sign", () => {
  expect(splitIntoChunks('{"a":-5}', 5)).toEqual(['{"a"', ":-5}"]);
});
