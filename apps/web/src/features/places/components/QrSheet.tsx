import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '../../../components/QueryState.js';
import { qrSheetQuery } from '../places.operations.js';

/**
 * On paper only the sheet shows: everything else on the page is hidden, and each card keeps to
 * one piece (3 across on A4), so cutting them apart never splits a QR.
 */
const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 10mm; }
  body * { visibility: hidden !important; }
  .qr-sheet, .qr-sheet * { visibility: visible !important; }
  .qr-sheet { position: absolute; left: 0; top: 0; width: 100%; }
  .qr-sheet .qr-sheet-toolbar { display: none !important; }
  .qr-sheet .qr-cards { grid-template-columns: repeat(3, 1fr) !important; gap: 6mm !important; }
  .qr-sheet .qr-card { break-inside: avoid; page-break-inside: avoid; border: 1px dashed #999 !important; box-shadow: none !important; }
}
`;

/** The QR cards of a site's active checkpoints, to print, cut out and put up: one per checkpoint. */
export function QrSheet({ siteCode }: { siteCode: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: qrSheetQuery,
    variables: { siteCode },
    requestPolicy: 'cache-and-network',
  });
  const cards = (data?.areas ?? []).flatMap((area) =>
    area.checkpoints.filter((c) => c.qrSvg).map((c) => ({ ...c, area })),
  );
  const someHidden = (data?.areas ?? []).some((a) => a.checkpoints.some((c) => !c.qrSvg));
  return (
    <QueryState
      fetching={fetching}
      error={error}
      hasData={!!data}
      retry={() => refetch({ requestPolicy: 'network-only' })}
    >
      <style>{PRINT_CSS}</style>
      <div className="qr-sheet" data-testid="qr-sheet">
        <Flex
          className="qr-sheet-toolbar"
          justify="space-between"
          align="center"
          gap={12}
          wrap
          style={{ marginBottom: 16 }}
        >
          <Typography.Text type="secondary" style={{ flex: '1 1 320px' }}>
            {t('places.print.intro')}
          </Typography.Text>
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
            disabled={!cards.length}
            data-testid="qr-print"
          >
            {t('places.print.button')}
          </Button>
        </Flex>
        {someHidden && !cards.length ? (
          <Alert type="info" showIcon title={t('places.print.noAccess')} />
        ) : !cards.length ? (
          <Empty description={t('places.print.none')} />
        ) : (
          <div
            className="qr-cards"
            style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 16 }}
          >
            {cards.map((c) => (
              <div
                key={c.id}
                className="qr-card"
                data-testid="qr-card"
                style={{
                  border: '1px solid #e8ebf0',
                  borderRadius: 8,
                  padding: 12,
                  background: '#fff',
                  textAlign: 'center',
                }}
              >
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.area.site.name} · {t('places.print.scanHint')}
                </Typography.Text>
                {/* The server renders the SVG from the scan page's address (the qrcode library): no user text in it. */}
                <div
                  style={{ width: '80%', margin: '8px auto' }}
                  // biome-ignore lint/security/noDangerouslySetInnerHtml: an SVG the server generated, not user input
                  dangerouslySetInnerHTML={{ __html: c.qrSvg ?? '' }}
                />
                <Typography.Title level={5} style={{ margin: 0 }}>
                  {c.name}
                </Typography.Title>
                <Typography.Text>
                  {t(`places.kind.${c.area.kind}`)} · {c.area.name}
                </Typography.Text>
                {c.locationHint && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {c.locationHint}
                    </Typography.Text>
                  </div>
                )}
                <div>
                  <Typography.Text code style={{ fontSize: 12 }}>
                    {c.code}
                  </Typography.Text>
                </div>
              </div>
            ))}
          </div>
        )}
      </div>
    </QueryState>
  );
}
