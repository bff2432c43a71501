import type { FollowupService, StartService } from "../app/service";

/**
 * The workbook service, loaded on first use: the Office.js adapter and the core's planning,
 * reading and checking are most of the task pane's code, and the first screen can show (tabs, a
 * spinner) before any of it arrives; the first questions (is this a follow-up workbook?) come from
 * a smaller chunk still. A load that fails (a network hiccup fetching the chunk) is
 * tried again on the next call, and its error reaches the screen that asked like any other.
 */
export function lazyService(
  load: () => Promise<FollowupService>,
  loadStart?: () => Promise<StartService>
): FollowupService {
  const service = once(load);
  const start: () => Promise<StartService> = loadStart === undefined ? service : once(loadStart);
  return {
    // The first questions come from a small chunk of their own: the first screen waits for no more.
    readMeta: async () => (await start()).readMeta(),
    sheetsWithContent: async () => (await start()).sheetsWithContent(),
    watchChanges: async (onChange) => (await start()).watchChanges(onChange),
    generate: async (programme, year, onProgress) => (await service()).generate(programme, year, onProgress),
    update: async (programme, onProgress) => (await service()).update(programme, onProgress),
    read: async () => (await service()).read(),
    departmentRows: async (department) => (await service()).departmentRows(department),
    saveRows: async (edits) => (await service()).saveRows(edits),
    markDepartmentReady: async (department) => (await service()).markDepartmentReady(department),
    markProblems: async (findings) => (await service()).markProblems(findings),
    clearProblemMarks: async () => (await service()).clearProblemMarks(),
    selectCell: async (sheet, cell) => (await service()).selectCell(sheet, cell),
    writeSummary: async (choices) => (await service()).writeSummary(choices),
    readProgrammeTable: async (sheet, lang) => (await service()).readProgrammeTable(sheet, lang),
    exportReport: async (lang) => (await service()).exportReport(lang),
    openSummaryWorkbook: async (lang) => (await service()).openSummaryWorkbook(lang),
    closeYear: async (force) => (await service()).closeYear(force),
    reopenYear: async (reason) => (await service()).reopenYear(reason),
    rolloverWorkbook: async (year, programme) => (await service()).rolloverWorkbook(year, programme),
    splitCopies: async (departments) => (await service()).splitCopies(departments),
    mergeCopies: async (copies, decisions) => (await service()).mergeCopies(copies, decisions),
  };
}

/** `load` run once and its promise kept; a failed load is forgotten, so the next call tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((e: unknown) => {
      loading = null;
      throw e;
    });
    return loading;
  };
}
