import { use } from 'react';
import { createPortal } from 'react-dom';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { SummarySlot } from './summary-slot';

export type { SummaryError };

/** The shared error summary, placed where the page keeps its slot (at the top, above the heading) when it has one. */
export function FieldErrorSummary({ errors }: { errors: readonly SummaryError[] }) {
  const slot = use(SummarySlot);
  const summary = <ErrorSummary errors={errors} />;
  return slot ? createPortal(summary, slot) : summary;
}
