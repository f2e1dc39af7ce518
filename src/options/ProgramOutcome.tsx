/**
 * What an export or import of a program came to: a refusal as an alert, and a live status line.
 * The line is a live region rather than role="status": the data section's own status stays the
 * section's one status.
 */
export function ProgramOutcome({ problem, status, testid }: { problem: string; status: string; testid: string }) {
  return (
    <>
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
      <p class="status" aria-live="polite" aria-atomic="true" data-testid={testid}>
        {status}
      </p>
    </>
  );
}
