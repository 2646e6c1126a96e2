// A local HTTP server standing in for DingTalk, Feishu and WeCom in tests: records every request and
// answers from a queue of scripted replies (the last one repeats).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
}

export interface ScriptedReply {
  readonly status: number;
  readonly body: string;
}

export interface RobotTestServer {
  readonly origin: string;
  readonly requests: RecordedRequest[];
  reply(...replies: ScriptedReply[]): void;
  close(): Promise<void>;
}

export async function startRobotTestServer(): Promise<RobotTestServer> {
  const requests: RecordedRequest[] = [];
  let replies: ScriptedReply[] = [{ status: 200, body: '{"errcode":0,"errmsg":"ok","code":0,"msg":"success"}' }];
  const server: Server = createServer((request, response) => {
    void readBody(request).then((text) => {
      requests.push({ method: request.method ?? '', url: request.url ?? '', body: JSON.parse(text) });
      const next = replies.length > 1 ? replies.shift() : replies[0];
      response.writeHead(next?.status ?? 500, { 'content-type': 'application/json' });
      response.end(next?.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    reply: (...next) => { replies = next; },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
