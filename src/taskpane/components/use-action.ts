import * as React from "react";

/**
 * Runs one piece of work against the workbook at a time and keeps what the user must see: that
 * it is running, and the error it ended with (never only logged). Results are dropped once the
 * component is gone, so a slow Excel call does not update a screen that was left.
 */
export interface Action {
  readonly busy: boolean;
  readonly error: unknown;
  readonly hasError: boolean;
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
  clearError(): void;
}

export function useAction(): Action {
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<{ value: unknown } | null>(null);
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = React.useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (e) {
      if (mounted.current) setError({ value: e });
      return undefined;
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, []);
  const clearError = React.useCallback(() => setError(null), []);

  return { busy, error: error?.value, hasError: error !== null, run, clearError };
}
