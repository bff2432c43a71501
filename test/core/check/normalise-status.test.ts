import { normaliseStatus } from "../../../src/core/check/normalise-status";
import { editDistance } from "../../../src/core/check/edit-distance";
import { ACTIVITY_STATUS, ASSESSMENT } from "../../../src/core/vocabulary/vocabularies";

describe("normaliseStatus: exact labels give the code", () => {
  it.each(ACTIVITY_STATUS.flatMap((t) => [[t.sv, t.code] as const, [t.en, t.code] as const]))(
    "activity %s → %s",
    (label, code) => {
      expect(normaliseStatus(label, "activity")).toEqual({ code });
    }
  );

  it.each(ASSESSMENT.flatMap((t) => [[t.sv, t.code] as const, [t.en, t.code] as const]))(
    "goal %s → %s",
    (label, code) => {
      expect(normaliseStatus(label, "goal")).toEqual({ code });
    }
  );
});

describe("normaliseStatus: slips get a Swedish suggestion, never a code", () => {
  it.each([
    ["genomförd", "Genomförd"],
    ["GENOMFÖRD", "Genomförd"],
    ["Ej  påbörjad", "Ej påbörjad"],
    [" Pågår ", "Pågår"],
    ["Ej\u00A0påbörjad", "Ej påbörjad"],
    ["Ejpåbörjad", "Ej påbörjad"],
    ["Pagar", "Pågår"],
    ["Pågar", "Pågår"],
    ["Forsenad", "Försenad"],
    ["Försenadd", "Försenad"],
    ["Genomförs", "Genomförd"],
    ["Genmförd", "Genomförd"],
    ["Ej påbröjad", "Ej påbörjad"],
    ["completed", "Genomförd"],
    ["In progres", "Pågår"],
    ["Utgr", "Utgår"],
  ])("activity %j → %j", (raw, suggestion) => {
    expect(normaliseStatus(raw, "activity")).toEqual({ code: null, suggestion, wrongVocabulary: false });
  });

  it.each([
    ["i fas", "I fas"],
    ["Delvis  i fas", "Delvis i fas"],
    ["Ej i fs", "Ej i fas"],
    ["Kan inte bedomas", "Kan inte bedömas"],
    ["Kan inte bedömmas", "Kan inte bedömas"],
    ["on track", "I fas"],
  ])("goal %j → %j", (raw, suggestion) => {
    expect(normaliseStatus(raw, "goal")).toEqual({ code: null, suggestion, wrongVocabulary: false });
  });

  it("allows only one edit on a short label", () => {
    // "Pågr" is one edit from "Pågår" (after diacritics); "Pgr" is two, too far for a five-letter label.
    expect(normaliseStatus("Pågr", "activity")).toEqual({ code: null, suggestion: "Pågår", wrongVocabulary: false });
    expect(normaliseStatus("Pgr", "activity")).toEqual({ code: null, suggestion: null, wrongVocabulary: false });
    expect(normaliseStatus("I fxx", "goal")).toEqual({ code: null, suggestion: null, wrongVocabulary: false });
  });

  it("allows two edits on a longer label, not three", () => {
    expect(normaliseStatus("Gnomfrd", "activity")).toEqual({
      code: null,
      suggestion: "Genomförd",
      wrongVocabulary: false,
    });
    expect(normaliseStatus("Gnmfrd", "activity")).toEqual({ code: null, suggestion: null, wrongVocabulary: false });
  });

  it("offers nothing for text that is no label at all", () => {
    for (const raw of ["ca hälften klart", "x", "123", "Klar", "x".repeat(100000)]) {
      expect(normaliseStatus(raw, "activity")).toEqual({ code: null, suggestion: null, wrongVocabulary: false });
    }
  });
});

describe("normaliseStatus: the other vocabulary", () => {
  it.each(["I fas", "Ej i fas", "On track", "i fas", "Delvis i  fas"])(
    "%j on an activity is the wrong vocabulary",
    (raw) => {
      expect(normaliseStatus(raw, "activity")).toEqual({ code: null, suggestion: null, wrongVocabulary: true });
    }
  );

  it.each(["Genomförd", "Utgår", "Completed", "pågår", "Forsenad"])("%j on a goal is the wrong vocabulary", (raw) => {
    expect(normaliseStatus(raw, "goal")).toEqual({ code: null, suggestion: null, wrongVocabulary: true });
  });

  it("takes no label on an indicator: every label is the wrong vocabulary, other text just unknown", () => {
    expect(normaliseStatus("Pågår", "indicator")).toEqual({ code: null, suggestion: null, wrongVocabulary: true });
    expect(normaliseStatus("I fas", "indicator")).toEqual({ code: null, suggestion: null, wrongVocabulary: true });
    expect(normaliseStatus("217", "indicator")).toEqual({ code: null, suggestion: null, wrongVocabulary: false });
  });
});

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "abc", 0],
    ["abc", "acb", 1],
    ["abc", "ab", 1],
    ["kitten", "sitting", 3],
  ])("%j vs %j is %d (within a cap of 3)", (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
    expect(editDistance(b, a, 3)).toBe(d);
  });

  it("reports anything past the cap as cap + 1", () => {
    expect(editDistance("kitten", "sitting", 2)).toBe(3);
    expect(editDistance("a", "a".repeat(50), 2)).toBe(3);
  });
});
