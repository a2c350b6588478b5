import { describe, expect, it } from 'vitest';
import { readEmbedOptions } from './embedOptions';

describe('embed URL options', () => {
  it('reads every option', () => {
    const o = readEmbedOptions('?preset=redundant-cgw&panels=canvas,log&mode=readonly&t=2h&autoplay=1&speed=100&theme=dark&title=HQ%20VPN');
    expect(o).toMatchObject({ preset: 'redundant-cgw', panels: ['canvas', 'log'], mode: 'readonly', startMs: 7_200_000, autoplay: true, speed: 100, theme: 'dark', title: 'HQ VPN', problems: [] });
  });

  it('has sensible defaults', () => {
    expect(readEmbedOptions('')).toMatchObject({ preset: 'single-vgw', panels: ['canvas', 'details'], mode: 'interactive', startMs: 90_000, theme: 'auto' });
  });

  it('names the option and the allowed values when a value is wrong, and keeps going', () => {
    const o = readEmbedOptions('?panels=canvas,bogus&t=soon&speed=99999');
    expect(o.panels).toEqual(['canvas']);
    expect(o.problems.join(' ')).toMatch(/panels: "bogus".*allowed: canvas, details, log, ladder/);
    expect(o.problems.join(' ')).toMatch(/t: "soon"/);
    expect(o.speed).toBe(10);
  });
});
