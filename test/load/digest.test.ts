// Digest and Basic answers against RFC 7616's worked example, and the
// parsing of WWW-Authenticate headers as stores send them.
import { describe, expect, it } from 'vitest';
import { basicAuthorization, DigestSession, parseChallenges } from '../../src/load/digest.js';
import { retryAfterMs } from '../../src/load/http.js';

const RFC_HEADER = [
  'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=SHA-256, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"',
  'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=MD5, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"',
];
const CNONCE = 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ';
const MUFASA = { user: 'Mufasa', password: 'Circle of Life' };

describe('Digest authentication (RFC 7616, section 3.9.1)', () => {
  it('parses the two challenges of the example, quoted commas included', () => {
    const challenges = parseChallenges(RFC_HEADER);
    expect(challenges).toHaveLength(2);
    expect(challenges[0]).toEqual({
      scheme: 'digest',
      params: { realm: 'http-auth@example.org', qop: 'auth, auth-int', algorithm: 'SHA-256', nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v', opaque: 'FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS' },
    });
  });

  it('answers with the response values the RFC gives for MD5 and SHA-256', () => {
    const [sha256, md5] = parseChallenges(RFC_HEADER);
    const answer = (c: typeof md5) => new DigestSession(c!, MUFASA, () => CNONCE).authorization('GET', '/dir/index.html');
    expect(answer(md5)).toContain('response="8ca523f5e9506fed4657c9700eebdbec"');
    expect(answer(sha256)).toContain('response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"');
    expect(answer(md5)).toContain('nc=00000001');
    expect(answer(md5)).toContain('opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"');
  });

  it('counts the nonce up on each request of a session', () => {
    const session = new DigestSession(parseChallenges(RFC_HEADER)[1]!, MUFASA, () => CNONCE);
    session.authorization('PUT', '/a');
    expect(session.authorization('PUT', '/a')).toContain('nc=00000002');
  });

  it('reads a Virtuoso challenge and a Basic one in the same header', () => {
    const challenges = parseChallenges(['Digest realm="SPARQL", domain="/sparql-graph-crud-auth", nonce="5dec", opaque="5ebe", stale="false", qop="auth", algorithm="MD5", Basic realm="x\\"y"']);
    expect(challenges.map((c) => c.scheme)).toEqual(['digest', 'basic']);
    expect(challenges[0]!.params.domain).toBe('/sparql-graph-crud-auth');
    expect(challenges[1]!.params.realm).toBe('x"y');
  });

  it('writes Basic credentials as RFC 7617 says', () => {
    expect(basicAuthorization({ user: 'Aladdin', password: 'open sesame' })).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
  });
});

describe('Retry-After', () => {
  it('takes seconds or an HTTP date, and nothing else', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
    expect(retryAfterMs('100000')).toBe(120_000);
  });
});
