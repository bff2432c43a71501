import { keepTogether, NBSP } from "../../src/core";

const nb = (s: string): string => s.replace(/_/g, NBSP);

describe("keepTogether: figures stay on one line in the report", () => {
  test.each([
    ["1 800 000 kr", "1_800_000_kr"],
    ["103 per 1 000 inv.", "103_per_1_000_inv."],
    ["85 % av målet", "85_% av målet"],
    ["(540 st → 560 st)", "(540_st → 560_st)"],
    ["12 av 14 bedömda mål", "12 av 14 bedömda mål"],
    ["perioden 2018–2021 och 2019 2020", "perioden 2018–2021 och 2019 2020"],
    ["5 stadsdelar och 3 kriser", "5 stadsdelar och 3 kriser"],
  ])("%s", (text, expected) => {
    expect(keepTogether(text)).toBe(nb(expected));
  });

  test("is idempotent and changes nothing but spaces", () => {
    const text = "Kostnaden 3 450 000 kr mot 3 600 000 kr, 71 % och 103 per 1 000 inv.";
    const once = keepTogether(text);
    expect(keepTogether(once)).toBe(once);
    expect(once.replace(new RegExp(NBSP, "g"), " ")).toBe(text);
  });
});
