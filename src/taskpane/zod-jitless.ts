import { config } from "zod";

// Zod compiles fast parsers with `new Function` unless told not to; the page's Content-Security-
// Policy allows no eval, so it parses the plain way (and Chromium logs no refused eval).
config({ jitless: true });
