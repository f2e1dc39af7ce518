import { render, type ComponentChild } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

// Draws its child at the end of the page instead of in place: the own-drill form cannot sit inside
// the settings form (a form may not hold another). Preact's own portal is in preact/compat, whose
// loading changes how every page's onChange behaves; this is the few lines that are needed.

export function Portal({ children }: { children: ComponentChild }) {
  const [host] = useState(() => document.createElement('div'));
  useLayoutEffect(() => {
    document.body.append(host);
    return () => {
      render(null, host);
      host.remove();
    };
  }, []);
  useLayoutEffect(() => {
    render(children, host);
  });
  return null;
}
