/**
 * The presenter view (#/presenter/<root>/<path>?at=<i>): current slide, next
 * slide, the notes in large print (A−/A+ or −/+), elapsed time (T resets), the
 * clock, slide n/m, and per-section time budgets that turn amber near and red
 * over their minutes. It drives the audience window over BroadcastChannel and
 * follows it when the audience window is driven (a clicker, a mouse click).
 * The previews hold one slide each (not the whole deck), so a change costs the
 * same on a 500-slide deck as on a 10-slide one.
 * Keys: → Space PageDown next · ← PageUp previous · B black · O overview ·
 * 12 Enter jump · T reset timer · X swap displays (desktop) · Esc end.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RevealConfig } from 'reveal.js';
import type { DeckRef } from '../../core/contract';
import { EMPTY_SECTION, slideNotesHtml, slideSections } from '../render/safe-slides';
import { getHost } from '../host';
import { RevealStage, type RevealDeck } from './RevealStage';
import { usePresentDeck } from './use-present-deck';
import { openPresentChannel, type PresentChannel, type SlidePosition } from './present-sync';
import { channelName, deckRoute } from './routes';
import { SlideJump } from './slide-jump';
import { deckSections, sectionAt, budgetState, formatDuration, sessionBudgets } from './sections';
import { SectionBudgets } from './SectionBudgets';
import { usePresenterClock } from './use-presenter-clock';
import { loadBudgets, saveBudgets } from './section-budgets';
import { slideTitle } from '../../core/deck';
import { announce } from '../a11y/announce';
import './present.css';

const STAGE_CONFIG: RevealConfig = {
  controls: false,
  progress: false,
  slideNumber: false,
  keyboard: false,
  transition: 'none',
  overview: false,
  touch: false,
};
/** The next-slide preview shows the slide complete, every fragment visible. */
const NEXT_CONFIG: RevealConfig = { ...STAGE_CONFIG, fragments: false };
/** Fragments (click-by-click items) on a slide, from its HTML. */
const fragmentCount = (html: string) => (html.match(/class="[^"]*\bfragment\b/g) ?? []).length;
const FONT_KEY = 'briefing-notes-font';

export function PresenterScreen(props: { deckRef: DeckRef; at: number; rehearsal?: boolean; go: (route: string) => void }) {
  const { deckRef, at, rehearsal = false, go } = props;
  const { t } = useTranslation();
  const { deck, error } = usePresentDeck(deckRef);
  const [pos, setPos] = useState<SlidePosition>({ indexh: at, indexv: 0, fragment: -1 });
  const [paused, setPaused] = useState(false);
  const [overview, setOverview] = useState(false);
  const [jumpText, setJumpText] = useState('');
  const [fontPx, setFontPx] = useState(() => Number(localStorage.getItem(FONT_KEY)) || 30);
  const [budgets, setBudgets] = useState(() => loadBudgets(deckRef));
  const current = useRef<RevealDeck | null>(null);
  const channel = useRef<PresentChannel | null>(null);
  const jump = useRef(new SlideJump());
  const isElectron = getHost().kind === 'electron';

  const slides = useMemo(() => (deck ? slideSections(deck) : null), [deck]);
  const sections = useMemo(() => (deck ? deckSections(deck, t('present.presenter.opening')) : []), [deck, t]);
  // A study session plans minutes per deck: those are the budgets until the presenter types others.
  useEffect(() => {
    if (deck) setBudgets((b) => ({ ...sessionBudgets(deck), ...b }));
  }, [deck]);
  const total = deck?.slides.length ?? 0;
  const sectionIndex = sectionAt(sections, pos.indexh);
  const clock = usePresenterClock(sectionIndex);

  const notesHtml = useMemo(() => {
    const slide = deck?.slides[pos.indexh];
    return slide ? slideNotesHtml(slide) : null;
  }, [deck, pos.indexh]);

  const end = useCallback(() => {
    channel.current?.post({ type: 'end' });
    if (isElectron) {
      void getHost().api.present.closePresenter().catch(() => {});
    } else if (window.opener) {
      window.close();
    } else {
      go(deckRoute(deckRef));
    }
  }, [go, deckRef, isElectron]);

  const posRef = useRef(pos);
  posRef.current = pos;
  /** Show a position and tell the audience window. */
  const goSlide = useCallback(
    (p: SlidePosition) => {
      if (p.indexh < 0 || p.indexh >= total) return;
      setPos(p);
      channel.current?.post({ type: 'slide', ...p });
    },
    [total],
  );
  /** Next step: the slide's next fragment, else the next slide. */
  const step = useCallback(
    (dir: 1 | -1) => {
      if (!slides) return;
      const p = posRef.current;
      const frags = fragmentCount(slides.at(p.indexh) ?? '');
      if (dir === 1) {
        if (p.fragment < frags - 1) goSlide({ ...p, fragment: p.fragment + 1 });
        else goSlide({ indexh: p.indexh + 1, indexv: 0, fragment: -1 });
      } else if (p.fragment >= 0) goSlide({ ...p, fragment: p.fragment - 1 });
      else goSlide({ indexh: p.indexh - 1, indexv: 0, fragment: fragmentCount(slides.at(p.indexh - 1) ?? '') - 1 });
    },
    [slides, goSlide],
  );
  const stepRef = useRef(step);
  stepRef.current = step;
  const goRef = useRef(goSlide);
  goRef.current = goSlide;

  useEffect(() => {
    const ch = openPresentChannel(channelName(deckRef), (m) => {
      if (m.type === 'slide') setPos({ indexh: m.indexh, indexv: m.indexv, fragment: m.fragment });
      else if (m.type === 'pause') setPaused(m.paused);
      else if (m.type === 'overview') setOverview(m.active);
      else if (m.type === 'end') {
        if (isElectron) return;
        if (window.opener) window.close();
        else go(deckRoute(deckRef));
      } else if (m.type === 'hello' && m.role === 'audience') {
        ch.post({ type: 'slide', ...posRef.current });
      }
    });
    channel.current = ch;
    ch.post({ type: 'hello', role: 'presenter' });
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [deckRef.root, deckRef.path]); // eslint-disable-line react-hooks/exhaustive-deps

  const onCurrentReady = useCallback((d: RevealDeck) => {
    current.current = d;
    d.slide(0, 0, posRef.current.fragment);
  }, []);
  // The current preview follows the fragment steps of its one slide.
  useEffect(() => {
    current.current?.slide(0, 0, pos.fragment);
  }, [pos.indexh, pos.fragment]);

  // Screen readers hear each slide change: its number and title (not every fragment step).
  useEffect(() => {
    const slide = deck?.slides[pos.indexh];
    if (!slide) return;
    const title = (slideTitle(slide) ?? '').replace(/[*_`~]|<[^>]*>/g, '').trim();
    announce(t(title ? 'present.presenter.announce' : 'present.presenter.announceUntitled', { n: pos.indexh + 1, total, title }));
  }, [deck, pos.indexh, total, t]);

  const setFont = (px: number) => {
    const v = Math.max(16, Math.min(72, px));
    setFontPx(v);
    localStorage.setItem(FONT_KEY, String(v));
  };
  const fontRef = useRef(fontPx);
  fontRef.current = fontPx;
  const overviewRef = useRef(overview);
  overviewRef.current = overview;
  /** The overview shows on the audience screen (where a click picks a slide); here it is a label. */
  const toggleOverview = useCallback((on: boolean) => {
    setOverview(on);
    channel.current?.post({ type: 'overview', active: on });
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && /input|textarea/i.test(target.tagName)) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      let handled = true;
      if (/^\d$/.test(e.key)) setJumpText(jump.current.push(e.key));
      else if (e.key === 'Enter') {
        const n = jump.current.take();
        setJumpText('');
        if (n !== null) goRef.current({ indexh: Math.min(n, total) - 1, indexv: 0, fragment: -1 });
        else if (overviewRef.current) toggleOverview(false);
        else stepRef.current(1);
      } else if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N'].includes(e.key)) stepRef.current(1);
      else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(e.key)) stepRef.current(-1);
      else if (e.key === 'Home') goRef.current({ indexh: 0, indexv: 0, fragment: -1 });
      else if (e.key === 'End') goRef.current({ indexh: total - 1, indexv: 0, fragment: -1 });
      else if (e.key === 'b' || e.key === 'B' || e.key === '.') {
        setPaused((p) => {
          channel.current?.post({ type: 'pause', paused: !p });
          return !p;
        });
      } else if (e.key === 'o' || e.key === 'O') toggleOverview(!overviewRef.current);
      else if (e.key === 't' || e.key === 'T') clock.reset();
      else if (e.key === '+' || e.key === '=') setFont(fontRef.current + 4);
      else if (e.key === '-' || e.key === '_') setFont(fontRef.current - 4);
      else if ((e.key === 'x' || e.key === 'X') && isElectron) void getHost().api.present.swapDisplays().catch(() => {});
      else if (e.key === 'Escape') {
        if (overviewRef.current) toggleOverview(false);
        else end();
      } else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [end, clock, isElectron, total, toggleOverview]);

  if (error) return <Result status="error" title={t('present.loadFailed', { message: error })} />;
  if (!deck || !slides) return <Spin style={{ margin: 48 }} tip={t('present.loading')}><div /></Spin>;

  const sec = sections[sectionIndex];
  const secState = sec ? budgetState(clock.spentIn(sectionIndex), budgets[sec.start]) : 'none';
  const setBudget = (start: number, minutes: number) => {
    const b = { ...budgets };
    if (minutes > 0) b[start] = minutes;
    else delete b[start];
    setBudgets(b);
    saveBudgets(deckRef, b);
  };

  return (
    <div className="presenter-screen" data-testid="presenter-view">
      <div className="presenter-bar">
        <span>
          <span className="presenter-label">{t('present.presenter.elapsed')}</span>
          <span className="presenter-figure" data-testid="presenter-elapsed">{formatDuration(clock.elapsedMs)}</span>
        </span>
        <span>
          <span className="presenter-label">{t('present.presenter.clock')}</span>
          <span className="presenter-figure" data-testid="presenter-clock">
            {new Date(clock.now).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false })}
          </span>
        </span>
        <span>
          <span className="presenter-label">{t('present.presenter.slide')}</span>
          <span className="presenter-figure" data-testid="presenter-position">
            {pos.indexh + 1} / {total}
          </span>
        </span>
        {sec && (
          <span>
            <span className="presenter-label">{t('present.presenter.section')}</span>
            <span className={`presenter-figure budget-${secState}`} data-testid="presenter-section-time">
              {formatDuration(clock.spentIn(sectionIndex))}
              {budgets[sec.start] ? ` / ${budgets[sec.start]}:00` : ''}
            </span>
          </span>
        )}
        {jumpText && <span data-testid="jump-buffer">{t('present.jumpTo', { n: jumpText })}</span>}
        {rehearsal && (
          <span className="presenter-rehearsal" data-testid="presenter-rehearsal">
            {t('present.presenter.rehearsal')}
          </span>
        )}
        {paused && <span className="budget-over">{t('present.presenter.blackedOut')}</span>}
        {overview && <span>{t('present.presenter.overview')}</span>}
        <span className="presenter-spacer" />
        <button className="presenter-button" onClick={clock.reset} title={t('present.presenter.resetHint')}>
          {t('present.presenter.reset')}
        </button>
        {isElectron && (
          <button className="presenter-button" onClick={() => void getHost().api.present.swapDisplays().catch(() => {})}>
            {t('present.presenter.swap')}
          </button>
        )}
        <button className="presenter-button" onClick={end}>
          {t('present.presenter.end')}
        </button>
      </div>

      <div className="presenter-main">
        <div className="presenter-left">
          <div className="presenter-caption">{t('present.presenter.current')}</div>
          <div className="presenter-slide presenter-current" data-testid="presenter-current">
            <RevealStage html={slides.at(pos.indexh) ?? EMPTY_SECTION} theme={deck.meta.theme} config={STAGE_CONFIG} onReady={onCurrentReady} className="present-stage" />
            {paused && <div className="presenter-blackout">{t('present.presenter.blackedOut')}</div>}
          </div>
        </div>
        <div className="presenter-right">
          <div className="presenter-caption">{t('present.presenter.next')}</div>
          <div className="presenter-slide" data-testid="presenter-next">
            <RevealStage html={slides.at(pos.indexh + 1) ?? EMPTY_SECTION} theme={deck.meta.theme} config={NEXT_CONFIG} className="present-stage" />
            {pos.indexh + 1 >= total && <div className="presenter-slide-end">{t('present.presenter.lastSlide')}</div>}
          </div>
          <div className="presenter-notes-tools">
            <span className="presenter-caption">{t('present.presenter.notes')}</span>
            <span className="presenter-spacer" style={{ flex: 1 }} />
            {/* The name starts with what is shown (A− / A+), so voice control can say it; the rest explains it. */}
            <button className="presenter-button" onClick={() => setFont(fontPx - 4)} title={t('present.presenter.smaller')} data-testid="notes-smaller">
              A−<span className="sr-only"> {t('present.presenter.smaller')}</span>
            </button>
            <button className="presenter-button" onClick={() => setFont(fontPx + 4)} title={t('present.presenter.larger')} data-testid="notes-larger">
              A+<span className="sr-only"> {t('present.presenter.larger')}</span>
            </button>
          </div>
          <div className="presenter-notes" data-testid="presenter-notes" style={{ fontSize: fontPx }}>
            {notesHtml ? <div dangerouslySetInnerHTML={{ __html: notesHtml }} /> : <div className="presenter-notes-empty">{t('present.presenter.noNotes')}</div>}
          </div>
        </div>
      </div>

      <SectionBudgets sections={sections} current={sectionIndex} spentIn={clock.spentIn} budgets={budgets} onBudget={setBudget} />
    </div>
  );
}
