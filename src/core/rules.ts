/**
 * Everything the cleanup knows about how sites mark up clutter, as data.
 * Every regular expression is built once, here. Each entry says where the
 * pattern was seen; a rule without such a case does not belong here.
 */

/** Whole-line advertisement labels, by language (issue #3: at least these 12). */
export const AD_LABELS: Record<string, string[]> = {
  en: ['advertisement', 'advertisment', 'advertising', 'advert', 'advertorial', 'ad', 'ads', 'sponsored', 'sponsored content',
    'paid content', 'paid post', 'promoted', 'promoted content', 'partner content'],
  de: ['anzeige', 'anzeigen', 'werbung', 'gesponsert', 'sponsored post'],
  fr: ['publicité', 'publicite', 'pub', 'annonce', 'contenu sponsorisé', 'sponsorisé'],
  es: ['publicidad', 'anuncio', 'contenido patrocinado', 'patrocinado'],
  it: ['pubblicità', 'pubblicita', 'annuncio', 'contenuto sponsorizzato', 'sponsorizzato'],
  pt: ['publicidade', 'anúncio', 'anuncio', 'conteúdo patrocinado', 'patrocinado'],
  nl: ['advertentie', 'gesponsord'],
  ru: ['реклама', 'спонсорский материал'],
  zh: ['广告', '廣告', '赞助内容'],
  ja: ['広告', 'スポンサーリンク', 'pr'],
  hi: ['विज्ञापन'],
  ar: ['إعلان', 'اعلان', 'إعلانات'],
};

/**
 * Whole-line phrases that announce an ad or interrupt the story for one.
 * Seen: "Story continues below advertisement" (Global News), "Advertisement -
 * scroll to continue" (Forbes, Daily Beast), "Article continues below"
 * (Guardian-style templates), "Continue reading the main story" (NYT).
 */
export const AD_PHRASES: RegExp[] = [
  /^(the )?(story|article|text|content|report) continues (below|after)( (the|this) )?( ?(advertisement|advert|ad|ads))?\.?$/i,
  /^(advertisement|advert|ad)\s*[-–—:|]\s*(scroll|continue)( down)?( to)?( continue| read(ing)?)?( (reading|below))?\.?$/i,
  /^continue reading (below|the main story|after (the )?(advertisement|ad))\.?$/i,
  /^(skip|close) (this )?(advertisement|ad)\.?$/i,
  /^(weiter ?lesen|lesen sie weiter) nach der (anzeige|werbung)\.?$/i,
  /^(la suite|l'article continue) (après|sous) (la|cette) publicité\.?$/i,
  /^(el artículo|la noticia) (continúa|sigue) (después|debajo) de(l| la) (anuncio|publicidad)\.?$/i,
  // A blog post's ad disclosure: "Anzeige, enthält Affiliate Links" (journelles.de), "Contains affiliate links".
  /^((anzeige|werbung|advertisement|ad)\s*[,:(/|–-]\s*)?(enthält|beinhaltet|contains|includes)\s+(affiliate|werbe|partner)[- ]?links?\)?\.?$/i,
];

/**
 * Words in class and id names (split at -, _, spaces and camelCase) that mark
 * a container as an ad slot. Seen: `ad-slot`, `adSlot`, `ad-container`,
 * `advert` (BBC), `dfp-ad`, `gpt-ad` (Google Publisher Tag), `adsbygoogle`
 * (AdSense), `ad-unit`, `teads` (Le Monde), `OUTBRAIN` (CNN).
 */
export const AD_ATTR_WORDS = new Set(['ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertisements',
  'advertising', 'adslot', 'adunit', 'adsense', 'adsbygoogle', 'adcontainer', 'adwrapper', 'adbox', 'adblock',
  'dfp', 'gpt', 'doubleclick', 'teads', 'adhesion', 'billboard', 'leaderboard', 'skyscraper', 'mrec', 'anzeige',
  'werbung', 'publicite', 'publicidad', 'pubblicita']);

/** Sponsored, promoted and recommendation-widget modules (Taboola, Outbrain, "partner content"). */
export const PROMO_ATTR_WORDS = new Set(['sponsored', 'sponsor', 'sponsors', 'promoted', 'promo', 'promotion',
  'taboola', 'outbrain', 'partnercontent', 'branded', 'affiliate', 'plista', 'zergnet',
  'revcontent', 'mgid']);

/**
 * Cookie and consent dialogs: `cc-window`, `cc-banner` and `cc-revoke` (Osano's cookieconsent, whose
 * "Cookies" revoke button sat at the top of zfk.de's article), matched as joined pairs so a bare `cc`
 * never counts; OneTrust's `onetrust-*`. Not `cmp` ("consent management platform"): Adobe Experience
 * Manager names every component `cmp-…` (`cmp-container`, `cmp-text`), and its pages lost their whole text
 * (crowdstrike.com, roberthalf.com in wcxb-dev).
 */
export const CONSENT_ATTR_WORDS = new Set(['cookie', 'cookies', 'consent', 'gdpr', 'onetrust', 'ccwindow', 'ccbanner', 'ccrevoke']);

/** Dialogs over the page, consent dialogs among them: whatever prose they hold (a cookie policy) is not the page's. */
export const DIALOG_ATTR_WORDS = new Set(['modal', 'popup', 'overlay', 'flyout', ...CONSENT_ATTR_WORDS]);

/**
 * Newsletter, paywall, login and cookie prompts. Seen: `newsletter-signup` (Guardian), `paywall` (WaPo),
 * `tp-modal` (Piano); `c-flyout` (drk.de's slide-in donation appeal, "Jede kleine Spende hilft…", above
 * the story); and the dialogs above.
 */
export const PROMPT_ATTR_WORDS = new Set(['newsletter', 'newsletters', 'signup', 'subscribe', 'subscription',
  'subscriber', 'paywall', 'regwall', 'meter', 'registration', 'login', 'piano', ...DIALOG_ATTR_WORDS]);

/**
 * Containers whose prose is not the story: reader comments and page margins.
 * Only the prose-block measure (prose.ts) reads this; Readability has its own
 * list. Seen: `commentlist` (WordPress, internet-law.de), `comment-respond`
 * (seglerblog), `right-rail` (thebalance.com), `footer-hook` (exxpress.at).
 */
export const NOT_STORY_ATTR_WORDS = new Set(['comment', 'comments', 'commentlist', 'kommentar', 'kommentare',
  'respond', 'reply', 'replies', 'disqus', 'sidebar', 'rail', 'footer', 'related', 'recommended', 'teaser',
  'teasers']);

/**
 * Blocks a page sets apart from the running text, whose words it may print
 * again in the flow: a standfirst or dek repeated as the first paragraph (the
 * seed page), a pull quote, a teaser or summary box. Only the repeat check
 * (clean/repeated.ts) reads this: a line printed both in such a block and in
 * the flow is a copy; two copies in the flow may be the article's own.
 */
export const SET_APART_WORDS = new Set(['standfirst', 'dek', 'deck', 'lede', 'lead', 'intro', 'summary', 'teaser',
  'excerpt', 'abstract', 'pullquote', 'pull', 'quote', 'caption', 'kicker', 'subtitle', 'subheadline', 'callout']);

/**
 * Author boxes: the writer's biography printed under (or beside) every post.
 * An element whose class or id pairs an author word with a bio word, or names
 * a known author-box plugin. Seen: `saboxplugin-wrap` (Simple Author Box,
 * 0a962f6… corpus page), `author-info` > `author-description`
 * (knowledge-on-air.de), `author-bio` (journelles.de, where Readability took
 * the bio for the article).
 */
export const AUTHOR_WORDS = new Set(['author', 'autor', 'autorin', 'writer', 'contributor']);
export const BIO_WORDS = new Set(['bio', 'biography', 'box', 'description', 'about', 'profile', 'vita']);
export const AUTHOR_BOX_WORDS = new Set(['saboxplugin', 'authorbox', 'authorbio', 'aboutauthor', 'autorenbox', 'autorbox']);

/** Share and follow bars. Seen: `share-bar`, `social-share`, `sharing`, `share-tools` (NYT), `follow-us`. */
export const SHARE_ATTR_WORDS = new Set(['share', 'shares', 'sharing', 'sharebar', 'sharetools', 'social',
  'socials', 'sociallinks', 'follow', 'addthis', 'sharethis', 'shareaholic']);

/** Elements that are ads by their tag: AMP's ad components (AdSense's <ins> is caught by its class). */
export const AD_TAGS = new Set(['amp-ad', 'amp-embed', 'amp-sticky-ad']);

/**
 * Attributes that mark an ad slot whatever the element's class, with the
 * values that count. Seen: `data-ad-unit` and `data-google-query-id` (Google
 * Publisher Tag slots), `aria-label="Advertisement"` (Guardian, CNN).
 */
export const AD_ATTRIBUTES: Record<string, RegExp> = {
  'data-ad': /.*/, 'data-ad-unit': /.*/, 'data-ad-slot': /.*/, 'data-adunit': /.*/, 'data-ad-placement': /.*/,
  'data-google-query-id': /.*/, 'data-dfp': /.*/, 'data-ad-type': /.*/, 'data-ad-client': /.*/,
  'aria-label': /^\s*(advertisement|advert|ad|anzeige|werbung|publicité|publicidad|pubblicità)\s*$/i,
  'aria-roledescription': /^\s*advertisement\s*$/i,
  'data-testid': /advert|ad-slot|ad-container/i,
};

/** Hosts of ad and tracking frames and scripts. */
export const AD_HOSTS = /(^|\.)(doubleclick\.net|googlesyndication\.com|googleadservices\.com|amazon-adsystem\.com|adnxs\.com|taboola\.com|outbrain\.com|criteo\.(com|net)|teads\.tv|moatads\.com|adform\.net|rubiconproject\.com|pubmatic\.com|smartadserver\.com|yieldmo\.com|media\.net|revcontent\.com|mgid\.com|zergnet\.com)$/i;

/** An image from `host` or a subdomain, its path starting with `path` (whole segments). */
function imageAt(host: string, path = ''): RegExp {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(?:https?:)?//(?:[^/?#@]*\\.)?${esc(host)}(?::\\d+)?${esc(path)}(?=[/?#]|$)`, 'i');
}

/**
 * Tracking pixels: images that only report the visit. The sanitizer drops an
 * image whose src matches one of these, as it drops any image 0 to 2 pixels
 * wide or high. Only networks whose pixels are well known belong here.
 */
export const TRACKING_PIXEL_SRC: readonly RegExp[] = [
  // Meta (Facebook) Pixel's <noscript> image: facebook.com/tr?id=…&ev=PageView&noscript=1.
  imageAt('facebook.com', '/tr'),
  // Google Analytics hits sent as images (AMP pages, <noscript> counters): /collect, /r/collect, /g/collect.
  imageAt('google-analytics.com', '/collect'),
  imageAt('google-analytics.com', '/r/collect'),
  imageAt('google-analytics.com', '/g/collect'),
  // WordPress.com and Jetpack stats: pixel.wp.com/g.gif under every post.
  imageAt('pixel.wp.com'),
  // comScore beacons in <noscript> on news sites: sb.scorecardresearch.com/p?c1=2&c2=….
  imageAt('sb.scorecardresearch.com'),
  imageAt('b.scorecardresearch.com'),
  // Quantcast measurement: pixel.quantserve.com/pixel/p-….gif.
  imageAt('pixel.quantserve.com'),
  // Google Campaign Manager (DoubleClick) impression trackers: ad.doubleclick.net/ddm/trackimp/….
  imageAt('ad.doubleclick.net'),
  // Microsoft Advertising (Bing UET) <noscript> tag: bat.bing.com/action/0?ti=….
  imageAt('bat.bing.com'),
  // X (Twitter) conversion tracking: t.co/i/adsct?….
  imageAt('t.co', '/i/adsct'),
  // The name self-hosted counters and newsletter tools give their beacon: …/pixel.gif.
  /^[^?#]*\/pixel\.gif(?=[?#]|$)/i,
];

/**
 * Icon-font and icon-set class names. Seen: `material-icons` (the seed page's
 * `info_icon`), `material-symbols-outlined`, Font Awesome `fa fa-twitter`,
 * Bootstrap `glyphicon`, `bi-share`, Ionicons, WordPress `dashicons`.
 */
export const ICON_CLASS = /^(material-icons(-[\w-]+)?|material-symbols(-[\w-]+)?|fa|fas|far|fab|fal|fad|fa-[\w-]+|glyphicon(-[\w-]+)?|icon|icons|icon-[\w-]+|[\w-]+-icon|[\w-]+__icon|bi|bi-[\w-]+|ion-[\w-]+|ionicon|dashicons(-[\w-]+)?|octicon(-[\w-]+)?|lucide(-[\w-]+)?|feather|svg-icon|ico|ico-[\w-]+)$/i;

/**
 * Icon-font ligature words: text that an icon font draws as a picture and a
 * reader mode shows as a word. Material Icons names, plus `info_icon` (seed).
 */
export const ICON_LIGATURES = new Set(['info', 'info_icon', 'call', 'phone', 'smartphone', 'send', 'person_outline', 'info_outline', 'arrow_forward', 'arrow_back',
  'arrow_forward_ios', 'arrow_back_ios', 'arrow_upward', 'arrow_downward', 'arrow_right', 'arrow_left',
  'arrow_drop_down', 'arrow_drop_up', 'arrow_right_alt', 'chevron_right', 'chevron_left', 'expand_more',
  'expand_less', 'close', 'menu', 'search', 'share', 'play_arrow', 'play_circle', 'play_circle_filled',
  'play_circle_outline', 'pause', 'volume_up', 'volume_off', 'fullscreen', 'fullscreen_exit', 'zoom_in',
  'zoom_out', 'open_in_new', 'launch', 'link', 'mail', 'mail_outline', 'email', 'print', 'bookmark',
  'bookmark_border', 'favorite', 'favorite_border', 'thumb_up', 'thumb_down', 'comment', 'chat_bubble',
  'chat_bubble_outline', 'more_vert', 'more_horiz', 'add', 'remove', 'check', 'done', 'photo_camera',
  'camera_alt', 'photo', 'image', 'collections', 'videocam', 'schedule', 'access_time', 'calendar_today',
  'event', 'location_on', 'place', 'person', 'account_circle', 'home', 'keyboard_arrow_right',
  'keyboard_arrow_left', 'keyboard_arrow_down', 'keyboard_arrow_up', 'content_copy', 'file_download',
  'download', 'headphones', 'headset', 'mic', 'star', 'star_border', 'star_half', 'visibility', 'lock',
  'lock_open', 'help', 'help_outline', 'warning', 'error', 'error_outline', 'cancel', 'refresh', 'settings',
  'notifications', 'trending_up', 'trending_flat', 'north_east', 'east', 'west', 'navigate_next',
  'navigate_before', 'first_page', 'last_page', 'swap_horiz', 'ios_share', 'forum', 'sms', 'language',
  'public', 'newspaper', 'article', 'feed', 'rss_feed', 'podcasts', 'slideshow', 'image_search', 'zoom_out_map']);

/**
 * A single snake_case token with one of these parts is an icon name even when
 * the list above lacks it (`arrow_outward`, `chevron_right_small`, `share_icon`).
 */
export const ICON_WORD_PART = /^(arrow|chevron|expand|keyboard|navigate|play|pause|volume|zoom|open|more|thumb|star|favorite|bookmark|photo|camera|icon|ios|content|file|account|mail|chat|check|close|info|help)$/;

/** Class names for text only screen readers hear (Bootstrap, WordPress, GOV.UK, Tailwind). */
export const VISUALLY_HIDDEN_CLASS = /^(sr-only|sr-only-focusable|visually-hidden|visuallyhidden|u-visually-hidden|govuk-visually-hidden|screen-reader-text|screen-reader-only|screenreader-only|a11y-hidden|hidden-visually|element-invisible|offscreen|assistive-text|visually-hidden-text)$/i;

/** Whole lines that only label a picture. Seen: NYT ("Image"), Readability's `toc-missing` ("Photo"). */
export const IMAGE_LABELS = new Set(['image', 'images', 'photo', 'photos', 'picture', 'pictures', 'photograph',
  'foto', 'fotos', 'bild', 'bilder', 'imagen', 'immagine', 'afbeelding', 'image source', 'photo gallery',
  'gallery', 'video', 'graphic', 'illustration', 'enlarge this image', 'click to enlarge', 'tap to enlarge',
  'expand image', 'view image', 'zum vergrößern bitte anklicken', 'zum vergrößern anklicken',
  'bild vergrößern', 'agrandir l\'image', 'ampliar imagen', 'ver imagen', 'videobeitrag', 'bildergalerie',
  'zum vergrößern auf das bild klicken', 'beitragsbild', 'galerie', 'ende des videobeitrags', 'video ansehen']);

/**
 * Lines that announce another story: "Also read: …" (Indian and Gulf news
 * sites), "READ MORE: …" (Daily Mail), "Related: …", "Lesen Sie auch" (Spiegel),
 * "Artikel und Videos zum Thema" (spox.com, as the label inside a list of links),
 * "meist-diskutiert" (kath.net's lists of its most discussed stories).
 */
export const PROMO_LINE = /^(also read|read also|read more|read the rest|more reading|recommended( reading| for you)?|related( stories| articles| coverage| content| reading| posts)?|recent posts|more stories|most popular|top[- ]news|see also|you (may|might) also like|more (from|on) [\w ]{1,40}|watch|listen|editor'?s picks?|top stories|trending|most read|most (commented|shared|viewed|discussed)|meist[- ]?(gelesen|diskutiert|kommentiert|geteilt|geklickt)e?( artikel| beiträge| news)?|lesen sie auch|lesen sie mehr|auch interessant|mehr zum thema|(weitere )?(artikel|beiträge|videos|nachrichten|news)( und (artikel|videos|bilder))? zum thema|mehr dazu|weitere artikel|neueste artikel|verwandte artikel|ähnliche beiträge|empfohlene beiträge|schon gelesen\??|das könnte (sie|dich) auch interessieren!?|das thema könnte (sie|dich) auch interessieren|noch mehr infos für dich|lire aussi|à lire aussi|a lire aussi|voir aussi|lee también|leer más|te puede interesar|le puede interesar|también te puede interesar|leggi anche|leia também|leia mais|lees ook|czytaj (też|także|również)|zobacz (też|także)|читайте также|также читайте)(?![\p{L}\p{N}])\s*[:：|»>›–—-]?/iu;

/**
 * Whole lines that ask the reader to share, subscribe or follow. Seen on the
 * share bars Readability keeps: "Share", "Tweet", "Share this article",
 * "Sign up for our newsletter", "Follow us on Twitter".
 */
export const SHARE_PROMPT = /^((share|social share|tweet|email|e-mail|print|copy link|copy|save|pin|pocket|whatsapp|facebook|twitter|x|linkedin|reddit|flipboard|telegram|messenger|bluesky|threads|teilen|twittern|mitteilen|drucken|merken)[\s|·•/,]*)+$|^(share|tweet)( (this|the))?( (article|story|post|page))?( (on|via) [\w .+]{1,40})?[.!:]?$|^(click|tap) (here )?to (share|tweet|subscribe|follow)\b.{0,40}$|^(subscribe|sign up|register|join)( now| today| here)?( (to|for) (our|the)( free| daily| weekly)? (newsletter|newsletters|updates|digest|briefing|podcast))?[.!]?$|^(sign up|subscribe) (for|to) (our|the) [\w -]{0,30}(newsletter|newsletters|briefing|digest)\b.{0,60}$|^follow (us|@[\w.]+)( on [\w ,&+]{1,40})?[.!]?$|^(get|receive) (our|the) [\w -]{0,30}newsletter\b.{0,40}$|^(teilen|artikel teilen|jetzt teilen|partager|compartir|condividi|compartilhar|delen)$/i;

/**
 * Whole lines that are page controls, not text: "mehr" ×17 on a recipe site,
 * "Zur Übersicht", "Back to top", "Zum Angebot" / "Preis vergleichen" on a
 * shop-review page, "Loading…", "Zum Hauptinhalt springen". Compared after normalizeLabel.
 */
export const CONTROL_LINES = new Set(['more', 'mehr', 'weiter', 'next', 'previous', 'prev', 'back', 'zurück',
  'back to top', 'to top', 'top', 'nach oben', 'zum seitenanfang', 'zur übersicht', 'zurück zur übersicht',
  'show more', 'show less', 'mehr anzeigen', 'weniger anzeigen', 'alle anzeigen', 'load more', 'loading',
  'loading…', 'loading...', 'lädt', 'wird geladen', 'continue reading', 'weiterlesen', 'read full article',
  'zum angebot', 'zum shop', 'preis vergleichen', 'angebot prüfen', 'jetzt kaufen', 'buy now', 'shop now',
  'view deal', 'see price', 'check price', 'quellen ausblenden', 'quellen anzeigen', 'close', 'schließen',
  'fermer', 'cerrar', 'leer más', 'ver más', 'voir plus', 'lire la suite', 'en savoir plus', 'mostra di più',
  'saiba mais', 'ver mais', 'pokaż więcej', 'czytaj dalej', 'więcej', 'menu', 'menü', 'comments', 'comment',
  'kommentare', 'play', 'play video', 'video abspielen', 'zurück zum inhaltsverzeichnis', 'newsletter', 'zum deal',
  // Skip links for keyboard users, left in the article when the page wraps them in its main block (zfk.de).
  'skip to content', 'skip to main content', 'skip to navigation', 'skip to search', 'zum hauptinhalt springen',
  'zum inhalt springen', 'zur suche springen', 'zur navigation springen', 'direkt zum inhalt', 'aller au contenu',
  'aller au contenu principal', 'saltar al contenido', 'ir al contenido', 'vai al contenuto', 'pular para o conteúdo',
  'naar de inhoud', 'przejdź do treści',
  // A language menu's label (austria.info); the menu itself is languageMenus' job.
  'choose your language', 'select language', 'sprache wählen', 'sprache auswählen', 'choisir la langue', 'elige tu idioma',
  // A byline's bare label, its name on the next line ("Von:" then "Götz Warnke", sonnenenergie.de).
  'von', 'by', 'autor', 'autorin', 'author']);

/**
 * Picture credits on a line of their own: "Foto: GdP/Hagen Immel", "Bild: Jahr
 * Media", "Crédits photos : Bestimage", "(crédito: Minervino Júnior)",
 * "Image copyright Reuters", "Photograph by …". The name after the label must
 * be short, so a caption that starts "Photo: The mayor at the rally, where…"
 * stays. A date's full stop is no sentence end ("Quelle: Deutscher
 * Jagdverband (DJV), 02. Februar 2022, Berlin", natuerliche-jagd.de).
 */
export const CREDIT_LINE = /^\(?\s*(fotos?|bild(er)?|bildquelle|photos?|photograph|image|images|imagen|picture|pictures|credits?|crédits?( photos?)?|crédito|créditos|crediti|copyright|quelle|source|fuente|fonte|beitragsbild|titelbild|headerbild)(\s*[:：]\s*|\s+(by|copyright|credit|©)\s+|\s*©\s*)(?:[^.!?]|\.(?=\S)|(?<=\d)\.(?=\s)){0,60}\)?\.?$|^\(?\s*(©|\(c\)|copyright ©?)\s*[^.!?]{1,80}\)?\.?$/i;

/**
 * Where a credit starts at the end of a caption (figcaption, figure or a
 * caption class): "… Klemmer. Foto: GdP/Hagen
 * Immel" (gdp.de), "… im Überblick. (Foto: Getty)" (golfpost.de), "… aus der
 * Schweiz. © AFP / MARCO BERTORELLO" (sportnews.bz), ". Imagen: Télam"
 * (pagina12), "Roman Prymula, photo: Archives du Gouvernement" (radio.cz),
 * "(Quelle: Fleischmann/Unsplash/DJV)" (jagdverband.de).
 */
export const CAPTION_CREDIT_START = /(?:^|[\s.,;|])([([]?\s*(?:fotos?|bild(?:er)?|bildquelle|photos?|photograph|image|imagen|picture|credits?|crédits?|crédito|crediti|quelle|source|fuente|fonte|copyright)\s*[:：]|[([]?\s*©|\(c\))/gi;

/**
 * The same, for a short line outside any caption: only words that name a
 * picture, since "Primary Funding Source: …" (acpjournals.org) is content.
 */
export const PHOTO_CREDIT_START = /(?:^|[\s.,;|])([([]?\s*(?:fotos?|bild(?:er)?|bildquelle|photos?|photograph|imagen|picture|crédito)\s*[:：]|[([]?\s*©)/gi;

/** Bare credit lines that are only an agency's name (pagesix: "Getty Images"). */
export const CREDIT_AGENCIES = new Set(['getty images', 'getty', 'afp', 'reuters', 'ap', 'ap photo', 'dpa', 'imago',
  'imago images', 'shutterstock', 'istock', 'istockphoto', 'unsplash', 'epa', 'picture alliance', 'keystone']);

/**
 * News agencies whose name signs off a wire story together with the editor's
 * initials: "aja/PAP" (wpolityce.pl), "(dpa/lni)", "AFP/jm". A line made of
 * such a name and lowercase initials is a sign-off (see isSignOff).
 */
export const WIRE_AGENCIES = new Set(['pap', 'dpa', 'afp', 'ap', 'reuters', 'kna', 'epd', 'sda', 'apa', 'ansa', 'efe',
  'tass', 'xinhua', 'ians', 'pti', 'ani', 'dts', 'sid', 'kyodo', 'yonhap', 'anp', 'belga', 'ctk', 'mti', 'lusa', 'ats', 'ntb', 'tt', 'stt']);

/** Gallery counters: "Bild 3 von 10" (slf.ch), "Image 2 of 5", "Foto 1/8". */
export const IMAGE_COUNTER = /^(bild|image|photo|foto|picture|slide|imagen|immagine)\s*\d+\s*(von|of|de|di|sur|\/)\s*\d+$/i;

/**
 * Notices a site prints around every post, not part of any story: comment
 * forms ("Kommentare sind geschlossen", "This site uses Akismet…"), post meta
 * ("This entry was posted in…", "Der Beitrag wurde am … veröffentlicht"),
 * disclaimers ("Alle Angaben ohne Gewähr"). Seen on WordPress blogs in the corpus.
 * Also placeholders for blocked embeds ("Externer Inhalt", munich2022.com; the
 * longer ones are CONSENT_NOTICE), login-to-comment lines (kochbar.de; "Para
 * comentar debes registrarte…", critical.com.pa and diaadia.com.pa, and
 * WordPress's own wording in fr, it, pt) and opinion disclaimers
 * ("Dieser Beitrag gibt die Meinung des Autors wieder…", freitag.de community blogs).
 */
export const NOTICE_LINE = /^((keine|no|\d+) (kommentare|comments?)\.?\s+)?(comments are closed|kommentare sind geschlossen|commenting is closed|this (site|website) uses akismet\b.*|diese (website|seite) verwendet akismet\b.*|you must be (logged|signed) in to (post|leave) a comment.*|sie (sind|müssen) (aktuell )?(nicht )?(eingeloggt|angemeldet).*|(debes|tienes que) (iniciar sesión|registrarte|estar registrado)\b.{0,60}|para comentar (debes|tienes que|es necesario) (iniciar sesión|registrarte|estar registrado)\b.*|vous devez (être connecté|vous connecter) pour (publier|poster|laisser) un commentaire.*|devi (essere connesso|effettuare il login) per (inviare|pubblicare|lasciare) un commento.*|(você precisa|é necessário) (fazer o login|estar logado|estar conectado) para (publicar|postar|deixar) um comentário.*|.{0,80}kommentieren zu können, (müssen sie|musst du) (eingeloggt|angemeldet) sein.*|externer inhalt|(dieser|der) (beitrag|artikel|text) gibt (die|nur die) meinung de[rs] (autors|autorin|verfassers|verfasserin)\b.*|bei diesem beitrag handelt es sich um ein(en)? (blog|gastbeitrag|leserbeitrag)\b.*|the views (and opinions )?expressed (in this (article|post|piece) )?are (those|solely those) of the author.*|leave a (comment|reply)|hinterlasse einen kommentar|schreibe einen kommentar|kommentar schreiben|this entry was posted\b.*|posted in\b.{0,80}|filed under\b.{0,80}|der beitrag wurde am\b.{0,120}|dieser (beitrag|artikel) wurde am\b.{0,120}|alle angaben ohne gewähr\.?|all information without guarantee\.?)\.?$/i;

/**
 * A blocked embed's placeholder, which explains itself at length: "Wir
 * respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis
 * keine Verbindung zu Twitter her. Hier kannst du deine Einstellungen
 * verwalten, …" (amnesty.de, over 200 characters), and its button
 * ("Twitter freischalten"). Checked up to MAX_CONSENT characters.
 */
export const CONSENT_NOTICE = /^(wir respektieren (deine|ihre) privatsphäre\b.*|(twitter|x|youtube|instagram|facebook|vimeo|tiktok|spotify|soundcloud|podcast|video|karte|google maps|inhalt|inhalte) (freischalten|aktivieren|laden|anzeigen))$/i;
export const MAX_CONSENT = 400;

/**
 * WordPress themes' post footer, one long line: "This entry was posted on …
 * and is filed under … You can follow any responses to this entry through
 * the RSS 2.0 feed." (German: "Der Beitrag wurde am … veröffentlicht …
 * durch den RSS 2.0 Feed verfolgen", whiskyverkostung.com). Too long for
 * NOTICE_LINE's limit, known by its feed sentence.
 */
export const POST_FOOTER_LINE = /^(this entry was posted|der beitrag wurde am|dieser (beitrag|eintrag) wurde am|cet article a été publié|esta entrada fue publicada)\b.{0,400}\brss 2\.0\b.{0,300}$/i;

/**
 * A line that is only a date or time, maybe labelled ("Aktualisiert: 03.04.2020",
 * "7. oktober 2020", "20:37", "Publiziert: 03.04.2020, 12:35" on tagesanzeiger.ch,
 * "asked Feb 6, 2014 at 20:37" on stackexchange). The reader's header shows the date already.
 */
export const DATE_LINE = /^((aktualisiert|updated|published|veröffentlicht|veröffentlichung|erschienen|publiziert|stand|datum|date|news date|posted|asked|answered|edited|last updated|zuletzt aktualisiert|actualizado|publicado|mis à jour|publié)( am| le| el| on)?\s*:?\s*)?((\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4})|(\d{1,2}\.?\s+(de\s+)?[\p{L}]{3,10}\.?\s+(de\s+)?\d{4})|([\p{L}]{3,10}\.?\s+\d{1,2},?\s+\d{4})|(\d{4}-\d{2}-\d{2}))?([,|·\s]*((um|at|à)\s*)?\d{1,2}[:.]\d{2}(\s*(uhr|h|am|pm))?)?\s*$/iu;

/**
 * Labels of a post's taxonomy line ("Kategorie: News", taucher.net; "Abgelegt
 * unter: … | Tags: …", WordPress themes; "Category : Press Releases",
 * bahamaslocal.com). A line made only of such labelled lists and dates is
 * post meta, not story (see isMetaLine).
 */
export const TAXONOMY_LABEL = /(?<![\p{L}\p{N}])(kategorien?|categor(y|ies)|tags?|schlagw(ö|oe)rter|stichw(ö|oe)rter|abgelegt unter|filed under|posted in|rubrik|catégories?|categor[íi]as?|categorie|etiquetas)\s*:/giu;

/** Lines that only count comments ("36 Comments") or draw a rating (rating dots seen on a shop page). */
export const COUNTER_LINE = /^([\d.,]+[km]?\s+(comments?|kommentare?|antworten|replies|shares|followers|follower|likes|views|aufrufe)|[●○◉◯★☆✩✪■□▪▫◆◇♥♡]{2,})$/i;

/**
 * Sentences that invite the reader to follow the site on a social network or
 * to get its app, found anywhere in a short line: "Puede escribirnos a … o
 * seguir a Materia en Facebook, Twitter, Instagram…" (elpais.com), "Get the
 * latest news straight to your phone with the VI Consortium app."
 * (viconsortium.com). Only the site speaking to the reader ("us", "our",
 * "puede … seguir a … en") counts, so a story about someone's followers stays.
 */
export const FOLLOW_PROMPT = /(\b(follow us|folg(e|en sie) uns|síguenos|seguirnos|suivez-nous|seguici|siga-nos)\b|\b(puedes?|o) seguir a [\p{L}\p{N} .]{1,30} en\b).{0,80}\b(facebook|twitter|instagram|linkedin|youtube|tiktok|telegram|whatsapp|mastodon|threads|bluesky|x)\b/iu;
export const APP_PROMPT = /^(get|download|install)\b.{0,60}\b(with|in|on) (our|the) [\p{L}\p{N} .-]{0,30}\bapp\b[.!]?$|^(download|get|install) (our|the) [\p{L}\p{N} .-]{0,30}\bapp\b.{0,60}$|^(hol dir|laden sie|lade dir|jetzt) .{0,40}\b(unsere|die) [\p{L}\p{N} .-]{0,30}\bapp\b.{0,40}$/iu;
export const MAX_PROMPT_SENTENCE = 200;

/**
 * Headings of the blocks press releases and institutional news end with:
 * contacts and "further information" link lists (mpimet.de "Weitere
 * Informationen:" + "Kontakt:", baumev.de "Ansprechpartnerin zum Thema:",
 * springer.com "Kontakt", dlg.org "Ansprechpartner für die Medien").
 */
export const END_MATTER_LABEL = /^((weitere|mehr) informationen( zu[mr]? .{1,60})?|(presse|medien)?kontakt|ansprechpartner(in)?( .{1,40})?|(further|more|additional) information|for (further|more) information|(media|press) (contacts?|enquiries|inquiries)|contacts?|más información|contacto( de prensa)?|plus d'informations|contact presse|pour en savoir plus)\s*:?$/i;

/**
 * A press release's closing pointer to a web address, one line: "Weitere
 * Infos unter www.itfjuniors.de." (btv.de), "More information at
 * example.org". Only the address may follow the label.
 */
export const MORE_INFO_LINE = /^((weitere|mehr) (infos?|informationen)( zu[mr]? [^:]{1,40})?|(further|more) (info|information)|for (more|further) (info|information)|más información|plus d'informations|maggiori informazioni|mais informações)\s*(gibt es |finden sie |findest du )?(unter|auf|bei|at|on|en|sur|su|em)?\s*:?\s*(https?:\/\/)?(www\.)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/\S*)?\s*\.?$/iu;

/**
 * Labels of a table of contents ("Inhaltsverzeichnis", silkes-weinkeller.de and
 * freshideen.com; "Table of contents", "Sommaire" …), with the show/hide toggle
 * some plugins print beside it.
 */
export const TOC_LABEL = /^(inhaltsverzeichnis|inhalt|inhalte|inhaltsübersicht|table of contents|contents|in this article|on this page|in diesem artikel|auf dieser seite|sommaire|table des matières|índice|contenido|contenidos|indice|sommario|inhoud|inhoudsopgave|spis treści|содержание|目次|目录)\s*:?\s*(\[?\s*(anzeigen|ausblenden|einblenden|show|hide|toggle|afficher|masquer|mostrar|ocultar)\s*\]?)?$/i;

/**
 * Languages as they name themselves, for spotting a language menu left in the
 * article ("Deutsch · English · Česky · Dansk · Español", austria.info; the
 * "Deutsch · Español · Français · Polski · Русский" links closing a fandom wiki page).
 */
export const LANGUAGE_NAMES = new Set(['deutsch', 'english', 'français', 'francais', 'español', 'espanol', 'italiano',
  'português', 'portugues', 'nederlands', 'polski', 'русский', 'česky', 'čeština', 'dansk', 'svenska', 'norsk', 'suomi',
  'magyar', 'română', 'slovenčina', 'slovenščina', 'hrvatski', 'srpski', 'српски', 'türkçe', 'ελληνικά', 'українська',
  'български', 'català', 'eesti', 'latviešu', 'lietuvių', '中文', '日本語', '한국어', 'العربية', 'עברית', 'हिन्दी',
  'bahasa indonesia', 'tiếng việt', 'ไทย']);

