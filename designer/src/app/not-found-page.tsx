import { Link } from 'react-router';
import { usePageTitle } from '@/components/use-page-title';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <div className="nhsuk-width-container">
      <h1 className="nhsuk-heading-l">Page not found</h1>
      <p className="nhsuk-body">
        If you typed the web address, check it is correct. You can go to the <Link to="/">PcnFlow home page</Link>.
      </p>
    </div>
  );
}
