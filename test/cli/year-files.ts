import * as fs from "node:fs";
import * as path from "node:path";
import { buildWorkbookFile } from "../../src/cli/workbook-file";
import { defaultProgramme } from "../../src/core";
import type { EnteredValues, Programme } from "../../src/core";

/** Valid entries on every row of a programme: a finished year, with a mix of statuses. */
export function completeEntries(programme: Programme = defaultProgramme()): Map<string, EnteredValues> {
  const activity = ["Genomförd", "Pågår", "Utgår", "Försenad"];
  return new Map(
    programme.areas.flatMap((a) =>
      a.rows.map((r, i): [string, EnteredValues] => {
        if (r.type === "indicator") {
          return [r.id, { value: 10 + i, comment: `Mätt ${i}` }];
        }
        if (r.type === "goal") {
          return [r.id, { status: "I fas", done: `Arbete för ${r.id}` }];
        }
        const status = activity[i % activity.length] ?? "Pågår";
        return [r.id, { status, done: `Gjort i ${r.id}`, comment: `Kommentar ${r.id}` }];
      })
    )
  );
}

/** A follow-up workbook of the bundled programme written to `dir/name`. */
export async function writeYear(
  dir: string,
  name: string,
  entries: ReadonlyMap<string, EnteredValues>,
  options: { year?: number; closed?: boolean; programme?: Programme } = {}
): Promise<string> {
  const { data } = await buildWorkbookFile({
    programme: options.programme ?? defaultProgramme(),
    year: options.year ?? 2019,
    values: entries,
    choices: {},
    retired: [],
    closed: options.closed ?? false,
    now: new Date("2020-01-20T10:00:00Z"),
  });
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}
