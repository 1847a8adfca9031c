import { categoryNomineeKind, TypicalCategory } from '@ronghe/types';
import { Select } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { OrganizationKind } from '../gql/graphql';

const UnitsDocument = graphql(`
  query NomineeUnits($kind: OrganizationKind, $within: ID, $search: String) {
    organizations(first: 30, kind: $kind, within: $within, search: $search) { nodes { id name parent { name } } }
  }
`);
const PersonsDocument = graphql(`
  query NomineePersons($within: ID, $search: String) {
    persons(first: 30, within: $within, search: $search) { nodes { id name idNumber community { name } } }
  }
`);

/**
 * Offers only nominees that fit the category (a unit of its kind, or a registered migrant worker)
 * and, for every nominating kind but district-level bodies, only those within its jurisdiction.
 */
export function NomineePicker(props: {
  category: string | undefined;
  within: string | null;
  value?: string;
  onChange?: (id: string) => void;
}) {
  const [search, setSearch] = useState('');
  const person = props.category === TypicalCategory.MIGRANT_WORKER;
  const kind = props.category && !person ? (categoryNomineeKind[props.category as TypicalCategory] as OrganizationKind | null) : null;
  const [units] = useQuery({ query: UnitsDocument, variables: { kind, within: props.within, search: search || null }, pause: !kind });
  const [persons] = useQuery({ query: PersonsDocument, variables: { within: props.within, search: search || null }, pause: !person });
  const options = person
    ? (persons.data?.persons.nodes ?? []).map((p) => ({ value: p.id, label: `${p.name}(${p.idNumber},${p.community?.name ?? '—'})` }))
    : (units.data?.organizations.nodes ?? []).map((o) => ({ value: o.id, label: o.parent ? `${o.name}(${o.parent.name})` : o.name }));
  return (
    <Select
      showSearch
      filterOption={false}
      onSearch={setSearch}
      disabled={!props.category}
      placeholder={props.category ? '输入名称查找' : '请先选择类别'}
      loading={units.fetching || persons.fetching}
      value={props.value}
      onChange={props.onChange}
      options={options}
      data-testid="nominee-picker"
    />
  );
}
