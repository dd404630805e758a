// A local HTTP proxy every request of a browser goes through, so a test can cut the whole browser off the network.
import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

export type NetworkSwitch = {
  /** The port the browser's proxy settings point at. */
  port: number;
  /** How many requests went through so far: none means the browser is not using the switch. */
  forwarded(): number;
  /** Off: every request, from pages and service workers alike, has its connection cut with no answer. */
  setOnline(online: boolean): void;
  close(): Promise<void>;
};

/** Headers meant for the proxy itself, not for the server behind it. */
const HOP_BY_HOP = new Set(['proxy-connection', 'proxy-authorization', 'connection', 'keep-alive']);

/** Starts the switch, on, in front of `origin`; requests for any other origin are refused. */
export async function startNetworkSwitch(origin: string): Promise<NetworkSwitch> {
  let online = true;
  let forwarded = 0;
  const server = createServer((req, res) => {
    // A proxied request names its full URL; anything that is not the app's origin has no business here.
    const target = URL.canParse(req.url ?? '') ? new URL(req.url ?? '') : null;
    if (!online || target?.origin !== origin) {
      req.socket.destroy();
      return;
    }
    forwarded += 1;
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
    const upstream = forward(target, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  // Tunnels (HTTPS, WebSocket) are never needed by the app under test.
  server.on('connect', (_req, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    forwarded: () => forwarded,
    setOnline(value: boolean): void {
      online = value;
      // Kept-alive connections must not outlive the switch being turned off.
      if (!value) server.closeAllConnections();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Firefox preferences that send every request, localhost included, through the switch. */
export function firefoxProxyPrefs(networkSwitch: NetworkSwitch): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': networkSwitch.port,
    'network.proxy.no_proxies_on': '',
    // Firefox never proxies localhost unless told to.
    'network.proxy.allow_hijacking_localhost': true,
  };
}
