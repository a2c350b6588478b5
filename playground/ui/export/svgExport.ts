/**
 * Standalone SVG and PNG export of a diagram drawn in the page: computed styles are inlined on a
 * clone (so the file needs no stylesheet), CSS variables are resolved by the browser for the
 * chosen theme, animations are removed, and an optional caption links back to VPN Lab.
 */
const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline'] as const;

export interface SvgExportOptions {
  title: string;
  /** Adds "Open in VPN Lab" under the diagram, linking here (for wikis that show static images). */
  link?: string | undefined;
  background: string;
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function exportSvg(svg: SVGSVGElement, opts: SvgExportOptions): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const out = target[i] as SVGElement | undefined;
    if (!out) return;
    const cs = getComputedStyle(el);
    const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    out.setAttribute('style', style);
    out.removeAttribute('class');
    out.removeAttribute('tabindex');
    out.removeAttribute('role');
    if (cs.display === 'none') out.remove();
  });
  // Animated packets are a live-view effect, not part of a static picture.
  clone.querySelectorAll('circle').forEach((c) => {
    if ((c.getAttribute('style') ?? '').includes('offset') || c.closest('[data-packet]')) c.remove();
  });
  const vb = svg.viewBox.baseVal;
  const width = vb.width || svg.clientWidth;
  const height = vb.height || svg.clientHeight;
  const extra = opts.link ? 28 : 0;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  clone.setAttribute('viewBox', `0 0 ${width} ${height + extra}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height + extra));
  clone.removeAttribute('aria-label');
  clone.setAttribute('role', 'img');
  const ns = 'http://www.w3.org/2000/svg';
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', opts.background);
  clone.insertBefore(bg, clone.firstChild);
  const title = document.createElementNS(ns, 'title');
  title.textContent = opts.title;
  clone.insertBefore(title, clone.firstChild);
  let text = new XMLSerializer().serializeToString(clone);
  if (opts.link) {
    const caption = `<a href="${escapeXml(opts.link)}"><text x="8" y="${height + 18}" style="font-family:system-ui,sans-serif;font-size:12px;fill:#0b5cc4">Open this diagram in VPN Lab</text></a>`;
    text = text.replace(/<\/svg>\s*$/, `${caption}</svg>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
}

/** Rasterises an exported SVG at `scale` (PNG of viewBox size × scale). */
export async function exportPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw on a canvas.');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(name: string, data: Blob | string, type = 'image/svg+xml'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
