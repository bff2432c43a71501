import { TextDecoder, TextEncoder } from "node:util";

/**
 * jsdom leaves out TextDecoder and TextEncoder, which every browser the task pane runs in has;
 * the file reader needs them. Imported first by the tests that read files in jsdom.
 */
if (typeof globalThis.TextDecoder === "undefined") {
  Object.assign(globalThis, { TextDecoder, TextEncoder });
}
