import type { Lang } from "../../core/lang";
import { parseProgramme } from "../../core/programme/parse-programme";
import type { Programme } from "../../core/programme/schema";
import { ownError } from "../errors";

/**
 * The programme checked again by the core's schema before anything is written: a workbook the
 * adapter writes must be one it (and the command line) can read back.
 */
export function validProgramme(programme: Programme, lang: Lang): Programme {
  const parsed = parseProgramme(programme, lang);
  if (!parsed.ok) throw ownError("programmeInvalid", lang, { detail: parsed.problems.slice(0, 3).join("; ") });
  return parsed.programme;
}
