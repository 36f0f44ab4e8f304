import { memo } from 'react';
import type { Slide, SlideAspect, ThemeName } from '../../core/deck';
import { SlideFrame } from './SlideFrame';
import { renderedSlide } from '../render/safe-slides';

/**
 * A scaled-down, read-only render of one slide, with the footer, page number and
 * divider number the canvas and the show draw (`decor`, render/slide-decor.ts);
 * re-renders only when its Slide object or its decor changes.
 */
export const SlideThumb = memo(function SlideThumb({ slide, theme, width, decor, aspect }: { slide: Slide; theme: ThemeName; width: number; decor?: Record<string, string>; aspect?: SlideAspect }) {
  const r = renderedSlide(slide);
  return <SlideFrame theme={theme} width={width} attrs={r.attrs} html={r.body} decor={decor} aspect={aspect} />;
});
