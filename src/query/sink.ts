/**
 * Where results go, as they come: standard output, or a file written under
 * a temporary name and renamed at the end (a failed or timed-out query
 * never leaves half a result file). Text is gathered into chunks of about
 * 64 KiB and the writer waits when the stream is full, so a large result
 * goes through in constant memory. A closed pipe (`| head`) ends the
 * output quietly.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { temporaryPathBeside } from '../files.js';

const CHUNK = 64 * 1024;

export class Sink {
  private buffer: string[] = [];
  private buffered = 0;
  private failure: Error | undefined;
  /** True once the reader went away (EPIPE): what is left is dropped, not an error. */
  closed = false;

  private constructor(
    private readonly stream: Writable,
    private readonly file?: { path: string; temporary: string },
  ) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') this.closed = true;
      else this.failure = err;
    });
  }

  static stdout(): Sink {
    return new Sink(process.stdout);
  }

  static file(path: string): Sink {
    const temporary = temporaryPathBeside(path);
    return new Sink(createWriteStream(temporary), { path, temporary });
  }

  /** Queue text; resolves at once unless a chunk had to wait for the stream to drain. */
  async write(text: string): Promise<void> {
    if (text.length === 0 || this.closed) return;
    this.buffer.push(text);
    this.buffered += text.length;
    if (this.buffered >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.buffered === 0 || this.closed) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.buffered = 0;
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
        this.stream.on('close', done);
      });
    }
    if (this.failure) throw this.failure;
  }

  /** Everything written: the file gets its real name. */
  async close(): Promise<void> {
    await this.flush();
    if (!this.file) {
      if (!this.closed) await new Promise<void>((resolve) => this.stream.write('', () => resolve()));
      return;
    }
    await new Promise<void>((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
    if (this.failure) throw this.failure;
    await rename(this.file.temporary, this.file.path);
  }

  /** The run failed: a file output is removed, standard output keeps what it had. */
  async abort(): Promise<void> {
    this.buffer = [];
    this.buffered = 0;
    if (!this.file) return;
    await new Promise<void>((resolve) => this.stream.end(() => resolve()));
    await rm(this.file.temporary, { force: true });
  }
}
