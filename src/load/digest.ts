/**
 * HTTP authentication challenges (RFC 9110 section 11) and the answers to
 * them: Basic (RFC 7617) and Digest (RFC 7616: MD5, SHA-256 and their -sess
 * variants, qop "auth"). Virtuoso's Graph Store endpoint takes Digest only.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface Credentials {
  user: string;
  password: string;
}

export interface Challenge {
  /** Lower-case scheme: "basic", "digest", ... */
  scheme: string;
  params: Record<string, string>;
}

/**
 * The challenges of one or more WWW-Authenticate header values. A value may
 * hold several challenges separated by commas, and parameter values may be
 * quoted strings with commas and escaped quotes in them.
 */
export function parseChallenges(values: readonly string[]): Challenge[] {
  const challenges: Challenge[] = [];
  for (const value of values) {
    let i = 0;
    let current: Challenge | undefined;
    const skipSpaces = (): void => {
      while (i < value.length && (value[i] === ' ' || value[i] === '\t')) i++;
    };
    while (i < value.length) {
      skipSpaces();
      if (value[i] === ',') {
        i++;
        continue;
      }
      const tokenMatch = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/.exec(value.slice(i));
      if (!tokenMatch) break; // not a token: the rest of the header is unreadable
      const token = tokenMatch[0];
      i += token.length;
      skipSpaces();
      if (value[i] === '=' && current) {
        i++;
        skipSpaces();
        let paramValue = '';
        if (value[i] === '"') {
          i++;
          while (i < value.length && value[i] !== '"') {
            if (value[i] === '\\' && i + 1 < value.length) i++;
            paramValue += value[i];
            i++;
          }
          i++; // closing quote
        } else {
          const bare = /^[^,\s]*/.exec(value.slice(i))![0];
          paramValue = bare;
          i += bare.length;
        }
        current.params[token.toLowerCase()] = paramValue;
      } else {
        // A token not followed by "=" starts a new challenge (token68 forms are kept as a parameter).
        current = { scheme: token.toLowerCase(), params: {} };
        challenges.push(current);
        const token68 = /^[A-Za-z0-9._~+/-]+=*(?=\s*(,|$))/.exec(value.slice(i));
        if (token68 && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+\s*=[^=]/.test(value.slice(i))) {
          current.params.token68 = token68[0];
          i += token68[0].length;
        }
      }
    }
  }
  return challenges;
}

export function basicAuthorization(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`, 'utf8').toString('base64')}`;
}

const HASHES: Record<string, string> = { md5: 'md5', 'md5-sess': 'md5', 'sha-256': 'sha256', 'sha-256-sess': 'sha256' };

export function isSupportedDigest(challenge: Challenge): boolean {
  return challenge.scheme === 'digest' && Object.hasOwn(HASHES, (challenge.params.algorithm ?? 'MD5').toLowerCase()) && challenge.params.nonce !== undefined;
}

/**
 * One Digest session: a challenge answered request after request with a
 * growing nonce count, until the server says the nonce is stale.
 */
export class DigestSession {
  private count = 0;

  constructor(
    readonly challenge: Challenge,
    private readonly credentials: Credentials,
    private readonly newCnonce: () => string = () => randomBytes(16).toString('hex'),
  ) {}

  /** The Authorization header for `method` on `uri` (the request target: path and query). */
  authorization(method: string, uri: string): string {
    const p = this.challenge.params;
    const algorithm = p.algorithm ?? 'MD5';
    const hashName = HASHES[algorithm.toLowerCase()];
    if (!hashName) throw new Error(`unsupported Digest algorithm ${algorithm}`);
    const h = (text: string): string => createHash(hashName).update(text, 'utf8').digest('hex');
    const realm = p.realm ?? '';
    const nonce = p.nonce ?? '';
    const qops = (p.qop ?? '').split(',').map((q) => q.trim().toLowerCase()).filter(Boolean);
    if (qops.length > 0 && !qops.includes('auth')) throw new Error(`unsupported Digest qop "${p.qop}" (only "auth")`);
    const cnonce = this.newCnonce();
    let ha1 = h(`${this.credentials.user}:${realm}:${this.credentials.password}`);
    if (algorithm.toLowerCase().endsWith('-sess')) ha1 = h(`${ha1}:${nonce}:${cnonce}`);
    const ha2 = h(`${method}:${uri}`);
    const fields: [string, string, boolean][] = [
      ['username', this.credentials.user, true],
      ['realm', realm, true],
      ['nonce', nonce, true],
      ['uri', uri, true],
      ['algorithm', algorithm, false],
    ];
    if (qops.length > 0) {
      this.count++;
      const nc = this.count.toString(16).padStart(8, '0');
      const response = h(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${ha2}`);
      fields.push(['response', response, true], ['qop', 'auth', false], ['nc', nc, false], ['cnonce', cnonce, true]);
    } else {
      fields.push(['response', h(`${ha1}:${nonce}:${ha2}`), true]);
    }
    if (p.opaque !== undefined) fields.push(['opaque', p.opaque, true]);
    return `Digest ${fields.map(([k, v, quoted]) => (quoted ? `${k}="${v.replace(/(["\\])/g, '\\$1')}"` : `${k}=${v}`)).join(', ')}`;
  }
}
