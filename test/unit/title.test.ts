import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/core/result/entities.js';
import { stripSiteName } from '../../src/core/result/title.js';

const blog = { names: ['The Example Blog'], url: 'https://blog.example/2026/harbour' };
const strip = (title: string, site = blog) => stripSiteName(title, site).title;

describe('stripSiteName', () => {
  it('takes a site-name suffix off after any of the usual separators', () => {
    for (const sep of ['|', '-', '–', '—', '::', '·']) {
      expect(strip(`Some headline about the harbour ${sep} The Example Blog`)).toBe('Some headline about the harbour');
    }
    expect(stripSiteName('Some headline about the harbour | The Example Blog', blog)).toEqual({ title: 'Some headline about the harbour', site: 'The Example Blog' });
  });

  it('takes a site-name prefix off', () => {
    expect(strip('The Example Blog: Some headline about the harbour')).toBe('Some headline about the harbour');
    expect(strip('The Example Blog | Some headline about the harbour')).toBe('Some headline about the harbour');
  });

  it('knows the site by its host, by application-name, and with or without "The"', () => {
    expect(strip('Some headline about the harbour | Example Blog', { names: [], url: 'https://www.example-blog.com/news/harbour' })).toBe('Some headline about the harbour');
    expect(strip('Some headline about the harbour - Courier', { names: [], url: 'https://courier.co.uk/harbour' })).toBe('Some headline about the harbour');
    expect(strip('Some headline about the harbour - Example Blog', { names: ['Example Blog'], url: '' })).toBe('Some headline about the harbour');
  });

  it('keeps a leading name on the site\'s home page, where it is the subject', () => {
    const home = { names: ['Example Blog'], url: 'https://example-blog.com/' };
    expect(strip('Example Blog: Notes on harbours, ferries and bridges', home)).toBe('Example Blog: Notes on harbours, ferries and bridges');
    expect(strip('Notes on harbours, ferries and bridges | Example Blog', home)).toBe('Notes on harbours, ferries and bridges');
  });

  it('cuts from the site name on, and keeps separators inside the headline', () => {
    expect(strip('Review - the new harbour ferry | The Example Blog - News and views')).toBe('Review - the new harbour ferry');
  });

  it('leaves a title without a separator, or without the site name, alone', () => {
    expect(strip('Some headline about The Example Blog')).toBe('Some headline about The Example Blog');
    expect(strip('Some headline about the harbour | Weather')).toBe('Some headline about the harbour | Weather');
    expect(strip('The Example Blogger: Some headline about the harbour')).toBe('The Example Blogger: Some headline about the harbour');
    expect(strip('Some headline | The Example Blog', { names: [], url: '' })).toBe('Some headline | The Example Blog');
  });

  it('never leaves too short a title', () => {
    expect(strip('Contact | The Example Blog')).toBe('Contact | The Example Blog');
    expect(strip('About the blog | The Example Blog')).toBe('About the blog | The Example Blog');
    expect(strip('The Example Blog: Welcome')).toBe('The Example Blog: Welcome');
  });
});

describe('decodeEntities', () => {
  it('decodes what Readability leaves: other named references, twice-escaped ones', () => {
    expect(decodeEntities('Caf&eacute; owner&rsquo;s &ldquo;last&rdquo; day&nbsp;&mdash; report')).toBe('Café owner’s “last” day\u00a0— report');
    expect(decodeEntities('Tom &amp;amp; Jerry &amp;#39;reunite&amp;#39; &amp;quot;soon&amp;quot;')).toBe('Tom & Jerry \'reunite\' "soon"');
    expect(decodeEntities('&#x1F600; &#8211; &#0;')).toBe('😀 – \ufffd');
  });

  it('leaves unknown names and plain ampersands', () => {
    expect(decodeEntities('R&D spend &unknown; & more')).toBe('R&D spend &unknown; & more');
  });
});
