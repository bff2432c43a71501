import { strFromU8, strToU8 } from "fflate";
import { storedZip } from "./stored-zip";
import { rowCounter } from "./row-counter";
import { inflatePart, type InflateBudget } from "./inflate-part";
import { PartUnreadableError } from "./limit-error";
import {
  elementsNamed,
  relationshipKind,
  relationshipsOf,
  relationshipsXml,
  relsPartOf,
  resolveTarget,
  type Relationship,
} from "./opc-xml";
import { readZipDirectory, type ZipEntry } from "./zip-directory";

/** A sheet's parts that were left out because they hold what the reader does not carry. */
export interface LeftOut {
  readonly sheet: string;
  /** Relationship kinds: drawing, comments, pivotTable, … */
  readonly kinds: readonly string[];
}

export type PackageVerdict =
  { kind: "workbook"; bytes: Uint8Array; leftOut: readonly LeftOut[] } | { kind: "noWorkbook" };

/** Parts left out that hold nothing a person made: the printer's own settings. */
const NOTHING_MADE: ReadonlySet<string> = new Set(["printerSettings"]);

const NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/**
 * The one package shape ExcelJS reads without tripping: it finds parts by fixed names
 * (xl/worksheets/sheetN.xml, ../tables/tableN.xml) and fails on the absolute targets openpyxl
 * writes or the names other writers choose. So the reader follows the relationships as the
 * standard says, keeps only what a follow-up reads (sheets with their values, shared strings,
 * styles, tables, hyperlinks) under ExcelJS's names, and never inflates the rest (pictures,
 * printer settings, embedded files): a part nobody reads cannot take the machine.
 */
export function normalisePackage(data: Uint8Array): PackageVerdict {
  const entries = new Map<string, ZipEntry>();
  for (const entry of readZipDirectory(data)) entries.set(entry.name.toLowerCase(), entry);
  const budget: InflateBudget = { used: 0 };

  const read = (part: string, watch?: (chunk: Uint8Array) => void): Uint8Array | null => {
    const entry = entries.get(part.toLowerCase());
    return entry === undefined ? null : inflatePart(data, entry, budget, watch);
  };
  const text = (part: string): string | null => {
    const bytes = read(part);
    return bytes === null ? null : strFromU8(bytes);
  };
  const rels = (part: string): Relationship[] => {
    const xml = text(relsPartOf(part));
    return xml === null ? [] : relationshipsOf(xml);
  };

  const rootRels = rels("");
  const officeDocument = rootRels.find((r) => relationshipKind(r.type) === "officeDocument");
  const workbookPart =
    officeDocument !== undefined
      ? resolveTarget("", officeDocument.target)
      : entries.has("xl/workbook.xml")
        ? "xl/workbook.xml"
        : null;
  const workbookXml = workbookPart === null ? null : read(workbookPart);
  if (workbookPart === null || workbookXml === null) return { kind: "noWorkbook" };
  const workbookText = strFromU8(workbookXml);
  if (!/<(?:\w+:)?workbook\b/.test(workbookText)) return { kind: "noWorkbook" };

  const sheetNames = new Map<string, string>();
  for (const sheet of elementsNamed(workbookText, "sheet")) sheetNames.set(sheet["r:id"] ?? "", sheet["name"] ?? "");

  const out: Record<string, Uint8Array> = {};
  const overrides: string[] = [`<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`];
  const workbookRels: Relationship[] = [];
  let sheetNo = 0;
  let tableNo = 0;
  const leftOut: LeftOut[] = [];
  for (const rel of rels(workbookPart)) {
    const kind = relationshipKind(rel.type);
    const part = resolveTarget(workbookPart, rel.target);
    if (kind === "worksheet") {
      const name = sheetNames.get(rel.id) ?? part;
      const sheet = read(part, rowCounter(name));
      if (sheet === null) throw new PartUnreadableError(part, "the workbook lists it but the file does not hold it");
      sheetNo++;
      const own = `xl/worksheets/sheet${sheetNo}.xml`;
      const sheetRels: Relationship[] = [];
      const dropped: string[] = [];
      const kinds = new Set<string>();
      for (const r of rels(part)) {
        const rkind = relationshipKind(r.type);
        if (rkind === "hyperlink" && r.external) {
          sheetRels.push(r);
        } else if (rkind === "table") {
          const table = read(resolveTarget(part, r.target));
          if (table === null) {
            dropped.push(r.id);
            continue;
          }
          tableNo++;
          out[`xl/tables/table${tableNo}.xml`] = table;
          overrides.push(`<Override PartName="/xl/tables/table${tableNo}.xml" ContentType="${CT}.table+xml"/>`);
          sheetRels.push({ ...r, target: `../tables/table${tableNo}.xml` });
        } else {
          dropped.push(r.id);
          if (!NOTHING_MADE.has(rkind)) kinds.add(rkind);
        }
      }
      if (kinds.size > 0) leftOut.push({ sheet: name, kinds: [...kinds] });
      out[own] = dropped.length === 0 ? sheet : withoutReferences(sheet, dropped);
      if (sheetRels.length > 0) out[relsPartOf(own)] = strToU8(relationshipsXml(sheetRels));
      overrides.push(`<Override PartName="/${own}" ContentType="${CT}.worksheet+xml"/>`);
      workbookRels.push({ ...rel, target: `worksheets/sheet${sheetNo}.xml`, external: false });
    } else if (kind === "sharedStrings" || kind === "styles") {
      const bytes = read(part);
      if (bytes === null) continue;
      const own = `xl/${kind}.xml`;
      out[own] = bytes;
      overrides.push(`<Override PartName="/${own}" ContentType="${CT}.${kind}+xml"/>`);
      workbookRels.push({ ...rel, target: `${kind}.xml`, external: false });
    }
  }
  if (sheetNo === 0) return { kind: "noWorkbook" };

  out["xl/workbook.xml"] = workbookXml;
  out["xl/_rels/workbook.xml.rels"] = strToU8(relationshipsXml(workbookRels));
  out["_rels/.rels"] = strToU8(
    relationshipsXml([{ id: "rId1", type: `${NS}/officeDocument`, target: "xl/workbook.xml", external: false }])
  );
  out["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`
  );
  // Stored, not deflated: the bytes are handed straight to ExcelJS in memory.
  return { kind: "workbook", bytes: storedZip(out), leftOut };
}

/**
 * A sheet without the elements that point at parts left out (drawings, comments' shapes, controls,
 * embedded objects): they sit after the cell data, so only the sheet's tail is rewritten.
 */
function withoutReferences(sheet: Uint8Array, ids: readonly string[]): Uint8Array {
  const marker = strToU8("</sheetData>");
  let at = -1;
  for (let i = sheet.length - marker.length; i >= 0; i--) {
    let hit = true;
    for (let k = 0; k < marker.length && hit; k++) hit = sheet[i + k] === marker[k];
    if (hit) {
      at = i + marker.length;
      break;
    }
  }
  const start = at < 0 ? 0 : at;
  let tail = strFromU8(sheet.subarray(start));
  for (const id of ids) {
    const quoted = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // An element naming the relationship, empty or with content (oleObject, control).
    const empty = new RegExp(`<(?:\\w+:)?(\\w+)\\b[^>]*\\b\\w+:id\\s*=\\s*["']${quoted}["'][^>]*/>`, "g");
    const full = new RegExp(`<((?:\\w+:)?\\w+)\\b[^>]*\\b\\w+:id\\s*=\\s*["']${quoted}["'][^>]*>[\\s\\S]*?</\\1>`, "g");
    tail = tail.replace(empty, "").replace(full, "");
  }
  // Wrappers whose every item went: <oleObjects></oleObjects> is not valid for the parser.
  tail = tail.replace(/<((?:\w+:)?(?:oleObjects|controls|tableParts))\b[^>]*>\s*<\/\1>/g, "");
  const head = sheet.subarray(0, start);
  const rest = strToU8(tail);
  const joined = new Uint8Array(head.length + rest.length);
  joined.set(head);
  joined.set(rest, head.length);
  return joined;
}
