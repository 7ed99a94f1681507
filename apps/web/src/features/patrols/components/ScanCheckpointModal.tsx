import { Alert, Button, Flex, Input, Modal, Segmented, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { checkpointByCodeQuery } from '../../places/places.operations.js';
import { patrolCheckpointsQuery } from '../patrol.operations.js';
import { codeFromScan } from '../patrol-errors.js';
import { CameraScanner, canScanWithCamera } from './CameraScanner.js';
import { type CheckpointSummary, type RecordedScan, ScanConfirm } from './ScanConfirm.js';

type Mode = 'camera' | 'list' | 'code';
type Chosen = { checkpoint: CheckpointSummary; target: { code: string } | { checkpointId: string } };

/**
 * Scan a checkpoint on patrol: read its card with the camera where the browser can, else pick it
 * from the site's list or type the code printed on the card; then say what was seen and record it.
 */
export function ScanCheckpointModal({
  open,
  siteCode,
  onClose,
  onRecorded,
}: {
  open: boolean;
  siteCode: string;
  onClose(): void;
  onRecorded(scan: RecordedScan): void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const camera = canScanWithCamera();
  const [mode, setMode] = useState<Mode>(camera ? 'camera' : 'list');
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ data }] = useQuery({ query: patrolCheckpointsQuery, variables: { siteCode }, pause: !open });

  const options = useMemo(
    () =>
      (data?.areas ?? [])
        .filter((a) => a.checkpoints.length)
        .map((a) => ({
          label: a.name,
          title: a.name,
          options: a.checkpoints.map((c) => ({ value: c.id, label: `${c.name} · ${a.name}` })),
        })),
    [data],
  );

  const byCode = async (raw: string) => {
    setProblem(null);
    const code = codeFromScan(raw);
    const result = await client.query(checkpointByCodeQuery, { code }, { requestPolicy: 'network-only' }).toPromise();
    const found = result.data?.checkpointByCode;
    if (!found) return setProblem(t('patrols.scanError.NOT_FOUND'));
    setChosen({ checkpoint: found, target: { code } });
  };

  const pick = (id: string) => {
    const area = data?.areas.find((a) => a.checkpoints.some((c) => c.id === id));
    const checkpoint = area?.checkpoints.find((c) => c.id === id);
    if (area && checkpoint) setChosen({ checkpoint: { ...checkpoint, area }, target: { checkpointId: id } });
  };

  const close = () => {
    setChosen(null);
    setTyped('');
    setProblem(null);
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('patrols.scanTitle')}
      onCancel={close}
      footer={null}
      destroyOnHidden
      data-testid="scan-modal"
    >
      {chosen ? (
        <Flex vertical gap={12}>
          <ScanConfirm
            checkpoint={chosen.checkpoint}
            target={chosen.target}
            onRecorded={(scan) => {
              onRecorded(scan);
              close();
            }}
          />
          <Button type="link" onClick={() => setChosen(null)} style={{ alignSelf: 'center' }}>
            {t('common.cancel')}
          </Button>
        </Flex>
      ) : (
        <Flex vertical gap={16}>
          <Segmented<Mode>
            block
            value={mode}
            onChange={(m) => {
              setProblem(null);
              setMode(m);
            }}
            options={[
              ...(camera ? [{ value: 'camera' as const, label: t('patrols.scanModes.camera') }] : []),
              { value: 'list', label: t('patrols.scanModes.list') },
              { value: 'code', label: t('patrols.scanModes.code') },
            ]}
            data-testid="scan-mode"
          />
          {!camera && <Alert type="info" showIcon title={t('patrols.cameraUnavailable')} />}
          {mode === 'camera' && camera && <CameraScanner onCode={byCode} />}
          {mode === 'list' && (
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              size="large"
              placeholder={t('patrols.chooseCheckpoint')}
              options={options}
              onChange={pick}
              aria-label={t('patrols.chooseCheckpoint')}
              data-testid="scan-pick"
            />
          )}
          {mode === 'code' && (
            <Flex gap={8}>
              <Input
                size="large"
                value={typed}
                maxLength={64}
                onChange={(e) => setTyped(e.target.value)}
                onPressEnter={() => typed.trim() && byCode(typed)}
                placeholder={t('patrols.codePlaceholder')}
                aria-label={t('patrols.codeLabel')}
                style={{ textTransform: 'uppercase' }}
                data-testid="scan-code"
              />
              <Button size="large" onClick={() => typed.trim() && byCode(typed)} data-testid="scan-find">
                {t('patrols.find')}
              </Button>
            </Flex>
          )}
          {problem && <Alert type="error" showIcon title={problem} data-testid="scan-problem" />}
        </Flex>
      )}
    </Modal>
  );
}
