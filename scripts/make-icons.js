#!/usr/bin/env node
/*
 * Draws the add-in icons (a green circle with a white check mark on a blue rounded square) and
 * writes them as PNG files to assets/: icon-16, icon-32, icon-64, icon-80 and logo-128.
 *
 * Uses only Node built-ins: the pixels are computed here with 4x4 supersampling for smooth
 * edges, and the PNG is encoded by hand (IHDR, one zlib-compressed IDAT, IEND, CRC-32 per chunk).
 *
 * Usage: node scripts/make-icons.js [outputDir]   (default: <repo>/assets)
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BLUE = [0x00, 0x5a, 0x9e]; // square background
const GREEN = [0x10, 0x7c, 0x10]; // circle (Office green)
const WHITE = [0xff, 0xff, 0xff]; // check mark

// ---------- PNG encoding ----------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([len, typeAndData, crc]);
}

/** rgba: Uint8Array of width*height*4 bytes, row-major, non-premultiplied. */
function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
}

// ---------- drawing (coordinates in units of the icon: 0..1) ----------

function insideRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour (with alpha 0 or 1) of the icon at a point. */
function sample(x, y, size) {
  // Small icons get a thicker check and a bigger circle so they stay readable.
  const small = size <= 16;
  const corner = 0.18;
  const circleR = small ? 0.44 : 0.4;
  const stroke = small ? 0.085 : 0.065;
  if (!insideRoundedSquare(x, y, corner)) return null;
  const inCircle = (x - 0.5) ** 2 + (y - 0.5) ** 2 <= circleR * circleR;
  if (!inCircle) return BLUE;
  const check =
    distanceToSegment(x, y, 0.3, 0.52, 0.44, 0.66) <= stroke ||
    distanceToSegment(x, y, 0.44, 0.66, 0.71, 0.36) <= stroke;
  return check ? WHITE : GREEN;
}

function drawIcon(size) {
  const ss = 4; // supersampling per axis
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = sample((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            covered++;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
        rgba[i + 3] = Math.round((255 * covered) / (ss * ss));
      }
    }
  }
  return encodePng(size, size, rgba);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  const files = [
    ["icon-16.png", 16],
    ["icon-32.png", 32],
    ["icon-64.png", 64],
    ["icon-80.png", 80],
    ["logo-128.png", 128],
  ];
  for (const [name, size] of files) {
    const png = drawIcon(size);
    fs.writeFileSync(path.join(outDir, name), png);
    console.log(`${path.join(outDir, name)} ${size}x${size} ${png.length} bytes`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, drawIcon, crc32 };
