/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { ACTIVITY_STATUS, ASSESSMENT, renderReason, summarise, termByCode } from "../../src/core";
import type { Lang } from "../../src/core";
import type { ChoiceEdit } from "../../src/app/service";
import { AreaSummaryCard } from "../../src/taskpane/features/summary/AreaSummaryCard";
import { SummaryScreen } from "../../src/taskpane/features/summary/SummaryScreen";
import { FakeFollowupService } from "./fake-service";
import { renderWith, text } from "./render";
import { fromOfficeCode } from "../../src/excel/errors";
import { renderAddinError } from "../../src/taskpane/i18n/error-texts";

function areaTitle(lang: Lang, service: FakeFollowupService, areaId: string): string {
  const area = service.programme.areas.find((a) => a.id === areaId);
  if (area === undefined) throw new Error(`no area ${areaId}`);
  return text(lang, area.kind === "guideline" ? "summary.guidelineTitle" : "summary.areaTitle", {
    id: area.id,
    name: area.name.text,
  });
}

function areaCard(title: string): HTMLElement {
  return screen.getByRole("group", { name: title });
}

function assessmentBox(lang: Lang, title: string): HTMLElement {
  return within(areaCard(title)).getByRole("combobox", { name: text(lang, "summary.choice.label", { name: title }) });
}

function choose(lang: Lang, title: string, label: string): void {
  fireEvent.click(assessmentBox(lang, title));
  fireEvent.click(screen.getByRole("option", { name: new RegExp(`${label}$`) }));
}

/** Fills in the activities of area 1 so its suggestion is a real one, not "cannot be assessed". */
function fillArea(service: FakeFollowupService, areaId: string, status: string): void {
  const area = service.programme.areas.find((a) => a.id === areaId);
  for (const row of area?.rows ?? []) {
    if (row.type === "activity") service.setCells(row.id, { status });
    if (row.type === "goal") service.setCells(row.id, { status: "I fas" });
  }
}

async function renderSummary(lang: Lang, service: FakeFollowupService): Promise<void> {
  renderWith(<SummaryScreen />, { lang, service });
  await screen.findByRole("button", { name: text(lang, "summary.write") });
}

describe("an area's summary card", () => {
  test.each<Lang>(["sv", "en"])(
    "counts a row with an unrecognised status, so every row is accounted for (%s)",
    (lang) => {
      const service = new FakeFollowupService();
      const suggestion = summarise(service.programme, [], { year: 2019, choices: {} }).overall.suggestion;
      renderWith(
        <AreaSummaryCard
          title="Område 1"
          figures={{
            activities: { done: 1, unrecognised: 1, unreported: 2 },
            goals: { unreported: 1 },
            rows: 5,
            reported: 2,
            shareOnTrack: 1,
            suggestion,
          }}
        >
          {null}
        </AreaSummaryCard>,
        { lang, service }
      );
      const card = areaCard("Område 1");
      expect(card.textContent).toContain(`${text(lang, "summary.unrecognised")} 1`);
      expect(card.textContent).toContain(`${text(lang, "summary.unreported")} 2`);
    }
  );
});

describe("Summary", () => {
  it.each(["sv", "en"] as const)("shows per area the suggestion with its symbol and reason (%s)", async (lang) => {
    const service = new FakeFollowupService();
    fillArea(service, "1", "Genomförd");
    await renderSummary(lang, service);
    const summary = summarise(service.programme, service.entries(), { year: 2019, choices: {} });
    for (const area of summary.areas) {
      const card = areaCard(areaTitle(lang, service, area.areaId));
      const term = termByCode(ASSESSMENT, area.suggestion.assessment);
      expect(within(card).getByText(term[lang])).toBeTruthy();
      expect(within(card).getByText(renderReason(area.suggestion, lang))).toBeTruthy();
    }
    const overall = areaCard(text(lang, "summary.overall", { year: 2019 }));
    expect(within(overall).getByText(renderReason(summary.overall.suggestion, lang))).toBeTruthy();
  });

  it("pre-fills the overall text with the drafted sentence and leaves the assessments unchosen", async () => {
    const service = new FakeFollowupService();
    await renderSummary("sv", service);
    const overallTitle = text("sv", "summary.overall", { year: 2019 });
    const name = text("sv", "summary.overallName");
    const textbox = within(areaCard(overallTitle)).getByRole("textbox", {
      name: text("sv", "summary.text.label", { name }),
    }) as HTMLTextAreaElement;
    const draft = summarise(service.programme, service.entries(), { year: 2019, choices: {} }).overall.draftText;
    expect(draft).not.toBe("");
    expect(textbox.value).toBe(draft);
    const title = areaTitle("sv", service, "1");
    expect(assessmentBox("sv", title).textContent).toContain("Välj (förslag:");
  });

  it("never replaces a typed choice with the suggestion, even when the suggestion changes on a re-read", async () => {
    const service = new FakeFollowupService();
    fillArea(service, "1", "Genomförd");
    await renderSummary("sv", service);
    const title = areaTitle("sv", service, "1");
    const suggestedBefore = within(areaCard(title)).getByText(/^Föreslagen bedömning:/).nextSibling?.textContent;
    expect(suggestedBefore).toContain("I fas");

    choose("sv", title, "Ej i fas");
    const textbox = within(areaCard(title)).getByRole("textbox", {
      name: text("sv", "summary.text.label", { name: title }),
    });
    fireEvent.change(textbox, { target: { value: "Arbetet har stannat av." } });

    // The departments change their rows; the suggestion for area 1 changes with them.
    fillArea(service, "1", "Försenad");
    fireEvent.click(screen.getByRole("button", { name: text("sv", "summary.reread") }));
    await waitFor(() => expect(service.argsOf("read")).toHaveLength(2));
    await waitFor(() =>
      expect(within(areaCard(title)).getByText(/^Föreslagen bedömning:/).nextSibling?.textContent).not.toBe(
        suggestedBefore
      )
    );
    expect(assessmentBox("sv", title).textContent).toContain("Ej i fas");
    expect(assessmentBox("sv", title).textContent).not.toContain("Delvis");
    expect(
      (
        within(areaCard(title)).getByRole("textbox", {
          name: text("sv", "summary.text.label", { name: title }),
        }) as HTMLTextAreaElement
      ).value
    ).toBe("Arbetet har stannat av.");
  });

  it("writes every choice and text, the suggestion only where the coordinator took it", async () => {
    const service = new FakeFollowupService();
    fillArea(service, "1", "Genomförd");
    service.choices = { "2": { assessment: "partly", raw: null, text: "Delvis, se kommentarerna." } };
    await renderSummary("sv", service);
    const one = areaTitle("sv", service, "1");
    const two = areaTitle("sv", service, "2");
    const three = areaTitle("sv", service, "3");
    expect(assessmentBox("sv", two).textContent).toContain("Delvis i fas");

    choose("sv", one, "Ej i fas");
    const threeSuggestion = summarise(service.programme, service.entries(), { year: 2019, choices: {} }).areas.find(
      (a) => a.areaId === "3"
    )?.suggestion.assessment;
    fireEvent.click(
      within(areaCard(three)).getByRole("button", {
        name: text("sv", "summary.choice.useSuggestionFor", {
          name: three,
          suggestion: termByCode(ASSESSMENT, threeSuggestion ?? "cannotAssess").sv,
        }),
      })
    );
    fireEvent.click(screen.getByRole("button", { name: text("sv", "summary.write") }));
    await waitFor(() => expect(service.argsOf("writeSummary")).toHaveLength(1));
    const [edits] = service.argsOf("writeSummary")[0] as [ChoiceEdit[]];
    const byKey = new Map(edits.map((e) => [e.key, e]));
    expect(byKey.get("1")).toEqual({ key: "1", assessment: "notOnTrack", text: null });
    expect(byKey.get("2")).toEqual({ key: "2", assessment: "partly", text: "Delvis, se kommentarerna." });
    expect(byKey.get("3")).toEqual({ key: "3", assessment: threeSuggestion, text: null });
    expect(byKey.get("4")).toEqual({ key: "4", assessment: null, text: null });
    const overall = byKey.get("overall");
    expect(overall?.assessment).toBeNull();
    expect(overall?.text).toBe(
      summarise(service.programme, service.entries(), { year: 2019, choices: {} }).overall.draftText
    );
    expect(edits.map((e) => e.key).sort()).toEqual([...service.programme.areas.map((a) => a.id), "overall"].sort());
    expect(await screen.findByText(text("sv", "summary.written"))).toBeTruthy();
  });

  it("offers each area's 'Genomfört under året' as a draft from the rows, and writes it only once edited", async () => {
    const service = new FakeFollowupService();
    const area = service.programme.areas.find((a) => a.id === "1");
    const goal = area?.rows.find((r) => r.type === "goal");
    const activity = area?.rows.find((r) => r.type === "activity" && r.goalId === goal?.id);
    if (goal === undefined || activity === undefined) throw new Error("fixture");
    service.setCells(activity.id, { status: "Genomförd", done: "Lägesbild varje månad" });
    service.choices = { "2": { assessment: null, raw: null, text: null, done: "Nämndens text om område 2." } };
    await renderSummary("sv", service);
    const one = areaTitle("sv", service, "1");
    const two = areaTitle("sv", service, "2");
    const doneBox = (title: string): HTMLTextAreaElement =>
      within(areaCard(title)).getByRole("textbox", {
        name: text("sv", "summary.done.label", { name: title }),
      }) as HTMLTextAreaElement;
    expect(doneBox(one).value).toBe(`Till målet ”${goal.text.text.replace(/\.$/, "")}”: Lägesbild varje månad.`);
    expect(within(areaCard(one)).getByText(text("sv", "summary.done.draftHint"))).toBeTruthy();
    expect(doneBox(two).value).toBe("Nämndens text om område 2.");
    expect(within(areaCard(two)).queryByText(text("sv", "summary.done.draftHint"))).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: text("sv", "summary.write") }));
    await waitFor(() => expect(service.argsOf("writeSummary")).toHaveLength(1));
    const [first] = service.argsOf("writeSummary")[0] as [ChoiceEdit[]];
    // Untouched: neither the draft of area 1 nor area 2's own text is sent, so the sheet keeps what it has.
    expect(first.every((e) => e.done === undefined)).toBe(true);
    expect(service.choices["2"]?.done).toBe("Nämndens text om område 2.");

    fireEvent.change(doneBox(one), { target: { value: "Lägesbilden togs fram varje månad tillsammans med polisen." } });
    fireEvent.click(
      within(areaCard(one)).getByRole("button", { name: text("sv", "summary.done.useDraftFor", { name: one }) })
    );
    expect(doneBox(one).value).toContain("Lägesbild varje månad.");
    fireEvent.change(doneBox(one), { target: { value: "Lägesbilden togs fram varje månad." } });
    fireEvent.click(screen.getByRole("button", { name: text("sv", "summary.write") }));
    await waitFor(() => expect(service.argsOf("writeSummary")).toHaveLength(2));
    const [second] = service.argsOf("writeSummary")[1] as [ChoiceEdit[]];
    expect(second.find((e) => e.key === "1")?.done).toBe("Lägesbilden togs fram varje månad.");
    expect(service.choices["1"]?.done).toBe("Lägesbilden togs fram varje månad.");
  });

  it.each(["sv", "en"] as const)(
    "pictures the activities' status per area as stacked bars, in words too (%s)",
    async (lang) => {
      const service = new FakeFollowupService();
      fillArea(service, "1", "Genomförd");
      const area2 = service.programme.areas.find((a) => a.id === "2");
      const activities2 = area2?.rows.filter((r) => r.type === "activity") ?? [];
      activities2.forEach((r, i) =>
        service.setCells(r.id, { status: i % 2 === 0 ? "Pågår" : "Försenad", comment: "x" })
      );
      await renderSummary(lang, service);
      const chart = screen.getByRole("group", { name: text(lang, "summary.chart.title") });
      const summary = summarise(service.programme, service.entries(), { year: 2019, choices: {} });
      for (const area of summary.areas) {
        const parts = ACTIVITY_STATUS.filter((term) => (area.activities[term.code] ?? 0) > 0)
          .map((term) => `${term[lang]} ${area.activities[term.code] ?? 0}`)
          .join(", ");
        if (parts === "") {
          expect(within(chart).queryByRole("img", { name: new RegExp(`^\\S+ ${area.areaId}:`) })).toBeNull();
          continue;
        }
        const bar = within(chart).getByRole("img", {
          name: text(lang, "summary.chart.area", { id: area.areaId, parts }),
        });
        const widths = [...bar.children].map((c) => parseFloat((c as HTMLElement).style.width));
        expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 5);
      }
      const two = within(chart).getByRole("img", { name: new RegExp(`${area2?.id ?? "-"}:`) });
      const delayed = Math.floor(activities2.length / 2);
      expect(parseFloat((two.lastElementChild as HTMLElement).style.width)).toBeCloseTo(
        (100 * delayed) / activities2.length,
        5
      );
    }
  );

  it("leaves an assessment the sheet holds but does not know untouched, and says so", async () => {
    const service = new FakeFollowupService();
    service.choices = { "4": { assessment: null, raw: "i fas?", text: "Oklart." } };
    await renderSummary("en", service);
    const four = areaTitle("en", service, "4");
    expect(within(areaCard(four)).getByText(text("en", "summary.choice.unknownRaw", { raw: "i fas?" }))).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: text("en", "summary.write") }));
    await waitFor(() => expect(service.argsOf("writeSummary")).toHaveLength(1));
    const [edits] = service.argsOf("writeSummary")[0] as [ChoiceEdit[]];
    expect(edits.map((e) => e.key)).not.toContain("4");
  });

  it("shows a write error with what to do", async () => {
    const service = new FakeFollowupService();
    await renderSummary("sv", service);
    const failure = fromOfficeCode("AccessDenied");
    const shown = renderAddinError(failure, "sv");
    service.failNext("writeSummary", failure);
    fireEvent.click(screen.getByRole("button", { name: text("sv", "summary.write") }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(shown.message);
    expect(alert.textContent).toContain(shown.action);
  });
});
