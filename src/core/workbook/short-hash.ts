/** FNV-1a, 32 bits, over UTF-16 code units: small, fast, stable in every engine. */
export function fnv1a(text: string, seed: number = 0x811c9dc5): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * 64 bits from two FNV-1a runs with different seeds: for telling one programme from another,
 * where a 32-bit hash would collide once in a few billion pairs.
 */
export function fingerprint64(text: string): string {
  return fnv1a(text) + fnv1a(text, 0x050c5d1f);
}
