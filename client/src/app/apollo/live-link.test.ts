/** @jest-environment node */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import { createLiveClient, onLiveEvent, type LiveEvent } from './live-link';

/**
 * The live client against a real graphql-ws server on loopback (the product's own server is
 * tested in server/src/realtime): what it says about its connection is what the app refetches on.
 */
describe('the live connection', () => {
  let http: Server;
  let wss: WebSocketServer;
  let url: string;
  const events: LiveEvent[] = [];
  let stop: () => void;

  beforeAll(async () => {
    const schema = buildSchema('type Query { ok: Boolean } type Subscription { ticks: Int }');
    http = createServer();
    wss = new WebSocketServer({ server: http, path: '/graphql' });
    useServer(
      {
        schema,
        roots: {
          subscription: {
            ticks: async function* ticks() {
              for (let i = 0; ; i++) {
                yield { ticks: i };
                await new Promise((resolve) => setTimeout(resolve, 20));
              }
            },
          },
        },
      },
      wss,
    );
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `ws://127.0.0.1:${String((http.address() as AddressInfo).port)}/graphql`;
    stop = onLiveEvent((event) => events.push(event));
  });
  afterAll(async () => {
    stop();
    wss.close();
    await new Promise((resolve) => http.close(resolve));
  });
  beforeEach(() => events.splice(0));

  function follow(client: ReturnType<typeof createLiveClient>): Promise<() => void> {
    return new Promise((resolve) => {
      const dispose = client.subscribe(
        { query: 'subscription { ticks }' },
        { next: () => resolve(dispose), error: () => undefined, complete: () => undefined },
      );
    });
  }

  it('says "reconnected" once it is back after the server dropped it, not before', async () => {
    const client = createLiveClient(url, WebSocket);
    const dispose = await follow(client);
    for (const socket of wss.clients) socket.terminate();
    const deadline = Date.now() + 5_000;
    while (!events.includes('reconnected') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(events).toEqual(['reconnected']);
    dispose();
    await client.dispose();
  });

  it('says nothing when the socket closed because nothing followed it any more, and reopens', async () => {
    const client = createLiveClient(url, WebSocket);
    (await follow(client))();
    await new Promise((resolve) => setTimeout(resolve, 100)); // the lazy socket closes (1000)
    const again = await follow(client);
    expect(events).toEqual([]);
    again();
    await client.dispose();
  });

  it('says the session ended when the server closes with 4401', async () => {
    const client = createLiveClient(url, WebSocket);
    const dispose = await follow(client);
    for (const socket of wss.clients) socket.close(4401, 'Unauthorized');
    const deadline = Date.now() + 2_000;
    while (!events.includes('session-ended') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(events).toEqual(['session-ended']);
    dispose();
    await client.dispose();
  });
});
