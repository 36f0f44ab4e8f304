/**
 * Applies the display settings (text size, contrast, motion) to the whole
 * document, whatever screen is showing — library, editor, presenting — and keeps
 * them in the user's settings. Ctrl+= / Ctrl+- / Ctrl+0 change the text size: the
 * desktop app's View menu sends them as menu commands, the browser edition reads
 * the keys here, as the command list (src/core/command-list.ts) declares them.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { keysOf } from '../../core/command-list';
import type { Settings } from '../../core/contract';
import { matches } from '../editor/key-match';
import { getHost } from '../host';
import { announce } from './announce';
import { effectiveDisplay, SCALE_FACTOR, stepScale, type Display, type SystemPrefs } from './display-model';

type DisplaySettings = Pick<Settings, 'uiScale' | 'uiContrast' | 'slideTransitions'>;

interface DisplayContextValue {
  settings: DisplaySettings;
  display: Display;
  update(patch: Partial<DisplaySettings>): void;
}

const DEFAULTS: DisplaySettings = { uiScale: 'standard', uiContrast: 'standard', slideTransitions: 'auto' };
const DisplayContext = createContext<DisplayContextValue | null>(null);

const QUERIES = {
  moreContrast: '(prefers-contrast: more)',
  forcedColors: '(forced-colors: active)',
  reducedMotion: '(prefers-reduced-motion: reduce)',
} as const;

function readSystem(): SystemPrefs {
  const m = (q: string) => typeof matchMedia === 'function' && matchMedia(q).matches;
  return { moreContrast: m(QUERIES.moreContrast), forcedColors: m(QUERIES.forcedColors), reducedMotion: m(QUERIES.reducedMotion) };
}

function useSystemPrefs(): SystemPrefs {
  const [prefs, setPrefs] = useState(readSystem);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const lists = Object.values(QUERIES).map((q) => matchMedia(q));
    const on = () => setPrefs(readSystem());
    for (const l of lists) l.addEventListener('change', on);
    return () => {
      for (const l of lists) l.removeEventListener('change', on);
    };
  }, []);
  return prefs;
}

export function DisplayProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<DisplaySettings>(DEFAULTS);
  const sys = useSystemPrefs();
  const display = useMemo(() => effectiveDisplay(settings, sys), [settings, sys]);

  useEffect(() => {
    getHost()
      .api.settings.get()
      .then((s) => setSettings({ uiScale: s.uiScale, uiContrast: s.uiContrast, slideTransitions: s.slideTransitions }))
      .catch(() => {});
  }, []);

  const update = useCallback((patch: Partial<DisplaySettings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    void getHost().api.settings.set(patch).catch(() => {});
  }, []);

  // The whole interface scales with CSS zoom on the root: antd's controls, the app's own
  // panels and popups alike, the way browser zoom would, but remembered by the app.
  useEffect(() => {
    const root = document.documentElement;
    root.style.zoom = display.scale === 'standard' ? '' : String(SCALE_FACTOR[display.scale]);
    root.dataset.uiScale = display.scale;
    root.dataset.contrast = display.highContrast ? 'high' : 'standard';
    root.dataset.motion = display.reducedMotion ? 'reduce' : 'full';
  }, [display]);

  // The latest scale for the key handler, so a step is computed once (state updaters may run twice).
  const scaleRef = useRef(settings.uiScale);
  scaleRef.current = settings.uiScale;
  const setScale = useCallback(
    (dir: 1 | -1 | 0) => {
      const next = dir === 0 ? 'standard' : stepScale(scaleRef.current, dir);
      scaleRef.current = next;
      update({ uiScale: next });
      announce(t('display.scaleNow', { size: t(`display.scale.${next}`) }));
    },
    [t, update],
  );

  useEffect(() => {
    const host = getHost();
    const offMenu = host.onMenuCommand((cmd) => {
      if (cmd === 'textLarger') setScale(1);
      else if (cmd === 'textSmaller') setScale(-1);
      else if (cmd === 'textStandard') setScale(0);
    });
    // In the desktop app the menu's accelerators own these keys; reading them here too would step twice.
    if (host.kind === 'electron') return offMenu;
    const onKey = (e: KeyboardEvent) => {
      const dir = matches(e, keysOf('textLarger')) ? 1 : matches(e, keysOf('textSmaller')) ? -1 : matches(e, keysOf('textStandard')) ? 0 : null;
      if (dir === null) return;
      e.preventDefault();
      setScale(dir);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offMenu();
      window.removeEventListener('keydown', onKey);
    };
  }, [setScale]);

  const value = useMemo(() => ({ settings, display, update }), [settings, display, update]);
  return <DisplayContext.Provider value={value}>{children}</DisplayContext.Provider>;
}

export function useDisplay(): DisplayContextValue {
  const v = useContext(DisplayContext);
  if (!v) throw new Error('useDisplay outside <DisplayProvider>');
  return v;
}
