import { describe, expect, it } from 'vitest';
import { fnv1a, foldOf, siteGroup } from '../../bench/train/folds.js';
import { BOILERPLATE, labelByMainContent, labelBySnippets, mainContent, STORY } from '../../bench/train/labels.js';

describe('folds grouped by site', () => {
  it('group a site with its sub-sites, country second levels included', () => {
    expect(siteGroup('forum.example.com')).toBe('example.com');
    expect(siteGroup('news.example.co.uk')).toBe('example.co.uk');
    expect(siteGroup('example.de')).toBe('example.de');
  });

  it('hash a site group with FNV-1a (32 bits, UTF-8): the same fold in every run', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(foldOf('www.example.com') === foldOf('example.com') || siteGroup('www.example.com') !== 'example.com').toBe(true);
    expect(foldOf('a.example.com')).toBe(foldOf('b.example.com'));
  });
});

describe('training labels', () => {
  const mc = mainContent('The Harbour Barrier\n\nThe council met for eleven hours on Tuesday and voted for it.\n\nHistory\n\nThe old gates date from 1901.');

  it('call a line story when its trigrams are in the main content, boilerplate when they are not', () => {
    expect(labelByMainContent('The council met for eleven hours on Tuesday', mc)).toBe(STORY);
    expect(labelByMainContent('Sign up for our weekly newsletter today', mc)).toBe(BOILERPLATE);
    // Half in, half out: left out of training.
    expect(labelByMainContent('The council met for lunch with our weekly newsletter', mc)).toBeNull();
  });

  it('judge a short line by whole lines of the main content', () => {
    expect(labelByMainContent('History', mc)).toBe(STORY);
    expect(labelByMainContent('Share', mc)).toBe(BOILERPLATE);
    // Its words occur inside a sentence but not as a line: ambiguous.
    expect(labelByMainContent('old gates', mc)).toBeNull();
  });

  it('label by snippets, leaving a line that touches both or neither out', () => {
    const gt = { with: ['voted to build the barrier'], without: ['Read more stories'] };
    expect(labelBySnippets('The council voted to build the barrier on Tuesday.', gt)).toBe(STORY);
    expect(labelBySnippets('Read more stories', gt)).toBe(BOILERPLATE);
    expect(labelBySnippets('Something else entirely', gt)).toBeNull();
  });
});
