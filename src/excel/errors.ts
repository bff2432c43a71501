import { renderLimitBreach } from "../core";
import type { Lang } from "../core";
import { SheetLimitError } from "./sheet-limits";
import type { AddinErrorCode, AddinErrorInfo } from "./service";

/**
 * Errors from Excel (Office.js error codes) and the adapter's own refusals, as the project's own
 * AddinError: a code the task pane understands, what happened and what to do, in the user's
 * language. Everything the adapter throws goes through here, so no raw "RichApi.Error" reaches
 * the user.
 */

type Text = Readonly<Record<Lang, { readonly message: string; readonly action: string }>>;

interface OfficeErrorEntry {
  readonly code: AddinErrorCode;
  readonly text: Text;
}

/**
 * Office.js error codes (Excel.ErrorCodes and OfficeExtension.ErrorCodes) → our code and words.
 * learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes and
 * learn.microsoft.com/javascript/api/excel/excel.errorcodes.
 */
export const OFFICE_ERRORS: Readonly<Record<string, OfficeErrorEntry>> = {
  AccessDenied: {
    code: "accessDenied",
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
    code: "itemNotFound",
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
    code: "conflict",
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
    code: "cellEditMode",
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
    code: "invalidArgument",
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
    code: "invalidArgument",
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
    code: "payloadTooLarge",
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
    code: "payloadTooLarge",
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
    code: "payloadTooLarge",
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
    code: "notImplemented",
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
    code: "notSupported",
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
    code: "conflict",
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
    code: "unknown",
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
    code: "busy",
    text: {
      sv: { message: "Excel är upptaget med en annan åtgärd.", action: "Vänta en stund och försök igen." },
      en: { message: "Excel is busy with another operation.", action: "Wait a moment and try again." },
    },
  },
};

/** Codes that mean the same to a user as one in the table above. */
const SAME_AS: Readonly<Record<string, string>> = {
  UnsupportedOperation: "NotImplemented",
  UnsupportedFeature: "NotImplemented",
  UnsupportedSheet: "NotImplemented",
  InsertDeleteConflict: "Conflict",
  MergedRangeConflict: "Conflict",
  FilteredRangeConflict: "Conflict",
  PivotTableRangeConflict: "Conflict",
  OperationCellsExceedLimit: "RangeExceedsLimit",
  FormulaLengthExceedsLimit: "InvalidArgument",
  InvalidReference: "ItemNotFound",
  InvalidBinding: "ItemNotFound",
  InvalidSelection: "InvalidArgument",
  RequestAborted: "ActivityLimitReached",
  ConnectionFailure: "ActivityLimitReached",
  InactiveWorkbook: "ActivityLimitReached",
};

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

/** The adapter's own refusals: what the workbook is, not what Excel said. `{name}` is a parameter. */
export type OwnErrorKey =
  | "workbookClosed"
  | "entriesAtRisk"
  | "notAFollowupWorkbook"
  | "alreadyAFollowupWorkbook"
  | "sheetExists"
  | "nameExists"
  | "sheetMissing"
  | "rowsMissing"
  | "departmentUnknown"
  | "excelTooOld"
  | "tableMissing"
  | "programmeInvalid"
  | "limitExceeded"
  | "keptContentAtRisk"
  | "unexpected";

const OWN: Readonly<Record<OwnErrorKey, { readonly code: AddinErrorCode; readonly text: Text }>> = {
  keptContentAtRisk: {
    code: "entriesAtRisk",
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
    code: "limitExceeded",
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
    code: "workbookClosed",
    text: {
      sv: {
        message: "Uppföljningsåret {year} är stängt; inmatningarna går inte längre att ändra.",
        action: "Be samordnaren öppna året igen om något måste rättas.",
      },
      en: {
        message: "The follow-up year {year} is closed; its entries can no longer be changed.",
        action: "Ask the coordinator to reopen the year if something must be corrected.",
      },
    },
  },
  entriesAtRisk: {
    code: "entriesAtRisk",
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
  notAFollowupWorkbook: {
    code: "notAFollowupWorkbook",
    text: {
      sv: {
        message:
          "Den öppna arbetsboken är ingen uppföljningsarbetsbok (bladet {sheet} saknas eller går inte att läsa).",
        action: "Öppna uppföljningsarbetsboken, eller skapa en under Inställningar.",
      },
      en: {
        message: "The open workbook is no follow-up workbook (the sheet {sheet} is missing or unreadable).",
        action: "Open the follow-up workbook, or create one under Set up.",
      },
    },
  },
  alreadyAFollowupWorkbook: {
    code: "alreadyAFollowupWorkbook",
    text: {
      sv: {
        message: "Arbetsboken är redan en uppföljningsarbetsbok (för {year}).",
        action: "Välj Uppdatera för att ändra programmet i den, eller skapa uppföljningen i en ny, tom arbetsbok.",
      },
      en: {
        message: "The workbook already is a follow-up workbook (for {year}).",
        action: "Choose Update to change its programme, or create the follow-up in a new, empty workbook.",
      },
    },
  },
  sheetExists: {
    code: "conflict",
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
    code: "conflict",
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
    code: "itemNotFound",
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
  rowsMissing: {
    code: "itemNotFound",
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
    code: "invalidArgument",
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
    code: "notSupported",
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
    code: "itemNotFound",
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
    code: "invalidArgument",
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
    code: "unknown",
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

export type ErrorParams = Readonly<Record<string, string | number>>;

function fill(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

/** The project's own error: the task pane shows `message` and `action` as they are. */
export class AddinError extends Error implements AddinErrorInfo {
  readonly code: AddinErrorCode;
  readonly action: string;
  /** The Office.js error code it came from, if any (for support; never shown alone). */
  readonly officeCode: string | null;
  /** What was thrown, for support and tests. */
  readonly original: unknown;

  constructor(
    code: AddinErrorCode,
    message: string,
    action: string,
    officeCode: string | null = null,
    original: unknown = null
  ) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "AddinError";
    this.code = code;
    this.action = action;
    this.officeCode = officeCode;
    this.original = original;
  }
}

export function ownError(key: OwnErrorKey, lang: Lang, params: ErrorParams = {}): AddinError {
  const entry = OWN[key];
  const text = entry.text[lang];
  return new AddinError(entry.code, fill(text.message, params), fill(text.action, params));
}

/** The Office.js error code of `e`, or null when it is no Office error. */
export function officeCodeOf(e: unknown): string | null {
  if (typeof e !== "object" || e === null) return null;
  const { code, name } = e as { code?: unknown; name?: unknown };
  const isOffice =
    (typeof OfficeExtension !== "undefined" && e instanceof OfficeExtension.Error) || name === "RichApi.Error";
  return isOffice && typeof code === "string" ? code : null;
}

/** An Office.js error code as our error (codes we do not know keep their code in the message). */
export function fromOfficeCode(officeCode: string, lang: Lang, original: unknown = null): AddinError {
  const entry = OFFICE_ERRORS[officeCode] ?? OFFICE_ERRORS[SAME_AS[officeCode] ?? ""];
  const text = (entry?.text ?? UNKNOWN_OFFICE)[lang];
  const params = { code: officeCode };
  return new AddinError(
    entry?.code ?? "unknown",
    fill(text.message, params),
    fill(text.action, params),
    officeCode,
    original
  );
}

/** Whatever was thrown, as our error: ours pass through, Office's are mapped, the rest is "unknown". */
export function toAddinError(e: unknown, lang: Lang): AddinError {
  if (e instanceof AddinError) return e;
  if (e instanceof SheetLimitError) return ownError("limitExceeded", lang, { what: renderLimitBreach(e.breach, lang) });
  const officeCode = officeCodeOf(e);
  if (officeCode !== null) return fromOfficeCode(officeCode, lang, e);
  const detail = e instanceof Error ? e.message : String(e);
  const error = ownError("unexpected", lang, { detail });
  return new AddinError(error.code, error.message, error.action, null, e);
}
