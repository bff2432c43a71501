import { LIMITS } from "../../core";
import { LimitExceededError, PartUnreadableError } from "./limit-error";

/** One entry of a zip's central directory: where its bytes are, not the bytes. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** As the directory states it: never trusted as a bound, only reported. */
  readonly statedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;
/** A 64-bit field; sizes past 2^53 are no real workbook and read as infinite. */
const u64 = (b: Uint8Array, o: number): number => {
  const high = u32(b, o + 4);
  return high >= 0x200000 ? Number.POSITIVE_INFINITY : high * 0x1_0000_0000 + u32(b, o);
};

const utf8 = new TextDecoder("utf-8");

function broken(detail: string): PartUnreadableError {
  return new PartUnreadableError("zip", detail);
}

function findEndRecord(data: Uint8Array): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const first = Math.max(0, data.length - 22 - 0xffff);
  for (let o = data.length - 22; o >= first; o--) {
    if (u32(data, o) === EOCD) return o;
  }
  throw broken("no end-of-directory record (the file is cut short?)");
}

interface Directory {
  readonly count: number;
  readonly offset: number;
  readonly size: number;
}

function directoryOf(data: Uint8Array, end: number): Directory {
  let count = u16(data, end + 10);
  let size = u32(data, end + 12);
  let offset = u32(data, end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(data, locator) !== ZIP64_LOCATOR) throw broken("a zip64 directory without its locator");
    const record = u64(data, locator + 8);
    if (!(record + 56 <= data.length) || u32(data, record) !== ZIP64_EOCD) throw broken("a damaged zip64 directory");
    count = u64(data, record + 32);
    size = u64(data, record + 40);
    offset = u64(data, record + 48);
  }
  if (count > LIMITS.parts) {
    throw new LimitExceededError({ limit: "parts", where: "zip", max: LIMITS.parts });
  }
  if (!(offset + size <= data.length)) throw broken("the directory lies outside the file (the file is cut short?)");
  return { count, offset, size };
}

function zip64Sizes(
  data: Uint8Array,
  extraStart: number,
  extraEnd: number,
  wanted: { uncompressed: boolean; compressed: boolean; offset: boolean }
): { uncompressed?: number; compressed?: number; offset?: number } {
  for (let o = extraStart; o + 4 <= extraEnd;) {
    const id = u16(data, o);
    const len = u16(data, o + 2);
    if (id === 0x0001) {
      let p = o + 4;
      const take = (): number => {
        const v = u64(data, p);
        p += 8;
        return v;
      };
      return {
        uncompressed: wanted.uncompressed ? take() : undefined,
        compressed: wanted.compressed ? take() : undefined,
        offset: wanted.offset ? take() : undefined,
      };
    }
    o += 4 + len;
  }
  return {};
}

/** The entries of a zip, read from its central directory; a damaged directory names what is wrong. */
export function readZipDirectory(data: Uint8Array): ZipEntry[] {
  const dir = directoryOf(data, findEndRecord(data));
  const entries: ZipEntry[] = [];
  let o = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (o + 46 > data.length || u32(data, o) !== CENTRAL) throw broken(`directory entry ${i + 1} is damaged`);
    const flags = u16(data, o + 8);
    const nameLength = u16(data, o + 28);
    const extraLength = u16(data, o + 30);
    const commentLength = u16(data, o + 32);
    const nameStart = o + 46;
    if (nameStart + nameLength + extraLength > data.length) throw broken(`directory entry ${i + 1} is cut short`);
    let compressedSize = u32(data, o + 20);
    let statedSize = u32(data, o + 24);
    let localHeaderOffset = u32(data, o + 42);
    const big = zip64Sizes(data, nameStart + nameLength, nameStart + nameLength + extraLength, {
      uncompressed: statedSize === 0xffffffff,
      compressed: compressedSize === 0xffffffff,
      offset: localHeaderOffset === 0xffffffff,
    });
    statedSize = big.uncompressed ?? statedSize;
    compressedSize = big.compressed ?? compressedSize;
    localHeaderOffset = big.offset ?? localHeaderOffset;
    entries.push({
      name: utf8.decode(data.subarray(nameStart, nameStart + nameLength)).replace(/^\/+/, ""),
      method: u16(data, o + 10),
      encrypted: (flags & 1) === 1,
      compressedSize,
      statedSize,
      localHeaderOffset,
    });
    o = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, found through its local header. */
export function compressedBytes(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const o = entry.localHeaderOffset;
  if (o + 30 > data.length || u32(data, o) !== LOCAL)
    throw new PartUnreadableError(entry.name, "its header is damaged");
  const start = o + 30 + u16(data, o + 26) + u16(data, o + 28);
  const end = start + entry.compressedSize;
  if (!(end <= data.length))
    throw new PartUnreadableError(entry.name, "it is cut short (the file was not completely saved?)");
  return data.subarray(start, end);
}
