import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { hostilePage } from '../../hostile/vectors.js';
import { ROOT } from './paths.js';

/** Pages written for these tests (the article itself is the project's sample page). */
const PAGES_DIR = join(ROOT, 'test/e2e/pages');

/** The not-an-article page's title, which "Show anyway" shows as the article's. */
export const NAV_TITLE = 'Sections – The Example Courier';

/** A page with nothing to read: a title and a list of section links. */
const NAV_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${NAV_TITLE}</title></head>
<body>
  <nav aria-label="Sections">
    <ul>
      <li><a href="/world">World</a></li>
      <li><a href="/business">Business</a></li>
      <li><a href="/sport">Sport</a></li>
      <li><a href="/opinion">Opinion</a></li>
    </ul>
  </nav>
</body>
</html>
`;

/** Every /images/ path gets this picture (an SVG whatever the name says), so screenshots show no broken image. */
const PICTURE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675" width="1200" height="675">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9cc3e0"/><stop offset="1" stop-color="#e7eef2"/></linearGradient>
  <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#4f7f9c"/><stop offset="1" stop-color="#24485f"/></linearGradient></defs>
  <rect width="1200" height="675" fill="url(#sky)"/>
  <path d="M0 330 L140 300 L260 318 L420 280 L560 310 L700 290 L860 312 L1000 296 L1200 320 L1200 400 L0 400Z" fill="#7d8f86"/>
  <rect y="390" width="1200" height="285" fill="url(#sea)"/>
  <g fill="#d9dde0" stroke="#56616a" stroke-width="4">
    <rect x="180" y="350" width="60" height="120"/><rect x="420" y="350" width="60" height="120"/>
    <rect x="660" y="350" width="60" height="120"/><rect x="900" y="350" width="60" height="120"/>
    <path d="M240 372 Q330 420 420 372 M480 372 Q570 420 660 372 M720 372 Q810 420 900 372" fill="none"/>
  </g>
</svg>
`;

/** Paths the fixture server answers (and /images/*); anything else (favicon) is a 404. */
export const PAGES = {
  article: '/news.html',
  notArticle: '/sections.html',
  /** A long article with several attributed quotes, the last of them far below the first screen. */
  quotes: '/quotes.html',
  /** An Arabic article (lang="ar", dir="rtl"). */
  rtl: '/rtl-ar.html',
  /** test/hostile's story with 20 XSS vectors between its paragraphs; no CSP, so the page runs its own copy. */
  hostile: '/hostile.html',
  /** A story that loads nothing: no images, scripts, styles or frames, and a data: icon so the browser asks for no favicon. */
  bare: '/bare.html',
} as const;

export const ARTICLE_TITLE = 'Harbour City Council Approves Flood Barrier After Marathon Session';
/** A sentence from the article body (not the standfirst). */
export const ARTICLE_SENTENCE = "Harbour City's council voted 31 to 12 on Thursday night";
export const QUOTES_TITLE = 'Riverside Tram Extension Wins Backing Despite Warnings Over Cost';
export const RTL_TITLE = 'افتتاح جسر المشاة الجديد فوق النهر في وسط المدينة';
export const BARE_TITLE = 'Night Ferry Timetable Returns After Winter Pause';

/** What reached the fixture server: every request, in order. */
export interface ServedRequest {
  method: string;
  path: string;
  referer: string | undefined;
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Every request the server has answered, oldest first (a test may empty it). */
  requests: ServedRequest[];
  close(): Promise<void>;
}

/** Serves the test pages on 127.0.0.1 (the only host the test builds may script) on a random port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const pages = new Map<string, string>([
    [PAGES.article, readFileSync(join(ROOT, 'samples/news-page.html'), 'utf8')],
    [PAGES.notArticle, NAV_PAGE],
    [PAGES.quotes, readFileSync(join(PAGES_DIR, 'quotes.html'), 'utf8')],
    [PAGES.rtl, readFileSync(join(PAGES_DIR, 'rtl-ar.html'), 'utf8')],
    [PAGES.hostile, hostilePage()],
    [PAGES.bare, readFileSync(join(PAGES_DIR, 'bare.html'), 'utf8')],
  ]);
  const requests: ServedRequest[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ method: req.method ?? '', path, referer: req.headers.referer });
    const picture = path.startsWith('/images/');
    const body = picture ? PICTURE : pages.get(path);
    res.writeHead(body === undefined ? 404 : 200, {
      'content-type': picture ? 'image/svg+xml' : 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    requests,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}
