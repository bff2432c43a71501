import { LANGS } from "../../src/core/i18n/lang";
import { langFromDisplayLanguage } from "../../src/taskpane/i18n/language";
import { MESSAGES, translate } from "../../src/taskpane/i18n/translate";

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

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
