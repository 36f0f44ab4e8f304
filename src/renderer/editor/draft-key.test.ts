import { describe, it, expect } from 'vitest';
import { DraftKey } from '../../core/contract';
import { draftKeyOf, newDraftKey, newDeckId } from './draft-key';

describe('draft keys', () => {
  it('are valid contract keys for any file name, and distinct', () => {
    const a = draftKeyOf({ root: 'user', path: '以实干为民谋福（2）.md' });
    const b = draftKeyOf({ root: 'user', path: '以实干为民谋福（3）.md' });
    const c = draftKeyOf({ root: 'user', path: 'sub dir/a b.md' });
    for (const k of [a, b, c, newDraftKey(newDeckId())]) expect(DraftKey.safeParse(k).success, k).toBe(true);
    expect(a).not.toBe(b);
    expect(draftKeyOf({ root: 'builtin', path: 'x.md' })).not.toBe(draftKeyOf({ root: 'user', path: 'x.md' }));
  });
});
