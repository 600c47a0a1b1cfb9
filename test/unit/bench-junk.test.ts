import { describe, expect, it } from 'vitest';
import { classifyLine, countByKind, JUNK_KINDS, junkLines, outputLines } from '../../bench/quality/junk.js';
import { JUNK_PATTERNS, stripDecor } from '../../bench/quality/junk-patterns.js';

describe('bench junk-line classification', () => {
  it.each([
    ['Advertisement', 'ad-label'], ['ADVERTISEMENT', 'ad-label'], ['Advertisment', 'ad-label'], ['Ad', 'ad-label'],
    ['Sponsored', 'ad-label'], ['Anzeige', 'ad-label'], ['Publicité', 'ad-label'], ['Publicidad', 'ad-label'],
    ['Pubblicità', 'ad-label'], ['Publicidade', 'ad-label'], ['Advertentie', 'ad-label'], ['Реклама', 'ad-label'],
    ['广告', 'ad-label'], ['広告', 'ad-label'], ['विज्ञापन', 'ad-label'], ['إعلان', 'ad-label'],
    ['Story continues below advertisement', 'ad-label'], ['Advertisement - scroll to continue', 'ad-label'],
    ['info_icon', 'icon'], ['arrow_forward', 'icon'], ['chevron_right', 'icon'], ['expand_more', 'icon'],
    ['play_arrow', 'icon'], ['close', 'icon'], ['share', 'icon'], ['menu', 'icon'], ['\ue5cc', 'icon'], ['▶', 'icon'],
    ['Image', 'image-label'], ['Photo', 'image-label'], ['Picture', 'image-label'], ['Foto', 'image-label'],
    ['Bild', 'image-label'], ['Image 2 of 7', 'image-label'],
    ['Close', 'control'], ['Back to top', 'control'], ['Loading…', 'control'],
    ['Also read: Ten things about rivers', 'promo'], ['READ MORE: Council votes', 'promo'], ['Read more', 'promo'],
    ['Related:', 'promo'], ['Read more »', 'promo'], ['Lesen Sie auch: Der Bericht', 'promo'],
    ['Share', 'share'], ['Tweet', 'share'], ['Share this article', 'share'], ['Subscribe', 'share'],
    ['Follow us', 'share'], ['Sign up for our newsletter', 'share'],
  ])('%j is %s', (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });

  it.each([
    'The advertisement ran for three weeks before it was pulled.',
    'Ads were everywhere in the city.',
    'user_id',
    'max_length',
    'Photo by Jane Doe / Reuters shows the bridge at night',
    'Share prices fell sharply on Monday.',
    'She closed the door.',
    '* * *',
    'Read more about the history of the bridge in our archive, which goes back to 1850 and covers it all.',
    '',
  ])('%j is not junk', (line) => {
    expect(classifyLine(line)).toBeNull();
  });

  it('caps prefix patterns by length', () => {
    expect(classifyLine(`Sign up for our newsletter ${'and more '.repeat(30)}`)).toBeNull();
  });

  it('strips decoration around a label', () => {
    expect(stripDecor('» Read more →')).toBe('Read more');
    expect(stripDecor('• Advertisement:')).toBe('Advertisement');
  });

  it('splits output into trimmed lines and counts every kind', () => {
    const text = 'First paragraph of the story.\n\n Advertisement \n\nImage\n\ninfo_icon\n\nSecond paragraph.\n\nShare';
    expect(outputLines(text)).toHaveLength(6);
    const lines = junkLines(text);
    expect(lines.map((l) => l.kind)).toEqual(['ad-label', 'image-label', 'icon', 'share']);
    const counts = countByKind(lines);
    expect(Object.keys(counts).sort()).toEqual([...JUNK_KINDS].sort());
    expect(counts['ad-label']).toBe(1);
    expect(counts.promo).toBe(0);
  });

  it('keeps the patterns in one table with every kind present', () => {
    expect(new Set(JUNK_PATTERNS.map((p) => p.kind))).toEqual(new Set(['ad-label', 'icon', 'image-label', 'control', 'promo', 'share']));
    for (const p of JUNK_PATTERNS) expect(p.note).not.toBe('');
  });
});

describe('bench junk patterns found on the corpus', () => {
  it.each([
    ['mehr', 'promo'], ['Zum Angebot', 'promo'], ['Verwandte Artikel', 'promo'], ['READ THE REST', 'promo'],
    ['Zurück zum Inhaltsverzeichnis', 'control'], ['Zum Vergrößern bitte anklicken', 'image-label'],
    ['Social Share', 'share'], ['twittern', 'share'], ['keyboard_arrow_down', 'icon'], ['open_in_new', 'icon'],
  ])('%j is %s', (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });

  it.each(['link', 'Images', 'See also', 'with_previous_alert', 'status_code,', 'server_log_summary'])(
    '%j (seen as real content in the corpus) is not junk',
    (line) => {
      expect(classifyLine(line)).toBeNull();
    },
  );
});
