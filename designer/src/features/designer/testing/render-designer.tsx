import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { DesignerRoute } from './designer-route';

/** The designer at `path`, with both of its routes. */
export function renderDesignerAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/designer" element={<DesignerRoute />} />
        <Route path="/designer/:definitionId" element={<DesignerRoute />} />
      </Routes>
    </MemoryRouter>,
  );
  return userEvent.setup({ delay: null });
}
