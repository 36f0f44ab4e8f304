/**
 * One reveal.js deck in a React tree, following reveal.js's own React wrapper:
 * created in an effect once the slides are known, destroy() on unmount, and on
 * later slide changes the new sections are swapped in and sync() is called
 * instead of building a new deck. The slide HTML arrives sanitised (SafeHtml from
 * the render path, render/safe-slides.ts): it is not sanitised again here.
 */
import { useEffect, useRef } from 'react';
import Reveal from 'reveal.js';
import type { RevealConfig } from 'reveal.js';
import type { SafeHtml } from '../render/safe-slides';
import { SLIDE_HEIGHT, SLIDE_WIDTH, type ThemeName } from '../../core/deck/model';
import { useShownTheme } from '../theme/custom-theme-state';
import 'reveal.js/reveal.css';
import '../../../resources/themes/base.css';
import '../../../resources/themes/party-red.css';
import '../../../resources/themes/clean-white.css';
import '../../../resources/themes/deep-blue.css';
import '../../../resources/themes/study-red.css';
import '../../../resources/themes/high-contrast.css';

export type RevealDeck = InstanceType<typeof Reveal>;

/**
 * Options every surface shares. The app owns the URL hash (its routes live
 * there), so reveal.js must neither read nor write it; scroll view is off because
 * a small preview would otherwise switch into it.
 */
export const BASE_CONFIG: RevealConfig = {
  embedded: true,
  hash: false,
  history: false,
  respondToHashChanges: false,
  width: SLIDE_WIDTH,
  height: SLIDE_HEIGHT,
  margin: 0.04,
  center: true,
  scrollActivationWidth: null as unknown as number,
  help: false,
};

export interface RevealStageProps {
  /** reveal.js <section>s, sanitised. */
  html: SafeHtml;
  theme: string;
  config: RevealConfig;
  onReady?: (deck: RevealDeck) => void;
  className?: string;
  testId?: string;
}

export function RevealStage(props: RevealStageProps) {
  const { html, config, onReady, className, testId } = props;
  const theme = useShownTheme(props.theme as ThemeName);
  const revealEl = useRef<HTMLDivElement>(null);
  const slidesEl = useRef<HTMLDivElement>(null);
  const deckRef = useRef<RevealDeck | null>(null);
  const shownHtml = useRef<string | null>(null);
  // Latest callbacks and config without re-creating the deck when they change identity.
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;
  const configRef = useRef(config);
  configRef.current = config;
  const htmlRef = useRef(html);
  htmlRef.current = html;

  useEffect(() => {
    const el = revealEl.current;
    const slides = slidesEl.current;
    if (!el || !slides) return;
    slides.innerHTML = htmlRef.current;
    shownHtml.current = htmlRef.current;
    const deck = new Reveal(el, { ...BASE_CONFIG, ...configRef.current });
    let alive = true;
    void deck.initialize().then(() => {
      if (!alive) return;
      deckRef.current = deck;
      if (htmlRef.current !== shownHtml.current) {
        // The slides changed while reveal.js was starting.
        slides.innerHTML = htmlRef.current;
        shownHtml.current = htmlRef.current;
        deck.sync();
      }
      onReadyRef.current?.(deck);
    });
    return () => {
      alive = false;
      deckRef.current = null;
      try {
        deck.destroy();
      } catch {
        // destroy() before initialize() finished throws; there is nothing to undo then.
      }
    };
  }, []);

  useEffect(() => {
    const deck = deckRef.current;
    const slides = slidesEl.current;
    if (!deck || !slides || shownHtml.current === html) return;
    const at = deck.getIndices();
    slides.innerHTML = html;
    shownHtml.current = html;
    deck.sync();
    deck.slide(at.h, at.v, at.f);
  }, [html]);

  return (
    <div className={`deck-theme deck-theme-${theme} ${className ?? ''}`} data-testid={testId}>
      <div className="reveal" ref={revealEl}>
        <div className="slides" ref={slidesEl} />
      </div>
    </div>
  );
}
