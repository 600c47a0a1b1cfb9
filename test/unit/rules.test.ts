import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hasAttrWord } from '../../src/core/clean/attrs.js';
import { isIconWord } from '../../src/core/clean/icon-words.js';
import { isAdLabel, isImageLabel, isPromoLine, isSharePrompt } from '../../src/core/clean/line-rules.js';
import { collectLines } from '../../src/core/clean/lines.js';
import { AD_ATTR_WORDS, PROMPT_ATTR_WORDS } from '../../src/core/rules.js';

const doc = new JSDOM('').window.document;
function lineOf(html: string) {
  const div = doc.createElement('div');
  div.innerHTML = html;
  return collectLines(div)[0]!;
}

describe('ad labels in the twelve languages', () => {
  it.each([
    'Advertisement', 'ADVERTISEMENT', '— Advertisement —', '[Ad]', 'Sponsored', 'Anzeige', 'Werbung', 'Publicité',
    'Publicidad', 'Pubblicità', 'Publicidade', 'Advertentie', 'Реклама', '广告', '広告', 'विज्ञापन', 'إعلان',
    'Story continues below advertisement', 'Article continues below', 'Advertisement - Scroll to continue',
    'Continue reading the main story', 'Weiterlesen nach der Anzeige', 'Anzeige, enthält Affiliate Links',
    'Werbung / enthält Affiliate-Links', 'Contains affiliate links.',
  ])('%s is a label', (t) => expect(isAdLabel(t)).toBe(true));

  it.each([
    'Advertisement spending rose 4% last year.', 'The ad was pulled after complaints.', 'Anzeige erstattet',
    'Sponsored by the council, the festival drew 10,000 people.', 'Publicidad engañosa, dice el ministro',
    'This guide contains affiliate links to the shops we tested, which pay us a small fee.',
  ])('%s is prose', (t) => expect(isAdLabel(t)).toBe(false));
});

describe('icon words', () => {
  it.each(['info_icon', 'arrow_forward', 'chevron_right', 'expand_more', 'arrow_outward', 'play_arrow share'])(
    '%s is an icon', (t) => expect(isIconWord(t)).toBe(true));
  it.each(['snake_case_variable', 'user_id', 'Info', 'the close of trading', 'share price'])(
    '%s is not', (t) => expect(isIconWord(t)).toBe(false));
});

describe('promo lines', () => {
  it.each([
    '<b>ALSO READ:</b> <a href="/x">Schools close early</a>',
    'Read more: <a href="/x">Reservoirs at five-year low</a>',
    '<a href="/x">Lesen Sie auch: Die Bahn erhöht die Preise</a>',
    'À lire aussi : <a href="/x">La grève continue</a>',
    'READ MORE',
  ])('%s is a promo line', (html) => expect(isPromoLine(lineOf(html))).toBe(true));
  it.each([
    'Related research suggests the onset date has become more variable.',
    'Read more widely, she told her students, and you will write better.',
    'Watch the council debate live from seven o\'clock on the city\'s website.',
  ])('%s is prose', (html) => expect(isPromoLine(lineOf(html))).toBe(false));
});

describe('image labels and share prompts', () => {
  it.each(['Image', 'Photo', 'Foto', 'Bild', 'Enlarge this image', 'Zum Vergrößern bitte anklicken'])(
    '%s is an image label', (t) => expect(isImageLabel(t)).toBe(true));
  it.each(['Image rights are a mess', 'Photo finish in the final race'])('%s is prose', (t) => expect(isImageLabel(t)).toBe(false));
  it.each(['Share', 'Share this article', 'Tweet', 'Facebook Twitter Email', 'Sign up for our free business newsletter',
    'Follow us on Twitter', 'Subscribe', 'Teilen'])('%s is a prompt', (t) => expect(isSharePrompt(t)).toBe(true));
  it.each(['Share your own library story with us: the best letters will be printed next week.',
    'Subscribers will get the new edition on Monday.', 'Follow the money, the inspector said.'])(
    '%s is prose', (t) => expect(isSharePrompt(t)).toBe(false));
});

describe('class and id words', () => {
  const el = (cls: string) => {
    const d = doc.createElement('div');
    d.className = cls;
    return d;
  };
  it.each(['ad-slot', 'adSlot', 'ad_unit', 'dfp-ad', 'advert', 'GoogleAd', 'ad slot--inline'])('%s is an ad', (c) =>
    expect(hasAttrWord(el(c), AD_ATTR_WORDS)).toBe(true));
  it.each(['header', 'shadow', 'download', 'add-to-cart', 'head-line', 'loaded', 'radio'])('%s is not', (c) =>
    expect(hasAttrWord(el(c), AD_ATTR_WORDS)).toBe(false));
  it.each(['cc-revoke cc-bottom', 'cc-window cc-banner', 'cookie-consent'])('%s is a prompt', (c) =>
    expect(hasAttrWord(el(c), PROMPT_ATTR_WORDS)).toBe(true));
  it.each(['cc-by-sa', 'license cc', 'cc-bcc-fields'])('%s is not a prompt', (c) =>
    expect(hasAttrWord(el(c), PROMPT_ATTR_WORDS)).toBe(false));
});

describe('credits and page controls', async () => {
  const { isControlLine, isCreditLine } = await import('../../src/core/clean/more-lines.js');
  it.each(['Foto: GdP/Hagen Immel', 'Bild: Jahr Media', 'Crédits photos : Bestimage', '(crédito: Minervino Júnior)',
    'Image copyright Reuters', 'Photograph by Ana Costa', 'Getty Images', 'Bild 3 von 10', 'Image 2 of 5',
    '© Frankfurter Allgemeine Zeitung GmbH 2020', 'Quelle: Landesregierung', 'Credit:'])('%s is a credit', (t) =>
    expect(isCreditLine(t)).toBe(true));
  it.each(['Images of the flood', 'Photo finish in the final race', 'Source code is on GitHub.',
    'Photo: The mayor speaks to residents at the rally, where she promised new housing.', 'Bilder einer Ausstellung'])(
    '%s is not', (t) => expect(isCreditLine(t)).toBe(false));
  it.each(['(crédito: Minervino Júnior/CB/D.A.Press)', '. Imagen: Télam', 'Beitragsbild: Titelseite der FAZ vom 2.4.2019, Ausriss.'])(
    '%s is a credit too', (t) => expect(isCreditLine(t)).toBe(true));
  const { creditTailStart } = await import('../../src/core/clean/more-lines.js');
  it.each([
    ['GdP-Vize und Tarifexperte René Klemmer. Foto: GdP/Hagen Immel', false, 'Foto: GdP/Hagen Immel'],
    ['Die Turniere im Überblick. (Foto: Getty)', false, '(Foto: Getty)'],
    ['Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO', false, '© AFP / MARCO BERTORELLO'],
    ['Das FWR fordert eine schnelle Aufklärung. (Quelle: Fleischmann/Unsplash/DJV)', true, '(Quelle: Fleischmann/Unsplash/DJV)'],
  ])('%s ends in a credit', (line, inCaption, tail) => expect(line.slice(creditTailStart(line, inCaption))).toBe(tail));
  it.each([
    ['Primary Funding Source: National Institutes of Health.', false],
    ['Foto: Lena Hofer', true],
    ['The photo: a crowd at the gate. Photo editors chose it from hundreds of frames sent in by readers.', false],
  ])('%s has no credit tail', (line, inCaption) => expect(creditTailStart(line, inCaption)).toBe(-1));
  it.each(['mehr', 'Mehr ›', 'Zur Übersicht', 'Back to top', 'Zum Angebot', 'Loading…', 'Weiterlesen', '36 Comments',
    '●●●●●●', 'Newsletter |', 'Zum Deal »'])('%s is a control',
    (t) => expect(isControlLine(t)).toBe(true));
  it.each(['More than 300 people came.', 'Weiter geht es am Montag.', 'Next year the club turns 101.'])('%s is prose',
    (t) => expect(isControlLine(t)).toBe(false));
});

describe('site notices and bare dates', async () => {
  const { isNoticeLine } = await import('../../src/core/clean/more-lines.js');
  it.each(['Kommentare sind geschlossen.', 'Diese Website verwendet Akismet, um Spam zu reduzieren.',
    'Sie sind aktuell nicht eingeloggt.', 'This entry was posted in News and tagged water.', 'Alle Angaben ohne Gewähr',
    '05. Februar 2020', 'Aktualisiert: 03.04.2020', '7. oktober 2020', '20:37', 'March 3, 2026', '2026-03-12',
    'This entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and is filed under Tastings, Events, Calendar. You can follow any responses to this entry through the RSS 2.0 feed. Both comments and pings are currently closed.',
    'Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein, Tastings & Events abgelegt. Du kannst die Kommentare zu diesen Eintrag durch den RSS 2.0 Feed verfolgen. Kommentare sind derzeit geschlossen, aber Du kannst dennoch einen Trackback auf deiner Seite einrichten.'])(
    '%s is a notice', (t) => expect(isNoticeLine(t)).toBe(true));
  it.each(['On 5 February 2020 the council met again.', 'Posted', '2020 was a hard year for the club.',
    'Updated rules take effect on Monday.', '1,192 followers',
    'Der Feed im Format RSS 2.0 wurde am Montag abgeschaltet, sagte der Betreiber, weil ihn kaum noch jemand nutzte und die Pflege des alten Servers, auf dem er lief, jedes Jahr mehr Zeit und Geld kostete, als der Verein dafür aufbringen konnte.'])('%s is not', (t) => expect(isNoticeLine(t)).toBe(false));
});

describe('post meta, consent placeholders and comment-login notices', async () => {
  const { isNoticeLine, isControlLine, isCreditLine } = await import('../../src/core/clean/more-lines.js');
  it.each(['Kategorie: Erste Versuche', '24.01.2022 11:38 Kategorie: News', 'News date : 04/21/2022 Category : Press Releases',
    'Veröffentlicht: 05.01.2020 | Abgelegt unter: Canon Powershot S110, Fotografie | Tags: Abendhimmel, Gewitter',
    'Tags:Uncategorized', 'Publiziert: 03.04.2020, 12:35', 'asked Feb 6, 2014 at 20:37', 'Posted on April 29, 2022',
    'Twitter freischalten', 'Para comentar debes registrarte y completar los datos generales.',
    'Vous devez être connecté pour publier un commentaire.', 'Devi essere connesso per inviare un commento.',
    'Você precisa fazer o login para publicar um comentário.',
    'Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her. Hier kannst du deine Einstellungen verwalten, um eine Verbindung zu den Social-Media-Kanälen herzustellen.'])(
    '%s is a notice', (t) => expect(isNoticeLine(t)).toBe(true));
  it.each(['Tags: Das sind Schlagwörter. Sie helfen beim Suchen.', 'Der Artikel erschien in der Kategorie: Neuheiten, zusammen mit anderen. Er wurde oft gelesen.',
    'In der Kategorie Sport gewann sie 2020 den Preis.', 'Debes registrarte antes del viernes si quieres votar en la asamblea del club, dijo el presidente, y traer tu documento.'])(
    '%s is prose', (t) => expect(isNoticeLine(t)).toBe(false));
  it.each(['Weitere Infos unter www.itfjuniors.de.', 'More information at example.org', 'Weitere Informationen zum Projekt unter www.projekt.de'])(
    '%s is a closing web pointer', (t) => expect(isNoticeLine(t)).toBe(true));
  it.each(['Weitere Infos unter der Woche gibt es im Rathaus.', 'More information at the end of the month.'])(
    '%s is prose', (t) => expect(isNoticeLine(t)).toBe(false));
  it.each(['Von', 'Von:', 'By', 'Autor'])('%s is a bare byline label', (t) => expect(isControlLine(t)).toBe(true));
  it('reads a dated source line as a credit', () => expect(isCreditLine('Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin')).toBe(true));
  it.each(['aja/PAP', '(dpa/lni)', 'AFP/jm'])('%s is an agency sign-off', (t) => expect(isCreditLine(t)).toBe(true));
  it.each(['CDU/CSU', 'and/or', 'FMW/Bloomberg'])('%s is not', (t) => expect(isCreditLine(t)).toBe(false));
  it('cuts a caption\'s "click to enlarge" sentence and what follows it', async () => {
    const { creditTailStart } = await import('../../src/core/clean/more-lines.js');
    const caption = 'Die Route über den Kamm. Zum Vergrößern auf das Bild klicken. CC-BY-SA 2.0';
    expect(caption.slice(creditTailStart(caption, true))).toBe('Zum Vergrößern auf das Bild klicken. CC-BY-SA 2.0');
    expect(creditTailStart('Zum Vergrößern klicken Sie auf die Karte der Route über den Kamm.', true)).toBe(-1);
  });
  it('keeps a source line that goes on as a sentence', () => expect(isCreditLine('Quelle: Die Stadt. Sie sagt, es sei kalt')).toBe(false));
});

describe('follow and app prompts inside a sentence', async () => {
  const { isSharePrompt } = await import('../../src/core/clean/line-rules.js');
  it.each(['Puede escribirnos a nuno@esmateria.com o seguir a Materia en Facebook, Twitter, Instagram o suscribirse aquí a nuestra newsletter.',
    'Get the latest news straight to your phone with the VI Consortium app.', 'Folgen Sie uns auf Instagram und Facebook!',
    'Download our free app for iOS and Android.', 'Suivez-nous sur Twitter et Facebook.'])('%s is a prompt', (t) => expect(isSharePrompt(t)).toBe(true));
  it.each(['Trump urged supporters to follow him on Truth Social and X.', 'Los fans pueden seguir a la cantante en Instagram, donde publica a diario.',
    'The app, which millions download, lets users follow friends on Instagram.',
    'Students can download the app from the school website, the principal said, and use it in class.'])('%s is prose', (t) => expect(isSharePrompt(t)).toBe(false));
});

describe('JSON-LD articleBody', async () => {
  const { bodyParagraphs } = await import('../../src/core/recover/jsonld.js');
  it('splits plain text at line breaks', () => expect(bodyParagraphs('One.\nTwo.\r\n\nThree.')).toEqual(['One.', 'Two.', 'Three.']));
  it('reads markup inside the body as text, never as elements', () =>
    expect(bodyParagraphs('<p><a href="x">El Minsa</a> aplica &amp; vacuna.</p><p>Dos<script>alert(1)</script></p>'))
      .toEqual(['El Minsa aplica & vacuna.', 'Dosalert(1)']));
});

describe('end matter labels', async () => {
  const { END_MATTER_LABEL } = await import('../../src/core/rules.js');
  it.each(['Kontakt:', 'Weitere Informationen', 'Weitere Informationen zum Coronavirus in Thüringen:', 'Ansprechpartnerin zum Thema:',
    'Media contacts', 'For more information:', 'Más información', 'Contact presse :'])('%s is a label', (t) =>
    expect(END_MATTER_LABEL.test(t)).toBe(true));
  it.each(['Kontakt zur Außenwelt hatte er kaum.', 'Weitere Informationen folgen am Montag.', 'Contact tracing began in March.'])(
    '%s is prose', (t) => expect(END_MATTER_LABEL.test(t)).toBe(false));
});

describe('table entries added from the corpus', async () => {
  const { isNoticeLine, isControlLine } = await import('../../src/core/clean/more-lines.js');
  const { isPromoLine } = await import('../../src/core/clean/line-rules.js');
  const line = (text: string) => ({ text, nodes: [], block: null as unknown as Element });
  it.each(['Czytaj też: Starcie USA–Chiny. Pół miliona ton dyplomacji', 'Читайте также: Новости дня', 'meist-diskutiert', 'Meistgelesene Artikel', 'Most commented'])('%s is a promo line', (t) =>
    expect(isPromoLine(line(t))).toBe(true));
  it.each(['Keine Kommentare Kommentare sind geschlossen.', '(Alle Angaben ohne Gewähr)', 'Externer Inhalt',
    'Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.',
    'Um den Tipp "Tomaten richtig schneiden" kommentieren zu können, müssen Sie eingeloggt sein.',
    'Veröffentlichung: 2. Februar 2022', 'Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.',
    'Bei diesem Beitrag handelt es sich um ein Blog aus der Community', 'The views expressed in this post are those of the author.'])('%s is a notice', (t) => expect(isNoticeLine(t)).toBe(true));
  it.each(['1,192 followers', '12 Likes'])('%s is a counter', (t) => expect(isControlLine(t)).toBe(true));
  it.each(['Keine Kommentare zu diesem Vorfall wollte der Sprecher abgeben.', 'Externer Inhalt wird von vielen Seiten eingebunden.'])(
    '%s is prose', (t) => expect(isNoticeLine(t)).toBe(false));
});

