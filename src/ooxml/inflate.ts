/**
 * Inflating raw DEFLATE data with a ceiling: the zip layer never lets an entry grow past what the
 * limits allow. fflate does it in the browser (and by default everywhere); the CLI plugs in
 * node:zlib (node-inflate.ts), which is faster, through the same signature.
 */
import { Inflate, inflateSync } from "fflate";

/**
 * Inflates `data`, producing at most `limit` bytes: the bytes, or null when the data holds more
 * than `limit` (inflation stops soon after the limit). Throws on data that is not DEFLATE.
 */
export type InflateRaw = (data: Uint8Array, limit: number) => Uint8Array | null;

/** Above this ceiling an output buffer is not allocated up front: the data is inflated in slices and counted. */
const PREALLOCATE_UP_TO = 16 * 1024 * 1024;
/** Compressed bytes pushed at a time when counting (at most about 66 MB of output each). */
const SLICE = 64 * 1024;

class OverLimit extends Error {}

function inflateCounting(data: Uint8Array, limit: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const stream = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new OverLimit();
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += SLICE) stream.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    if (data.length === 0) stream.push(data, true);
  } catch (e) {
    if (e instanceof OverLimit) return null;
    throw e;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** fflate's inflate: into a buffer of `limit + 1` bytes when small, counted slice by slice when large. */
export const fflateInflate: InflateRaw = (data, limit) => {
  if (limit > PREALLOCATE_UP_TO) return inflateCounting(data, limit);
  const out = inflateSync(data, { out: new Uint8Array(limit + 1) });
  return out.length > limit ? null : out;
};
