import type { Lang } from "../core/i18n/lang";

/**
 * Every sentence the command line prints, in Swedish (the default) and English. A message is a
 * function of its parameters, so plurals and optional parts stay readable beside each other.
 */
type Params = Readonly<Record<string, string | number>>;
type Message = Readonly<Record<Lang, (p: Params) => string>>;

const n = (p: Params, key: string): number => {
  const v = p[key];
  return typeof v === "number" ? v : Number(v ?? 0);
};
const s = (p: Params, key: string): string => String(p[key] ?? "");
const one = (p: Params): boolean => n(p, "count") === 1;
/** ": 1.A1, 1.A2" after a count, or nothing when the count is zero. */
const rows = (p: Params): string => (n(p, "count") > 0 && s(p, "rows") !== "" ? `: ${s(p, "rows")}` : "");

/** The demo's two file names, padded to the same width. */
const pad2 = (p: Params): [string, string] => {
  const width = Math.max(s(p, "filled").length, s(p, "empty").length);
  return [s(p, "filled").padEnd(width), s(p, "empty").padEnd(width)];
};

/** A usage line with its placeholders in the language: FILE.xlsx → FIL.xlsx in Swedish. */
const usage = (p: Params, lang: Lang): string => {
  const u = s(p, "usage");
  return lang === "en"
    ? u
    : u.replace(/FILE/g, "FIL").replace(/NEW/g, "NY").replace(/DIR/g, "MAPP").replace(/YYYY/g, "ÅÅÅÅ");
};

const COMMAND_LIST = "generate, update, check, summary, demo";

export const MESSAGES = {
  // --- usage -------------------------------------------------------------------------------
  noCommand: {
    sv: () => `ange ett kommando: ${COMMAND_LIST} (followup --help visar hjälpen)`,
    en: () => `give a command: ${COMMAND_LIST} (followup --help shows the help)`,
  },
  unknownCommand: {
    sv: (p) => `okänt kommando "${s(p, "command")}"; kommandona är ${COMMAND_LIST}`,
    en: (p) => `unknown command "${s(p, "command")}"; the commands are ${COMMAND_LIST}`,
  },
  unknownOption: {
    sv: (p) => `okänd flagga ${s(p, "option")} (followup --help visar flaggorna)`,
    en: (p) => `unknown option ${s(p, "option")} (followup --help lists the options)`,
  },
  unknownOptionFor: {
    sv: (p) =>
      `${s(p, "command")} har ingen flagga ${s(p, "option")} (followup ${s(p, "command")} --help visar flaggorna)`,
    en: (p) =>
      `${s(p, "command")} has no option ${s(p, "option")} (followup ${s(p, "command")} --help lists the options)`,
  },
  optionNeedsValue: {
    sv: (p) => `${s(p, "option")} behöver ett värde`,
    en: (p) => `${s(p, "option")} needs a value`,
  },
  optionTakesNoValue: {
    sv: (p) => `${s(p, "option")} tar inget värde`,
    en: (p) => `${s(p, "option")} takes no value`,
  },
  optionTwice: {
    sv: (p) => `${s(p, "option")} står två gånger`,
    en: (p) => `${s(p, "option")} is given twice`,
  },
  badLang: {
    sv: (p) => `--lang ska vara sv eller en, inte "${s(p, "value")}"`,
    en: (p) => `--lang must be sv or en, not "${s(p, "value")}"`,
  },
  missingArgument: {
    sv: (p) => `ange arbetsboken: followup ${usage(p, "sv")}`,
    en: (p) => `give the workbook: followup ${usage(p, "en")}`,
  },
  tooManyArguments: {
    sv: (p) => `för många argument: ${s(p, "extra")} (followup ${usage(p, "sv")})`,
    en: (p) => `too many arguments: ${s(p, "extra")} (followup ${usage(p, "en")})`,
  },
  missingOption: {
    sv: (p) => `${s(p, "command")} behöver ${s(p, "option")}: followup ${usage(p, "sv")}`,
    en: (p) => `${s(p, "command")} needs ${s(p, "option")}: followup ${usage(p, "en")}`,
  },
  optionOnlyWith: {
    sv: (p) => `${s(p, "option")} gäller bara tillsammans med ${s(p, "with")}`,
    en: (p) => `${s(p, "option")} only applies together with ${s(p, "with")}`,
  },
  badYear: {
    sv: (p) => `--year ska vara ett årtal som 2019, inte "${s(p, "value")}"`,
    en: (p) => `--year must be a year such as 2019, not "${s(p, "value")}"`,
  },
  yearOutsidePeriod: {
    sv: (p) =>
      `året ${s(p, "year")} ligger utanför programperioden ${s(p, "from")}–${s(p, "to")}${s(p, "file") === "" ? "" : ` i ${s(p, "file")}`}`,
    en: (p) =>
      `the year ${s(p, "year")} is outside the programme period ${s(p, "from")}–${s(p, "to")}${s(p, "file") === "" ? "" : ` in ${s(p, "file")}`}`,
  },
  wrongExtension: {
    sv: (p) => `${s(p, "file")}: ange en fil som slutar på ${s(p, "extension")}`,
    en: (p) => `${s(p, "file")}: give a file name ending in ${s(p, "extension")}`,
  },

  // --- files -------------------------------------------------------------------------------
  fileNotFound: {
    sv: (p) => `${s(p, "file")} finns inte`,
    en: (p) => `${s(p, "file")} does not exist`,
  },
  fileNoAccess: {
    sv: (p) => `${s(p, "file")} går inte att läsa: behörighet saknas`,
    en: (p) => `${s(p, "file")} cannot be read: permission denied`,
  },
  fileIsFolder: {
    sv: (p) => `${s(p, "file")} är en mapp, inte en fil`,
    en: (p) => `${s(p, "file")} is a folder, not a file`,
  },
  fileReadFailed: {
    sv: (p) => `${s(p, "file")} gick inte att läsa: ${s(p, "detail")}`,
    en: (p) => `${s(p, "file")} could not be read: ${s(p, "detail")}`,
  },
  notAWorkbook: {
    sv: (p) =>
      `${s(p, "file")} är inte en Excel-arbetsbok (.xlsx)${s(p, "detail") === "" ? "" : `: ${s(p, "detail")}`}`,
    en: (p) => `${s(p, "file")} is not an Excel workbook (.xlsx)${s(p, "detail") === "" ? "" : `: ${s(p, "detail")}`}`,
  },
  notJson: {
    sv: (p) => `${s(p, "file")} är inte giltig JSON: ${s(p, "detail")}`,
    en: (p) => `${s(p, "file")} is not valid JSON: ${s(p, "detail")}`,
  },
  programmeInvalid: {
    sv: (p) =>
      `${s(p, "file")} är inte ett giltigt program: ${s(p, "first")}${n(p, "more") > 0 ? ` (och ${n(p, "more")} fel till; --json visar alla)` : ""}`,
    en: (p) =>
      `${s(p, "file")} is not a valid programme: ${s(p, "first")}${n(p, "more") > 0 ? ` (and ${n(p, "more")} more; --json lists them all)` : ""}`,
  },
  noProgrammeData: {
    sv: (p) =>
      `${s(p, "file")} saknar läsbar programdata (det dolda bladet Programdata)${s(p, "detail") === "" ? "" : `: ${s(p, "detail")}`}; skapa arbetsboken med followup generate`,
    en: (p) =>
      `${s(p, "file")} has no readable programme data (the hidden sheet Programdata)${s(p, "detail") === "" ? "" : `: ${s(p, "detail")}`}; create the workbook with followup generate`,
  },
  outExists: {
    sv: (p) => `${s(p, "file")} finns redan; välj ett annat namn eller lägg till --force för att skriva över`,
    en: (p) => `${s(p, "file")} already exists; choose another name or add --force to overwrite it`,
  },
  outFolderMissing: {
    sv: (p) => `mappen ${s(p, "folder")} finns inte`,
    en: (p) => `the folder ${s(p, "folder")} does not exist`,
  },
  writeFailed: {
    sv: (p) =>
      `kunde inte skriva ${s(p, "file")}: ${s(p, "detail")}; ${s(p, "original") === "" ? "ingen fil ändrades" : `${s(p, "original")} är orörd`}`,
    en: (p) =>
      `could not write ${s(p, "file")}: ${s(p, "detail")}; ${s(p, "original") === "" ? "no file was changed" : `${s(p, "original")} is untouched`}`,
  },
  unexpected: {
    sv: (p) => `oväntat fel: ${s(p, "detail")}`,
    en: (p) => `unexpected error: ${s(p, "detail")}`,
  },

  // --- generate ------------------------------------------------------------------------------
  generated: {
    sv: (p) =>
      `Skapade ${s(p, "file")}: uppföljning ${s(p, "year")} av ${s(p, "programme")}, ${n(p, "areas")} områden och riktlinjer, ${n(p, "rows")} rader.`,
    en: (p) =>
      `Created ${s(p, "file")}: the ${s(p, "year")} follow-up of ${s(p, "programme")}, ${n(p, "areas")} areas and guidelines, ${n(p, "rows")} rows.`,
  },
  generatedNext: {
    sv: () => "Dela arbetsboken med förvaltningarna; kontrollera den sedan med followup check.",
    en: () => "Share the workbook with the departments; check it afterwards with followup check.",
  },

  // --- check ---------------------------------------------------------------------------------
  checkHeading: {
    sv: (p) => `Kontroll av ${s(p, "file")} (uppföljning ${s(p, "year")})`,
    en: (p) => `Check of ${s(p, "file")} (follow-up ${s(p, "year")})`,
  },
  wholeWorkbook: { sv: () => "Arbetsboken", en: () => "The workbook" },
  rowLabel: {
    sv: (p) => `rad ${s(p, "id")}`,
    en: (p) => `row ${s(p, "id")}`,
  },
  severityError: { sv: () => "fel", en: () => "error" },
  severityWarning: { sv: () => "varning", en: () => "warning" },
  severityInfo: { sv: () => "info", en: () => "info" },
  notReportedHeading: {
    sv: () => "Ej rapporterat ännu, per förvaltning:",
    en: () => "Not reported yet, per department:",
  },
  notReportedLine: {
    sv: (p) => `${s(p, "department")}: ${n(p, "count")} ${n(p, "count") === 1 ? "rad" : "rader"} (${s(p, "rows")})`,
    en: (p) => `${s(p, "department")}: ${n(p, "count")} ${n(p, "count") === 1 ? "row" : "rows"} (${s(p, "rows")})`,
  },
  checkTotals: {
    sv: (p) =>
      `Resultat: ${n(p, "errors")} fel, ${n(p, "warnings")} ${n(p, "warnings") === 1 ? "varning" : "varningar"}; ${n(p, "departments")} ${n(p, "departments") === 1 ? "förvaltning har" : "förvaltningar har"} rader kvar att rapportera (${n(p, "rows")} rader).`,
    en: (p) =>
      `Result: ${n(p, "errors")} ${n(p, "errors") === 1 ? "error" : "errors"}, ${n(p, "warnings")} ${n(p, "warnings") === 1 ? "warning" : "warnings"}; ${n(p, "departments")} ${n(p, "departments") === 1 ? "department has" : "departments have"} rows left to report (${n(p, "rows")} rows).`,
  },
  checkNoProblems: {
    sv: () => "Inga fel eller varningar.",
    en: () => "No errors or warnings.",
  },

  // --- update --------------------------------------------------------------------------------
  updateRefused: {
    sv: (p) =>
      `Uppdateringen avbröts: ${n(p, "count")} ${n(p, "count") === 1 ? "rad" : "rader"} i ${s(p, "file")} kan inte matchas utan att gissa. Filen är oförändrad.`,
    en: (p) =>
      `The update was stopped: ${n(p, "count")} ${n(p, "count") === 1 ? "row" : "rows"} in ${s(p, "file")} cannot be matched without guessing. The file is unchanged.`,
  },
  updateRefusedHint: {
    sv: () => "Rätta raderna ovan i arbetsboken och kör kommandot igen.",
    en: () => "Correct the rows above in the workbook and run the command again.",
  },
  updateDone: {
    sv: (p) => `Uppdaterade ${s(p, "file")} till ${s(p, "programme")}:`,
    en: (p) => `Updated ${s(p, "file")} to ${s(p, "programme")}:`,
  },
  updateKept: {
    sv: (p) => `${n(p, "count")} ${one(p) ? "rad behållen" : "rader behållna"} med allt som var ifyllt`,
    en: (p) => `${n(p, "count")} ${one(p) ? "row" : "rows"} kept with everything entered`,
  },
  updateAdded: {
    sv: (p) => `${n(p, "count")} ${one(p) ? "ny rad" : "nya rader"}${rows(p)}`,
    en: (p) => `${n(p, "count")} new ${one(p) ? "row" : "rows"}${rows(p)}`,
  },
  updateRestored: {
    sv: (p) =>
      `${n(p, "count")} ${one(p) ? "rad" : "rader"} tillbaka från bladet Utgångna rader, med sina värden${rows(p)}`,
    en: (p) =>
      `${n(p, "count")} ${one(p) ? "row" : "rows"} back from the sheet Utgångna rader, with their entries${rows(p)}`,
  },
  updateMoved: {
    sv: (p) => `${n(p, "count")} ${one(p) ? "rad flyttad" : "rader flyttade"} till ett annat område${rows(p)}`,
    en: (p) => `${n(p, "count")} ${one(p) ? "row" : "rows"} moved to another area${rows(p)}`,
  },
  updateRetired: {
    sv: (p) => `${n(p, "count")} ${one(p) ? "rad utgår" : "rader utgår"} ur programmet${rows(p)}`,
    en: (p) => `${n(p, "count")} ${one(p) ? "row leaves" : "rows leave"} the programme${rows(p)}`,
  },
  updateRetiredKept: {
    sv: (p) => `${n(p, "count")} ${one(p) ? "rad" : "rader"} med ifyllda värden står på bladet ${s(p, "sheet")}`,
    en: (p) =>
      `${n(p, "count")} ${one(p) ? "row" : "rows"} with entries ${one(p) ? "stands" : "stand"} on the sheet ${s(p, "sheet")}`,
  },
  backupKept: {
    sv: (p) => `Originalet sparades som ${s(p, "file")}.`,
    en: (p) => `The original was kept as ${s(p, "file")}.`,
  },
  writtenTo: {
    sv: (p) => `Skrev ${s(p, "file")}; ${s(p, "original")} är orörd.`,
    en: (p) => `Wrote ${s(p, "file")}; ${s(p, "original")} is untouched.`,
  },

  // --- summary -------------------------------------------------------------------------------
  summaryHeading: {
    sv: (p) => `Sammanfattning av ${s(p, "file")}: ${s(p, "programme")}, uppföljning ${s(p, "year")}`,
    en: (p) => `Summary of ${s(p, "file")}: ${s(p, "programme")}, follow-up ${s(p, "year")}`,
  },
  colArea: { sv: () => "Område", en: () => "Area" },
  colRows: { sv: () => "Rader", en: () => "Rows" },
  colReported: { sv: () => "Rapp.", en: () => "Rep." },
  colActivities: { sv: () => "Aktiviteter G/P/F/E/U", en: () => "Activities C/P/D/N/X" },
  colGoals: { sv: () => "Mål I/D/E/K", en: () => "Goals O/P/N/C" },
  colOnTrack: { sv: () => "I fas", en: () => "On track" },
  colSuggestion: { sv: () => "Förslag", en: () => "Suggested" },
  colChosen: { sv: () => "Vald", en: () => "Chosen" },
  colDepartment: { sv: () => "Förvaltning", en: () => "Department" },
  colFilled: { sv: () => "Ifyllt", en: () => "Filled" },
  colShare: { sv: () => "Andel", en: () => "Share" },
  reasonsHeading: { sv: () => "Skäl till förslagen:", en: () => "Why these suggestions:" },
  departmentsHeading: { sv: () => "Rapportering per förvaltning:", en: () => "Reporting per department:" },
  overallSuggestion: {
    sv: (p) => `Samlad bedömning, förslag: ${s(p, "label")}. ${s(p, "reason")}`,
    en: (p) => `Overall assessment, suggested: ${s(p, "label")}. ${s(p, "reason")}`,
  },
  overallChosen: {
    sv: (p) => `Samordnarens val: ${s(p, "label")}${s(p, "text") === "" ? "" : ` – ${s(p, "text")}`}`,
    en: (p) => `The coordinator's choice: ${s(p, "label")}${s(p, "text") === "" ? "" : ` – ${s(p, "text")}`}`,
  },
  overallNotChosen: {
    sv: () => "Samordnaren har inte valt någon samlad bedömning ännu.",
    en: () => "The coordinator has not chosen an overall assessment yet.",
  },
  notAssessed: { sv: () => "–", en: () => "–" },
  summaryWritten: {
    sv: (p) => `Sammanfattningsbladet i ${s(p, "file")} är uppdaterat; alla ifyllda värden och val är kvar.`,
    en: (p) => `The summary sheet in ${s(p, "file")} is updated; every entered value and choice is kept.`,
  },

  // --- demo ----------------------------------------------------------------------------------
  demoHeading: {
    sv: (p) => `Demo: uppföljning ${s(p, "year")} av ${s(p, "programme")}`,
    en: (p) => `Demo: the ${s(p, "year")} follow-up of ${s(p, "programme")}`,
  },
  demoFiles: {
    sv: (p) =>
      `Filer i ${s(p, "dir")}:\n  ${pad2(p)[0]}  ifylld arbetsbok med sammanfattning\n  ${pad2(p)[1]}  tom arbetsbok, som den delas ut`,
    en: (p) =>
      `Files in ${s(p, "dir")}:\n  ${pad2(p)[0]}  filled-in workbook with its summary\n  ${pad2(p)[1]}  empty workbook, as it is handed out`,
  },
  demoReportedHeading: {
    sv: () => "Rapporterade rader per förvaltning:",
    en: () => "Rows reported per department:",
  },
  demoReportedLine: {
    sv: (p) =>
      `${s(p, "department")}: ${n(p, "filled")} av ${n(p, "owned")}${n(p, "filled") < n(p, "owned") ? " (inte klar)" : ""}`,
    en: (p) =>
      `${s(p, "department")}: ${n(p, "filled")} of ${n(p, "owned")}${n(p, "filled") < n(p, "owned") ? " (not finished)" : ""}`,
  },
  demoMistakesHeading: {
    sv: (p) => `Inlagda typfel som kontrollen ska hitta (${n(p, "found")} av ${n(p, "count")} hittade):`,
    en: (p) => `Typical mistakes put in for the check to find (${n(p, "found")} of ${n(p, "count")} found):`,
  },
  demoMistakeFound: {
    sv: (p) => `${s(p, "where")} (rad ${s(p, "rowId")}): ${s(p, "message")}`,
    en: (p) => `${s(p, "where")} (row ${s(p, "rowId")}): ${s(p, "message")}`,
  },
  demoMistakeMissed: {
    sv: (p) => `HITTADES INTE: rad ${s(p, "rowId")}, kolumn ${s(p, "column")}, väntad kod ${s(p, "code")}`,
    en: (p) => `NOT FOUND: row ${s(p, "rowId")}, column ${s(p, "column")}, expected code ${s(p, "code")}`,
  },
  demoUnexpected: {
    sv: (p) => `${n(p, "count")} andra fel eller varningar än de inlagda hittades (followup check visar dem).`,
    en: (p) => `${n(p, "count")} errors or warnings other than the seeded ones were found (followup check shows them).`,
  },
  demoOverall: {
    sv: (p) => `Föreslagen samlad bedömning: ${s(p, "label")}. ${s(p, "reason")}`,
    en: (p) => `Suggested overall assessment: ${s(p, "label")}. ${s(p, "reason")}`,
  },
  demoSucceeded: {
    sv: (p) =>
      `Demon lyckades. Arbetsboken innehåller avsiktligt ${n(p, "errors")} fel, så followup check ${s(p, "file")} avslutas med kod 1 tills de är rättade.`,
    en: (p) =>
      `The demo succeeded. The workbook holds ${n(p, "errors")} errors on purpose, so followup check ${s(p, "file")} exits with code 1 until they are corrected.`,
  },
  demoFailed: {
    sv: () => "Demon gav inte väntat resultat: kontrollen hittade inte exakt de inlagda felen.",
    en: () => "The demo did not give the expected result: the check did not find exactly the seeded mistakes.",
  },
} as const satisfies Readonly<Record<string, Message>>;

export type MessageKey = keyof typeof MESSAGES;

export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const message: Message = MESSAGES[key];
  return message[lang](params);
}
