/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { ACTIVITY_STATUS, ASSESSMENT, termByCode } from "../../src/core";
import type { Lang } from "../../src/core";
import type { RowEdit } from "../../src/app/service";
import { MyRowsScreen } from "../../src/taskpane/features/my-rows/MyRowsScreen";
import type { KeyValueStorage } from "../../src/taskpane/features/my-rows/department-memory";
import { FakeFollowupService } from "./fake-service";
import { renderWith, text } from "./render";
import { fromOfficeCode } from "../../src/excel/errors";
import { renderAddinError } from "../../src/taskpane/i18n/error-texts";
import { syntheticProgramme, withDepartmentSizes } from "../../bench/synthetic-programme";
import { WorkbookChangesProvider } from "../../src/taskpane/workbook-changes";

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v;
    },
  };
}

/** A department with a goal, an activity and an indicator in the bundled programme. */
function departmentWithEveryType(service: FakeFollowupService): string {
  const rows = service.programme.areas.flatMap((a) => a.rows);
  const code = service.programme.departments
    .map((d) => d.code)
    .find((c) =>
      ["goal", "activity", "indicator"].every((type) => rows.some((r) => r.department === c && r.type === type))
    );
  if (code === undefined) throw new Error("the bundled programme has a department with every row type");
  return code;
}

function firstRow(service: FakeFollowupService, department: string, type: "goal" | "activity" | "indicator") {
  const row = service.programme.areas
    .flatMap((a) => a.rows)
    .find((r) => r.department === department && r.type === type);
  if (row === undefined) throw new Error(`no ${type} for ${department}`);
  return row;
}

async function openDepartment(service: FakeFollowupService, lang: Lang, department: string) {
  const storage = memoryStorage();
  renderWith(<MyRowsScreen storage={storage} />, { lang, service });
  const picker = await screen.findByRole("combobox", { name: text(lang, "myRows.department.label") });
  fireEvent.click(picker);
  const name = service.programme.departments.find((d) => d.code === department)?.name ?? "";
  fireEvent.click(screen.getByRole("option", { name: `${department} – ${name}` }));
  await screen.findAllByRole("group");
  return storage;
}

function card(rowId: string): HTMLElement {
  return screen.getByRole("group", { name: rowId });
}

function choose(scope: HTMLElement, label: string, option: string): void {
  fireEvent.click(within(scope).getByRole("combobox", { name: label }));
  fireEvent.click(screen.getByRole("option", { name: option }));
}

describe("My rows", () => {
  it.each(["sv", "en"] as const)("lists the department's rows with the row type's vocabulary (%s)", async (lang) => {
    const service = new FakeFollowupService();
    const department = departmentWithEveryType(service);
    await openDepartment(service, lang, department);
    expect(service.argsOf("departmentRows")).toEqual([[department]]);
    const activity = firstRow(service, department, "activity");
    const goal = firstRow(service, department, "goal");
    const indicator = firstRow(service, department, "indicator");

    fireEvent.click(within(card(activity.id)).getByRole("combobox", { name: text(lang, "myRows.field.status") }));
    const activityOptions = screen.getAllByRole("option").map((o) => o.textContent);
    expect(activityOptions).toEqual(ACTIVITY_STATUS.map((t) => expect.stringContaining(t[lang])));
    fireEvent.keyDown(document.activeElement ?? document.body, { key: "Escape" });

    fireEvent.click(within(card(goal.id)).getByRole("combobox", { name: text(lang, "myRows.field.assessment") }));
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(
      ASSESSMENT.map((t) => expect.stringContaining(t[lang]))
    );
    fireEvent.keyDown(document.activeElement ?? document.body, { key: "Escape" });

    expect(within(card(indicator.id)).queryByRole("combobox")).toBeNull();
    expect(
      within(card(indicator.id)).getByRole("textbox", {
        name: text(lang, "myRows.field.value", { unit: indicator.indicator?.unit ?? "" }),
      })
    ).toBeTruthy();
    // An indicator's hint names its target, or says it has none (never "Målvärde: – st").
    const hint = card(indicator.id).textContent ?? "";
    if (indicator.indicator?.target === null) {
      expect(hint).toContain(
        text(lang, "myRows.field.valueHintNoTarget", { lastYear: "" }).split("·")[1]?.trim() ?? "?"
      );
    } else {
      expect(hint).toContain(String(indicator.indicator?.target));
    }
    expect(hint).not.toMatch(/–\s+(st|%|kr)/);
    expect(within(card(activity.id)).getByText(activity.text.text)).toBeTruthy();
    if (activity.text.provenance === "example") {
      expect(within(card(activity.id)).getByText(text(lang, "common.exampleText"))).toBeTruthy();
    }
  });

  it("asks for a comment as soon as Försenad is chosen, and saves once it is written", async () => {
    const service = new FakeFollowupService();
    const department = departmentWithEveryType(service);
    await openDepartment(service, "sv", department);
    const activity = firstRow(service, department, "activity");
    const delayed = termByCode(ACTIVITY_STATUS, "delayed");

    choose(card(activity.id), "Status", `▲ ${delayed.sv}`);
    const message = text("sv", "form.comment.required", { status: delayed.sv });
    expect(within(card(activity.id)).getByText(message)).toBeTruthy();
    // Said beside the comment box, not announced as an alert before the user gets there ...
    expect(within(card(activity.id)).getByText(message).closest('[role="alert"]')).toBeNull();
    const comment = within(card(activity.id)).getByRole("textbox", { name: "Kommentar/analys" });
    fireEvent.focus(comment);
    fireEvent.blur(comment);
    // ... and an error once they have been there and left it empty.
    expect(within(card(activity.id)).getByText(message).closest('[role="alert"]')).not.toBeNull();
    const save = screen.getByRole("button", { name: text("sv", "myRows.save") });
    expect(save.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(save);
    expect(service.argsOf("saveRows")).toEqual([]);

    fireEvent.change(within(card(activity.id)).getByRole("textbox", { name: "Kommentar/analys" }), {
      target: { value: "Upphandlingen blev försenad." },
    });
    expect(within(card(activity.id)).queryByText(message)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: text("sv", "myRows.save") }));
    await waitFor(() => expect(service.argsOf("saveRows")).toHaveLength(1));
    expect(service.argsOf("saveRows")[0]).toEqual([
      [{ rowId: activity.id, status: delayed.sv, comment: "Upphandlingen blev försenad." }],
    ]);
    expect(await screen.findByText(text("sv", "myRows.saved", { count: 1 }))).toBeTruthy();
  });

  it("refuses a negative value and accepts a Swedish decimal comma, saving only the value", async () => {
    const service = new FakeFollowupService();
    const department = departmentWithEveryType(service);
    const indicator = firstRow(service, department, "indicator");
    service.setCells(indicator.id, { done: "Mätt i enkäten.", comment: "Som väntat." });
    await openDepartment(service, "sv", department);
    const input = within(card(indicator.id)).getByRole("textbox", {
      name: text("sv", "myRows.field.value", { unit: indicator.indicator?.unit ?? "" }),
    });

    fireEvent.change(input, { target: { value: "-5" } });
    expect(within(card(indicator.id)).getByText(text("sv", "form.value.negative", { value: "-5" }))).toBeTruthy();
    expect(screen.getByRole("button", { name: text("sv", "myRows.save") }).getAttribute("aria-disabled")).toBe("true");

    fireEvent.change(input, { target: { value: "12,5" } });
    expect(within(card(indicator.id)).queryByText(text("sv", "form.value.negative", { value: "-5" }))).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: text("sv", "myRows.save") }));
    await waitFor(() => expect(service.argsOf("saveRows")).toHaveLength(1));
    const [edits] = service.argsOf("saveRows")[0] as [RowEdit[]];
    expect(edits).toEqual([{ rowId: indicator.id, value: 12.5 }]);
    // What was in the sheet beside it is untouched.
    expect(service.cellsOf(indicator.id)).toMatchObject({
      done: "Mätt i enkäten.",
      comment: "Som väntat.",
      value: 12.5,
    });
  });

  it("says when a value is no number", async () => {
    const service = new FakeFollowupService();
    const department = departmentWithEveryType(service);
    const indicator = firstRow(service, department, "indicator");
    await openDepartment(service, "en", department);
    const input = within(card(indicator.id)).getByRole("textbox", {
      name: text("en", "myRows.field.value", { unit: indicator.indicator?.unit ?? "" }),
    });
    fireEvent.change(input, { target: { value: "ca 200" } });
    expect(within(card(indicator.id)).getByText(text("en", "form.value.notNumber", { value: "ca 200" }))).toBeTruthy();
  });

  it("shows a status the sheet has that the vocabulary does not know, with a suggestion, and leaves it alone", async () => {
    const service = new FakeFollowupService();
    const department = departmentWithEveryType(service);
    const activity = firstRow(service, department, "activity");
    const other = firstRow(service, department, "goal");
    service.setCells(activity.id, { status: "pågår" });
    await openDepartment(service, "sv", department);
    expect(
      within(card(activity.id)).getByText(text("sv", "form.status.didYouMean", { value: "pågår", suggestion: "Pågår" }))
    ).toBeTruthy();
    // Editing another row saves that row only: the odd status stays as typed.
    fireEvent.change(within(card(other.id)).getByRole("textbox", { name: "Genomfört under året" }), {
      target: { value: "Lägesbild klar i mars." },
    });
    fireEvent.click(screen.getByRole("button", { name: text("sv", "myRows.save") }));
    await waitFor(() => expect(service.argsOf("saveRows")).toHaveLength(1));
    expect(service.argsOf("saveRows")[0]).toEqual([[{ rowId: other.id, done: "Lägesbild klar i mars." }]]);
    expect(service.cellsOf(activity.id).status).toBe("pågår");
  });

  it("keeps Mark as ready disabled, with the reason, while rows are missing; then marks the department", async () => {
    const service = new FakeFollowupService();
    const department = departmentWithEveryType(service);
    const rows = service.programme.areas.flatMap((a) => a.rows).filter((r) => r.department === department);
    // Everything but one activity is filled in already.
    const [missing, ...rest] = [...rows].sort((a, b) => Number(b.type === "activity") - Number(a.type === "activity"));
    if (missing === undefined) throw new Error("no rows");
    for (const r of rest) {
      service.setCells(
        r.id,
        r.type === "indicator" ? { value: 3 } : { status: r.type === "goal" ? "I fas" : "Genomförd" }
      );
    }
    await openDepartment(service, "sv", department);
    const ready = screen.getByRole("button", { name: text("sv", "myRows.markReady") });
    expect(ready.getAttribute("aria-disabled")).toBe("true");
    const reason = text("sv", "myRows.ready.missing", { count: 1, rows: missing.id });
    expect(screen.getByText(reason)).toBeTruthy();
    expect(ready.getAttribute("aria-describedby")).toBe(screen.getByText(reason).id);

    choose(card(missing.id), "Status", `● ${termByCode(ACTIVITY_STATUS, "done").sv}`);
    // Unsaved: still disabled, now for that reason.
    expect(screen.getByText(text("sv", "myRows.ready.unsaved"))).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: text("sv", "myRows.save") }));
    await screen.findByText(text("sv", "myRows.saved", { count: 1 }));
    const enabled = screen.getByRole("button", { name: text("sv", "myRows.markReady") });
    expect(enabled.getAttribute("aria-disabled")).not.toBe("true");
    fireEvent.click(enabled);
    await waitFor(() => expect(service.argsOf("markDepartmentReady")).toEqual([[department]]));
    expect(await screen.findByText(text("sv", "myRows.readySince", { date: "2020-02-01" }))).toBeTruthy();
  });

  it("remembers the chosen department and opens it next time", async () => {
    const service = new FakeFollowupService();
    const department = departmentWithEveryType(service);
    const storage = await openDepartment(service, "sv", department);
    expect(Object.values(storage.data)).toEqual([department]);

    document.body.innerHTML = "";
    const again = new FakeFollowupService();
    renderWith(<MyRowsScreen storage={storage} />, { lang: "sv", service: again });
    await waitFor(() => expect(again.argsOf("departmentRows")).toEqual([[department]]));
  });

  it("shows a save error from the workbook with what to do, and keeps what was typed", async () => {
    const service = new FakeFollowupService();
    const department = departmentWithEveryType(service);
    const goal = firstRow(service, department, "goal");
    await openDepartment(service, "sv", department);
    const textbox = within(card(goal.id)).getByRole("textbox", { name: "Genomfört under året" });
    fireEvent.change(textbox, { target: { value: "Mycket gjort." } });
    const failure = fromOfficeCode("InvalidOperationInCellEditMode");
    const shown = renderAddinError(failure, "sv");
    service.failNext("saveRows", failure);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: text("sv", "myRows.save") }));
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(shown.message);
    expect(alert.textContent).toContain(shown.action);
    expect(
      (within(card(goal.id)).getByRole("textbox", { name: "Genomfört under året" }) as HTMLTextAreaElement).value
    ).toBe("Mycket gjort.");
  });
});

describe("My rows: safe with unsaved work and with a closed year", () => {
  test("Undo asks first; keeping the changes is the focused answer; throwing them away clears them", async () => {
    jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
    try {
      const service = new FakeFollowupService();
      const department = departmentWithEveryType(service);
      await openDepartment(service, "sv", department);
      const activity = firstRow(service, department, "activity");
      const comment = within(card(activity.id)).getByRole("textbox", { name: text("sv", "myRows.field.comment") });
      fireEvent.change(comment, { target: { value: "Inte sparad ännu" } });
      fireEvent.click(screen.getByRole("button", { name: text("sv", "myRows.discard") }));
      const ask = screen.getByText(text("sv", "myRows.discard.confirm", { count: 1 }));
      expect(ask).toBeTruthy();
      act(() => jest.runOnlyPendingTimers());
      const keep = screen.getByRole("button", { name: text("sv", "myRows.discard.no") });
      expect(document.activeElement).toBe(keep);
      fireEvent.click(keep);
      expect((comment as HTMLTextAreaElement).value).toBe("Inte sparad ännu");
      act(() => jest.runOnlyPendingTimers());
      expect(document.activeElement).toBe(screen.getByRole("button", { name: text("sv", "myRows.discard") }));

      fireEvent.click(screen.getByRole("button", { name: text("sv", "myRows.discard") }));
      fireEvent.click(screen.getByRole("button", { name: text("sv", "myRows.discard.yes") }));
      expect(
        (
          within(card(activity.id)).getByRole("textbox", {
            name: text("sv", "myRows.field.comment"),
          }) as HTMLTextAreaElement
        ).value
      ).toBe("");
      expect(service.calls.some((c) => c.method === "saveRows")).toBe(false);
    } finally {
      jest.useRealTimers();
    }
  });

  test("a closed year shows the rows read-only, with why, and offers no Save", async () => {
    const service = new FakeFollowupService();
    if (service.meta !== null) service.meta = { ...service.meta, closed: true };
    const department = departmentWithEveryType(service);
    await openDepartment(service, "en", department);
    expect(screen.getByText(text("en", "myRows.closed", { year: 2019 }))).toBeTruthy();
    const activity = firstRow(service, department, "activity");
    const comment = within(card(activity.id)).getByRole("textbox", { name: text("en", "myRows.field.comment") });
    expect((comment as HTMLTextAreaElement).disabled).toBe(true);
    expect(screen.queryByRole("button", { name: text("en", "myRows.save") })).toBeNull();
  });
});

describe("My rows for a department with many rows", () => {
  /** One department (KSF) answering for 45 rows of one area: three pages of twenty. */
  function bigDepartment(): FakeFollowupService {
    const service = new FakeFollowupService();
    service.programme = withDepartmentSizes(syntheticProgramme(1, 50), [{ department: "KSF", rows: 45 }]);
    return service;
  }
  const ids = (): string[] =>
    screen.getAllByRole("group").map((g) => g.getAttribute("aria-labelledby")?.replace(/^row-/, "") ?? "");
  const ksfRows = (service: FakeFollowupService) =>
    service.programme.areas.flatMap((a) => a.rows).filter((r) => r.department === "KSF");

  it("shows one page of rows with a counter, and pages through all of them, each once", async () => {
    const service = bigDepartment();
    await openDepartment(service, "sv", "KSF");
    expect(screen.getByText(text("sv", "myRows.counter", { filled: 0, total: 45 }))).toBeTruthy();
    const seen: string[] = [];
    for (const [from, to] of [
      [1, 20],
      [21, 40],
      [41, 45],
    ]) {
      expect(screen.getAllByText(text("sv", "myRows.pager.showing", { from, to, total: 45 })).length).toBeGreaterThan(
        0
      );
      seen.push(...ids());
      const next = screen.getAllByRole("button", { name: text("sv", "myRows.pager.next") })[0];
      if (to < 45) fireEvent.click(next);
      else expect(next.hasAttribute("disabled")).toBe(true);
    }
    expect(seen).toEqual(ksfRows(service).map((r) => r.id));
  });

  it("filters to the rows not filled in, keeps a row in view while it is typed into, and counts it", async () => {
    const service = bigDepartment();
    const rows = ksfRows(service);
    // The first 30 are reported already.
    for (const r of rows.slice(0, 30)) {
      service.setCells(r.id, r.type === "indicator" ? { value: 7 } : { status: r.type === "goal" ? "I fas" : "Pågår" });
    }
    await openDepartment(service, "sv", "KSF");
    expect(screen.getByText(text("sv", "myRows.counter", { filled: 30, total: 45 }))).toBeTruthy();
    fireEvent.click(screen.getByRole("combobox", { name: text("sv", "myRows.filter.label") }));
    fireEvent.click(screen.getByRole("option", { name: `${text("sv", "myRows.filter.missing")} (15)` }));
    const missing = rows.slice(30).map((r) => r.id);
    expect(ids()).toEqual(missing);

    const activity = rows.slice(30).find((r) => r.type === "activity");
    if (activity === undefined) throw new Error("an activity among the missing");
    choose(card(activity.id), "Status", `● ${termByCode(ACTIVITY_STATUS, "done").sv}`);
    // Filled in but not saved: still listed, counted, and Save says how much is unsaved.
    expect(ids()).toEqual(missing);
    expect(screen.getByText(text("sv", "myRows.counter", { filled: 31, total: 45 }))).toBeTruthy();
    expect(screen.getByText(text("sv", "myRows.saveBar.unsaved", { count: 1 }))).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: text("sv", "myRows.save") }));
    await screen.findByText(text("sv", "myRows.saved", { count: 1 }));
    // Saved: it has left the list of rows not filled in.
    expect(ids()).toEqual(missing.filter((id) => id !== activity.id));
  });

  it("finds rows by ID or by words of their text, and says when nothing matches", async () => {
    const service = bigDepartment();
    await openDepartment(service, "sv", "KSF");
    const search = screen.getByRole("searchbox", { name: text("sv", "myRows.search.label") });
    fireEvent.change(search, { target: { value: "1.a3" } });
    expect(ids()).toEqual(
      ["1.A3", "1.A30", "1.A31", "1.A32", "1.A33", "1.A34", "1.A35", "1.A36"].filter((id) =>
        ksfRows(service).some((r) => r.id === id)
      )
    );
    fireEvent.change(search, { target: { value: "indikator område" } });
    expect(ids()).toEqual(
      ksfRows(service)
        .filter((r) => r.type === "indicator")
        .map((r) => r.id)
    );
    fireEvent.change(search, { target: { value: "finns inte" } });
    expect(screen.queryAllByRole("group")).toHaveLength(0);
    expect(screen.getByText(text("sv", "myRows.pager.none"))).toBeTruthy();
  });

  it("shows last year's answer beside a row after a roll-over", async () => {
    const service = new FakeFollowupService();
    const department = departmentWithEveryType(service);
    const activity = firstRow(service, department, "activity");
    service.lastYearCells = { [activity.id]: { status: "Genomförd", done: "Kameror uppsatta." } };
    await openDepartment(service, "sv", department);
    const done = termByCode(ACTIVITY_STATUS, "done");
    expect(
      within(card(activity.id)).getByText(
        text("sv", "myRows.row.lastYear", { last: `● ${done.sv} – Kameror uppsatta.` })
      )
    ).toBeTruthy();
  });
});

describe("My rows while Excel is slow", () => {
  it("shows that it is writing, and after a while that Excel may be waiting for a cell edit; both go when done", async () => {
    const service = new FakeFollowupService();
    const department = departmentWithEveryType(service);
    const goal = firstRow(service, department, "goal");
    await openDepartment(service, "sv", department);
    fireEvent.change(within(card(goal.id)).getByRole("textbox", { name: "Genomfört under året" }), {
      target: { value: "Klart." },
    });
    const release = service.hold("saveRows");
    fireEvent.click(screen.getByRole("button", { name: text("sv", "myRows.save") }));
    expect(await screen.findByText(text("sv", "progress.writing"))).toBeTruthy();
    expect(screen.queryByText(text("sv", "progress.cellEdit"))).toBeNull();
    expect(await screen.findByText(text("sv", "progress.cellEdit"), undefined, { timeout: 10_000 })).toBeTruthy();
    release();
    await screen.findByText(text("sv", "myRows.saved", { count: 1 }));
    expect(screen.queryByText(text("sv", "progress.writing"))).toBeNull();
    expect(screen.queryByText(text("sv", "progress.cellEdit"))).toBeNull();
  }, 30_000);
});

describe("My rows when the workbook is edited by hand", () => {
  it("says the workbook changed, keeps what is typed, and reads again when asked", async () => {
    const service = new FakeFollowupService();
    const department = departmentWithEveryType(service);
    const [goal, other] = service.programme.areas
      .flatMap((a) => a.rows)
      .filter((r) => r.department === department && r.type !== "indicator");
    if (goal === undefined || other === undefined) throw new Error("two rows");
    renderWith(
      <WorkbookChangesProvider>
        <MyRowsScreen storage={memoryStorage({})} />
      </WorkbookChangesProvider>,
      { lang: "sv", service }
    );
    fireEvent.click(await screen.findByRole("combobox", { name: text("sv", "myRows.department.label") }));
    const name = service.programme.departments.find((d) => d.code === department)?.name ?? "";
    fireEvent.click(screen.getByRole("option", { name: `${department} – ${name}` }));
    await screen.findAllByRole("group");
    fireEvent.change(within(card(goal.id)).getByRole("textbox", { name: "Genomfört under året" }), {
      target: { value: "Skrivs just nu." },
    });
    expect(screen.queryByText(text("sv", "app.changed"))).toBeNull();

    // A co-author fills in another row in the sheet.
    service.setCells(other.id, { done: "Ifyllt i bladet." });
    await waitFor(() => expect(service.changeWatcher).not.toBeNull());
    act(() => service.changeWatcher?.());
    const reload = await screen.findByRole("button", { name: text("sv", "app.changed.reload") });
    const reads = service.argsOf("departmentRows").length;
    fireEvent.click(reload);
    await waitFor(() => expect(service.argsOf("departmentRows").length).toBe(reads + 1));
    await waitFor(() =>
      expect(
        (within(card(other.id)).getByRole("textbox", { name: "Genomfört under året" }) as HTMLTextAreaElement).value
      ).toBe("Ifyllt i bladet.")
    );
    expect(
      (within(card(goal.id)).getByRole("textbox", { name: "Genomfört under året" }) as HTMLTextAreaElement).value
    ).toBe("Skrivs just nu.");
    expect(screen.queryByText(text("sv", "app.changed"))).toBeNull();
  });
});
