interface Flags {
  returned?: boolean;
  escalated?: boolean;
  personalPlan?: boolean;
}

/** NHS.UK tags for what sets a task apart: sent back, escalated, or part of one person's own plan. */
export function TaskTags({ returned, escalated, personalPlan }: Flags) {
  if (!returned && !escalated && !personalPlan) return null;
  return (
    <ul className="pf-inbox-tags" aria-label="About this task">
      {returned && (
        <li>
          <strong className="nhsuk-tag nhsuk-tag--orange">Returned</strong>
        </li>
      )}
      {escalated && (
        <li>
          <strong className="nhsuk-tag nhsuk-tag--red">Escalated</strong>
        </li>
      )}
      {personalPlan && (
        <li>
          <strong className="nhsuk-tag nhsuk-tag--purple">Personal plan</strong>
        </li>
      )}
    </ul>
  );
}
