import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
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

const SEARCH_PAUSE_MS = 250;

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
  // Asked once typing pauses, not per keystroke: the options do not change under a click as answers arrive.
  const [asked, setAsked] = useState('');
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setAsked(search), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [search]);
  const [{ data, fetching }] = useQuery({
    query: PickerDocument,
    variables: { search: asked || null, status: props.activeOnly ? 'ACTIVE' : null },
  });
  // While a new answer is on its way the last one stays listed, so an option never vanishes mid-click.
  const shown = useRef(data?.organizations.nodes ?? []);
  if (data) shown.current = data.organizations.nodes;
  const nodes = shown.current;
  const settled = !fetching && asked === search;
  const known = !props.value || nodes.some((o) => o.id === props.value);
  const [picked] = useQuery({ query: PickedDocument, variables: { id: props.value ?? '' }, pause: known });
  const options = nodes.map((o) => ({ value: o.id, label: o.name, title: o.parent ? `${o.name}(${o.parent.name})` : o.name }));
  // The name of the unit just chosen, until the list or the look-up answers with it (never its id).
  const current = picked.data?.organization ?? (chosen?.id === props.value ? chosen : null);
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
      loading={!settled}
      data-settled={settled}
      value={props.value ?? undefined}
      onChange={(v: string | undefined, option) => {
        const label = option && !Array.isArray(option) ? String(option.label ?? '') : '';
        setChosen(v ? { id: v, name: label } : null);
        props.onChange?.(v ?? null);
      }}
      placeholder={props.placeholder ?? '输入单位名称查找'}
      notFoundContent={settled ? '没有匹配的单位' : '查找中…'}
      options={options}
      optionRender={(o) => o.data.title}
    />
  );
}
