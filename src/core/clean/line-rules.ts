import { AD_LABELS, AD_PHRASES, APP_PROMPT, FOLLOW_PROMPT, IMAGE_LABELS, MAX_PROMPT_SENTENCE, PROMO_LINE, SHARE_PROMPT } from '../rules.js';
import { articleLines, collectLines, linkDensity, type Line } from './lines.js';
import { linesText, logRemoval, removeLine, type CleanContext, type CleanStep } from './step.js';

/** Lower-case, drop decoration around a label: "— Advertisement —", "[Ad]", "ADVERTISEMENT:". */
export function normalizeLabel(text: string): string {
  return text.toLowerCase().replace(/^[\s\-–—|·•:[\](){}*_]+|[\s\-–—|·•:.[\](){}*_]+$/g, '').replace(/\s+/g, ' ');
}

const AD_LABEL_SET = new Set(Object.values(AD_LABELS).flat());

export function isAdLabel(text: string): boolean {
  const t = normalizeLabel(text);
  return AD_LABEL_SET.has(t) || AD_PHRASES.some((re) => re.test(t));
}

export function isImageLabel(text: string): boolean {
  return IMAGE_LABELS.has(normalizeLabel(text));
}

export function isSharePrompt(text: string): boolean {
  if (text.length <= 120 && SHARE_PROMPT.test(normalizeLabel(text))) return true;
  const t = text.trim();
  return t.length <= MAX_PROMPT_SENTENCE && (FOLLOW_PROMPT.test(t) || APP_PROMPT.test(t));
}

/** What follows a promo prefix ("Also read: " → the rest), or null when the line has no such prefix. */
function promoRest(text: string): { prefix: string; rest: string } | null {
  const m = PROMO_LINE.exec(text);
  return m ? { prefix: m[0], rest: text.slice(m[0].length).trim() } : null;
}

/** A promo label and nothing else, like "Weitere Artikel" or "Das könnte Sie auch interessieren!". */
function isBarePromo(rest: string): boolean {
  return !/[\p{L}\p{N}]/u.test(rest);
}

/**
 * "Also read: <link>" and the like. The prefix alone is not enough: the rest
 * of the line must be a link, or the prefix must be set apart as a label
 * ("ALSO READ:", "Related –"), so prose that starts "Read more about…" stays.
 */
export function isPromoLine(line: Line): boolean {
  const promo = promoRest(line.text);
  if (!promo) return false;
  const { prefix, rest } = promo;
  if (isBarePromo(rest)) return true;
  if (line.text.length > 200) return false;
  const labelled = /[:：|»>›–—-]\s*$/.test(prefix) || prefix.trim() === prefix.trim().toUpperCase();
  return linkDensity(line) >= 0.5 || (labelled && line.text.length <= 160 && !/[.!?]["”’]?$/.test(rest));
}

export function lineStep(name: string, reason: string, test: (line: Line) => boolean): CleanStep {
  return {
    name,
    phase: 'post',
    run(root: Element, ctx: CleanContext) {
      for (const line of articleLines(root)) {
        if (!test(line)) continue;
        removeLine(ctx, name, reason, line, root);
      }
    },
  };
}

export const adLabels = lineStep('adLabels', 'advertisement label', (l) => isAdLabel(l.text));
/** Link lists ("Related articles" + <ul> of headlines) are mostly link text and short. */
function isLinkList(el: Element): boolean {
  const lines = collectLines(el);
  const chars = lines.reduce((n, l) => n + l.text.length, 0);
  return lines.length > 0 && chars <= 1500 && lines.every((l) => linkDensity(l) >= 0.7);
}

/** The line is a label inside a list, before its first item. */
function opensList(line: Line): boolean {
  const first = line.block.firstElementChild;
  return /^(UL|OL)$/.test(line.block.tagName) && first !== null && first.tagName !== 'LI' && line.nodes.includes(first);
}

/**
 * "Also read: <link>" lines; a heading such as "Related articles" or "Weitere
 * Artikel" also takes the list of links that follows it.
 */
export const promoLines: CleanStep = {
  name: 'promoLines',
  phase: 'post',
  run(root, ctx) {
    for (const line of articleLines(root)) {
      // The article root is detached from any document, so isConnected cannot tell what is gone.
      if (!root.contains(line.block) || !isPromoLine(line)) continue;
      const heading = line.block !== root && line.block.textContent?.trim() === line.text.trim() ? line.block : null;
      // The label may also open the list itself: <ul><span>Artikel und Videos zum Thema</span><li>… (spox.com).
      const list = heading ? heading.nextElementSibling : opensList(line) ? line.block : null;
      removeLine(ctx, 'promoLines', 'link to another story', line, root);
      if (list && isBarePromo(promoRest(line.text)?.rest ?? '') && isLinkList(list)) {
        logRemoval(ctx, { step: 'promoLines', reason: 'list of links to other stories', text: linesText([list]) }, [list]);
      }
    }
  },
};
/**
 * A cell of a table with header cells is data: "E-mail" or "Photo" there
 * names a column (a table of councillors' addresses), not a button.
 */
function inDataTable(line: Line): boolean {
  const cell = line.block.closest('th, td');
  return cell !== null && (cell.tagName === 'TH' || cell.closest('table')?.querySelector('th') != null);
}

export const imageLabels = lineStep('imageLabels', 'bare image label', (l) => isImageLabel(l.text) && !inDataTable(l));
export const sharePrompts = lineStep('sharePrompts', 'share, subscribe or follow prompt',
  (l) => isSharePrompt(l.text) && !inDataTable(l));
