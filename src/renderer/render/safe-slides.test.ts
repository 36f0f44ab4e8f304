// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import type { RevealStageProps } from '../present/RevealStage';
import type { SlideFrameProps } from '../editor/SlideFrame';
import { parseDeck } from '../../core/deck';
import { renderedSlide, slideNotesHtml, slideSections, type SafeHtml } from './safe-slides';

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
    expect(sections.join('')).not.toContain('第一行');
    expect(sections[1]).toContain('data-page="2"');
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
    const ok: RevealStageProps['html'] = slideSections(deck)[0]! satisfies SafeHtml;
    expect([stage, frame, ok]).toHaveLength(3);
  });
});
