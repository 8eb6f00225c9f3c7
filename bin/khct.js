#!/usr/bin/env node
"use strict";
// The CLI is compiled to dist/ by `npm install` (the `prepare` script).
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
