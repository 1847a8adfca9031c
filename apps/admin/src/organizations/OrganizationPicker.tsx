import { Select } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';

const PickerDocument = graphql(`
  query OrganizationPicker($search: String) {
    organizations(first: 20, search: $search) { nodes { id name } }
  }
`);

/** Picks a unit by typing part of its name. */
export function OrganizationPicker(props: { value?: string; onChange?: (id: string) => void; placeholder?: string }) {
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({ query: PickerDocument, variables: { search: search || null } });
  return (
    <Select
      showSearch
      allowClear
      style={{ width: '100%' }}
      filterOption={false}
      onSearch={setSearch}
      loading={fetching}
      value={props.value}
      onChange={props.onChange}
      placeholder={props.placeholder ?? '输入单位名称查找'}
      options={(data?.organizations.nodes ?? []).map((o) => ({ value: o.id, label: o.name }))}
    />
  );
}
