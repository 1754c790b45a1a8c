import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// CI has two cores shared by every suite; the default one second for findBy/waitFor is too tight there.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
