/**
 * The fake backend's backups (see ./fake.ts): the rules of crates/wallet/src/backup.rs
 * and merge.rs, played on the fake wallet. A backup "file" is a path kept in
 * `fakeBackups.files` with its passphrase and the badges it holds; nothing is read from
 * or written to disk.
 */
import type { BackupSummary, BadgeDetail, RestoreCount, RestoreSummary, WalletInfo } from './bindings';
import { FakeFailure } from './fake';

/** As in Rust: the fewest characters of a new passphrase (crates/wallet/src/keys/file.rs). */
const MIN_PASSPHRASE_CHARS = 8;

/** A made-up backup file. */
export interface FakeBackupFile {
  passphrase: string;
  /** The badges it holds (copies). */
  badges: BadgeDetail[];
  /** Not a Passerelle backup, or damaged. */
  corrupt?: boolean;
}

export interface FakeBackupState {
  /** The backups the fake "wrote" or the tests describe, by path. */
  files: Record<string, FakeBackupFile>;
}

export const fakeBackups: FakeBackupState = { files: {} };

export function resetFakeBackups(): void {
  fakeBackups.files = {};
}

const copy = (badges: BadgeDetail[]): BadgeDetail[] => JSON.parse(JSON.stringify(badges)) as BadgeDetail[];

function checkNew(passphrase: string): void {
  if (passphrase === '') throw new FakeFailure({ code: 'passphrase-needed', args: {} });
  if ([...passphrase].length < MIN_PASSPHRASE_CHARS) {
    throw new FakeFailure({ code: 'passphrase-too-short', args: { min: String(MIN_PASSPHRASE_CHARS) } });
  }
}

/** `backup_wallet`: keep a copy of the badges under `out`. */
export function backupWallet(out: string, passphrase: string, badges: BadgeDetail[], info: WalletInfo): BackupSummary {
  checkNew(passphrase);
  fakeBackups.files[out] = { passphrase, badges: copy(badges) };
  return { path: out, bytes: 4096 + 1024 * badges.length, counts: { ...info.counts }, key: 'keyring' };
}

/** `restore_backup`: add the backup's badges the fake wallet lacks (same id: already there). */
export function restoreBackup(path: string, passphrase: string, badges: BadgeDetail[], info: WalletInfo): RestoreSummary {
  const file = fakeBackups.files[path];
  if (!file || file.corrupt) {
    throw new FakeFailure({ code: 'backup-corrupt', args: { path, detail: 'it is not a Passerelle backup' } });
  }
  if (passphrase === '') throw new FakeFailure({ code: 'passphrase-needed', args: {} });
  if (passphrase !== file.passphrase) throw new FakeFailure({ code: 'backup-wrong-passphrase', args: {} });
  const held = new Set(badges.map((b) => b.item.id));
  const added = file.badges.filter((b) => !held.has(b.item.id));
  badges.unshift(...copy(added));
  const kinds: RestoreCount[] = [{ kind: 'badges', added: added.length, existing: file.badges.length - added.length }];
  return {
    path: info.path,
    mode: 'merged',
    counts: { ...info.counts, badges: badges.length },
    kinds,
    profile: 'kept',
    settings: 'kept',
    key: 'kept',
  };
}
