/**
 * Insert a picture: the user picks an image file, the host copies it into the
 * deck's assets folder, and an image block goes onto the slide that was current
 * when the picker opened.
 */
import { bytesToBase64 } from '../../core/base64';
import { insertBlock } from '../../core/deck';
import { getHost } from '../host';
import { edit, type EditorState } from './state/editor-state';
import type { Store } from './state/store';

export function pickImage(store: Store<EditorState>, onError: (e: unknown) => void): void {
  const { doc, selection } = store.get();
  if (!doc?.ref || doc.readOnly) return;
  const ref = doc.ref;
  const at = selection.current;
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = 'image/png,image/jpeg,image/gif,image/webp';
  input.onchange = async () => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { src } = await getHost().api.deck.writeAsset({ ref, name: file.name, base64: bytesToBase64(bytes) });
      const alt = file.name.replace(/\.[^.]+$/u, '').replace(/[[\]\\]/gu, '');
      store.update((s) => edit(s, (d) => (d.slides[at] ? insertBlock(d, at, { kind: 'image', alt, src }) : d), null, at));
    } catch (e) {
      onError(e);
    }
  };
  input.click();
}
