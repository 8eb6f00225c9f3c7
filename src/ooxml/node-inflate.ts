/**
 * node:zlib's inflate behind the zip layer's InflateRaw signature. Node only: the CLI and the
 * .xlsx host plug it in; the task pane never imports this file (it uses fflate).
 */
import { inflateRawSync } from "node:zlib";
import type { InflateRaw } from "./inflate";

export const nodeInflate: InflateRaw = (data, limit) => {
  try {
    const out = inflateRawSync(data, { maxOutputLength: limit + 1 });
    return out.length > limit ? null : out;
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw e;
  }
};
