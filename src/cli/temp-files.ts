import { unlinkSync } from "node:fs";

/**
 * Temporary files this run is writing, so that Ctrl-C or a kill (SIGINT, SIGTERM, SIGHUP) removes
 * them instead of leaving ".name.xlsx.123.tmp" files beside the user's workbook.
 */
const ACTIVE = new Set<string>();

export function rememberTemp(file: string): void {
  ACTIVE.add(file);
}

export function forgetTemp(file: string): void {
  ACTIVE.delete(file);
}

export function removeTempsNow(): void {
  for (const file of ACTIVE) {
    try {
      unlinkSync(file);
    } catch {
      // Not written yet, or already renamed into place.
    }
  }
  ACTIVE.clear();
}

/** On a signal: remove the temporary files, then end as the signal would (128 + its number). */
export function cleanUpOnSignals(): void {
  const codes: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const [signal, code] of Object.entries(codes)) {
    process.on(signal, () => {
      removeTempsNow();
      process.exit(code);
    });
  }
}
