/**
 * The export dialog's Word template choice (issue 16): none (the generated GB/T 9704
 * or plain layout), the shipped example, or a unit's own template imported into the
 * data folder through the host (checked there: a file without {{正文}} or a damaged
 * .docx is refused with a message in the user's language).
 */
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WordTemplateEntry } from '../../core/contract';
import { bytesToBase64 } from '../../core/base64';
import { TEMPLATE_PLACEHOLDERS, type ExportOptions } from '../../core/export';
import { getHost, HostCallError } from '../host';
import { messageIn } from '../i18n';
import { announce } from '../a11y/announce';

type Chosen = ExportOptions['wordTemplate'];
const keyOf = (t: { name: string; builtin: boolean }) => `${t.builtin ? 'builtin' : 'user'}:${t.name}`;
const mark = (k: string) => `{{${k}}}`;

export function WordTemplatePicker({ value, onChange }: { value: Chosen; onChange: (v: Chosen) => void }) {
  const { t, i18n } = useTranslation();
  const [list, setList] = useState<WordTemplateEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const refresh = () =>
    getHost()
      .api.template.list()
      .then(setList)
      .catch(() => setList([]));
  useEffect(() => {
    void refresh();
  }, []);

  const chosen = value ? list.find((x) => keyOf(x) === keyOf(value)) : undefined;

  const importFile = async (file: File) => {
    setError(null);
    try {
      const entry = await getHost().api.template.import({ name: file.name.replace(/\.docx$/i, '') + '.docx', base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
      await refresh();
      onChange({ name: entry.name, builtin: false });
      announce(t('export.template.imported', { name: entry.name }));
    } catch (e) {
      const message = e instanceof HostCallError ? messageIn(i18n.language, e.messages) : e instanceof Error ? e.message : String(e);
      setError(t('export.template.failed', { message }));
      announce(t('export.template.failed', { message }), 'assertive');
    }
  };

  return (
    <fieldset className="export-group" data-testid="export-template">
      <legend>{t('export.template.label')}</legend>
      <Space wrap>
        <Select
          aria-label={t('export.template.label')}
          style={{ minWidth: 260 }}
          value={value && chosen ? keyOf(value) : ''}
          onChange={(k: string) => {
            const hit = list.find((x) => keyOf(x) === k);
            onChange(hit ? { name: hit.name, builtin: hit.builtin } : undefined);
          }}
          options={[
            { value: '', label: t('export.template.none') },
            ...list.map((x) => ({ value: keyOf(x), label: x.builtin ? `${x.name}（${t('export.template.builtin')}）` : x.name })),
          ]}
          data-testid="export-template-select"
        />
        <Button onClick={() => input.current?.click()} data-testid="export-template-import">
          {t('export.template.import')}
        </Button>
        {chosen && !chosen.builtin && (
          <Button
            danger
            type="text"
            onClick={() => {
              void getHost()
                .api.template.remove({ name: chosen.name, builtin: false })
                .then(refresh)
                .then(() => onChange(undefined));
            }}
          >
            {t('export.template.remove')}
          </Button>
        )}
      </Space>
      <input
        ref={input}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hidden
        data-testid="export-template-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void importFile(f);
        }}
      />
      <Typography.Paragraph type="secondary" className="export-hint">
        {chosen
          ? t('export.template.uses', { list: chosen.placeholders.map(mark).join(' ') })
          : t('export.template.hint', { mark: mark('正文'), others: Object.keys(TEMPLATE_PLACEHOLDERS).filter((k) => k !== '正文').map(mark).join(' ') })}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} data-testid="export-template-error" />}
    </fieldset>
  );
}
