import { langFromDisplayLanguage, LANGS } from "../../src/core";
import { MESSAGES, translate } from "../../src/taskpane/i18n/translate";

const placeholders = (s: string): string[] =>
  [...new Set([...s.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1] ?? ""))].sort();

describe("the task pane's message table", () => {
  it("has every key in both languages", () => {
    const sv = Object.keys(MESSAGES.sv).sort();
    const en = Object.keys(MESSAGES.en).sort();
    expect(en).toEqual(sv);
    expect(sv.length).toBeGreaterThan(50);
  });

  it.each(LANGS)("has a text for every key in %s, with the same placeholders as Swedish", (lang) => {
    for (const [key, sv] of Object.entries(MESSAGES.sv)) {
      const own = MESSAGES[lang][key as keyof typeof MESSAGES.sv];
      expect({ key, empty: own.trim() === "" }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(own) }).toEqual({ key, placeholders: placeholders(sv) });
    }
  });

  it("says different things in the two languages", () => {
    const same = Object.keys(MESSAGES.sv).filter(
      (k) => MESSAGES.sv[k as keyof typeof MESSAGES.sv] === MESSAGES.en[k as keyof typeof MESSAGES.sv]
    );
    // Only texts that are the same word in both languages, or pure placeholders, may be equal.
    expect(same.sort()).toEqual(["check.group", "check.severity.info", "myRows.field.none", "myRows.field.status"]);
  });

  it("says one row and two rows, in both languages", () => {
    expect(translate("sv", "myRows.saved", { count: 1 })).toMatch(/^Sparat: 1 rad\./);
    expect(translate("sv", "myRows.saved", { count: 2 })).toMatch(/^Sparat: 2 rader\./);
    expect(translate("sv", "myRows.saved", { count: 0 })).toMatch(/^Sparat: 0 rader\./);
    expect(translate("en", "myRows.saved", { count: 1 })).toMatch(/^Saved: 1 row\./);
    expect(translate("sv", "yearEnd.close.notReported", { department: "KSF", count: 1, rows: "1.A1" })).toBe(
      "KSF: 1 rad ej rapporterad (1.A1)"
    );
    expect(translate("en", "yearEnd.close.errors", { count: 3 })).toBe("3 errors in the check:");
    expect(translate("en", "check.counts", { errors: 1, warnings: 1 })).toBe("1 error and 1 warning.");
    expect(translate("en", "check.counts", { errors: 2, warnings: 0 })).toBe("2 errors and 0 warnings.");
    expect(translate("sv", "check.counts", { errors: 1, warnings: 1 })).toBe("1 fel och 1 varning.");
  });

  it("names no target rather than '– st', and no empty year in brackets", () => {
    expect(translate("sv", "myRows.field.valueHintNoTarget", { lastYear: "12" })).toBe(
      "Förra året: 12 · Inget målvärde"
    );
    expect(translate("sv", "yearEnd.rollover.buttonNoYear")).toBe("Skapa nästa års arbetsbok");
  });

  it("no text is left with a count form after filling in, in either language", () => {
    for (const lang of LANGS) {
      for (const key of Object.keys(MESSAGES.sv) as (keyof typeof MESSAGES.sv)[]) {
        const params = Object.fromEntries(placeholders(MESSAGES.sv[key]).map((p) => [p, 1]));
        expect({ key, text: translate(lang, key, params) }).not.toEqual({
          key,
          text: expect.stringMatching(/[{}|]/) as unknown,
        });
      }
    }
  });

  it("fills in parameters, and leaves a missing one visible rather than empty", () => {
    expect(translate("sv", "check.goToCell", { cell: "B12" })).toBe("Gå till B12");
    expect(translate("en", "check.goToCell")).toBe("Go to {cell}");
  });
});

describe("langFromDisplayLanguage", () => {
  it.each([
    ["sv-SE", "sv"],
    ["sv-FI", "sv"],
    ["sv", "sv"],
    ["SV-se", "sv"],
    ["en-US", "en"],
    ["fi-FI", "en"],
    ["svx", "en"],
    ["", "sv"],
    [null, "sv"],
    [undefined, "sv"],
  ] as const)("%s → %s", (display, lang) => {
    expect(langFromDisplayLanguage(display)).toBe(lang);
  });
});
