// @vitest-environment jsdom
// (Web Storage itself is under test: its keys, quota and errors)
import { describe, expect, it, vi } from 'vitest';
import { SET_ASIDE_CAP, setAside, setAsideCopies, storageEvents } from './set-aside';

const KEY = 'verdict:test';
const at = (s: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, s));

describe('setAside', () => {
  it('dates each copy, keeps two set aside in the same millisecond apart, and reports them', () => {
    expect(setAside(localStorage, KEY, 'corrupt', 'a', at(1))).toBe(`${KEY}:corrupt:2025-01-01T00:00:01.000Z`);
    expect(setAside(localStorage, KEY, 'v9', 'b', at(1))).toBe(`${KEY}:v9:2025-01-01T00:00:01.000Z-001`);
    expect(setAside(localStorage, KEY, 'corrupt', 'c', at(1))).toBe(`${KEY}:corrupt:2025-01-01T00:00:01.000Z-002`);
    expect(setAsideCopies(localStorage, KEY).map((c) => localStorage.getItem(c.copyKey))).toEqual(['a', 'b', 'c']);
    expect(storageEvents().map((e) => e.type)).toEqual(['set-aside', 'set-aside', 'set-aside']);
  });

  it('keeps the newest copies, in order, when more than the cap are set aside in one millisecond', () => {
    const raws = () => setAsideCopies(localStorage, KEY).map((c) => localStorage.getItem(c.copyKey));
    for (let i = 1; i <= SET_ASIDE_CAP + 2; i++) setAside(localStorage, KEY, 'corrupt', `c${i}`, at(1));
    // the first one dropped freed the millisecond's own stamp: the next copy must still sort after the others
    expect(raws()).toEqual(['c3', 'c4', 'c5', 'c6', 'c7']);
  });

  it('counts copies from before copies were dated as the oldest, and drops them first, with a notice', () => {
    localStorage.setItem(`${KEY}:corrupt`, 'undated');
    localStorage.setItem(`${KEY}:v9`, 'future');
    localStorage.setItem(`${KEY}-other`, 'not a copy');
    for (let i = 1; i <= SET_ASIDE_CAP - 2; i++) setAside(localStorage, KEY, 'invalid', `dated ${i}`, at(i));
    const raws = () => setAsideCopies(localStorage, KEY).map((c) => localStorage.getItem(c.copyKey));
    expect(raws()).toEqual(['undated', 'future', 'dated 1', 'dated 2', 'dated 3']);
    expect(storageEvents().some((e) => e.type === 'dropped')).toBe(false);
    setAside(localStorage, KEY, 'invalid', 'dated 4', at(4));
    setAside(localStorage, KEY, 'invalid', 'dated 5', at(5));
    expect(raws()).toEqual(['dated 1', 'dated 2', 'dated 3', 'dated 4', 'dated 5']);
    expect(
      storageEvents()
        .filter((e) => e.type === 'dropped')
        .map((e) => e.copyKey),
    ).toEqual([`${KEY}:corrupt`, `${KEY}:v9`]);
    expect(localStorage.getItem(`${KEY}-other`)).toBe('not a copy');
  });

  it('returns null and removes nothing when the copy cannot be written', () => {
    for (let i = 1; i <= SET_ASIDE_CAP; i++) setAside(localStorage, KEY, 'corrupt', `c${i}`, at(i));
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(setAside(localStorage, KEY, 'corrupt', 'one too many', at(9))).toBeNull();
    expect(setAsideCopies(localStorage, KEY)).toHaveLength(SET_ASIDE_CAP);
    expect(storageEvents().some((e) => e.type === 'dropped')).toBe(false);
  });
});
