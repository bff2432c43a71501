import type { Lang } from "../lang";
import type { Programme } from "../programme/schema";
import { ATTACHMENT, sentences, type SentenceContext } from "./texts";
import type { DecisionMemo, ReportModel } from "./types";

/**
 * The tjänsteutlåtande's draft beside the report: "Förslag till beslut" belongs there, not in
 * bilaga 1. It carries the decision line, the overall assessment as the summary, what the
 * follow-up covers as the description of the matter, and the report as its attachment; the
 * cover's fields (dnr, date, case officer, deciding body) head it.
 */
export function buildDecisionMemo(programme: Programme, model: ReportModel, lang: Lang): DecisionMemo {
  const words = sentences(lang);
  const c: SentenceContext = {
    programme: programme.name.text,
    year: model.year,
    from: programme.period.from,
    to: programme.period.to,
  };
  const s = model.summary;
  const keep = new Set<string>([words.fields.programme, words.fields.year]);
  return {
    title: words.memo.title(c),
    draftNote: words.memo.draftNote,
    fields: model.cover.fields.filter((f) => !keep.has(f.label)),
    sections: [
      { heading: words.memo.decision, paragraphs: [s.decision] },
      { heading: words.memo.summary, paragraphs: [s.overall.text] },
      {
        heading: words.memo.description,
        paragraphs: [
          s.areasIntro,
          s.areaList.join(", "),
          s.scope,
          ...(s.guidelinesScope === null ? [] : [s.guidelinesScope]),
          s.reporting,
        ],
      },
      { heading: words.memo.attachments, paragraphs: [words.memo.attachmentLine(ATTACHMENT[lang], model.title)] },
    ],
  };
}
