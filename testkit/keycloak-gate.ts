import * as http from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** A request whose answer Keycloak has given but the gate has not passed on yet. */
type HeldAnswer = () => void;

/**
 * A loopback proxy between a deploy and Keycloak that lets a fault test stop the deploy at an exact
 * point, however fast or slow the machine is. While it watches, every answer to a change (a POST,
 * PUT or DELETE on the admin API) is held, and no request is let through, until the test's check has
 * looked at Keycloak; when the check holds, everything stays held: the fault (a kill, a pause) lands
 * with nothing done after the point the check names. Without a watch it passes everything through.
 *
 * The gate listens only while Keycloak does: {@link close} after a stop or kill, {@link open} after a
 * restart, so the deploy sees a refused connection exactly when it would without the gate.
 */
export class KeycloakGate {
  private server: http.Server;
  private readonly sockets = new Set<Socket>();
  private port = 0;
  /** Answers held, in the order Keycloak gave them. */
  private held: HeldAnswer[] = [];
  /** Requests waiting for the gate to let them through. */
  private waiting: (() => void)[] = [];
  /** Checks run one at a time; while one runs, or once one held, nothing passes. */
  private checking = false;
  /** A change was answered since the check last looked. */
  private unchecked = false;
  private stopped = false;
  private watch?: { check: () => Promise<boolean>; reached: () => void };

  private constructor(private readonly target: URL) {
    this.server = this.createServer();
  }

  /** Starts a gate in front of the Keycloak at `targetUrl`, on a free loopback port. */
  static async start(targetUrl: string): Promise<KeycloakGate> {
    const gate = new KeycloakGate(new URL(targetUrl));
    await gate.open();
    return gate;
  }

  /** Where the deploy reaches Keycloak through the gate. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /**
   * Resolves once `check` holds after one of the deploy's changes; from then on every request and
   * answer is held until {@link passThrough} or {@link close}. Rejects when `deployEnded` resolves
   * first: the deploy finished before the point was reached.
   */
  stopWhen(check: () => Promise<boolean>, deployEnded: Promise<unknown>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.watch = { check, reached: resolve };
      void deployEnded.then(() => {
        if (this.watch?.reached === resolve) {
          this.watch = undefined;
          reject(new Error("the deploy ended before the gate's check held"));
        }
      });
    });
  }

  /** Passes on what was held and lets everything through again. */
  passThrough(): void {
    this.watch = undefined;
    this.unchecked = false;
    this.stopped = false;
    this.checking = false;
    this.flush();
  }

  /** Stops listening and cuts every connection, held answers included: what a dead Keycloak does. */
  async close(): Promise<void> {
    this.watch = undefined;
    this.held = [];
    this.waiting = [];
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  /** Listens again (on the same port after a {@link close}), passing everything through. */
  async open(): Promise<void> {
    this.stopped = false;
    this.checking = false;
    if (this.server.listening) return this.flush();
    this.server = this.createServer();
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
  }

  private createServer(): http.Server {
    const server = http.createServer((request, response) => {
      const body: Buffer[] = [];
      request.on("data", (chunk: Buffer) => body.push(chunk));
      request.on("end", () => this.whenLetThrough(() => this.forward(request, Buffer.concat(body), response)));
    });
    server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
    return server;
  }

  private get closedToTraffic(): boolean {
    return this.stopped || this.checking;
  }

  private whenLetThrough(go: () => void): void {
    if (this.closedToTraffic) this.waiting.push(go);
    else go();
  }

  private forward(request: http.IncomingMessage, body: Buffer, response: http.ServerResponse): void {
    const upstream = http.request(
      { host: this.target.hostname, port: this.target.port, method: request.method, path: request.url, headers: request.headers },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("end", () => {
          const deliver = () => {
            if (response.destroyed) return;
            response.writeHead(answer.statusCode ?? 502, answer.headers);
            response.end(Buffer.concat(chunks));
          };
          const changed = request.method !== "GET" && request.url?.startsWith("/admin/") === true;
          if (changed && this.watch) this.unchecked = true;
          if (this.closedToTraffic) this.held.push(deliver);
          else if (changed && this.watch) {
            this.held.push(deliver);
            void this.runCheck();
          } else deliver();
        });
      },
    );
    upstream.on("error", () => response.destroy());
    upstream.end(body);
  }

  /**
   * Runs the watch's check with all traffic held, again while changes were answered during the
   * last look; passes everything on unless the check holds.
   */
  private async runCheck(): Promise<void> {
    const watch = this.watch;
    if (!watch || this.checking || this.stopped) return;
    this.checking = true;
    while (this.unchecked) {
      this.unchecked = false;
      let reached: boolean;
      try {
        reached = await watch.check();
      } catch {
        reached = false; // an admin API hiccup counts as "not yet"
      }
      if (this.watch !== watch) return; // closed or passed through meanwhile
      if (reached) {
        this.stopped = true;
        this.watch = undefined;
        watch.reached();
        return;
      }
    }
    this.checking = false;
    this.flush();
  }

  private flush(): void {
    const held = this.held;
    const waiting = this.waiting;
    this.held = [];
    this.waiting = [];
    for (const deliver of held) deliver();
    for (const go of waiting) this.whenLetThrough(go);
  }
}
