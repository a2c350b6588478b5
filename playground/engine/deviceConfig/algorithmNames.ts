/**
 * How each vendor spells the tunnel option values (R68–R73, plus the weak values devices may
 * still offer: 3DES, DES, MD5, DH groups 1/5). Tables map the EC2 API value to the vendor
 * token; `fromVendor` reverses them for the parsers.
 */
const MODP: Record<number, string> = {
  1: 'modp768', 2: 'modp1024', 5: 'modp1536', 14: 'modp2048', 15: 'modp3072', 16: 'modp4096', 17: 'modp6144',
  18: 'modp8192', 19: 'ecp256', 20: 'ecp384', 21: 'ecp521', 22: 'modp1024s160', 23: 'modp2048s224', 24: 'modp2048s256',
};

export const strongswanNames = {
  encryption: { AES128: 'aes128', AES256: 'aes256', 'AES128-GCM-16': 'aes128gcm16', 'AES256-GCM-16': 'aes256gcm16', '3DES': '3des', DES: 'des' },
  integrity: { SHA1: 'sha1', 'SHA2-256': 'sha256', 'SHA2-384': 'sha384', 'SHA2-512': 'sha512', MD5: 'md5' },
  dh: MODP,
} as const;

export const ciscoIosNames = {
  isakmpEncryption: { AES128: 'aes', AES256: 'aes 256', '3DES': '3des', DES: 'des' },
  isakmpHash: { SHA1: 'sha', 'SHA2-256': 'sha256', 'SHA2-384': 'sha384', 'SHA2-512': 'sha512', MD5: 'md5' },
  ikev2Encryption: { AES128: 'aes-cbc-128', AES256: 'aes-cbc-256', 'AES128-GCM-16': 'aes-gcm-128', 'AES256-GCM-16': 'aes-gcm-256', '3DES': '3des', DES: 'des' },
  ikev2Integrity: { SHA1: 'sha1', 'SHA2-256': 'sha256', 'SHA2-384': 'sha384', 'SHA2-512': 'sha512', MD5: 'md5' },
  espEncryption: { AES128: 'esp-aes', AES256: 'esp-aes 256', 'AES128-GCM-16': 'esp-gcm 128', 'AES256-GCM-16': 'esp-gcm 256', '3DES': 'esp-3des', DES: 'esp-des' },
  espIntegrity: { SHA1: 'esp-sha-hmac', 'SHA2-256': 'esp-sha256-hmac', 'SHA2-384': 'esp-sha384-hmac', 'SHA2-512': 'esp-sha512-hmac', MD5: 'esp-md5-hmac' },
} as const;

export const fortinetNames = {
  encryption: { AES128: 'aes128', AES256: 'aes256', 'AES128-GCM-16': 'aes128gcm', 'AES256-GCM-16': 'aes256gcm', '3DES': '3des', DES: 'des' },
  integrity: { SHA1: 'sha1', 'SHA2-256': 'sha256', 'SHA2-384': 'sha384', 'SHA2-512': 'sha512', MD5: 'md5' },
} as const;

export const juniperNames = {
  encryption: { AES128: 'aes-128-cbc', AES256: 'aes-256-cbc', 'AES128-GCM-16': 'aes-128-gcm', 'AES256-GCM-16': 'aes-256-gcm', '3DES': '3des-cbc', DES: 'des-cbc' },
  ikeAuth: { SHA1: 'sha1', 'SHA2-256': 'sha-256', 'SHA2-384': 'sha-384', 'SHA2-512': 'sha-512', MD5: 'md5' },
  ipsecAuth: { SHA1: 'hmac-sha1-96', 'SHA2-256': 'hmac-sha-256-128', 'SHA2-384': 'hmac-sha-384', 'SHA2-512': 'hmac-sha-512', MD5: 'hmac-md5-96' },
} as const;

export const paloAltoNames = {
  encryption: { AES128: 'aes-128-cbc', AES256: 'aes-256-cbc', 'AES128-GCM-16': 'aes-128-gcm', 'AES256-GCM-16': 'aes-256-gcm', '3DES': '3des', DES: 'des' },
  hash: { SHA1: 'sha1', 'SHA2-256': 'sha256', 'SHA2-384': 'sha384', 'SHA2-512': 'sha512', MD5: 'md5' },
} as const;

export const mikrotikNames = {
  profileEncryption: { AES128: 'aes-128', AES256: 'aes-256', '3DES': '3des', DES: 'des' },
  proposalEncryption: { AES128: 'aes-128-cbc', AES256: 'aes-256-cbc', 'AES128-GCM-16': 'aes-128-gcm', 'AES256-GCM-16': 'aes-256-gcm', '3DES': '3des', DES: 'des' },
  hash: { SHA1: 'sha1', 'SHA2-256': 'sha256', 'SHA2-384': 'sha384', 'SHA2-512': 'sha512', MD5: 'md5' },
  dh: MODP,
} as const;

/** Vendor token for an API value; an unknown value is passed through in lower case. */
export function toVendor(table: Readonly<Record<string | number, string>>, value: string | number): string {
  return table[value] ?? String(value).toLowerCase();
}

/** API value for a vendor token (case-insensitive); undefined when the token is unknown. */
export function fromVendor(table: Readonly<Record<string | number, string>>, token: string): string | undefined {
  const t = token.toLowerCase();
  return Object.keys(table).find((k) => table[k]?.toLowerCase() === t);
}

export function dhFromVendor(table: Readonly<Record<number, string>>, token: string): number | undefined {
  const k = fromVendor(table, token);
  return k === undefined ? undefined : Number(k);
}
