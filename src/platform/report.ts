// A problem found in storage is reported once per page or worker start: reads no longer write a
// repair back (storage is shared with other versions), so the next read finds the same problem.
const reported = new Set<string>();

export function reportOnce(problem: string): void {
  if (reported.has(problem)) return;
  reported.add(problem);
  console.warn(`Desk Reset read around a problem in its storage (${problem}).`);
}
