import { describe, expect, it } from 'vitest';
import { sessionDeck } from '../../core/session';
import { wujinDeck } from '../../../test/fixtures/export/wujin-deck';
import { deckSections, sessionBudgets } from './sections';
import { itemOf, itemRef } from '../session/session-io';

describe('presenting a session', () => {
  const items = [{ path: 'a.md', minutes: 20 }, { path: 'b.md' }];
  const deck = sessionDeck({ meta: { title: '学习会' }, items, body: '' }, [
    { item: items[0]!, deck: wujinDeck(0) },
    { item: items[1]!, deck: wujinDeck(1) },
  ]);
  it('times each deck as one section (cover and agenda the opening), its planned minutes the budget', () => {
    const s = deckSections(deck, '开场');
    expect(s.map((x) => x.title)).toEqual(['开场', wujinDeck(0).meta.title, wujinDeck(1).meta.title]);
    expect(s[0]).toMatchObject({ start: 0, end: 2 });
    expect(s[2]!.end).toBe(deck.slides.length);
    expect(sessionBudgets(deck)).toEqual({ [s[1]!.start]: 20 });
  });
  it('finds each deck beside the session, or among the built-in decks', () => {
    const ref = { root: 'user' as const, path: '学习/会.session.md' };
    expect(itemRef(ref, { path: 'a.md' })).toEqual({ root: 'user', path: '学习/a.md' });
    expect(itemRef(ref, { path: '01.md', root: 'builtin' })).toEqual({ root: 'builtin', path: '01.md' });
    expect(itemOf(ref, { root: 'user', path: '学习/a.md' })).toEqual({ path: 'a.md' });
    expect(itemOf(null, { root: 'builtin', path: '01.md' })).toEqual({ path: '01.md', root: 'builtin' });
  });
});
