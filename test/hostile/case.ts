/**
 * One hostile or odd input: how to make it in an empty folder, the command run on it, and what
 * the command must answer. `error` is the --json error code (the message key); `finding` is a
 * code the --json findings must hold. Nothing may be written unless `writes` names it.
 */
export interface HostileCase {
  readonly name: string;
  readonly make: (dir: string) => Promise<void>;
  /** The command line, without "followup"; --json is added. */
  readonly argv: readonly string[];
  readonly exit: 0 | 1 | 2;
  readonly error?: string;
  readonly finding?: string;
  /** Files the command is meant to write, by name in the folder. */
  readonly writes?: readonly string[];
}
