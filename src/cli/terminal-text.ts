/**
 * Text from cells, made safe for a terminal: control characters (which can retitle, recolour or
 * erase the terminal, as ESC sequences do) and the bidirectional overrides (which can make a line
 * read other than it is) are shown as visible escapes instead of being obeyed. Tabs and line
 * breaks stay. --json output is left alone: JSON escapes these characters itself.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalText(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
