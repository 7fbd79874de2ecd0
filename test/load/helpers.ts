/** Helpers of the load, publish, serve and browser tests: the CLI without blocking, free ports, loud skips. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../support/cli.js';

export interface AsyncRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI without blocking the event loop (the test may be the server it talks to). */
export function tbkgAsync(args: string[], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<AsyncRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'tbkg.js'), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`tbkg ${args.join(' ')} did not finish within ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ status: code ?? -1, stdout, stderr });
    });
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

/** Whether a program is on the PATH. */
export function hasProgram(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}

/**
 * A test that needs a program this machine lacks: in CI a failure that says
 * so, elsewhere a skip that says so loudly.
 */
export function requireProgram(name: string, install: string): boolean {
  if (hasProgram(name)) return true;
  const message = `${name} is not installed (${install}): the tests that need it cannot run`;
  if (process.env.CI === 'true') throw new Error(`CI: ${message}`);
  console.warn(`\n${'!'.repeat(72)}\n!! SKIPPED: ${message}\n${'!'.repeat(72)}\n`);
  return false;
}

/** Starts `tbkg serve` and resolves with its origin once it says where it listens. */
export function startServe(args: string[], timeoutMs = 40_000): Promise<{ origin: string; child: ChildProcess; stderr: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'tbkg.js'), 'serve', '--bind', '127.0.0.1:0', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`tbkg serve did not start within ${timeoutMs} ms:\n${stderr}`));
    }, timeoutMs);
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
      const m = /serving .* at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve({ origin: m[1]!, child, stderr: () => stderr });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`tbkg serve exited (${code}) before it listened:\n${stderr}`));
    });
  });
}

/** Stops a child by its PID (SIGTERM, then SIGKILL after a bounded wait). */
export async function stopChild(child: ChildProcess, waitMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(child.pid!, 'SIGTERM');
  const timer = setTimeout(() => {
    if (child.exitCode === null) process.kill(child.pid!, 'SIGKILL');
  }, waitMs);
  await exited;
  clearTimeout(timer);
}
