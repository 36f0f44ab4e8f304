import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library } from './library';
import { readAsset, writeAsset } from './deck-assets';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
let lib: Library;
let user: string;

beforeEach(() => {
  const tmp = mkdtempSync(join(tmpdir(), 'assets-'));
  user = join(tmp, 'user');
  mkdirSync(user);
  mkdirSync(join(tmp, 'builtin'));
  writeFileSync(join(user, '学习 会.md'), '---\ntitle: t\ntheme: party-red\n---\n');
  writeFileSync(join(tmp, 'builtin', 'b.md'), '---\ntitle: t\ntheme: party-red\n---\n');
  writeFileSync(join(user, 'secret.png'), PNG);
  lib = new Library({ builtin: join(tmp, 'builtin'), user });
});

const ref = { root: 'user' as const, path: '学习 会.md' };

describe('deck assets', () => {
  it('copies an image into <deck>.assets and reads it back by its Markdown src', async () => {
    const { src } = await writeAsset(lib, { ref, name: '照片 (1).PNG', base64: PNG.toString('base64') });
    expect(src).toMatch(/^学习%20会\.assets\/照片-1-[0-9a-f]{6}\.png$/);
    expect(existsSync(join(user, '学习 会.assets'))).toBe(true);
    const a = await readAsset(lib, { ref, src });
    expect(a?.mime).toBe('image/png');
    expect(Buffer.from(a!.base64, 'base64').equals(PNG)).toBe(true);
  });

  it('refuses bytes that are not an image, whatever the name says', async () => {
    await expect(writeAsset(lib, { ref, name: 'x.png', base64: Buffer.from('<script>').toString('base64') })).rejects.toMatchObject({ code: 'BAD_ASSET' });
  });

  it('refuses shipped decks', async () => {
    await expect(writeAsset(lib, { ref: { root: 'builtin', path: 'b.md' }, name: 'x.png', base64: PNG.toString('base64') })).rejects.toMatchObject({ code: 'BAD_ASSET' });
  });

  it('reads nothing outside the deck’s own assets folder', async () => {
    expect(await readAsset(lib, { ref, src: 'secret.png' })).toBeNull();
    expect(await readAsset(lib, { ref, src: '学习 会.assets/../secret.png' })).toBeNull();
    expect(await readAsset(lib, { ref, src: '学习%20会.assets/%2e%2e/secret.png' })).toBeNull();
    expect(await readAsset(lib, { ref, src: '学习 会.assets/missing.png' })).toBeNull();
  });
});
