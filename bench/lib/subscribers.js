'use strict';
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

/**
 * One subscriber: a graphql-ws client of its own (one socket, as each browser tab has), signed in with a
 * bearer token. Resolves once the subscription listens (its first result is the RESYNC that `isResync`
 * recognises); every later result goes to `onData` with the moment it arrived.
 */
function subscribe({ serverUrl, token, query, variables, isResync, onData, onError }) {
  return new Promise((resolve, reject) => {
    const client = createClient({
      url: `${serverUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    let listening = false;
    client.subscribe(
      { query, variables },
      {
        next: ({ data, errors }) => {
          const at = performance.now();
          if (errors) return listening ? onError(errors) : reject(new Error(JSON.stringify(errors)));
          if (!listening && isResync(data)) {
            listening = true;
            return resolve({ close: () => client.dispose() });
          }
          onData(data, at);
        },
        error: (error) => (listening ? onError(error) : reject(error)),
        complete: () => undefined,
      },
    );
  });
}

// What a live board asks for (the card as the board shows it).
const BOARD_CHANGED = `subscription ($openingId: ID!) { boardChanged(openingId: $openingId) {
  openingId applicationId kind fromStageId toStageId card { id candidateName candidateTags timeInStageSeconds }
} }`;

/** A live board's subscriber: every change after the first RESYNC goes to `onChange`. */
function subscribeToBoard(serverUrl, token, openingId, onChange, onError) {
  return subscribe({
    serverUrl,
    token,
    query: BOARD_CHANGED,
    variables: { openingId },
    isResync: (data) => data.boardChanged.kind === 'RESYNC',
    onData: (data, at) => onChange(data.boardChanged, at),
    onError,
  });
}

/** Opens `count` subscribers, `concurrency` at a time (a crowd arriving, not a single burst). */
async function openSubscribers(count, open, concurrency = 25) {
  const opened = [];
  for (let i = 0; i < count; i += concurrency) {
    opened.push(...(await Promise.all(Array.from({ length: Math.min(concurrency, count - i) }, (_, j) => open(i + j)))));
  }
  return opened;
}

module.exports = { subscribe, subscribeToBoard, openSubscribers };
