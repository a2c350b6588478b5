/**
 * Cisco-style configuration text as a tree: a line indented deeper than the one before is a
 * sub-command of it; `!` lines are comments; `exit` closes nothing by itself (indentation does).
 */
export interface ConfigLine {
  readonly text: string;
  readonly words: readonly string[];
  readonly line: number;
  readonly children: ConfigLine[];
}

export function indentedBlocks(text: string, comment = '!'): ConfigLine[] {
  const root: ConfigLine = { text: '', words: [], line: 0, children: [] };
  const stack: { indent: number; node: ConfigLine }[] = [{ indent: -1, node: root }];
  text.split(/\r?\n/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith(comment) || trimmed === 'exit' || trimmed === 'end') return;
    const indent = raw.length - raw.trimStart().length;
    while (stack.length > 1 && (stack[stack.length - 1]?.indent ?? -1) >= indent) stack.pop();
    const node: ConfigLine = { text: trimmed, words: trimmed.split(/\s+/), line: i + 1, children: [] };
    (stack[stack.length - 1]?.node ?? root).children.push(node);
    stack.push({ indent, node });
  });
  return root.children;
}

/** Lines of `block` (at any depth) whose words start with `prefix`. */
export function findAll(block: readonly ConfigLine[], ...prefix: string[]): ConfigLine[] {
  const out: ConfigLine[] = [];
  const walk = (nodes: readonly ConfigLine[]) => {
    for (const n of nodes) {
      if (prefix.every((p, i) => n.words[i]?.toLowerCase() === p.toLowerCase())) out.push(n);
      walk(n.children);
    }
  };
  walk(block);
  return out;
}

export const findFirst = (block: readonly ConfigLine[], ...prefix: string[]): ConfigLine | undefined => findAll(block, ...prefix)[0];
