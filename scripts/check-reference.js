#!/usr/bin/env node
"use strict";
// A development check, run by hand (`npm run check:reference`), never by the tests: the project's standard
// sets (src/core/standards/standard-sets.json) are the reference file they were transcribed from, unchanged.
// The reference sits beside the clone on a developer's machine (../shared/reference), not on a user's; the
// tests read nothing outside the repository.
const { existsSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
const { isDeepStrictEqual } = require("node:util");

const ours = join(__dirname, "..", "src", "core", "standards", "standard-sets.json");
const reference = process.argv[2] ?? join(__dirname, "..", "..", "shared", "reference", "standard-sets.json");
if (!existsSync(reference)) {
  console.log(`Không có tệp tham chiếu ${reference}: bỏ qua. / No reference file at ${reference}: nothing to compare.`);
  process.exit(0);
}
const same = isDeepStrictEqual(JSON.parse(readFileSync(ours, "utf8")), JSON.parse(readFileSync(reference, "utf8")));
console.log(
  same
    ? `Bộ tiêu chuẩn của KHCT trùng với tệp tham chiếu. / KHCT's standard sets are the reference file, unchanged.`
    : `Bộ tiêu chuẩn của KHCT khác tệp tham chiếu ${reference}. / KHCT's standard sets differ from the reference ${reference}.`,
);
process.exit(same ? 0 : 1);
