import { ApiProblem } from '@/lib/api/client';

export interface FieldErrors {
  email?: string;
  password?: string;
}

export function checkFields(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (email.trim() === '') errors.email = 'Enter your email address';
  else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) errors.email = 'Enter an email address in the correct format, like name@example.nhs.uk';
  if (password === '') errors.password = 'Enter your password';
  return errors;
}

/** What a failed sign-in means, in words. Identity answers 401 both for a wrong password and a locked account. */
export function signInFailure(error: unknown): string {
  if (!(error instanceof ApiProblem)) return 'Something went wrong. Try again.';
  if (error.status === 0) return 'The PcnFlow server could not be reached. Check your connection and try again.';
  if (error.status === 429) return 'There have been too many attempts to sign in. Wait a minute, then try again.';
  if (error.status === 401 && error.detail === 'LockedOut')
    return 'Your account is locked for 15 minutes after too many wrong passwords. Try again later.';
  if (error.status === 401) return 'The email address or password is not right. Check them and try again.';
  return `Sign-in failed: ${error.title}. Try again.`;
}

/** Where to go after signing in: the page the person was sent from, if it is one of ours. */
export function safeReturnTo(value: string | null): string | null {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/sign-in')) return null;
  return value;
}
