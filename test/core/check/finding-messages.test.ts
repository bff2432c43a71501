import type { Finding, FindingCode } from "../../../src/core/findings/finding";
import { FINDING_CODES, FINDING_VARIANTS, type MessageKey } from "../../../src/core/findings/finding-codes";
import { FINDING_MESSAGES, renderFinding } from "../../../src/core/i18n/finding-messages";
import { LANGS } from "../../../src/core/lang";

/** Parameters as the rules and the reader give them, one sample per message key. */
const SAMPLE_PARAMS: Readonly<Record<MessageKey, Finding["params"]>> = {
  unknownStatus: { value: "typ klar", expected: "Genomförd, Pågår, Försenad, Ej påbörjad, Utgår" },
  "unknownStatus.didYouMean": { value: "Pågar", suggestion: "Pågår", expected: "Genomförd, Pågår" },
  wrongVocabulary: { value: "Genomförd", rowType: "goal", expected: "I fas, Delvis i fas, Ej i fas, Kan inte bedömas" },
  statusOnIndicator: { value: "Pågår" },
  commentRequired: { status: "Försenad" },
  valueNotNumeric: { value: "ca 200", column: "Värde i år" },
  valueNegative: { value: -3.5, column: "Värde förra året" },
  departmentMissing: {},
  departmentUnknown: { value: "Polisen", expected: "KSF, NBF" },
  "departmentUnknown.didYouMean": { value: "ksf", suggestion: "KSF", expected: "KSF, NBF" },
  duplicateId: { otherCell: "1 Trygghet och brott!A8" },
  missingId: {},
  unknownRow: {},
  lostRow: { expectedSheet: "G1 Klotter" },
  textTooLong: { column: "Kommentar/analys", length: 40000, limit: 32767 },
  formulaInText: { column: "Genomfört under året", formula: "-bra jobbat" },
  errorValue: { column: "Värde i år", value: "#REF!" },
  notReported: { department: "KSF", count: 3, rows: "1.M1, 1.A1, 1.A2" },
  sheetMissing: { expectedSheet: "G1 Klotter", areaId: "G1" },
  sheetAmbiguous: { expectedSheet: "1 Trygghet", areaId: "1", sheets: "'Trygghet', '1 Trygghet (2)'" },
  sheetRenamed: { expectedSheet: "G1 Klotter", areaId: "G1" },
  sheetUnknown: {},
  headerMissing: {},
  dataSheetMissing: {},
  programmeInvalid: { detail: "areas[2].rows[4].department: okänd förvaltning" },
  typeChanged: { expected: "Aktivitet", found: "Mål" },
  columnRenamed: { column: "Status/bedömning", found: "Status" },
  columnMissing: { column: "Kommentar/analys", suspects: "H7" },
  columnDuplicate: { column: "Kommentar/analys" },
  columnAmbiguous: { column: "Kommentar/analys", found: "Kommentar, Analys" },
  summaryFormulaChanged: { found: "7" },
  closedFlagChanged: {},
  closedEdited: { count: 2, rows: "1.A1, 1.A3" },
  formulaInInput: { column: "Värde i år", formula: '=WEBSERVICE("http://x")' },
  limitExceeded: { limit: "programmeChars", max: 33554432, where: "'Programdata'!B2" },
};

const ALL_KEYS: readonly MessageKey[] = [...FINDING_CODES, ...FINDING_VARIANTS];

function codeOf(key: MessageKey): FindingCode {
  return key.split(".")[0] as FindingCode;
}

function sample(key: MessageKey, place: Partial<Pick<Finding, "sheet" | "cell" | "rowId">> = {}): Finding {
  return {
    severity: "error",
    code: codeOf(key),
    sheet: "1 Trygghet och brott",
    cell: "E12",
    rowId: "1.A3",
    messageKey: key,
    params: SAMPLE_PARAMS[key],
    ...place,
  };
}

describe("finding messages", () => {
  it("has a message for every code and variant, and no others", () => {
    expect(Object.keys(FINDING_MESSAGES).sort()).toEqual([...ALL_KEYS].sort());
  });

  describe.each(ALL_KEYS.flatMap((key) => LANGS.map((lang) => [key, lang] as const)))("%s in %s", (key, lang) => {
    const text = renderFinding(sample(key), lang);

    it("names the sheet, cell and row ID first", () => {
      expect(
        text.startsWith(
          lang === "sv" ? "1 Trygghet och brott!E12 (rad 1.A3): " : "1 Trygghet och brott!E12 (row 1.A3): "
        )
      ).toBe(true);
    });

    it("says something with every parameter filled in", () => {
      const sentence = text.slice(text.indexOf(": ") + 2);
      expect(sentence.length).toBeGreaterThan(20);
      expect(text).not.toMatch(/undefined|NaN|\[object|\$\{/);
      // Translated or re-worded: column, rowType, status, the limit's key (said as what it limits).
      // A did-you-mean names the suggestion, not the whole list.
      const reworded = ["column", "rowType", "status", "limit", ...(key.endsWith(".didYouMean") ? ["expected"] : [])];
      for (const [name, value] of Object.entries(SAMPLE_PARAMS[key])) {
        if (typeof value === "string" && !reworded.includes(name)) {
          expect(text).toContain(value);
        }
      }
    });

    it("differs from the other language", () => {
      expect(text).not.toBe(renderFinding(sample(key), lang === "sv" ? "en" : "sv"));
    });
  });
});

describe("renderFinding", () => {
  it("reads as in the brief for a did-you-mean", () => {
    const f = { ...sample("unknownStatus.didYouMean"), params: { value: "Pågar", suggestion: "Pågår" } };
    expect(renderFinding(f, "sv")).toMatch(
      /^1 Trygghet och brott!E12 \(rad 1\.A3\): 'Pågar' är ingen status\. Menade du 'Pågår'\?/
    );
    expect(renderFinding(f, "en")).toMatch(
      /^1 Trygghet och brott!E12 \(row 1\.A3\): 'Pågar' is not a status\. Did you mean 'Pågår'\?/
    );
  });

  it("puts no place in front of a finding about the whole workbook, and the sheet alone when there is no cell", () => {
    const whole = sample("notReported", { sheet: null, cell: null, rowId: null });
    expect(renderFinding(whole, "sv")).toBe("KSF: 3 rader är inte rapporterade än (1.M1, 1.A1, 1.A2).");
    expect(renderFinding(sample("lostRow", { cell: null, sheet: "G1 Klotter", rowId: "G1.I1" }), "sv")).toMatch(
      /^G1 Klotter \(rad G1\.I1\): /
    );
    expect(renderFinding(sample("missingId", { rowId: null }), "en")).toMatch(/^1 Trygghet och brott!E12: /);
  });

  it("says one row in the singular", () => {
    const one = {
      ...sample("notReported", { sheet: null, cell: null, rowId: null }),
      params: { department: "NBF", count: 1, rows: "1.A2" },
    };
    expect(renderFinding(one, "sv")).toBe("NBF: 1 rad är inte rapporterad än (1.A2).");
    expect(renderFinding(one, "en")).toBe("NBF: 1 row not reported yet (1.A2).");
  });

  it("writes numbers the way each language does", () => {
    expect(renderFinding(sample("textTooLong"), "sv")).toContain("40 000 tecken");
    expect(renderFinding(sample("textTooLong"), "en")).toContain("40,000 characters");
    expect(renderFinding(sample("valueNegative"), "sv")).toContain("-3,5");
    expect(renderFinding(sample("valueNegative"), "en")).toContain("-3.5");
  });

  it("names columns by their header in the sheet, and in English by the English header", () => {
    expect(renderFinding(sample("valueNotNumeric"), "sv")).toContain("Värde i år");
    expect(renderFinding(sample("valueNotNumeric"), "en")).toContain("Value this year");
  });

  it("falls back to the code's message for an unknown variant", () => {
    const f = { ...sample("missingId"), messageKey: "missingId.somethingNew" };
    expect(renderFinding(f, "sv")).toBe(renderFinding(sample("missingId"), "sv"));
  });

  it("never prints undefined when a parameter is missing", () => {
    for (const key of ALL_KEYS) {
      for (const lang of LANGS) {
        expect(renderFinding({ ...sample(key), params: {} }, lang)).not.toMatch(/undefined|NaN/);
      }
    }
  });
});
