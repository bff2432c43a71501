import { runPython } from "./python";

/**
 * Types values into rows found by ID, as a department's script with openpyxl would, and says for
 * each cell whether the sheet protection had it locked (openpyxl writes regardless, as someone who
 * lifted the protection would): {"1.M1": {"Status/bedömning": "I fas"}} → [[id, header, locked]].
 */
const FILL = `
import json, sys, openpyxl
path, wanted = sys.argv[1], json.loads(sys.argv[2])
wb = openpyxl.load_workbook(path)
out = []
for ws in wb.worksheets:
    header = None
    for row in ws.iter_rows():
        values = [c.value for c in row]
        if header is None:
            if "ID" in values and "Typ" in values:
                header = {v: i for i, v in enumerate(values) if v is not None}
            continue
        rid = values[header["ID"]] if header["ID"] < len(values) else None
        if rid in wanted:
            for name, value in wanted[rid].items():
                cell = row[header[name]]
                out.append([rid, name, bool(cell.protection.locked)])
                cell.value = value
wb.save(path)
print(json.dumps(out))
`;

export async function fillWithOpenpyxl(
  file: string,
  wanted: Readonly<Record<string, Readonly<Record<string, string>>>>
): Promise<[string, string, boolean][]> {
  return JSON.parse(await runPython(FILL, [file, JSON.stringify(wanted)])) as [string, string, boolean][];
}
