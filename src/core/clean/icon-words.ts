import { ICON_LIGATURES, ICON_WORD_PART } from '../rules.js';
import { isBlock } from '../text.js';
import { remove, type CleanStep } from './step.js';

/** One icon ligature name (`info_icon`, `arrow_forward`) or a run of them. */
export function isIconWord(s: string): boolean {
  const words = s.trim().split(/\s+/);
  // Plain words ("share", "close") count only alone or beside a snake_case icon name.
  return words.length <= 3 && (words.length === 1 || words.some((w) => w.includes('_'))) && words.every((w) =>
    ICON_LIGATURES.has(w) || (/^[a-z]+(_[a-z]+)+$/.test(w) && w.split('_').some((p) => ICON_WORD_PART.test(p))));
}

/**
 * After Readability: elements and text nodes whose whole text is an icon
 * ligature, such as the seed page's caption followed by `info_icon`. A lone
 * plain word ("close", "share") is removed only when it stands in an element
 * of its own, never out of running text.
 */
export const iconWords: CleanStep = {
  name: 'iconWords',
  phase: 'post',
  run(root, ctx) {
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    const hits: Node[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = (n.nodeValue ?? '').trim();
      if (!t || !isIconWord(t)) continue;
      const own = (el: Element | null) => el && el !== root && (el.textContent ?? '').trim() === t ? el : null;
      if (t.includes('_')) {
        hits.push(own(n.parentElement) ?? n);
      } else {
        // "close" in "came <em>close</em> to" is prose; only a line of its own is an icon.
        let block = n.parentElement;
        while (block && block !== root && !isBlock(block)) block = block.parentElement;
        const line = own(block);
        if (line) hits.push(line);
      }
    }
    for (const node of hits) if (node.parentNode) remove(ctx, 'iconWords', 'icon-font word', node);
  },
};
