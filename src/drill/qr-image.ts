/**
 * Reads a QR code from an image file entirely in this page: the file is drawn on a canvas that
 * is never attached to the document, its pixels go to @paulmillr/qr, and the pixel copy is
 * zero-filled afterwards, so no preview or object URL of the secret ever exists.
 */
export type QrReadResult = { ok: true; text: string } | { ok: false; error: 'not-image' | 'not-found' };

/** Photos are downscaled to this longer side: enough for a QR code, and decoding stays quick. */
const MAX_SIDE = 2000;

export async function readQrFile(file: Blob): Promise<QrReadResult> {
  // Loaded on first use: most people type the secret, and the decoder is a third of the page's code.
  const { default: decodeQR } = await import('@paulmillr/qr/decode.js');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, error: 'not-image' };
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) {
    bitmap.close();
    return { ok: false, error: 'not-image' };
  }
  // Transparent screenshots would read as black on black: put them on white first.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const image = ctx.getImageData(0, 0, width, height);
  ctx.clearRect(0, 0, width, height);
  try {
    return { ok: true, text: decodeQR({ width, height, data: image.data }) };
  } catch {
    return { ok: false, error: 'not-found' };
  } finally {
    image.data.fill(0);
  }
}
