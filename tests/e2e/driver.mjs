// Start tauri-driver (which starts WebKitWebDriver) for the real desktop binary and
// open a WebDriver session on it. Each session gets a throwaway XDG_DATA_HOME, so
// the app creates a fresh wallet there.
import { spawn } from 'node:child_process';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { remote } from 'webdriverio';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..');

export function appBinary() {
  const bin = process.env.PASSERELLE_DESKTOP_BIN
    ?? path.join(root, 'target', 'debug', 'passerelle-desktop');
  if (!existsSync(bin)) throw new Error(`desktop binary not found at ${bin}; build it with cargo build -p passerelle-desktop --features custom-protocol`);
  return bin;
}

function tauriDriverBinary() {
  const local = path.join(root, '.ci', 'tools', 'bin', 'tauri-driver');
  return process.env.TAURI_DRIVER ?? (existsSync(local) ? local : 'tauri-driver');
}

function portOpen(port) {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => { s.end(); resolve(true); });
    s.on('error', () => resolve(false));
  });
}

async function waitForPorts(ports, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`tauri-driver exited with ${child.exitCode}`);
    const open = await Promise.all(ports.map(portOpen));
    if (open.every(Boolean)) return;
    if (Date.now() > deadline) throw new Error(`driver ports ${ports} not open after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

let nextPort = 4444 + (process.pid % 200) * 2;

/** Launch the app under WebDriver. Returns { browser, dataHome, stop }. */
export async function launch({ env = {} } = {}) {
  const port = nextPort; const nativePort = nextPort + 1; nextPort += 2;
  const dataHome = mkdtempSync(path.join(tmpdir(), 'passerelle-e2e-'));
  const driver = spawn(tauriDriverBinary(), [
    '--port', String(port), '--native-port', String(nativePort),
    '--native-driver', process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver',
  ], {
    env: { ...process.env, XDG_DATA_HOME: dataHome, PASSERELLE_WALLET: '', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitForPorts([port, nativePort], 30_000, driver);
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'warn',
      connectionRetryTimeout: 120_000,
      capabilities: {
        browserName: 'wry',
        // WebKitWebDriver speaks classic WebDriver only: do not ask for BiDi.
        'wdio:enforceWebDriverClassic': true,
        'tauri:options': { application: appBinary() },
      },
    });
    const stop = async () => {
      try { await browser.deleteSession(); } catch { /* the app may be gone already */ }
      driver.kill('SIGTERM');
    };
    return { browser, dataHome, stop };
  } catch (e) {
    driver.kill('SIGKILL');
    throw e;
  }
}
