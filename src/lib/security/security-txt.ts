/**
 * /.well-known/security.txt (RFC 9116): where to report a security problem. The municipality
 * that deploys the site sets SECURITY_CONTACT (src/lib/build-options.ts).
 */

/** RFC 9116 asks for an Expires less than a year ahead; a build renews it. */
const VALID_DAYS = 360;

export function securityTxt(contact: string, built: Date, canonical: string): string {
  const expires = new Date(built.getTime() + VALID_DAYS * 86_400_000);
  return [
    `Contact: ${contact}`,
    `Expires: ${expires.toISOString().replace(/\.\d+Z$/, 'Z')}`,
    'Preferred-Languages: nl, en',
    `Canonical: ${canonical}`,
    '',
  ].join('\n');
}
