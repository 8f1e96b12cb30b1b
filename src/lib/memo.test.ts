import { describe, expect, it, vi } from 'vitest';
import { memoPerList } from './memo';

describe('memoPerList', () => {
  it('computes once per list and argument, and again for a new list or another argument', () => {
    const fn = vi.fn((list: readonly number[], by: number) => list.map((n) => n * by));
    const times = memoPerList(fn);
    const list = [1, 2, 3];
    const doubled = times(list, 2);
    expect(doubled).toEqual([2, 4, 6]);
    expect(times(list, 2)).toBe(doubled);
    expect(times(list, 3)).toEqual([3, 6, 9]);
    expect(times(list, 2)).toBe(doubled); // an earlier argument is still remembered
    expect(times([1, 2, 3], 2)).not.toBe(doubled); // an equal but new list is a new list
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('remembers a null argument and an undefined result like any other', () => {
    const fn = vi.fn((_list: readonly string[], _p: null) => undefined);
    const f = memoPerList(fn);
    const list: string[] = [];
    f(list, null);
    f(list, null);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
