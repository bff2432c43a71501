import * as React from "react";
import { Button, Caption1, Spinner } from "@fluentui/react-components";
import { ArrowUndoRegular, CheckmarkCircleRegular, SaveRegular } from "@fluentui/react-icons";
import type { DepartmentRow, FollowupState, RowEdit } from "../../../excel/service";
import { ErrorBar } from "../../components/ErrorBar";
import { Notice } from "../../components/Notice";
import { Screen, useStackStyles } from "../../components/Screen";
import { useAction } from "../../components/use-action";
import { useI18n } from "../../i18n/i18n-context";
import { useService } from "../../service-context";
import { useTabShown } from "../../tab-shown";
import { browserStorage, recallDepartment, rememberDepartment, type KeyValueStorage } from "./department-memory";
import { DepartmentPicker } from "./DepartmentPicker";
import { RowCard } from "./RowCard";
import { editFor, initialValues, isChanged, isReported } from "./row-edits";
import { indexProgramme } from "../../../core";
import { validateRowForm, type RowFormValues, type RowValidation } from "./row-form-schema";

export interface MyRowsScreenProps {
  /** Where the chosen department is remembered (default: the browser's localStorage). */
  readonly storage?: KeyValueStorage | null;
}

interface RowView {
  readonly row: DepartmentRow;
  readonly initial: RowFormValues;
  readonly values: RowFormValues;
  readonly validation: RowValidation;
  readonly changed: boolean;
}

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
  const [confirmDiscard, setConfirmDiscard] = React.useState(false);
  const keepButton = React.useRef<HTMLButtonElement>(null);
  const discardButton = React.useRef<HTMLButtonElement>(null);

  const runLoading = loading.run;
  const runWork = work.run;
  // Shown again (after a look at another tab): the year may have been closed meanwhile. Drafts stay.
  const shown = useTabShown();
  const firstShow = React.useRef(shown);
  React.useEffect(() => {
    if (shown === firstShow.current) return;
    void runLoading(async () => setState(await service.read()));
  }, [shown, runLoading, service]);

  React.useEffect(() => {
    void runLoading(async () => {
      const read = await service.read();
      setState(read);
      const remembered = recallDepartment(storage, read.programme.municipality);
      if (remembered !== null && read.programme.departments.some((d) => d.code === remembered)) {
        setDepartment(remembered);
      }
    });
  }, [runLoading, service, storage]);

  React.useEffect(() => {
    if (department === null) return;
    setRows(null);
    void runWork(async () => setRows(await service.departmentRows(department)));
  }, [runWork, service, department]);

  // The check's rules, asked about each row as it is typed: the programme indexed once per read.
  const index = React.useMemo(() => (state === null ? null : indexProgramme(state.programme)), [state]);
  const views: RowView[] =
    index === null
      ? []
      : (rows ?? []).map((row) => {
          const initial = initialValues(row, lang);
          const values = drafts[row.rowId] ?? initial;
          return {
            row,
            initial,
            values,
            validation: validateRowForm({ programme: index, rowId: row.rowId, type: row.type }, lang, values),
            changed: isChanged(initial, values),
          };
        });
  const changed = views.filter((v) => v.changed);
  const invalidChanged = changed.filter((v) => !v.validation.ok);
  const edits = changed.flatMap((v): RowEdit[] => {
    if (!v.validation.ok) return [];
    const edit = editFor(v.row, v.initial, v.values, v.validation.parsed);
    return edit === null ? [] : [edit];
  });
  const missing = views.filter((v) => !isReported(v.row, v.values)).map((v) => v.row.rowId);

  const chooseDepartment = (code: string): void => {
    setDepartment(code);
    setNotice(null);
    if (state !== null) rememberDepartment(storage, state.programme.municipality, code);
  };

  // Unsaved work is thrown away only after the user says so; the safe answer has the focus.
  const askDiscard = (): void => {
    setConfirmDiscard(true);
    setTimeout(() => keepButton.current?.focus(), 0);
  };
  const keepDrafts = (): void => {
    setConfirmDiscard(false);
    setTimeout(() => discardButton.current?.focus(), 0);
  };
  const discard = (): void => {
    setDrafts({});
    setNotice(null);
    setConfirmDiscard(false);
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
      {loading.busy && <Spinner size="tiny" label={t("myRows.loading")} />}
      {state !== null && (
        <DepartmentPicker
          departments={state.programme.departments}
          value={department}
          disabled={work.busy || changed.length > 0}
          hint={changed.length > 0 ? t("myRows.department.locked") : undefined}
          onChange={chooseDepartment}
        />
      )}
      {closed && state !== null && (
        <Notice intent="warning" role="status">
          {t("myRows.closed", { year: state.meta.year })}
        </Notice>
      )}
      {readyDate !== undefined && <Notice intent="success">{t("myRows.readySince", { date: readyDate })}</Notice>}
      {department !== null && rows === null && work.busy && <Spinner size="tiny" label={t("myRows.rowsLoading")} />}
      {rows !== null && rows.length === 0 && <Notice intent="info">{t("myRows.noRows")}</Notice>}
      {views.map((v) => (
        <RowCard
          key={v.row.rowId}
          row={v.row}
          values={v.values}
          problems={v.validation.ok ? {} : v.validation.problems}
          changed={v.changed}
          disabled={work.busy || closed}
          onChange={(values) => setDrafts((d) => ({ ...d, [v.row.rowId]: values }))}
        />
      ))}
      {work.hasError && <ErrorBar error={work.error} onDismiss={work.clearError} />}
      {notice !== null && <Notice intent="success">{notice}</Notice>}
      {rows !== null && rows.length > 0 && !closed && (
        <div className={stack.stack}>
          <div className={stack.row}>
            <Button
              appearance="primary"
              icon={<SaveRegular />}
              disabledFocusable={work.busy || saveBlocked !== null}
              aria-describedby={saveBlocked === null ? undefined : "save-blocked"}
              onClick={save}
            >
              {t("myRows.save")}
            </Button>
            <Button
              ref={discardButton}
              icon={<ArrowUndoRegular />}
              disabled={work.busy || changed.length === 0 || confirmDiscard}
              onClick={askDiscard}
            >
              {t("myRows.discard")}
            </Button>
          </div>
          {confirmDiscard && changed.length > 0 && (
            <Notice intent="warning" role="alert">
              <div className={stack.stack}>
                <span>{t("myRows.discard.confirm", { count: changed.length })}</span>
                <div className={stack.row}>
                  <Button ref={keepButton} appearance="primary" onClick={keepDrafts}>
                    {t("myRows.discard.no")}
                  </Button>
                  <Button onClick={discard}>{t("myRows.discard.yes")}</Button>
                </div>
              </div>
            </Notice>
          )}
          {saveBlocked !== null && <Caption1 id="save-blocked">{saveBlocked}</Caption1>}
          <div>
            <Button
              icon={<CheckmarkCircleRegular />}
              disabledFocusable={work.busy || readyBlocked !== null}
              aria-describedby={readyBlocked === null ? undefined : "ready-blocked"}
              onClick={markReady}
            >
              {t("myRows.markReady")}
            </Button>
          </div>
          {readyBlocked !== null && <Caption1 id="ready-blocked">{readyBlocked}</Caption1>}
        </div>
      )}
    </Screen>
  );
}
