import { renderFinding, renderKeepProblem, renderLimitBreach, type Lang, type PhraseOf } from "../../core";
import type { AddinErrorInfo, AddinErrorReason } from "../../app/service";

/**
 * What the adapter's errors say, in Swedish and English: what happened and what to do. The
 * adapter returns a code and the reason's values (app/service.ts); the task pane words them
 * here, so no Excel code holds user text. Office.js codes:
 * learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes and
 * learn.microsoft.com/javascript/api/excel/excel.errorcodes.
 */

type Text = Readonly<Record<Lang, { readonly message: string; readonly action: string }>>;
type OwnKind = Exclude<AddinErrorReason["kind"], "office">;

const OFFICE_TEXTS: Readonly<Record<string, { readonly text: Text }>> = {
  AccessDenied: {
    text: {
      sv: {
        message:
          "Excel tillåter inte ändringen: arbetsboken är skrivskyddad, ett blad har lösenordsskydd eller du saknar behörighet att redigera.",
        action: "Öppna arbetsboken för redigering (eller ta bort lösenordsskyddet på bladet) och försök igen.",
      },
      en: {
        message:
          "Excel does not allow the change: the workbook is read-only, a sheet is protected with a password, or you lack edit rights.",
        action: "Open the workbook for editing (or remove the sheet's password protection) and try again.",
      },
    },
  },
  ItemNotFound: {
    text: {
      sv: {
        message: "Ett blad, en tabell eller ett namn som tillägget behöver finns inte (bytt namn eller borttaget?).",
        action: "Kör Kontroll för att se vad som saknas, eller ångra namnbytet.",
      },
      en: {
        message: "A sheet, table or name the add-in needs does not exist (renamed or deleted?).",
        action: "Run Check to see what is missing, or undo the rename.",
      },
    },
  },
  ItemAlreadyExists: {
    text: {
      sv: {
        message: "Det finns redan ett blad, en tabell eller ett namn med samma namn som tillägget vill skapa.",
        action: "Byt namn på eller ta bort det som står i vägen och försök igen.",
      },
      en: {
        message: "A sheet, table or name with the name the add-in wants to create already exists.",
        action: "Rename or remove what is in the way and try again.",
      },
    },
  },
  InvalidOperationInCellEditMode: {
    text: {
      sv: {
        message: "Excel väntar på att du ska avsluta redigeringen av en cell.",
        action: "Tryck Retur eller Esc i cellen du skriver i och försök igen.",
      },
      en: {
        message: "Excel is waiting for you to finish editing a cell.",
        action: "Press Enter or Esc in the cell you are typing in and try again.",
      },
    },
  },
  InvalidArgument: {
    text: {
      sv: {
        message:
          "Excel godtog inte ett värde som tillägget skickade (till exempel en för lång text eller ett ogiltigt namn).",
        action: "Kör Kontroll och rätta det som rapporteras; kvarstår felet, kontakta den som förvaltar tillägget.",
      },
      en: {
        message:
          "Excel did not accept a value the add-in sent (for example a text that is too long or an invalid name).",
        action: "Run Check and correct what it reports; if the error remains, contact whoever maintains the add-in.",
      },
    },
  },
  InvalidOperation: {
    text: {
      sv: {
        message:
          "Excel kan inte göra ändringen i arbetsbokens nuvarande läge (till exempel dölja det sista synliga bladet).",
        action: "Visa dolda blad, ta bort filter i tabellerna och försök igen.",
      },
      en: {
        message:
          "Excel cannot make the change in the workbook's current state (for example hide the last visible sheet).",
        action: "Show hidden sheets, remove filters from the tables and try again.",
      },
    },
  },
  RequestPayloadSizeLimitExceeded: {
    text: {
      sv: {
        message: "Ändringen är för stor för att skickas till Excel på en gång (Excel på webben tar emot högst 5 MB).",
        action: "Försök igen; hjälper det inte, använd Excel för skrivbordet eller dela upp programmet.",
      },
      en: {
        message: "The change is too large to send to Excel at once (Excel on the web accepts at most 5 MB).",
        action: "Try again; if that does not help, use Excel for the desktop or split the programme.",
      },
    },
  },
  ResponsePayloadSizeLimitExceeded: {
    text: {
      sv: {
        message: "Arbetsboken är för stor för att läsas från Excel på en gång (Excel på webben skickar högst 5 MB).",
        action:
          "Försök igen; hjälper det inte, använd Excel för skrivbordet eller ta bort stora blad som inte hör till uppföljningen.",
      },
      en: {
        message: "The workbook is too large to read from Excel at once (Excel on the web sends at most 5 MB).",
        action:
          "Try again; if that does not help, use Excel for the desktop or remove large sheets that are not part of the follow-up.",
      },
    },
  },
  RangeExceedsLimit: {
    text: {
      sv: {
        message: "Ett område i arbetsboken har fler celler än Excel läser på en gång.",
        action: "Ta bort tomma rader och kolumner som används längst ner eller till höger på bladen och försök igen.",
      },
      en: {
        message: "A range in the workbook has more cells than Excel reads at once.",
        action: "Delete unused rows and columns at the bottom or right of the sheets and try again.",
      },
    },
  },
  NotImplemented: {
    text: {
      sv: {
        message: "Den här versionen av Excel saknar en funktion som tillägget använder.",
        action: "Uppdatera Excel eller använd Excel på webben.",
      },
      en: {
        message: "This version of Excel lacks a feature the add-in uses.",
        action: "Update Excel or use Excel on the web.",
      },
    },
  },
  ApiNotFound: {
    text: {
      sv: {
        message:
          "Den här versionen av Excel stöder inte en funktion som tillägget använder (tillägget kräver ExcelApi 1.9).",
        action: "Uppdatera Excel till en version med ExcelApi 1.9 eller senare, eller använd Excel på webben.",
      },
      en: {
        message: "This version of Excel does not support a feature the add-in uses (the add-in needs ExcelApi 1.9).",
        action: "Update Excel to a version with ExcelApi 1.9 or later, or use Excel on the web.",
      },
    },
  },
  Conflict: {
    text: {
      sv: {
        message: "Någon annan ändrade samma celler samtidigt.",
        action: "Vänta en stund och försök igen; kör sedan Kontroll.",
      },
      en: {
        message: "Someone else changed the same cells at the same time.",
        action: "Wait a moment and try again; then run Check.",
      },
    },
  },
  GeneralException: {
    text: {
      sv: {
        message: "Excel rapporterade ett allmänt fel.",
        action: "Spara arbetsboken, stäng och öppna den igen och försök sedan igen.",
      },
      en: {
        message: "Excel reported a general error.",
        action: "Save the workbook, close and reopen it, then try again.",
      },
    },
  },
  ActivityLimitReached: {
    text: {
      sv: { message: "Excel är upptaget med en annan åtgärd.", action: "Vänta en stund och försök igen." },
      en: { message: "Excel is busy with another operation.", action: "Wait a moment and try again." },
    },
  },
};

/** Codes that mean the same to a user as one in the table above. */
const UNKNOWN_OFFICE: Text = {
  sv: {
    message: "Excel rapporterade ett oväntat fel ({code}).",
    action: "Försök igen; kvarstår felet, kontakta den som förvaltar tillägget och ange felkoden.",
  },
  en: {
    message: "Excel reported an unexpected error ({code}).",
    action: "Try again; if the error remains, contact whoever maintains the add-in and give the error code.",
  },
};

const OWN_TEXTS: Readonly<Record<OwnKind, { readonly text: Text }>> = {
  keptContentAtRisk: {
    text: {
      sv: {
        message: "Inget skrevs: det som lagts till utöver uppföljningen kan inte behållas. {first}",
        action: "Flytta det till ett eget blad, eller ta bort det, och försök igen ({count} ställen).",
      },
      en: {
        message: "Nothing was written: what was added beyond the follow-up cannot be kept. {first}",
        action: "Move it to a sheet of your own, or remove it, and try again ({count} places).",
      },
    },
  },
  limitExceeded: {
    text: {
      sv: {
        message: "Arbetsboken läses inte: den har {what}.",
        action:
          "Ta bort innehållet där (Ctrl+End visar den sista använda cellen) och försök igen; en uppföljning är långt under gränserna.",
      },
      en: {
        message: "The workbook is not read: it has {what}.",
        action:
          "Remove the content there (Ctrl+End shows the last used cell) and try again; a follow-up is far below the limits.",
      },
    },
  },
  workbookClosed: {
    text: {
      sv: {
        message: "Uppföljningsåret {year} är stängt; inmatningarna går inte längre att ändra.",
        action: 'Om något måste rättas kan samordnaren öppna året igen (followup reopen ARBETSBOK.xlsx --reason "…").',
      },
      en: {
        message: "The follow-up year {year} is closed; its entries can no longer be changed.",
        action:
          'If something must be corrected, the coordinator can open the year again (followup reopen WORKBOOK.xlsx --reason "…").',
      },
    },
  },
  workbookIsCopy: {
    text: {
      sv: {
        message: "Den öppna arbetsboken är avdelningskopian för {department}, inte samordnarens arbetsbok.",
        action:
          "Fyll i era rader och skicka filen tillbaka; samordnaren tar in den under Konfigurera, Hämta in kopior.",
      },
      en: {
        message: "The open workbook is the department copy for {department}, not the coordinator's workbook.",
        action:
          "Fill in your rows and send the file back; the coordinator brings it in under Configure, Bring in copies.",
      },
    },
  },
  reasonMissing: {
    text: {
      sv: {
        message: "Året öppnades inte igen: skälet saknas.",
        action: "Skriv varför året öppnas igen; skälet sparas i arbetsboken.",
      },
      en: {
        message: "The year was not opened again: the reason is missing.",
        action: "Write why the year is opened again; the reason is recorded in the workbook.",
      },
    },
  },
  noDepartmentRows: {
    text: {
      sv: {
        message: "Ingen rad i arbetsboken har en ansvarig förvaltning som programmet känner.",
        action: "Fyll i kolumnen Ansvarig med förvaltningarnas koder och försök igen.",
      },
      en: {
        message: "No row of the workbook has a responsible department the programme knows.",
        action: "Fill in the Responsible column with the departments' codes and try again.",
      },
    },
  },
  entriesAtRisk: {
    text: {
      sv: {
        message: "Inget skrevs: inmatade värden kunde gå förlorade. {first}",
        action: "Kör Kontroll: den visar alla ställen ({count}). Rätta rubrikerna eller raderna och försök igen.",
      },
      en: {
        message: "Nothing was written: entered values could be lost. {first}",
        action: "Run Check: it lists every place ({count}). Correct the headers or rows and try again.",
      },
    },
  },
  copyEntriesAtRisk: {
    text: {
      sv: {
        message: "Inget slogs samman: i kopian {copy} kunde inmatade värden gå förlorade. {first}",
        action:
          "Be förvaltningen skriva tillbaka rubrikerna eller rätta raderna i sin kopia ({count} ställen; Kontroll i kopian visar alla) och läs in den igen.",
      },
      en: {
        message: "Nothing was merged: entered values in the copy {copy} could be lost. {first}",
        action:
          "Ask the department to restore the headers or correct the rows in its copy ({count} places; Check in the copy lists them all) and read it in again.",
      },
    },
  },
  notAFollowupWorkbook: {
    text: {
      sv: {
        message:
          "Den öppna arbetsboken är ingen uppföljningsarbetsbok (bladet {sheet} saknas eller går inte att läsa).",
        action: "Öppna uppföljningsarbetsboken, eller skapa en under Konfigurera.",
      },
      en: {
        message: "The open workbook is no follow-up workbook (the sheet {sheet} is missing or unreadable).",
        action: "Open the follow-up workbook, or create one under Set up.",
      },
    },
  },
  alreadyAFollowupWorkbook: {
    text: {
      sv: {
        message: "Arbetsboken är redan en uppföljningsarbetsbok{forYear}.",
        action: "Välj Uppdatera för att ändra programmet i den, eller skapa uppföljningen i en ny, tom arbetsbok.",
      },
      en: {
        message: "The workbook already is a follow-up workbook{forYear}.",
        action: "Choose Update to change its programme, or create the follow-up in a new, empty workbook.",
      },
    },
  },
  sheetExists: {
    text: {
      sv: {
        message: "Arbetsboken har redan ett blad som heter {sheet}.",
        action: "Byt namn på eller ta bort bladet, eller skapa uppföljningen i en ny, tom arbetsbok.",
      },
      en: {
        message: "The workbook already has a sheet called {sheet}.",
        action: "Rename or remove that sheet, or create the follow-up in a new, empty workbook.",
      },
    },
  },
  nameExists: {
    text: {
      sv: {
        message: "Arbetsboken har redan ett definierat namn {name}, som uppföljningen behöver.",
        action: "Ta bort namnet (Formler → Namnhanteraren) eller skapa uppföljningen i en ny, tom arbetsbok.",
      },
      en: {
        message: "The workbook already has a defined name {name}, which the follow-up needs.",
        action: "Delete the name (Formulas → Name Manager) or create the follow-up in a new, empty workbook.",
      },
    },
  },
  sheetMissing: {
    text: {
      sv: {
        message: "Bladet {sheet} finns inte i arbetsboken.",
        action: "Kontrollera bladets namn (det kan ha bytts) och försök igen.",
      },
      en: {
        message: "The sheet {sheet} does not exist in the workbook.",
        action: "Check the sheet's name (it may have been renamed) and try again.",
      },
    },
  },
  sheetPasswordProtected: {
    text: {
      sv: {
        message: "Excel vägrade ta bort skyddet på {sheets}: bladet har fått ett lösenord. Inget skrevs.",
        action:
          "Be den som satte lösenordet ta bort det (Granska → Ta bort bladskydd) och försök igen. Tillägget skyddar sina blad utan lösenord.",
      },
      en: {
        message: "Excel refused to unprotect {sheets}: the sheet has been given a password. Nothing was written.",
        action:
          "Ask whoever set the password to remove it (Review → Unprotect Sheet) and try again. The add-in protects its sheets without a password.",
      },
    },
  },
  rowsMissing: {
    text: {
      sv: {
        message: "Raderna {rows} finns inte längre i arbetsboken; inget sparades.",
        action: "Läs in raderna igen (någon kan ha tagit bort dem) och spara på nytt.",
      },
      en: {
        message: "The rows {rows} are no longer in the workbook; nothing was saved.",
        action: "Reload the rows (someone may have removed them) and save again.",
      },
    },
  },
  departmentUnknown: {
    text: {
      sv: {
        message: "Förvaltningen {department} finns inte i programmet.",
        action: "Välj en förvaltning i listan.",
      },
      en: {
        message: "The department {department} is not in the programme.",
        action: "Pick a department from the list.",
      },
    },
  },
  excelTooOld: {
    text: {
      sv: {
        message: "Den här versionen av Excel är för gammal för tillägget (det kräver ExcelApi 1.9).",
        action: "Uppdatera Excel eller använd Excel på webben.",
      },
      en: {
        message: "This version of Excel is too old for the add-in (it needs ExcelApi 1.9).",
        action: "Update Excel or use Excel on the web.",
      },
    },
  },
  tableMissing: {
    text: {
      sv: {
        message:
          "Tabellen på bladet {sheet} saknas eller har fått andra kolumner, så bladet kan inte uppdateras på plats.",
        action: "Återställ tabellen (ångra), eller skapa arbetsboken på nytt från kommandoraden med followup update.",
      },
      en: {
        message:
          "The table on the sheet {sheet} is missing or has other columns, so the sheet cannot be updated in place.",
        action: "Restore the table (undo), or rebuild the workbook from the command line with followup update.",
      },
    },
  },
  programmeInvalid: {
    text: {
      sv: {
        message: "Programmet går inte att använda: {detail}",
        action: "Rätta programmet och försök igen; inget har skrivits i arbetsboken.",
      },
      en: {
        message: "The programme cannot be used: {detail}",
        action: "Correct the programme and try again; nothing was written to the workbook.",
      },
    },
  },
  unexpected: {
    text: {
      sv: {
        message: "Något gick fel i tillägget: {detail}",
        action: "Försök igen; kvarstår felet, kontakta den som förvaltar tillägget.",
      },
      en: {
        message: "Something went wrong in the add-in: {detail}",
        action: "Try again; if the error remains, contact whoever maintains the add-in.",
      },
    },
  },
};

type Params = Readonly<Record<string, string | number>>;

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The values a reason's sentence names, worded in `lang`. */
/** The year a workbook already follows up, as the refusal names it. */
const FOR_YEAR: PhraseOf<number> = { sv: (year) => ` (för ${year})`, en: (year) => ` (for ${year})` };

function paramsOf(reason: AddinErrorReason, lang: Lang): Params {
  switch (reason.kind) {
    case "office":
      return { code: reason.officeCode };
    case "entriesAtRisk":
      return {
        first: reason.risks[0] === undefined ? "" : oneLine(renderFinding(reason.risks[0], lang)),
        count: reason.risks.length,
      };
    case "copyEntriesAtRisk":
      return {
        copy: reason.copy,
        first: reason.risks[0] === undefined ? "" : oneLine(renderFinding(reason.risks[0], lang)),
        count: reason.risks.length,
      };
    case "keptContentAtRisk":
      return {
        first: reason.problems[0] === undefined ? "" : renderKeepProblem(reason.problems[0], lang),
        count: reason.problems.length,
      };
    case "limitExceeded":
      return { what: renderLimitBreach(reason.breach, lang) };
    case "alreadyAFollowupWorkbook":
      return { forYear: reason.year === null ? "" : FOR_YEAR[lang](reason.year) };
    case "rowsMissing":
      return { rows: reason.rows.join(", ") };
    case "sheetPasswordProtected":
      return { sheets: reason.sheets.map((x) => `"${x}"`).join(", ") };
    case "programmeInvalid":
      return { detail: reason.problems.slice(0, 3).join("; ") };
    case "workbookClosed":
      return { year: reason.year };
    case "workbookIsCopy":
      return { department: reason.department };
    case "noDepartmentRows":
    case "reasonMissing":
      return {};
    case "notAFollowupWorkbook":
    case "sheetExists":
    case "sheetMissing":
    case "tableMissing":
      return { sheet: reason.sheet };
    case "nameExists":
      return { name: reason.name };
    case "departmentUnknown":
      return { department: reason.department };
    case "unexpected":
      return { detail: reason.detail };
    case "excelTooOld":
      return {};
  }
}

/** An error of the adapter in the user's language: what happened and what to do. */
export function renderAddinError(error: AddinErrorInfo, lang: Lang): { message: string; action: string } {
  const { reason } = error;
  const text =
    reason.kind === "office"
      ? (OFFICE_TEXTS[reason.canonicalCode]?.text ?? UNKNOWN_OFFICE)
      : OWN_TEXTS[reason.kind].text;
  const params = paramsOf(reason, lang);
  return { message: fill(text[lang].message, params), action: fill(text[lang].action, params) };
}

/** The Office.js codes the task pane has words for (the rest read as "unexpected error (code)"). */
export const WORDED_OFFICE_CODES: readonly string[] = Object.keys(OFFICE_TEXTS);
