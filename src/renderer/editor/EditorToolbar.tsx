/**
 * The editor's toolbar: file, history, slides, formatting, layout and theme, side
 * panels, language. Every button has a text label or a tooltip with its shortcut,
 * and all of it is reachable with Tab.
 */
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Divider, Dropdown, Select, Space, Tag, Tooltip, Typography } from 'antd';
import {
  ArrowLeftOutlined,
  BoldOutlined,
  CodeOutlined,
  CopyOutlined,
  DeleteOutlined,
  DownOutlined,
  FileTextOutlined,
  HighlightOutlined,
  ExportOutlined,
  PictureOutlined,
  PlayCircleOutlined,
  FundProjectionScreenOutlined,
  QuestionCircleOutlined,
  SearchOutlined,
  PlusOutlined,
  RedoOutlined,
  SaveOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import type { DeckRef } from '../../core/contract';
import { LAYOUTS, THEME_CHOICES, type SlideLayout, type ThemeName } from '../../core/deck';
import { getHost } from '../host';
import { toggleInline } from './inline-dom';
import { keysOf, type CommandName } from '../../core/command-list';

import type { SidePanel } from './state/editor-state';
export type { SidePanel };

/** Layouts offered when editing (cover, contents and closing are made by generation but may be chosen too). */
const EDIT_LAYOUTS: SlideLayout[] = ['bullets', 'two-column', 'figures', 'quote', 'section', 'cover', 'contents', 'closing'];

export interface EditorToolbarProps {
  title: string;
  theme: ThemeName;
  deckRef: DeckRef | null;
  dirty: boolean;
  readOnly: boolean;
  saving: boolean;
  canUndo: boolean;
  canRedo: boolean;
  layout: SlideLayout | null;
  side: SidePanel;
  onSide(p: SidePanel): void;
  onBack(): void;
  onSave(): void;
  onSaveAs(): void;
  onOpenRecent(ref: DeckRef): void;
  onPresent(): void;
  onPresenter(): void;
  onFind(): void;
  onExport(): void;
  onHelp(): void;
  onUndo(): void;
  onRedo(): void;
  onInsert(): void;
  onDuplicate(): void;
  onDelete(): void;
  onLayout(l: SlideLayout): void;
  onTheme(t: ThemeName): void;
  onImage(): void;
}

/** "Mod+S" → "Ctrl+S" (⌘ on macOS), for tooltips. */
export function keyLabel(keys: string): string {
  const mac = /Mac/i.test(navigator.platform);
  return keys.replace('Mod', mac ? '⌘' : 'Ctrl');
}

function tip(label: string, id?: CommandName) {
  // The first of a command's keys (redo: Mod+Shift+Z; the help lists them all).
  return id ? `${label}（${keyLabel(keysOf(id)[0]!)}）` : label;
}

/** Bold or emphasis on the canvas field that has the selection; the button must not take focus. */
function formatFocused(tag: 'strong' | 'em') {
  const el = document.activeElement as HTMLElement | null;
  if (!el?.classList.contains('editable-field')) return;
  if (toggleInline(el, tag)) el.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

export const EditorToolbar = memo(function EditorToolbar(p: EditorToolbarProps) {
  const { t } = useTranslation();
  const [recent, setRecent] = useState<DeckRef[]>([]);
  useEffect(() => {
    getHost()
      .api.settings.get()
      .then((s) => setRecent(s.recent))
      .catch(() => {});
  }, [p.deckRef?.path]);

  const layout = p.layout ?? 'bullets';
  const keepFocus = { onMouseDown: (e: React.MouseEvent) => e.preventDefault() };

  return (
    <header className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar.label')}>
      <Tooltip title={t('editor.back')}>
        <Button icon={<ArrowLeftOutlined />} onClick={p.onBack} aria-label={t('editor.back')} data-testid="editor-back" />
      </Tooltip>
      <div className="editor-title">
        <Typography.Text strong ellipsis style={{ maxWidth: 140 }} data-testid="deck-title">
          {p.title || t('editor.untitled')}
        </Typography.Text>
        {p.dirty && (
          <Tag color="orange" data-testid="dirty-marker" style={{ marginInlineStart: 6 }}>
            ● {t('editor.dirty')}
          </Tag>
        )}
        {p.readOnly && <Tag>{t('editor.readOnly')}</Tag>}
      </div>
      <Divider type="vertical" style={{ marginInline: 2 }} />
      <Space.Compact>
        <Tooltip title={tip(t('editor.toolbar.save'), 'save')}>
          <Button type="primary" icon={<SaveOutlined />} loading={p.saving} onClick={p.onSave} data-testid="save">
            {t('editor.toolbar.save')}
          </Button>
        </Tooltip>
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'saveAs', label: tip(t('editor.toolbar.saveAs'), 'saveAs') },
              {
                key: 'recent',
                label: t('editor.toolbar.recent'),
                disabled: recent.length === 0,
                children: recent.map((r) => ({ key: `recent:${r.root}:${r.path}`, label: `${r.path}${r.root === 'builtin' ? `（${t('editor.readOnly')}）` : ''}` })),
              },
            ],
            onClick: ({ key }) => {
              if (key === 'saveAs') p.onSaveAs();
              else if (key.startsWith('recent:')) {
                const [, root, ...rest] = key.split(':');
                p.onOpenRecent({ root: root as DeckRef['root'], path: rest.join(':') });
              }
            },
          }}
        >
          <Button icon={<DownOutlined />} aria-label={t('editor.toolbar.fileMenu')} data-testid="file-menu" />
        </Dropdown>
      </Space.Compact>
      <Divider type="vertical" style={{ marginInline: 2 }} />
      <Tooltip title={tip(t('editor.toolbar.undo'), 'undo')}>
        <Button icon={<UndoOutlined />} disabled={!p.canUndo} onClick={p.onUndo} aria-label={t('editor.toolbar.undo')} data-testid="undo" />
      </Tooltip>
      <Tooltip title={tip(t('editor.toolbar.redo'), 'redo')}>
        <Button icon={<RedoOutlined />} disabled={!p.canRedo} onClick={p.onRedo} aria-label={t('editor.toolbar.redo')} data-testid="redo" />
      </Tooltip>
      <Divider type="vertical" style={{ marginInline: 2 }} />
      <Tooltip title={tip(t('editor.toolbar.newSlide'), 'newSlide')}>
        <Button icon={<PlusOutlined />} onClick={p.onInsert} aria-label={t('editor.toolbar.newSlide')} data-testid="new-slide" />
      </Tooltip>
      <Tooltip title={tip(t('editor.toolbar.duplicate'), 'duplicateSlide')}>
        <Button icon={<CopyOutlined />} onClick={p.onDuplicate} aria-label={t('editor.toolbar.duplicate')} data-testid="duplicate-slide" />
      </Tooltip>
      <Tooltip title={tip(t('editor.toolbar.delete'), 'deleteSlide')}>
        <Button icon={<DeleteOutlined />} onClick={p.onDelete} aria-label={t('editor.toolbar.delete')} data-testid="delete-slide" />
      </Tooltip>
      <Divider type="vertical" style={{ marginInline: 2 }} />
      <Tooltip title={tip(t('editor.toolbar.bold'), 'bold')}>
        <Button icon={<BoldOutlined />} {...keepFocus} onClick={() => formatFocused('strong')} aria-label={t('editor.toolbar.bold')} />
      </Tooltip>
      <Tooltip title={tip(t('editor.toolbar.emphasis'), 'emphasis')}>
        <Button icon={<HighlightOutlined />} {...keepFocus} onClick={() => formatFocused('em')} aria-label={t('editor.toolbar.emphasis')} />
      </Tooltip>
      <Tooltip title={p.readOnly || !p.deckRef ? t('editor.toolbar.imageSaveFirst') : t('editor.toolbar.image')}>
        <Button
          icon={<PictureOutlined />}
          onClick={p.onImage}
          disabled={p.readOnly || !p.deckRef || !p.layout}
          aria-label={t('editor.toolbar.image')}
          data-testid="insert-image"
        />
      </Tooltip>
      <Select
        value={layout}
        style={{ width: 124 }}
        popupMatchSelectWidth={false}
        aria-label={t('editor.toolbar.layout')}
        data-testid="layout-select"
        disabled={!p.layout}
        onChange={(v) => p.onLayout(v)}
        options={EDIT_LAYOUTS.filter((l) => LAYOUTS.includes(l)).map((l) => ({ value: l, label: t(`editor.layouts.${l}`) }))}
      />
      <Select
        value={p.theme}
        style={{ width: 112 }}
        popupMatchSelectWidth={false}
        aria-label={t('editor.toolbar.theme')}
        data-testid="theme-select"
        onChange={(v) => p.onTheme(v)}
        options={THEME_CHOICES.map((th) => ({ value: th, label: t(`editor.themes.${th}`) }))}
      />
      <span className="toolbar-spacer" />
      <Tooltip title={tip(t('editor.toolbar.find'), 'find')}>
        <Button icon={<SearchOutlined />} onClick={p.onFind} aria-label={t('editor.toolbar.find')} data-testid="open-find" />
      </Tooltip>
      <Tooltip title={tip(t('editor.toolbar.export'), 'export')}>
        <Button icon={<ExportOutlined />} onClick={p.onExport} aria-label={t('editor.toolbar.export')} data-testid="open-export" />
      </Tooltip>
      <Tooltip title={tip(t('editor.toolbar.present'), 'present')}>
        <Button icon={<PlayCircleOutlined />} onClick={p.onPresent} data-testid="present">
          {t('editor.toolbar.present')}
        </Button>
      </Tooltip>
      <Tooltip title={tip(t('editor.toolbar.presenter'), 'presenterView')}>
        <Button icon={<FundProjectionScreenOutlined />} onClick={p.onPresenter} data-testid="present-presenter">
          {t('editor.toolbar.presenter')}
        </Button>
      </Tooltip>
      <Tooltip title={tip(t('editor.toolbar.source'), 'toggleSource')}>
        <Button
          icon={<CodeOutlined />}
          type={p.side === 'source' ? 'primary' : 'default'}
          ghost={p.side === 'source'}
          aria-pressed={p.side === 'source'}
          onClick={() => p.onSide(p.side === 'source' ? null : 'source')}
          data-testid="toggle-source"
        >
          {t('editor.toolbar.source')}
        </Button>
      </Tooltip>
      <Button
        icon={<FileTextOutlined />}
        type={p.side === 'article' || p.side === 'coverage' ? 'primary' : 'default'}
        ghost={p.side === 'article' || p.side === 'coverage'}
        aria-pressed={p.side === 'article' || p.side === 'coverage'}
        onClick={() => p.onSide(p.side === 'article' || p.side === 'coverage' ? null : 'article')}
        data-testid="toggle-article"
      >
        {t('editor.toolbar.article')}
      </Button>
      <Tooltip title={tip(t('editor.toolbar.help'), 'help')}>
        <Button icon={<QuestionCircleOutlined />} onClick={p.onHelp} aria-label={t('editor.toolbar.help')} data-testid="open-help" />
      </Tooltip>
    </header>
  );
});
