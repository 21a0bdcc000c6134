/** Kubernetes object names (RFC 1123 label): lowercase letters, digits and '-', 63 at most, alphanumeric at both ends. */
export const K8S_NAME_MAX = 63;

export function isK8sName(value: string): boolean {
  return value.length <= K8S_NAME_MAX && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(value);
}

/** A valid Kubernetes name made from any text (an API name): "Orders API v2" → "orders-api-v2". */
export function toK8sName(text: string, fallback = 'api'): string {
  const name = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, K8S_NAME_MAX)
    .replace(/^-+|-+$/g, '');
  return name || fallback;
}

/** `name` with a suffix, shortened first so that the whole stays a valid name. */
export function withSuffix(name: string, suffix: string): string {
  const head = name.slice(0, K8S_NAME_MAX - suffix.length).replace(/-+$/g, '');
  return `${head}${suffix}`;
}
