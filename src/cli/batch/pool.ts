import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { BATCH } from "./messages";
import { checkFile, type CheckOptions, type FileResult } from "./check-file";
import type { Job } from "./worker";

/**
 * The bundled worker (dist/cli/batch/worker.js, under the bundled command dist/cli/main.js that
 * runs this code), or null when running from the TypeScript sources.
 */
export function defaultWorkerFile(): string | null {
  const file = join(__dirname, "batch", "worker.js");
  return existsSync(file) ? file : null;
}

/** Files sent to a worker ahead of its answers: one it checks, one waiting, so it never idles between files. */
const IN_FLIGHT = 2;

export interface PoolOptions {
  /** worker threads; by default one per core this process may use */
  threads?: number;
  /** the worker script; null checks the files in this thread, one after another (by default when not compiled) */
  workerFile?: string | null;
  /** called as each file is done, in the order they finish */
  onResult?: (result: FileResult) => void;
}

/**
 * Checks every file, on a pool of worker threads (each reads and validates one file at a time and
 * sends back its JSON object). A worker that dies (out of memory on a hostile file) costs that file
 * a row saying so, and is replaced. Results come back in the order of `files`.
 */
export async function checkFiles(files: string[], options: CheckOptions, pool: PoolOptions = {}): Promise<FileResult[]> {
  const results = new Array<FileResult>(files.length);
  const settle = (index: number, result: FileResult) => {
    results[index] = result;
    pool.onResult?.(result);
  };
  const workerFile = pool.workerFile === undefined ? defaultWorkerFile() : pool.workerFile;
  if (!workerFile) {
    for (let i = 0; i < files.length; i++) settle(i, await checkFile(files[i], options));
    return results;
  }
  const crashed = (index: number, why: string): FileResult => ({ file: files[index], reportCounts: null, error: { reason: "internal", message: BATCH.internal[options.lang](why) } });
  /** files not yet sent: the first ones, then any a dead worker held without reaching them */
  const queue = files.map((_, i) => i);
  let running = 0;
  await new Promise<void>((resolve) => {
    const startWorker = () => {
      const worker = new Worker(workerFile);
      /** the files sent to this worker and not answered yet, oldest (the one it is checking) first */
      const sent: number[] = [];
      running++;
      const feed = () => {
        while (sent.length < IN_FLIGHT && queue.length) {
          const id = queue.shift()!;
          sent.push(id);
          worker.postMessage({ id, file: files[id], options } satisfies Job);
        }
        if (!sent.length) void worker.terminate();
      };
      // the worker answers in the order it was sent files; the oldest unanswered is the one that failed
      const failed = (why: string) => {
        const id = sent.shift();
        if (id !== undefined) settle(id, crashed(id, why));
        queue.unshift(...sent.splice(0)); // the files waiting behind it go to another worker
      };
      worker.on("message", (m: { id: number; result: FileResult }) => {
        const at = sent.indexOf(m.id);
        if (at < 0) return; // an answer after this worker failed: its file went to another worker
        sent.splice(at, 1);
        settle(m.id, m.result);
        feed();
      });
      worker.on("error", (e) => failed(e.message));
      worker.on("exit", (code) => {
        running--;
        if (sent.length) failed(`worker exit ${code}`);
        if (queue.length) startWorker();
        else if (running === 0) resolve();
      });
      feed();
    };
    const threads = Math.max(1, Math.min(pool.threads ?? availableParallelism(), files.length));
    for (let i = 0; i < threads; i++) startWorker();
  });
  return results;
}
