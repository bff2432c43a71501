import { Bookmark, LeaderType, Paragraph, PageReference, TabStopType, InternalHyperlink } from "docx";
import { heading, textRun, type Block } from "./blocks";
import { TOC_HEADING_STYLE_ID } from "./styles";

interface Entry {
  readonly bookmark: string;
  readonly text: string;
  readonly level: number;
}

/** Headings of these levels are listed in the contents. */
const LISTED_LEVELS = 2;
const LEVEL_INDENT = 360;

/**
 * The table of contents, built from the headings as they are written: each listed heading gets a
 * bookmark, and its line in the contents a page reference (a PAGEREF field) to it. LibreOffice and
 * a PDF made from it compute those page numbers as they lay the document out, and Word updates
 * them on opening (the document asks it to), so the contents shows its page numbers everywhere,
 * not only after Word has refreshed a TOC field.
 */
export class Contents {
  private readonly entries: Entry[] = [];

  /** A heading; levels 1–2 are bookmarked and listed in the contents. */
  heading(text: string, level: number, pageBreakBefore = false): Paragraph {
    if (level > LISTED_LEVELS) {
      return heading(text, level, pageBreakBefore);
    }
    // "_Toc…" names are hidden bookmarks in Word, as its own table of contents makes them.
    const bookmark = `_Toc${String(this.entries.length + 1).padStart(4, "0")}`;
    this.entries.push({ bookmark, text, level });
    return heading(text, level, pageBreakBefore, new Bookmark({ id: bookmark, children: [textRun({ text })] }));
  }

  /** The contents: its title, then a line per heading with a dotted tab to its page number. */
  blocks(title: string, width: number): Block[] {
    return [
      new Paragraph({ text: title, style: TOC_HEADING_STYLE_ID, pageBreakBefore: true }),
      ...this.entries.map(
        (e) =>
          new Paragraph({
            indent: { left: (e.level - 1) * LEVEL_INDENT },
            tabStops: [{ type: TabStopType.RIGHT, position: width, leader: LeaderType.DOT }],
            children: [
              new InternalHyperlink({ anchor: e.bookmark, children: [textRun({ text: e.text, bold: e.level === 1 })] }),
              textRun({ text: "\t" }),
              new PageReference(e.bookmark),
            ],
          })
      ),
    ];
  }
}
