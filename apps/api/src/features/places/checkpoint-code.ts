import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import { CHECKPOINT_LIMITS } from './checkpoint.entity.js';

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed from a card is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A fresh checkpoint code: 12 characters, 60 random bits. */
export function newCheckpointCode(): string {
  const bytes = randomBytes(CHECKPOINT_LIMITS.code);
  let code = '';
  for (const b of bytes) code += ALPHABET[b & 31];
  return code;
}

/**
 * A code as someone typed or scanned it, made canonical: case, spaces and dashes do not matter,
 * and the letters Crockford's alphabet leaves out are read as the digits they look like. Null
 * when it cannot be a code.
 */
export function normaliseCheckpointCode(input: string): string | null {
  const code = input.trim().toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== CHECKPOINT_LIMITS.code) return null;
  for (const ch of code) if (!ALPHABET.includes(ch)) return null;
  return code;
}

/** `K7QF-M2XD-9PAW`: how a code is printed under its QR. */
export function formatCheckpointCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1-');
}

/**
 * What a checkpoint's QR holds: the address of Steward's scan page for it, so a phone's own camera
 * app opens Steward there. `origin` is the address the request came to (the SPA is served from it).
 */
export function scanUrlOf(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}/scan/${code}`;
}

/** The origin a request came to, from its protocol and Host (Express honours TRUST_PROXY for both). */
export function originOf(protocol: string, host: string | undefined): string | null {
  if (!host || !/^[A-Za-z0-9.\-[\]:]{1,255}$/.test(host)) return null;
  return `${protocol === 'https' ? 'https' : 'http'}://${host}`;
}

export function qrSvg(content: string): Promise<string> {
  return QRCode.toString(content, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
}

export function qrPng(content: string): Promise<Buffer> {
  return QRCode.toBuffer(content, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 480 });
}
