import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../../components/QueryState.js';
import { dutySearchQuery } from '../rulebook.operations.js';
import { COMPANY_LEVEL } from './DepartmentNav.js';
import { DutyList } from './DutyList.js';

/** Duties whose Chinese or English text contains the words, with a link to where each belongs. */
export function DutySearchResults({ search }: { search: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: dutySearchQuery, variables: { search } });
  const duties = data?.duties ?? [];
  const ownerLink = (owner: (typeof duties)[number]['owner']) => {
    const key = owner.__typename === 'Department' ? owner.key : (owner.department?.key ?? COMPANY_LEVEL);
    return (
      <Link to={`/rulebook/${key}`}>
        <Tag color="blue" bordered={false}>
          {owner.name}
        </Tag>
      </Link>
    );
  };
  return (
    <QueryState
      fetching={fetching}
      error={error}
      hasData={!!data}
      retry={() => refetch({ requestPolicy: 'network-only' })}
    >
      <Card
        data-testid="search-results"
        title={<Typography.Text>{t('rulebook.searchResults', { count: duties.length })}</Typography.Text>}
      >
        <DutyList
          duties={duties}
          emptyText={t('rulebook.noResults')}
          extra={(duty) => {
            const found = duties.find((d) => d.id === duty.id);
            return found ? ownerLink(found.owner) : null;
          }}
        />
      </Card>
    </QueryState>
  );
}
