import { runInExcel } from "../run";

/**
 * Tells `onChange` when cells change in the workbook: a person typing, a co-author's edit, a
 * paste. The adapter's own writes run with events off, so they tell nothing. Following Office's
 * co-authoring guidance the handler only notes the change: no dialog, no write, no sync. Returns
 * how to stop. WorksheetCollection.onChanged: ExcelApi 1.9, the add-in's baseline.
 */
export async function watchChanges(onChange: () => void): Promise<() => Promise<void>> {
  const registration = await runInExcel(async (context) => {
    const result = context.workbook.worksheets.onChanged.add(async () => {
      onChange();
    });
    await context.sync();
    return result;
  });
  return async () => {
    await Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
  };
}
