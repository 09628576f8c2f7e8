'use client';
import { useCallback, useEffect, useInsertionEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { toCognitoError, type CognitoError } from '../cognito/errors.ts';
import type { Operation } from '../cognito/gateway.ts';
import { secondsUntil, type Waits } from '../machines/cooldown.ts';

/**
 * Runs a machine for a hook. Unlike `useReducer` it also keeps the state in a ref, so a verb
 * decides on the state as it is now, not as it was at the last render: two verbs in one tick
 * cannot both start, and a verb right after `cancel()` sees the cancelled state.
 */
export function useMachine<S, E>(transition: (state: S, event: E) => S, init: () => S) {
  const [state, setState] = useState(init);
  const ref = useRef(state);
  /** Applies `event`; true when the machine took it. */
  const dispatch = useCallback(
    (event: E) => {
      const next = transition(ref.current, event);
      if (next === ref.current) return false;
      ref.current = next;
      setState(next);
      return true;
    },
    [transition],
  );
  const replace = useCallback((next: S) => {
    ref.current = next;
    setState(next);
  }, []);
  const current = useCallback(() => ref.current, []);
  // The controls are one object for the component's life, so verbs that list them stay stable.
  const controls = useMemo(() => ({ current, dispatch, replace }), [current, dispatch, replace]);
  return [state, controls] as const;
}

/** The outcome of a request, or `null` when it was cancelled or superseded. */
export type RequestOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown } | null;

/**
 * One request at a time. `run` aborts whatever is still out (the machines' guards make that
 * rare); `cancel` and unmount abort the request in flight. A request that was aborted hands
 * back `null`, so a late answer never reaches the state.
 */
export function useRequests() {
  const inFlight = useRef<AbortController | null>(null);
  const cancel = useCallback(() => {
    inFlight.current?.abort();
    inFlight.current = null;
  }, []);
  useEffect(() => cancel, [cancel]);

  const run = useCallback(async <T,>(work: (signal: AbortSignal) => Promise<T>): Promise<RequestOutcome<T>> => {
    inFlight.current?.abort();
    const own = new AbortController();
    inFlight.current = own;
    try {
      const value = await work(own.signal);
      return own.signal.aborted ? null : { ok: true, value };
    } catch (error) {
      return own.signal.aborted ? null : { ok: false, error };
    } finally {
      if (inFlight.current === own) inFlight.current = null;
    }
  }, []);
  // One object for the component's life, so callbacks that list it as a dependency stay stable.
  return useMemo(() => ({ run, cancel }), [run, cancel]);
}

/** Throws the abort reason once `signal` is aborted: each step of a multi-step request checks it. */
export function checkSignal(signal: AbortSignal | undefined) {
  if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
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

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * A hook's identity is its inputs. `start(changed)` runs on mount and again whenever `key`
 * changes (`changed` true), before the browser paints the new inputs with the old state; what
 * it returns runs before the next start and on unmount.
 */
export function useIdentity(key: string, start: (changed: boolean) => void | (() => void)) {
  const startRef = useLatest(start);
  const previous = useRef<string | null>(null);
  useIsomorphicLayoutEffect(() => {
    // StrictMode runs the effect twice for one key: only a new key counts as a change.
    const changed = previous.current !== null && previous.current !== key;
    previous.current = key;
    return startRef.current(changed);
  }, [key, startRef]);
}

/**
 * Normalises a failure and, when it is the app's set-up at fault, tells the developer in one
 * line (the prop to set, or Cognito's text; never a token or a code).
 */
export function noteFailure<O extends Operation>(operation: O, cause: unknown): CognitoError<O> {
  const error = toCognitoError(operation, cause);
  const line = developerLine(error);
  if (line) console.error(`[cognito-verify-kit] ${line}`);
  return error;
}

function developerLine(error: CognitoError): string | undefined {
  const { operation, setting, reason, serverMessage } = error;
  if (setting && error.kind === 'validation') {
    const problem = reason === 'required' ? 'is missing' : `is not valid (${reason})`;
    return `${operation} was not sent: \`${setting}\` ${problem}. Set it on <CognitoVerifyProvider> or in the hook's options.`;
  }
  if (setting) {
    return `${operation} was refused because the app client has a secret: pass \`${setting}\` (computed on your server) to <CognitoVerifyProvider>. Cognito said: ${serverMessage ?? error.name}`;
  }
  if (error.recovery === 'config') {
    return `${operation} failed with ${error.name}${serverMessage ? `: ${serverMessage}` : ''}. Check the user pool and app client settings.`;
  }
  return undefined;
}

const noop = () => {};
const serverSnapshot = () => null;

/**
 * Whole seconds left until each of `deadlines`. Re-renders once a second while one is ahead and
 * never after. `null` on the server and while hydrating, so clock-dependent text waits for the
 * client.
 */
export function useSecondsLeft(deadlines: readonly number[], now: () => number): number[] | null {
  const key = deadlines.join(' ');
  const subscribe = useCallback(
    (onTick: () => void) => {
      const last = Math.max(...key.split(' ').map(Number));
      if (last <= now()) return noop;
      const id = setInterval(() => {
        onTick();
        if (now() >= last) clearInterval(id);
      }, 250);
      return () => clearInterval(id);
    },
    [key, now],
  );
  const snapshot = useSyncExternalStore(
    subscribe,
    () => key.split(' ').map((d) => secondsUntil(Number(d), now())).join(' '),
    serverSnapshot,
  );
  return useMemo(() => (snapshot === null ? null : snapshot.split(' ').map(Number)), [snapshot]);
}

/**
 * The one way a verb talks to Cognito. `allowed` is the machine's guard for the verb; `check`
 * validates the input (a failure is shown and nothing is sent); `start` moves the machine to its
 * busy state; `work` runs as the one request in flight; then `done` gets its value, or the
 * machine gets `failed(error)`, unless the request was cancelled or superseded meanwhile.
 */
export interface Step<I, T, O extends Operation, E> {
  operation: O;
  allowed: boolean;
  check: () => I;
  start: E;
  work: (input: I, signal: AbortSignal) => Promise<T>;
  done: (value: T, input: I) => void;
  failed: (error: CognitoError<O>) => E;
}

export function useSteps<E>(
  dispatch: (event: E) => boolean,
  requests: ReturnType<typeof useRequests>,
) {
  return useCallback(
    async <I, T, O extends Operation>(step: Step<I, T, O, E>) => {
      if (!step.allowed) return;
      let input: I;
      try {
        input = step.check();
      } catch (error) {
        // Every machine takes INPUT_REJECTED in its resting states.
        dispatch({ type: 'INPUT_REJECTED', error: noteFailure(step.operation, error) } as E);
        return;
      }
      if (!dispatch(step.start)) return;
      const outcome = await requests.run((signal) => step.work(input, signal));
      if (!outcome) return;
      if (outcome.ok) step.done(outcome.value, input);
      else dispatch(step.failed(noteFailure(step.operation, outcome.error)));
    },
    [dispatch, requests],
  );
}

const checkOperations: ReadonlySet<Operation> = new Set(['ConfirmSignUp', 'VerifyUserAttribute', 'ConfirmForgotPassword']);

/**
 * The waits as a hook result shows them: `secondsLeft` until another code may be sent, and,
 * while the last error was a "too many", when (and in how long) the refused verb may run again.
 */
export function waitResult(waits: Waits, error: CognitoError | null, seconds: number[] | null) {
  const [sendLeft = null, checkLeft = null] = seconds ?? [];
  const kind = error && checkOperations.has(error.operation) ? 'check' : 'send';
  const left = kind === 'check' ? checkLeft : sendLeft;
  const waiting = error?.recovery === 'wait' && left !== 0;
  return {
    secondsLeft: sendLeft,
    resendAvailableAt: waits.send.availableAt > 0 ? waits.send.availableAt : null,
    retryAt: waiting ? waits[kind].availableAt : null,
    retrySecondsLeft: waiting ? left : null,
    isWaiting: waiting,
  };
}

/** The seconds `waitResult` reads, re-rendering while either wait runs. */
export function useWaitSeconds(waits: Waits, now: () => number) {
  return useSecondsLeft([waits.send.availableAt, waits.check.availableAt], now);
}

/**
 * A hook's machine, its one request at a time and its request step. The hook's identity is
 * `key` (its inputs): when it changes, what is in flight is cancelled and the machine starts
 * again from `init`.
 */
export function useFlow<S, E>(transition: (state: S, event: E) => S, init: () => S, key: string) {
  const [state, machine] = useMachine(transition, init);
  const requests = useRequests();
  const step = useSteps(machine.dispatch, requests);
  const initRef = useLatest(init);
  useIdentity(key, (changed) => {
    if (changed) {
      requests.cancel();
      machine.replace(initRef.current());
    }
  });
  return { state, machine, requests, step };
}
