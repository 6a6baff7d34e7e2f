import { useId, type ReactNode } from 'react';

/** A titled part of the start page (a landmark-free section named by its h2). */
export function HomeSection({ heading, children }: { heading: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}
