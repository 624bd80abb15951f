import type { ReactNode, Ref } from 'react';

/**
 * A screen's title and its main actions beside it (Projects, People, Brands). The heading takes focus (tabIndex -1)
 * when the control that had it goes away, such as a Delete button with its row.
 */
export function ScreenHeading({ title, headingRef, children }: { title: string; headingRef: Ref<HTMLHeadingElement>; children: ReactNode }) {
  return (
    <div className="screen-heading">
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
