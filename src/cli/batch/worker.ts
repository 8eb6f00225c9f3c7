/**
 * A worker thread of the batch pool: reads and validates the files it is sent, one at a time, and
 * posts each result back. Runs from the compiled dist/cli/batch/worker.js.
 */
import { parentPort } from "node:worker_threads";
import { checkFile, type CheckOptions } from "./check-file";

export interface Job {
  id: number;
  file: string;
  options: CheckOptions;
}

parentPort?.on("message", (job: Job) => {
  void checkFile(job.file, job.options).then((result) => parentPort?.postMessage({ id: job.id, result }));
});
