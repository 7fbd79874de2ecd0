/**
 * HTTP for talking to triple stores: node:http(s) with a time-out, retries
 * with backoff on 5xx, 429 and broken connections, and Basic or Digest
 * authentication answered from a challenge (or sent up front for Basic).
 */
import http from 'node:http';
import https from 'node:https';
import { basicAuthorization, DigestSession, isSupportedDigest, parseChallenges, type Credentials } from './digest.js';

export type AuthMode = 'auto' | 'basic' | 'digest';

export interface HttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: Buffer;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** How many attempts it took (1 without retries). */
  attempts: number;
}

export interface RetryNotice {
  url: string;
  attempt: number;
  delayMs: number;
  reason: string;
}

export interface HttpClientOptions {
  credentials?: Credentials;
  auth?: AuthMode;
  /** Retries after the first attempt (default 5). */
  retries?: number;
  /** Delay before the first retry, doubled for each next one (default 500 ms, at most 30 s). */
  retryDelayMs?: number;
  /** Time-out of one attempt, from the request to the end of the response (default 300 s). */
  timeoutMs?: number;
  /** Responses longer than this are cut (default 64 MiB). */
  maxResponseBytes?: number;
  onRetry?: (notice: RetryNotice) => void;
  userAgent?: string;
}

/** The connection broke or never came up, after all retries. */
export class ConnectionError extends Error {
  constructor(
    readonly url: string,
    readonly code: string,
    message: string,
    readonly attempts: number,
  ) {
    super(message);
    this.name = 'ConnectionError';
  }
}

const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ESOCKETTIMEDOUT', 'UND_ERR_SOCKET']);
const MAX_DELAY_MS = 30_000;
const MAX_RETRY_AFTER_MS = 120_000;

export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

export class HttpClient {
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private readonly timeoutMs: number;
  private readonly maxResponseBytes: number;
  private readonly auth: AuthMode;
  /** Digest sessions by origin, so the challenge is answered up front after the first time. */
  private readonly digests = new Map<string, DigestSession>();
  private readonly agents = { http: new http.Agent({ keepAlive: true, maxSockets: 4 }), https: new https.Agent({ keepAlive: true, maxSockets: 4 }) };

  constructor(private readonly options: HttpClientOptions = {}) {
    this.retries = options.retries ?? 5;
    this.retryDelayMs = options.retryDelayMs ?? 500;
    this.timeoutMs = options.timeoutMs ?? 300_000;
    this.maxResponseBytes = options.maxResponseBytes ?? 64 * 1024 * 1024;
    this.auth = options.auth ?? 'auto';
  }

  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  /**
   * Sends the request, answering an authentication challenge and retrying
   * 5xx, 429 and broken connections. Returns the last response, whatever its
   * status; throws ConnectionError when no response came after all retries.
   */
  async send(request: HttpRequest): Promise<HttpResponse> {
    let attempt = 0;
    for (;;) {
      attempt++;
      let response: HttpResponse | undefined;
      let failure: { code: string; message: string } | undefined;
      try {
        response = await this.sendAuthenticated(request);
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        failure = { code: e.code ?? 'ERROR', message: e.message };
        if (!RETRYABLE_CODES.has(failure.code)) throw new ConnectionError(request.url, failure.code, failure.message, attempt);
      }
      const retryable = failure !== undefined || isRetryableStatus(response!.status);
      if (!retryable) return { ...response!, attempts: attempt };
      if (attempt > this.retries) {
        if (response) return { ...response, attempts: attempt };
        throw new ConnectionError(request.url, failure!.code, failure!.message, attempt);
      }
      const delayMs = response ? retryAfterMs(response.headers['retry-after']) ?? this.backoff(attempt) : this.backoff(attempt);
      const reason = response ? `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` : `${failure!.code}`;
      this.options.onRetry?.({ url: request.url, attempt, delayMs, reason });
      await sleep(delayMs);
    }
  }

  private backoff(attempt: number): number {
    return Math.min(MAX_DELAY_MS, this.retryDelayMs * 2 ** (attempt - 1));
  }

  private async sendAuthenticated(request: HttpRequest): Promise<HttpResponse> {
    const url = new URL(request.url);
    const credentials = this.options.credentials;
    const target = `${url.pathname}${url.search}`;
    const headers: Record<string, string> = { ...request.headers };
    const digest = this.digests.get(url.origin);
    if (credentials && digest) headers.Authorization = digest.authorization(request.method, target);
    else if (credentials && this.auth === 'basic') headers.Authorization = basicAuthorization(credentials);
    let response = await this.once(request, headers);
    if (response.status !== 401 || !credentials) return response;

    // Answer the challenge; a second 401 that says the nonce is stale gets one more try.
    for (let round = 0; round < 2 && response.status === 401; round++) {
      const challenges = parseChallenges(headerValues(response.headers['www-authenticate']));
      const digestChallenge = challenges.find(isSupportedDigest);
      const basicChallenge = challenges.find((c) => c.scheme === 'basic');
      if (digestChallenge && this.auth !== 'basic') {
        const stale = digestChallenge.params.stale?.toLowerCase() === 'true';
        if (round === 1 && !stale) break;
        const session = new DigestSession(digestChallenge, credentials);
        this.digests.set(url.origin, session);
        headers.Authorization = session.authorization(request.method, target);
      } else if (basicChallenge && this.auth !== 'digest' && round === 0 && !headers.Authorization?.startsWith('Basic ')) {
        headers.Authorization = basicAuthorization(credentials);
      } else {
        break;
      }
      response = await this.once(request, headers);
    }
    return response;
  }

  private once(request: HttpRequest, headers: Record<string, string>): Promise<HttpResponse> {
    const url = new URL(request.url);
    const secure = url.protocol === 'https:';
    const transport = secure ? https : http;
    const allHeaders: Record<string, string> = { 'User-Agent': this.options.userAgent ?? 'tbkg', ...headers };
    if (request.body !== undefined) allHeaders['Content-Length'] = String(request.body.length);
    return new Promise<HttpResponse>((resolve, reject) => {
      const req = transport.request(
        url,
        { method: request.method, headers: allHeaders, agent: secure ? this.agents.https : this.agents.http },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            if (size >= this.maxResponseBytes) return;
            size += chunk.length;
            chunks.push(chunk);
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: res.headers, body: Buffer.concat(chunks), attempts: 1 }));
          res.on('error', reject);
          res.on('aborted', () => reject(Object.assign(new Error('the connection was reset during the response'), { code: 'ECONNRESET' })));
        },
      );
      req.setTimeout(this.timeoutMs, () => {
        req.destroy(Object.assign(new Error(`no answer within ${Math.round(this.timeoutMs / 1000)} s`), { code: 'ETIMEDOUT' }));
      });
      req.on('error', (err: NodeJS.ErrnoException) => {
        // "socket hang up" is a reset by another name.
        if (!err.code || err.code === 'ERR_STREAM_DESTROYED') err.code = err.code ?? 'ECONNRESET';
        reject(err);
      });
      if (request.body !== undefined) req.end(request.body);
      else req.end();
    });
  }
}

function headerValues(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Retry-After as seconds or an HTTP date, in milliseconds (capped); undefined when absent or unreadable. */
export function retryAfterMs(value: string | string[] | undefined, now: number = Date.now()): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || text.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(text)) return Math.min(MAX_RETRY_AFTER_MS, Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, date - now));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** What a store said, as one line of plain text: tags dropped, white space folded, cut at `max` characters. */
export function storeMessage(body: Buffer, max = 400): string {
  let text = body.toString('utf8');
  text = text
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
