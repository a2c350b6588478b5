import { parseDuration } from '../../engine/schema/duration';

/** What an embed URL may ask for; anything else in the URL is ignored. */
export interface EmbedOptions {
  preset: string;
  panels: ('canvas' | 'details' | 'log' | 'ladder')[];
  mode: 'readonly' | 'interactive';
  startMs: number;
  autoplay: boolean;
  speed: number;
  theme: 'light' | 'dark' | 'auto';
  title: string;
  problems: string[];
  /** Origin of this site, for absolute links back from exported images. */
  origin: string;
}

const PANELS = ['canvas', 'details', 'log', 'ladder'] as const;

export function readEmbedOptions(search: string, origin = ''): EmbedOptions {
  const p = new URLSearchParams(search);
  const problems: string[] = [];
  const panels = (p.get('panels') ?? 'canvas,details')
    .split(',')
    .map((x) => x.trim())
    .filter((x): x is EmbedOptions['panels'][number] => {
      if ((PANELS as readonly string[]).includes(x)) return true;
      if (x) problems.push(`panels: "${x}" is not a panel (allowed: ${PANELS.join(', ')})`);
      return false;
    });
  const mode = p.get('mode') === 'readonly' ? 'readonly' : 'interactive';
  const theme = p.get('theme');
  let startMs = 90_000;
  const t = p.get('t');
  if (t) {
    const ms = parseDuration(t);
    if (typeof ms === 'number' && Number.isFinite(ms) && ms >= 0) startMs = ms;
    else problems.push(`t: "${t}" is not a duration (use 30s, 10m, 2h or 1d)`);
  }
  const speed = Number(p.get('speed') ?? 10);
  return {
    preset: p.get('preset') ?? 'single-vgw',
    panels: panels.length ? panels : ['canvas'],
    mode,
    startMs,
    autoplay: p.get('autoplay') === '1' || p.get('autoplay') === 'true',
    speed: Number.isFinite(speed) && speed >= 1 && speed <= 1000 ? speed : 10,
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    title: (p.get('title') ?? '').slice(0, 120) || 'VPN Lab diagram',
    problems,
    origin,
  };
}
