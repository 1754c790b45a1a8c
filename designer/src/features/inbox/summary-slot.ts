import { createContext } from 'react';

/**
 * Where a page wants its error summary: NHS.UK puts it at the top of the page, above the heading, while the errors
 * belong to a form further down. Null means "where the form is".
 */
export const SummarySlot = createContext<HTMLElement | null>(null);
