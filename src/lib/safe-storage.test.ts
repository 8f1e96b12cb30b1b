import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '@/testing/memory-storage';
import { safeStorage } from './safe-storage';

describe('safeStorage', () => {
  it('keeps values in memory once storage is full, and forgets them (and the lost durability) like a new tab', () => {
    const backing = new MemoryStorage();
    let full = false;
    const store = Object.assign(backing, {
      setItem(this: MemoryStorage, key: string, value: string) {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        MemoryStorage.prototype.setItem.call(this, key, value);
      },
    });
    const storage = safeStorage(() => store, { version: 1 });
    full = true;
    storage.setItem('k', 'in memory');
    expect([storage.durable, storage.getItem('k'), backing.getItem('k')]).toEqual([false, 'in memory', null]);

    full = false;
    storage.forget();
    expect([storage.durable, storage.getItem('k')]).toEqual([true, null]);
    storage.setItem('k', 'stored');
    expect(backing.getItem('k')).toBe('stored');
  });
});
