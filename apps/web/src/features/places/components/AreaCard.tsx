import { EditOutlined, PlusOutlined, QrcodeOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Card, Dropdown, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { AreaFieldsFragment, CheckpointFieldsFragment } from '../../../gql/graphql.js';
import { featureOutcome } from '../place-errors.js';
import { AREA_KIND_COLOR } from '../place-format.js';
import { updateAreaMutation, updateCheckpointMutation } from '../places.operations.js';

/** "At least 2 per shift (default)", "At least 3 per shift", or "not patrolled". */
export function RequiredPatrols({
  area,
}: {
  area: Pick<AreaFieldsFragment, 'patrolled' | 'minPatrols' | 'requiredPatrols'>;
}) {
  const { t } = useTranslation();
  if (!area.patrolled) return <Tag>{t('places.notPatrolled')}</Tag>;
  return (
    <Typography.Text type="secondary">
      {area.minPatrols == null
        ? t('places.requiredDefault', { count: area.requiredPatrols })
        : t('places.required', { count: area.requiredPatrols })}
    </Typography.Text>
  );
}

/**
 * One area and its checkpoints: what a patroller walks. Whoever keeps the site's places edits
 * them here, adds checkpoints, renews a lost card's code, and deactivates what is no longer used.
 */
export function AreaCard({
  area,
  onEdit,
  onAddCheckpoint,
  onEditCheckpoint,
  onChanged,
}: {
  area: AreaFieldsFragment;
  onEdit(): void;
  onAddCheckpoint(): void;
  onEditCheckpoint(checkpoint: CheckpointFieldsFragment): void;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [, updateArea] = useMutation(updateAreaMutation);
  const [, updateCheckpoint] = useMutation(updateCheckpointMutation);
  const manage = area.viewerMayManage;

  const changeCheckpoint = async (
    checkpoint: CheckpointFieldsFragment,
    change: { active?: boolean; renewCode?: boolean },
    done: string,
  ) => {
    const result = await updateCheckpoint({ input: { checkpointId: checkpoint.id, ...change } });
    const outcome = featureOutcome('places.errors', null, [], t, result, result.data?.updateCheckpoint);
    if (outcome.ok) {
      void message.success(done);
      onChanged();
    } else void message.error(outcome.problem ?? t('errors.unknown'));
  };

  const toggleArea = async () => {
    const result = await updateArea({ input: { areaId: area.id, active: !area.active } });
    const outcome = featureOutcome('places.errors', null, [], t, result, result.data?.updateArea);
    if (outcome.ok) {
      void message.success(area.active ? t('places.deactivated') : t('places.activated'));
      onChanged();
    } else void message.error(outcome.problem ?? t('errors.unknown'));
  };

  return (
    <Card
      size="small"
      data-testid="area-card"
      data-area={area.nameZh}
      data-active={area.active}
      style={area.active ? undefined : { opacity: 0.7 }}
      title={
        <Flex align="center" gap={8} wrap style={{ padding: '6px 0' }}>
          <Tag color={AREA_KIND_COLOR[area.kind]} style={{ marginInlineEnd: 0 }}>
            {t(`places.kind.${area.kind}`)}
          </Tag>
          <Typography.Text strong style={{ whiteSpace: 'normal' }}>
            {area.name}
          </Typography.Text>
          {!area.active && <Tag color="default">{t('places.inactive')}</Tag>}
        </Flex>
      }
      extra={
        manage ? (
          <Flex gap={4}>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              onClick={onEdit}
              aria-label={t('places.editArea')}
              data-testid="area-edit"
            />
            <Button
              size="small"
              type="text"
              icon={area.active ? <StopOutlined /> : <UndoOutlined />}
              onClick={toggleArea}
              aria-label={area.active ? t('places.deactivate') : t('places.activate')}
              title={area.active ? t('places.deactivate') : t('places.activate')}
            />
          </Flex>
        ) : null
      }
    >
      <Flex vertical gap={6}>
        <RequiredPatrols area={area} />
        {area.note && <Typography.Text type="secondary">{area.note}</Typography.Text>}
        {area.checkpoints.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('places.noCheckpoints')} style={{ margin: 8 }} />
        ) : (
          <List
            size="small"
            dataSource={area.checkpoints}
            renderItem={(c) => (
              <List.Item
                data-testid="checkpoint-row"
                data-checkpoint={c.name}
                style={{ paddingInline: 0 }}
                actions={
                  manage
                    ? [
                        <Dropdown
                          key="more"
                          trigger={['click']}
                          menu={{
                            items: [
                              { key: 'edit', icon: <EditOutlined />, label: t('places.editCheckpoint') },
                              { key: 'renew', icon: <QrcodeOutlined />, label: t('places.renewCode') },
                              {
                                key: 'toggle',
                                icon: c.active ? <StopOutlined /> : <UndoOutlined />,
                                label: c.active ? t('places.deactivate') : t('places.activate'),
                              },
                            ],
                            onClick: ({ key }) => {
                              if (key === 'edit') onEditCheckpoint(c);
                              if (key === 'toggle')
                                void changeCheckpoint(
                                  c,
                                  { active: !c.active },
                                  c.active ? t('places.deactivated') : t('places.activated'),
                                );
                              if (key === 'renew')
                                modal.confirm({
                                  title: t('places.renewCode'),
                                  content: t('places.renewConfirm'),
                                  okText: t('places.renewCode'),
                                  cancelText: t('common.cancel'),
                                  onOk: () => changeCheckpoint(c, { renewCode: true }, t('places.renewed')),
                                });
                            },
                          }}
                        >
                          <Button
                            size="small"
                            type="text"
                            aria-label={t('common.edit')}
                            data-testid="checkpoint-actions"
                          >
                            ···
                          </Button>
                        </Dropdown>,
                      ]
                    : []
                }
              >
                <Flex vertical style={{ minWidth: 0 }}>
                  <Flex gap={6} align="center" wrap>
                    <Typography.Text>{c.name}</Typography.Text>
                    {!c.active && <Tag>{t('places.inactive')}</Tag>}
                  </Flex>
                  {(c.locationHint || c.code) && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[c.locationHint, c.code].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  )}
                </Flex>
              </List.Item>
            )}
          />
        )}
        {manage && area.active && (
          <Button
            size="small"
            type="dashed"
            icon={<PlusOutlined />}
            onClick={onAddCheckpoint}
            data-testid="checkpoint-add"
          >
            {t('places.addCheckpoint')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
