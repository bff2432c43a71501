import * as React from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import { CheckmarkCircleRegular } from "@fluentui/react-icons";
import type { DepartmentRow, FollowupState, RowEdit } from "../../../app/service";
import { ErrorBar } from "../../components/ErrorBar";
import { Working } from "../../components/Working";
import { Notice } from "../../components/Notice";
import { Screen, useStackStyles } from "../../components/Screen";
import { useAction } from "../../components/use-action";
import { useI18n } from "../../i18n/i18n-context";
import { useService } from "../../service-context";
import { useRereadWhenShown } from "../../tab-shown";
import { ChangedNotice, useReadMark } from "../../workbook-changes";
import { browserStorage, recallDepartment, rememberDepartment, type KeyValueStorage } from "./department-memory";
import { DepartmentPicker } from "./DepartmentPicker";
import { RowCard } from "./RowCard";
import { editFor } from "./row-edits";
import type { RowFormValues } from "./row-form-schema";
import { matchesSearch, pageOf, passesFilter, ROWS_PER_PAGE, type RowCounts, type RowFilter } from "./row-list";
import { RowListToolbar } from "./RowListToolbar";
import { RowPager } from "./RowPager";
import { SaveBar } from "./SaveBar";
import { useRowViews } from "./use-row-views";

export interface MyRowsScreenProps {
  /** Where the chosen department is remembered (default: the browser's localStorage). */
  readonly storage?: KeyValueStorage | null;
}

const NO_PROBLEMS = {};

/** My rows (a department head): the department's rows as a form; save, then mark the department as ready. */
export function MyRowsScreen({ storage = browserStorage() }: MyRowsScreenProps): React.JSX.Element {
  const { t, lang } = useI18n();
  const service = useService();
  const stack = useStackStyles();
  const loading = useAction();
  const work = useAction();
  const [state, setState] = React.useState<FollowupState | null>(null);
  const [department, setDepartment] = React.useState<string | null>(null);
  const [rows, setRows] = React.useState<readonly DepartmentRow[] | null>(null);
  const [drafts, setDrafts] = React.useState<Readonly<Record<string, RowFormValues>>>({});
  const [notice, setNotice] = React.useState<string | null>(null);
  const [filter, setFilter] = React.useState<RowFilter>("all");
  const [query, setQuery] = React.useState("");
  const [page, setPage] = React.useState(0);

  const runLoading = loading.run;
  const runWork = work.run;
  const readMark = useReadMark();
  const markRead = readMark.reading;
  // Read again (shown again, or asked to after an edit by hand): the year may have been closed, a
  // co-author may have filled rows. What is being typed stays, compared with the rows as they now stand.
  const reload = (): void => {
    markRead();
    void runLoading(async () => {
      setState(await service.read());
      if (department !== null) setRows(await service.departmentRows(department));
    });
  };
  useRereadWhenShown(reload);

  React.useEffect(() => {
    markRead();
    void runLoading(async () => {
      const read = await service.read();
      setState(read);
      const remembered = recallDepartment(storage, read.programme.municipality);
      if (remembered !== null && read.programme.departments.some((d) => d.code === remembered)) {
        setDepartment(remembered);
      }
    });
  }, [runLoading, service, storage, markRead]);

  React.useEffect(() => {
    if (department === null) return;
    setRows(null);
    markRead();
    void runWork(async () => setRows(await service.departmentRows(department)));
  }, [runWork, service, department, markRead]);

  const views = useRowViews(state?.programme ?? null, rows, drafts, lang);
  const changed = views.filter((v) => v.changed);
  const invalidChanged = changed.filter((v) => v.hasProblem);
  const edits = changed.flatMap((v): RowEdit[] => {
    if (!v.validation.ok) return [];
    const edit = editFor(v.row, v.initial, v.values, v.validation.parsed);
    return edit === null ? [] : [edit];
  });
  const missing = views.filter((v) => !v.reported).map((v) => v.row.rowId);
  const counts: RowCounts = {
    total: views.length,
    filled: views.length - missing.length,
    problems: views.filter((v) => v.hasProblem).length,
    changed: changed.length,
  };
  const listed = views.filter((v) => passesFilter(v, filter) && matchesSearch(v, query));
  const shownPage = pageOf(listed, page);

  // Stable across renders, so a keystroke re-renders only the card typed into.
  const changeRow = React.useCallback(
    (rowId: string, values: RowFormValues) => setDrafts((d) => ({ ...d, [rowId]: values })),
    []
  );
  const chooseFilter = (next: RowFilter): void => {
    setFilter(next);
    setPage(0);
  };
  const search = (next: string): void => {
    setQuery(next);
    setPage(0);
  };

  const chooseDepartment = (code: string): void => {
    setDepartment(code);
    setNotice(null);
    setPage(0);
    if (state !== null) rememberDepartment(storage, state.programme.municipality, code);
  };

  const discard = (): void => {
    setDrafts({});
    setNotice(null);
  };

  const save = (): void => {
    if (department === null || edits.length === 0) return;
    setNotice(null);
    void work.run(async () => {
      await service.saveRows(edits);
      setRows(await service.departmentRows(department));
      setDrafts({});
      setNotice(t("myRows.saved", { count: edits.length }));
    });
  };

  const markReady = (): void => {
    if (department === null) return;
    setNotice(null);
    void work.run(async () => {
      await service.markDepartmentReady(department);
      setState(await service.read());
      setNotice(t("myRows.markedReady", { department }));
    });
  };

  const saveBlocked =
    invalidChanged.length > 0
      ? t("myRows.save.invalid", { rows: invalidChanged.map((v) => v.row.rowId).join(", ") })
      : changed.length === 0
        ? t("myRows.save.nothing")
        : null;
  const readyBlocked =
    changed.length > 0
      ? t("myRows.ready.unsaved")
      : missing.length > 0
        ? t("myRows.ready.missing", { count: missing.length, rows: missing.join(", ") })
        : null;
  const readyDate = department === null ? undefined : state?.ready[department];
  // A closed year is shown as it was left, read-only, with why: saving would only be refused.
  const closed = state?.meta.closed === true;

  return (
    <Screen title={t("myRows.title")} intro={t("myRows.intro")}>
      {loading.hasError && <ErrorBar error={loading.error} onDismiss={loading.clearError} />}
      {loading.busy && <Working label={t("myRows.loading")} />}
      {state !== null && (
        <DepartmentPicker
          departments={state.programme.departments}
          value={department}
          disabled={work.busy || changed.length > 0}
          hint={changed.length > 0 ? t("myRows.department.locked") : undefined}
          onChange={chooseDepartment}
        />
      )}
      {readMark.stale && <ChangedNotice onReload={reload} />}
      {closed && state !== null && (
        <Notice intent="warning" role="status">
          {t("myRows.closed", { year: state.meta.year })}
        </Notice>
      )}
      {readyDate !== undefined && <Notice intent="success">{t("myRows.readySince", { date: readyDate })}</Notice>}
      {department !== null && rows === null && work.busy && <Working label={t("myRows.rowsLoading")} />}
      {rows !== null && rows.length === 0 && <Notice intent="info">{t("myRows.noRows")}</Notice>}
      {rows !== null && rows.length > 0 && (
        <RowListToolbar counts={counts} filter={filter} query={query} onFilter={chooseFilter} onQuery={search} />
      )}
      {rows !== null && rows.length > 0 && <RowPager page={shownPage} onPage={setPage} />}
      {shownPage.items.map((v) => (
        <RowCard
          key={v.row.rowId}
          row={v.row}
          values={v.values}
          problems={v.validation.ok ? NO_PROBLEMS : v.validation.problems}
          changed={v.changed}
          disabled={work.busy || closed}
          onChange={changeRow}
        />
      ))}
      {rows !== null && shownPage.total > ROWS_PER_PAGE && <RowPager page={shownPage} onPage={setPage} />}
      {notice !== null && <Notice intent="success">{notice}</Notice>}
      {rows !== null && rows.length > 0 && !closed && (
        <div className={stack.stack}>
          <Button
            icon={<CheckmarkCircleRegular />}
            disabledFocusable={work.busy || readyBlocked !== null}
            aria-describedby={readyBlocked === null ? undefined : "ready-blocked"}
            onClick={markReady}
          >
            {t("myRows.markReady")}
          </Button>
          {readyBlocked !== null && <Caption1 id="ready-blocked">{readyBlocked}</Caption1>}
        </div>
      )}
      {work.hasError && <ErrorBar error={work.error} onDismiss={work.clearError} />}
      {rows !== null && rows.length > 0 && !closed && (
        <SaveBar
          changed={changed.length}
          busy={work.busy}
          saveBlocked={saveBlocked}
          onSave={save}
          onDiscard={discard}
        />
      )}
    </Screen>
  );
}
