// Revalidates cached copies with Node's fetch (undici keeps the connection alive between them): a 304 framed wrongly
// holds the connection or fails the next request.
// stdin: one "<path> <etag>" per line; stdout: one "<status> <path> <body length>" per line.
import { readFileSync } from 'node:fs';

const gateway = process.argv[2];
for (const line of readFileSync(0, 'utf8').split('\n').filter(Boolean)) {
  const [path, etag] = [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)];
  const answer = await fetch(gateway + path, { headers: { 'If-None-Match': etag }, signal: AbortSignal.timeout(10_000) });
  const body = await answer.arrayBuffer();
  console.log(answer.status, path, body.byteLength);
}
