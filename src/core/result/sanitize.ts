import createDOMPurify, { type Config } from 'dompurify';
import { REMOVED_ATTR } from '../clean/aside.js';
import { TRACKING_PIXEL_SRC } from '../rules.js';

/**
 * Article HTML comes from hostile pages. Everything that can run code, submit
 * data, load a frame or restyle the reader is dropped; what is left is text,
 * structure, links, images and media.
 */
const CONFIG: Config = {
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'textarea',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'template', 'noscript'],
  FORBID_ATTR: ['style', 'class', 'id', 'srcset', 'action', 'formaction'],
  ALLOW_DATA_ATTR: false,
  ADD_ATTR: ['data-sift-highlight', REMOVED_ATTR],
  ADD_URI_SAFE_ATTR: ['data-sift-highlight', REMOVED_ATTR],
  // DOMPurify checks the value of every allowed attribute that is not URI-safe (href, but
  // also width, colspan, datetime) against this. Its default, minus the schemes a reader
  // never needs: http(s), mailto and tel links; values without a scheme (numbers,
  // relative paths, #fragments) pass; javascript:, data:, vbscript: and the rest do not.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

/** Every kept image loads only when scrolled to, off the main thread, and tells its host nothing of the page. */
const IMAGE_ATTRS = [['loading', 'lazy'], ['decoding', 'async'], ['referrerpolicy', 'no-referrer']] as const;
/** A width or height of 0, 1 or 2 pixels: nothing a reader sees, only a visit reported. */
const PIXEL_SIZE = /^\s*[0-2](?:\.0*)?\s*(?:px)?\s*$/i;

function isTrackingPixel(img: Element): boolean {
  if (PIXEL_SIZE.test(img.getAttribute('width') ?? '') || PIXEL_SIZE.test(img.getAttribute('height') ?? '')) return true;
  const src = (img.getAttribute('src') ?? '').trim();
  return TRACKING_PIXEL_SRC.some((re) => re.test(src));
}

/** The hidden wrapper readPage puts around a removed item (clean/aside.ts); index.ts strips the page's own. */
function isRemovedWrapper(node: Element): boolean {
  return (node.nodeName === 'DIV' || node.nodeName === 'SPAN') && /^\d+$/.test((node.getAttribute(REMOVED_ATTR) ?? '').trim());
}

type Purifier = ReturnType<typeof createDOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: Window & typeof globalThis): Purifier {
  let p = purifiers.get(win);
  if (!p) {
    p = createDOMPurify(win);
    // Only the reader's own highlight marks carry an index (index.ts strips the page's).
    p.addHook('uponSanitizeAttribute', (node, data) => {
      if (data.attrName === 'data-sift-highlight' && (node.nodeName !== 'MARK' || !/^\d+$/.test(data.attrValue))) {
        data.keepAttr = false;
      }
      // Only our wrappers may hide something: a page's hidden text would otherwise be in the
      // reader's text but not on screen.
      if ((data.attrName === REMOVED_ATTR || data.attrName === 'hidden') && !isRemovedWrapper(node)) data.keepAttr = false;
    });
    p.addHook('uponSanitizeElement', (node, data) => {
      if (data.tagName === 'img' && isTrackingPixel(node as Element)) node.parentNode?.removeChild(node);
    });
    // Links open outside the reader and never tell the page who sent them; #fragments stay in the reader.
    p.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && /^(?!#)./.test(node.getAttribute('href') ?? '')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (node.nodeName === 'IMG') for (const [name, value] of IMAGE_ATTRS) node.setAttribute(name, value);
    });
    purifiers.set(win, p);
  }
  return p;
}

/** Sanitize an HTML string with the given window's DOM (the reader re-checks what it is sent). */
export function sanitizeHtml(html: string, win: Window & typeof globalThis): string {
  return purifierFor(win).sanitize(html, CONFIG) as string;
}

/**
 * Sanitize into a fragment, ready to append without innerHTML. Two passes: the
 * fragment is parsed from the clean string, never made of the nodes parsed
 * from the hostile one. With one pass, Chromium ran a `<details open ontoggle>`
 * handler once the fragment was in the page (the overlay, e2e hostile.test.ts),
 * though the attribute had been removed.
 */
export function sanitizeToFragment(html: string, win: Window & typeof globalThis): DocumentFragment {
  const purifier = purifierFor(win);
  return purifier.sanitize(purifier.sanitize(html, CONFIG) as string, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}
