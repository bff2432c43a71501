/** @jest-environment jsdom */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { defaultProgramme } from "../../src/core";
import type { Finding, Lang } from "../../src/core";
import { YearEndScreen } from "../../src/taskpane/features/year-end/YearEndScreen";
import { FakeFollowupService } from "./fake-service";
import { renderWith, text } from "./render";
import { fromOfficeCode } from "../../src/excel/errors";
import { renderAddinError } from "../../src/taskpane/i18n/error-texts";

/** The downloads the screen started: <a download> clicks, with the Blob URL's file. */
interface Download {
  readonly fileName: string;
  readonly size: number;
}

let downloads: Download[] = [];
const blobs = new Map<string, Blob>();

function allowBlobUrls(): void {
  let n = 0;
  Object.defineProperty(URL, "createObjectURL", {
    configurable: true,
    writable: true,
    value: (blob: Blob) => {
      const url = `blob:test/${++n}`;
      blobs.set(url, blob);
      return url;
    },
  });
  Object.defineProperty(URL, "revokeObjectURL", { configurable: true, writable: true, value: () => undefined });
}

function forbidBlobUrls(): void {
  Reflect.deleteProperty(URL, "createObjectURL");
}

beforeEach(() => {
  jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick", "setImmediate"] });
  downloads = [];
  blobs.clear();
  allowBlobUrls();
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ fileName: this.download, size: blobs.get(this.href)?.size ?? -1 });
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  jest.useRealTimers();
  forbidBlobUrls();
});

async function renderYearEnd(lang: Lang, service: FakeFollowupService): Promise<void> {
  renderWith(<YearEndScreen />, { lang, service });
  await screen.findByText(text(lang, "yearEnd.yearLine", { year: service.meta?.year ?? 0 }));
}

function button(lang: Lang, key: Parameters<typeof text>[1], params?: Parameters<typeof text>[2]): HTMLElement {
  return screen.getByRole("button", { name: new RegExp(escape(text(lang, key, params))) });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function notReported(service: FakeFollowupService, department: string): Finding {
  const rows = service.programme.areas.flatMap((a) =>
    a.rows.filter((r) => r.department === department).map((r) => r.id)
  );
  return {
    severity: "info",
    code: "notReported",
    sheet: null,
    cell: null,
    rowId: null,
    messageKey: "notReported",
    params: { department, count: rows.length, rows: rows.join(", ") },
  };
}

describe("export", () => {
  test.each<Lang>(["sv", "en"])("the report is exported in the UI language and downloaded (%s)", async (lang) => {
    const service = new FakeFollowupService();
    await renderYearEnd(lang, service);
    fireEvent.click(button(lang, "yearEnd.report.export"));
    await screen.findByText(text(lang, "yearEnd.file.downloaded", { file: "report-2019.docx" }));
    // Cover fields left empty: the cover carries the programme's own, dated today.
    expect(service.argsOf("exportReport")).toEqual([
      [lang, { dnr: null, date: null, caseOfficer: null, committee: null, logo: null }],
    ]);
    expect(downloads).toEqual([{ fileName: "report-2019.docx", size: 4 }]);
    // The way round for hosts that download nothing is always said.
    expect(screen.getByText(text(lang, "yearEnd.file.fallback"))).toBeTruthy();
  });

  test("the cover's dnr, date, case officer and committee go with the report; a date that is no day waits to be fixed", async () => {
    const service = new FakeFollowupService();
    await renderYearEnd("sv", service);
    const field = (key: Parameters<typeof text>[1]): HTMLElement =>
      screen.getByRole("textbox", { name: text("sv", key) });
    fireEvent.change(field("yearEnd.cover.dnr"), { target: { value: " KS-2020/123 " } });
    fireEvent.change(field("yearEnd.cover.officer"), { target: { value: "Frida Ryberg" } });
    fireEvent.change(field("yearEnd.cover.committee"), { target: { value: "Trygghets- och delaktighetsberedningen" } });
    fireEvent.change(field("yearEnd.cover.date"), { target: { value: "2020-02-30" } });
    expect(screen.getByText(text("sv", "yearEnd.cover.dateInvalid"))).toBeTruthy();
    expect((button("sv", "yearEnd.report.export") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(field("yearEnd.cover.date"), { target: { value: "2020-02-06" } });
    expect(screen.queryByText(text("sv", "yearEnd.cover.dateInvalid"))).toBeNull();
    fireEvent.click(button("sv", "yearEnd.report.export"));
    await screen.findByText(text("sv", "yearEnd.file.downloaded", { file: "report-2019.docx" }));
    expect(service.argsOf("exportReport")).toEqual([
      [
        "sv",
        {
          dnr: "KS-2020/123",
          date: "2020-02-06",
          caseOfficer: "Frida Ryberg",
          committee: "Trygghets- och delaktighetsberedningen",
          logo: null,
        },
      ],
    ]);
  });

  test("the cover's logo is a PNG or JPEG chosen as a file; anything else is named and left out", async () => {
    const service = new FakeFollowupService();
    await renderYearEnd("sv", service);
    const input = screen.getByLabelText(text("sv", "yearEnd.cover.logo"), { selector: "input" });
    // A PNG's signature and IHDR header: 2 × 1 pixels.
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0,
      0,
    ]);
    const choose = (file: File): void => {
      // jsdom's File has no arrayBuffer(); the browser's has.
      const bytes = file.name.endsWith(".png") ? png : new Uint8Array([0x69, 0x6e, 0x74, 0x65]);
      Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
      Object.defineProperty(input, "files", { value: [file], configurable: true });
      fireEvent.change(input);
    };
    choose(new File(["inte en bild"], "logga.txt", { type: "text/plain" }));
    expect(await screen.findByText(text("sv", "yearEnd.cover.logoNotImage", { file: "logga.txt" }))).toBeTruthy();
    choose(new File(["png"], "huddinge.png", { type: "image/png" }));
    expect(await screen.findByText("huddinge.png")).toBeTruthy();
    expect(screen.queryByText(text("sv", "yearEnd.cover.logoNotImage", { file: "logga.txt" }))).toBeNull();
    fireEvent.click(button("sv", "yearEnd.report.export"));
    await screen.findByText(text("sv", "yearEnd.file.downloaded", { file: "report-2019.docx" }));
    const [, cover] = service.argsOf("exportReport")[0] as [
      string,
      { logo: { type: string; data: Uint8Array } | null },
    ];
    expect(cover.logo?.type).toBe("png");
    expect([...(cover.logo?.data ?? [])]).toEqual([...png]);
  });

  test("a new window that opens says nothing more; one the host refuses says the way round once, as a warning", async () => {
    const service = new FakeFollowupService();
    await renderYearEnd("sv", service);
    fireEvent.click(button("sv", "yearEnd.report.export"));
    await screen.findByText(text("sv", "yearEnd.file.downloaded", { file: "report-2019.docx" }));
    const opened: { opener: unknown } = { opener: "the task pane" };
    const open = jest.spyOn(window, "open").mockReturnValue(opened as unknown as Window);
    fireEvent.click(button("sv", "yearEnd.file.openWindow"));
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/^blob:/), "_blank");
    expect(opened.opener).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getAllByText(text("sv", "yearEnd.file.fallback"))).toHaveLength(1);
    open.mockReturnValue(null);
    fireEvent.click(button("sv", "yearEnd.file.openWindow"));
    expect((await screen.findByRole("alert")).textContent).toBe(text("sv", "yearEnd.file.fallback"));
    expect(screen.getAllByText(text("sv", "yearEnd.file.fallback"))).toHaveLength(1);
    open.mockRestore();
  });

  test("where the host has no Blob URLs, nothing claims a download and the way round is offered", async () => {
    forbidBlobUrls();
    const service = new FakeFollowupService();
    await renderYearEnd("sv", service);
    fireEvent.click(button("sv", "yearEnd.report.export"));
    await screen.findByText(text("sv", "yearEnd.file.ready", { file: "report-2019.docx" }));
    expect(screen.queryByText(text("sv", "yearEnd.file.downloaded", { file: "report-2019.docx" }))).toBeNull();
    expect(downloads).toEqual([]);
    expect(button("sv", "yearEnd.file.openWindow")).toBeTruthy();
  });

  test("an error from the workbook is shown in a MessageBar with what to do", async () => {
    const service = new FakeFollowupService();
    const failure = fromOfficeCode("ActivityLimitReached");
    const shown = renderAddinError(failure, "sv");
    service.failNext("exportReport", failure);
    await renderYearEnd("sv", service);
    fireEvent.click(button("sv", "yearEnd.report.export"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(shown.message);
    expect(alert.textContent).toContain(shown.action);
    expect(downloads).toEqual([]);
  });
});

describe("the summary as a new workbook", () => {
  test("opened in Excel where it can: said so, nothing downloaded", async () => {
    const service = new FakeFollowupService();
    await renderYearEnd("sv", service);
    fireEvent.click(button("sv", "yearEnd.summary.open"));
    await screen.findByText(text("sv", "yearEnd.summary.opened"));
    expect(downloads).toEqual([]);
  });

  test("where Excel cannot open workbooks, the file is downloaded instead and the screen says why", async () => {
    const service = new FakeFollowupService();
    service.canCreateWorkbook = false;
    await renderYearEnd("en", service);
    fireEvent.click(button("en", "yearEnd.summary.open"));
    await screen.findByText(text("en", "yearEnd.summary.notOpened"));
    expect(downloads.map((d) => d.fileName)).toEqual(["summary-2019.xlsx"]);
  });
});

describe("closing the year", () => {
  test("the warning lists the departments with rows missing; confirming closes anyway", async () => {
    const service = new FakeFollowupService();
    const department = service.programme.departments[0]?.code ?? "";
    service.findings = [notReported(service, department)];
    await renderYearEnd("sv", service);
    fireEvent.click(button("sv", "yearEnd.close.button"));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByTestId("close-missing").textContent).toContain(department);
    expect(service.argsOf("closeYear")).toEqual([]);
    fireEvent.click(within(dialog).getByRole("button", { name: text("sv", "yearEnd.close.confirmAnyway") }));
    await screen.findByText(text("sv", "yearEnd.close.done", { year: 2019 }));
    expect(service.argsOf("closeYear")).toEqual([[true]]);
    await screen.findByText(text("sv", "yearEnd.closedLine", { year: 2019 }));
    expect((button("sv", "yearEnd.close.button") as HTMLButtonElement).disabled).toBe(true);
  });

  test("the dialog's default is to cancel: it is focused first and comes first, the warning above the lists", async () => {
    const service = new FakeFollowupService();
    service.findings = [notReported(service, service.programme.departments[0]?.code ?? "")];
    await renderYearEnd("sv", service);
    fireEvent.click(button("sv", "yearEnd.close.button"));
    const dialog = await screen.findByRole("alertdialog");
    const buttons = within(dialog).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual([
      text("sv", "yearEnd.close.cancel"),
      text("sv", "yearEnd.close.confirmAnyway"),
    ]);
    await waitFor(() => expect(document.activeElement).toBe(buttons[0]));
    // Enter on the focused button cancels; nothing is closed.
    fireEvent.click(document.activeElement as HTMLElement);
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(service.argsOf("closeYear")).toEqual([]);
    // The warning stands before the list of what is missing.
    fireEvent.click(button("sv", "yearEnd.close.button"));
    const again = await screen.findByRole("alertdialog");
    const warning = within(again).getByText(text("sv", "yearEnd.close.warning"));
    const list = within(again).getByTestId("close-missing");
    expect(warning.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test("cancel closes nothing", async () => {
    const service = new FakeFollowupService();
    await renderYearEnd("en", service);
    fireEvent.click(button("en", "yearEnd.close.button"));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText(text("en", "yearEnd.close.complete"))).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: text("en", "yearEnd.close.cancel") }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(service.argsOf("closeYear")).toEqual([]);
    // The focus goes back to the button that opened the dialog, not to the page's body.
    await waitFor(() => expect(document.activeElement).toBe(button("en", "yearEnd.close.button")));
  });

  test("a complete year closes without force; rows missing since the read bring the warning back", async () => {
    const service = new FakeFollowupService();
    service.closeMissing = { ok: false, year: 2019, notReported: [{ department: "KSF", rows: ["1.A1"] }], errors: [] };
    await renderYearEnd("sv", service);
    fireEvent.click(button("sv", "yearEnd.close.button"));
    const dialog = await screen.findByRole("alertdialog");
    fireEvent.click(within(dialog).getByRole("button", { name: text("sv", "yearEnd.close.confirm") }));
    await waitFor(() =>
      expect(within(screen.getByRole("alertdialog")).getByTestId("close-missing").textContent).toContain("1.A1")
    );
    expect(service.argsOf("closeYear")).toEqual([[false]]);
    fireEvent.click(screen.getByRole("button", { name: text("sv", "yearEnd.close.confirmAnyway") }));
    await screen.findByText(text("sv", "yearEnd.close.done", { year: 2019 }));
    expect(service.argsOf("closeYear")).toEqual([[false], [true]]);
  });
});

describe("opening a closed year again", () => {
  test("offered only for a closed year; needs a reason; the year is open again with the day said", async () => {
    const service = new FakeFollowupService();
    await renderYearEnd("sv", service);
    expect(screen.queryByRole("button", { name: text("sv", "yearEnd.reopen.button") })).toBeNull();

    const closed = new FakeFollowupService();
    if (closed.meta !== null) closed.meta = { ...closed.meta, closed: true };
    cleanup();
    renderWith(<YearEndScreen />, { lang: "sv", service: closed });
    await screen.findByText(text("sv", "yearEnd.closedLine", { year: 2019 }));
    const reopen = await screen.findByRole("button", { name: text("sv", "yearEnd.reopen.button") });
    expect((reopen as HTMLButtonElement).disabled).toBe(true);
    const reason = screen.getByRole("textbox", { name: text("sv", "yearEnd.reopen.reason") });
    fireEvent.change(reason, { target: { value: "   " } });
    expect((reopen as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(reason, { target: { value: "Rättelse av KSF:s rader" } });
    fireEvent.click(reopen);
    await screen.findByText(text("sv", "yearEnd.reopen.done", { year: 2019, day: "2020-01-15" }));
    expect(closed.argsOf("reopenYear")).toEqual([["Rättelse av KSF:s rader"]]);
    // Read again: the year is open, the close button back, the reopen form gone.
    await waitFor(() => expect(screen.queryByRole("button", { name: text("sv", "yearEnd.reopen.button") })).toBeNull());
    expect((button("sv", "yearEnd.close.button") as HTMLButtonElement).disabled).toBe(false);
  });
});

describe("next year's workbook", () => {
  test("is created for the year after the workbook's and opened in Excel, with the file to keep", async () => {
    const service = new FakeFollowupService();
    await renderYearEnd("sv", service);
    fireEvent.click(button("sv", "yearEnd.rollover.button", { year: 2020 }));
    await screen.findByText(new RegExp(escape(text("sv", "yearEnd.rollover.opened"))));
    expect(service.argsOf("rolloverWorkbook")).toEqual([[2020]]);
    // Opened already: no download started, but one offered.
    expect(downloads).toEqual([]);
    fireEvent.click(button("sv", "yearEnd.file.download", { file: "followup-2020.xlsx" }));
    expect(downloads.map((d) => d.fileName)).toEqual(["followup-2020.xlsx"]);
  });

  test("is downloaded where Excel cannot open workbooks", async () => {
    const service = new FakeFollowupService();
    service.canCreateWorkbook = false;
    await renderYearEnd("en", service);
    fireEvent.click(button("en", "yearEnd.rollover.button", { year: 2020 }));
    await screen.findByText(text("en", "yearEnd.file.downloaded", { file: "followup-2020.xlsx" }));
    expect(downloads.map((d) => d.fileName)).toEqual(["followup-2020.xlsx"]);
  });

  test("past the programme period, waits for the new programme and is never asked for without one", async () => {
    const service = new FakeFollowupService();
    const to = service.programme.period.to;
    if (service.meta !== null) service.meta = { ...service.meta, year: to };
    await renderYearEnd("sv", service);
    expect(screen.getByText(text("sv", "yearEnd.rollover.pastPeriod", { to, year: to + 1 }))).toBeTruthy();
    // The bundled programme is the one that ended: not offered here.
    expect(screen.queryByRole("radio", { name: /Huddinge/ })).toBeNull();
    expect((button("sv", "yearEnd.rollover.button", { year: to + 1 }) as HTMLButtonElement).disabled).toBe(true);
    expect(service.argsOf("rolloverWorkbook")).toEqual([]);
  });

  function pickProgrammeFile(lang: Lang, name: string, content: string): void {
    const input = screen.getByLabelText(text(lang, "setup.file.label"), { selector: "input[type=file]" });
    fireEvent.change(input, { target: { files: [new File([content], name, { type: "application/json" })] } });
  }

  test("past the programme period, a new programme from a JSON file makes next year's workbook with it", async () => {
    const service = new FakeFollowupService();
    const to = service.programme.period.to;
    if (service.meta !== null) service.meta = { ...service.meta, year: to };
    const next = {
      ...defaultProgramme(),
      name: { text: "Program för trygghet och säkerhet 2022–2025", provenance: "example" as const },
      period: { from: to + 1, to: to + 4 },
    };
    await renderYearEnd("en", service);
    pickProgrammeFile("en", "nytt-program.json", JSON.stringify(next));
    await screen.findByText(next.name.text);
    const create = button("en", "yearEnd.rollover.button", { year: to + 1 }) as HTMLButtonElement;
    expect(create.disabled).toBe(false);
    fireEvent.click(create);
    await screen.findByText(new RegExp(escape(text("en", "yearEnd.rollover.opened"))));
    expect(service.argsOf("rolloverWorkbook")).toEqual([[to + 1, next.name.text]]);
  });

  test("past the programme period, a file that is no programme shows what is wrong and leaves the button off", async () => {
    const service = new FakeFollowupService();
    const to = service.programme.period.to;
    if (service.meta !== null) service.meta = { ...service.meta, year: to };
    await renderYearEnd("sv", service);
    pickProgrammeFile("sv", "fel.json", '{"schemaVersion": 1,');
    await screen.findByText(text("sv", "setup.file.problems", { file: "fel.json" }));
    expect((button("sv", "yearEnd.rollover.button", { year: to + 1 }) as HTMLButtonElement).disabled).toBe(true);
    expect(service.argsOf("rolloverWorkbook")).toEqual([]);
  });
});
