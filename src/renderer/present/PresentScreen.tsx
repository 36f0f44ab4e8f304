/**
 * The audience view (#/present/<root>/<path>?from=<n>): the deck full screen in
 * its theme, WITHOUT speaker notes (they never reach this DOM; the presenter
 * reads them from the Deck model). Keys, on top of reveal.js's own (arrows,
 * Space, B black, O overview, F full screen, G jump):
 *   Esc   leave (closes the overview or the pen first)     L  laser pointer
 *   P     pen (annotations kept per slide, in memory only)  E  erase this slide's ink
 *   S     presenter view                                    12 Enter  jump to slide 12
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RevealConfig } from 'reveal.js';
import type { DeckRef } from '../../core/contract';
import { deckHtml } from '../../core/render/slide-html';
import { getHost } from '../host';
import { RevealStage, type RevealDeck } from './RevealStage';
import { usePresentDeck } from './use-present-deck';
import { openPresentChannel, samePosition, type PresentChannel, type PresentMessage, type SlidePosition } from './present-sync';
import { channelName, deckRoute } from './routes';
import { SlideJump, DIGIT_KEYCODES, digitOf } from './slide-jump';
import { InkLayer, type InkStore } from './InkLayer';
import { LaserPointer } from './LaserPointer';
import { openPresenterView, setPresentFullScreen } from './start-presenting';
import './present.css';

type Tool = 'none' | 'laser' | 'pen';

export function positionOf(deck: RevealDeck): SlidePosition {
  const i = deck.getIndices();
  return { indexh: i.h, indexv: i.v ?? 0, fragment: typeof i.f === 'number' ? i.f : -1 };
}

export function PresentScreen({ deckRef, from, go }: { deckRef: DeckRef; from: number; go: (route: string) => void }) {
  const { t } = useTranslation();
  const { deck, error } = usePresentDeck(deckRef);
  const [tool, setTool] = useState<Tool>('none');
  const [slideKey, setSlideKey] = useState('0/0');
  const [jumpText, setJumpText] = useState('');
  const [inkVersion, setInkVersion] = useState(0);
  const reveal = useRef<RevealDeck | null>(null);
  const channel = useRef<PresentChannel | null>(null);
  const heard = useRef<SlidePosition | null>(null);
  const jump = useRef(new SlideJump());
  const ink = useRef<InkStore>(new Map());
  const toolRef = useRef(tool);
  toolRef.current = tool;

  // Audience HTML: never the notes.
  const html = useMemo(() => (deck ? deckHtml(deck, { notes: false }) : null), [deck]);

  const leave = useCallback(() => {
    channel.current?.post({ type: 'end' });
    void setPresentFullScreen(false);
    if (getHost().kind === 'electron') void getHost().api.present.closePresenter().catch(() => {});
    go(deckRoute(deckRef));
  }, [go, deckRef]);
  const leaveRef = useRef(leave);
  leaveRef.current = leave;

  useEffect(() => {
    void setPresentFullScreen(true);
    const ch = openPresentChannel(channelName(deckRef), (m: PresentMessage) => {
      const d = reveal.current;
      if (m.type === 'end') return leaveRef.current();
      if (!d) return;
      if (m.type === 'slide') {
        heard.current = m;
        if (!samePosition(positionOf(d), m)) d.slide(m.indexh, m.indexv, m.fragment);
      } else if (m.type === 'pause') {
        if (d.isPaused() !== m.paused) d.togglePause(m.paused);
      } else if (m.type === 'overview') {
        if (d.isOverview() !== m.active) d.toggleOverview(m.active);
      } else if (m.type === 'hello' && m.role === 'presenter') {
        ch.post({ type: 'slide', ...positionOf(d) });
        ch.post({ type: 'pause', paused: d.isPaused() });
      }
    });
    channel.current = ch;
    ch.post({ type: 'hello', role: 'audience' });
    const offMenu = getHost().onMenuCommand((cmd) => {
      if (cmd === 'presenter' && reveal.current) void openPresenterView(deckRef, reveal.current.getIndices().h);
    });
    return () => {
      offMenu();
      ch.close();
      channel.current = null;
    };
  }, [deckRef.root, deckRef.path]); // eslint-disable-line react-hooks/exhaustive-deps

  const config = useMemo<RevealConfig>(() => {
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
        const d = reveal.current;
        if (!d) return;
        const i = d.getIndices();
        ink.current.delete(`${i.h}/${i.v ?? 0}`);
        setInkVersion((v) => v + 1); // repaint the now empty slide
      },
      83: () => {
        if (reveal.current) void openPresenterView(deckRef, reveal.current.getIndices().h);
      },
      13: () => {
        const d = reveal.current;
        if (!d) return;
        const n = jump.current.take();
        setJumpText('');
        if (n !== null) d.slide(Math.min(n, d.getTotalSlides()) - 1, 0);
        else if (d.isOverview()) d.toggleOverview(false);
        else d.next();
      },
    };
    for (const code of DIGIT_KEYCODES) keyboard[code] = () => setJumpText(jump.current.push(digitOf(code)));
    return {
      controls: false,
      progress: true,
      slideNumber: 'c/t',
      transition: 'slide',
      transitionSpeed: 'fast',
      keyboard,
      // reveal.js walks every slide's fragments on each change; a deck without any
      // (the usual case) skips that walk, which matters on long decks.
      fragments: html !== null && /\bfragment\b/.test(html),
      // reveal.js's own speaker view would need the notes in this DOM; ours reads them from the model.
      plugins: [],
    };
  }, [deckRef, html]);

  const onReady = useCallback(
    (d: RevealDeck) => {
      reveal.current = d;
      const announce = () => {
        const p = positionOf(d);
        setSlideKey(`${p.indexh}/${p.indexv}`);
        if (!samePosition(p, heard.current)) channel.current?.post({ type: 'slide', ...p });
        heard.current = null;
      };
      d.on('slidechanged', announce);
      d.on('fragmentshown', announce);
      d.on('fragmenthidden', announce);
      d.on('paused', () => channel.current?.post({ type: 'pause', paused: true }));
      d.on('resumed', () => channel.current?.post({ type: 'pause', paused: false }));
      d.on('overviewshown', () => channel.current?.post({ type: 'overview', active: true }));
      d.on('overviewhidden', () => channel.current?.post({ type: 'overview', active: false }));
      if (from > 1) d.slide(Math.min(from, d.getTotalSlides()) - 1, 0);
      announce();
      (d.getRevealElement() as HTMLElement | null)?.focus();
    },
    [from],
  );

  if (error) {
    return <Result status="error" title={t('present.loadFailed', { message: error })} extra={<Button onClick={() => go('/')}>{t('present.back')}</Button>} />;
  }
  if (!deck || html === null) return <Spin style={{ margin: 48 }} tip={t('present.loading')}><div /></Spin>;
  return (
    <div className={`present-screen present-tool-${tool}`} data-testid="present-audience">
      <RevealStage html={html} theme={deck.meta.theme} config={config} onReady={onReady} className="present-stage" />
      <InkLayer active={tool === 'pen'} slideKey={slideKey} store={ink.current} version={inkVersion} />
      <LaserPointer active={tool === 'laser'} />
      {jumpText && (
        <div className="present-jump" data-testid="jump-buffer">
          {t('present.jumpTo', { n: jumpText })}
        </div>
      )}
      {tool !== 'none' && <div className="present-tool-hint">{t(tool === 'pen' ? 'present.penOn' : 'present.laserOn')}</div>}
    </div>
  );
}
