interface Flags {
  signOff?: boolean;
  returned?: boolean;
  escalated?: boolean;
  personalPlan?: boolean;
}

/** NHS.UK tags for what sets a task apart: a decision to make, sent back, escalated, or part of one person's own plan. */
export function TaskTags({ signOff, returned, escalated, personalPlan }: Flags) {
  if (!signOff && !returned && !escalated && !personalPlan) return null;
  return (
    <ul className="pf-inbox-tags" aria-label="About this task">
      {signOff && (
        <li>
          <strong className="nhsuk-tag nhsuk-tag--blue">Sign-off</strong>
        </li>
      )}
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
