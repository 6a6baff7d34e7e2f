import type { ComplaintView } from './types';

const FINAL = new Set(['resolved', 'unresolved', 'transferred', 'refused', 'withdrawn']);
const has = (view: ComplaintView, action: string) => view.timeline.some((e) => e.action === action);

/** A closed case not rated yet (the api refuses a second rating). */
export const canRate = (view: ComplaintView): boolean => FINAL.has(view.status) && !has(view, 'rated');

/** The case went to mediation (sessions may exist). */
export const hasMediation = (view: ComplaintView): boolean =>
  view.status === 'mediation' || has(view, 'accept_mediation') || has(view, 'record_mediation_result');

/** Resolved by a mediation record and not answered yet: the performance question (Art 65.2). */
export const performanceAsked = (view: ComplaintView): boolean =>
  view.status === 'resolved' &&
  view.timeline.some((e) => e.action === 'record_mediation_result' && e.toStatus === 'resolved') &&
  !has(view, 'performance_confirmed') &&
  !has(view, 'performance_not_confirmed');
