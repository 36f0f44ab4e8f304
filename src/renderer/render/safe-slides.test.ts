// @vitest-environment jsdom
import { describe, it, expect, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import DOMPurify from 'dompurify';
import type { RevealStageProps } from '../present/RevealStage';
import type { SlideFrameProps } from '../editor/SlideFrame';
import { parseDeck } from '../../core/deck';
import { renderedSlide, sanitizeHtml, slideNotesHtml, slideSections, type SafeHtml } from './safe-slides';
import { renderSlide } from '../../core/render/render-slide';

const root = resolve(import.meta.dirname, '../../..');

const deck = parseDeck(`---
title: 学习会
---
<!-- .slide: class="cover" data-background-iframe="https://evil.example" onclick="alert(1)" -->
# 学习会

<img src="http://evil.example/x.png" onerror="alert(1)"><p>正文</p>

Note:
第一行
第二行 <a href="javascript:alert(1)">链接</a>
---
## 要点
- 一
`).deck;

describe('the renderer side of the render path', () => {
  it('sanitises each slide once and reuses it while the Slide object is unchanged', () => {
    const first = renderedSlide(deck.slides[0]!);
    expect(renderedSlide(deck.slides[0]!)).toBe(first);
    expect(first.attrs).toEqual({ class: 'cover' });
    expect(first.body).toContain('正文');
    expect(first.body).not.toMatch(/evil|onerror/);
  });

  it('gives the audience sections without notes, the presenter the notes with their line breaks', () => {
    const sections = slideSections(deck);
    expect(sections).toHaveLength(2);
    expect(sections.slice(0, 2).join('')).not.toContain('第一行');
    expect(sections.at(1)).toContain('data-page="2"');
    expect(sections.at(2)).toBeUndefined();
    const notes = slideNotesHtml(deck.slides[0]!)!;
    expect(notes).toContain('第一行<br>第二行');
    expect(notes).not.toContain('javascript');
    expect(slideNotesHtml(deck.slides[1]!)).toBeNull();
  });

  it('the canvas, thumbnails, presenter and audience view take only SafeHtml (checked by the type checker)', () => {
    // @ts-expect-error -- reveal.js stages (presenter, audience) refuse a plain string.
    const stage: RevealStageProps['html'] = '<section><img src=x onerror=alert(1)></section>';
    // @ts-expect-error -- so do the canvas and thumbnails.
    const frame: SlideFrameProps['html'] = '<img src=x onerror=alert(1)>';
    const ok: RevealStageProps['html'] = slideSections(deck).at(0)! satisfies SafeHtml;
    expect([stage, frame, ok]).toHaveLength(3);
  });
});

describe('sanitising block by block', () => {
  const decks = [
    ...readdirSync(join(root, 'slides')).filter((f) => f.endsWith('.md')).map((f) => join(root, 'slides', f)),
    ...readdirSync(join(root, 'test/fixtures/decks')).filter((f) => f.endsWith('.md')).map((f) => join(root, 'test/fixtures/decks', f)),
  ].map((p) => parseDeck(readFileSync(p, 'utf8')).deck);

  it('gives every slide of the shipped and fixture decks the HTML the whole-slide path gives', () => {
    const slides = decks.flatMap((d) => d.slides);
    expect(slides.length).toBeGreaterThan(40);
    for (const s of slides) expect(renderedSlide(s)).toEqual(renderSlide(s, sanitizeHtml));
  });

  it('keeps the whole-slide path where a hand-typed tag could reach the next block', () => {
    const s = parseDeck('## 标题 <b>加粗\n\n- 一\n- 二\n').deck.slides[0]!;
    const whole = renderSlide(s, sanitizeHtml);
    expect(renderedSlide(s)).toEqual(whole);
    // The parser carries the open <b> into the list: block by block it would not.
    expect(whole.body).toMatch(/<\/h2><b>\s*<ul>/);
  });

  it('re-sanitises only the block a keystroke changed', () => {
    const s = decks[0]!.slides.find((x) => x.blocks.length > 2 && x.blocks.every((b) => b.kind !== 'raw'))!;
    const before = renderedSlide(s);
    const hi = s.blocks.findIndex((b) => b.kind === 'heading');
    const edited = { ...s, blocks: s.blocks.map((b, i) => (i === hi && b.kind === 'heading' ? { ...b, text: b.text + '字' } : b)) };
    const spy = vi.spyOn(DOMPurify, 'sanitize');
    const after = renderedSlide(edited);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(after.body).toContain('字');
    expect(after).toEqual(renderSlide(edited, sanitizeHtml));
    expect(after.body).not.toBe(before.body);
  });
});
