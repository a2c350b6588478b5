/** Command history with up/down navigation, like a shell's (consecutive duplicates kept once). */
export class CommandHistory {
  private readonly items: string[] = [];
  private cursor = 0;

  constructor(private readonly capacity = 500) {}

  push(line: string): void {
    const l = line.trim();
    if (l && this.items[this.items.length - 1] !== l) {
      this.items.push(l);
      if (this.items.length > this.capacity) this.items.shift();
    }
    this.cursor = this.items.length;
  }

  /** The previous entry (Up); stays on the oldest. */
  previous(): string | undefined {
    if (this.items.length === 0) return undefined;
    this.cursor = Math.max(0, this.cursor - 1);
    return this.items[this.cursor];
  }

  /** The next entry (Down); past the newest gives an empty line. */
  next(): string {
    this.cursor = Math.min(this.items.length, this.cursor + 1);
    return this.items[this.cursor] ?? '';
  }

  list(): readonly string[] {
    return this.items;
  }
}
