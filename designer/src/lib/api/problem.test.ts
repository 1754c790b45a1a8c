import { describe, expect, it } from 'vitest';
import { toApiProblem } from './problem';

describe('toApiProblem', () => {
  it('keeps the title, detail and field errors of an RFC 9457 body', () => {
    const problem = toApiProblem(400, {
      title: 'One or more validation errors occurred.',
      status: 400,
      errors: { 'fields.partners': ['Name at least one partner.'], dueDate: ['Give a date.', 42] },
    });

    expect(problem.status).toBe(400);
    expect(problem.errors).toEqual({ 'fields.partners': ['Name at least one partner.'], dueDate: ['Give a date.'] });
    expect(problem.messages).toEqual(['Name at least one partner.', 'Give a date.']);
  });

  it('says something useful when the body is not a problem', () => {
    const problem = toApiProblem(409, 'conflict');

    expect(problem.title).toBe('Someone else changed this first');
    expect(problem.messages).toEqual(['Someone else changed this first']);
  });
});
