import { parseProgramme } from "../../core";
import type { Lang, Programme } from "../../core";
import { ownError } from "../errors";

/**
 * The programme checked again by the core's schema before anything is written: a workbook the
 * adapter writes must be one it (and the command line) can read back.
 */
export function validProgramme(programme: Programme, lang: Lang): Programme {
  const parsed = parseProgramme(programme, lang);
  if (!parsed.ok) throw ownError({ kind: "programmeInvalid", problems: parsed.problems });
  return parsed.programme;
}
