/**
 * Splits a command line into words the way a POSIX shell does for the cases a learner types:
 * single and double quotes, backslash escapes, whitespace separation. Never throws.
 */
export interface Tokens {
  readonly words: string[];
  /** An opening quote was never closed. */
  readonly unterminated: boolean;
  /** The line ends in whitespace (completion then offers the next word). */
  readonly trailingSpace: boolean;
}

export function tokenize(line: string): Tokens {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && (line[i + 1] === '"' || line[i + 1] === '\\')) cur += line[++i];
      else cur += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      cur += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(cur);
  return { words, unterminated: quote !== null, trailingSpace: /\s$/.test(line) && quote === null };
}
