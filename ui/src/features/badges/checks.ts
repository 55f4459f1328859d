/**
 * Verification reports in words: each check `code` has a sentence
 * `badges-check-<code>` in locales/*\/ui.ftl; a code this version does not
 * know falls back to a generic sentence for its outcome.
 */
import type { CheckDto } from '../../ipc';
import { formatDate, msg, t } from '../../lib/i18n.svelte';
import type { IconName } from '../../lib/icons';

/** The checks of the Open Badges 3.0 verification algorithm, in its order. */
export const CHECK_ORDER = [
  'format',
  'context',
  'schema',
  'issuer-key',
  'proof',
  'key-controller',
  'jwt-claims',
  'jwt-validity',
  'refresh',
  'status',
  'valid-from',
  'valid-until',
  'recipient',
  'endorsements',
] as const;

/** Check code -> message id (literal ids, so that the message tests can see them). */
export const CHECK_MESSAGES: Readonly<Record<string, string>> = {
  // What was found
  'format-recognised': msg('badges-check-format-recognised'),
  'context-known': msg('badges-check-context-known'),
  'context-ob-missing': msg('badges-check-context-ob-missing'),
  'context-vc-first': msg('badges-check-context-vc-first'),
  'unknown-context': msg('badges-check-unknown-context'),
  // Keys and signatures
  'key-did-key': msg('badges-check-key-did-key'),
  'key-offline': msg('badges-check-key-offline'),
  'key-jwk': msg('badges-check-key-jwk'),
  'key-did-jwk': msg('badges-check-key-did-jwk'),
  'key-fetched': msg('badges-check-key-fetched'),
  'key-provenance-unknown': msg('badges-check-key-provenance-unknown'),
  'key-controller-match': msg('badges-check-key-controller-match'),
  'key-controller-mismatch': msg('badges-check-key-controller-mismatch'),
  'proof-valid': msg('badges-check-proof-valid'),
  'proof-not-checked': msg('badges-check-proof-not-checked'),
  'signature-valid': msg('badges-check-signature-valid'),
  'signature-invalid': msg('badges-check-signature-invalid'),
  'ob2-hosted-needs-network': msg('badges-check-ob2-hosted-needs-network'),
  'ob2-signed-key-needs-network': msg('badges-check-ob2-signed-key-needs-network'),
  'key-supplied': msg('badges-check-key-supplied'),
  'ob2-hosted-confirmed': msg('badges-check-ob2-hosted-confirmed'),
  'ob2-hosted-differs': msg('badges-check-ob2-hosted-differs'),
  'ob2-issuer-needs-network': msg('badges-check-ob2-issuer-needs-network'),
  // Signed tokens (VC-JWT)
  'jwt-claims-match': msg('badges-check-jwt-claims-match'),
  'jwt-claim-invalid': msg('badges-check-jwt-claim-invalid'),
  'jwt-claim-mismatch': msg('badges-check-jwt-claim-mismatch'),
  'jwt-claim-missing': msg('badges-check-jwt-claim-missing'),
  'jwt-times-valid': msg('badges-check-jwt-times-valid'),
  // Revocation
  'status-none': msg('badges-check-status-none'),
  'status-not-revoked': msg('badges-check-status-not-revoked'),
  'status-not-listed': msg('badges-check-status-not-listed'),
  // Documents imported for offline checks (not badges)
  'document-status-list': msg('badges-check-document-status-list'),
  'document-revocation-list': msg('badges-check-document-revocation-list'),
  'document-did-document': msg('badges-check-document-did-document'),
  'document-key': msg('badges-check-document-key'),
  'document-issuer': msg('badges-check-document-issuer'),
  'document-badge-class': msg('badges-check-document-badge-class'),
  // Endorsements
  'endorsed-not-in-wallet': msg('badges-check-endorsed-not-in-wallet'),
  'revoked': msg('badges-check-revoked'),
  'suspended': msg('badges-check-suspended'),
  'status-list-invalid': msg('badges-check-status-list-invalid'),
  'status-list-issuer-mismatch': msg('badges-check-status-list-issuer-mismatch'),
  'status-entry-malformed': msg('badges-check-status-entry-malformed'),
  'status-index-invalid': msg('badges-check-status-index-invalid'),
  'status-needs-network': msg('badges-check-status-needs-network'),
  'status-offline': msg('badges-check-status-offline'),
  // Dates
  'valid-from-passed': msg('badges-check-valid-from-passed'),
  'not-yet-valid': msg('badges-check-not-yet-valid'),
  'not-expired': msg('badges-check-not-expired'),
  'no-expiry': msg('badges-check-no-expiry'),
  expired: msg('badges-check-expired'),
  'date-malformed': msg('badges-check-date-malformed'),
  // Recipient
  'recipient-matched': msg('badges-check-recipient-matched'),
  'recipient-not-owner': msg('badges-check-recipient-not-owner'),
  'recipient-owner-unknown': msg('badges-check-recipient-owner-unknown'),
  // Why a file cannot be read or trusted
  empty: msg('badges-check-empty'),
  'file-unreadable': msg('badges-check-file-unreadable'),
  'too-large': msg('badges-check-too-large'),
  'too-deep': msg('badges-check-too-deep'),
  'malformed-json': msg('badges-check-malformed-json'),
  'not-utf8': msg('badges-check-not-utf8'),
  'unknown-format': msg('badges-check-unknown-format'),
  'not-a-badge': msg('badges-check-not-a-badge'),
  'png-truncated': msg('badges-check-png-truncated'),
  'png-crc': msg('badges-check-png-crc'),
  'png-malformed': msg('badges-check-png-malformed'),
  'png-no-credential': msg('badges-check-png-no-credential'),
  'png-inflate': msg('badges-check-png-inflate'),
  'svg-malformed': msg('badges-check-svg-malformed'),
  'svg-entities': msg('badges-check-svg-entities'),
  'svg-no-credential': msg('badges-check-svg-no-credential'),
  'data-uri-malformed': msg('badges-check-data-uri-malformed'),
  'jws-malformed': msg('badges-check-jws-malformed'),
  'jws-unsupported-alg': msg('badges-check-jws-unsupported-alg'),
  'jws-no-key': msg('badges-check-jws-no-key'),
  'jws-private-key': msg('badges-check-jws-private-key'),
  'key-invalid': msg('badges-check-key-invalid'),
  'key-alg-mismatch': msg('badges-check-key-alg-mismatch'),
  'key-document': msg('badges-check-key-document'),
  'did-unsupported': msg('badges-check-did-unsupported'),
  'did-malformed': msg('badges-check-did-malformed'),
  'proof-missing': msg('badges-check-proof-missing'),
  'proof-malformed': msg('badges-check-proof-malformed'),
  'proof-unsupported-suite': msg('badges-check-proof-unsupported-suite'),
  'proof-purpose-mismatch': msg('badges-check-proof-purpose-mismatch'),
  'proof-challenge-mismatch': msg('badges-check-proof-challenge-mismatch'),
  'proof-key-unavailable-offline': msg('badges-check-proof-key-unavailable-offline'),
  'proof-key-invalid': msg('badges-check-proof-key-invalid'),
  'proof-controller-mismatch': msg('badges-check-proof-controller-mismatch'),
  'proof-invalid-signature': msg('badges-check-proof-invalid-signature'),
  'context-hash-mismatch': msg('badges-check-context-hash-mismatch'),
  'undefined-term': msg('badges-check-undefined-term'),
  'protected-term-redefinition': msg('badges-check-protected-term-redefinition'),
  'jsonld-invalid': msg('badges-check-jsonld-invalid'),
  'jsonld-unsupported': msg('badges-check-jsonld-unsupported'),
  'canonicalization-failed': msg('badges-check-canonicalization-failed'),
};

export type Outcome = 'passed' | 'failed' | 'skipped';

/** How each outcome is shown: the sentence for unknown codes, an icon, a word for screen readers. */
export const OUTCOMES: Readonly<Record<Outcome, { fallback: string; icon: IconName; label: string }>> = {
  passed: { fallback: msg('badges-check-unknown-passed'), icon: 'passed', label: msg('badges-outcome-passed') },
  failed: { fallback: msg('badges-check-unknown-failed'), icon: 'failed', label: msg('badges-outcome-failed') },
  skipped: { fallback: msg('badges-check-unknown-skipped'), icon: 'skipped', label: msg('badges-outcome-skipped') },
};

/**
 * Checks whose failure does not make a badge invalid, only "needs attention" (dates,
 * recipient): the verifier counts them as warnings, so the checklist must too.
 */
const ADVISORY = new Set(['valid-from', 'valid-until', 'jwt-validity', 'recipient']);

/** How a check is shown: its outcome, except that a failed advisory check needs attention. */
export type Display = Outcome | 'attention';

export const ATTENTION = { icon: 'warning' as IconName, label: msg('badges-outcome-attention') };

export function displayOf(check: Pick<CheckDto, 'outcome' | 'id'>): Display {
  const outcome = outcomeOf(check);
  return outcome === 'failed' && ADVISORY.has(check.id) ? 'attention' : outcome;
}

/** A report's outcome string as one of the three (anything else counts as failed). */
export function outcomeOf(check: Pick<CheckDto, 'outcome'>): Outcome {
  return check.outcome === 'passed' || check.outcome === 'skipped' ? check.outcome : 'failed';
}

/** Argument names that hold a date (RFC 3339), shown in the interface language. */
const DATE_ARGS = new Set(['date']);

/** The sentence that says what a check found, in the current language. */
export function checkText(check: CheckDto): string {
  const args: Record<string, string> = { code: check.code };
  for (const [key, value] of Object.entries(check.args)) {
    if (value !== undefined) args[key] = DATE_ARGS.has(key) ? formatDate(value) : value;
  }
  const id = CHECK_MESSAGES[check.code] ?? OUTCOMES[outcomeOf(check)].fallback;
  return t(id, args);
}

/** The checks in the algorithm's order (unknown ids last, in the order they came). */
export function inAlgorithmOrder(checks: readonly CheckDto[]): CheckDto[] {
  const rank = (id: string): number => {
    const i = (CHECK_ORDER as readonly string[]).indexOf(id);
    return i === -1 ? CHECK_ORDER.length : i;
  };
  return [...checks].sort((a, b) => rank(a.id) - rank(b.id));
}

/** The failed checks of a report: why a file was refused. */
export function failedChecks(checks: readonly CheckDto[]): CheckDto[] {
  return inAlgorithmOrder(checks).filter((check) => outcomeOf(check) === 'failed');
}

export type BadgeStatus = 'verified' | 'warning' | 'failed';

/** A badge's status chip: words, icon and colour (never colour alone). */
export const STATUSES: Readonly<Record<BadgeStatus, { label: string; help: string; icon: IconName }>> = {
  verified: { label: msg('badges-status-verified'), help: msg('badges-status-verified-help'), icon: 'passed' },
  warning: { label: msg('badges-status-warning'), help: msg('badges-status-warning-help'), icon: 'warning' },
  failed: { label: msg('badges-status-failed'), help: msg('badges-status-failed-help'), icon: 'failed' },
};

/** A report's status as one of the three; anything unknown is shown as needing attention. */
export function statusOf(status: string): BadgeStatus {
  return status === 'verified' || status === 'failed' ? status : 'warning';
}
