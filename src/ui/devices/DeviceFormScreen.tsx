// /devices/new and /devices/:id: add or edit one of the owner's devices.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { newDevice } from '../../data/devices';
import { useDevice } from '../hooks/data';
import { useMessages } from '../i18n/core';
import { deviceMessages } from '../i18n/devices';
import type { ScreenProps } from '../router';
import { Link } from '../router';
import { DeviceForm } from './DeviceForm';
import { paths } from '../addresses';

export function DeviceFormScreen({ params }: ScreenProps): JSX.Element {
  const t = useMessages(deviceMessages);
  // /devices/new has no id: a fresh record, stored only when the user saves it.
  const [fresh] = useState(newDevice);
  const id = params.id;
  const stored = useDevice(id);
  const isNew = id === undefined;
  const title = isNew ? t.newTitle : t.editTitle;

  let body: JSX.Element;
  if (isNew) body = <DeviceForm device={fresh} isNew />;
  else if (!stored.loaded)
    body = (
      <p class="loading" role="status">
        {t.loading}
      </p>
    );
  else if (stored.data === undefined) {
    body = (
      <div class="notice notice-warning">
        <p>{t.notFound}</p>
        <p>
          <Link href={paths.devices()}>{t.backToList}</Link>
        </p>
      </div>
    );
  } else body = <DeviceForm key={stored.data.id} device={stored.data} isNew={false} />;

  return (
    <section aria-labelledby="device-form-title">
      <h1 id="device-form-title">{title}</h1>
      {body}
    </section>
  );
}
