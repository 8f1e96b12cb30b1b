import { describe, expect, it } from 'vitest';
import { httpUrl } from './http-url';

describe('httpUrl', () => {
  it('keeps absolute http and https addresses as they are', () => {
    for (const u of [
      'https://www.rogerebert.com/reviews/wont-back-down-2012',
      'http://example.com',
      'HTTPS://EXAMPLE.COM/a',
    ])
      expect(httpUrl(u)).toBe(u);
  });

  it('refuses every other scheme, including disguised ones, and anything that is not an absolute URL', () => {
    for (const u of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      'javascript://%0Aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.com/x',
      '//evil.example/x',
      '/relative/path',
      'example.com',
      '',
      null,
      undefined,
    ])
      expect(httpUrl(u), String(u)).toBeNull();
  });
});
