/**
 * XSS vectors for issue 6: each would set `window.__siftXss` if it ran. They
 * are embedded in a real-looking story (hostilePage) so that Readability keeps
 * them in the article; the unit test checks readPage's html, the e2e tests
 * open the same page in the popup and the overlay and check the flag.
 */
export const FLAG = '__siftXss';
const RUN = `window.${FLAG}=1`;
const B64 = Buffer.from(`<script>${RUN}</script>`).toString('base64');

export const VECTORS: Array<{ name: string; html: string }> = [
  { name: 'script', html: `<script>${RUN}</script>` },
  { name: 'event handler on img', html: `<img src="x:" onerror="${RUN}" alt="">` },
  { name: 'event handler on a', html: `<a href="#" onmouseover="${RUN}" onclick="${RUN}">a link</a>` },
  { name: 'javascript: link', html: `<a href="javascript:${RUN}">click</a>` },
  { name: 'javascript: with entities', html: `<a href="jav&#x09;ascript&colon;${RUN}">click</a>` },
  { name: 'data: document link', html: `<a href="data:text/html;base64,${B64}">data</a>` },
  { name: 'data: iframe', html: `<iframe src="data:text/html;base64,${B64}"></iframe>` },
  { name: 'srcdoc', html: `<iframe srcdoc="<script>parent.${FLAG}=1</script>"></iframe>` },
  { name: 'svg onload', html: `<svg onload="${RUN}"><circle r="1"/></svg>` },
  { name: 'svg script', html: `<svg><script>${RUN}</script></svg>` },
  { name: 'svg animate href', html: `<svg><a><animate attributeName="href" values="javascript:${RUN}"/><text y="10">x</text></a></svg>` },
  { name: 'math mutation', html: `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=x onerror=${RUN}&gt;"></mglyph></table></mtext></math>` },
  { name: 'noscript mutation', html: `<noscript><p title="</noscript><img src=x onerror=${RUN}>"></p></noscript>` },
  { name: 'form formaction', html: `<form action="javascript:${RUN}"><button formaction="javascript:${RUN}">Go</button><input type="image" src="x" formaction="javascript:${RUN}"></form>` },
  { name: 'meta refresh', html: `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">` },
  { name: 'base href', html: '<base href="javascript:/a/">' },
  { name: 'css url', html: `<p style="background:url('javascript:${RUN}')">styled</p><style>p{background:url(https://tracker.example/x.png)}</style>` },
  { name: 'object and embed', html: `<object data="javascript:${RUN}"></object><embed src="javascript:${RUN}">` },
  { name: 'template', html: `<template><img src=x onerror="${RUN}"></template>` },
  { name: 'details ontoggle', html: `<details open ontoggle="${RUN}"><summary>s</summary>d</details>` },
];

const PROSE = [
  'The harbour authority confirmed on Tuesday that the new pier will open in the spring, two years later than planned.',
  'Engineers found the old foundations in worse condition than the survey had shown, and the work had to be redesigned.',
  'Residents who live along the quay said the delay had at least spared them another summer of pile driving at night.',
];

/** A story with every vector between its paragraphs; `marker(i)` is a sentence that must survive beside vector i. */
export const marker = (i: number) => `Paragraph ${i} of the story goes on after the embedded item without any interruption.`;

export function hostilePage(): string {
  const body = VECTORS.map((v, i) => `<p>${PROSE[i % PROSE.length]} ${marker(i)}</p>\n${v.html}\n`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pier opening delayed again</title></head>
<body><article><h1>Pier opening delayed again</h1><p class="byline">By Ana Costa</p>
${body}<p>${PROSE.join(' ')}</p></article></body></html>`;
}
