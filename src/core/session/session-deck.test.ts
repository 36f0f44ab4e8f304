import { describe, expect, it } from 'vitest';
import { wujinDeck } from '../../../test/fixtures/export/wujin-deck';
import { getAttr, getLayout, slideTitle } from '../deck';
import type { Deck, Slide } from '../deck/model';
import { sessionDeck, sessionParts, isSessionDeck } from './session-deck';
import type { Session } from './model';

const session: Session = {
  meta: { title: '理论学习中心组学习会', date: '2024-07-01', place: '区委第一会议室', unit: '区委办公室' },
  items: [{ path: '01.md', minutes: 20 }, { path: 'sub/02.md', minutes: 15 }],
  body: '',
};
const withPicture = (d: Deck): Deck => ({ ...d, slides: [...d.slides, { attrs: [], blocks: [{ kind: 'image', alt: '图', src: '02.assets/map.png' }], notes: null }] });

describe('session deck', () => {
  const a = wujinDeck(0);
  const b = withPicture(wujinDeck(1));
  const deck = sessionDeck(session, [{ item: session.items[0]!, deck: a }, { item: session.items[1]!, deck: b }]);

  it('opens with a cover and an agenda naming each deck with its minutes, in order', () => {
    expect(getLayout(deck.slides[0]!)).toBe('cover');
    expect(deck.slides[0]!.blocks.map((x) => ('text' in x ? x.text : ''))).toEqual(['理论学习中心组学习会', '2024-07-01 · 区委第一会议室', '区委办公室']);
    const agenda = deck.slides[1]!;
    expect(getLayout(agenda)).toBe('contents');
    const list = agenda.blocks.find((x) => x.kind === 'list');
    expect(list && list.kind === 'list' ? list.items.map((i) => i.text) : []).toEqual([`${a.meta.title}\u300020分钟`, `${b.meta.title}\u300015分钟`]);
  });

  it('puts a divider before each deck and every slide of it except its closing page, then closes once', () => {
    const dividers = deck.slides.map((s, i) => [i, getAttr(s, 'data-session-part')] as const).filter(([, p]) => p);
    expect(dividers.map(([, p]) => p)).toEqual(['1', '2']);
    const [[d1], [d2]] = dividers as unknown as [[number], [number]];
    expect(slideTitle(deck.slides[d1]!)).toBe(a.meta.title);
    expect(getAttr(deck.slides[d1]!, 'data-minutes')).toBe('20');
    expect(deck.slides.slice(d1 + 1, d2)).toEqual(a.slides.filter((s) => getLayout(s) !== 'closing'));
    expect(deck.slides.filter((s) => getLayout(s) === 'closing')).toHaveLength(1);
    expect(getLayout(deck.slides.at(-1)!)).toBe('closing');
    expect(deck.meta.title).toBe('理论学习中心组学习会');
  });

  it("keeps a speech's closing page that says its last words ('谢谢大家！'): it is the article's text, not the deck's ending", () => {
    const thanks: Slide = { attrs: [{ name: 'class', value: 'closing' }, { name: 'data-source', value: 's3p4' }], blocks: [{ kind: 'heading', depth: 1, text: '谢谢大家！' }], notes: '谢谢大家！' };
    const speech: Deck = { ...a, slides: [...a.slides.filter((s) => getLayout(s) !== 'closing'), thanks] };
    const d = sessionDeck(session, [{ item: session.items[0]!, deck: speech }, { item: session.items[1]!, deck: b }]);
    expect(d.slides.filter((s) => s.notes === '谢谢大家！')).toHaveLength(1);
    expect(sessionParts(d)[0]!.deck.slides.at(-1)!.notes).toBe('谢谢大家！');
    expect(getLayout(d.slides.at(-1)!)).toBe('closing');
    expect(slideTitle(d.slides.at(-1)!)).toBe('谢谢');
  });

  it('finds a picture of a deck in a sub-folder from the session folder', () => {
    const img = deck.slides.flatMap((s) => s.blocks).find((x) => x.kind === 'image');
    expect(img && img.kind === 'image' && img.src).toBe('sub/02.assets/map.png');
  });

  it('comes apart into the decks it was made of, closing lines included', () => {
    const withClosing: Deck = { ...a, meta: { ...a.meta, closing: [{ kind: 'signature', text: '中共某某区委办公室' }] } };
    const d = sessionDeck(session, [{ item: session.items[0]!, deck: withClosing }, { item: session.items[1]!, deck: b }]);
    const parts = sessionParts(d);
    expect(parts.map((p) => [p.part, p.title, p.minutes])).toEqual([[1, a.meta.title, 20], [2, b.meta.title, 15]]);
    expect(parts[0]!.deck.slides).toEqual(a.slides.filter((s) => getLayout(s) !== 'closing'));
    expect(parts[0]!.deck.meta.closing).toEqual([{ kind: 'signature', text: '中共某某区委办公室' }]);
    expect(isSessionDeck(d)).toBe(true);
    expect(isSessionDeck(a)).toBe(false);
    expect(sessionParts(a)).toEqual([]);
  });

  it('still presents when a deck cannot be read, saying which', () => {
    const d = sessionDeck(session, [{ item: session.items[0]!, deck: null }]);
    const div = d.slides.find((s) => getAttr(s, 'data-session-part') === '1')!;
    expect(JSON.stringify(div.blocks)).toContain('未能读取演示稿：01.md');
  });
});

describe('session deck decor', () => {
  it('numbers the dividers by the deck’s place in the session, and each deck’s own sections from 01', async () => {
    const { slideDecor } = await import('../render/slide-decor');
    const items = [{ path: 'a.md' }, { path: 'b.md' }];
    const deck = sessionDeck({ meta: { title: 't' }, items, body: '' }, [{ item: items[0]!, deck: wujinDeck(0) }, { item: items[1]!, deck: wujinDeck(1) }]);
    const decor = slideDecor(deck);
    const parts = deck.slides.map((s, i) => (getAttr(s, 'data-session-part') ? decor[i]!['data-section-no'] : null)).filter(Boolean);
    expect(parts).toEqual(['01', '02']);
    const second = deck.slides.findIndex((s) => getAttr(s, 'data-session-part') === '2');
    const firstSectionOfB = deck.slides.findIndex((s, i) => i > second && getLayout(s) === 'section');
    expect(decor[firstSectionOfB]!['data-section-no']).toBe('01');
  });
});
