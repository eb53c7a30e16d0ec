import type { ComponentProps } from 'react';

export type HeadingLevel = 3 | 4;

/** A heading at the level the surrounding page needs (a plan in the list or under the result). */
export function PlanHeading({ level, ...props }: { level: HeadingLevel } & ComponentProps<'h3'>) {
  const Tag = level === 3 ? 'h3' : 'h4';
  return <Tag {...props} />;
}
