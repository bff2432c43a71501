import { Platform } from "./runtime/host";
import { versionAtLeast } from "./runtime/requirements";

/**
 * The part of the global `Office` object an Excel add-in's task pane uses: onReady, the display
 * language and requirement-set checks.
 */
export interface OfficeDoubleOptions {
  readonly platform: Platform;
  /** Office.context.displayLanguage (the UI language), e.g. "sv-SE". */
  readonly displayLanguage: string;
  /** The highest ExcelApi requirement set this "Excel" supports, e.g. "1.9". */
  readonly excelApiVersion: string;
  /** Other requirement sets and their versions (ExcelApiOnline, ExcelApiDesktop …). */
  readonly otherRequirementSets: Readonly<Record<string, string>>;
}

export const HostType = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
} as const;

export const PlatformType = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
} as const;

export interface OfficeDouble {
  readonly HostType: typeof HostType;
  readonly PlatformType: typeof PlatformType;
  readonly context: {
    displayLanguage: string;
    contentLanguage: string;
    readonly host: "Excel";
    readonly platform: "OfficeOnline" | "PC";
    readonly diagnostics: {
      readonly host: "Excel";
      readonly platform: "OfficeOnline" | "PC";
      readonly version: string;
    };
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
  initialize?: (reason: string) => void;
  onReady(
    callback?: (info: { host: "Excel"; platform: "OfficeOnline" | "PC" }) => void
  ): Promise<{ host: "Excel"; platform: "OfficeOnline" | "PC" }>;
}

export function createOffice(options: OfficeDoubleOptions): OfficeDouble {
  const platform = options.platform === "web" ? PlatformType.OfficeOnline : PlatformType.PC;
  const sets: Record<string, string> = { ...options.otherRequirementSets, ExcelApi: options.excelApiVersion };
  const office: OfficeDouble = {
    HostType,
    PlatformType,
    context: {
      displayLanguage: options.displayLanguage,
      contentLanguage: options.displayLanguage,
      host: "Excel",
      platform,
      diagnostics: { host: "Excel", platform, version: "16.0.0.0" },
      requirements: {
        /** Office.context.requirements.isSetSupported("ExcelApi", "1.10") against the configured version. */
        isSetSupported(name: string, minVersion?: string): boolean {
          const have = Object.entries(sets).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
          if (have === undefined) return false;
          return minVersion === undefined || versionAtLeast(have, String(minVersion));
        },
      },
    },
    /** Resolves with {host: "Excel", platform} (and calls the callback), as Office.onReady does once Office.js is loaded. */
    onReady(callback) {
      const info = { host: "Excel" as const, platform };
      return Promise.resolve().then(() => {
        if (typeof office.initialize === "function") office.initialize("");
        callback?.(info);
        return info;
      });
    },
  };
  return office;
}
