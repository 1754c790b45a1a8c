/** Short, tool-by-tool steps for subscribing to the feed, in NHS.UK details (show/hide) sections. */
export function CalendarHelp() {
  return (
    <>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">How to add it to Outlook</span>
        </summary>
        <div className="nhsuk-details__text">
          <ol>
            <li>Copy your calendar link.</li>
            <li>In Outlook, open your calendar and choose Add calendar.</li>
            <li>Choose Subscribe from web (in older Outlook: From internet).</li>
            <li>Paste the link, give the calendar a name such as PcnFlow tasks, and choose Import or OK.</li>
          </ol>
          <p>Outlook checks the link for changes every few hours.</p>
        </div>
      </details>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">How to add it to Google Calendar</span>
        </summary>
        <div className="nhsuk-details__text">
          <ol>
            <li>Copy your calendar link.</li>
            <li>On a computer, open Google Calendar. Next to Other calendars, choose the plus sign (+).</li>
            <li>Choose From URL, paste the link and choose Add calendar.</li>
          </ol>
          <p>Google Calendar can take up to a day to show changes.</p>
        </div>
      </details>
    </>
  );
}
