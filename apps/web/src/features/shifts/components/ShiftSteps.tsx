import { PlayCircleOutlined, SoundOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ShiftDetailFragment } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { startShiftBriefingMutation, startShiftDutyMutation } from '../shift.operations.js';

/** The leader's buttons for the first steps of the cycle: begin the pre-shift meeting, go on duty. */
export function ShiftSteps({ shift }: { shift: ShiftDetailFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [briefing, startBriefing] = useMutation(startShiftBriefingMutation);
  const [duty, startDuty] = useMutation(startShiftDutyMutation);
  if (!shift.viewerMayLead || (shift.status !== 'PLANNED' && shift.status !== 'BRIEFING')) return null;
  const input = { shiftId: shift.id };
  const run = async (step: 'briefing' | 'duty') => {
    const res = step === 'briefing' ? await startBriefing({ input }) : await startDuty({ input });
    const payload =
      res.data && ('startShiftBriefing' in res.data ? res.data.startShiftBriefing : res.data.startShiftDuty);
    const o = outcomeOf(null, [], t, res, payload);
    if (o.ok) message.success(t(step === 'briefing' ? 'shifts.briefingStarted' : 'shifts.dutyStarted'));
    else message.error(o.problem ?? t('errors.unknown'));
  };
  return (
    <Flex gap={8} wrap data-testid="shift-steps">
      {shift.status === 'PLANNED' && (
        <Button
          type="primary"
          icon={<SoundOutlined />}
          loading={briefing.fetching}
          onClick={() => void run('briefing')}
          data-testid="shift-start-briefing"
        >
          {t('shifts.startBriefing')}
        </Button>
      )}
      <Button
        type={shift.status === 'BRIEFING' ? 'primary' : 'default'}
        icon={<PlayCircleOutlined />}
        loading={duty.fetching}
        onClick={() => void run('duty')}
        data-testid="shift-start-duty"
      >
        {t('shifts.startDuty')}
      </Button>
    </Flex>
  );
}
