/** Bytes ↔ base64, the form bytes take across the host contract (JSON-safe in both hosts). */
export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  // Chunked: String.fromCharCode(...bigArray) overflows the call stack on large files.
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function base64ToBytes(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
