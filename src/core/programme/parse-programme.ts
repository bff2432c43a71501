import type { Lang } from "../lang";
import { ProgrammeSchema, type Programme } from "./schema";
import { describeIssue } from "./issue-messages";
import { formatPath, placeName } from "./issue-place";

export type ProgrammeParseResult = { ok: true; programme: Programme } | { ok: false; problems: string[] };

/**
 * A programme from a file (already JSON-parsed), checked against the schema. Each problem is one
 * line in `lang` that names where it is: the path in the file and, when the file gives it, the
 * area and row ID ("areas[1].rows[3].department (område 2, rad 2.A4): …").
 *
 * The schema's cross-checks (duplicate IDs, unknown departments, goal references) run only once
 * the file's shape is right, so those problems appear after the shape problems are fixed.
 */
export function parseProgramme(json: unknown, lang: Lang): ProgrammeParseResult {
  const result = ProgrammeSchema.safeParse(json);
  if (result.success) return { ok: true, programme: result.data };
  const problems = result.error.issues.map((issue) => {
    const place = placeName(json, issue.path, lang);
    const where = place === null ? formatPath(issue.path, lang) : `${formatPath(issue.path, lang)} (${place})`;
    return oneLine(`${where}: ${describeIssue(issue, json, lang)}`);
  });
  return { ok: false, problems };
}

/** IDs and codes quoted from the file may hold line breaks; a problem stays one line. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, " ");
}
