import { ApartmentOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Tooltip, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionDetailFragment } from '../../../gql/graphql.js';
import { DutyList } from './DutyList.js';
import { EditorNotes } from './EditorNotes.js';
import { StatusTag } from './StatusTag.js';

/** One post: its place in the reporting chain and its numbered duties. */
export function PositionCard({ position }: { position: PositionDetailFragment }) {
  const { t } = useTranslation();
  const chain = position.reportingChain;
  return (
    <Card
      size="small"
      data-testid="position"
      data-key={position.key}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{position.name}</span>
          <StatusTag status={position.status} />
          {position.departmentInferred && (
            <Tooltip title={t('rulebook.inferredHint')}>
              <Tag>{t('rulebook.inferred')}</Tag>
            </Tooltip>
          )}
        </Flex>
      }
      extra={
        position.duties.length > 0 && (
          <Typography.Text type="secondary">
            {t('rulebook.dutyCount', { count: position.duties.length })}
          </Typography.Text>
        )
      }
    >
      {chain.length > 1 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          <ApartmentOutlined /> {t('rulebook.reportingChain')}:{' '}
          {chain.map((p, i) => (
            <Fragment key={p.id}>
              {i > 0 && ' → '}
              {i === 0 ? <strong>{p.name}</strong> : p.name}
            </Fragment>
          ))}
        </Typography.Paragraph>
      )}
      <DutyList duties={position.duties} />
      <EditorNotes notes={position.notes} />
    </Card>
  );
}
