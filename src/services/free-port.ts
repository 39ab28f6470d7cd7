import { createServer } from 'node:net';

/** Asks the kernel for an unused loopback port, so two stacks never collide. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('could not read the port the kernel chose'));
      });
    });
  });
}
