#!/usr/bin/env node
"use strict";
// The CLI is compiled to dist/ by `npm install` (the `prepare` script).
// Garbage collection tuned to what each command does (V8 flags, measured on Node 20 with `npm run bench`; a V8
// without one prints "unrecognized flag" on stderr and runs with its defaults):
// - `khct validate` makes short-lived garbage as it reads: a young generation that does not grow keeps its
//   peak memory down (10,000 rows: 128 → 104 MiB in the same time);
// - the commands that write let V8's heap grow by a fifth after each full collection instead of doubling
//   or more: the report of an 80,000-row plan peaks at about 720 MiB instead of 1.0 to 1.5 GB (its live
//   data is about 400 MiB), for 0 to 8 % more time.
require("node:v8").setFlagsFromString(process.argv[2] === "validate" ? "--semi-space-growth-factor=1" : "--heap-growing-percent=20");
let main;
try {
  ({ main } = require("../dist/cli/main.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write("khct chưa được biên dịch: hãy chạy `npm install` (hoặc `npm run build:cli`). / khct is not built: run `npm install` (or `npm run build:cli`).\n");
    process.exit(2);
  }
  throw error;
}
// Exit once stdout has flushed: a pipe (khct validate <folder> --format json | …) is written asynchronously.
const exitAfterFlush = (code) => {
  process.exitCode = code; // also when the reader closed the pipe (| head) and the flush never completes
  process.stdout.write("", () => process.exit(code));
};
main(process.argv.slice(2)).then(
  (code) => exitAfterFlush(code),
  (error) => {
    process.stderr.write(`khct: ${error && error.message ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
