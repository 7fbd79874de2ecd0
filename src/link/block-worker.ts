/** A worker thread of a corpus' link phase: formats the blocks of Turtle, N-Triples, TriG or JSON-LD the main thread sends. */
import { parentPort } from 'node:worker_threads';
import { runBlockTask, type BlockTask } from './blocks.js';

if (!parentPort) throw new Error('link/block-worker.js runs as a worker thread');
const port = parentPort;
port.on('message', (task: BlockTask) => {
  // A failure is the run's (the spill file is ours): it reaches the main thread as the worker's error.
  const done = runBlockTask(task);
  port.postMessage(done, [done.bytes.buffer as ArrayBuffer]);
});
