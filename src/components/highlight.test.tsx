import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Highlight, highlightParts } from './highlight';

describe('Highlight', () => {
  it('marks every case-insensitive occurrence of each term', () => {
    const { container } = render(<Highlight text="Ebert liked it; EBERT said so" terms={['ebert', 'so']} />);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Ebert', 'EBERT', 'so']);
    expect(container.textContent).toBe('Ebert liked it; EBERT said so');
  });
  it('renders markup in the text or the query as text, never as HTML', () => {
    const { container } = render(<Highlight text={'<b>bold</b> <img src=x onerror=alert(1)>'} terms={['<b>']} />);
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe('<b>');
    expect(container.textContent).toBe('<b>bold</b> <img src=x onerror=alert(1)>');
  });
  it('treats regex characters literally and shows plain text without terms', () => {
    expect(highlightParts('a (b) c.*', ['(b)', '.*'])).toEqual([
      { text: 'a ', match: false },
      { text: '(b)', match: true },
      { text: ' c', match: false },
      { text: '.*', match: true },
    ]);
    expect(highlightParts('plain', [])).toEqual([{ text: 'plain', match: false }]);
    expect(highlightParts('', ['x'])).toEqual([]);
  });
  it('prefers the longer of overlapping terms', () => {
    expect(highlightParts('superman', ['super', 'superman'])).toEqual([{ text: 'superman', match: true }]);
  });
});
