import { Alert, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

function detectorClass(): BarcodeDetectorClass | null {
  const found = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  return found && typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function'
    ? found
    : null;
}

/** Whether this browser can read a QR code from the camera itself (the BarcodeDetector API). */
export function canScanWithCamera(): boolean {
  return detectorClass() !== null;
}

/**
 * The device's back camera with a QR reader: calls `onCode` with the first code it reads, then
 * stops. Browsers without the BarcodeDetector API never show this (see `canScanWithCamera`).
 */
export function CameraScanner({ onCode }: { onCode(raw: string): void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const latest = useRef(onCode);
  latest.current = onCode;

  useEffect(() => {
    const Detector = detectorClass();
    if (!Detector) return;
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    (async () => {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      const el = video.current;
      if (stopped || !el) return;
      el.srcObject = stream;
      await el.play();
      const detector = new Detector({ formats: ['qr_code'] });
      const tick = async () => {
        if (stopped) return;
        const found = await detector.detect(el).catch(() => []);
        const raw = found[0]?.rawValue;
        if (raw) {
          stopped = true;
          latest.current(raw);
          return;
        }
        timer = setTimeout(tick, 250);
      };
      void tick();
    })().catch((err: unknown) => setProblem(err instanceof Error ? err.message : String(err)));
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  if (problem) return <Alert type="warning" showIcon title={t('patrols.cameraFailed', { reason: problem })} />;
  return (
    <div>
      <video
        ref={video}
        muted
        playsInline
        style={{ width: '100%', maxHeight: 360, background: '#000', borderRadius: 8, objectFit: 'cover' }}
        data-testid="scan-camera"
      />
      <Typography.Text type="secondary">{t('patrols.cameraHint')}</Typography.Text>
    </div>
  );
}
