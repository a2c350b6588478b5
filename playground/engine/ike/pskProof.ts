/** Stand-in for the AUTH / HASH_I payload: a digest of the PSK, so traces never show the key itself (R81). */
export function pskProof(psk: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < psk.length; i++) h = Math.imul(h ^ psk.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
