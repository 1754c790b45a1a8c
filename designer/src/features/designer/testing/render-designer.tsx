import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { DesignerPage } from '../designer-page';

function DesignerRoute() {
  const { definitionId } = useParams();
  return <DesignerPage key={definitionId ?? ''} definitionId={definitionId} />;
}

/** The designer at `path`, routed as the app routes it. */
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
