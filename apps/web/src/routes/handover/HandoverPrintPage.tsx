import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useLocale } from '../../app/locale-context.js';
import { handoverSheetQuery } from '../../features/handover/handover.operations.js';
import { signed, signedYuan, yuan } from '../../features/handover/handover-format.js';
import { ShiftHours } from '../../features/shifts/components/ShiftHeaderCard.js';
import { formatDate, formatDateTime } from '../../lib/format.js';

/** The sheet on paper: A4, black on white, the screen's buttons gone. */
const SHEET_CSS = `
.handover-sheet { max-width: 800px; margin: 24px auto; padding: 32px 40px; background: #fff; color: #000;
  font-size: 13px; line-height: 1.55; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
.handover-sheet h1 { font-size: 22px; text-align: center; margin: 0 0 4px; letter-spacing: 2px; }
.handover-sheet .sub { text-align: center; margin-bottom: 16px; }
.handover-sheet h2 { font-size: 14px; margin: 18px 0 6px; }
.handover-sheet table { width: 100%; border-collapse: collapse; }
.handover-sheet th, .handover-sheet td { border: 1px solid #333; padding: 4px 6px; vertical-align: top; text-align: left; }
.handover-sheet th { background: #f2f2f2; font-weight: 600; }
.handover-sheet td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.handover-sheet .diff { font-weight: 700; }
.handover-sheet .signatures { display: flex; gap: 24px; margin-top: 36px; }
.handover-sheet .signatures > div { flex: 1; border-top: 1px solid #000; padding-top: 4px; }
@media (max-width: 600px) { .handover-sheet { margin: 0; padding: 16px; box-shadow: none; font-size: 12px; } }
@media print {
  @page { size: A4; margin: 14mm; }
  body { background: #fff !important; }
  .no-print { display: none !important; }
  .handover-sheet { margin: 0; padding: 0; box-shadow: none; max-width: none; }
}
`;

/**
 * /shifts/:id/handover/print — the handover sheet (交接班记录单, R37) to print and sign: the shift,
 * both leaders and when each confirmed, the unfinished matters, the counts against what was
 * expected with differences and explanations, the cash, any dispute, and lines to sign.
 */
export function HandoverPrintPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { id = '' } = useParams();
  const [{ data, fetching }] = useQuery({
    query: handoverSheetQuery,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const shift = data?.shift;
  const h = shift?.handover;

  useEffect(() => {
    document.title = `${t('handover.sheet.title')} · Steward`;
  }, [t]);

  if (fetching && !data) return <Skeleton active style={{ padding: 24 }} />;
  if (!shift || !h) return <Result status="404" title={t('handover.sheet.none')} />;
  const dash = '—';
  return (
    <div style={{ background: '#f0f2f5', minHeight: '100vh', paddingBottom: 24 }}>
      <style>{SHEET_CSS}</style>
      <Flex
        className="no-print"
        justify="space-between"
        gap={8}
        style={{ maxWidth: 800, margin: '0 auto', padding: '12px 8px 0' }}
      >
        <Link to={`/shifts/${encodeURIComponent(shift.id)}?tab=handover`}>
          <Button icon={<ArrowLeftOutlined />}>{t('handover.sheet.back')}</Button>
        </Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="handover-print">
          {t('handover.sheet.print')}
        </Button>
      </Flex>
      <article className="handover-sheet" data-testid="handover-sheet" data-status={h.status}>
        <h1>{t('handover.sheet.title')}</h1>
        <div className="sub">
          {shift.site.name} · {shift.department.name} · {formatDate(shift.date, locale)} {shift.pattern.name}{' '}
          <ShiftHours shift={shift} />
          {shift.team ? ` · ${shift.team.name}` : ''}
        </div>
        <table>
          <tbody>
            <tr>
              <th style={{ width: '18%' }}>{t('handover.sheet.outgoing')}</th>
              <td>{h.outgoingLeader.name}</td>
              <th style={{ width: '18%' }}>{t('handover.sheet.submittedAt')}</th>
              <td>
                {h.submittedAt ? formatDateTime(h.submittedAt, locale) : dash}
                {h.late ? `（${t('handover.flags.late')}）` : ''}
              </td>
            </tr>
            <tr>
              <th>{t('handover.sheet.incoming')}</th>
              <td>
                {h.incomingLeader?.name ?? dash}
                {h.incomingShift
                  ? `（${formatDate(h.incomingShift.date, locale)} ${h.incomingShift.pattern.name}）`
                  : ''}
              </td>
              <th>{t('handover.sheet.acceptedAt')}</th>
              <td>
                {h.acceptedAt ? formatDateTime(h.acceptedAt, locale) : dash}
                {h.acceptedOnBehalf ? `（${t('handover.sheet.onBehalf', { name: h.acceptedBy?.name ?? '' })}）` : ''}
              </td>
            </tr>
            <tr>
              <th>{t('handover.sheet.status')}</th>
              <td colSpan={3}>{t(`handover.status.${h.status}`)}</td>
            </tr>
          </tbody>
        </table>

        <h2>{t('handover.sheet.matters')}</h2>
        <table>
          <thead>
            <tr>
              <th style={{ width: 28 }}>#</th>
              <th style={{ width: '22%' }}>{t('handover.sheet.record')}</th>
              <th>{t('handover.fields.description')}</th>
              <th style={{ width: '30%' }}>{t('handover.fields.actionNeeded')}</th>
            </tr>
          </thead>
          <tbody>
            {h.items.length === 0 ? (
              <tr>
                <td colSpan={4}>{t('handover.noItems')}</td>
              </tr>
            ) : (
              h.items.map((item, i) => (
                <tr key={item.recordId ?? `note:${item.description}`}>
                  <td className="num">{i + 1}</td>
                  <td>
                    {t(`handover.kind.${item.kind}`, { defaultValue: item.kind })}
                    {item.reference ? ` ${item.reference}` : ''}
                    {item.status ? `（${t(`cases.status.${item.status}`, { defaultValue: item.status })}）` : ''}
                  </td>
                  <td>{item.description}</td>
                  <td>{item.actionNeeded ?? ''}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>

        <h2>{t('handover.sheet.materials')}</h2>
        <table>
          <thead>
            <tr>
              <th>{t('handover.fields.material')}</th>
              <th style={{ width: 60 }}>{t('handover.fields.expected')}</th>
              <th style={{ width: 60 }}>{t('handover.fields.counted')}</th>
              <th style={{ width: 60 }}>{t('handover.fields.difference')}</th>
              <th style={{ width: '35%' }}>{t('handover.fields.explanation')}</th>
            </tr>
          </thead>
          <tbody>
            {h.counts.map((c) => (
              <tr key={c.materialId}>
                <td>
                  {c.name}（{c.unit}）
                </td>
                <td className="num">{c.expected}</td>
                <td className="num">{c.counted ?? dash}</td>
                <td className={`num${c.difference ? ' diff' : ''}`}>{signed(c.difference)}</td>
                <td>{c.explanation ?? ''}</td>
              </tr>
            ))}
            <tr>
              <td>{t('handover.sheet.cash')}</td>
              <td className="num">{yuan(h.cashExpected)}</td>
              <td className="num">{yuan(h.cashCounted)}</td>
              <td className={`num${h.cashDifference && Number(h.cashDifference) !== 0 ? ' diff' : ''}`}>
                {signedYuan(h.cashDifference)}
              </td>
              <td>{h.cashExplanation ?? ''}</td>
            </tr>
          </tbody>
        </table>

        {(h.disputeReason || h.note || h.acceptanceNote) && (
          <>
            <h2>{t('handover.sheet.remarks')}</h2>
            <table>
              <tbody>
                {h.note && (
                  <tr>
                    <th style={{ width: '18%' }}>{t('handover.fields.note')}</th>
                    <td>{h.note}</td>
                  </tr>
                )}
                {h.disputeReason && (
                  <tr>
                    <th>{t('handover.fields.dispute')}</th>
                    <td>
                      {h.disputedBy?.name}
                      {t('common.colon')}
                      {h.disputeReason}
                      {h.resolution
                        ? ` → ${h.resolvedBy?.name ?? ''} ${t(`handover.decision.${h.resolution}`)}${
                            h.resolutionNote ? `${t('common.colon')}${h.resolutionNote}` : ''
                          }`
                        : ''}
                    </td>
                  </tr>
                )}
                {h.acceptanceNote && h.acceptanceNote !== h.resolutionNote && (
                  <tr>
                    <th>{t('handover.fields.acceptanceNote')}</th>
                    <td>{h.acceptanceNote}</td>
                  </tr>
                )}
              </tbody>
            </table>
          </>
        )}

        <div className="signatures">
          <div>{t('handover.sheet.signOutgoing')}</div>
          <div>{t('handover.sheet.signIncoming')}</div>
          <div>{t('handover.sheet.signDate')}</div>
        </div>
      </article>
    </div>
  );
}
