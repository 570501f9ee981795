import { useId, type ReactNode } from 'react';

export type HeadingLevel = 2 | 3;

/**
 * One titled part of a report. When a candidate has reports against several pack versions,
 * `context` names the version inside the heading (visually hidden), so every section keeps
 * a unique name for screen-reader navigation.
 */
export function ReportSection(props: {
  title: string;
  level: HeadingLevel;
  context?: string;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  const Heading = props.level === 2 ? 'h2' : 'h3';
  return (
    <section
      className={['report-section', props.className].filter(Boolean).join(' ')}
      {...(props.context
        ? { 'aria-label': `${props.title} (${props.context})` }
        : { 'aria-labelledby': id })}
    >
      <Heading id={id}>{props.title}</Heading>
      {props.children}
    </section>
  );
}
