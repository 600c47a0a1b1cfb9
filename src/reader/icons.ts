/**
 * Toolbar icons as 24×24 stroke paths (drawn for this project), built with
 * createElementNS so no markup string is ever parsed in the reader.
 */
const PATHS = {
  settings: 'M4 19 9 5l5 14M6 14h6M15 19l3-8 3 8M16 17h4',
  copy: 'M8 8h11v12H8zM5 16V4h11',
  tab: 'M4 5h16v14H4zM4 9h16M14 13h4M14 16h4',
  overlay: 'M3 4h18v16H3zM7 8h10v12H7z',
  print: 'M7 9V3h10v6M6 17H4v-7h16v7h-2M7 14h10v7H7z',
  speak: 'M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11',
  stop: 'M6 6h12v12H6z',
  close: 'M6 6l12 12M18 6 6 18',
} as const;

export type IconName = keyof typeof PATHS;

const SVG = 'http://www.w3.org/2000/svg';

export function icon(doc: Document, name: IconName): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('sift-icon');
  const path = doc.createElementNS(SVG, 'path');
  path.setAttribute('d', PATHS[name]);
  svg.append(path);
  return svg;
}
