import type { MessageKey } from './i18n.js';

/**
 * What the reader calls each cleanup step's removals (step names from
 * src/core/clean/index.ts). Steps that share a kind share a label; a step
 * missing here is listed as "Clutter", with the core's own reason as a tooltip.
 */
const KIND_OF_STEP: Record<string, MessageKey> = {
  adContainers: 'kindAd',
  adLabels: 'kindAd',
  promoModules: 'kindPromo',
  promoLines: 'kindPromo',
  prompts: 'kindPrompt',
  sharePrompts: 'kindPrompt',
  shareBars: 'kindShare',
  authorBoxes: 'kindAuthor',
  icons: 'kindIcon',
  iconWords: 'kindIcon',
  imageLabels: 'kindImageLabel',
  credits: 'kindCredit',
  controls: 'kindControl',
  notices: 'kindNotice',
  endMatter: 'kindEndMatter',
  repeatedHeader: 'kindRepeat',
  repeatedBlocks: 'kindRepeat',
  boilerplate: 'kindBoilerplate',
};

export function kindOf(step: string): MessageKey {
  return KIND_OF_STEP[step] ?? 'kindOther';
}
