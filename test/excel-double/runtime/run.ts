import { CLIENT_MESSAGES, RichApiError } from "./errors";
import { RequestContextDouble } from "./context";
import { DoubleHost, RunRecord } from "./host";
import { ProxyBase } from "./proxy";

type Batch = (context: Excel.RequestContext) => unknown;

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && Object.getPrototypeOf(x) === Object.prototype;
}

function invalidRunArgument(): RichApiError {
  return new RichApiError({
    code: "InvalidArgument",
    message: CLIENT_MESSAGES.invalidArgument("batch"),
    errorLocation: "Excel.run",
  });
}

/**
 * Excel.run, all overloads: run(batch), run(options, batch) (options.delayForCellEdit),
 * run(object | objects | context, batch) (reusing that object's context). As Office.js does, the
 * batch must return a promise (RunMustReturnPromise otherwise), and after it resolves Excel.run
 * sends what is still queued in one closing sync; a batch that rejects sends nothing more.
 */
export function makeRun(
  host: DoubleHost,
  newContext: () => RequestContextDouble
): (...args: unknown[]) => Promise<unknown> {
  return async (...args: unknown[]): Promise<unknown> => {
    let batch: unknown;
    let ctx: RequestContextDouble | null = null;
    let delayForCellEdit = false;
    if (args.length === 1) {
      batch = args[0];
    } else if (args.length === 2) {
      const [first, second] = args;
      batch = second;
      if (first instanceof RequestContextDouble) ctx = first;
      else if (first instanceof ProxyBase) ctx = first._ctx;
      else if (Array.isArray(first)) {
        const contexts = new Set(first.map((o: unknown) => (o instanceof ProxyBase ? o._ctx : null)));
        const only = [...contexts][0];
        if (contexts.size !== 1 || only === null || only === undefined) {
          throw new RichApiError({
            code: "InvalidRequestContext",
            message: CLIENT_MESSAGES.invalidRequestContext,
            errorLocation: "Excel.run",
          });
        }
        ctx = only;
      } else if (isPlainObject(first)) {
        delayForCellEdit = first.delayForCellEdit === true;
      } else {
        throw invalidRunArgument();
      }
    } else {
      throw invalidRunArgument();
    }
    if (typeof batch !== "function") throw invalidRunArgument();

    const reused = ctx !== null;
    const context = ctx ?? newContext();
    const record: RunRecord = { syncs: 0, requests: [], delayForCellEdit, failed: null };
    host.runs.push(record);
    const previousRun = context._runIndex;
    const previousOptions = context._options;
    context._runIndex = host.runs.length - 1;
    context._insideRun = true;
    context._options = { delayForCellEdit: delayForCellEdit || previousOptions.delayForCellEdit };
    try {
      const returned = (batch as Batch)(context._asOffice());
      if (
        typeof returned !== "object" ||
        returned === null ||
        typeof (returned as { then?: unknown }).then !== "function"
      ) {
        throw new RichApiError({
          code: "RunMustReturnPromise",
          message: CLIENT_MESSAGES.runMustReturnPromise,
          errorLocation: "Excel.run",
        });
      }
      const value = await returned;
      await context._sync(true);
      return value;
    } catch (e) {
      record.failed = e instanceof RichApiError ? e.code : e instanceof Error ? e.name : "Error";
      throw e;
    } finally {
      context._runIndex = previousRun;
      context._options = previousOptions;
      if (!reused) {
        context._insideRun = false;
        context._finished = true;
      }
    }
  };
}
