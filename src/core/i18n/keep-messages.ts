import type { KeepProblem, KeptContent } from "../keep/kept-content";
import type { Lang } from "../lang";

/** Part kinds as a user knows them: what is on the sheet, not how the file stores it. */
const KIND_TEXT: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
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

function kindsText(kinds: string, lang: Lang): string {
  const list = kinds.split(", ").filter((k) => k !== "");
  // Notes come with the shapes they are drawn in: one thing to the user.
  const shown = list.includes("comments") ? list.filter((k) => k !== "vmlDrawing") : list;
  const texts = shown.map((k) => KIND_TEXT[k]?.[lang] ?? k);
  return [...new Set(texts)].join(lang === "sv" ? " och " : " and ");
}

function place(p: KeepProblem): string {
  const sheet = `'${p.sheet.replace(/'/g, "''")}'`;
  return p.cell === null ? sheet : `${sheet}!${p.cell}`;
}

/** One problem, one sentence: where, what is wrong, and what the user can do. */
export function renderKeepProblem(p: KeepProblem, lang: Lang): string {
  const at = place(p);
  const rowId = p.params["rowId"];
  const sv = lang === "sv";
  switch (p.reason) {
    case "noRowToFollow":
      if (rowId !== undefined) {
        return sv
          ? `${at}: det som står här hör till raden ${rowId}, som inte finns kvar; flytta det till ett eget blad.`
          : `${at}: what is here belongs to row ${rowId}, which does not remain; move it to a sheet of your own.`;
      }
      return sv
        ? `${at}: det som står här står på en rad utan rad-ID i tabellen; flytta det till en rad med ID eller till ett eget blad.`
        : `${at}: what is here is on a table row without a row ID; move it to a row with an ID or to a sheet of your own.`;
    case "placeTaken":
      return sv
        ? `${at}: bladet behöver cellen för sitt eget innehåll när det skrivs om; flytta det som står här till ett eget blad.`
        : `${at}: the sheet needs this cell for its own content when rewritten; move what is here to a sheet of your own.`;
    case "sheetGoes":
      return sv
        ? `${at}: bladet finns inte kvar efter ändringen, men någon har skrivit här; flytta det till ett eget blad.`
        : `${at}: the sheet does not remain after the change, but someone wrote here; move it to a sheet of your own.`;
    case "sheetNameTaken":
      return sv
        ? `${at}: bladet heter som ett blad som kommandot lägger till; byt namn på det.`
        : `${at}: the sheet has the name of a sheet the command adds; rename it.`;
    case "tableNameTaken":
      return sv
        ? `${at}: tabellen ${p.params["table"] ?? ""} heter som en tabell som kommandot lägger till; byt namn på den.`
        : `${at}: the table ${p.params["table"] ?? ""} has the name of a table the command adds; rename it.`;
    case "unsupported":
      return sv
        ? `${at}: bladet har ${kindsText(p.params["kinds"] ?? "", lang)}, som kommandoraden inte kan föra över; gör ändringen i tillägget i Excel, eller ta bort dem först.`
        : `${at}: the sheet has ${kindsText(p.params["kinds"] ?? "", lang)}, which the command line cannot carry over; make the change with the add-in in Excel, or remove them first.`;
  }
}

/** "Kept: the sheets Anteckningar, Utkast; 3 cells of your own; column R moved to S on 'Brott'." */
export function renderKept(kept: KeptContent, lang: Lang): string | null {
  const parts: string[] = [];
  const sv = lang === "sv";
  if (kept.sheets.length > 0) {
    const names = kept.sheets.map((s) => s.name).join(", ");
    parts.push(sv ? `egna blad (${names})` : `sheets of your own (${names})`);
  }
  if (kept.cells.length > 0) {
    const n = kept.cells.length;
    parts.push(
      sv
        ? `${n} egna ${n === 1 ? "cell" : "celler"} på uppföljningens blad`
        : `${n} cell${n === 1 ? "" : "s"} of your own on the follow-up's sheets`
    );
  }
  if (parts.length === 0) return null;
  const moved = kept.movedColumns.map((m) => `'${m.sheet}' ${m.from} → ${m.to}`);
  const movedText =
    moved.length === 0
      ? ""
      : sv
        ? `; kolumner som lagts in i tabellen står nu bredvid den: ${moved.join(", ")}`
        : `; columns added inside the table now stand beside it: ${moved.join(", ")}`;
  return `${sv ? "Behållet" : "Kept"}: ${parts.join(sv ? " och " : " and ")}${movedText}.`;
}
