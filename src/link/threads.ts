/** Worker threads of the corpus conversion (converting documents, formatting blocks), started alike. */
import { Worker } from 'node:worker_threads';

/**
 * A worker thread running `url`, started with the options of this process.
 * By default a worker inherits them, V8's included (--max-old-space-size, --stack-size:
 * they hold for the whole process). Only a process started with `node -e`
 * has options a worker cannot start with ("--input-type", the script of
 * "-e"); the rest of its options are given explicitly then, and Node refuses
 * V8's there (ERR_WORKER_INVALID_EXEC_ARGV), so any it refuses is left out:
 * told by trying it once on its own.
 */
export function startWorker(url: URL): Worker {
  const execArgv = explicitWorkerOptions();
  return new Worker(url, execArgv === undefined ? {} : { execArgv });
}

let workerOptions: string[] | undefined | null = null;

function explicitWorkerOptions(): string[] | undefined {
  if (workerOptions !== null) return workerOptions;
  const args = process.execArgv;
  if (!args.some((a) => /^(?:-e|-p|--eval|--print|--input-type)(?:=|$)/.test(a))) return (workerOptions = undefined);
  const options: string[][] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (/^(?:-e|--eval|-p|--print)$/.test(a)) {
      i++;
      continue;
    }
    if (/^(?:--input-type|--eval|--print)(?:=|$)/.test(a)) continue;
    // "--import x": an option and its value go together.
    const value = args[i + 1];
    if (!a.includes('=') && value !== undefined && !value.startsWith('-')) options.push([a, args[++i]!]);
    else options.push([a]);
  }
  return (workerOptions = options.filter(workerTakes).flat());
}

function workerTakes(option: string[]): boolean {
  try {
    void new Worker('', { eval: true, execArgv: option }).terminate();
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_WORKER_INVALID_EXEC_ARGV') return false;
    throw err;
  }
}
