import type { ReactNode } from 'react';
import type { DevConfig, LiveConnection } from './liveConfig.ts';
import { DevInbox } from './DevInbox.tsx';

export interface LiveLayoutProps {
  /** What `liveLoader` found. */
  connection: LiveConnection;
  /** The live flow, given the local Cognito's config once it answers. */
  children: (config: DevConfig, endpoint: string) => ReactNode;
}

const layout = { display: 'flex', flexWrap: 'wrap', gap: '2rem', alignItems: 'flex-start' } as const;

/** A live flow beside the dev inbox, or what to do when the local Cognito is not running. */
export function LiveLayout({ connection, children }: LiveLayoutProps) {
  if (connection.status === 'unreachable') {
    return (
      <section aria-labelledby="live-unreachable-title">
        <h2 id="live-unreachable-title">The local Cognito is not running</h2>
        <p>
          This story talks to a local Cognito at <code>{connection.endpoint}</code>, which does not answer.
          Start it with <code>npm start</code> (it starts Storybook too), then reload this story.
        </p>
      </section>
    );
  }
  return (
    <div style={layout}>
      <div style={{ flex: '1 1 22rem' }}>{children(connection.config, connection.endpoint)}</div>
      <div style={{ flex: '1 1 22rem' }}>
        <DevInbox endpoint={connection.endpoint} />
      </div>
    </div>
  );
}
