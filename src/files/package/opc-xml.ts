/**
 * The little XML the package reader needs: attributes of relationship and sheet elements. The
 * parts it applies to are small (a workbook's relationships, its sheet list), so a careful regular
 * scan is enough; sheets and shared strings are left to ExcelJS's parser.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? "";
  });
}

export function escapeXmlAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

/** Attributes of every element with this local name (any namespace prefix). */
export function elementsNamed(xml: string, localName: string): Array<Record<string, string>> {
  const found: Array<Record<string, string>> = [];
  const element = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${localName}\\b([^>]*)>`, "g");
  for (const match of xml.matchAll(element)) {
    const attributes: Record<string, string> = {};
    for (const a of (match[1] ?? "").matchAll(/([\w.:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
      const name = a[1] ?? "";
      const local = name.includes(":") ? name.slice(name.indexOf(":") + 1) : name;
      const value = decodeXmlText(a[3] ?? a[4] ?? "");
      attributes[name] = value;
      // r:id is written with whatever prefix the writer chose for the relationships namespace.
      if (local === "id" && name !== "id") attributes["r:id"] = value;
    }
    found.push(attributes);
  }
  return found;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export function relationshipsOf(xml: string): Relationship[] {
  return elementsNamed(xml, "Relationship").map((a) => ({
    id: a["Id"] ?? "",
    type: a["Type"] ?? "",
    target: a["Target"] ?? "",
    external: (a["TargetMode"] ?? "").toLowerCase() === "external",
  }));
}

/** A relationship's type by its last word (worksheet, sharedStrings, …), whatever the namespace version. */
export function relationshipKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

/** A target resolved against the folder of the part that names it; absolute targets start from the root. */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const piece of target.replace(/^\/+/, "").split("/")) {
    if (piece === "..") base.pop();
    else if (piece !== "." && piece !== "") base.push(piece);
  }
  return base.join("/");
}

/** Where the relationships of a part live: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function relationshipsXml(rels: readonly Relationship[]): string {
  const items = rels
    .map(
      (r) =>
        `<Relationship Id="${escapeXmlAttribute(r.id)}" Type="${escapeXmlAttribute(r.type)}" Target="${escapeXmlAttribute(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}
