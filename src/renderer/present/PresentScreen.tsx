/**
 * The audience view (#/present/<root>/<path>?from=<n>): the deck full screen in
 * its theme, WITHOUT speaker notes (they never reach this DOM; the presenter
 * reads them from the Deck model). Keys, on top of reveal.js's own (arrows,
 * Space, B black, O overview, F full screen):
 *   Esc   leave (closes the overview or the pen first)     L  laser pointer
 *   P     pen (annotations kept per slide, in memory only)  E  erase this slide's ink
 *   S     presenter view                                    12 Enter  jump to slide 12
 *   Home / End  first / last slide
 * Long decks are handed to reveal.js a window at a time (see slide-window.ts);
 * the slide number and progress bar are drawn here, over the whole deck.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RevealConfig } from 'reveal.js';
import type { DeckRef } from '../../core/contract';
import { joinSections } from '../../core/render/render-slide';
import { mayHaveFragments, slideSections } from '../render/safe-slides';
import { getHost } from '../host';
import { RevealStage, type RevealDeck } from './RevealStage';
import { usePresentDeck } from './use-present-deck';
import { openPresentChannel, samePosition, type PresentChannel, type PresentMessage, type SlidePosition } from './present-sync';
import { channelName, deckRoute } from './routes';
import { SlideJump, DIGIT_KEYCODES, digitOf } from './slide-jump';
import { InkLayer, type InkStore } from './InkLayer';
import { LaserPointer } from './LaserPointer';
import { openPresenterView, setPresentFullScreen } from './start-presenting';
import { shiftSections, windowAround, windowNeed, type SlideWindow } from './slide-window';
import { useDisplay } from '../a11y/DisplayProvider';
import { rememberShownSlide } from '../editor/return-slide';
import { useShownTheme } from '../theme/custom-theme-state';
import './present.css';

type Tool = 'none' | 'laser' | 'pen';

/** reveal.js's position, made absolute by the window offset. */
export function positionOf(deck: RevealDeck, offset = 0): SlidePosition {
  const i = deck.getIndices();
  return { indexh: offset + i.h, indexv: i.v ?? 0, fragment: typeof i.f === 'number' ? i.f : -1 };
}

export function PresentScreen({ deckRef, from, go }: { deckRef: DeckRef; from: number; go: (route: string) => void }) {
  const { t } = useTranslation();
  const { deck, error } = usePresentDeck(deckRef);
  const shownTheme = useShownTheme(deck?.meta.theme ?? 'party-red');
  const [tool, setTool] = useState<Tool>('none');
  const [abs, setAbs] = useState(from - 1);
  const [jumpText, setJumpText] = useState('');
  const [inkVersion, setInkVersion] = useState(0);
  const reveal = useRef<RevealDeck | null>(null);
  const channel = useRef<PresentChannel | null>(null);
  const heard = useRef<SlidePosition | null>(null);
  const jump = useRef(new SlideJump());
  const ink = useRef<InkStore>(new Map());
  const toolRef = useRef(tool);
  toolRef.current = tool;

  // Audience HTML, sanitised once per slide, never the notes; footer, page and divider
  // numbers from each slide's place in the whole deck (the window only shows some).
  const slides = useMemo(() => (deck ? slideSections(deck) : null), [deck]);
  const total = slides?.length ?? 0;
  const win = useRef<SlideWindow>({ lo: 0, hi: 0 });
  // The window reveal.js starts with; later moves are made in place (moveWindow).
  const initial = useMemo(() => {
    if (!slides) return null;
    const w = windowAround(Math.min(from, slides.length) - 1, slides.length);
    win.current = w;
    return { w, html: joinSections(slides.slice(w.lo, w.hi)) };
  }, [slides]); // eslint-disable-line react-hooks/exhaustive-deps
  const totalRef = useRef(total);
  totalRef.current = total;
  const quiet = useRef(false);
  const moveTimer = useRef<number | null>(null);
  const moveWindowRef = useRef<(center: number, fragment?: number) => void>(() => {});

  const announce = useCallback(() => {
    const d = reveal.current;
    if (!d || quiet.current) return;
    const p = positionOf(d, win.current.lo);
    setAbs(p.indexh);
    if (!samePosition(p, heard.current)) channel.current?.post({ type: 'slide', ...p });
    heard.current = null;
    // Long decks: on the window's edge move it at once (after this event, before the
    // paint), near the edge once the transition has run, so key presses stay cheap.
    const need = windowNeed(p.indexh, win.current, totalRef.current);
    if (need === 'now') queueMicrotask(() => moveWindowRef.current(p.indexh, p.fragment));
    else if (need === 'soon' && moveTimer.current === null) {
      moveTimer.current = window.setTimeout(() => {
        moveTimer.current = null;
        const r = reveal.current;
        if (!r || r.isOverview()) return;
        const q = positionOf(r, win.current.lo);
        if (windowNeed(q.indexh, win.current, totalRef.current) !== null) moveWindowRef.current(q.indexh, q.fragment);
      }, 350);
    }
  }, []);

  /** Give reveal.js the window around `center` and show `center` (with `fragment`) in it. */
  const moveWindow = useCallback(
    (center: number, fragment = -1) => {
      const d = reveal.current;
      if (!d || !slides) return;
      const w = windowAround(center, slides.length);
      if (w.lo === win.current.lo && w.hi === win.current.hi) {
        d.slide(center - w.lo, 0, fragment);
        return;
      }
      const was = win.current;
      win.current = w;
      // Swap the sections in silently, then announce the (absolute) position once.
      quiet.current = true;
      try {
        shiftSections(d.getSlidesElement()!, slides, was, w);
        d.sync();
        d.slide(center - w.lo, 0, fragment);
      } finally {
        quiet.current = false;
      }
      announce();
    },
    [slides, announce],
  );

  /** Show absolute slide `a`, moving the window first when `a` is outside or on its edge. */
  const goTo = useCallback(
    (a: number, fragment = -1) => {
      const d = reveal.current;
      if (!d || total === 0) return;
      const target = Math.max(0, Math.min(a, total - 1));
      if (windowNeed(target, win.current, total) === 'now') moveWindow(target, fragment);
      else d.slide(target - win.current.lo, 0, fragment);
    },
    [moveWindow, total],
  );

  moveWindowRef.current = moveWindow;

  const leave = useCallback(() => {
    channel.current?.post({ type: 'end' });
    void setPresentFullScreen(false);
    if (getHost().kind === 'electron') void getHost().api.present.closePresenter().catch(() => {});
    // The editor opens on the slide that was showing (not slide 1).
    if (reveal.current) rememberShownSlide(deckRef, positionOf(reveal.current, win.current.lo).indexh);
    go(deckRoute(deckRef));
  }, [go, deckRef]);
  const leaveRef = useRef(leave);
  leaveRef.current = leave;
  const goToRef = useRef(goTo);
  goToRef.current = goTo;

  useEffect(() => {
    void setPresentFullScreen(true);
    const ch = openPresentChannel(channelName(deckRef), (m: PresentMessage) => {
      const d = reveal.current;
      if (m.type === 'end') return leaveRef.current();
      if (!d) return;
      if (m.type === 'slide') {
        heard.current = m;
        if (!samePosition(positionOf(d, win.current.lo), m)) goToRef.current(m.indexh, m.fragment);
      } else if (m.type === 'pause') {
        if (d.isPaused() !== m.paused) d.togglePause(m.paused);
      } else if (m.type === 'overview') {
        if (d.isOverview() !== m.active) d.toggleOverview(m.active);
      } else if (m.type === 'hello' && m.role === 'presenter') {
        ch.post({ type: 'slide', ...positionOf(d, win.current.lo) });
        ch.post({ type: 'pause', paused: d.isPaused() });
      }
    });
    channel.current = ch;
    ch.post({ type: 'hello', role: 'audience' });
    const offMenu = getHost().onMenuCommand((cmd) => {
      if (cmd === 'presenter' && reveal.current) void openPresenterView(deckRef, positionOf(reveal.current, win.current.lo).indexh);
    });
    return () => {
      offMenu();
      ch.close();
      channel.current = null;
      if (moveTimer.current !== null) window.clearTimeout(moveTimer.current);
    };
  }, [deckRef.root, deckRef.path]); // eslint-disable-line react-hooks/exhaustive-deps

  // 放映切换动画 off (display settings): slides change without a transition.
  const transition: 'none' | 'slide' = useDisplay().settings.slideTransitions === 'off' ? 'none' : 'slide';
  const transitionRef = useRef(transition);
  transitionRef.current = transition;
  useEffect(() => {
    reveal.current?.configure({ transition });
  }, [transition]);

  const config = useMemo<RevealConfig>(() => {
    const current = () => (reveal.current ? positionOf(reveal.current, win.current.lo).indexh : 0);
    const keyboard: Record<number, (e: KeyboardEvent) => void> = {
      27: () => {
        const d = reveal.current;
        if (d?.isOverview()) d.toggleOverview(false);
        else if (toolRef.current !== 'none') setTool('none');
        else leaveRef.current();
      },
      76: () => setTool((x) => (x === 'laser' ? 'none' : 'laser')),
      80: () => setTool((x) => (x === 'pen' ? 'none' : 'pen')),
      69: () => {
        ink.current.delete(String(current()));
        setInkVersion((v) => v + 1); // repaint the now empty slide
      },
      83: () => void openPresenterView(deckRef, current()),
      36: () => goToRef.current(0),
      35: () => goToRef.current(Number.MAX_SAFE_INTEGER),
      13: () => {
        const d = reveal.current;
        if (!d) return;
        const n = jump.current.take();
        setJumpText('');
        if (n !== null) goToRef.current(n - 1);
        else if (d.isOverview()) d.toggleOverview(false);
        else d.next();
      },
    };
    for (const code of DIGIT_KEYCODES) keyboard[code] = () => setJumpText(jump.current.push(digitOf(code)));
    return {
      controls: false,
      // Number and progress are drawn by this screen, over the whole deck rather than reveal.js's window.
      progress: false,
      slideNumber: false,
      jumpToSlide: false,
      // Slides shown (current and neighbours) as the flex column base.css gives the current one (present.css).
      display: 'flex',
      transition: transitionRef.current,
      transitionSpeed: 'fast',
      keyboard,
      // reveal.js walks every slide's fragments on each change; a deck without any
      // (the usual case) skips that walk.
      fragments: !!deck && mayHaveFragments(deck),
      // reveal.js's own speaker view would need the notes in this DOM; ours reads them from the model.
      plugins: [],
    };
  }, [deckRef, deck]);

  const onReady = useCallback(
    (d: RevealDeck) => {
      reveal.current = d;
      d.on('slidechanged', announce);
      d.on('fragmentshown', announce);
      d.on('fragmenthidden', announce);
      d.on('paused', () => channel.current?.post({ type: 'pause', paused: true }));
      d.on('resumed', () => channel.current?.post({ type: 'pause', paused: false }));
      d.on('overviewshown', () => channel.current?.post({ type: 'overview', active: true }));
      d.on('overviewhidden', () => channel.current?.post({ type: 'overview', active: false }));
      if (from > 1) d.slide(Math.min(from, total) - 1 - win.current.lo, 0);
      announce();
      (d.getRevealElement() as HTMLElement | null)?.focus();
    },
    [from, total, announce],
  );

  if (error) {
    return <Result status="error" title={t('present.loadFailed', { message: error })} extra={<Button onClick={() => go('/')}>{t('present.back')}</Button>} />;
  }
  if (!deck || !initial) return <Spin style={{ margin: 48 }} tip={t('present.loading')}><div /></Spin>;
  return (
    <div className={`present-screen present-tool-${tool} deck-theme deck-theme-${shownTheme}`} data-testid="present-audience">
      <RevealStage html={initial.html} theme={deck.meta.theme} config={config} onReady={onReady} className="present-stage" />
      <InkLayer active={tool === 'pen'} slideKey={String(abs)} store={ink.current} version={inkVersion} />
      <LaserPointer active={tool === 'laser'} />
      <div className="present-progress" aria-hidden="true">
        <span style={{ width: `${total > 1 ? (abs / (total - 1)) * 100 : 100}%` }} />
      </div>
      <div className="present-number" data-testid="present-number">
        {abs + 1} / {total}
      </div>
      {jumpText && (
        <div className="present-jump" data-testid="jump-buffer">
          {t('present.jumpTo', { n: jumpText })}
        </div>
      )}
      {tool !== 'none' && <div className="present-tool-hint">{t(tool === 'pen' ? 'present.penOn' : 'present.laserOn')}</div>}
    </div>
  );
}
