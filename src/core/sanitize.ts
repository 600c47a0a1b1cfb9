import createDOMPurify, { type Config } from 'dompurify';

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
  ADD_ATTR: ['data-sift-highlight'],
  // DOMPurify checks the value of every allowed attribute that is not URI-safe against
  // ALLOWED_URI_REGEXP below, which "0" fails: the highlight index must be declared safe.
  ADD_URI_SAFE_ATTR: ['data-sift-highlight'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#)/i,
};

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
    });
    // Links open outside the reader and never tell the page who sent them.
    p.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && node.getAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    purifiers.set(win, p);
  }
  return p;
}

/** Sanitized HTML of the children of `root`. */
export function sanitizeElement(root: Element, win: Window & typeof globalThis): string {
  return purifierFor(win).sanitize(root.innerHTML, CONFIG) as string;
}

/** Sanitize an HTML string with the given window's DOM (the reader re-checks what it is sent). */
export function sanitizeHtml(html: string, win: Window & typeof globalThis): string {
  return purifierFor(win).sanitize(html, CONFIG) as string;
}

/** Sanitize into a fragment owned by `win`'s document, ready to append without innerHTML. */
export function sanitizeToFragment(html: string, win: Window & typeof globalThis): DocumentFragment {
  return purifierFor(win).sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}
