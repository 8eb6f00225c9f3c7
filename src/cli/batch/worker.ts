/**
 * A worker thread of the batch pool: reads and validates the files it is sent, one at a time in the
 * order sent, and posts each result back. The pool keeps a second file waiting here, so the worker
 * never idles while its result travels to the main thread and the next file comes back. Runs from
 * the compiled dist/cli/batch/worker.js.
 */
import { parentPort } from "node:worker_threads";
import { checkFile, type CheckOptions } from "./check-file";

export interface Job {
  id: number;
  file: string;
  options: CheckOptions;
}

const waiting: Job[] = [];
let busy = false;

async function work(): Promise<void> {
  busy = true;
  for (let job = waiting.shift(); job; job = waiting.shift()) {
    const result = await checkFile(job.file, job.options);
    parentPort?.postMessage({ id: job.id, result });
  }
  busy = false;
}

parentPort?.on("message", (job: Job) => {
  waiting.push(job);
  if (!busy) void work();
});
