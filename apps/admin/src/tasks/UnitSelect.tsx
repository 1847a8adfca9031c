import { Select } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';

const JurisdictionUnitsDocument = graphql(`
  query JurisdictionUnits($within: ID, $search: String) {
    organizations(first: 50, within: $within, search: $search, status: ACTIVE) { nodes { id name parent { id name } } }
  }
`);

export type UnitValue = { value: string; label: string };

/**
 * Picks units a task may be handed to: those within `within`'s jurisdiction (itself excluded), or
 * any unit of the district when `within` is null (the office on the plan's main tasks). Units
 * already responsible are left out. Found by typing part of the name.
 */
export function UnitSelect(props: {
  within: string | null;
  exclude?: readonly string[];
  multiple?: boolean;
  value?: UnitValue | UnitValue[];
  onChange?: (value: UnitValue | UnitValue[] | undefined) => void;
  'data-testid'?: string;
  id?: string;
}) {
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({ query: JurisdictionUnitsDocument, variables: { within: props.within, search: search || null } });
  const excluded = new Set([...(props.exclude ?? []), ...(props.within ? [props.within] : [])]);
  const options = (data?.organizations.nodes ?? [])
    .filter((o) => !excluded.has(o.id))
    .map((o) => ({ value: o.id, label: o.name, title: o.parent ? `${o.name}(${o.parent.name})` : o.name }));
  return (
    <Select<UnitValue | UnitValue[]>
      id={props.id}
      data-testid={props['data-testid']}
      mode={props.multiple ? 'multiple' : undefined}
      labelInValue
      showSearch
      allowClear
      filterOption={false}
      onSearch={setSearch}
      onBlur={() => setSearch('')}
      loading={fetching}
      value={props.value}
      onChange={(v) => props.onChange?.(v as UnitValue | UnitValue[] | undefined)}
      placeholder={props.within ? '输入名称查找辖区内的单位' : '输入名称查找单位'}
      notFoundContent={fetching ? '查找中…' : '没有可选的单位'}
      options={options}
      optionRender={(o) => o.data.title}
    />
  );
}
