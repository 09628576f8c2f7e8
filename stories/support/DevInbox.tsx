import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { OutboxMessage } from './liveConfig.ts';
import './DevInbox.css';

export interface DevInboxProps {
  /** The local Cognito whose `GET /__dev/outbox` is read. */
  endpoint: string;
  /** How often the outbox is read while the panel is mounted. @default 2000 */
  intervalMs?: number;
  /** How many of the newest messages are shown. @default 20 */
  limit?: number;
}

type Inbox = { status: 'loading' } | { status: 'ready'; messages: OutboxMessage[] } | { status: 'unreachable' };

const requestTimeoutMs = 5000;

/**
 * The messages the local Cognito "sent" (sign-up and verification codes), newest first, read
 * every two seconds while mounted. Development only: it shows codes, which is its purpose.
 */
export function DevInbox({ endpoint, intervalMs = 2000, limit = 20 }: DevInboxProps) {
  const [inbox, setInbox] = useState<Inbox>({ status: 'loading' });
  const [copied, setCopied] = useState('');
  const titleId = useId();
  // The mounted panel's signal: aborts whatever is in flight when the panel goes away.
  const mounted = useRef<AbortSignal | null>(null);

  const read = useCallback(async () => {
    const signal = mounted.current;
    if (!signal || signal.aborted) return;
    const request = new AbortController();
    const abort = () => request.abort();
    signal.addEventListener('abort', abort);
    const timeout = setTimeout(abort, requestTimeoutMs);
    try {
      const response = await fetch(`${endpoint}/__dev/outbox`, { signal: request.signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const messages = (await response.json()) as OutboxMessage[];
      if (!signal.aborted) setInbox({ status: 'ready', messages: messages.slice(-limit).reverse() });
    } catch {
      if (!signal.aborted) setInbox({ status: 'unreachable' });
    } finally {
      clearTimeout(timeout);
      signal.removeEventListener('abort', abort);
    }
  }, [endpoint, limit]);

  // Polling: one request at a time, the next one `intervalMs` after the last answer.
  useEffect(() => {
    const controller = new AbortController();
    mounted.current = controller.signal;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      await read();
      if (!controller.signal.aborted) timer = setTimeout(poll, intervalMs);
    };
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [read, intervalMs]);

  const copy = async (message: OutboxMessage) => {
    try {
      await navigator.clipboard.writeText(message.code);
      setCopied(`Copied the code sent to ${message.to}.`);
    } catch {
      setCopied('Copying is not allowed here: select the code and copy it.');
    }
  };

  return (
    <aside className="live-inbox" aria-labelledby={titleId}>
      <h2 id={titleId}>Dev inbox</h2>
      <p>
        Messages the local Cognito at <code>{endpoint}</code> sent, newest first. Nothing is really
        delivered: copy a code from here into the form.
      </p>
      <button className="cvk-button" data-variant="secondary" type="button" onClick={() => void read()}>Refresh inbox</button>
      <p className="cvk-status" role="status">{copied}</p>
      {inbox.status === 'loading' ? <p>Reading the outbox…</p> : null}
      {inbox.status === 'unreachable' ? <p>The local Cognito does not answer. Start it with <code>npm start</code>.</p> : null}
      {inbox.status === 'ready' && inbox.messages.length === 0 ? <p>No messages yet.</p> : null}
      {inbox.status === 'ready' && inbox.messages.length > 0 ? (
        <table>
          <caption>Codes sent</caption>
          <thead>
            <tr>
              <th scope="col">To</th>
              <th scope="col">Operation</th>
              <th scope="col">Code</th>
              <th scope="col">Sent at</th>
              <th scope="col">Copy</th>
            </tr>
          </thead>
          <tbody>
            {inbox.messages.map((message) => (
              <tr key={`${message.at} ${message.to} ${message.code}`}>
                <td>{message.to}</td>
                <td>{message.operation}</td>
                <td><code className="live-inbox-code">{message.code}</code></td>
                <td><time dateTime={message.at}>{new Date(message.at).toLocaleTimeString()}</time></td>
                <td>
                  <button className="cvk-button" data-variant="secondary" type="button" aria-label={`Copy code sent to ${message.to} at ${new Date(message.at).toLocaleTimeString()}`} onClick={() => void copy(message)}>
                    Copy
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </aside>
  );
}
