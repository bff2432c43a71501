import { parseNumberText } from "../../../src/core/workbook/parse-number";
import { readNumber } from "../../../src/core/check/cell-reading";

describe("parseNumberText", () => {
  it.each([
    ["217", 217],
    ["1 234,5", 1234.5],
    ["1\u00A0234\u00A0567", 1234567],
    ["1\u202F234", 1234],
    ["12,75", 12.75],
    ["12.75", 12.75],
    [" 40 ", 40],
    ["-3", -3],
    ["\u22123,5", -3.5],
    ["+7", 7],
    ["0", 0],
  ])("%j is %d", (text, n) => {
    expect(parseNumberText(text)).toBe(n);
  });

  it.each([
    "ca 200",
    "12 %",
    "1,234.5",
    "12 34",
    "1 2345",
    "",
    "abc",
    "1e5",
    "Infinity",
    "NaN",
    "--1",
    "1,",
    ",5",
    "200 kr",
  ])("%j is not a number", (text) => {
    expect(parseNumberText(text)).toBeNull();
  });
});

describe("readNumber", () => {
  it("takes finite numbers and numeric text, refuses NaN, Infinity and booleans", () => {
    expect(readNumber(12)).toEqual({ kind: "number", value: 12 });
    expect(readNumber("1 234,5")).toEqual({ kind: "number", value: 1234.5 });
    expect(readNumber(Number.NaN)).toEqual({ kind: "notNumeric", raw: "NaN" });
    expect(readNumber(Number.POSITIVE_INFINITY).kind).toBe("notNumeric");
    expect(readNumber(true).kind).toBe("notNumeric");
  });

  it("reads empty cells and formulas without a result as empty, errors as blocked", () => {
    expect(readNumber(null).kind).toBe("empty");
    expect(readNumber("   ").kind).toBe("empty");
    expect(readNumber({ formula: "A1*2" }).kind).toBe("empty");
    expect(readNumber({ formula: "A1*2", result: 14 })).toEqual({ kind: "number", value: 14 });
    expect(readNumber({ error: "#REF!" }).kind).toBe("blocked");
    expect(readNumber({ formula: "1/0", result: "#DIV/0!" }).kind).toBe("blocked");
  });
});
