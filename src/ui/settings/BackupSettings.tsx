// Settings → back up and restore: "Export data" downloads the backup file, "Import data" merges one in.
import type { JSX, TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { exportBackup, importBackup, type ImportResult } from '../../data/backup';
import { appOutbox } from '../../sync/appOutbox';
import { backupMessages } from '../i18n/backup';
import { useMessages } from '../i18n/core';
import { markBackupReminded } from './backupReminder';

type Note = { text: string; error: boolean };

/** Hands the file to the browser's download (the anchor's download attribute names it). */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once click() returns; the next task may free ours.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function BackupSettings({ kiosk }: { kiosk: boolean }): JSX.Element {
  const t = useMessages(backupMessages);
  const [note, setNote] = useState<Note | null>(null);

  const title = <h2 id="settings-backup-title">{t.title}</h2>;
  if (kiosk)
    return (
      <>
        {title}
        <p>{t.kioskOff}</p>
      </>
    );

  const onExport = async (): Promise<void> => {
    try {
      const { fileName, text } = await exportBackup();
      download(fileName, text);
      markBackupReminded();
      setNote({ text: t.exported(fileName), error: false });
    } catch (error) {
      console.warn('Export failed', error);
      setNote({ text: t.exportFailed, error: true });
    }
  };

  const onImport = async (event: TargetedEvent<HTMLInputElement>): Promise<void> => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setNote({ text: t.importing, error: false });
    let result: ImportResult;
    try {
      result = await importBackup(await file.text());
    } catch {
      result = { ok: false, reason: 'not-backup' };
    }
    // The same file may be chosen again.
    input.value = '';
    if (!result.ok) {
      const words = { 'not-backup': t.notBackup, damaged: t.damaged, 'newer-version': t.newerVersion, storage: t.storage };
      setNote({ text: words[result.reason], error: true });
      return;
    }
    setNote({ text: t.imported(result.added, result.updated, result.unchanged), error: false });
    // Imported tickets still on their way go back into this device's queue (the intake files each id once).
    void appOutbox.syncNow().catch(() => undefined);
  };

  return (
    <>
      {title}
      <p>{t.intro}</p>
      <div class="actions">
        <button type="button" onClick={() => void onExport()}>
          {t.export}
        </button>
      </div>
      <div class="field">
        <label for="backup-import">{t.import}</label>
        <input
          id="backup-import"
          type="file"
          accept="application/json,.json"
          aria-describedby="backup-import-hint"
          onChange={(event) => void onImport(event)}
        />
        <p id="backup-import-hint" class="field-hint">
          {t.importHint}
        </p>
      </div>
      <div role="status">{note ? <p class={note.error ? 'field-error' : undefined}>{note.text}</p> : null}</div>
    </>
  );
}
