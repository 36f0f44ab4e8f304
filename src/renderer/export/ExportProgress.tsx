/**
 * What the export dialog shows while an export runs: the phase and "slide n of
 * m" as the exporter (in its worker) or the host (PDF, HTML) reports it, with a
 * bar that moves. Before the first report, an active bar says "working".
 */
import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../core/contract-jobs';

export function ExportProgress({ label, progress }: { label: string; progress: JobProgress | null }) {
  const { t } = useTranslation();
  const known = progress && progress.total > 0 && progress.phase !== 'prepare';
  // Building slides is the first half of the bar, packaging or printing the second.
  const percent = known ? Math.min(99, Math.round(((progress.phase === 'slides' ? 0 : 50) + (progress.done / progress.total) * 50))) : 99;
  return (
    <div data-testid="export-progress">
      <Typography.Text>{label}</Typography.Text>
      {progress && (
        <Typography.Text type="secondary" className="export-hint" data-testid="export-progress-detail">
          {t(`export.progress.${progress.phase}`, { done: progress.done, total: progress.total })}
        </Typography.Text>
      )}
      <Progress percent={percent} status="active" showInfo={!!known} />
    </div>
  );
}
