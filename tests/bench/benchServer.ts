import { createReadStream, existsSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import sirv from "sirv";

/**
 * Serves the built app at / and generated datasets at /bench/, on a free local port. Like most
 * static hosts, it sends JSON gzip-compressed to a browser that accepts it (from `<file>.gz`,
 * compressed once beforehand, so the server's own work stays out of the figures).
 */
export async function startBenchServer(distDir: string, benchDir: string) {
  const app = sirv(distDir, { dev: false });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname.startsWith("/bench/")) {
      const file = join(benchDir, url.pathname.slice("/bench/".length).replace(/[^\w.-]/g, ""));
      if (!existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
      if (gzip && existsSync(`${file}.gz`)) {
        res.writeHead(200, {
          "content-type": "application/json",
          "content-encoding": "gzip",
          vary: "accept-encoding",
        });
        createReadStream(`${file}.gz`).pipe(res);
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      createReadStream(file).pipe(res);
      return;
    }
    app(req, res, () => {
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
