import { organizationKindLabels, TextLimit } from '@ronghe/types';
import { Alert, Form, Input, Select, Spin, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { FormModal } from '../common/FormModal';
import { optionsOf } from '../common/labels';
import { graphql } from '../gql';
import type { CreateOrganizationInput, OrganizationKind } from '../gql/graphql';
import { OrganizationPicker } from './OrganizationPicker';

const CreateOrganizationDocument = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }
`);
const UpdateOrganizationDocument = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) { id name shortName kind creditCode address contactPerson contactPhone version }
  }
`);
const DissolveOrganizationDocument = graphql(`
  mutation DissolveOrganization($id: ID!, $version: Int!) { dissolveOrganization(id: $id, version: $version) { id status version } }
`);
// What a dissolution leaves behind: units and persons below (organizations), current task assignments (tasks).
const DissolveImpactDocument = graphql(`
  query DissolveImpact($id: ID!) {
    organization(id: $id) { id counts { activeDescendants persons } assignments(first: 1, validity: VALID) { totalCount } }
  }
`);

/** The registry fields of a unit, as the create and edit forms show them. */
export interface UnitFields {
  name: string;
  shortName?: string | null;
  kind: OrganizationKind;
  creditCode?: string | null;
  address?: string | null;
  contactPerson?: string | null;
  contactPhone?: string | null;
}

function UnitFieldItems() {
  return (
    <>
      <Form.Item name="name" label="单位名称" rules={[{ required: true, whitespace: true, message: '请填写单位名称' }]}>
        <Input maxLength={TextLimit.NAME} />
      </Form.Item>
      <Form.Item name="shortName" label="简称">
        <Input maxLength={TextLimit.NAME} />
      </Form.Item>
      <Form.Item name="kind" label="单位类型" rules={[{ required: true, message: '请选择单位类型' }]}>
        <Select data-testid="unit-kind" showSearch optionFilterProp="label" options={optionsOf(organizationKindLabels)} />
      </Form.Item>
      <Form.Item name="creditCode" label="统一社会信用代码" extra="18 位,末位为校验码">
        <Input maxLength={TextLimit.SHORT_CODE} />
      </Form.Item>
      <Form.Item name="address" label="地址">
        <Input maxLength={TextLimit.ADDRESS} />
      </Form.Item>
      <Form.Item name="contactPerson" label="联系人">
        <Input maxLength={TextLimit.NAME} />
      </Form.Item>
      <Form.Item name="contactPhone" label="联系电话">
        <Input maxLength={TextLimit.SHORT_CODE} />
      </Form.Item>
    </>
  );
}

/** 登记单位: under a parent the caller may act for (the server checks the jurisdiction again). */
export function CreateOrganizationModal(props: {
  parentId?: string;
  onClose: () => void;
  onDone: (created: { id: string; name: string }) => void;
}) {
  const [, create] = useMutation(CreateOrganizationDocument);
  return (
    <FormModal<CreateOrganizationInput, { id: string; name: string }>
      id="organization-create"
      title="登记单位"
      okText="登记"
      initialValues={{ parentId: props.parentId }}
      submit={async (input) => {
        const result = await create({ input });
        return { error: result.error, data: result.data?.createOrganization };
      }}
      onClose={props.onClose}
      onDone={props.onDone}
    >
      <Form.Item name="parentId" label="上级单位" rules={[{ required: true, message: '请选择上级单位' }]}>
        <OrganizationPicker activeOnly data-testid="unit-parent" />
      </Form.Item>
      <UnitFieldItems />
    </FormModal>
  );
}

/** 修改单位信息, on the version read: a change made by someone else in between is refused, not overwritten. */
export function EditOrganizationModal(props: {
  unit: UnitFields & { id: string; version: number };
  onClose: () => void;
  onDone: () => void;
}) {
  const [, update] = useMutation(UpdateOrganizationDocument);
  const { id, version, name, shortName, kind, creditCode, address, contactPerson, contactPhone } = props.unit;
  return (
    <FormModal<UnitFields>
      id="organization-edit"
      title={`修改单位信息:${props.unit.name}`}
      okText="保存"
      initialValues={{ name, shortName, kind, creditCode, address, contactPerson, contactPhone }}
      // Emptied fields are sent as empty text, which clears them (an absent field would be kept).
      submit={(values) => update({ input: { id, version, ...blankAsEmpty(values) } })}
      onClose={props.onClose}
      onDone={props.onDone}
    >
      <UnitFieldItems />
    </FormModal>
  );
}

function blankAsEmpty(values: UnitFields): UnitFields {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? ''])) as unknown as UnitFields;
}

/** 撤销: says what stays behind before the unit is marked dissolved. */
export function DissolveOrganizationModal(props: {
  unit: { id: string; name: string; version: number };
  onClose: () => void;
  onDone: () => void;
}) {
  const [, dissolve] = useMutation(DissolveOrganizationDocument);
  const [{ data, fetching }] = useQuery({
    query: DissolveImpactDocument,
    variables: { id: props.unit.id },
    requestPolicy: 'network-only',
  });
  const impact = data?.organization;
  return (
    <FormModal<object>
      id="organization-dissolve"
      title={`撤销单位:${props.unit.name}`}
      okText="确认撤销"
      busy={fetching && !data}
      submit={() => dissolve({ id: props.unit.id, version: props.unit.version })}
      onClose={props.onClose}
      onDone={props.onDone}
    >
      <Typography.Paragraph>
        撤销后「{props.unit.name}
        」仍保留在名录中,状态为已撤销:不能再在其下登记单位、分派任务或推荐典型,其统一社会信用代码可由其他单位使用。此操作记入审计日志。
      </Typography.Paragraph>
      {fetching && !data ? (
        <Spin />
      ) : (
        impact && (
          // Current-plan assignments come from the tasks service; while it is down they count as unknown.
          <Alert
            data-testid="dissolve-impact"
            type={impact.counts.activeDescendants + impact.counts.persons + (impact.assignments?.totalCount ?? 0) > 0 ? 'warning' : 'info'}
            showIcon
            title={`辖区内还有 ${impact.counts.activeDescendants} 个未撤销的下级单位、${impact.counts.persons} 名外来务工人员,承担现行任务分工 ${impact.assignments ? `${impact.assignments.totalCount} 项` : '(任务督导服务暂不可用,未能统计)'}。`}
            description={
              impact.counts.activeDescendants > 0
                ? '下级单位不随之撤销,仍隶属于本单位;如需保留,请先调整其隶属关系。'
                : '撤销不改动人员和任务记录。'
            }
          />
        )
      )}
    </FormModal>
  );
}
