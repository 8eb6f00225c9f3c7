#!/usr/bin/env node
"use strict";
/**
 * `npm run build:cli` (and `prepare`): the khct command bundled with esbuild into dist/, so that a
 * command loads one file instead of hundreds of modules.
 *
 * - dist/cli/main.js: what `khct --help`, `khct validate` (one file or a folder) and `khct evaluate`
 *   run: the readers and the core. The commands that write a workbook or a Word document
 *   (template, report, layout, import, export, and a batch's summary workbook) are their own
 *   bundles beside it, loaded when asked for: the .xlsx writer and the docx package stay out of
 *   the files every run parses.
 * - dist/cli/batch/worker.js: a batch's worker thread, reading and validating files: nothing else.
 * - dist/app/demo.js: `npm run demo`.
 *
 * The lazy bundles reach back to the main bundle's module (require("./main.js"), already loaded)
 * for what main.ts exports, so CliError is one class wherever it is thrown.
 */
const { build } = require("esbuild");
const { rmSync } = require("node:fs");
const { join, relative, dirname } = require("node:path");

const root = join(__dirname, "..");
const out = join(root, "dist");
const src = join(root, "src");

/** Modules loaded on demand: the source a dynamic import() names → its own bundle (from src/, without .ts). */
const LAZY = ["cli/template-command", "cli/report-command", "cli/layout-command", "cli/import-command", "cli/export-command", "xlsx/write-patches"];

const common = { bundle: true, platform: "node", target: "node20", format: "cjs", logLevel: "warning", minifyWhitespace: true, minifySyntax: true, legalComments: "none" };

/** A bundle of src/<name>.ts at dist/<name>.js, leaving `lazy` modules (src/-relative) out: they are required from their own bundles at run time. */
function bundle(name, lazy) {
  const outfile = join(out, `${name}.js`);
  const plugin = {
    name: "lazy-bundles",
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = relative(src, join(args.resolveDir, args.path)).replace(/\\/g, "/");
        if (target === name || !lazy.includes(target)) return undefined;
        let path = relative(dirname(outfile), join(out, `${target}.js`)).replace(/\\/g, "/");
        if (!path.startsWith(".")) path = `./${path}`;
        return { path, external: true };
      });
    },
  };
  return build({ ...common, entryPoints: [join(src, `${name}.ts`)], outfile, plugins: [plugin] });
}

async function main() {
  rmSync(out, { recursive: true, force: true });
  // the command, the worker and the demo, without the lazy modules
  await Promise.all(["cli/main", "cli/batch/worker", "app/demo"].map((name) => bundle(name, LAZY)));
  // the lazy modules: main.ts is the module already loaded
  await Promise.all(LAZY.map((name) => bundle(name, ["cli/main"])));
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
