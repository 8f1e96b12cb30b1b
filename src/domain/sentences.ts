/**
 * Splits a text after its first sentence: ". " (or "?", "!", optionally followed by a closing quote or
 * bracket) before a capital letter or an opening quote. `first + ' ' + rest` is the text again.
 */
export function splitFirstSentence(text: string): [first: string, rest: string] {
  const match = /[.!?]["”’)]?(\s+)(?=["“A-Z])/.exec(text);
  if (!match) return [text, ''];
  const end = match.index + match[0].length - match[1]!.length;
  return [text.slice(0, end), text.slice(match.index + match[0].length)];
}
