#!/usr/bin/env node
/**
 * The floor for reading a workbook: what any .xlsx reader must at least do. It finds the worksheet
 * and shared-strings parts in the zip's central directory, inflates them with node:zlib's
 * inflateRawSync, and counts the `<c ` elements (cells) and `<si>` elements (strings).
 * Nothing is parsed, decoded or kept.
 *
 * KHCT's readers are measured against it ("validate takes N× the floor"), so it must stay the same
 * thing every time: committed once, never changed afterwards.
 *
 *   node bench/floor.js plan.xlsx   →   {"cells":64009,"strings":20003,"ms":41.2}
 */
"use strict";
const { readFileSync } = require("node:fs");
const { inflateRawSync } = require("node:zlib");

function entries(zip) {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a zip file");
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    out.push({ name, method, compressed, local });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

function data(zip, e) {
  const start = e.local + 30 + zip.readUInt16LE(e.local + 26) + zip.readUInt16LE(e.local + 28);
  const raw = zip.subarray(start, start + e.compressed);
  return e.method === 8 ? inflateRawSync(raw) : raw;
}

function count(buf, needle) {
  let n = 0;
  for (let i = buf.indexOf(needle); i !== -1; i = buf.indexOf(needle, i + needle.length)) n++;
  return n;
}

const started = process.hrtime.bigint();
const zip = readFileSync(process.argv[2]);
let cells = 0;
let strings = 0;
for (const e of entries(zip)) {
  if (/^xl\/worksheets\/sheet\d+\.xml$/.test(e.name)) cells += count(data(zip, e), "<c ");
  else if (e.name === "xl/sharedStrings.xml") strings += count(data(zip, e), "<si>");
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
console.log(JSON.stringify({ cells, strings, ms: Math.round(ms * 10) / 10 }));
