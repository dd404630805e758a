// The intake as a separate process (`src/intake/server.ts`), as an operator runs it: for the crash test and the benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export type IntakeProcess = {
  /** Base URL of the intake, ending in /api. */
  api: string;
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Every line the process wrote on stdout (the request log). */
  lines: string[];
};

/** Starts the intake with these environment variables on a free port; resolves once it listens. */
export function startIntakeProcess(env: Record<string, string>, startTimeoutMs = 300_000): Promise<IntakeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/intake/server.ts'], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const lines: string[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the intake did not start within ${startTimeoutMs} ms: ${stderr}`));
    }, startTimeoutMs);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the intake exited with ${code} before listening: ${stderr}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      const event = JSON.parse(line) as { event?: string; url?: string };
      if (event.event === 'listening' && event.url) {
        clearTimeout(timer);
        resolve({ api: event.url, child, exited, lines });
      }
    });
  });
}
