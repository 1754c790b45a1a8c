/** The tab title of each route, before a page says more; matched on the first path segment and whether there is more. */
export function routeTitle(pathname: string): string {
  const [section = '', ...rest] = pathname.split('/').filter(Boolean);
  const deeper = rest.length > 0;
  switch (section) {
    case '':
      return 'Home';
    case 'sign-in':
      return 'Sign in';
    case 'inbox':
      return deeper ? 'Task – Inbox' : 'Inbox';
    case 'dashboard':
      return deeper ? 'Programme – Dashboard' : 'Dashboard';
    case 'designer':
      return deeper ? 'Programme – Designer' : 'Designer';
    default:
      return 'Page not found';
  }
}
