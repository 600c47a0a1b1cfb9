import {
  CAPTION_CREDIT_START, PHOTO_CREDIT_START, CONTROL_LINES, END_MATTER_LABEL, COUNTER_LINE, CREDIT_AGENCIES, CREDIT_LINE, DATE_LINE, IMAGE_COUNTER, CONSENT_NOTICE, MAX_CONSENT, MORE_INFO_LINE, NOTICE_LINE, POST_FOOTER_LINE, TAXONOMY_LABEL, WIRE_AGENCIES,
} from '../rules.js';
import { collapse } from '../text.js';
import { isImageLabel, lineStep, normalizeLabel } from './line-rules.js';
import { articleLines, isEmpty, linkDensity, treeChanged, type Line } from './lines.js';
import { logRemoval, removeLine, type CleanContext, type CleanStep } from './step.js';

export function isControlLine(text: string): boolean {
  if (text.length > 40) return false;
  return CONTROL_LINES.has(normalizeLabel(text).replace(/[›»>→…]+$/, '').trim()) || COUNTER_LINE.test(text.trim());
}

/** Site notices and bare date lines; a date line needs at least one digit, so a lone label never matches. */
export function isNoticeLine(text: string): boolean {
  if (POST_FOOTER_LINE.test(text.trim())) return true;
  if (text.length <= MAX_CONSENT && CONSENT_NOTICE.test(text.trim())) return true;
  if (text.length > 200) return false;
  const t = unbracketed(text);
  return NOTICE_LINE.test(t) || MORE_INFO_LINE.test(t) || isDateLine(t) || isMetaLine(t);
}

/** A line in brackets reads the same without them: "(Alle Angaben ohne Gewähr)" (handwerksblatt.de), "(dpa/lni)". */
function unbracketed(text: string): string {
  return text.trim().replace(/^\((.*)\)$/, '$1');
}

function isDateLine(t: string): boolean {
  return t.length <= 60 && /\d/.test(t) && DATE_LINE.test(t);
}

const TAXONOMY_START = new RegExp(`^(?:${TAXONOMY_LABEL.source})`, 'iu');
/** A sentence break inside a label's value: then it is prose that happens to start "Tags:". */
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u;

/**
 * Post meta: a line made only of labelled lists ("Kategorie: News",
 * "Tags: Abendhimmel, Gewitter") and dates, parted by "|" or "·" or simply
 * run together ("24.01.2022 11:38 Kategorie: News").
 */
export function isMetaLine(t: string): boolean {
  if (!t.match(TAXONOMY_LABEL)) return false;
  const parts = t.replace(TAXONOMY_LABEL, '\u0000$&').split(/\u0000|\s+[|·•]\s+/).map((p) => p.trim()).filter(Boolean);
  return parts.every((p) => TAXONOMY_START.test(p) ? !SENTENCE_BREAK.test(p) : isDateLine(p));
}

export function isCreditLine(text: string): boolean {
  if (text.length > 90) return false;
  // A caption left as ". Imagen: Télam" (pagina12) once its empty first half is gone; "+++ Credits: …" (lacrux.com).
  return CREDIT_LINE.test(text.trim().replace(/^[.,;:|·•+\s]+/, '')) || CREDIT_AGENCIES.has(normalizeLabel(text)) ||
    IMAGE_COUNTER.test(normalizeLabel(text)) || isSignOff(text);
}

/** "aja/PAP", "(dpa/lni)": an agency's name and an editor's lowercase initials, nothing else. */
export function isSignOff(text: string): boolean {
  const t = unbracketed(text);
  if (t.length > 40) return false;
  const parts = t.split(/\s*[/,;]\s*/);
  const wire = (p: string) => WIRE_AGENCIES.has(p.toLowerCase());
  return parts.length >= 2 && parts.some(wire) && parts.every((p) => wire(p) || /^\p{Ll}{1,4}$/u.test(p));
}

export const controls = lineStep('controls', 'page control', (l) => isControlLine(l.text));
export const notices = lineStep('notices', 'site notice or bare date', (l) => isNoticeLine(l.text));
const lineCredits = lineStep('credits', 'picture credit or counter', (l) => isCreditLine(l.text));

/** A caption or short line longer than this is prose, even if it mentions a photo. */
const MAX_CAPTION = 300;
const MAX_TAIL = 90;
const CAPTION = 'figcaption, figure, [class*="caption"]';

function textNodes(line: Line): Text[] {
  const out: Text[] = [];
  for (const n of line.nodes) {
    if (n.nodeType === 3) out.push(n as Text);
    else {
      const walker = n.ownerDocument!.createTreeWalker(n, 4 /* SHOW_TEXT */);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) out.push(t as Text);
    }
  }
  return out;
}

/** Where a credit tail starts in `raw` (the line's text as the DOM holds it), or -1. */
export function creditTailStart(raw: string, inCaption = false): number {
  if (inCaption) {
    const at = imageLabelStart(raw);
    if (at >= 0) return at;
  }
  for (const m of raw.matchAll(inCaption ? CAPTION_CREDIT_START : PHOTO_CREDIT_START)) {
    const at = m.index + m[0].length - m[1]!.trimStart().length;
    const head = collapse(raw.slice(0, at));
    const tail = collapse(raw.slice(at));
    // Something must stay (a credit alone is the line rule's job), and the tail must be one short credit.
    if (!/[\p{L}\p{N}]/u.test(head) || tail.length > MAX_TAIL || /[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(tail)) continue;
    return at;
  }
  return -1;
}

/** A caption sentence after the first, from here to the end of the caption. */
const CAPTION_SENTENCE = /(?<=[.!?]\s+)[^.!?]+[.!?]?/g;

/**
 * Where a caption's "click to enlarge" sentence starts ("… der Cider Connection.
 * Zum Vergrößern auf das Bild klicken. CC-BY-SA 2.0", netzpolitik.org), or -1.
 * What follows it (a licence, a credit) goes with it.
 */
function imageLabelStart(raw: string): number {
  for (const m of raw.matchAll(CAPTION_SENTENCE)) {
    if (isImageLabel(m[0]) && collapse(raw.slice(m.index + m[0].length)).length <= MAX_TAIL) return m.index;
  }
  return -1;
}

/**
 * A text node holding `text`, put after the line's node where raw offset `at`
 * falls: it stands for the cut tail, which spans the ends of several nodes.
 */
function tailStandIn(line: Line, texts: Text[], at: number, text: string): Text {
  let pos = 0;
  const start = texts.find((t) => (pos += t.data.length) > at)!;
  const host = line.nodes.find((n) => n.contains(start))!;
  treeChanged();
  const node = host.ownerDocument!.createTextNode(` ${text}`);
  host.parentNode!.insertBefore(node, host.nextSibling);
  return node;
}

/** Cut the line's text from raw offset `at` to its end, across text nodes and inline elements. */
function cutTail(line: Line, texts: Text[], at: number): void {
  treeChanged();
  let pos = 0;
  for (const t of texts) {
    const end = pos + t.data.length;
    if (end > at) t.data = pos >= at ? '' : t.data.slice(0, at - pos).trimEnd();
    pos = end;
  }
  for (const n of line.nodes) if (n.nodeType === 1 && isEmpty(n as Element)) (n as Element).remove();
}

/** The line's last node when it is an element; a trailing text node or none gives null. */
function lastElement(line: Line): Element | null {
  for (let i = line.nodes.length - 1; i >= 0; i--) {
    const n = line.nodes[i]!;
    if (n.nodeType === 3 && !(n.nodeValue ?? '').trim()) continue;
    return n.nodeType === 1 ? (n as Element) : null;
  }
  return null;
}

/** "… René Klemmer. Foto: GdP/Hagen Immel": the caption stays, its credit goes. */
function creditTails(root: Element, ctx: CleanContext): void {
  for (const line of articleLines(root)) {
    if (line.text.length > MAX_CAPTION) continue;
    const texts = textNodes(line);
    const raw = texts.map((t) => t.data).join('');
    const at = creditTailStart(raw, Boolean(line.block.closest(CAPTION)));
    if (at >= 0) {
      const text = collapse(raw.slice(at));
      logRemoval(ctx, { step: 'credits', reason: 'picture credit', text }, [tailStandIn(line, texts, at, text)]);
      cutTail(line, texts, at);
      continue;
    }
    // "Dee Dee Myers <span>Getty Images</span>" (pagesix): a credit element closing the line.
    const last = lastElement(line);
    const text = last ? collapse(last.textContent ?? '') : '';
    if (last && text && isCreditLine(text) && collapse(raw).length > text.length + 2) {
      logRemoval(ctx, { step: 'credits', reason: 'picture credit', text }, [last]);
    }
  }
}

/**
 * Picture credits: lines of their own, credits at the end of a caption or a
 * short line, and credit elements inside a caption
 * ("The glacier in 1995. <span>Foto: Ana Costa</span>"), where the caption
 * stays and only its credit goes.
 */
export const credits: CleanStep = {
  name: 'credits',
  phase: 'post',
  run(root, ctx) {
    lineCredits.run(root, ctx);
    creditTails(root, ctx);
    for (const caption of root.querySelectorAll(CAPTION)) {
      const whole = collapse(caption.textContent ?? '');
      for (const el of caption.querySelectorAll('span, small, em, i, cite, p, div')) {
        const text = collapse(el.textContent ?? '');
        if (!text || text === whole || !isCreditLine(text)) continue;
        logRemoval(ctx, { step: 'credits', reason: 'picture credit', text }, [el]);
      }
    }
  },
};

/** The label must come after this share of the article's text: contacts close a story, they do not open it. */
const END_MATTER_FROM = 0.4;
const HEADING = /^H[1-6]$/;

/** A sentence a reader came for: a dozen words or more, ending like a sentence, not a link. */
function isProseLine(line: Line): boolean {
  return line.text.split(/\s+/).length >= 12 && /[.!?…]["”’»)]?$/.test(line.text) && linkDensity(line) < 0.5;
}

/**
 * "Kontakt:" or "Weitere Informationen:" near the end of a press release,
 * with the lines under it (names, phone numbers, e-mail addresses, links),
 * up to the next prose paragraph or heading.
 */
export const endMatter: CleanStep = {
  name: 'endMatter',
  phase: 'post',
  run(root, ctx) {
    const lines = articleLines(root);
    const total = lines.reduce((n, l) => n + l.text.length, 0);
    let before = 0;
    let taking = false;
    for (const line of lines) {
      const label = line.text.length <= 80 && END_MATTER_LABEL.test(line.text.trim());
      if (label && before >= total * END_MATTER_FROM) taking = true;
      else if (taking && (isProseLine(line) || HEADING.test(line.block.tagName))) taking = false;
      before += line.text.length;
      if (!taking) continue;
      removeLine(ctx, 'endMatter', label ? 'contact or further-information heading' : 'contact or further-information line', line, root);
    }
  },
};
