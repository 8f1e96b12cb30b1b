import { describe, expect, it } from 'vitest';
import { emptyAdditions, STORAGE_KEY, webStorage } from './storage';

describe('webStorage', () => {
  it('round-trips additions under a versioned key', () => {
    const s = webStorage(localStorage);
    expect(s.read()).toBeNull();
    const a = emptyAdditions();
    a.idempotency.k = 'r1';
    s.write(a);
    expect(localStorage.getItem(STORAGE_KEY)).toContain('"version":1');
    expect(s.read()).toEqual(a);
    s.clear();
    expect(s.read()).toBeNull();
  });

  it('sets corrupted or unknown-version data aside instead of throwing', () => {
    localStorage.setItem(STORAGE_KEY, '{not json');
    expect(webStorage(localStorage).read()).toBeNull();
    expect(localStorage.getItem(`${STORAGE_KEY}:corrupt`)).toBe('{not json');
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 99 }));
    expect(webStorage(localStorage).read()).toBeNull();
  });
});
