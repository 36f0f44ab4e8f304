/**
 * The masthead remembered across exports: the issue number last used under a
 * masthead name comes back moved on by one (第12期 → 第13期), and the issuing unit
 * last used is offered where the masthead has none. Both live in settings
 * (issueNumbers, issuingUnit), so they hold for every deck and session.
 */
import type { Settings } from '../../core/contract';
import type { BriefingHeader } from '../../core/export';
import { nextIssue } from '../../core/session';

export type MastheadMemory = Pick<Settings, 'issueNumbers' | 'issuingUnit'> & { date?: string };

/** The masthead to offer: the next issue for its name, the remembered unit (and a given date) where it has none. */
export function offerMasthead(header: BriefingHeader, s: MastheadMemory): BriefingHeader {
  const last = s.issueNumbers[header.name];
  const out: BriefingHeader = { ...header };
  if (last !== undefined) {
    const next = nextIssue(last);
    out.issue = /^\d+$/u.test(next) ? Number(next) : next;
  }
  if (!out.unit?.trim() && s.issuingUnit.trim()) out.unit = s.issuingUnit;
  if (!out.date?.trim() && s.date?.trim()) out.date = s.date;
  return out;
}

/** The settings change that remembers a masthead just used. */
export function rememberMasthead(header: BriefingHeader, s: Pick<Settings, 'issueNumbers'>): Partial<Pick<Settings, 'issueNumbers' | 'issuingUnit'>> {
  const patch: Partial<Pick<Settings, 'issueNumbers' | 'issuingUnit'>> = {};
  if (header.issue !== undefined && String(header.issue).trim() !== '') patch.issueNumbers = { ...s.issueNumbers, [header.name]: String(header.issue).trim() };
  if (header.unit?.trim()) patch.issuingUnit = header.unit.trim();
  return patch;
}
