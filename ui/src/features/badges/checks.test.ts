import { afterEach, describe, expect, it } from 'vitest';

import type { CheckDto } from '../../ipc';
import { buildBundle, setLanguage, t } from '../../lib/i18n.svelte';
import { LANGUAGES } from '../../lib/languages';
import {
  CHECK_MESSAGES,
  checkText,
  displayOf,
  failedChecks,
  inAlgorithmOrder,
  OUTCOMES,
  STATUSES,
  statusOf,
} from './checks';

/** Every code the verifier (crates/badges) reports, as the Rust side lists them. */
const CODES = `context-known context-ob-missing context-vc-first date-malformed expired format-recognised
jwt-claim-invalid jwt-claim-mismatch jwt-claim-missing jwt-claims-match jwt-times-valid key-controller-match
key-controller-mismatch key-did-key key-offline key-provenance-unknown no-expiry not-expired not-yet-valid
ob2-hosted-needs-network ob2-signed-key-needs-network proof-valid proof-not-checked recipient-matched
recipient-not-owner recipient-owner-unknown signature-invalid signature-valid status-needs-network status-none
status-not-revoked revoked suspended status-list-invalid status-list-issuer-mismatch status-entry-malformed
status-index-invalid
status-offline unknown-context valid-from-passed canonicalization-failed context-hash-mismatch data-uri-malformed
did-malformed did-unsupported jsonld-invalid jsonld-unsupported jws-malformed jws-no-key jws-private-key
jws-unsupported-alg key-alg-mismatch key-document key-invalid malformed-json not-a-badge not-utf8 png-crc
png-inflate png-malformed png-no-credential png-truncated proof-challenge-mismatch proof-controller-mismatch
proof-invalid-signature proof-key-invalid proof-key-unavailable-offline proof-malformed proof-missing
proof-purpose-mismatch proof-unsupported-suite protected-term-redefinition svg-entities svg-malformed
svg-no-credential too-deep too-large undefined-term unknown-format empty file-unreadable
key-supplied ob2-hosted-confirmed ob2-hosted-differs ob2-issuer-needs-network status-not-listed
document-status-list document-revocation-list document-did-document document-key document-issuer
document-badge-class key-jwk key-did-jwk key-fetched endorsed-not-in-wallet`.split(/\s+/);

function check(code: string, outcome = 'passed', args: Record<string, string> = {}, id = 'proof'): CheckDto {
  return { id, outcome, code, args };
}

afterEach(() => setLanguage('en'));

describe('check codes in words', () => {
  it('knows the full list of codes (the list itself is sane)', () => {
    expect(CODES).toHaveLength(96);
    expect(new Set(CODES).size).toBe(CODES.length);
  });

  it('maps every code to badges-check-<code>, and nothing else', () => {
    for (const code of CODES) expect(CHECK_MESSAGES[code], code).toBe(`badges-check-${code}`);
    expect(Object.keys(CHECK_MESSAGES).sort()).toEqual([...CODES].sort());
  });

  it('has a sentence for every code in en, fr and nl', () => {
    const missing: string[] = [];
    for (const lang of LANGUAGES) {
      const bundle = buildBundle(lang);
      for (const code of CODES) {
        if (!bundle.getMessage(`badges-check-${code}`)?.value) missing.push(`${lang}: ${code}`);
      }
      for (const { fallback } of Object.values(OUTCOMES)) {
        if (!bundle.getMessage(fallback)?.value) missing.push(`${lang}: ${fallback}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives each code its own sentence, never the id or a placeholder left unfilled', () => {
    const args = {
      date: '2026-03-03T00:00:00Z',
      email: 'ana@example.org',
      url: 'https://example.org/ctx',
      type: 'BitstringStatusListEntry',
      container: 'png',
      form: 'ob3',
      suite: 'eddsa-rdfc-2022',
      controller: 'did:key:z6Mk',
      verificationMethod: 'did:key:z6Mk#z6Mk',
    };
    for (const lang of LANGUAGES) {
      setLanguage(lang);
      for (const code of CODES) {
        const text = checkText(check(code, 'failed', args));
        expect(text, `${lang} ${code}`).not.toMatch(/badges-check|\{|\}/);
        expect(text.length, `${lang} ${code}`).toBeGreaterThan(10);
      }
    }
  });

  it('says what was found, the way a person reads it', () => {
    expect(checkText(check('proof-valid', 'passed', { suite: 'x', controller: 'y', verificationMethod: 'z' }))).toBe(
      'Signature valid — signed with the issuer’s key',
    );
    expect(checkText(check('status-needs-network', 'skipped', { type: 'BitstringStatusListEntry' }))).toBe(
      'Could not check whether the issuer revoked it: that needs the internet, or the issuer’s status list imported as a file',
    );
    expect(checkText(check('proof-invalid-signature', 'failed'))).toMatch(/^This file has been changed since it was signed/);
    expect(checkText(check('recipient-matched', 'passed', { email: 'ana@example.org' }))).toBe(
      'Issued to you (ana@example.org)',
    );
    expect(checkText(check('format-recognised', 'passed', { container: 'png', form: 'ob3' }))).toBe(
      'Recognised an Open Badge 3.0 baked into a PNG image',
    );
    expect(checkText(check('format-recognised', 'passed', { container: 'json', form: 'ob2-signed' }))).toBe(
      'Recognised a signed Open Badge 2.0 in a JSON file',
    );
  });

  it('writes dates in the interface language, not as RFC 3339', () => {
    const expired = check('expired', 'failed', { date: '2026-03-03T00:00:00Z' }, 'valid-until');
    expect(checkText(expired)).toBe('Expired on 3 March 2026 — the badge was valid when it was issued');
    setLanguage('fr');
    expect(checkText(expired)).toBe('Expiré le 3 mars 2026 — le badge était valable lorsqu’il a été délivré');
    setLanguage('nl');
    expect(checkText(expired)).toBe('Verlopen op 3 maart 2026 — de badge was geldig toen hij werd uitgereikt');
    expect(checkText(check('date-malformed', 'failed', { date: 'yesterday' }))).toBe(
      'Een datum in de badge is onleesbaar (yesterday)',
    );
  });

  it('falls back to a sentence per outcome for a code it does not know, keeping the code', () => {
    expect(checkText(check('quantum-flux', 'passed'))).toBe('A check passed (quantum-flux)');
    expect(checkText(check('quantum-flux', 'failed'))).toBe('A check failed (quantum-flux)');
    expect(checkText(check('quantum-flux', 'skipped'))).toBe('A check could not be made (quantum-flux)');
    expect(checkText(check('quantum-flux', 'exploded'))).toBe('A check failed (quantum-flux)');
    setLanguage('fr');
    expect(checkText(check('quantum-flux', 'skipped'))).toBe('Une vérification n’a pas pu être faite (quantum-flux)');
  });
});

describe('order of the checklist', () => {
  it('follows the verification algorithm, unknown checks last', () => {
    const checks = [
      check('no-expiry', 'passed', {}, 'valid-until'),
      check('x', 'passed', {}, 'something-new'),
      check('proof-valid', 'passed', {}, 'proof'),
      check('format-recognised', 'passed', {}, 'format'),
      check('status-none', 'passed', {}, 'status'),
    ];
    expect(inAlgorithmOrder(checks).map((c) => c.id)).toEqual([
      'format',
      'proof',
      'status',
      'valid-until',
      'something-new',
    ]);
  });

  it('gives the failed checks of a report as the reasons for a refusal', () => {
    const checks = [
      check('png-crc', 'failed', {}, 'format'),
      check('status-offline', 'skipped', {}, 'status'),
      check('context-known', 'passed', {}, 'context'),
    ];
    expect(failedChecks(checks).map((c) => c.code)).toEqual(['png-crc']);
  });
});

describe('status chips', () => {
  it('names each status in words, unknown ones as needing attention', () => {
    expect(t(STATUSES[statusOf('verified')].label)).toBe('Verified');
    expect(t(STATUSES[statusOf('warning')].label)).toBe('Needs attention');
    expect(t(STATUSES[statusOf('failed')].label)).toBe('Not valid');
    expect(t(STATUSES[statusOf('mystery')].label)).toBe('Needs attention');
    setLanguage('fr');
    expect(t(STATUSES.failed.label)).toBe('Non valable');
    setLanguage('nl');
    expect(t(STATUSES.verified.label)).toBe('Gecontroleerd');
  });

  it('draws a different icon for each status', () => {
    const icons = Object.values(STATUSES).map((s) => s.icon);
    expect(new Set(icons).size).toBe(3);
  });
});

describe('advisory checks', () => {
  it('shows a failed date or recipient check as needing attention, other failures as failed', () => {
    expect(displayOf({ id: 'valid-until', outcome: 'failed' })).toBe('attention');
    expect(displayOf({ id: 'recipient', outcome: 'failed' })).toBe('attention');
    expect(displayOf({ id: 'proof', outcome: 'failed' })).toBe('failed');
    expect(displayOf({ id: 'valid-until', outcome: 'passed' })).toBe('passed');
    expect(displayOf({ id: 'status', outcome: 'skipped' })).toBe('skipped');
  });
});
