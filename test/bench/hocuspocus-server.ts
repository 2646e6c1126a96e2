// Start script for the Hocuspocus peer: stock server, in memory, no extensions, on the loopback
// port the parent chose (PORT=0 picks one). Prints the port for the benchmark to read.
import { Server } from '@hocuspocus/server';

const server = new Server({ port: Number(process.env.PORT ?? 0), address: '127.0.0.1', quiet: true });
await server.listen();
process.stdout.write(`hocuspocus listening on port ${server.address.port}\n`);
