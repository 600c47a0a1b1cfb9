/**
 * The reader's stylesheet, as a string so that the popup, the overlay's shadow
 * root and the CLI's standalone preview all use the very same rules.
 */
export const READER_CSS = `
:host, .sift-root {
  --bg: #fbfbf8; --fg: #1d1d1f; --muted: #5f6368; --accent: #0b57d0; --mark: #fff1a8; --rule: #e3e3de;
  --font: Georgia, 'Iowan Old Style', 'Palatino Linotype', serif; --size: 19px; --measure: 38em; --leading: 1.6;
  all: initial; display: block; box-sizing: border-box; background: var(--bg); color: var(--fg);
  font: var(--size)/var(--leading) var(--font); -webkit-font-smoothing: antialiased;
}
.sift-root[data-theme="dark"] { --bg: #1b1b1d; --fg: #e6e6e3; --muted: #a0a0a6; --accent: #8ab4f8; --mark: #5c4d00; --rule: #333336; }
.sift-root *, .sift-root *::before, .sift-root *::after { box-sizing: border-box; }
.sift-article-wrap { max-width: var(--measure); margin: 0 auto; padding: 2rem 1.25rem 4rem; }
.sift-site { font: 600 0.8rem/1.3 system-ui, sans-serif; letter-spacing: 0.04em; text-transform: uppercase; color: var(--muted); margin: 0 0 0.5rem; }
.sift-title { font-size: 1.9em; line-height: 1.2; margin: 0 0 0.6rem; font-weight: 700; }
.sift-meta { font: 0.85rem/1.4 system-ui, sans-serif; color: var(--muted); margin: 0 0 1.5rem; padding-bottom: 1rem; border-bottom: 1px solid var(--rule); }
.sift-meta span + span::before { content: ' · '; }
.sift-body img, .sift-body video { max-width: 100%; height: auto; }
.sift-body figure { margin: 1.5em 0; }
.sift-body figcaption { font-size: 0.8em; color: var(--muted); }
.sift-body a { color: var(--accent); }
.sift-body blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid var(--rule); color: var(--muted); }
.sift-body pre { overflow: auto; font-size: 0.85em; }
.sift-body mark { background: var(--mark); color: inherit; padding: 0 0.1em; }
.sift-message { font: 1rem/1.5 system-ui, sans-serif; padding: 2rem 1.5rem; text-align: center; color: var(--muted); }
.sift-close { position: fixed; top: 0.75rem; right: 1rem; font: 1.1rem system-ui, sans-serif; border: 1px solid var(--rule); background: var(--bg); color: var(--fg); border-radius: 6px; padding: 0.25rem 0.6rem; cursor: pointer; }
.sift-close:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
`;
