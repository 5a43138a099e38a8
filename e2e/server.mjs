// A plain static file server for dist/, behaving like a simple static host: files as they are,
// a folder's index.html, and 404.html (status 404) for anything else. No SPA rewrites: deep links
// work because the build writes a page per route. Used by `scripts/serve.sh` and the browser tests.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

// Hashed assets never change; everything else is checked on each visit.
function cacheControl(rel) {
  return /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/.test(rel)
    ? "public, max-age=31536000, immutable"
    : "no-cache";
}

const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json", ".svg", ".txt"]);
const gzipped = new Map();

// Gzip as a real static host would, once per file version.
function gzipOnce(file, body) {
  const key = `${file}:${body.length}:${fs.statSync(file).mtimeMs}`;
  if (!gzipped.has(key)) gzipped.set(key, zlib.gzipSync(body, { level: 9 }));
  return gzipped.get(key);
}

/**
 * Starts serving `root` on 127.0.0.1:`port` (0 = any free port). Resolves to
 * { url, close, server, setRoot }: setRoot switches to another folder, as a deploy would.
 */
export function startServer({ root, port = 0, onRequest } = {}) {
  let base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    let rel;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      rel = "/404.html";
    }
    if (onRequest) onRequest(rel, req);
    let file = path.join(base, path.normalize(rel));
    if (!file.startsWith(base)) file = path.join(base, "404.html");
    let status = 200;
    try {
      if (fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
      fs.accessSync(file);
    } catch {
      status = 404;
      file = path.join(base, "404.html");
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { "content-type": "text/plain" });
        res.end("not found");
        return;
      }
      const headers = {
        "content-type": TYPES[path.extname(file)] || "application/octet-stream",
        "cache-control": cacheControl(path.relative(base, file)),
        vary: "accept-encoding",
      };
      if (COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
        body = gzipOnce(file, body);
        headers["content-encoding"] = "gzip";
      }
      headers["content-length"] = body.length;
      res.writeHead(status, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    });
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://127.0.0.1:${actual}`,
        server,
        setRoot: (next) => {
          base = path.resolve(next);
        },
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = "dist", port = "8080"] = process.argv.slice(2);
  startServer({ root, port: Number(port) }).then(({ url }) => {
    console.log(`Serving ${root}/ at ${url}/  (Ctrl+C to stop)`);
  });
}
