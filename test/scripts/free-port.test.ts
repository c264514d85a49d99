import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/dynamodb-local.js';

/** The ports this machine gives outgoing connections (Linux), which a port chosen to listen on later must avoid. */
function outgoingPortRange(): [number, number] {
  const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
  return [low!, high!];
}

describe('freePort', () => {
  it('gives a port that can be listened on, outside the range of outgoing connections, and not the same one each time', async () => {
    const [low] = outgoingPortRange();
    const ports = await Promise.all(Array.from({ length: 5 }, () => freePort()));
    for (const port of ports) expect(port).toBeLessThan(low);
    expect(new Set(ports).size).toBeGreaterThan(1);
    const server = createServer();
    await new Promise<void>((listening, failed) => {
      server.once('error', failed);
      server.listen(ports[0], '127.0.0.1', listening);
    });
    await new Promise((closed) => server.close(closed));
  });
});
