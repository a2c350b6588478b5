/**
 * The xterm line editor as pure state: keys in, screen writes out. Printable input, Backspace,
 * Left/Right, Home/End, Up/Down history, Tab completion, Ctrl+C, Ctrl+L, Enter.
 * The Svelte component only forwards xterm's onData and writes what this returns.
 */
import type { CommandResult } from './result';

export interface LineEditorHost {
  run(line: string): CommandResult;
  complete(line: string): string[];
  prompt(): string;
  previous(): string | undefined;
  next(): string;
}

/** xterm needs CRLF. */
export const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');

function commonPrefix(xs: readonly string[]): string {
  if (xs.length === 0) return '';
  let p = xs[0] as string;
  for (const x of xs) while (!x.startsWith(p)) p = p.slice(0, -1);
  return p;
}

export class LineEditor {
  private line = '';
  private cursor = 0;

  constructor(private readonly host: LineEditorHost) {}

  /** What to write when the terminal opens. */
  start(banner = ''): string {
    return crlf(banner) + this.host.prompt();
  }

  current(): string {
    return this.line;
  }

  /** Redraw the current line after the prompt, with the cursor where it belongs. */
  private redraw(): string {
    const back = this.line.length - this.cursor;
    return `\r\x1b[K${this.host.prompt()}${this.line}${back > 0 ? `\x1b[${back}D` : ''}`;
  }

  private setLine(l: string): string {
    this.line = l;
    this.cursor = l.length;
    return this.redraw();
  }

  /** Feeds xterm's onData (one key or a pasted chunk); returns what to write. */
  input(data: string): string {
    switch (data) {
      case '\r': {
        const l = this.line;
        this.line = '';
        this.cursor = 0;
        const r = l.trim() ? this.host.run(l) : { output: '', exitCode: 0 };
        return `\r\n${crlf(r.output)}${this.host.prompt()}`;
      }
      case '\x7f':
      case '\b':
        if (this.cursor === 0) return '';
        this.line = this.line.slice(0, this.cursor - 1) + this.line.slice(this.cursor);
        this.cursor--;
        return this.redraw();
      case '\x03':
        this.line = '';
        this.cursor = 0;
        return `^C\r\n${this.host.prompt()}`;
      case '\x0c':
        return `\x1b[2J\x1b[3J\x1b[H${this.redraw()}`;
      case '\x1b[A':
        return this.setLine(this.host.previous() ?? this.line);
      case '\x1b[B':
        return this.setLine(this.host.next());
      case '\x1b[D':
        if (this.cursor === 0) return '';
        this.cursor--;
        return '\x1b[D';
      case '\x1b[C':
        if (this.cursor >= this.line.length) return '';
        this.cursor++;
        return '\x1b[C';
      case '\x1b[H':
      case '\x01':
        this.cursor = 0;
        return this.redraw();
      case '\x1b[F':
      case '\x05':
        this.cursor = this.line.length;
        return this.redraw();
      case '\t':
        return this.tab();
      default:
        return this.insert(data);
    }
  }

  private tab(): string {
    const before = this.line.slice(0, this.cursor);
    const options = this.host.complete(before);
    if (options.length === 0) return '\x07';
    const common = commonPrefix(options);
    const after = this.line.slice(this.cursor);
    if (options.length === 1 || common.length > before.length) {
      const next = options.length === 1 ? (options[0] as string) : common;
      this.line = next + after;
      this.cursor = next.length;
      return this.redraw();
    }
    // Several candidates and nothing more in common: list their last words.
    const words = options.map((o) => o.trimEnd().split(' ').pop() ?? o);
    return `\r\n${words.join('  ')}\r\n${this.redraw()}`;
  }

  private insert(data: string): string {
    // Paste: printable text only; a pasted newline runs the line like Enter.
    // eslint-disable-next-line no-control-regex -- stripping terminal escape sequences is the point
    const printable = data.replace(/\x1b\[[0-9;]*[A-Za-z~]/g, '').replace(/[\x00-\x09\x0b-\x1f]/g, '');
    const parts = printable.split(/\r\n|\r|\n/);
    let out = '';
    parts.forEach((part, i) => {
      this.line = this.line.slice(0, this.cursor) + part + this.line.slice(this.cursor);
      this.cursor += part.length;
      if (i < parts.length - 1) out += this.input('\r');
    });
    return out + this.redraw();
  }
}
