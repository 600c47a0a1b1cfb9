/**
 * The ONE table of junk-line patterns the quality bench counts. It is kept
 * apart from src/core on purpose: the bench judges the cleanup, so it must
 * not share the cleanup's own rules (a rule missing from both would never
 * show up as junk).
 *
 * A line is one paragraph of an extractor's output text (split on newlines,
 * trimmed). Each pattern is tested against the line with decoration stripped
 * from both ends (bullets, arrows, colons, ellipses; see `stripDecor`), unless
 * `raw` is set. The first matching row wins, so order matters: ad labels
 * before everything, icon ligatures before the capitalised share/control words.
 */

export type JunkKind = 'ad-label' | 'icon' | 'image-label' | 'control' | 'promo' | 'share';

export interface JunkPattern {
  kind: JunkKind;
  re: RegExp;
  /** Test the raw trimmed line instead of the decoration-stripped one. */
  raw?: boolean;
  /** Only lines up to this many characters count (for prefix patterns). */
  maxLength?: number;
  note: string;
}

/** Ad labels in the languages of the corpus, alone on a line. */
const AD_WORDS = [
  'advertisements?', 'advertisment', 'advertising', 'advertorial', 'ads?', 'sponsored',
  'sponsored (?:content|links?|stories|posts?|by\\b.*)', 'paid (?:content|post|partner(?:ship)?)',
  'promoted(?: content| stories)?', 'anzeigen?', 'werbung', 'publicit[ée]', 'publicidad', 'pubblicit[àa]',
  'publicidade', 'advertentie', 'reklam[ae]?', 'реклама', '广告', '広告', '광고', 'विज्ञापन', 'إعلان',
  'annons', 'mainos', 'hirdetés',
].join('|');

/**
 * Material-icon name parts: a snake_case line counts as an icon only when its
 * LAST part is one of these (arrow_forward, expand_more, info_icon, thumb_up),
 * so code identifiers like status_code or with_previous_alert do not count.
 */
const ICON_PARTS = [
  'icon', 'arrow', 'chevron', 'expand', 'more', 'less', 'close', 'menu', 'play', 'pause', 'forward',
  'back', 'left', 'right', 'up', 'down', 'upward', 'downward', 'drop', 'circle', 'outline', 'outlined',
  'filled', 'rounded', 'sharp', 'horiz', 'vert', 'new', 'open', 'launch', 'share', 'info', 'help',
  'search', 'add', 'remove', 'check', 'keyboard', 'navigate', 'next', 'before', 'camera', 'photo',
  'zoom', 'fullscreen', 'exit', 'bookmark', 'favorite', 'border', 'mail', 'email', 'comment', 'chat',
  'bubble', 'thumb', 'volume', 'mic', 'visibility', 'lock', 'star', 'person', 'account', 'home',
  'settings', 'format', 'quote', 'content', 'copy', 'download', 'upload', 'file', 'print', 'link',
  'external', 'alt', 'trending', 'flat', 'north', 'south', 'east', 'west', 'cancel', 'clear', 'done',
  'access', 'time', 'schedule', 'event', 'calendar', 'today', 'place', 'location', 'off', 'replay',
  'skip', 'previous', 'fast', 'rewind', 'list', 'grid', 'view', 'apps', 'notifications', 'language',
  'in', 'out', 'record', 'new', 'horizontal', 'vertical',
].join('|');

/** Single lowercase words that icon fonts render as glyphs (ligatures). */
const ICON_WORDS = [
  'close', 'menu', 'search', 'share', 'info', 'add', 'remove', 'check', 'done', 'clear', 'cancel',
  'fullscreen', 'launch', 'bookmark', 'favorite', 'mail', 'email', 'print', 'comment',
  'person', 'home', 'settings', 'help', 'schedule', 'visibility', 'star', 'lock', 'language',
  'public', 'pause', 'replay', 'mic', 'headphones', 'notifications', 'apps', 'refresh', 'edit',
  'delete', 'send', 'event', 'place', 'room', 'phone', 'call', 'chat', 'forum', 'feedback',
  'whatshot', 'bolt', 'videocam', 'collections', 'subscriptions', 'logout', 'login',
].join('|');

export const JUNK_PATTERNS: readonly JunkPattern[] = [
  // --- ad-label -----------------------------------------------------------
  { kind: 'ad-label', re: new RegExp(`^(?:${AD_WORDS})$`, 'iu'), note: 'bare ad label, any language' },
  {
    kind: 'ad-label',
    re: /^(?:(?:the )?(?:story|article|content|text) continues (?:below|after)(?: (?:this|the))? (?:advertisement|ad)|advertisement\s*[-–—:|]?\s*(?:scroll|continue|keep) (?:down )?(?:to continue|reading)(?: below)?(?: content)?|(?:scroll|swipe) (?:down )?to continue(?: reading| with content)?|skip (?:this )?(?:advertisement|ad)|this advertisement has not loaded yet.*|continue reading (?:the main story|below)(?: advertisement)?|ad feedback|report (?:this )?ad|werbung überspringen|weiter nach der anzeige|artikel wird nach der anzeige fortgesetzt)$/iu,
    note: 'ad-break phrases ("Story continues below advertisement")',
  },
  // --- icon ---------------------------------------------------------------
  {
    kind: 'icon',
    re: new RegExp(`^(?=[a-z0-9_]+$)(?:[a-z0-9]+_)+(?:${ICON_PARTS})$`, 'u'),
    note: 'snake_case Material icon name (info_icon, arrow_forward, chevron_right): an underscore and a last part from ICON_PARTS',
  },
  { kind: 'icon', re: new RegExp(`^(?:${ICON_WORDS})$`, 'u'), note: 'lowercase single icon ligature word (close, menu, share)' },
  {
    kind: 'icon',
    re: /^[\p{Co}\u00d7\u2190-\u21ff\u2303-\u23ff\u25a0-\u25ff\u2600-\u26ff\u2700-\u27bf\u2b00-\u2bff\ufe0f\s]+$/u,
    raw: true,
    note: 'glyph-only line: icon-font private-use characters, arrows, ×, ▶, ☰, ✕',
  },
  // --- image-label --------------------------------------------------------
  {
    kind: 'image-label',
    re: /^(?:image|photo|picture|pic|foto|bild|imagen|immagine|illustration|graphic|video|gallery|galerie|photo gallery|image caption|image source|image copyright(?: [\w .&-]{1,40})?|enlarge this image|enlarge image|click to enlarge|zum vergrößern(?: bitte)? (?:anklicken|klicken)|view (?:image|photo|gallery)|toggle caption|hide caption|expand image|open image|videobeitrag|ende des videobeitrags|(?:image|photo|foto|bild|picture) \d+(?:\s*(?:of|von|\/)\s*\d+)?)$/iu,
    note: 'bare media label ("Image", "Photo", "Foto 2 von 5", "Enlarge this image"); plurals like "Images" are headings, not labels',
  },
  // --- control ------------------------------------------------------------
  {
    kind: 'control',
    re: /^(?:close|close menu|close (?:this )?(?:dialog|window|overlay|modal|ad)|menu|open menu|search|skip to (?:main )?content|skip to navigation|back to top|to top|print|print this (?:article|page)|e-?mail|copy link|link copied|comments?|\d+ comments?|show comments|zurück(?: zum inhaltsverzeichnis| zur übersicht)?|zur übersicht|nach oben|view comments|show more|load more|see more|loading|click to expand|expand|collapse|play|pause|mute|unmute|play video|watch video|listen|listen to (?:this )?article|scroll down|next|previous|prev|schließen|fermer|cerrar|chiudi)$/iu,
    note: 'UI control words ("Close", "Back to top", "Copy link", "Loading…")',
  },
  // --- promo --------------------------------------------------------------
  {
    kind: 'promo',
    re: /^(?:also read|read also|also see|read more|read the rest|read next|more|mehr|related|related (?:articles?|stories|content|coverage|posts|links|topics)|recent posts|recommended|recommended (?:for you|stories|reading|articles)|more from .{1,60}|more on (?:this|that)(?: story| topic)?|more stories|most (?:popular|read|viewed|shared)|trending(?: now| stories)?|top stories|top-news|you may also like|you might also like|you may be interested in|don't miss|must read|continue reading|keep reading|read the full (?:story|article)|click here|watch|lesen sie (?:auch|mehr)|auch interessant|das könnte sie auch interessieren|mehr zum thema|verwandte artikel|ähnliche artikel|weitere artikel|weiterlesen|mehr lesen|zum angebot|angebot prüfen|preis vergleichen|zum deal|lire aussi|à lire aussi|lire la suite|leer también|lee también|leer más|leggi anche|leia também|leia mais)$/iu,
    note: 'bare promo heading or link ("Read more", "Related", "You may also like", "Zum Angebot"); "See also" is left alone (a wiki section)',
  },
  {
    kind: 'promo',
    re: /^(?:also read|read also|read more|read next|more|related|see also|watch|listen|recommended|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|leer también|lee también|leggi anche|leia também)\s*[:|›»–—-]\s*\S.*$/iu,
    raw: true,
    maxLength: 200,
    note: 'promo prefix ("Also read: …", "READ MORE: …", "Related: …")',
  },
  // --- share --------------------------------------------------------------
  {
    kind: 'share',
    re: /^(?:share|shares|\d+ shares|share this|share (?:this |the )?(?:article|story|page|post|video|gallery)|share (?:on|via|to) (?:facebook|twitter|x|linkedin|whatsapp|e-?mail|reddit|pinterest|messenger)|share on social media|social share|tweet|tweet this|twittern|mitteilen|pin|pin it|pocket|facebook|twitter|linkedin|whatsapp|reddit|pinterest|flipboard|messenger|telegram|email this|e-?mail this (?:article|story)|subscribe|subscribe now|follow|follow us|follow us on .{1,40}|sign up|sign up now|newsletter|get (?:our|the) newsletter|teilen|artikel teilen|jetzt teilen|partager|compartir|condividi|compartilhar)$/iu,
    note: 'bare share/subscribe/follow words ("Share", "Tweet", "Follow us")',
  },
  {
    kind: 'share',
    re: /^(?:sign up (?:for|to)|subscribe (?:to|for)|get (?:our|the) .{0,40}newsletter|join (?:our|the) .{0,40}newsletter|follow (?:us|\S+) on).*$/iu,
    maxLength: 160,
    note: 'short subscribe / newsletter / follow prompt ("Sign up for our newsletter …")',
  },
];

/** Decoration a line may carry around a label: bullets, arrows, colons, ellipses, pipes. */
export function stripDecor(line: string): string {
  return line
    .replace(/^[\s•·|›»→>\-–—*#]+/u, '')
    .replace(/[\s•·|›»→>:….!\-–—*]+$/u, '')
    .trim();
}
