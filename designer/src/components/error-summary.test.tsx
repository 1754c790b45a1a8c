import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorSummary } from './error-summary';

function Form({ takeFocus }: { takeFocus?: boolean }) {
  const [shown, setShown] = useState(false);
  return (
    <>
      {shown && (
        <ErrorSummary
          takeFocus={takeFocus}
          errors={[{ message: 'Enter the PCN name', target: 'pcn-name' }, 'The server could not be reached']}
        />
      )}
      <label htmlFor="pcn-name">PCN name</label>
      <input id="pcn-name" />
      <button type="button" onClick={() => { setShown(true); }}>
        Save
      </button>
    </>
  );
}

describe('the shared error summary', () => {
  it('takes focus when errors appear and links each field error to its field, moving focus there on click', async () => {
    render(<Form />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveAccessibleName('There is a problem');
    const link = screen.getByRole('link', { name: 'Enter the PCN name' });
    expect(link).toHaveAttribute('href', '#pcn-name');
    expect(screen.getByText('The server could not be reached').closest('a')).toBeNull();

    await userEvent.click(link);

    expect(screen.getByLabelText('PCN name')).toHaveFocus();
  });

  it('can update politely without taking focus, and hands a click to the error’s own follow action', async () => {
    const follow = vi.fn();
    render(<ErrorSummary takeFocus={false} title="This programme has a problem" errors={[{ message: 'Step 3: no owner', target: 'step-3', follow }]} />);

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(document.body);
    await userEvent.click(screen.getByRole('link', { name: 'Step 3: no owner' }));

    expect(follow).toHaveBeenCalledOnce();
  });

  it('shows nothing when there are no errors', () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
