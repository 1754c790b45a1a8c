import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { JournalLine } from '../data/dashboard-api';
import riversideCapture from '../testing/riverside-returned.json';
import { JournalTimeline } from './journal-timeline';

// The demo server's journal after the lead returned step 5's sign-off with a comment.
const journal = (riversideCapture as { journal: JournalLine[] }).journal;
const names = new Map([
  ['step5-signoff', 'Sign off step 5: Implementation'],
  ['step5-implementation-report', 'Write the step 5 implementation report'],
]);

describe('journal timeline', () => {
  it('shows a returned sign-off with who returned it, when, and their comment, newest first', () => {
    render(<JournalTimeline journal={journal} names={names} />);
    const entries = within(screen.getByRole('list', { name: 'Journal, newest first' })).getAllByRole('listitem');
    expect(entries[0]).toHaveTextContent('Write the step 5 implementation report was opened');
    // The sign-off's decision comes just before the reopened task it sent back.
    const returned = entries[1] as HTMLElement;
    expect(returned).toHaveTextContent('Returned Alex Morgan returned Sign off step 5: Implementation');
    expect(within(returned).getByText('Returned')).toHaveClass('nhsuk-tag--orange');
    expect(within(returned).getByText(/The implementation plan has no dates for the monthly check-ins/)).toBeInTheDocument();
    expect(within(returned).getByText('23 Nov 2026, 13:50').tagName).toBe('TIME');
  });

  it('tells people’s work in sentences and leaves out the engine’s own steps', () => {
    render(<JournalTimeline journal={journal} names={names} />);
    const texts = within(screen.getByRole('list')).getAllByRole('listitem').map((e) => e.querySelector('.pf-timeline__text')?.textContent.trim());
    expect(texts).toContain('Alex Morgan completed Write the step 5 implementation report');
    expect(texts.at(-1)).toBe('Alex Morgan started the programme');
    expect(texts.join(' ')).not.toMatch(/join|flowchart|Elsa/i);
  });

  it('names people by their display name, keeping what was recorded for an actor with no account', () => {
    const first = journal[0] as JournalLine;
    const lines: JournalLine[] = [
      { ...first, actor: 'cd1@demo.pcnflow.test', actorName: 'Dr Sam Patel' },
      { ...first, sequence: 2, kind: 'WorkflowCancelled', actor: 'system', actorName: null, message: null },
    ];
    render(<JournalTimeline journal={lines} names={names} />);
    const texts = within(screen.getByRole('list')).getAllByRole('listitem').map((e) => e.querySelector('.pf-timeline__text')?.textContent.trim());
    expect(texts).toEqual(['system stopped the programme', 'Dr Sam Patel started the programme']);
  });
});
