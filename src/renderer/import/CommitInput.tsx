import { useEffect, useState } from 'react';
import { Input } from 'antd';

/**
 * A text field that reports its value when the user is done (blur or Enter),
 * not on every keystroke: review corrections trim and fold whitespace, which
 * would fight the user mid-typing, and each commit is one undo step.
 */
export function CommitInput({
  value,
  onCommit,
  ...rest
}: {
  value: string;
  onCommit: (v: string) => void;
  placeholder?: string;
  'aria-label': string;
  'data-testid'?: string;
  size?: 'small' | 'middle' | 'large';
  style?: React.CSSProperties;
  variant?: 'outlined' | 'borderless' | 'filled' | 'underlined';
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <Input
      {...rest}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onPressEnter={commit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}
