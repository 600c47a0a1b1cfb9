/**
 * Every string the reader shows comes through a `Translate` function: in the
 * extension it is `browser.i18n.getMessage` (src/platform), in Node (the CLI
 * preview, jsdom tests) it reads a messages.json with the same placeholder rules.
 */
export type MessageKey = keyof typeof import('../_locales/en/messages.json');
export type Translate = (key: MessageKey, subs?: string | string[]) => string;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** A Translate over a parsed messages.json, as browser.i18n.getMessage would answer from it. */
export function translator(messages: Record<string, Entry>): Translate {
  return (key, subs) => {
    const entry = messages[key];
    if (!entry) return key;
    const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    const named = (name: string): string => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_, d: string) => args[Number(d) - 1] ?? '');
    };
    return entry.message.replace(/\$([A-Za-z_][\w]*)\$/g, (_, name: string) => named(name)).replace(/\$\$/g, '$');
  };
}
