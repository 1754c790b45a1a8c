import { fakeServer, json, me } from '../testing/fake-server';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useRef, useState } from 'react';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { Layout } from '../layout';
import { SessionProvider } from '../session/session-provider';
import { routeTitle } from './route-titles';

afterEach(() => {
  fakeServer.reset();
});

function Inbox() {
  return (
    <>
      <h1>Your tasks</h1>
      <Link to="/inbox/tasks/1">Open the task</Link>
      <Link to="/inbox/done">Finish</Link>
    </>
  );
}

/** A page that shows a loading heading, then swaps it for its real one, as the instance page does. */
function SlowPage({ release }: { release: Promise<void> }) {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void release.then(() => {
      setLoaded(true);
    });
  }, [release]);
  return loaded ? <LoadedHeading /> : <h1>Task</h1>;
}

function LoadedHeading() {
  return <h1>Complete the baseline</h1>;
}

function Banner() {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <>
      <div role="alert" tabIndex={-1} ref={box}>
        Task completed
      </div>
      <h1>Your tasks</h1>
    </>
  );
}

function App({ release }: { release: Promise<void> }) {
  return (
    <MemoryRouter initialEntries={['/inbox']}>
      <SessionProvider>
        <Routes>
          <Route element={<Layout />}>
            <Route path="inbox" element={<Inbox />} />
            <Route path="inbox/tasks/:id" element={<SlowPage release={release} />} />
            <Route path="inbox/done" element={<Banner />} />
          </Route>
        </Routes>
      </SessionProvider>
    </MemoryRouter>
  );
}

describe('moving between pages', () => {
  it('leaves focus alone on the first page, then names the tab and focuses the new page’s heading, even one that arrives later', async () => {
    fakeServer.on('GET /api/auth/me', json(200, me('Dr Sam Patel', 'ClinicalDirector')));
    let finishLoading = () => {};
    const release = new Promise<void>((resolve) => {
      finishLoading = resolve;
    });
    render(<App release={release} />);
    await screen.findByRole('heading', { name: 'Your tasks' });
    expect(document.title).toBe('Inbox – PcnFlow');
    expect(document.activeElement).toBe(document.body);

    await userEvent.click(screen.getByRole('link', { name: 'Open the task' }));

    const loading = await screen.findByRole('heading', { name: 'Task' });
    // The task page names the tab in a passive effect, which may run just after its heading is in the document.
    await waitFor(() => {
      expect(document.title).toBe('Task – Inbox – PcnFlow');
    });
    expect(loading).toHaveFocus();
    expect(loading).toHaveAttribute('tabindex', '-1');

    await act(async () => {
      finishLoading();
      await release;
    });
    await waitFor(() => {
      expect(screen.getByRole('heading', { name: 'Complete the baseline' })).toHaveFocus();
    });
  });

  it('keeps focus where the new page put it on purpose', async () => {
    fakeServer.on('GET /api/auth/me', json(200, me('Dr Sam Patel', 'ClinicalDirector')));
    render(<App release={new Promise(() => {})} />);

    await userEvent.click(await screen.findByRole('link', { name: 'Finish' }));

    expect(await screen.findByRole('alert')).toHaveFocus();
  });

  it('names every route', () => {
    expect(routeTitle('/inbox')).toBe('Inbox');
    expect(routeTitle('/dashboard')).toBe('Dashboard');
    expect(routeTitle('/dashboard/instances/7')).toBe('Programme – Dashboard');
    expect(routeTitle('/designer/six-step')).toBe('Programme – Designer');
    expect(routeTitle('/sign-in')).toBe('Sign in');
    expect(routeTitle('/nowhere')).toBe('Page not found');
  });
});
