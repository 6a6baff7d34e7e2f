import type { ReactNode } from 'react';
import { usePageTitle } from '../components/usePageTitle';

/** A staff page: its h1 and the document title. */
export function StaffPage({ title, children, lead }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      {lead && <p className="staff-lead">{lead}</p>}
      {children}
    </>
  );
}
