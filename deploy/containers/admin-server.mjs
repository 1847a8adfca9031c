// The admin client's server in its image: the built files from apps/admin/dist, index.html for
// every client-side route, /graphql and /files/… passed to the gateway (the browser talks to one origin), and
// /health for probes. Node's standard library only, so the image carries no dependencies.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

const env = process.env;
const root = path.resolve(env.ADMIN_STATIC_DIR ?? 'public');
const port = Number(env.ADMIN_PORT ?? 3000);
const host = env.HOST ?? '0.0.0.0';
const gateway = new URL(env.GATEWAY_URL ?? 'http://127.0.0.1:4000');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileFor(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    decoded = '/';
  }
  const wanted = path.resolve(root, `.${decoded}`);
  if (wanted.startsWith(root + path.sep)) {
    const info = await stat(wanted).catch(() => null);
    if (info?.isFile()) return wanted;
  }
  // A client-side route (or an unknown path): the app decides what to show.
  return path.join(root, 'index.html');
}

function proxy(req, res) {
  // The gateway counts sign-in attempts per client address: it reads the browser's from here
  // (this pod's network is among the gateway's TRUSTED_PROXIES).
  const forwarded = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
  const headers = { ...req.headers, host: gateway.host, 'x-forwarded-for': forwarded };
  const upstream = http.request(
    { host: gateway.hostname, port: gateway.port || 80, path: req.url, method: req.method, headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ errors: [{ message: '网关暂时无法访问', extensions: { code: 'UPSTREAM_UNAVAILABLE' } }] }));
  });
  req.pipe(upstream);
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://admin');
  if (url.pathname === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', service: 'admin' }));
    return;
  }
  if (url.pathname === '/graphql' || url.pathname.startsWith('/files/')) return proxy(req, res);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  try {
    const file = await fileFor(url.pathname);
    const hashed = file.includes(`${path.sep}assets${path.sep}`);
    res.writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      // Vite names assets by content hash: cache them for good, index.html never.
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  } catch {
    res.writeHead(500).end();
  }
});

server.listen(port, host, () =>
  console.log(JSON.stringify({ level: 'info', app: 'admin', msg: 'admin listening', port: server.address().port })),
);
const stop = () => server.close(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
