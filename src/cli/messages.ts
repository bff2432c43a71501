import type { Lang, PhraseOf } from "../core";

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

/** The demo's file names, padded to the same width. */
const DEMO_FILES = ["filled", "empty", "report", "printSummary"] as const;
const padded = (p: Params, key: (typeof DEMO_FILES)[number]): string =>
  s(p, key).padEnd(Math.max(...DEMO_FILES.map((k) => s(p, k).length)));

/** A usage line with its placeholders in the language: FILE.xlsx → FIL.xlsx in Swedish. */
const USAGE: PhraseOf<string> = {
  sv: (u) => u.replace(/FILE/g, "FIL").replace(/NEW/g, "NY").replace(/DIR/g, "MAPP").replace(/YYYY/g, "ÅÅÅÅ"),
  en: (u) => u,
};
const usage = (p: Params, lang: Lang): string => USAGE[lang](s(p, "usage"));

const COMMAND_LIST = "generate, update, check, summary, export, close, reopen, rollover, split, merge, demo";

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
      `Filer i ${s(p, "dir")}:\n  ${padded(p, "filled")}  ifylld arbetsbok med sammanfattning\n  ${padded(p, "empty")}  tom arbetsbok, som den delas ut\n  ${padded(p, "report")}  rapporten till nämnden (Word)\n  ${padded(p, "printSummary")}  utskriftsklar sammanfattning (A4)`,
    en: (p) =>
      `Files in ${s(p, "dir")}:\n  ${padded(p, "filled")}  filled-in workbook with its summary\n  ${padded(p, "empty")}  empty workbook, as it is handed out\n  ${padded(p, "report")}  the report to the committee (Word)\n  ${padded(p, "printSummary")}  print-ready summary (A4)`,
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

  // --- department copies (split, merge) ---------------------------------------------------------
  workbookIsCopy: {
    sv: (p) =>
      `${s(p, "file")} är avdelningskopian för ${s(p, "department")}, inte huvudarbetsboken: kör kommandot på samordnarens arbetsbok (kopian tas in med followup merge)`,
    en: (p) =>
      `${s(p, "file")} is the department copy for ${s(p, "department")}, not the master workbook: run the command on the coordinator's workbook (the copy comes in with followup merge)`,
  },
  splitUnknownDepartment: {
    sv: (p) => `avdelningen ${s(p, "code")} finns inte i programmet (det har ${s(p, "known")})`,
    en: (p) => `department ${s(p, "code")} is not in the programme (it has ${s(p, "known")})`,
  },
  splitDepartmentNoRows: {
    sv: (p) => `${s(p, "code")} är inte ansvarig för någon rad i arbetsboken: ingen kopia att skicka`,
    en: (p) => `${s(p, "code")} is responsible for no row of the workbook: no copy to send`,
  },
  splitNoDepartments: {
    sv: (p) => `ingen rad i ${s(p, "file")} har en ansvarig avdelning som programmet känner: ingen kopia skapades`,
    en: (p) => `no row of ${s(p, "file")} has a responsible department the programme knows: no copy was made`,
  },
  splitDone: {
    sv: (p) =>
      `${n(p, "count")} avdelningskopi${one(p) ? "a" : "or"} för uppföljningen ${s(p, "year")} i ${s(p, "folder")}:`,
    en: (p) =>
      `${n(p, "count")} department cop${one(p) ? "y" : "ies"} for the ${s(p, "year")} follow-up in ${s(p, "folder")}:`,
  },
  splitRows: {
    sv: (p) => `${String(n(p, "count")).padStart(4)} ${one(p) ? "rad " : "rader"}`,
    en: (p) => `${String(n(p, "count")).padStart(4)} row${one(p) ? " " : "s"}`,
  },
  splitNext: {
    sv: (p) =>
      `Skicka varje fil till sin avdelning. Bara avdelningens rader går att fylla i. Ta in de ifyllda kopiorna med followup merge ${s(p, "file")} KOPIA.xlsx …`,
    en: (p) =>
      `Send each file to its department. Only the department's rows can be filled in. Bring the filled-in copies back with followup merge ${s(p, "file")} COPY.xlsx …`,
  },
  mergeBadPrefer: {
    sv: (p) => `--prefer tar copy eller master, inte "${s(p, "value")}"`,
    en: (p) => `--prefer takes copy or master, not "${s(p, "value")}"`,
  },
  mergeRefused: {
    sv: (p) =>
      `Inget sammanfördes och ${s(p, "file")} ändrades inte: ${n(p, "count")} ${one(p) ? "kopia" : "kopior"} kan inte tas in.`,
    en: (p) =>
      `Nothing was merged and ${s(p, "file")} was not changed: ${n(p, "count")} cop${one(p) ? "y" : "ies"} cannot be merged.`,
  },
  mergeNotACopy: {
    sv: (p) =>
      `${s(p, "copy")} är ingen avdelningskopia gjord med followup split (den vet inte vad som stod vid utskicket)`,
    en: (p) =>
      `${s(p, "copy")} is no department copy made by followup split (it does not know what stood at the split)`,
  },
  mergeCopyUnreadable: {
    sv: (p) => `${s(p, "copy")}: kopians uppgifter på det dolda bladet går inte att läsa (${s(p, "problem")})`,
    en: (p) => `${s(p, "copy")}: the copy's record on the hidden sheet cannot be read (${s(p, "problem")})`,
  },
  mergeOtherProgramme: {
    sv: (p) => `${s(p, "copy")} gäller programmet "${s(p, "programme")}", huvudarbetsboken "${s(p, "master")}"`,
    en: (p) => `${s(p, "copy")} belongs to the programme "${s(p, "programme")}", the master to "${s(p, "master")}"`,
  },
  mergeProgrammeChanged: {
    sv: (p) =>
      `${s(p, "copy")} gjordes från en annan version av "${s(p, "programme")}" än den huvudarbetsboken har nu (programmet har ändrats sedan utskicket): gör nya kopior, eller för över kopians rader för hand`,
    en: (p) =>
      `${s(p, "copy")} was made from another version of "${s(p, "programme")}" than the master has now (the programme changed since the split): make new copies, or carry the copy's rows over by hand`,
  },
  mergeOtherYear: {
    sv: (p) => `${s(p, "copy")} gäller uppföljningen ${s(p, "year")}, huvudarbetsboken ${s(p, "master")}`,
    en: (p) => `${s(p, "copy")} belongs to the ${s(p, "year")} follow-up, the master to ${s(p, "master")}`,
  },
  mergeSameFileTwice: {
    sv: (p) => `${s(p, "copy")} är samma kopia som ${s(p, "other")} (samma avdelning och utskick): ange den en gång`,
    en: (p) => `${s(p, "copy")} is the same copy as ${s(p, "other")} (same department and split): give it once`,
  },
  mergeDone: {
    sv: (p) => `${s(p, "file")}: ${n(p, "count")} ${one(p) ? "kopia" : "kopior"} sammanförda.`,
    en: (p) => `${s(p, "file")}: ${n(p, "count")} cop${one(p) ? "y" : "ies"} merged.`,
  },
  mergeCopyLine: {
    sv: (p) =>
      `${s(p, "copy")} (${s(p, "department")}): ${n(p, "cells")} ${n(p, "cells") === 1 ? "cell" : "celler"} i ${n(p, "rows")} ${n(p, "rows") === 1 ? "rad" : "rader"} hämtade`,
    en: (p) =>
      `${s(p, "copy")} (${s(p, "department")}): ${n(p, "cells")} cell${n(p, "cells") === 1 ? "" : "s"} in ${n(p, "rows")} row${n(p, "rows") === 1 ? "" : "s"} taken`,
  },
  mergeOutside: {
    sv: (p) =>
      `ändrade ${n(p, "count")} ${one(p) ? "rad" : "rader"} som avdelningen inte ansvarar för (inte hämtade)${rows(p)}`,
    en: (p) =>
      `changed ${n(p, "count")} row${one(p) ? "" : "s"} the department is not responsible for (not taken)${rows(p)}`,
  },
  mergeOwnContent: {
    sv: (p) => `har eget innehåll som inte tas in (det finns kvar i kopian): ${s(p, "places")}`,
    en: (p) => `holds content of its own that is not brought in (it stays in the copy): ${s(p, "places")}`,
  },
  mergeMissingInCopy: {
    sv: (p) =>
      `${n(p, "count")} egna ${one(p) ? "rad saknas" : "rader saknas"} i kopian (inget hämtat från dem)${rows(p)}`,
    en: (p) =>
      `${n(p, "count")} own row${one(p) ? " is" : "s are"} missing from the copy (nothing taken from them)${rows(p)}`,
  },
  mergeConflictsHeading: {
    sv: (p) => `${n(p, "count")} ${one(p) ? "konflikt" : "konflikter"} (${n(p, "open")} ej avgjorda):`,
    en: (p) => `${n(p, "count")} conflict${one(p) ? "" : "s"} (${n(p, "open")} open):`,
  },
  mergeAgainstMaster: { sv: () => "huvudarbetsboken", en: () => "the master" },
  mergeConflictOpen: {
    sv: (p) =>
      `${s(p, "where")}, ${s(p, "column")}: kopian ${s(p, "copy")} har ${s(p, "mine")}, ${s(p, "against")} ${s(p, "theirs")} – ${s(p, "against")}s värde står kvar`,
    en: (p) =>
      `${s(p, "where")}, ${s(p, "column")}: copy ${s(p, "copy")} has ${s(p, "mine")}, ${s(p, "against")} ${s(p, "theirs")} – ${s(p, "against")}'s value stays`,
  },
  mergeConflictTookCopy: {
    sv: (p) => `${s(p, "where")}, ${s(p, "column")}: kopians ${s(p, "mine")} ersatte ${s(p, "theirs")} (--prefer copy)`,
    en: (p) =>
      `${s(p, "where")}, ${s(p, "column")}: the copy's ${s(p, "mine")} replaced ${s(p, "theirs")} (--prefer copy)`,
  },
  mergeConflictKept: {
    sv: (p) =>
      `${s(p, "where")}, ${s(p, "column")}: ${s(p, "theirs")} behölls, kopians ${s(p, "mine")} togs inte (--prefer master)`,
    en: (p) =>
      `${s(p, "where")}, ${s(p, "column")}: ${s(p, "theirs")} kept, the copy's ${s(p, "mine")} not taken (--prefer master)`,
  },
  mergeConflictsHint: {
    sv: () =>
      "Avgör konflikterna: rätta cellen i arbetsboken, eller kör merge igen med --prefer copy (kopiornas värden) eller --prefer master (huvudarbetsbokens).",
    en: () =>
      "Decide the conflicts: correct the cell in the workbook, or run merge again with --prefer copy (the copies' values) or --prefer master (the master's).",
  },
  mergeStillMissingHeading: {
    sv: () => "Fortfarande ej rapporterat, per avdelning:",
    en: () => "Still not reported, per department:",
  },
  mergeStillMissing: {
    sv: (p) => `${n(p, "count")} ${one(p) ? "rad" : "rader"}${rows(p)}`,
    en: (p) => `${n(p, "count")} row${one(p) ? "" : "s"}${rows(p)}`,
  },
  mergeSheetWritten: {
    sv: () => `Bladet "Sammanslagning" i arbetsboken visar vad som kom från vilken kopia.`,
    en: () => `The sheet "Sammanslagning" in the workbook shows what came from which copy.`,
  },

  // --- closed years ---------------------------------------------------------------------------
  workbookClosed: {
    sv: (p) =>
      `${s(p, "file")} gäller ett stängt år (${s(p, "year")}): arbetsboken är låst och ändras inte. Läs den med followup check eller summary, starta nästa år med followup rollover, eller öppna året igen med followup reopen --reason "…"`,
    en: (p) =>
      `${s(p, "file")} belongs to a closed year (${s(p, "year")}): the workbook is locked and is not changed. Read it with followup check or summary, start the next year with followup rollover, or open the year again with followup reopen --reason "…"`,
  },

  // --- reopen --------------------------------------------------------------------------------
  reopenNeedsReason: {
    sv: (p) => `ange varför året öppnas igen med --reason "…" (${usage(p, "sv")})`,
    en: (p) => `say why the year is opened again with --reason "…" (${usage(p, "en")})`,
  },
  reopenNotClosed: {
    sv: (p) => `${s(p, "file")} är inte stängd (uppföljning ${s(p, "year")}); inget ändrades.`,
    en: (p) => `${s(p, "file")} is not closed (follow-up ${s(p, "year")}); nothing was changed.`,
  },
  reopenDone: {
    sv: (p) =>
      `${s(p, "file")}: året ${s(p, "year")} är öppnat igen ${s(p, "day")} (${s(p, "reason")}). Inmatningarna går att ändra; stäng året igen med followup close när rättelsen är gjord.`,
    en: (p) =>
      `${s(p, "file")}: the year ${s(p, "year")} is open again as of ${s(p, "day")} (${s(p, "reason")}). The inputs can be changed; close the year again with followup close once the correction is made.`,
  },

  // --- close ---------------------------------------------------------------------------------
  closeAlready: {
    sv: (p) => `${s(p, "file")} är redan stängd (uppföljning ${s(p, "year")}); inget ändrades.`,
    en: (p) => `${s(p, "file")} is already closed (follow-up ${s(p, "year")}); nothing was changed.`,
  },
  closeMissingHeading: {
    sv: (p) => `Varning: uppföljningen ${s(p, "year")} är inte komplett. Detta saknas fortfarande:`,
    en: (p) => `Warning: the ${s(p, "year")} follow-up is not complete. This is still missing:`,
  },
  closeNotReportedHeading: {
    sv: () => "Ej rapporterat, per förvaltning:",
    en: () => "Not reported, per department:",
  },
  closeErrorsHeading: {
    sv: (p) => `${n(p, "count")} ${n(p, "count") === 1 ? "fel" : "fel"} som kontrollen hittar:`,
    en: (p) => `${n(p, "count")} ${n(p, "count") === 1 ? "error" : "errors"} the check finds:`,
  },
  closeMoreErrors: {
    sv: (p) => `… och ${n(p, "count")} fel till (followup check visar alla)`,
    en: (p) => `… and ${n(p, "count")} more (followup check lists them all)`,
  },
  closeRefused: {
    sv: (p) =>
      `Året stängdes inte: när det stängs låses alla celler. Rätta det som saknas, eller stäng ändå med followup close ${s(p, "file")} --force. Filen är oförändrad.`,
    en: (p) =>
      `The year was not closed: closing locks every cell. Complete what is missing, or close anyway with followup close ${s(p, "file")} --force. The file is unchanged.`,
  },
  closeDone: {
    sv: (p) =>
      `Stängde uppföljningen ${s(p, "year")} i ${s(p, "file")}: alla celler är låsta och arbetsboken är märkt som stängd.`,
    en: (p) =>
      `Closed the ${s(p, "year")} follow-up in ${s(p, "file")}: every cell is locked and the workbook is marked closed.`,
  },
  closeForced: {
    sv: () => "Stängd trots att uppgifter saknas (--force).",
    en: () => "Closed although entries are missing (--force).",
  },

  // --- rollover ------------------------------------------------------------------------------
  rolloverRefused: {
    sv: (p) => `${s(p, "file")} kan inte föras över till ${s(p, "year")}: ${s(p, "reason")}`,
    en: (p) => `${s(p, "file")} cannot be rolled over to ${s(p, "year")}: ${s(p, "reason")}`,
  },
  rolloverSameFile: {
    sv: (p) => `--out ska vara en ny fil, inte ${s(p, "file")} själv: förra årets arbetsbok lämnas orörd`,
    en: (p) => `--out must be a new file, not ${s(p, "file")} itself: last year's workbook is left untouched`,
  },
  rolloverDone: {
    sv: (p) =>
      `Skapade ${s(p, "file")}: uppföljning ${s(p, "year")} av ${s(p, "programme")}, med förra årets uppgifter från ${s(p, "from")}.`,
    en: (p) =>
      `Created ${s(p, "file")}: the ${s(p, "year")} follow-up of ${s(p, "programme")}, with last year's entries from ${s(p, "from")}.`,
  },
  rolloverCarried: {
    sv: (p) =>
      `${n(p, "count")} ${one(p) ? "rad har" : "rader har"} förra årets status, genomfört och kommentar i kolumnerna "förra året"`,
    en: (p) =>
      `${n(p, "count")} ${one(p) ? "row has" : "rows have"} last year's status, work done and comment in the "förra året" (last year) columns`,
  },
  rolloverIndicators: {
    sv: (p) =>
      `${n(p, "count")} ${one(p) ? "indikator har" : "indikatorer har"} förra årets värde som "Värde förra året"`,
    en: (p) =>
      `${n(p, "count")} ${one(p) ? "indicator has" : "indicators have"} last year's value as "Värde förra året"`,
  },
  rolloverClosed: {
    sv: (p) =>
      `${n(p, "count")} ${one(p) ? "aktivitet" : "aktiviteter"} som genomfördes eller utgick förra året ${one(p) ? "är låst" : "är låsta"} och efterfrågas inte igen${rows(p)}`,
    en: (p) =>
      `${n(p, "count")} ${one(p) ? "activity" : "activities"} completed or dropped last year ${one(p) ? "is" : "are"} locked and not asked for again${rows(p)}`,
  },
  rolloverAdded: {
    sv: (p) => `${n(p, "count")} ${one(p) ? "ny rad" : "nya rader"} i det nya programmet${rows(p)}`,
    en: (p) => `${n(p, "count")} new ${one(p) ? "row" : "rows"} in the new programme${rows(p)}`,
  },
  rolloverRetired: {
    sv: (p) =>
      `${n(p, "count")} ${one(p) ? "rad finns" : "rader finns"} inte i det nya programmet${rows(p)}; det som fyllts i dem står på bladet ${s(p, "sheet")}`,
    en: (p) =>
      `${n(p, "count")} ${one(p) ? "row is" : "rows are"} not in the new programme${rows(p)}; what was entered in them stands on the sheet ${s(p, "sheet")}`,
  },
  rolloverSourceErrors: {
    sv: (p) =>
      `Obs: ${s(p, "file")} har ${n(p, "count")} fel; det som stod i cellerna är överfört som det var, så followup check på den nya arbetsboken kan visa dem.`,
    en: (p) =>
      `Note: ${s(p, "file")} has ${n(p, "count")} ${n(p, "count") === 1 ? "error" : "errors"}; what the cells held was carried as it was, so followup check on the new workbook may show them.`,
  },
  rolloverNotClosed: {
    sv: (p) => `Tips: stäng förra året med followup close ${s(p, "file")} när det är färdigt.`,
    en: (p) => `Tip: close last year with followup close ${s(p, "file")} once it is done.`,
  },
  rolloverNext: {
    sv: () => "Dela den nya arbetsboken med förvaltningarna; kontrollera den sedan med followup check.",
    en: () => "Share the new workbook with the departments; check it afterwards with followup check.",
  },

  // --- export --------------------------------------------------------------------------------
  exportNeedsOutput: {
    sv: (p) => `ange vad som ska skapas: followup ${usage(p, "sv")}`,
    en: (p) => `say what to create: followup ${usage(p, "en")}`,
  },
  badDate: {
    sv: (p) => `--date ska vara ett datum som 2020-01-29, inte "${s(p, "value")}"`,
    en: (p) => `--date must be a date such as 2020-01-29, not "${s(p, "value")}"`,
  },
  exportReport: {
    sv: (p) => `Skrev rapporten ${s(p, "file")} (svenska).`,
    en: (p) => `Wrote the report ${s(p, "file")} (English).`,
  },
  exportMemo: {
    sv: (p) => `Skrev utkastet till tjänsteutlåtande ${s(p, "file")} (med förslag till beslut).`,
    en: (p) => `Wrote the draft official report ${s(p, "file")} (with the proposed decision).`,
  },
  logoNotImage: {
    sv: (p) => `${s(p, "file")} är ingen PNG- eller JPEG-bild; ange kommunens logotyp som .png eller .jpg.`,
    en: (p) => `${s(p, "file")} is no PNG or JPEG image; give the municipality's logo as .png or .jpg.`,
  },
  exportPrintSummary: {
    sv: (p) => `Skrev den utskriftsklara sammanfattningen ${s(p, "file")}.`,
    en: (p) => `Wrote the print-ready summary ${s(p, "file")}.`,
  },
  exportDoneDrafted: {
    sv: (p) =>
      `"Genomfört under året" är förslaget utifrån förvaltningarnas rader för ${s(p, "areas")}: samordnaren har inte skrivit någon egen text där (sammanfattningsbladet, under teckenförklaringen).`,
    en: (p) =>
      `"Done during the year" is the draft from the departments' rows for ${s(p, "areas")}: the coordinator has written no text of their own there (the summary sheet, below the legend).`,
  },
  exportDraft: {
    sv: () => "Den samlade bedömningen är ett utkast (samordnaren har inte skrivit den) och är märkt så i rapporten.",
    en: () => "The overall assessment is a draft (the coordinator has not written it) and is marked so in the report.",
  },
  exportRefusedErrors: {
    sv: (p) =>
      `Ingen rapport skrevs: kontrollen hittar ${n(p, "count")} fel i ${s(p, "file")}, och en rapport till nämnden ska bygga på en arbetsbok utan fel:`,
    en: (p) =>
      `No report was written: the check finds ${n(p, "count")} ${n(p, "count") === 1 ? "error" : "errors"} in ${s(p, "file")}, and a report for the committee must rest on a workbook without errors:`,
  },
  exportMoreErrors: {
    sv: (p) => `  … och ${n(p, "count")} fel till (followup check ${s(p, "file")} visar alla).`,
    en: (p) => `  … and ${n(p, "count")} more (followup check ${s(p, "file")} lists them all).`,
  },
  exportRefusedHint: {
    sv: () =>
      "Rätta felen och exportera igen, eller exportera ett utkast med --draft (varje sida märks då som utkast).",
    en: () =>
      "Correct the errors and export again, or export a draft with --draft (every page is then marked as a draft).",
  },
  exportDraftMarked: {
    sv: (p) =>
      `Rapporten är ett utkast: varje sida är märkt "${s(p, "mark")}" (followup check ${s(p, "file")} visar felen).`,
    en: (p) =>
      `The report is a draft: every page is marked "${s(p, "mark")}" (followup check ${s(p, "file")} lists the errors).`,
  },
  exportNotReported: {
    sv: (p) => `${n(p, "count")} ${one(p) ? "rad är" : "rader är"} ännu inte rapporterade.`,
    en: (p) => `${n(p, "count")} ${one(p) ? "row has" : "rows have"} not been reported yet.`,
  },
  // --- reading workbooks from other programs, bounded reading -------------------------------
  limitExceeded: {
    sv: (p) => `${s(p, "file")} läses inte: den har ${s(p, "what")} (gränserna står i README under Gränser)`,
    en: (p) => `${s(p, "file")} is not read: it has ${s(p, "what")} (the README lists the limits under Limits)`,
  },
  workbookPartUnreadable: {
    sv: (p) => `${s(p, "file")} är en arbetsbok, men delen ${s(p, "part")} går inte att läsa: ${s(p, "detail")}`,
    en: (p) => `${s(p, "file")} is a workbook, but its part ${s(p, "part")} cannot be read: ${s(p, "detail")}`,
  },
  workbookUnreadable: {
    sv: (p) =>
      `${s(p, "file")} ser ut som en Excel-arbetsbok men går inte att läsa (skadad eller ofullständigt sparad?)${s(p, "detail") === "" ? "" : `: ${s(p, "detail")}`}`,
    en: (p) =>
      `${s(p, "file")} looks like an Excel workbook but cannot be read (damaged or not completely saved?)${s(p, "detail") === "" ? "" : `: ${s(p, "detail")}`}`,
  },
  programmeTooLarge: {
    sv: (p) =>
      `${s(p, "file")} läses inte: programfilen är större än ${s(p, "max")} (gränserna står i README under Gränser)`,
    en: (p) =>
      `${s(p, "file")} is not read: the programme file is larger than ${s(p, "max")} (the README lists the limits under Limits)`,
  },
  // --- nothing entered is lost ---------------------------------------------------------------
  entriesAtRisk: {
    sv: (p) =>
      `${s(p, "file")} skrivs inte: inmatade värden kunde gå förlorade på ${n(p, "count")} ${one(p) ? "ställe" : "ställen"}. ${s(p, "first")}${n(p, "count") > 1 ? ` (followup check ${s(p, "file")} visar alla)` : ""}`,
    en: (p) =>
      `${s(p, "file")} is not written: entered values could be lost in ${n(p, "count")} ${one(p) ? "place" : "places"}. ${s(p, "first")}${n(p, "count") > 1 ? ` (followup check ${s(p, "file")} lists them all)` : ""}`,
  },
  findingsNotPrinted: {
    sv: (p) =>
      `… och ${n(p, "count")} till, som inte skrivs ut här (followup check ${s(p, "file")} --json listar alla).`,
    en: (p) => `… and ${n(p, "count")} more, not printed here (followup check ${s(p, "file")} --json lists them all).`,
  },
  keptContentAtRisk: {
    sv: (p) =>
      `${s(p, "file")} skrivs inte: det som lagts till utöver uppföljningen kan inte behållas på ${n(p, "count")} ${one(p) ? "ställe" : "ställen"}. ${s(p, "first")}`,
    en: (p) =>
      `${s(p, "file")} is not written: what was added beyond the follow-up cannot be kept in ${n(p, "count")} ${one(p) ? "place" : "places"}. ${s(p, "first")}`,
  },
  // --- writing files safely -------------------------------------------------------------------
  outIsInput: {
    sv: (p) =>
      `${s(p, "file")} är samma fil som ${s(p, "input")}, som kommandot läser; välj ett annat namn (även --force skriver aldrig över det som läses)`,
    en: (p) =>
      `${s(p, "file")} is the same file as ${s(p, "input")}, which the command reads; choose another name (even --force never writes over what is read)`,
  },
  fileOpenElsewhere: {
    sv: (p) =>
      `${s(p, "file")} är öppen i ${s(p, "program")}${s(p, "who") === "" ? "" : ` (${s(p, "who")})`} enligt låsfilen ${s(p, "lockFile")}; stäng den där först, annars skriver endera över den andras ändringar`,
    en: (p) =>
      `${s(p, "file")} is open in ${s(p, "program")}${s(p, "who") === "" ? "" : ` (${s(p, "who")})`} according to the lock file ${s(p, "lockFile")}; close it there first, or one would overwrite the other's changes`,
  },
  fileChangedSinceRead: {
    sv: (p) => `${s(p, "file")} ändrades av något annat medan kommandot arbetade; inget skrevs. Kör kommandot igen.`,
    en: (p) =>
      `${s(p, "file")} was changed by something else while the command worked; nothing was written. Run the command again.`,
  },
} as const satisfies Readonly<Record<string, Message>>;

export type MessageKey = keyof typeof MESSAGES;

export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const message: Message = MESSAGES[key];
  return message[lang](params);
}
