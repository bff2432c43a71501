/**
 * Base64 (RFC 4648, standard alphabet, no padding) over bytes, written out because the core may
 * use neither Node's Buffer nor the browser's btoa. No padding: a stored chunk must never start
 * with "=", which Excel and LibreOffice read as the start of a formula when a cell is retyped.
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Digit value by character code, 255 for a character outside the alphabet (a table: this runs per character). */
const INDEX = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out.push(ALPHABET[(n >> 18) & 63], ALPHABET[(n >> 12) & 63], ALPHABET[(n >> 6) & 63], ALPHABET[n & 63]);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out.push(ALPHABET[(n >> 18) & 63], ALPHABET[(n >> 12) & 63]);
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out.push(ALPHABET[(n >> 18) & 63], ALPHABET[(n >> 12) & 63], ALPHABET[(n >> 6) & 63]);
  }
  return out.join("");
}

/** The bytes of a base64 text (padding and whitespace ignored); null when it is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  const clean = text.replace(/[\s=]+/g, "");
  if (clean.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    let n = 0;
    const group = Math.min(4, clean.length - i);
    for (let j = 0; j < 4; j++) {
      const code = j < group ? clean.charCodeAt(i + j) : 65;
      const digit = code < 128 ? (INDEX[code] ?? 255) : 255;
      if (digit === 255) return null;
      n = (n << 6) | digit;
    }
    bytes[o++] = (n >> 16) & 255;
    if (group > 2) bytes[o++] = (n >> 8) & 255;
    if (group > 3) bytes[o++] = n & 255;
  }
  return bytes;
}
