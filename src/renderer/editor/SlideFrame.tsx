/**
 * One slide at presentation size (1280×720) scaled to `width`, built from the same
 * pieces reveal.js uses when it presents: a `.reveal-viewport` inside the theme's
 * `.deck-theme-<name>`, `.reveal > .slides` sized and scaled the way reveal.js's
 * layout() does it, and a `section.present` centred vertically with reveal.js's own
 * rule (top = max((720 − height) / 2, 0)). Same CSS, same size: the canvas and the
 * thumbnails look like the show.
 */
import { useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import { AssetDeck, resolveImages } from './asset-urls';
import { SLIDE_HEIGHT as SLIDE_H, SLIDE_WIDTH as SLIDE_W, type ThemeName } from '../../core/deck';

export interface SlideFrameProps {
  theme: ThemeName;
  width: number;
  section: Record<string, string>;
  /** Static HTML for the section body (thumbnails) … */
  html?: string;
  /** … or React children (the editable canvas). */
  children?: ReactNode;
  /** Anything that changes the section's height, to re-centre it. */
  layoutKey?: unknown;
  testId?: string;
  sectionTestId?: string;
}

export function SlideFrame({ theme, width, section, html, children, layoutKey, testId, sectionTestId }: SlideFrameProps) {
  const ref = useRef<HTMLElement>(null);
  const scale = width / SLIDE_W;
  const { className, ...data } = section;

  const deckRef = useContext(AssetDeck);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const centre = () => (el.style.top = `${Math.max((SLIDE_H - el.scrollHeight) / 2, 0)}px`);
    // An image that arrives later changes the height: centre again then.
    resolveImages(el, deckRef, centre);
    centre();
  });
  void layoutKey;

  return (
    <div
      className={`deck-theme deck-theme-${theme} reveal-viewport slide-frame`}
      style={{ width, height: (width * SLIDE_H) / SLIDE_W }}
      data-testid={testId}
    >
      <div className="reveal">
        <div
          className="slides"
          style={{
            width: SLIDE_W,
            height: SLIDE_H,
            inset: 'auto',
            left: '50%',
            top: '50%',
            transform: `translate(-50%, -50%) scale(${scale})`,
          }}
        >
          {html !== undefined ? (
            <section ref={ref} className={`present ${className ?? ''}`} {...data} data-testid={sectionTestId} dangerouslySetInnerHTML={{ __html: html }} />
          ) : (
            <section ref={ref} className={`present ${className ?? ''}`} {...data} data-testid={sectionTestId}>
              {children}
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
