import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

/** A plain static file server for `dir`, mounted under `prefix` (like a publisher's sub-path). */
export async function startStaticServer(
  dir: string,
  prefix: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const serve = sirv(dir, { dev: false, etag: true });
  const mount = prefix.replace(/\/$/, "");
  const server: Server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (url === mount) {
      res.writeHead(301, { location: `${mount}/` }).end();
      return;
    }
    if (!url.startsWith(`${mount}/`)) {
      res.writeHead(404).end("Not found");
      return;
    }
    req.url = url.slice(mount.length);
    serve(req, res, () => {
      res.writeHead(404).end("Not found");
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${mount}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
