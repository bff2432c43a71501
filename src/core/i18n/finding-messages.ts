import type { Finding } from "../findings/finding";
import { FINDING_CODES, FINDING_VARIANTS, type MessageKey } from "../findings/finding-codes";
import { ACTIVITY_STATUS, ASSESSMENT } from "../vocabulary/vocabularies";
import { AREA_COLUMNS } from "../layout/workbook-layout";
import type { Lang } from "../lang";
import type { Phrase, PhraseOf } from "./phrase";
import { LIMITS, type LimitName } from "../limits";
import { renderLimitBreach } from "./limit-messages";
import { NUMBER_SIGNS } from "./number-signs";

/**
 * Finding messages in Swedish and English. Each says where (sheet!cell and row ID, put in front
 * by renderFinding) and what to do. Labels and column names the user must type or look for in
 * the sheet are quoted as the sheet shows them (Swedish); the English text names the English
 * meaning beside them. Parameters per code: see findings/finding.ts.
 */

type Params = Finding["params"];

/** A column by its Swedish header; in English by its English header, when it is one of the area columns. */
const COLUMN_NAME: PhraseOf<string> = {
  sv: (header) => header,
  en: (header) => AREA_COLUMNS.find((c) => c.header === header)?.headerEn ?? header,
};

/**
 * A status/assessment label as in the sheet, where the user must find or type it in Swedish; in
 * English with its meaning beside it: 'Försenad' (Delayed).
 */
const SHEET_LABEL: PhraseOf<string> = {
  sv: (label) => `'${label}'`,
  en: (label) => {
    const term = [...ACTIVITY_STATUS, ...ASSESSMENT].find((t) => t.sv === label);
    return term === undefined ? `'${label}'` : `'${label}' (${term.en})`;
  },
};

/** Reads parameters for a sentence; a missing one reads as empty text, never "undefined". */
class P {
  constructor(
    private readonly params: Params,
    private readonly lang: Lang,
    readonly finding: Finding
  ) {}

  text(key: string): string {
    const v = this.params[key];
    return v === undefined ? "" : typeof v === "number" ? this.number(v) : v;
  }

  count(key: string): number {
    const v = this.params[key];
    return typeof v === "number" ? v : Number(v ?? 0);
  }

  has(key: string): boolean {
    const v = this.params[key];
    return v !== undefined && v !== "";
  }

  column(key: string): string {
    return COLUMN_NAME[this.lang](this.text(key));
  }

  label(key: string): string {
    return SHEET_LABEL[this.lang](this.text(key));
  }

  number(n: number): string {
    return formatNumber(n, this.lang);
  }
}

/** 40000 → "40 000" (sv) / "40,000" (en); 1.5 → "1,5" / "1.5". No locale data needed. */
function formatNumber(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) {
    return String(n);
  }
  const [whole = "", fraction] = Math.abs(n).toString().split(".");
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, NUMBER_SIGNS.group[lang]) : whole;
  const sign = n < 0 ? "-" : "";
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}${NUMBER_SIGNS.decimal[lang]}${fraction}`;
}

const ROW_TYPE_WORDS: Readonly<Record<string, Phrase>> = {
  goal: { sv: "ett mål", en: "a goal" },
  activity: { sv: "en aktivitet", en: "an activity" },
  indicator: { sv: "en indikator", en: "an indicator" },
};

function rowTypeWords(p: P, lang: Lang): string {
  return ROW_TYPE_WORDS[p.text("rowType")]?.[lang] ?? p.text("rowType");
}

/** A sentence that is only said when its parameter is there. */
function ifGiven(p: P, key: string, sentence: string): string {
  return p.has(key) ? sentence : "";
}

export const FINDING_MESSAGES: Readonly<Record<MessageKey, PhraseOf<P>>> = {
  unknownStatus: {
    sv: (p) => `'${p.text("value")}' är ingen status.${ifGiven(p, "expected", ` Välj en av: ${p.text("expected")}.`)}`,
    en: (p) =>
      `'${p.text("value")}' is not a status.${ifGiven(p, "expected", ` Choose one of: ${p.text("expected")}.`)}`,
  },
  "unknownStatus.didYouMean": {
    sv: (p) => `'${p.text("value")}' är ingen status. Menade du '${p.text("suggestion")}'? Välj den i listan.`,
    en: (p) => `'${p.text("value")}' is not a status. Did you mean '${p.text("suggestion")}'? Choose it from the list.`,
  },
  wrongVocabulary: {
    sv: (p) =>
      `'${p.text("value")}' hör inte till den här radtypen: raden är ${rowTypeWords(p, "sv")}. Välj en av: ${p.text("expected")}.`,
    en: (p) =>
      `'${p.text("value")}' belongs to another kind of row: this row is ${rowTypeWords(p, "en")}. Choose one of: ${p.text("expected")}.`,
  },
  statusOnIndicator: {
    sv: (p) =>
      `En indikator har ingen status ('${p.text("value")}' räknas inte). Skriv årets värde i Värde i år och töm statuscellen.`,
    en: (p) =>
      `An indicator takes no status ('${p.text("value")}' is not counted). Enter this year's value under Värde i år (Value this year) and clear the status cell.`,
  },
  commentRequired: {
    sv: (p) =>
      `${p.label("status")} kräver en kommentar. Skriv i Kommentar/analys vad som har hänt och vad som görs nu.`,
    en: (p) =>
      `${p.label("status")} needs a comment. Write under Kommentar/analys (Comment/analysis) what happened and what is being done.`,
  },
  valueNotNumeric: {
    sv: (p) =>
      `'${p.text("value")}' i ${p.column("column")} är inte ett tal. Skriv bara talet, t.ex. 1 234,5 (enheten står i kolumnen Enhet).`,
    en: (p) =>
      `'${p.text("value")}' under ${p.column("column")} is not a number. Enter the number only, e.g. 1 234,5 or 1234.5 (the unit is in the Unit column).`,
  },
  valueNegative: {
    sv: (p) =>
      `${p.column("column")} är negativt (${p.text("value")}). Värdet kan inte vara mindre än noll: rätta det.`,
    en: (p) => `${p.column("column")} is negative (${p.text("value")}). The value cannot be below zero: correct it.`,
  },
  departmentMissing: {
    sv: () =>
      "Ansvarig saknas. Skriv koden för den förvaltning eller samverkanspart som ansvarar för raden (se programmet).",
    en: () =>
      "Ansvarig (Responsible) is empty. Enter the code of the department or partner responsible for the row (see the programme).",
  },
  departmentUnknown: {
    sv: (p) =>
      `'${p.text("value")}' finns inte bland programmets ansvariga.${ifGiven(p, "expected", ` Skriv en av koderna: ${p.text("expected")}.`)}`,
    en: (p) =>
      `'${p.text("value")}' is not one of the programme's responsible departments or partners.${ifGiven(p, "expected", ` Enter one of the codes: ${p.text("expected")}.`)}`,
  },
  "departmentUnknown.didYouMean": {
    sv: (p) =>
      `'${p.text("value")}' finns inte bland programmets ansvariga. Menade du '${p.text("suggestion")}'? Skriv koden exakt så.`,
    en: (p) =>
      `'${p.text("value")}' is not one of the programme's responsible departments or partners. Did you mean '${p.text("suggestion")}'? Enter the code exactly like that.`,
  },
  duplicateId: {
    sv: (p) =>
      `Samma ID finns redan på ${p.text("otherCell")}. Bara den första raden räknas: flytta uppgifterna dit och ta bort den här raden.`,
    en: (p) =>
      `The same ID is already at ${p.text("otherCell")}. Only the first row is counted: move the entries there and delete this row.`,
  },
  missingId: {
    sv: () =>
      "Raden har uppgifter men inget ID, så de räknas inte. Skriv tillbaka radens ID (se programmet) eller flytta uppgifterna till rätt rad.",
    en: () =>
      "The row has entries but no ID, so they are not counted. Put back the row's ID (see the programme) or move the entries to the right row.",
  },
  unknownRow: {
    sv: () =>
      "ID:t finns inte i programmet, så radens uppgifter räknas inte. Rätta ID:t eller flytta uppgifterna till rätt rad.",
    en: () =>
      "The ID is not in the programme, so the row's entries are not counted. Correct the ID or move the entries to the right row.",
  },
  lostRow: {
    sv: (p) =>
      `Raden saknas i arbetsboken; den hör hemma på bladet '${p.text("expectedSheet")}'. Lägg tillbaka raden (ångra, eller kopiera den från en tidigare version) eller uppdatera arbetsboken från programmet.`,
    en: (p) =>
      `The row is missing from the workbook; it belongs on the sheet '${p.text("expectedSheet")}'. Put the row back (undo, or copy it from an earlier version) or update the workbook from the programme.`,
  },
  textTooLong: {
    sv: (p) =>
      `Texten i ${p.column("column")} har ${p.text("length")} tecken, men en cell rymmer högst ${p.text("limit")}. Korta texten, annars skär Excel av den.`,
    en: (p) =>
      `The text under ${p.column("column")} has ${p.text("length")} characters, but a cell holds at most ${p.text("limit")}. Shorten it, or Excel cuts it off.`,
  },
  formulaInText: {
    sv: (p) =>
      `${p.column("column")} innehåller formeln '${p.text("formula")}' där det ska stå text. Skriv texten igen; ska den börja med =, +, - eller @, skriv en apostrof (') först.`,
    en: (p) =>
      `${p.column("column")} holds the formula '${p.text("formula")}' where text belongs. Type the text again; if it starts with =, +, - or @, type an apostrophe (') first.`,
  },
  errorValue: {
    sv: (p) => `${p.column("column")} visar felvärdet ${p.text("value")}. Skriv in rätt värde igen.`,
    en: (p) => `${p.column("column")} shows the error ${p.text("value")}. Enter the right value again.`,
  },
  notReported: {
    sv: (p) =>
      p.count("count") === 1
        ? `${p.text("department")}: 1 rad är inte rapporterad än (${p.text("rows")}).`
        : `${p.text("department")}: ${p.text("count")} rader är inte rapporterade än (${p.text("rows")}).`,
    en: (p) =>
      p.count("count") === 1
        ? `${p.text("department")}: 1 row not reported yet (${p.text("rows")}).`
        : `${p.text("department")}: ${p.text("count")} rows not reported yet (${p.text("rows")}).`,
  },
  sheetMissing: {
    sv: (p) =>
      `Bladet '${p.text("expectedSheet")}' för område ${p.text("areaId")} saknas, så dess rader kan inte läsas. Lägg tillbaka bladet (t.ex. från en tidigare version av filen).`,
    en: (p) =>
      `The sheet '${p.text("expectedSheet")}' for area ${p.text("areaId")} is missing, so its rows cannot be read. Put the sheet back (e.g. from an earlier version of the file).`,
  },
  sheetAmbiguous: {
    sv: (p) =>
      `Bladet '${p.text("expectedSheet")}' för område ${p.text("areaId")} finns inte under sitt namn, och flera blad kan vara det: ${p.text("sheets")}. Byt tillbaka namnet på det som är områdets blad till '${p.text("expectedSheet")}'.`,
    en: (p) =>
      `The sheet '${p.text("expectedSheet")}' for area ${p.text("areaId")} is not under its name, and more than one sheet could be it: ${p.text("sheets")}. Rename the one that is the area's back to '${p.text("expectedSheet")}'.`,
  },
  sheetRenamed: {
    sv: (p) =>
      `Bladet för område ${p.text("areaId")} heter '${p.finding.sheet ?? ""}' i stället för '${p.text("expectedSheet")}'. Uppgifterna läses ändå; byt gärna tillbaka namnet så att alla hittar bladet.`,
    en: (p) =>
      `The sheet for area ${p.text("areaId")} is called '${p.finding.sheet ?? ""}' instead of '${p.text("expectedSheet")}'. It is still read; rename it back so everyone finds it.`,
  },
  sheetUnknown: {
    sv: () => "Bladet är inte ett av programmets blad. Kontrollera att uppgifterna står på rätt områdesblad.",
    en: () => "The sheet is not one of the programme's sheets. Check that the entries are on the right area sheet.",
  },
  headerMissing: {
    sv: () =>
      "Tabellens rubrikrad (ID, Typ, Ansvarig, Status/bedömning …) hittades inte, så bladets rader kunde inte läsas. Återställ rubrikraden.",
    en: () =>
      "The table's header row (ID, Typ, Ansvarig, Status/bedömning …) was not found, so the sheet's rows could not be read. Restore the header row.",
  },
  dataSheetMissing: {
    sv: () =>
      "Det dolda bladet 'Programdata' saknas eller går inte att läsa. Ta fram en tidigare version av filen eller skapa arbetsboken på nytt från programmet.",
    en: () =>
      "The hidden sheet 'Programdata' is missing or cannot be read. Restore an earlier version of the file or generate the workbook again from the programme.",
  },
  programmeInvalid: {
    sv: (p) => `Programmet är felaktigt: ${p.text("detail")}. Rätta programfilen och försök igen.`,
    en: (p) => `The programme is invalid: ${p.text("detail")}. Correct the programme file and try again.`,
  },
  typeChanged: {
    sv: (p) =>
      `Typ ska vara '${p.text("expected")}' enligt programmet, men ${p.has("found") ? `cellen säger '${p.text("found")}'` : "cellen är tom"}. Raden räknas som '${p.text("expected")}'; skriv tillbaka det.`,
    en: (p) =>
      `Typ (type) should be '${p.text("expected")}' per the programme, but ${p.has("found") ? `the cell says '${p.text("found")}'` : "the cell is empty"}. The row is counted as '${p.text("expected")}'; put that back.`,
  },
  columnRenamed: {
    sv: (p) =>
      `Kolumnen ${p.column("column")} ${p.has("found") ? `heter nu '${p.text("found")}'` : "har ingen rubrik"}; den läses som ${p.column("column")}. Skriv tillbaka rubriken '${p.text("column")}' så att ingen tvekan uppstår.`,
    en: (p) =>
      `The column ${p.column("column")} ${p.has("found") ? `is now headed '${p.text("found")}'` : "has no header"}; it is read as ${p.column("column")}. Put the header '${p.text("column")}' back so there is no doubt.`,
  },
  columnMissing: {
    sv: (p) =>
      p.has("suspects")
        ? `Kolumnen ${p.column("column")} saknas, och kolumner med okänd rubrik har värden (${p.text("suspects")}); en av dem kan vara den. Inget skrivs förrän rubriken '${p.text("column")}' står över rätt kolumn.`
        : `Kolumnen ${p.column("column")} saknas; dess värden försvann med den. Nästa gång arbetsboken skrivs läggs kolumnen tillbaka, tom.`,
    en: (p) =>
      p.has("suspects")
        ? `The column ${p.column("column")} is missing, and columns with unknown headers hold values (${p.text("suspects")}); one of them may be it. Nothing is written until the header '${p.text("column")}' is above the right column.`
        : `The column ${p.column("column")} is missing; its values went with it. The next time the workbook is written the column comes back, empty.`,
  },
  columnDuplicate: {
    sv: (p) =>
      p.finding.severity === "error"
        ? `Kolumnen ${p.column("column")} finns två gånger, och det går inte att säga säkert vilken som är den (en annan kolumn som döpts om?); inget skrivs förrän rubrikerna stämmer.`
        : `Kolumnen ${p.column("column")} finns två gånger; den med värden läses, den andra är tom. Ta bort den.`,
    en: (p) =>
      p.finding.severity === "error"
        ? `The column ${p.column("column")} appears twice, and which one it is cannot be told for sure (another column renamed?); nothing is written until the headers are right.`
        : `The column ${p.column("column")} appears twice; the one with values is read, the other is empty. Remove it.`,
  },
  columnAmbiguous: {
    sv: (p) =>
      `Kolumnen ${p.column("column")} saknas, och flera kolumner kan vara den (${p.text("found")}); inget skrivs förrän rubriken '${p.text("column")}' står över rätt kolumn.`,
    en: (p) =>
      `The column ${p.column("column")} is missing, and several columns could be it (${p.text("found")}); nothing is written until the header '${p.text("column")}' is above the right column.`,
  },
  closedFlagChanged: {
    sv: () =>
      "Året stängdes, men markeringen att det är stängt har ändrats eller tagits bort. Året räknas som stängt och skrivs inte; öppna aldrig ett stängt år genom att ändra den dolda cellen.",
    en: () =>
      "The year was closed, but the mark that it is closed was changed or removed. The year counts as closed and is not written; never reopen a closed year by editing the hidden cell.",
  },
  closedEdited: {
    sv: (p) =>
      `${p.count("count") === 1 ? "1 rad har" : `${p.text("count")} rader har`} ändrats sedan året stängdes: ${p.text("rows")}. Rapporten bygger på raderna som de står nu.`,
    en: (p) =>
      `${p.count("count") === 1 ? "1 row was" : `${p.text("count")} rows were`} edited after the year was closed: ${p.text("rows")}. The report builds on the rows as they stand now.`,
  },
  formulaInInput: {
    sv: (p) =>
      `${p.column("column")} innehåller formeln ${p.text("formula")}. Inmatningar ska vara värden: nästa gång arbetsboken skrivs sparas formeln som text. Skriv in talet.`,
    en: (p) =>
      `${p.column("column")} holds the formula ${p.text("formula")}. Inputs should be values: the next time the workbook is written the formula is kept as text. Type the number.`,
  },
  summaryFormulaChanged: {
    sv: (p) =>
      `Cellen ska räkna fram sitt värde men innehåller ${p.has("found") ? `'${p.text("found")}'` : "ingenting"}, så bladet kan visa annat än kontrollen och rapporten. followup summary --write lägger tillbaka formeln.`,
    en: (p) =>
      `The cell should compute its value but holds ${p.has("found") ? `'${p.text("found")}'` : "nothing"}, so the sheet may show other figures than the check and the report. followup summary --write puts the formula back.`,
  },
  limitExceeded: {
    sv: (p) => `Arbetsboken läses inte: den har ${limitText(p, "sv")}.`,
    en: (p) => `The workbook is not read: it has ${limitText(p, "en")}.`,
  },
};

function limitText(p: P, lang: Lang): string {
  const limit = p.text("limit");
  const known = (Object.keys(LIMITS) as LimitName[]).find((k) => k === limit);
  return known === undefined
    ? limit
    : renderLimitBreach({ limit: known, max: p.count("max"), where: p.text("where") }, lang);
}

const KNOWN_KEYS: ReadonlySet<string> = new Set<string>([...FINDING_CODES, ...FINDING_VARIANTS]);

function isMessageKey(key: string): key is MessageKey {
  return KNOWN_KEYS.has(key);
}

const ROW_WORD: Phrase = { sv: "rad", en: "row" };

/** "1 Trygghet och brott!E12 (rad 1.A3)", "Sheet (rad 1.A3)", "Rad 1.A3", or "" for the whole workbook. */
export function findingPlace(f: Finding, lang: Lang): string {
  const rowWord = ROW_WORD[lang];
  const sheetPart = f.sheet === null ? "" : f.cell === null ? f.sheet : `${f.sheet}!${f.cell}`;
  if (f.rowId === null) {
    return sheetPart;
  }
  if (sheetPart === "") {
    return `${rowWord.charAt(0).toUpperCase()}${rowWord.slice(1)} ${f.rowId}`;
  }
  return `${sheetPart} (${rowWord} ${f.rowId})`;
}

/** One line: where, then what is wrong and what to do. An unknown variant falls back to its code's message. */
export function renderFinding(f: Finding, lang: Lang): string {
  const key: MessageKey = isMessageKey(f.messageKey) ? f.messageKey : f.code;
  const sentence = FINDING_MESSAGES[key][lang](new P(f.params, lang, f));
  const place = findingPlace(f, lang);
  return place === "" ? sentence : `${place}: ${sentence}`;
}
