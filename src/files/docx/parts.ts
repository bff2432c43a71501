import { AlignmentType, ImageRun, Paragraph } from "docx";
import { imageSize } from "../image-size";
import { ChartRun } from "docx/charts";
import { termText } from "../../core";
import type { AreaPart, AssessmentLine, IndicatorItem, ReportModel, TermCount } from "../../core";
import { bullet, dataTable, labelled, paragraph, termRun, type Block, type CellContent, textRun } from "./blocks";
import type { Contents } from "./contents";

/** The report's parts laid out as Word blocks, in the order the committee reads them. */

/** The logo's height on the cover, in pixels; its width follows from its proportions. */
const LOGO_HEIGHT = 64;

export function coverBlocks(model: ReportModel, width: number): Block[] {
  const c = model.cover;
  const size = c.logo === null ? null : imageSize(c.logo.data);
  const logo =
    c.logo === null || size === null
      ? []
      : [
          new Paragraph({
            children: [
              new ImageRun({
                type: c.logo.type,
                data: c.logo.data,
                transformation: {
                  width: Math.round((size.width / size.height) * LOGO_HEIGHT),
                  height: LOGO_HEIGHT,
                },
                altText: { name: c.municipality, description: c.municipality },
              }),
            ],
          }),
        ];
  return [
    ...logo,
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [textRun({ text: c.attachment, bold: true, size: 24 })],
    }),
    new Paragraph({
      children: [textRun({ text: c.municipality, size: 24, color: "404040" })],
      spacing: { after: 1800 },
    }),
    new Paragraph({ text: c.title, style: "Title" }),
    new Paragraph({
      children: [textRun({ text: c.subtitle, size: 26, color: "404040" })],
      spacing: { after: 600 },
    }),
    dataTable(
      null,
      [1, 2.4],
      c.fields.map((f) => [f.label, f.value]),
      Math.round(width * 0.8)
    ),
    ...(c.exampleNote === null ? [] : [paragraph(c.exampleNote, { italic: true, small: true })]),
  ];
}

function counts(items: readonly TermCount[], none: string): string {
  const shown = items.filter((i) => i.count > 0).map((i) => `${termText(i.term)} ${i.count}`);
  return shown.length === 0 ? none : shown.join(", ");
}

function assessmentCell(line: AssessmentLine, suggestedWord: string): CellContent {
  return { term: line.term, suffix: line.source === "suggested" ? ` (${suggestedWord})` : "" };
}

function assessmentParagraphs(line: AssessmentLine, model: ReportModel): Paragraph[] {
  const l = model.labels;
  return [
    new Paragraph({
      children: [
        textRun({ text: `${l.assessment}: `, bold: true }),
        termRun(line.term, line.source === "suggested" ? ` (${l.suggested})` : ""),
      ],
    }),
    ...(line.text === null ? [] : [labelled(l.coordinatorText, line.text)]),
    labelled(l.reason, line.reason),
  ];
}

export function summaryBlocks(model: ReportModel, width: number, toc: Contents): Block[] {
  const s = model.summary;
  const l = model.labels;
  const c = l.column;
  const blocks: Block[] = [
    toc.heading(l.summary, 1, true),
    toc.heading(l.overallGoal, 2),
    labelled(l.overallGoal, s.overallGoal.text, s.overallGoal.example ? l.example : null),
    paragraph(s.areasIntro),
    ...s.areaList.map((a) => bullet([textRun({ text: a })])),
    paragraph(s.scope),
    ...(s.guidelinesScope === null ? [] : [paragraph(s.guidelinesScope)]),
    toc.heading(l.assessmentPerArea, 2),
    paragraph(s.reporting),
    dataTable(
      [c.area, c.assessment, c.goals, c.activities, c.reported],
      [2.5, 1.6, 2.2, 2.5, 1.5],
      s.assessments.map((a) => [
        `${a.areaId} ${a.name}`,
        assessmentCell(a.assessment, l.suggested),
        counts(a.goals, l.none),
        counts(a.activities, l.none),
        `${a.reported}/${a.rows}`,
      ]),
      width
    ),
    activityChart(model, width),
    toc.heading(l.overallAssessment, 2),
    new Paragraph({
      children: [
        textRun({ text: `${l.assessment}: `, bold: true }),
        termRun(s.overall.term, s.overall.source === "suggested" ? ` (${l.suggested})` : ""),
      ],
    }),
    ...(s.overall.isDraft ? [paragraph(l.draftNote, { italic: true, small: true })] : []),
    paragraph(s.overall.text, { italic: s.overall.isDraft }),
    labelled(l.reason, s.overall.reason),
    toc.heading(l.deviations, 2),
  ];
  if (s.deviations.length === 0) {
    blocks.push(paragraph(l.noDeviations));
  } else {
    blocks.push(
      dataTable(
        [c.id, c.text, c.deviation, c.comment],
        [0.9, 4, 1.6, 3.2],
        s.deviations.map((d) => [
          d.rowId,
          d.text,
          { term: d.term, suffix: d.detail === null ? "" : ` (${d.detail})` },
          d.comment ?? l.none,
        ]),
        width
      )
    );
  }
  blocks.push(toc.heading(l.legend, 2));
  for (const line of model.legend) {
    blocks.push(
      new Paragraph({
        children: [
          textRun({ text: `${line.label}: `, bold: true }),
          ...line.terms.flatMap((t, i) => [...(i > 0 ? [textRun({ text: "  " })] : []), termRun(t)]),
        ],
      })
    );
  }
  return blocks;
}

/** An area's or guideline's part; `level` is the heading level of its title. */
export function areaBlocks(
  part: AreaPart,
  model: ReportModel,
  level: number,
  width: number,
  pageBreak: boolean,
  toc: Contents
): Block[] {
  const l = model.labels;
  const c = l.column;
  const blocks: Block[] = [
    toc.heading(part.title, level, pageBreak),
    labelled(l.delmal, part.delmal.text, part.delmal.example ? l.example : null),
    labelled(l.covers, part.covers.text, part.covers.example ? l.example : null),
    toc.heading(l.assessment, level + 1),
    ...assessmentParagraphs(part.assessment, model),
  ];
  if (part.keyFigures.length > 0) {
    blocks.push(toc.heading(l.keyFigures, level + 1));
    for (const k of part.keyFigures) {
      blocks.push(bullet([textRun({ text: `${k.rowId} ${k.text} `, bold: true }), textRun({ text: k.figures })]));
    }
  }
  if (part.goals.length > 0) {
    blocks.push(
      toc.heading(l.goals, level + 1),
      dataTable(
        [c.id, c.goal, c.assessment, c.motivation],
        [0.9, 4, 1.7, 3.2],
        part.goals.map((g) => [
          g.rowId,
          marked(g, l.example),
          g.term === null ? l.notReported : { term: g.term },
          g.comment ?? l.none,
        ]),
        width
      )
    );
  }
  blocks.push(toc.heading(l.done, level + 1));
  if (part.done.paragraphs.length === 0) {
    blocks.push(paragraph(l.nothingDone, { italic: true }));
  } else {
    for (const text of part.done.paragraphs) blocks.push(paragraph(text));
  }
  if (part.activities.length > 0) {
    blocks.push(
      toc.heading(l.activities, level + 1),
      dataTable(
        [c.id, c.activity, c.responsible, c.status, c.comment],
        [0.9, 3.8, 1.4, 1.7, 2.6],
        part.activities.map((a) => [
          a.rowId,
          marked(a, l.example),
          a.department,
          a.term === null ? l.notReported : { term: a.term },
          a.comment ?? l.none,
        ]),
        width
      )
    );
  }
  if (part.indicators.length > 0) {
    blocks.push(
      toc.heading(l.indicators, level + 1),
      dataTable(
        [c.id, c.indicator, c.lastYear, c.thisYear, c.target, c.trend],
        [0.9, 3.6, 1.4, 1.4, 1.3, 1.6],
        part.indicators.map((i) => [i.rowId, marked(i, l.example), i.lastYear, i.value, i.target, { term: i.trend }]),
        width
      ),
      ...indicatorCharts(part.indicators, model, width)
    );
  }
  return blocks;
}

/** The areas under one heading, each on a page of its own; their parts one level down. */
export function areasBlocks(model: ReportModel, width: number, toc: Contents): Block[] {
  if (model.areas.length === 0) {
    return [];
  }
  return [
    toc.heading(model.labels.areas, 1, true),
    ...model.areas.flatMap((part, i) => areaBlocks(part, model, 2, width, i > 0, toc)),
  ];
}

export function guidelineBlocks(model: ReportModel, width: number, toc: Contents): Block[] {
  const g = model.guidelines;
  if (g.parts.length === 0) {
    return [];
  }
  return [
    toc.heading(model.labels.guidelines, 1, true),
    paragraph(g.intro),
    ...g.parts.flatMap((part) => areaBlocks(part, model, 2, width, false, toc)),
  ];
}

export function appendixBlocks(model: ReportModel, width: number, toc: Contents): Block[] {
  const l = model.labels;
  const c = l.column;
  return [
    toc.heading(l.appendix, 1),
    paragraph(model.appendix.intro),
    ...model.appendix.groups.flatMap((group) => [
      toc.heading(group.title, 2),
      dataTable(
        [c.id, c.type, c.text, c.responsible, c.statusOrValue, c.done, c.comment],
        [0.8, 1, 3.4, 1.2, 1.6, 3.4, 2.6],
        group.rows.map((r) => [
          r.rowId,
          r.type,
          r.text,
          r.department,
          r.term === null ? r.status : { term: r.term },
          r.done,
          r.comment,
        ]),
        width
      ),
    ]),
  ];
}

/** A row's text, with "(exempeltext)" after it when it is the template's example and not adopted wording. */
function marked(item: { readonly text: string; readonly example?: boolean }, example: string): string {
  return item.example === true ? `${item.text} (${example})` : item.text;
}

/** Twips to the pixels (96 to the inch) a chart's size is given in. */
const PIXELS_PER_TWIP = 96 / 1440;

/**
 * The activities' status per area as a 100 % stacked bar chart: a native Word chart (its data in
 * an embedded workbook, editable in Word), each status in its colour from the vocabulary.
 */
function activityChart(model: ReportModel, width: number): Paragraph {
  const rows = model.summary.assessments;
  const terms = rows[0]?.activities.map((c) => c.term) ?? [];
  const count = (row: (typeof rows)[number], code: string): number =>
    row.activities.find((c) => c.term.code === code)?.count ?? 0;
  return new Paragraph({
    keepNext: true,
    children: [
      new ChartRun({
        type: "bar",
        stacking: "percent",
        gapWidth: 60,
        title: model.labels.activityChart,
        // Word draws the first category at the bottom: reversed, the chart reads top-down like the table.
        categories: [...rows].reverse().map((r) => r.areaId),
        series: terms.map((t) => ({
          name: `${t.symbol} ${t.label}`,
          values: [...rows].reverse().map((r) => count(r, t.code)),
          color: t.colour,
        })),
        legend: { position: "bottom" },
        transformation: { width: Math.round(width * PIXELS_PER_TWIP), height: 60 + rows.length * 34 },
      }),
    ],
  });
}

/**
 * Each indicator over the programme period, as a small native line chart beside the others: its
 * values year by year (a gap for a year not yet reported) and its target as a dashed line.
 */
function indicatorCharts(indicators: readonly IndicatorItem[], model: ReportModel, width: number): Paragraph[] {
  const shown = indicators.filter((i) => i.period.values.some((v) => v !== null) || i.period.target !== null);
  if (shown.length === 0) {
    return [];
  }
  const chartWidth = Math.floor((width * PIXELS_PER_TWIP) / 2) - 8;
  const l = model.labels;
  return [
    new Paragraph({
      children: shown.map(
        (i) =>
          new ChartRun({
            type: "line",
            markers: true,
            title: `${i.rowId} (${i.period.unit})`,
            categories: i.period.years.map(String),
            series: [
              { name: l.chartValue, values: [...i.period.values], color: "1F4E79" },
              ...(i.period.target === null
                ? []
                : [
                    {
                      name: l.column.target,
                      values: i.period.years.map(() => i.period.target),
                      color: "C00000",
                      markers: false,
                      line: { dash: "dash" as const, width: 1.5 },
                    },
                  ]),
            ],
            legend: { position: "bottom" },
            transformation: { width: chartWidth, height: 190 },
            altText: { name: i.rowId, description: `${i.rowId} ${i.text}` },
          })
      ),
    }),
  ];
}
