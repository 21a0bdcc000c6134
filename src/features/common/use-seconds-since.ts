import { useEffect, useState } from 'react';

/** Whole seconds since `active` last became true (0 while inactive), ticking once a second. */
export function useSecondsSince(active: boolean): number {
  const [seconds, setSeconds] = useState(0);
  const [wasActive, setWasActive] = useState(active);
  if (wasActive !== active) {
    setWasActive(active);
    setSeconds(0);
  }
  useEffect(() => {
    if (!active) return;
    const start = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - start) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return active ? seconds : 0;
}
