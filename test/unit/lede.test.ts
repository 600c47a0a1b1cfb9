import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findLede } from '../../src/core/recover/lede.js';
import { headlineKey } from '../../src/core/text.js';

const STANDFIRST = 'Millions of jobs will change as offices go digital, says the philosopher, and not all of them for the better.';
const BODY = 'It is only a matter of time, he says, before half of all people no longer work nine to five for one employer.';

function doc(body: string): Document {
  return new JSDOM(`<!DOCTYPE html><html><body>${body}</body></html>`).window.document;
}

describe('headlineKey', () => {
  it('compares headlines by letters and digits only', () => {
    // An <h1> with a <br> between kicker and quote reads "work“We" as text.
    expect(headlineKey('The future of work“We are rearranging deck chairs”'))
      .toBe(headlineKey('The future of work - "We are rearranging deck chairs"'));
    expect(headlineKey('Straße 2026!')).toBe('straße2026');
  });
});

describe('findLede', () => {
  it('finds the headline that says the title in other punctuation, even with another <h1> nearer the body', () => {
    const d = doc(`<article><h1>The future of work<br>“We are rearranging deck chairs”</h1><p class="subtitle">${STANDFIRST}</p>
      <div class="box"><h1>Our newsletter</h1></div><div class="body"><p>${BODY}</p></div></article>`);
    expect(findLede(d, 'The future of work - "We are rearranging deck chairs"', BODY, BODY)).toEqual([STANDFIRST]);
  });

  it('takes the last <h1> before the body when no heading says the title', () => {
    const d = doc(`<header><h1>City Gazette</h1></header><main><h1>Leasing, loans or cash: what a car really costs</h1>
      <p class="intro">${STANDFIRST}</p><div class="body"><p>${BODY}</p></div></main><footer><h1>Contact</h1></footer>`);
    expect(findLede(d, 'Lease, finance or buy a car – which pays off?', BODY, BODY)).toEqual([STANDFIRST]);
  });

  it('finds nothing when more than two blocks stand between the headline and the body', () => {
    const d = doc(`<h1>Leasing, loans or cash</h1>${`<p>${STANDFIRST}</p>`.repeat(3)}<p>${BODY}</p>`);
    expect(findLede(d, 'Leasing, loans or cash', BODY, BODY)).toEqual([]);
  });

  it('never reads a <noscript> fallback as a standfirst, as a browser with scripting on parses it (raw markup as text)', () => {
    const d = doc(`<h1>Leasing, loans or cash</h1><div class="lead"><noscript></noscript></div><p>${BODY}</p>`);
    const raw = '<img src="https://example.org/harbour.jpg" alt="The harbour at dawn, with the fishing boats coming in and the lighthouse beyond the pier">';
    d.querySelector('noscript')!.append(d.createTextNode(raw));
    expect(findLede(d, 'Leasing, loans or cash', BODY, BODY)).toEqual([]);
  });
});
