/**
 * The reader's stylesheet, as a string so that the popup, the overlay's shadow
 * root and the CLI's standalone preview all use the very same rules. Settings
 * arrive as data attributes (theme, font, highlights) and custom properties
 * (--size, --measure, --leading) on .sift-root; see settings.ts.
 */
export const READER_CSS = `
:host, .sift-root {
  --bg: #fbfbf8; --fg: #1d1d1f; --muted: #5f6368; --accent: #0b57d0; --mark: #fff1a8; --mark-flash: #ffd54a;
  --rule: #e3e3de; --panel: #f1f1ec; --serif: Charter, 'Bitstream Charter', Georgia, 'Iowan Old Style', 'Palatino Linotype', serif;
  --sans: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; --ui: 13px/1.4 var(--sans);
  --size: 19px; --measure: 36em; --leading: 1.6; --font: var(--serif);
}
.sift-root {
  all: initial; display: block; box-sizing: border-box; min-height: 100%; background: var(--bg); color: var(--fg);
  font: var(--size)/var(--leading) var(--font); -webkit-font-smoothing: antialiased; color-scheme: light;
}
.sift-root[data-font="sans"] { --font: var(--sans); }
.sift-root[data-theme="dark"] { --bg: #1b1b1d; --fg: #e6e6e3; --muted: #a0a0a6; --accent: #8ab4f8; --mark: #5c4d00; --mark-flash: #8a7400; --rule: #333336; --panel: #252528; color-scheme: dark; }
.sift-root[data-theme="sepia"] { --bg: #f4ecd8; --fg: #3b2f20; --muted: #6e5d45; --accent: #8a4b08; --mark: #f3d88a; --mark-flash: #e8b93c; --rule: #dfd2b3; --panel: #ebe0c6; }
.sift-root *, .sift-root *::before, .sift-root *::after { box-sizing: border-box; }
.sift-root :focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; border-radius: 3px; }
.sift-root [hidden] { display: none !important; }

/* Toolbar and panels: UI type, never the article's size. */
.sift-bar { position: sticky; top: 0; z-index: 2; display: flex; gap: 2px; justify-content: flex-end; padding: 6px 10px;
  background: color-mix(in srgb, var(--bg) 92%, transparent); border-bottom: 1px solid var(--rule); backdrop-filter: blur(6px); }
.sift-bar .sift-close { margin-inline-end: auto; }
.sift-btn { display: inline-grid; place-items: center; width: 34px; height: 34px; padding: 0; border: 1px solid transparent; border-radius: 8px;
  background: none; color: var(--fg); cursor: pointer; }
.sift-btn:hover { background: var(--panel); }
.sift-btn[aria-expanded="true"], .sift-btn[aria-pressed="true"] { background: var(--panel); border-color: var(--rule); }
.sift-icon { width: 20px; height: 20px; fill: none; stroke: currentColor; stroke-width: 1.8; stroke-linecap: round; stroke-linejoin: round; }
.sift-settings { font: var(--ui); display: grid; gap: 10px; padding: 12px 16px; background: var(--panel); border-bottom: 1px solid var(--rule); }
.sift-choice { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.sift-choice legend { float: left; width: 7.5em; color: var(--muted); padding: 0; }
.sift-chip { position: relative; display: inline-block; }
.sift-chip input { position: absolute; opacity: 0; inset: 0; margin: 0; cursor: pointer; }
.sift-chip span { display: inline-block; padding: 4px 10px; border: 1px solid var(--rule); border-radius: 999px; background: var(--bg); }
.sift-chip input:checked + span { border-color: var(--accent); color: var(--accent); font-weight: 600; }
.sift-chip input:focus-visible + span { outline: 2px solid var(--accent); outline-offset: 2px; }
.sift-chip[data-value="dark"] span { background: #1b1b1d; color: #e6e6e3; }
.sift-chip[data-value="sepia"] span { background: #f4ecd8; color: #3b2f20; }
.sift-chip[data-value="light"] span { background: #fbfbf8; color: #1d1d1f; }
.sift-chip[data-value="serif"] span { font-family: var(--serif); }
.sift-chip[data-value="sans"] span { font-family: var(--sans); }
.sift-slider { display: grid; grid-template-columns: 7.5em 1fr 3.5em; align-items: center; gap: 8px; }
.sift-slider label { color: var(--muted); }
.sift-slider input { width: 100%; accent-color: var(--accent); }
.sift-slider output { text-align: end; font-variant-numeric: tabular-nums; }
.sift-toggle { display: flex; gap: 8px; align-items: center; }
.sift-toggle input { accent-color: var(--accent); margin: 0; }
.sift-status { font: var(--ui); position: fixed; bottom: 12px; left: 50%; transform: translateX(-50%); margin: 0; z-index: 3;
  padding: 6px 14px; border-radius: 999px; background: var(--fg); color: var(--bg); }
.sift-status:empty { display: none; }

/* The article. */
.sift-article-wrap { max-width: var(--measure); margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
.sift-site { font: 600 12px/1.3 var(--sans); letter-spacing: 0.05em; text-transform: uppercase; color: var(--muted); margin: 0 0 0.5rem; }
.sift-title { font-size: 1.75em; line-height: 1.2; margin: 0 0 0.6rem; font-weight: 700; }
.sift-meta { font: var(--ui); color: var(--muted); margin: 0 0 1rem; }
.sift-meta span + span::before { content: ' · '; }
.sift-note { font: var(--ui); color: var(--muted); margin: 0 0 1rem; padding: 0.5rem 0.75rem; border-inline-start: 3px solid var(--muted); }
.sift-body { overflow-wrap: break-word; }
.sift-body img, .sift-body video { max-width: 100%; height: auto; }
.sift-body figure { margin: 1.5em 0; }
.sift-body figcaption { font-size: 0.8em; color: var(--muted); }
.sift-body a { color: var(--accent); }
.sift-body blockquote { margin: 1em 0; padding-inline-start: 1em; border-inline-start: 3px solid var(--rule); color: var(--muted); }
.sift-body pre { overflow: auto; font-size: 0.85em; }
.sift-body table { border-collapse: collapse; display: block; overflow: auto; font-size: 0.9em; }
.sift-body td, .sift-body th { border: 1px solid var(--rule); padding: 0.25em 0.5em; }
.sift-body mark[data-sift-highlight] { background: var(--mark); color: inherit; padding: 0 0.1em; border-radius: 2px; }
.sift-root[data-highlights="off"] .sift-body mark[data-sift-highlight] { background: none; padding: 0; }
.sift-root[data-highlights="off"] .sift-quotes { display: none; }
.sift-body mark.sift-flash { animation: sift-flash 1.5s ease-out; }
@keyframes sift-flash { 0%, 40% { background: var(--mark-flash); box-shadow: 0 0 0 4px var(--mark-flash); } 100% { box-shadow: 0 0 0 0 transparent; } }
.sift-body .sift-reading { background: var(--panel); }
::highlight(sift-reading) { background-color: var(--mark-flash); color: inherit; }

/* Key quotes. */
.sift-quotes { font: 15px/1.45 var(--sans); margin: 0 0 1.5rem; padding: 12px 14px; background: var(--panel); border-radius: 10px; }
.sift-quotes-title { font: 600 12px/1.3 var(--sans); letter-spacing: 0.05em; text-transform: uppercase; color: var(--muted); margin: 0 0 6px; }
.sift-quotes-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 2px; }
.sift-quote { display: block; width: 100%; text-align: start; font: inherit; color: inherit; background: none; border: 0; border-radius: 6px; padding: 6px 8px; }
button.sift-quote { cursor: pointer; }
button.sift-quote:hover { background: var(--bg); }
.sift-quote-speaker { display: block; color: var(--muted); font-size: 13px; margin-top: 2px; }
.sift-quote-speaker::before { content: '— '; }

/* What the cleanup removed. */
.sift-removed { font: var(--ui); color: var(--muted); margin: 0 0 1rem; }
.sift-removed-summary { cursor: pointer; width: max-content; }
.sift-removed[open] { padding-bottom: 8px; border-bottom: 1px solid var(--rule); }
.sift-removed-toggle { font: inherit; margin: 8px 0; padding: 4px 10px; border: 1px solid var(--rule); border-radius: 6px; background: var(--bg); color: var(--fg); cursor: pointer; }
.sift-removed-list { margin: 6px 0 0; padding-inline-start: 1.2em; max-height: 14em; overflow: auto; }
.sift-removed-kind { font-weight: 600; color: var(--fg); margin-inline-end: 0.5em; }
.sift-removed-where { font-style: italic; margin-inline-start: 0.5em; }
.sift-body [data-sift-removed] { outline: 1px dashed var(--muted); outline-offset: 2px; opacity: 0.7; }
.sift-body div[data-sift-removed]::before { content: attr(data-sift-kind); display: block; font: var(--ui); color: var(--muted); }

/* Messages. */
.sift-message-box { padding: 2.5rem 1.5rem; text-align: center; }
.sift-message { font: 15px/1.5 var(--sans); color: var(--muted); margin: 0 auto; max-width: 30em; }
.sift-message-action { font: 600 14px/1 var(--sans); margin-top: 1rem; padding: 8px 16px; border-radius: 8px; border: 1px solid var(--accent); background: none; color: var(--accent); cursor: pointer; }
.sift-close-floating { position: absolute; top: 8px; inset-inline-end: 8px; }

@media (prefers-reduced-motion: reduce) { .sift-body mark.sift-flash { animation: none; background: var(--mark-flash); } }
@media print {
  .sift-root { background: #fff; color: #000; --muted: #444; --mark: #eee; font-size: 12pt; }
  .sift-bar, .sift-settings, .sift-status, .sift-removed, .sift-quotes button:hover { display: none !important; }
  .sift-article-wrap { max-width: none; padding: 0; }
  .sift-body a { color: inherit; }
}
`;
