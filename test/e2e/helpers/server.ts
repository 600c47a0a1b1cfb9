import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './paths.js';

/** A page with nothing to read: a title and a list of section links. */
const NAV_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sections – The Example Courier</title></head>
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

/** Paths the fixture server answers; anything else (images, favicon) is a 404. */
export const PAGES = {
  article: '/news.html',
  notArticle: '/sections.html',
} as const;

export const ARTICLE_TITLE = 'Harbour City Council Approves Flood Barrier After Marathon Session';
/** A sentence from the article body (not the standfirst). */
export const ARTICLE_SENTENCE = "Harbour City's council voted 31 to 12 on Thursday night";

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves the test pages on 127.0.0.1 (the only host the test builds may script) on a random port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const pages = new Map<string, string>([
    [PAGES.article, readFileSync(join(ROOT, 'samples/news-page.html'), 'utf8')],
    [PAGES.notArticle, NAV_PAGE],
  ]);
  const server = createServer((req, res) => {
    const body = pages.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    res.writeHead(body === undefined ? 404 : 200, {
      'content-type': 'text/html; charset=utf-8',
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
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}
