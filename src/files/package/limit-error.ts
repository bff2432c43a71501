import type { LimitBreach } from "../../core";

/** Thrown by the package reader the moment a limit is passed, before anything large is built. */
export class LimitExceededError extends Error {
  constructor(readonly breach: LimitBreach) {
    super(`limit ${breach.limit} (${breach.max}) passed at ${breach.where}`);
    this.name = "LimitExceededError";
  }
}

/** A part of a valid package that cannot be read: the part is named, the file type is not blamed. */
export class PartUnreadableError extends Error {
  constructor(
    readonly part: string,
    readonly detail: string
  ) {
    super(`${part}: ${detail}`);
    this.name = "PartUnreadableError";
  }
}
