// The camera as a barcode source: started while wanted and allowed, read a few times a second, always stopped on close.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScannedBarcode } from '../../domain/scannedImeis';

export type CameraState = 'off' | 'starting' | 'on' | 'unavailable';

/** 300 ms between reads: quick enough to feel live, slow enough for the WebAssembly reader on a cheap phone. */
const FRAME_MS = 300;

async function cameraDenied(): Promise<boolean> {
  try {
    const status = await navigator.permissions?.query({ name: 'camera' as PermissionName });
    return status?.state === 'denied';
  } catch {
    // Firefox and Safari may not know the 'camera' permission name: just ask.
    return false;
  }
}

/**
 * Streams the back camera into `video` while `wanted`, and hands each frame's barcodes to
 * `onFrame`, which returns true when it has what it needs (reading stops then). The tracks are
 * stopped when `wanted` turns false or the component unmounts, so the camera light goes out.
 */
export function useCamera(
  video: RefObject<HTMLVideoElement | null>,
  wanted: boolean,
  onFrame: (barcodes: ScannedBarcode[]) => boolean,
): CameraState {
  const [state, setState] = useState<CameraState>('starting');
  const onFrameRef = useRef(onFrame);
  useEffect(() => {
    onFrameRef.current = onFrame;
  }, [onFrame]);

  useEffect(() => {
    if (!wanted) return;
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stopTracks = (): void => stream?.getTracks().forEach((track) => track.stop());

    const start = async (): Promise<void> => {
      const media = globalThis.navigator?.mediaDevices;
      if (!media?.getUserMedia || (await cameraDenied())) {
        if (!stopped) setState('unavailable');
        return;
      }
      try {
        stream = await media.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      } catch {
        if (!stopped) setState('unavailable');
        return;
      }
      const element = video.current;
      if (stopped || !element) {
        stopTracks();
        return;
      }
      element.srcObject = stream;
      await element.play().catch(() => undefined);
      setState('on');
      const { readBarcodes } = await import('./barcodeReader');
      const read = async (): Promise<void> => {
        if (stopped) return;
        try {
          // 2: HAVE_CURRENT_DATA, a frame to read.
          if (element.readyState >= 2 && onFrameRef.current(await readBarcodes(element))) return;
        } catch {
          // A frame the reader could not take; the next one may do.
        }
        if (!stopped) timer = setTimeout(() => void read(), FRAME_MS);
      };
      void read();
    };

    void start();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stopTracks();
    };
  }, [wanted, video]);

  return wanted ? state : 'off';
}
