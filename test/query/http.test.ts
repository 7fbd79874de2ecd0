/** Credentials: from the environment only, answered as the server's challenge asks. */
import { describe, expect, it } from 'vitest';
import { authorize, credentialsFromEnvironment } from '../../src/query/http.js';

describe('credentials', () => {
  it('come from TBKG_ENDPOINT_USER and TBKG_ENDPOINT_PASSWORD', () => {
    expect(credentialsFromEnvironment({})).toBeUndefined();
    expect(credentialsFromEnvironment({ TBKG_ENDPOINT_USER: '' })).toBeUndefined();
    expect(credentialsFromEnvironment({ TBKG_ENDPOINT_USER: 'dba', TBKG_ENDPOINT_PASSWORD: 'pw' })).toEqual({ user: 'dba', password: 'pw' });
  });

  it('answer a Basic challenge', () => {
    expect(authorize('Basic realm="x"', { user: 'Aladdin', password: 'open sesame' }, 'POST', 'http://h/sparql')).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
  });

  it('answer a Digest challenge as RFC 2617 computes it', () => {
    const challenge = 'Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"';
    const header = authorize(challenge, { user: 'Mufasa', password: 'Circle Of Life' }, 'GET', 'http://www.nowhere.org/dir/index.html', '0a4f113b');
    expect(header).toContain('response="6629fae49393a05397450978507c4ef1"');
    expect(header).toContain('uri="/dir/index.html"');
    expect(header).toContain('qop=auth, nc=00000001, cnonce="0a4f113b"');
    expect(header).toContain('opaque="5ccc069c403ebaf9f0171e9517f40e41"');
  });
});
