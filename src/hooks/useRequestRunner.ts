import { useCallback, useEffect, useInsertionEffect, useMemo, useRef } from 'react';

/** The outcome of a request, or `null` when it was refused, cancelled or superseded. */
export type RequestOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown } | null;

/**
 * Runs one request at a time. A second `run` while one is in flight is refused at once
 * (nothing is sent); `cancel` and unmount abort the request in flight and make its reply
 * stale, so a late answer never reaches the state.
 */
export function useRequestRunner() {
  const inFlight = useRef<AbortController | null>(null);
  const generation = useRef(0);

  const cancel = useCallback(() => {
    inFlight.current?.abort();
    inFlight.current = null;
    generation.current += 1;
  }, []);

  useEffect(() => cancel, [cancel]);

  const run = useCallback(async <T,>(work: (signal: AbortSignal) => Promise<T>): Promise<RequestOutcome<T>> => {
    if (inFlight.current) return null;
    const controller = new AbortController();
    const id = ++generation.current;
    inFlight.current = controller;
    try {
      const value = await work(controller.signal);
      return id === generation.current ? { ok: true, value } : null;
    } catch (error) {
      return id === generation.current ? { ok: false, error } : null;
    } finally {
      if (inFlight.current === controller) inFlight.current = null;
    }
  }, []);

  const isBusy = useCallback(() => inFlight.current !== null, []);

  // One object for the component's life: callbacks (and the load effect) that list the runner
  // as a dependency must not change on every render.
  return useMemo(() => ({ run, cancel, isBusy }), [run, cancel, isBusy]);
}

/**
 * A ref that always holds the latest value, so event handlers can stay stable across renders
 * yet read current props. Written in an insertion effect: before any handler can run, and
 * never during render.
 */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useInsertionEffect(() => {
    ref.current = value;
  });
  return ref;
}
