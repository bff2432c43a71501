import * as fs from "node:fs";
import * as path from "node:path";
import { defaultProgramme, DONE_BLOCK_HEADERS } from "../../src/core";
import { runPython } from "../support/python";
import { zipText } from "../support/zip";
import { followup, readWorkbookFile, tempDir } from "./cli-harness";
import { writeFilledWorkbook } from "./workbook-fixture";

/**
 * The coordinator writes an area's "Genomfört under året" in the summary sheet's block, with
 * openpyxl as another program would; the summary keeps it and the report uses it, and the draft
 * from the rows where none was written.
 */
const TYPE_DONE = `
import sys, openpyxl
path, area, header, text = sys.argv[1:5]
wb = openpyxl.load_workbook(path)
ws = wb["Sammanfattning"]
rows = list(ws.iter_rows())
head = next(i for i, r in enumerate(rows) if any(c.value == header for c in r))
column = next(c.column for c in rows[head] if c.value == header)
row = next(r for r in rows[head + 1:] if r[0].value == area)
ws.cell(row=row[0].row, column=column).value = text
wb.save(path)
`;

const OWN = "Trygghetsarbetet har under året samlats kring lägesbilden.\n\nSamverkan med polisen har fördjupats.";

describe("the coordinator's 'Genomfört under året' in the committee report", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is kept by the summary and replaces the draft in the report; the other areas get the draft, and the output says so", async () => {
    const file = await writeFilledWorkbook(dir, "d.xlsx");
    await runPython(TYPE_DONE, [file, "1", DONE_BLOCK_HEADERS.done, OWN]);
    expect((await readWorkbookFile(file)).choices["1"]?.done).toBe(OWN);

    const written = await followup(["summary", "d.xlsx", "--write"], dir);
    expect(written.code).toBe(0);
    expect((await readWorkbookFile(file)).choices["1"]?.done).toBe(OWN);

    const result = await followup(["export", "d.xlsx", "--docx", "r.docx", "--draft", "--json"], dir);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { doneDrafted: string[] };
    const others = defaultProgramme()
      .areas.map((a) => a.id)
      .filter((id) => id !== "1");
    expect(json.doneDrafted).toEqual(others);
    const text = zipText(fs.readFileSync(path.join(dir, "r.docx")), "word/document.xml");
    expect(text).toContain("Trygghetsarbetet har under året samlats kring lägesbilden.");
    expect(text).toContain("Samverkan med polisen har fördjupats.");
    // Area 1's draft is not in the report; area 2's is, by goal.
    const goal2 = defaultProgramme()
      .areas.find((a) => a.id === "2")
      ?.rows.find((r) => r.type === "goal");
    expect(text).toContain(`Till målet ”${goal2?.text.text.replace(/\.$/, "") ?? ""}”`);
    const goal1 = defaultProgramme()
      .areas.find((a) => a.id === "1")
      ?.rows.find((r) => r.type === "goal");
    expect(text).not.toContain(`Till målet ”${goal1?.text.text.replace(/\.$/, "") ?? "-"}”`);

    const sv = await followup(["export", "d.xlsx", "--docx", "r2.docx", "--draft"], dir);
    expect(sv.stdout).toContain(
      `"Genomfört under året" är förslaget utifrån förvaltningarnas rader för ${others.join(", ")}`
    );
  });
});
