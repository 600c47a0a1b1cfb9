/**
 * Copy text on a user's click. The async Clipboard API first; in a content
 * script on an http:// page (no secure context) it is missing, so fall back to
 * a hidden textarea and execCommand, placed inside `container` (the overlay's
 * shadow root) so the page never sees it.
 */
export async function copyText(text: string, doc: Document, container: Node = doc.body): Promise<boolean> {
  try {
    const clip = doc.defaultView?.navigator.clipboard;
    if (clip && doc.defaultView?.isSecureContext) {
      await clip.writeText(text);
      return true;
    }
  } catch {
    // Denied (no focus, a policy): try the old way.
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;opacity:0;pointer-events:none;';
  container.appendChild(area);
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
