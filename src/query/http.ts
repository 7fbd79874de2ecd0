/**
 * HTTP for remote endpoints, used by `--endpoint` and by the SERVICE
 * requests of federated queries: retries with backoff on overload and
 * dropped connections, one deadline for the whole query, credentials from
 * the environment (Basic or Digest, whichever the server asks for), and
 * failures described by status and the first line of the body.
 */
import { createHash, randomBytes } from 'node:crypto';
import { QueryFailure } from './errors.js';

export interface Credentials {
  user: string;
  password: string;
}

export interface HttpPolicy {
  /** Further attempts after the first, on 429, 5xx (but 501, 505) and dropped connections. */
  retries: number;
  /** Aborts every attempt and every wait (the --timeout of the query). */
  signal?: AbortSignal;
  /** Sent only to the origin of `credentialsFor`, and only when the server asks (401). */
  credentials?: Credentials;
  credentialsFor?: string;
  /** First wait before a retry; doubles each time (tests make it short). */
  backoffMs?: number;
}

export const USER_VARIABLE = 'TBKG_ENDPOINT_USER';
export const PASSWORD_VARIABLE = 'TBKG_ENDPOINT_PASSWORD';

/** Credentials come from the environment only, never from the command line (where `ps` and shell history see them). */
export function credentialsFromEnvironment(env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  const user = env[USER_VARIABLE];
  if (user === undefined || user === '') return undefined;
  return { user, password: env[PASSWORD_VARIABLE] ?? '' };
}

const RETRY_STATUS = (status: number) => status === 429 || (status >= 500 && status !== 501 && status !== 505);
const NETWORK_ERRORS = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);
const MAX_WAIT_MS = 30_000;

/**
 * fetch, with the policy. Returns the last response, successful or not
 * (the caller knows what a good answer looks like); throws on a network
 * failure that outlived its retries, and on abort.
 */
export async function fetchWithPolicy(url: string, init: RequestInit, policy: HttpPolicy): Promise<Response> {
  let authorization: string | undefined;
  let authTried = false;
  for (let attempt = 0; ; attempt++) {
    const headers = new Headers(init.headers);
    if (authorization) headers.set('authorization', authorization);
    let response: Response;
    try {
      response = await fetch(url, { ...init, headers, signal: policy.signal });
    } catch (err) {
      if (policy.signal?.aborted) throw policy.signal.reason ?? err;
      const code = networkErrorCode(err);
      if (code && NETWORK_ERRORS.has(code) && attempt < policy.retries) {
        await wait(backoff(policy, attempt), policy.signal);
        continue;
      }
      const cause = (err as { cause?: Error }).cause;
      throw new QueryFailure(`cannot reach ${withoutQuery(url)}: ${code ?? (cause?.message ? `${(err as Error).message} (${cause.message})` : (err as Error).message)}`);
    }
    if (response.status === 401 && policy.credentials && !authTried && sameOrigin(url, policy.credentialsFor)) {
      const challenge = response.headers.get('www-authenticate') ?? '';
      await response.body?.cancel();
      authorization = authorize(challenge, policy.credentials, init.method ?? 'GET', url);
      authTried = true;
      attempt--;
      continue;
    }
    if (RETRY_STATUS(response.status) && attempt < policy.retries) {
      const delay = retryAfter(response.headers.get('retry-after')) ?? backoff(policy, attempt);
      await response.body?.cancel();
      await wait(Math.min(delay, MAX_WAIT_MS), policy.signal);
      continue;
    }
    return response;
  }
}

/** "HTTP 503 Service Unavailable: <first line of the body>": what went wrong, in one line. */
export async function describeResponse(response: Response): Promise<string> {
  const line = await firstLineOfBody(response);
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return line ? `${status}: ${line}` : status;
}

async function firstLineOfBody(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    while (text.length < 64 * 1024) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      if (/\S[^\n]*\n/.test(text)) break;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '')?.trim() ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}...` : line;
}

/** A SERVICE request carries the whole query in its URL: messages name the endpoint only. */
function withoutQuery(url: string): string {
  const at = url.indexOf('?');
  return at < 0 ? url : url.slice(0, at);
}

function networkErrorCode(err: unknown): string | undefined {
  const cause = (err as { cause?: { code?: string } }).cause;
  return cause?.code ?? (err as { code?: string }).code;
}

function backoff(policy: HttpPolicy, attempt: number): number {
  return (policy.backoffMs ?? 500) * 2 ** attempt;
}

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function sameOrigin(url: string, other: string | undefined): boolean {
  if (other === undefined) return false;
  try {
    return new URL(url).origin === new URL(other).origin;
  } catch {
    return false;
  }
}

/** The Authorization header for a 401 challenge: Digest when asked (Virtuoso knows no other), else Basic. */
export function authorize(challenge: string, credentials: Credentials, method: string, url: string, cnonce = randomBytes(8).toString('hex')): string {
  const digest = /^\s*Digest\s+(.*)$/is.exec(challenge);
  if (!digest) return `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`;
  const params = parseChallenge(digest[1]!);
  const algorithm = (params.algorithm ?? 'MD5').toUpperCase();
  const hashName = algorithm.startsWith('SHA-256') ? 'sha256' : 'md5';
  const h = (text: string) => createHash(hashName).update(text).digest('hex');
  const realm = params.realm ?? '';
  const nonce = params.nonce ?? '';
  const nc = '00000001';
  const target = new URL(url);
  const uri = `${target.pathname}${target.search}`;
  let ha1 = h(`${credentials.user}:${realm}:${credentials.password}`);
  if (algorithm.endsWith('-SESS')) ha1 = h(`${ha1}:${nonce}:${cnonce}`);
  const ha2 = h(`${method.toUpperCase()}:${uri}`);
  const qop = params.qop?.split(',').map((q) => q.trim()).includes('auth') ? 'auth' : undefined;
  const response = qop ? h(`${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`) : h(`${ha1}:${nonce}:${ha2}`);
  const fields = [
    `username="${credentials.user}"`,
    `realm="${realm}"`,
    `nonce="${nonce}"`,
    `uri="${uri}"`,
    `algorithm=${params.algorithm ?? 'MD5'}`,
    `response="${response}"`,
    ...(qop ? [`qop=${qop}`, `nc=${nc}`, `cnonce="${cnonce}"`] : []),
    ...(params.opaque !== undefined ? [`opaque="${params.opaque}"`] : []),
  ];
  return `Digest ${fields.join(', ')}`;
}

function parseChallenge(text: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const match of text.matchAll(/([a-zA-Z-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)) {
    params[match[1]!.toLowerCase()] = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]!;
  }
  return params;
}
