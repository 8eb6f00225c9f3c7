"use strict";
/**
 * Sizes of the production JavaScript, raw and gzip, per file: printed after every production build
 * (a webpack plugin) and read by the browser tests and the benchmark (bundleSizes()). A file a page
 * loads (a <script> of taskpane.html or commands.html) is first load; the others are chunks loaded
 * on demand (the Word reader, when a user picks a .docx).
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** The task pane's first load must stay under this, gzip, all its entry files together. */
const BUDGET_GZIP_KB = 200;

/** The JavaScript files the built pages load with <script src="…">. */
function firstLoadFiles(dir) {
  const files = new Set();
  for (const page of fs.readdirSync(dir).filter((f) => f.endsWith(".html"))) {
    const html = fs.readFileSync(path.join(dir, page), "utf8");
    for (const m of html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+\.js)/g)) files.add(path.basename(m[1]));
  }
  return files;
}

function bundleSizes(dir = path.join(__dirname, "..", "dist-web")) {
  const firstLoad = firstLoadFiles(dir);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .map((file) => {
      const bytes = fs.readFileSync(path.join(dir, file));
      return { entry: file.split(".")[0], file, firstLoad: firstLoad.has(file), rawKB: +(bytes.length / 1024).toFixed(1), gzipKB: +(zlib.gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1) };
    });
}

class BundleSizePlugin {
  apply(compiler) {
    compiler.hooks.done.tap("BundleSizePlugin", (stats) => {
      if (stats.hasErrors() || compiler.options.mode !== "production") return;
      const sizes = bundleSizes(compiler.options.output.path);
      const total = sizes.filter((s) => s.firstLoad).reduce((n, s) => n + s.gzipKB, 0);
      console.log("\nProduction JavaScript (KB):");
      for (const s of sizes) console.log(`  ${s.entry.padEnd(10)} ${String(s.rawKB).padStart(8)} raw  ${String(s.gzipKB).padStart(7)} gzip${s.firstLoad ? "" : "  (loaded on demand)"}`);
      console.log(`  ${"first load".padEnd(10)} ${"".padStart(8)}      ${total.toFixed(1).padStart(7)} gzip (budget ${BUDGET_GZIP_KB})\n`);
    });
  }
}

module.exports = { bundleSizes, BundleSizePlugin, BUDGET_GZIP_KB };
