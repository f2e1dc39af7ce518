// The moment the popup's real content (the next break's time, or the drill's name) first stands in
// the DOM, marked once per page so `npm run bench` can time it: a ref callback runs at insertion.
let marked = false;

export function markContentReady(element: Element | null): void {
  if (!element || marked) return;
  marked = true;
  performance.mark('content-ready');
}
