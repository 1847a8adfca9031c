import { Select } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';

const PickerDocument = graphql(`
  query OrganizationPicker($search: String, $status: OrganizationStatus) {
    organizations(first: 20, search: $search, status: $status) { nodes { id name parent { name } } }
  }
`);
const PickedDocument = graphql(`
  query OrganizationPicked($id: ID!) { organization(id: $id) { id name } }
`);

/**
 * Picks a unit by typing part of its name; a unit already chosen (an edit form) shows its name.
 * `activeOnly` leaves dissolved units out (a new parent, a person's community).
 */
export function OrganizationPicker(props: {
  value?: string | null;
  onChange?: (id: string | null) => void;
  placeholder?: string;
  activeOnly?: boolean;
  id?: string;
  'data-testid'?: string;
}) {
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({
    query: PickerDocument,
    variables: { search: search || null, status: props.activeOnly ? 'ACTIVE' : null },
  });
  const nodes = data?.organizations.nodes ?? [];
  const known = !props.value || nodes.some((o) => o.id === props.value);
  const [picked] = useQuery({ query: PickedDocument, variables: { id: props.value ?? '' }, pause: known });
  const options = nodes.map((o) => ({ value: o.id, label: o.name, title: o.parent ? `${o.name}(${o.parent.name})` : o.name }));
  const current = picked.data?.organization;
  if (!known && current) options.unshift({ value: current.id, label: current.name, title: current.name });
  return (
    <Select
      id={props.id}
      data-testid={props['data-testid']}
      showSearch
      allowClear
      style={{ width: '100%' }}
      filterOption={false}
      onSearch={setSearch}
      loading={fetching}
      value={props.value ?? undefined}
      onChange={(v: string | undefined) => props.onChange?.(v ?? null)}
      placeholder={props.placeholder ?? '输入单位名称查找'}
      notFoundContent={fetching ? '查找中…' : '没有匹配的单位'}
      options={options}
      optionRender={(o) => o.data.title}
    />
  );
}
