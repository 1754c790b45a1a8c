/** An RFC 9457 problem answered by the server, with any per-field errors keyed by field name. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: Readonly<Record<string, readonly string[]>>,
  ) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiProblem';
  }

  /** Every message, field errors first, for an NHS-style error summary. */
  get messages(): string[] {
    const fieldMessages = Object.values(this.errors).flat();
    return fieldMessages.length > 0 ? fieldMessages : [this.detail ?? this.title];
  }
}

const fallbackTitles: Record<number, string> = {
  401: 'Please sign in',
  403: 'You do not have access to this',
  404: 'Not found',
  409: 'Someone else changed this first',
};

export function toApiProblem(status: number, body: unknown): ApiProblem {
  const problem = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const title = typeof problem.title === 'string' ? problem.title : (fallbackTitles[status] ?? `The server answered ${String(status)}`);
  const detail = typeof problem.detail === 'string' ? problem.detail : undefined;
  return new ApiProblem(status, title, detail, readErrors(problem.errors));
}

function readErrors(value: unknown): Record<string, string[]> {
  if (typeof value !== 'object' || value === null) return {};
  const errors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(value as Record<string, unknown>)) {
    if (Array.isArray(messages)) errors[field] = messages.filter((m): m is string => typeof m === 'string');
  }
  return errors;
}
