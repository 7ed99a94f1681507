import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Grid, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { CreateCustomerForm } from '../../features/customers/components/CreateCustomerForm.js';
import { unitFileQuery } from '../../features/customers/customers.operations.js';
import { customerPath, unitPath, unitPlace } from '../../features/customers/unit-label.js';

/** /customers/new[?unit=<id>]: open a customer file; from a unit's page, with that unit filled in. */
export function CustomerNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const [params] = useSearchParams();
  const unitId = params.get('unit');
  const [{ data, fetching }] = useQuery({ query: unitFileQuery, variables: { id: unitId ?? '' }, pause: !unitId });
  const unit =
    unitId && data?.unit ? { id: data.unit.id, label: `${data.unit.code} · ${unitPlace(data.unit)}` } : undefined;
  const back = unitId ? unitPath(unitId) : '/customers';

  useEffect(() => {
    document.title = `${t('customers.createTitle')} · Steward`;
  }, [t]);

  return (
    <div style={{ maxWidth: 880, margin: '0 auto' }}>
      <Link to={back}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {unit ? unit.label : t('customers.backToList')}
        </Button>
      </Link>
      <Typography.Title level={2} style={{ marginTop: 4, marginBottom: 4 }}>
        {t('customers.createTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('customers.createSubtitle')}</Typography.Paragraph>
      <Card styles={{ body: { padding: phone ? 16 : 24 } }}>
        {unitId && fetching ? (
          <Skeleton active />
        ) : (
          <CreateCustomerForm
            unit={unit}
            onCancel={() => navigate(back)}
            onDone={(customer) => {
              void message.success(t('customers.created'));
              navigate(customerPath(customer.id));
            }}
          />
        )}
      </Card>
    </div>
  );
}
