/**
 * The department a department head last worked on, remembered in the browser's localStorage —
 * which Office keeps per user (per Windows or Mac account for the desktop add-in, per signed-in
 * browser profile on the web) — and per municipality, so two programmes do not mix.
 * Storage that is full or blocked only means the choice is not remembered.
 */
const PREFIX = "programuppfoljning.department.";

export type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // a sandboxed frame may refuse access to localStorage altogether
  }
}

export function recallDepartment(storage: KeyValueStorage | null, municipality: string): string | null {
  try {
    return storage?.getItem(PREFIX + municipality) ?? null;
  } catch {
    return null;
  }
}

export function rememberDepartment(storage: KeyValueStorage | null, municipality: string, code: string): void {
  try {
    storage?.setItem(PREFIX + municipality, code);
  } catch {
    // Not remembered this time; the picker still works.
  }
}
