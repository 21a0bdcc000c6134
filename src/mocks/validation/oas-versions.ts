/**
 * major.minor of a version as hashicorp/go-version reads it ("3", "v3.0.3", "3.0.3-rc1"), or undefined
 * when it is malformed: apidef/oas/validator.go getMinorVersion.
 */
export function minorVersion(version: string): string | undefined {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.\d+)*(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.exec(version.trim());
  if (!match) return undefined;
  return `${Number(match[1])}.${Number(match[2] ?? 0)}`;
}
