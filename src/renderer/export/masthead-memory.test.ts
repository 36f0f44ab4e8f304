import { describe, expect, it } from 'vitest';
import { offerMasthead, rememberMasthead } from './masthead-memory';

describe('masthead memory', () => {
  const settings = { issueNumbers: { 学习简报: '12', 理论学习: '第十二期' }, issuingUnit: '区委办公室' };
  it('offers the next issue of the same masthead name and the remembered unit', () => {
    expect(offerMasthead({ name: '学习简报', issue: 3 }, settings)).toEqual({ name: '学习简报', issue: 13, unit: '区委办公室' });
    expect(offerMasthead({ name: '理论学习' }, settings).issue).toBe('第十三期');
    // Another name has its own numbering; a unit typed for this masthead stays.
    expect(offerMasthead({ name: '工作动态', issue: 5, unit: '区政府办' }, settings)).toEqual({ name: '工作动态', issue: 5, unit: '区政府办' });
  });
  it('remembers the issue under the masthead name and the unit', () => {
    expect(rememberMasthead({ name: '学习简报', issue: 13, unit: ' 区委办公室 ' }, settings)).toEqual({ issueNumbers: { 学习简报: '13', 理论学习: '第十二期' }, issuingUnit: '区委办公室' });
    expect(rememberMasthead({ name: '学习简报' }, settings)).toEqual({});
  });
});
