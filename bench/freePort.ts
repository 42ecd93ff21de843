import { createServer } from 'node:net';

/** A port nobody listens on now (the OS picks it), for a preview server that must not meet a stranger's. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('freePort: no port'))));
    });
  });
}
