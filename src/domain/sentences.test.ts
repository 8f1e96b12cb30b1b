import { describe, expect, it } from 'vitest';
import { splitFirstSentence } from './sentences';

describe('splitFirstSentence', () => {
  it('splits after the first full stop before a capital letter', () => {
    expect(splitFirstSentence('Adults drink at a bar. A mother tells a tale.')).toEqual([
      'Adults drink at a bar.',
      'A mother tells a tale.',
    ]);
  });

  it('keeps a closing quote with the first sentence and ignores commas inside quotes', () => {
    expect(splitFirstSentence('Words such as "idiot," "slow," "dumb." One or two uses of "ass."')).toEqual([
      'Words such as "idiot," "slow," "dumb."',
      'One or two uses of "ass."',
    ]);
  });

  it('leaves a single sentence whole', () => {
    expect(splitFirstSentence('Not violent, but upsetting: A teacher keeps a student in class.')).toEqual([
      'Not violent, but upsetting: A teacher keeps a student in class.',
      '',
    ]);
    expect(splitFirstSentence('')).toEqual(['', '']);
  });
});
