import { zipEntries } from "./zip";

/**
 * Reading what an .xlsx says about protection straight from its XML. ExcelJS 4.4 reads only
 * "1"/"0" for these attributes and LibreOffice writes "true"/"false", so after a LibreOffice save
 * ExcelJS would report no protection at all; the XML does not lie.
 */

function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([A-Za-z:]+)="([^"]*)"/g)) {
    if (m[1] !== undefined && m[2] !== undefined) {
      out.set(m[1], m[2]);
    }
  }
  return out;
}

function truthy(v: string | undefined): boolean | undefined {
  return v === undefined ? undefined : v === "1" || v === "true";
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export class XlsxXml {
  private readonly entries: Map<string, Buffer>;

  constructor(file: Buffer) {
    this.entries = zipEntries(file);
  }

  text(name: string): string {
    const e = this.entries.get(name);
    if (e === undefined) {
      throw new Error(`no ${name} in the file`);
    }
    return e.toString("utf8");
  }

  /** The path of a sheet's XML, by its name, through the workbook's relationships. */
  sheetPath(sheet: string): string {
    const workbook = this.text("xl/workbook.xml");
    const rels = this.text("xl/_rels/workbook.xml.rels");
    for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
      const a = attrs(m[0]);
      if (unescapeXml(a.get("name") ?? "") === sheet) {
        const id = a.get("r:id");
        for (const r of rels.matchAll(/<Relationship\b[^>]*>/g)) {
          const ra = attrs(r[0]);
          if (ra.get("Id") === id) {
            const target = ra.get("Target") ?? "";
            return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
          }
        }
      }
    }
    throw new Error(`no sheet ${sheet}`);
  }

  /** Whether the sheet is protected (a sheetProtection element with sheet on). */
  sheetProtected(sheet: string): boolean {
    const m = /<sheetProtection\b[^>]*>/.exec(this.text(this.sheetPath(sheet)));
    return m !== null && truthy(attrs(m[0]).get("sheet")) === true;
  }

  /** Whether a cell is locked: its style's protection, locked unless it says otherwise. */
  cellLocked(sheet: string, a1: string): boolean {
    const xml = this.text(this.sheetPath(sheet));
    const m = new RegExp(`<c\\b[^>]*\\br="${a1}"[^>]*>`).exec(xml);
    const style = m === null ? 0 : Number(attrs(m[0]).get("s") ?? "0");
    const styles = this.text("xl/styles.xml");
    const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
    const xfs = [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((x) => x[0]);
    const xf = xfs[style] ?? "";
    const protection = /<protection\b[^>]*>/.exec(xf);
    const locked = protection === null ? undefined : truthy(attrs(protection[0]).get("locked"));
    return locked ?? true;
  }
}
