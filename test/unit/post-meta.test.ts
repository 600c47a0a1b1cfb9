import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { postMeta } from '../../src/core/extract/post-meta.js';

/** Posts under one thread element; each post's body is `.body`. */
function thread(posts: string[]) {
  const doc = new JSDOM(`<div id="t">${posts.map((p) => `<div class="post">${p}</div>`).join('')}</div>`).window.document;
  const meet = doc.getElementById('t')!;
  return postMeta([...meet.querySelectorAll('.body')], meet);
}

const BODY = '<div class="body"><p>I had the same problem last summer and moving the pots fixed it.</p></div>';

describe('postMeta', () => {
  it('names the author from the user card and the date from <time>', () => {
    const [m] = thread([`<div class="user-card"><a class="username" href="/u/mira">Mira</a><span>12 posts</span></div><time>Jul 14</time>${BODY}`]);
    expect(m).toEqual({ line: 'Mira 12 posts · Jul 14', signed: true });
  });

  it('takes a link to a member profile for the author when no class says so', () => {
    const [m] = thread([`<div><a href="/members/jonas.88/">Jonas</a></div>${BODY}`]);
    expect(m!.signed).toBe(true);
    expect(m!.line).toBe('Jonas');
  });

  it('takes a short header line that dates the post when nothing names the author', () => {
    // A post header in plain <div>s: the name carries no class, the date no <time>.
    const [m] = thread([`<div><div class="font-bold">Seaside3 · <span>03/03/2026 20:20</span></div></div>${BODY}`]);
    expect(m).toEqual({ line: 'Seaside3 · 03/03/2026 20:20', signed: true });
  });

  it('leaves a post that shows neither author nor date unsigned, with no line', () => {
    const [m] = thread([`<div><div class="heading">Great question</div></div>${BODY}`]);
    expect(m).toEqual({ line: '', signed: false });
  });
});
