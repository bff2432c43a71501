import type { KeepProblem, KeepProblemReason, KeptContent } from "../keep/kept-content";
import type { Lang } from "../lang";
import type { Phrase, PhraseOf } from "./phrase";

/** Part kinds as a user knows them: what is on the sheet, not how the file stores it. */
const KIND_TEXT: Readonly<Record<string, Phrase>> = {
  drawing: { sv: "bilder, former eller diagram", en: "pictures, shapes or charts" },
  comments: { sv: "anteckningar", en: "notes" },
  threadedComment: { sv: "kommentarer", en: "comments" },
  vmlDrawing: { sv: "anteckningar eller kontroller", en: "notes or controls" },
  pivotTable: { sv: "pivottabeller", en: "pivot tables" },
  oleObject: { sv: "inbäddade objekt", en: "embedded objects" },
  package: { sv: "inbäddade filer", en: "embedded files" },
  control: { sv: "formulärkontroller", en: "form controls" },
  ctrlProp: { sv: "formulärkontroller", en: "form controls" },
  image: { sv: "en bakgrundsbild", en: "a background picture" },
};

const AND: Phrase = { sv: " och ", en: " and " };

function kindsText(kinds: string, lang: Lang): string {
  const list = kinds.split(", ").filter((k) => k !== "");
  // Notes come with the shapes they are drawn in: one thing to the user.
  const shown = list.includes("comments") ? list.filter((k) => k !== "vmlDrawing") : list;
  const texts = shown.map((k) => KIND_TEXT[k]?.[lang] ?? k);
  return [...new Set(texts)].join(AND[lang]);
}

function place(p: KeepProblem): string {
  const sheet = `'${p.sheet.replace(/'/g, "''")}'`;
  return p.cell === null ? sheet : `${sheet}!${p.cell}`;
}

/** A row that leaves the programme and a row without an ID are told apart: the user's fix differs. */
type KeepProblemKey = Exclude<KeepProblemReason, "noRowToFollow"> | "rowLeaves" | "rowWithoutId";

/** What a problem sentence can name; each sentence uses what its reason has. */
interface ProblemWords {
  readonly at: string;
  readonly rowId: string;
  readonly table: string;
  readonly kinds: string;
}

const KEEP_PROBLEM: Readonly<Record<KeepProblemKey, PhraseOf<ProblemWords>>> = {
  rowLeaves: {
    sv: (p) =>
      `${p.at}: det som står här hör till raden ${p.rowId}, som inte finns kvar; flytta det till ett eget blad.`,
    en: (p) =>
      `${p.at}: what is here belongs to row ${p.rowId}, which does not remain; move it to a sheet of your own.`,
  },
  rowWithoutId: {
    sv: (p) =>
      `${p.at}: det som står här står på en rad utan rad-ID i tabellen; flytta det till en rad med ID eller till ett eget blad.`,
    en: (p) =>
      `${p.at}: what is here is on a table row without a row ID; move it to a row with an ID or to a sheet of your own.`,
  },
  placeTaken: {
    sv: (p) =>
      `${p.at}: bladet behöver cellen för sitt eget innehåll när det skrivs om; flytta det som står här till ett eget blad.`,
    en: (p) =>
      `${p.at}: the sheet needs this cell for its own content when rewritten; move what is here to a sheet of your own.`,
  },
  sheetGoes: {
    sv: (p) =>
      `${p.at}: bladet finns inte kvar efter ändringen, men någon har skrivit här; flytta det till ett eget blad.`,
    en: (p) =>
      `${p.at}: the sheet does not remain after the change, but someone wrote here; move it to a sheet of your own.`,
  },
  sheetNameTaken: {
    sv: (p) => `${p.at}: bladet heter som ett blad som kommandot lägger till; byt namn på det.`,
    en: (p) => `${p.at}: the sheet has the name of a sheet the command adds; rename it.`,
  },
  tableNameTaken: {
    sv: (p) => `${p.at}: tabellen ${p.table} heter som en tabell som kommandot lägger till; byt namn på den.`,
    en: (p) => `${p.at}: the table ${p.table} has the name of a table the command adds; rename it.`,
  },
  unsupported: {
    sv: (p) =>
      `${p.at}: bladet har ${p.kinds}, som kommandoraden inte kan föra över; gör ändringen i tillägget i Excel, eller ta bort dem först.`,
    en: (p) =>
      `${p.at}: the sheet has ${p.kinds}, which the command line cannot carry over; make the change with the add-in in Excel, or remove them first.`,
  },
};

/** One problem, one sentence: where, what is wrong, and what the user can do. */
export function renderKeepProblem(p: KeepProblem, lang: Lang): string {
  const rowId = p.params["rowId"];
  const key: KeepProblemKey =
    p.reason !== "noRowToFollow" ? p.reason : rowId === undefined ? "rowWithoutId" : "rowLeaves";
  return KEEP_PROBLEM[key][lang]({
    at: place(p),
    rowId: rowId ?? "",
    table: p.params["table"] ?? "",
    kinds: kindsText(p.params["kinds"] ?? "", lang),
  });
}

const KEPT: {
  readonly sheets: PhraseOf<string>;
  readonly cells: PhraseOf<number>;
  readonly movedColumns: PhraseOf<string>;
  readonly kept: PhraseOf<string>;
} = {
  sheets: { sv: (names) => `egna blad (${names})`, en: (names) => `sheets of your own (${names})` },
  cells: {
    sv: (n) => `${n} egna ${n === 1 ? "cell" : "celler"} på uppföljningens blad`,
    en: (n) => `${n} cell${n === 1 ? "" : "s"} of your own on the follow-up's sheets`,
  },
  movedColumns: {
    sv: (moved) => `; kolumner som lagts in i tabellen står nu bredvid den: ${moved}`,
    en: (moved) => `; columns added inside the table now stand beside it: ${moved}`,
  },
  kept: { sv: (what) => `Behållet: ${what}.`, en: (what) => `Kept: ${what}.` },
};

/** "Kept: the sheets Anteckningar, Utkast; 3 cells of your own; column R moved to S on 'Brott'." */
export function renderKept(kept: KeptContent, lang: Lang): string | null {
  const parts: string[] = [];
  if (kept.sheets.length > 0) {
    parts.push(KEPT.sheets[lang](kept.sheets.map((s) => s.name).join(", ")));
  }
  if (kept.cells.length > 0) {
    parts.push(KEPT.cells[lang](kept.cells.length));
  }
  if (parts.length === 0) return null;
  const moved = kept.movedColumns.map((m) => `'${m.sheet}' ${m.from} → ${m.to}`);
  const movedText = moved.length === 0 ? "" : KEPT.movedColumns[lang](moved.join(", "));
  return KEPT.kept[lang](`${parts.join(AND[lang])}${movedText}`);
}
