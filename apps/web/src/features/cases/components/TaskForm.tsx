import { Alert, Button, Col, DatePicker, Form, Grid, Input, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { Priority, TaskMode } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { useSession } from '../../auth/session-context.js';
import { openCaseMutation } from '../case.operations.js';
import { useCaseChoices, useDepartmentStaff } from '../hooks/use-case-choices.js';
import type { Opened } from './CaseIntakeForm.js';
import { PRIORITIES } from './CaseIntakeForm.js';

interface Values {
  mode: TaskMode;
  departmentKey?: string;
  assigneeId?: string;
  title: string;
  description: string;
  dueAt: Dayjs;
  priority: Priority;
  reporterName?: string;
}

const FIELDS = ['assigneeId', 'title', 'description', 'dueAt', 'priority', 'reporterName'] as const;

/**
 * Give a task (交办, R13): to a person, with a due time (按时). Someone who may not give tasks
 * may still record an oral instruction given to them (SL-2: 书面、口头), so it is tracked.
 */
export function TaskForm({ onDone, onCancel }: { onDone(c: Opened): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const phone = !Grid.useBreakpoint().md;
  const { can, viewer } = useSession();
  const mayGive = can('task.create');
  const choices = useCaseChoices();
  const mode = Form.useWatch('mode', form) ?? (mayGive ? 'WRITTEN' : 'ORAL');
  const departmentKey = Form.useWatch('departmentKey', form);
  const { people, fetching: loadingPeople } = useDepartmentStaff(mayGive ? departmentKey : null);
  const [{ fetching }, open] = useMutation(openCaseMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const forMyself = !mayGive;

  const submit = async (v: Values) => {
    setProblem(null);
    const result = await open({
      input: {
        kind: 'TASK',
        channel: 'OTHER',
        title: v.title.trim(),
        description: v.description.trim(),
        assigneeId: forMyself ? (viewer?.staff.id ?? null) : (v.assigneeId ?? null),
        dueAt: v.dueAt.toISOString(),
        priority: v.priority,
        reporterName: v.reporterName?.trim() || null,
        task: { mode: forMyself ? 'ORAL' : v.mode },
      },
    });
    const outcome = outcomeOf(form, FIELDS, t, result, result.data?.openCase);
    const opened = result.data?.openCase.case;
    if (!outcome.ok || !opened) return setProblem(outcome.problem ?? (outcome.ok ? null : t('cases.fixFields')));
    onDone({ id: opened.id, reference: opened.reference });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      size={phone ? 'large' : 'middle'}
      data-testid="task-form"
      initialValues={{
        mode: mayGive ? 'WRITTEN' : 'ORAL',
        priority: 'NORMAL',
        departmentKey: viewer?.staff.department?.key,
        dueAt: dayjs().add(1, 'day').hour(17).minute(0).second(0),
      }}
      onFinish={submit}
      scrollToFirstError
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      {forMyself ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('cases.task.oralForMe')} />
      ) : (
        <Form.Item name="mode" label={t('cases.task.mode')}>
          <Radio.Group
            optionType="button"
            options={(['WRITTEN', 'ORAL'] as const).map((m) => ({ value: m, label: t(`cases.task.modes.${m}`) }))}
          />
        </Form.Item>
      )}
      {!forMyself && (
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name="departmentKey" label={t('cases.fields.department')}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={choices.departments}
                onChange={() => form.setFieldValue('assigneeId', undefined)}
                data-testid="task-department"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item
              name="assigneeId"
              label={t('cases.task.assignee')}
              rules={[{ required: true, message: t('cases.personRequired') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={loadingPeople}
                disabled={!departmentKey}
                options={people}
                placeholder={t('cases.choosePerson')}
                data-testid="task-assignee"
              />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Form.Item
        name="title"
        label={t('cases.task.what')}
        rules={[{ required: true, whitespace: true, message: t('cases.titleRequired') }]}
      >
        <Input maxLength={100} data-testid="task-title" />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('cases.task.details')}
        rules={[{ required: true, whitespace: true, message: t('cases.descriptionRequired') }]}
      >
        <Input.TextArea rows={phone ? 4 : 3} maxLength={2000} showCount data-testid="task-description" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item name="dueAt" label={t('cases.task.due')} rules={[{ required: true }]}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              disabledDate={(day) => day.isBefore(dayjs(), 'day')}
              style={{ width: '100%' }}
              data-testid="task-due"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="priority" label={t('cases.fields.priority')}>
            <Select options={PRIORITIES.map((p) => ({ value: p, label: t(`cases.priority.${p}`) }))} />
          </Form.Item>
        </Col>
        {(forMyself || mode === 'ORAL') && (
          <Col xs={24} md={8}>
            <Form.Item name="reporterName" label={t('cases.task.givenBy')}>
              <Input maxLength={50} placeholder={t('cases.task.givenByPlaceholder')} />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Typography.Paragraph type="secondary">{t('cases.task.flow')}</Typography.Paragraph>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" loading={fetching} data-testid="task-submit">
          {forMyself ? t('cases.task.record') : t('cases.task.give')}
        </Button>
        <Button style={{ marginInlineStart: 8 }} onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Form.Item>
    </Form>
  );
}
