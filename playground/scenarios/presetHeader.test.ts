import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { presetHeader } from './presetHeader';
import { presetTexts } from './presetTexts';

const viaYaml = (text: string) => {
  const o = parse(text) as { Name?: unknown; Description?: unknown };
  return { title: String(o.Name ?? ''), description: String(o.Description ?? '') };
};

describe('presetHeader', () => {
  it.each(presetTexts.map(([name, text]) => [name, text] as const))('%s: reads what the YAML parser reads', (_n, text) => {
    expect(presetHeader(text)).toEqual(viaYaml(text));
  });

  it.each([
    ['plain', 'Name: A plain name\nDescription: Short text, with commas.\nSeed: 1'],
    ['double-quoted with a colon', 'Name: "Site: A"\nDescription: "Say \\"hi\\" now."'],
    ['a YAML-only escape', 'Name: "Bell \\x41"\nDescription: ok'],
    ['a folded block scalar', 'Name: N\nDescription: >\n  first line\n  second line\n'],
    ['a continuation line', 'Name: N\nDescription: first part\n  second part\nSeed: 2'],
    ['a trailing comment', 'Name: N # a comment\nDescription: d'],
    ['single quotes', "Name: 'It''s here'\nDescription: d"],
    ['no description', 'Name: Only a name\nSeed: 3'],
  ])('%s: agrees with the YAML parser', (_case, text) => {
    expect(presetHeader(text)).toEqual(viaYaml(text));
  });
});
