import { describe, it, expect } from 'vitest';
import { parsePresentRoute, presentRoute, presenterRoute, deckRoute } from './routes';
import { deckSections, sectionAt, budgetState, formatDuration } from './sections';
import { SlideJump, DIGIT_KEYCODES, digitOf } from './slide-jump';
import { isPresentMessage, samePosition } from './present-sync';
import { parseDeck } from '../../core/deck';

const ref = { root: 'user' as const, path: '学习/01-以实干为民谋福.md' };

describe('presenting routes', () => {
  it('round-trip: the editor builds a route, the app reads it back', () => {
    expect(parsePresentRoute(presentRoute(ref, 7))).toEqual({ kind: 'present', ref, from: 7 });
    expect(parsePresentRoute(presenterRoute(ref, 3))).toEqual({ kind: 'presenter', ref, at: 3, rehearsal: false });
    expect(parsePresentRoute('/presenter/user/a.md?at=2&mode=rehearsal')).toMatchObject({ at: 2, rehearsal: true });
    expect(parsePresentRoute('/present/builtin/a.md')).toEqual({ kind: 'present', ref: { root: 'builtin', path: 'a.md' }, from: 1 });
    expect(parsePresentRoute('/present/builtin/a.md?from=-2')).toMatchObject({ from: 1 });
    expect(parsePresentRoute(deckRoute(ref))).toBeNull();
    expect(parsePresentRoute('/present/elsewhere/a.md')).toBeNull();
  });
});

describe('sections and time budgets', () => {
  const deck = parseDeck(
    `---\ntitle: t\n---\n\n# 封面\n\n---\n\n## 目录\n\n---\n\n<!-- .slide: class="section" -->\n# 一、*发展*\n\n---\n\n## a\n\n---\n\n<!-- .slide: class="section" -->\n# 二、民生\n\n---\n\n## b\n`,
  ).deck;
  it('a section runs from its divider to the next; cover and contents are the opening', () => {
    const s = deckSections(deck, '开篇');
    expect(s.map((x) => [x.start, x.end, x.title])).toEqual([
      [0, 2, '开篇'],
      [2, 4, '一、*发展*'],
      [4, 6, '二、民生'],
    ]);
    expect(sectionAt(s, 3)).toBe(1);
    expect(sectionAt(s, 5)).toBe(2);
  });
  it('warns near and over the budget', () => {
    expect(budgetState(60_000, undefined)).toBe('none');
    expect(budgetState(60_000, 2)).toBe('ok');
    expect(budgetState(110_000, 2)).toBe('near');
    expect(budgetState(121_000, 2)).toBe('over');
    expect(formatDuration(65_000)).toBe('01:05');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
  });
});

describe('number + Enter', () => {
  it('collects digits, forgets them after a pause, Enter takes them', () => {
    let t = 0;
    const j = new SlideJump(3000, () => t);
    j.push('1');
    j.push('2');
    expect(j.take()).toBe(12);
    expect(j.take()).toBeNull();
    j.push('4');
    t = 5000;
    expect(j.take()).toBeNull();
    expect(DIGIT_KEYCODES.map(digitOf).join('')).toBe('01234567890123456789');
  });
});

describe('sync messages', () => {
  it('accepts only well-formed messages', () => {
    expect(isPresentMessage({ type: 'slide', indexh: 2, indexv: 0, fragment: -1 })).toBe(true);
    expect(isPresentMessage({ type: 'slide', indexh: '2', indexv: 0, fragment: -1 })).toBe(false);
    expect(isPresentMessage({ type: 'pause', paused: true })).toBe(true);
    expect(isPresentMessage({ type: 'eval', code: 'x' })).toBe(false);
    expect(samePosition({ indexh: 1, indexv: 0, fragment: -1 }, { indexh: 1, indexv: 0, fragment: -1 })).toBe(true);
  });
});

import { windowAround, windowNeed } from './slide-window';

describe('slide window for long decks', () => {
  it('short decks are given whole; long ones a window around the current slide, kept inside the deck', () => {
    expect(windowAround(10, 40)).toEqual({ lo: 0, hi: 40 });
    expect(windowAround(250, 500)).toEqual({ lo: 238, hi: 263 });
    expect(windowAround(2, 500)).toEqual({ lo: 0, hi: 25 });
    expect(windowAround(499, 500)).toEqual({ lo: 475, hi: 500 });
  });
  it('moves the window before the talk reaches its edge, at once when it is on the edge', () => {
    const w = { lo: 238, hi: 263 };
    expect(windowNeed(250, w, 500)).toBeNull();
    expect(windowNeed(259, w, 500)).toBe('soon');
    expect(windowNeed(262, w, 500)).toBe('now');
    expect(windowNeed(300, w, 500)).toBe('now');
    // The deck's own ends are not window edges.
    expect(windowNeed(0, { lo: 0, hi: 25 }, 500)).toBeNull();
    expect(windowNeed(499, { lo: 475, hi: 500 }, 500)).toBeNull();
  });
});
