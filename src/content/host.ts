// The ONE node CareLens adds to a page: a host element with a neutral name (page-names.ts) with a closed shadow root that
// holds our UI. Created on first use, with no attributes, appended to <html> (not inside the
// page's app root). Page scripts cannot read inside it (closed), so the user's notes stay private.
import { CARD_CSS } from '../ui/card/styles';
import { HOST_TAG } from './page-names';

export interface UiHost {
  host: HTMLElement;
  mount: HTMLElement;
}

const roots = new WeakMap<Document, UiHost>();

export function existingHost(doc: Document): UiHost | undefined {
  return roots.get(doc);
}

export function isOurNode(doc: Document, node: Node | null): boolean {
  const ui = roots.get(doc);
  if (!ui || !node) return false;
  return node === ui.host || ui.host.contains(node);
}

export function ensureHost(doc: Document): UiHost {
  let ui = roots.get(doc);
  if (ui) {
    if (!ui.host.isConnected) doc.documentElement.appendChild(ui.host);
    return ui;
  }
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  doc.documentElement.appendChild(host);
  ui = { host, mount };
  roots.set(doc, ui);
  return ui;
}
