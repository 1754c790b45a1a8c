import { useState, type SyntheticEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary, type SummaryError } from '@/components/error-summary';
import { api, unwrap } from '@/lib/api/client';
import { homeFor } from '../session/roles';
import { useSession } from '../session/session-context';
import { checkFields, safeReturnTo, signInFailure, type FieldErrors } from './sign-in-messages';
import { TextField } from './text-field';

/** /sign-in: the NHS.UK sign-in form. A cookie session (useCookies=true), as the API expects of a browser. */
export function SignInPage() {
  const { state, refresh } = useSession();
  const navigate = useNavigate();
  const returnTo = safeReturnTo(useSearchParams()[0].get('returnTo'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (state.status === 'signed-in' && !busy) return <Navigate to={returnTo ?? homeFor(state.me) ?? '/'} replace />;

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const errors = checkFields(email, password);
    setFieldErrors(errors);
    setFailure(null);
    if (errors.email || errors.password) return;
    setBusy(true);
    try {
      await unwrap(api.POST('/api/auth/login', { params: { query: { useCookies: true } }, body: { email: email.trim(), password } }));
      const me = await refresh();
      await navigate(returnTo ?? (me ? homeFor(me) : null) ?? '/', { replace: true });
    } catch (error) {
      setPassword('');
      setFailure(signInFailure(error));
    } finally {
      setBusy(false);
    }
  }

  const summary: SummaryError[] = [
    { message: fieldErrors.email, target: 'email' },
    { message: fieldErrors.password, target: 'password' },
    { message: failure },
  ].flatMap(({ message, target }) => (message ? [{ message, target }] : []));
  return (
    <div className="nhsuk-width-container nhsuk-main-wrapper">
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <h1 className="nhsuk-heading-l">Sign in to PcnFlow</h1>
          <p className="nhsuk-body">Use the email address and password for your PcnFlow account.</p>
          <form noValidate onSubmit={(e) => void submit(e)}>
            <TextField
              id="email"
              label="Email address"
              type="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              error={fieldErrors.email}
              onChange={setEmail}
            />
            <TextField
              id="password"
              label="Password"
              type="password"
              autoComplete="current-password"
              value={password}
              error={fieldErrors.password}
              onChange={setPassword}
            />
            <button className="nhsuk-button" type="submit" aria-disabled={busy || undefined}>
              Sign in
            </button>
          </form>
        </div>
      </div>
    </div>
  );
}
