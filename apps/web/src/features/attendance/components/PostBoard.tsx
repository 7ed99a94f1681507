import { App, Card, Col, Flex, Row, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ShiftPost } from '../../../gql/graphql.js';
import { assignShiftPostsMutation } from '../attendance.operations.js';
import { SHIFT_POSTS } from '../attendance-format.js';
import { useStepProblem } from '../hooks/use-step-problem.js';
import type { Member } from './RollCallPanel.js';

/**
 * The post board (SL-9 分配当值岗位): who stands where, one tile per post, and a choice of post for
 * everyone who can be posted (not on leave, not absent).
 */
export function PostBoard({
  shiftId,
  members,
  mayLead,
  compact,
  onChanged,
}: {
  shiftId: string;
  members: readonly Member[];
  mayLead: boolean;
  compact: boolean;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problemOf = useStepProblem();
  const [{ fetching }, assign] = useMutation(assignShiftPostsMutation);
  const postable = members.filter((m) => !m.onLeave && m.rollCall !== 'ABSENT');

  const move = async (memberId: string, post: ShiftPost | null) => {
    const res = await assign({ input: { shiftId, assignments: [{ memberId, post }] } });
    const problem = problemOf(res, res.data?.assignShiftPosts);
    if (problem) return void message.error(problem);
    onChanged();
  };

  return (
    <Card size={compact ? 'small' : 'default'} title={t('attendance.posts.title')} data-testid="post-board">
      <Row gutter={[8, 8]}>
        {SHIFT_POSTS.map((post) => {
          const here = members.filter((m) => m.post === post);
          return (
            <Col key={post} xs={12} sm={8}>
              <div
                data-testid="post-tile"
                data-post={post}
                style={{
                  border: '1px solid #f0f0f0',
                  borderRadius: 8,
                  padding: '8px 10px',
                  minHeight: 64,
                  background: here.length ? '#f6ffed' : '#fafafa',
                }}
              >
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`shifts.post.${post}`)}
                </Typography.Text>
                <Flex gap={4} wrap style={{ marginTop: 4 }}>
                  {here.length ? (
                    here.map((m) => (
                      <Tag key={m.id} color="green" style={{ marginInlineEnd: 0 }}>
                        {m.staff.name}
                      </Tag>
                    ))
                  ) : (
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {t('attendance.posts.nobody')}
                    </Typography.Text>
                  )}
                </Flex>
              </div>
            </Col>
          );
        })}
      </Row>
      {mayLead && postable.length > 0 && (
        <Flex vertical gap={8} style={{ marginTop: 16 }}>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('attendance.posts.hint')}
          </Typography.Text>
          {postable.map((m) => (
            <Flex key={m.id} align="center" justify="space-between" gap={8}>
              <Typography.Text style={{ minWidth: 0 }} ellipsis>
                {m.staff.name}
                {m.role === 'LEADER' ? ` · ${t('shifts.role.LEADER')}` : ''}
              </Typography.Text>
              <Select<ShiftPost | 'NONE'>
                size={compact ? 'large' : 'middle'}
                style={{ width: compact ? 150 : 170 }}
                value={m.post ?? 'NONE'}
                disabled={fetching}
                onChange={(v) => void move(m.id, v === 'NONE' ? null : v)}
                options={[
                  { value: 'NONE', label: t('attendance.posts.unassigned') },
                  ...SHIFT_POSTS.map((p) => ({ value: p, label: t(`shifts.post.${p}`) })),
                ]}
                aria-label={`${t('attendance.posts.choose')}: ${m.staff.name}`}
                data-testid={`post-select-${m.staff.employeeNo}`}
              />
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
