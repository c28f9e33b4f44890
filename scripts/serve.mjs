#!/usr/bin/env node
// A tiny static file server for the page and the browser tests: no dependencies, loopback only.
//
//   node scripts/serve.mjs <root> [port]      (default port 8080; 0 picks a free port)
//
// Tests import `startServer(root, port)` instead of spawning it.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Content types by file extension; anything else is served as bytes. */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * Maps a request path to a file under `root`, or null when it would escape `root`
 * (`..` segments, encoded slashes or NUL bytes, symlinks pointing outside).
 */
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const target = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  return target;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

/**
 * Serves the files under `root` on 127.0.0.1.
 *
 * `port` 0 (the default) picks a free port. `headers` are added to every file response.
 * Resolves to `{ url, port, server, close }`; `url` ends with a slash; `close()` resolves once
 * the server has stopped.
 */
export async function startServer(root, port = 0, { headers = {} } = {}) {
  const base = fs.realpathSync(path.resolve(root));
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    let file = resolveInside(base, pathname);
    if (file === null) {
      send(res, 403, 'Forbidden\n');
      return;
    }
    try {
      let stat = fs.statSync(file);
      if (stat.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: pathname + '/' });
          res.end();
          return;
        }
        file = path.join(file, 'index.html');
        stat = fs.statSync(file);
      }
      // A symlink may point outside the root; refuse it rather than follow it out.
      const real = fs.realpathSync(file);
      if (real !== base && !real.startsWith(base + path.sep)) {
        send(res, 403, 'Forbidden\n');
        return;
      }
      if (!stat.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': stat.size,
        // Always revalidate: the service worker decides what is cached, not the HTTP cache.
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        ...headers,
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      fs.createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch (err) {
      if (err && (err.code === 'ENOENT' || err.code === 'ENOTDIR')) send(res, 404, 'Not found\n');
      else send(res, 500, 'Internal error\n');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = server.address().port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  const [root, portArg] = process.argv.slice(2);
  if (!root) {
    console.error('usage: node scripts/serve.mjs <root> [port]');
    process.exit(2);
  }
  const port = portArg === undefined ? 8080 : Number(portArg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: bad port ${JSON.stringify(portArg)}`);
    process.exit(2);
  }
  if (!fs.existsSync(root)) {
    console.error(`serve: no such directory: ${root}`);
    process.exit(2);
  }
  const { url } = await startServer(root, port).catch((err) => {
    console.error(`serve: ${err.message}`);
    process.exit(1);
  });
  console.log(`Serving ${path.resolve(root)} at ${url}`);
  if (!fs.existsSync(path.join(root, 'pkg'))) console.log('(no pkg/ yet: run `make build` first)');
}
