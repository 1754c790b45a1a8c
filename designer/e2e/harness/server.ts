import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { distDir, serverDll, serverProjectDir } from './paths';

/** The demo seeder's accounts (src/PcnFlow.Server/Seed/DemoSeeder.cs); all share {@link demoPassword}. */
export const demoUsers = {
  admin: 'admin@demo.pcnflow.test',
  lead: 'lead@demo.pcnflow.test',
  /** Dr Sam Patel, Riverside PCN: programme started 200 days ago, with work done, due and overdue. */
  cd1: 'cd1@demo.pcnflow.test',
  /** Dr Jo Williams, Hillside PCN: started 90 days ago. */
  cd2: 'cd2@demo.pcnflow.test',
  /** Dr Chris Evans, Seaside PCN: started 20 days ago. */
  cd3: 'cd3@demo.pcnflow.test',
  practiceManager: 'pm1@demo.pcnflow.test',
  support: 'support1@demo.pcnflow.test',
} as const;

/** The password every demo account gets in browser tests (it meets Identity's rules). */
export const demoPassword = 'E2e-Demo-Password-42';

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234, without a trailing slash. */
  readonly baseUrl: string;
  /** The temporary folder with the SQLite file, the mail pickup folder and the server's log. */
  readonly dataDir: string;
  /** Where the server writes .eml files instead of sending mail. */
  readonly mailDir: string;
  /** Everything the server printed so far. */
  log(): string;
  /** Stops the server and deletes its data folder. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Extra configuration as environment variables, e.g. { Notifications__DigestTime: '06:00' }. */
  env?: Record<string, string>;
  /** Keep the data folder after stop(), to look at the database or mail. */
  keepData?: boolean;
}

/**
 * Starts the real server (the Release build, which test.sh makes first) on a free port with a new SQLite database
 * in Development, so the demo seeder creates the ICS, the PCNs, the {@link demoUsers} and both running programmes.
 * Resolves once the server answers; rejects with its log if it exits or is not up within two minutes.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(serverDll)) throw new Error(`${serverDll} is missing: run \`dotnet build src/PcnFlow.Server -c Release\` first.`);
  if (!existsSync(path.join(distDir, 'index.html'))) throw new Error(`${distDir} has no index.html: run \`npm run build\` in designer/ first.`);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${String(port)}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pcnflow-e2e-'));
  const mailDir = path.join(dataDir, 'mail');
  const logFile = path.join(dataDir, 'server.log');
  const log = createWriteStream(logFile);
  const child = spawn('dotnet', [serverDll], {
    // The content root, as with `dotnet run`: the server finds workflows/ and designer/dist from here.
    cwd: serverProjectDir,
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Development',
      ASPNETCORE_URLS: baseUrl,
      DOTNET_NOLOGO: '1',
      Database__SqlitePath: path.join(dataDir, 'pcnflow.db'),
      Notifications__PickupDirectory: mailDir,
      Notifications__PublicBaseUrl: baseUrl,
      WebApp__DistPath: distDir,
      PCNFLOW_DEMO_PASSWORD: demoPassword,
      // Tests sign the same people in many times a minute.
      Auth__LoginPermitLimit: '1000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const readLog = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  try {
    await waitUntilUp(baseUrl, child, 120_000);
  } catch (error) {
    await stopChild(child);
    throw new Error(`${(error as Error).message}\n--- server log ---\n${readLog().slice(-4000)}`, { cause: error });
  }

  return {
    baseUrl,
    dataDir,
    mailDir,
    log: readLog,
    async stop() {
      process.removeListener('exit', killOnExit);
      await stopChild(child);
      log.end();
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (typeof address === 'object' && address) resolve(address.port);
        else reject(new Error('No free port.'));
      });
    });
  });
}

async function waitUntilUp(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${String(child.exitCode)} before it answered.`);
    try {
      // 401 is the answer we want: the server is up and the API is guarding itself.
      const response = await fetch(`${baseUrl}/api/auth/me`);
      if (response.status === 401) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer at ${baseUrl} within ${String(timeoutMs / 1000)} s.`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => {
      resolve();
    }));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
