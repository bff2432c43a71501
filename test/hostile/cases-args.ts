import type { HostileCase } from "./case";
import { putAsync } from "./inputs";
import { generatedWorkbook } from "../support/hostile-files";

const workbook = putAsync("in.xlsx", () => generatedWorkbook());
const none = (): Promise<void> => Promise.resolve();

/** Command lines people mistype. */
export const ARG_CASES: readonly HostileCase[] = [
  { name: "no command", make: none, argv: [], exit: 2, error: "noCommand" },
  { name: "an unknown command", make: none, argv: ["kontrollera", "in.xlsx"], exit: 2, error: "unknownCommand" },
  {
    name: "an unknown option",
    make: workbook,
    argv: ["check", "in.xlsx", "--fast"],
    exit: 2,
    error: "unknownOptionFor",
  },
  {
    name: "an unknown language",
    make: workbook,
    argv: ["check", "in.xlsx", "--lang", "fi"],
    exit: 2,
    error: "badLang",
  },
  { name: "an option without its value", make: none, argv: ["generate", "--out"], exit: 2, error: "optionNeedsValue" },
  {
    name: "an option given twice",
    make: none,
    argv: ["generate", "--out", "a.xlsx", "--out", "b.xlsx"],
    exit: 2,
    error: "optionTwice",
  },
  { name: "too many files", make: workbook, argv: ["check", "in.xlsx", "in.xlsx"], exit: 2, error: "tooManyArguments" },
  { name: "no workbook named", make: none, argv: ["check"], exit: 2, error: "missingArgument" },
  {
    name: "an output that already exists",
    make: workbook,
    argv: ["generate", "--out", "in.xlsx"],
    exit: 2,
    error: "outExists",
  },
  {
    name: "an output in a folder that is not there",
    make: none,
    argv: ["generate", "--out", "saknas/ut.xlsx"],
    exit: 2,
    error: "outFolderMissing",
  },
  {
    name: "an output that is no .xlsx",
    make: none,
    argv: ["generate", "--out", "ut.txt"],
    exit: 2,
    error: "wrongExtension",
  },
  {
    name: "a year outside the programme",
    make: none,
    argv: ["generate", "--year", "1999", "--out", "ut.xlsx"],
    exit: 2,
    error: "yearOutsidePeriod",
  },
  {
    name: "a year that is no year",
    make: none,
    argv: ["generate", "--year", "tjugonitton", "--out", "ut.xlsx"],
    exit: 2,
    error: "badYear",
  },
  { name: "update without a programme", make: workbook, argv: ["update", "in.xlsx"], exit: 2, error: "missingOption" },
  {
    name: "summary --out without --write",
    make: workbook,
    argv: ["summary", "in.xlsx", "--out", "s.xlsx"],
    exit: 2,
    error: "optionOnlyWith",
  },
  {
    name: "export with nothing to export",
    make: workbook,
    argv: ["export", "in.xlsx"],
    exit: 2,
    error: "exportNeedsOutput",
  },
  {
    name: "--force on update without --out",
    make: workbook,
    argv: ["update", "in.xlsx", "--programme", "p.json", "--force"],
    exit: 2,
    error: "optionOnlyWith",
  },
  {
    name: "a flag given a value",
    make: workbook,
    argv: ["summary", "in.xlsx", "--write=yes"],
    exit: 2,
    error: "optionTakesNoValue",
  },
];
