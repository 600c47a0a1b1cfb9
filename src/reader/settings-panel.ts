import { el, uid } from './dom.js';
import type { MessageKey, Translate } from './i18n.js';
import { FONTS, RANGES, THEMES, type Settings } from './settings.js';

const THEME_LABEL: Record<Settings['theme'], MessageKey> = {
  system: 'themeSystem', light: 'themeLight', dark: 'themeDark', sepia: 'themeSepia',
};
const FONT_LABEL: Record<Settings['font'], MessageKey> = { serif: 'fontSerif', sans: 'fontSans' };

export interface SettingsPanel {
  element: HTMLElement;
  /** Shows `settings` in the controls (another view or a reopen changed them). */
  show(settings: Settings): void;
}

/** A group of radio buttons, one per choice; arrow keys move between them natively. */
function choices<T extends string>(doc: Document, legend: string, name: string, values: readonly T[],
  label: (v: T) => string, pick: (v: T) => void): { set: HTMLFieldSetElement; inputs: Map<T, HTMLInputElement> } {
  const set = el(doc, 'fieldset', `sift-choice sift-choice-${name}`);
  set.append(el(doc, 'legend', '', legend));
  const inputs = new Map<T, HTMLInputElement>();
  const group = uid(name);
  for (const v of values) {
    const lab = el(doc, 'label', 'sift-chip');
    const input = el(doc, 'input');
    input.type = 'radio';
    input.name = group;
    input.value = v;
    input.addEventListener('change', () => { if (input.checked) pick(v); });
    lab.dataset.value = v;
    lab.append(input, el(doc, 'span', '', label(v)));
    set.append(lab);
    inputs.set(v, input);
  }
  return { set, inputs };
}

function slider(doc: Document, text: string, key: keyof typeof RANGES, format: (n: number) => string,
  pick: (n: number) => void): { row: HTMLElement; input: HTMLInputElement; out: HTMLOutputElement } {
  const id = uid(key);
  const row = el(doc, 'div', `sift-slider sift-slider-${key}`);
  const lab = el(doc, 'label', '', text);
  lab.htmlFor = id;
  const input = el(doc, 'input');
  input.type = 'range';
  input.id = id;
  const { min, max, step } = RANGES[key];
  Object.assign(input, { min: String(min), max: String(max), step: String(step) });
  const out = el(doc, 'output');
  out.htmlFor.add(id);
  input.addEventListener('input', () => {
    out.textContent = format(Number(input.value));
    pick(Number(input.value));
  });
  row.append(lab, input, out);
  return { row, input, out };
}

/** The appearance panel; every change goes to `change` at once (the host saves and applies it). */
export function settingsPanel(doc: Document, t: Translate, initial: Settings, change: (next: Settings) => void): SettingsPanel {
  let current = initial;
  const update = (patch: Partial<Settings>) => {
    current = { ...current, ...patch };
    change(current);
  };
  const panel = el(doc, 'section', 'sift-settings');
  panel.setAttribute('aria-label', t('settings'));
  const theme = choices(doc, t('theme'), 'theme', THEMES, (v) => t(THEME_LABEL[v]), (v) => update({ theme: v }));
  const font = choices(doc, t('font'), 'font', FONTS, (v) => t(FONT_LABEL[v]), (v) => update({ font: v }));
  const size = slider(doc, t('textSize'), 'size', (n) => `${n}px`, (n) => update({ size: n }));
  const width = slider(doc, t('lineWidth'), 'width', (n) => `${n}em`, (n) => update({ width: n }));
  const leading = slider(doc, t('lineHeight'), 'leading', (n) => n.toFixed(1), (n) => update({ leading: n }));
  const hl = el(doc, 'label', 'sift-toggle');
  const hlInput = el(doc, 'input');
  hlInput.type = 'checkbox';
  hlInput.addEventListener('change', () => update({ highlights: hlInput.checked }));
  hl.append(hlInput, el(doc, 'span', '', t('highlights')));
  panel.append(theme.set, font.set, size.row, width.row, leading.row, hl);

  const show = (s: Settings) => {
    current = s;
    theme.inputs.forEach((input, v) => { input.checked = v === s.theme; });
    font.inputs.forEach((input, v) => { input.checked = v === s.font; });
    for (const [ctl, v, f] of [[size, s.size, `${s.size}px`], [width, s.width, `${s.width}em`],
      [leading, s.leading, s.leading.toFixed(1)]] as const) {
      ctl.input.value = String(v);
      ctl.out.textContent = f;
    }
    hlInput.checked = s.highlights;
  };
  show(initial);
  return { element: panel, show };
}
