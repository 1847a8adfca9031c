import { nominatorStaysInJurisdiction, typicalCategoryLabels, TypicalCategory } from '@ronghe/types';
import { Alert, App, Button, Card, Form, Select, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { useAccess } from '../auth/access';
import { useAuth } from '../auth/AuthProvider';
import { label } from '../common/labels';
import { graphql } from '../gql';
import { OrganizationPicker } from '../organizations/OrganizationPicker';
import { CyclesDocument } from './documents';
import { NominationTextFields } from './NominationTextFields';
import { NomineePicker } from './NomineePicker';
import { useLocalDraft } from './useLocalDraft';

const UnitKindDocument = graphql(`query NominatorKind($id: ID!) { organization(id: $id) { id kind } }`);
const CreateDocument = graphql(
  `mutation CreateNomination($input: CreateNominationInput!) { createNomination(input: $input) { id version } }`,
);
const SubmitDocument = graphql(
  `mutation SubmitNewNomination($id: ID!, $version: Int!) { submitNomination(id: $id, version: $version) { id status } }`,
);

interface Values {
  cycleId: string;
  nominatorOrganizationId: string;
  category: TypicalCategory;
  nomineeId: string;
  deeds: string;
  contactName?: string;
  contactPhone?: string;
}

/** 推荐表: a unit puts forward a candidate; the server's rules have the last word and say why. */
export function NominationFormPage() {
  const { account } = useAuth();
  // Only the office chooses the nominating unit; an operator nominates as its own unit.
  const access = useAccess();
  const operator = !!account && !access.actsForDistrict('nominations.submit');
  const [form] = Form.useForm<Values>();
  const [{ data: cycles }] = useQuery({ query: CyclesDocument });
  const openCycles = (cycles?.nominationCycles.nodes ?? []).filter((c) => c.status === 'OPEN');
  const cycleId = Form.useWatch('cycleId', form);
  const category = Form.useWatch('category', form);
  const nominator = Form.useWatch('nominatorOrganizationId', form) ?? (operator ? account?.organization.id : undefined);
  const [{ data: nominatorUnit }] = useQuery({ query: UnitKindDocument, variables: { id: nominator ?? '' }, pause: !nominator });
  // The server's rule: every nominating kind but the district-level bodies stays within its jurisdiction.
  const local = !!nominatorUnit?.organization && nominatorStaysInJurisdiction(nominatorUnit.organization.kind);
  const cycle = openCycles.find((c) => c.id === cycleId);
  const [, create] = useMutation(CreateDocument);
  const [, submit] = useMutation(SubmitDocument);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const { message } = App.useApp();
  // What is typed survives a reload until it is saved.
  const draft = useLocalDraft<Values>('nomination:new', form, null);

  async function save(andSubmit: boolean) {
    const values = await form.validateFields();
    setError(null);
    setBusy(true);
    try {
      const person = values.category === TypicalCategory.MIGRANT_WORKER;
      const created = await create({
        input: {
          cycleId: values.cycleId,
          category: values.category,
          nominatorOrganizationId: values.nominatorOrganizationId ?? account!.organization.id,
          ...(person ? { nomineePersonId: values.nomineeId } : { nomineeOrganizationId: values.nomineeId }),
          deeds: values.deeds,
          contactName: values.contactName || null,
          contactPhone: values.contactPhone || null,
        },
      });
      if (!created.data) return setError(errorOf(created.error)?.message ?? '保存失败');
      draft.clear();
      if (andSubmit) {
        const submitted = await submit(created.data.createNomination);
        if (!submitted.data) return setError(`已保存为草稿,但上报失败:${errorOf(submitted.error)?.message}`);
      }
      message.success(andSubmit ? '已上报' : '已保存草稿');
      navigate('/nominations');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title="新建推荐">
      {openCycles.length === 0 && <Alert type="info" showIcon message="当前没有开放申报的评选年度" style={{ marginBottom: 16 }} />}
      {draft.restored && (
        <Alert type="info" showIcon title="已恢复上次未保存的内容" style={{ marginBottom: 16 }} data-testid="draft-restored" />
      )}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 720 }}
        initialValues={{ cycleId: openCycles[0]?.id }}
        onValuesChange={draft.onValuesChange}
      >
        <Form.Item name="cycleId" label="评选年度" rules={[{ required: true, message: '请选择评选年度' }]}>
          <Select options={openCycles.map((c) => ({ value: c.id, label: `${c.year} 年度` }))} data-testid="cycle-select" />
        </Form.Item>
        {!operator && (
          <Form.Item name="nominatorOrganizationId" label="推荐单位" rules={[{ required: true, message: '请选择推荐单位' }]}>
            <OrganizationPicker />
          </Form.Item>
        )}
        <Form.Item name="category" label="典型类别" rules={[{ required: true, message: '请选择类别' }]}>
          <Select
            data-testid="category-select"
            options={(cycle?.openCategories ?? Object.values(TypicalCategory)).map((c) => ({
              value: c,
              label: label(typicalCategoryLabels, c),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="nomineeId"
          label="被推荐对象"
          rules={[{ required: true, message: '请选择被推荐对象' }]}
          extra={local ? '只列出本辖区内符合该类别的对象' : undefined}
        >
          <NomineePicker category={category} within={local ? (nominator ?? null) : null} />
        </Form.Item>
        <NominationTextFields />
        <Form.Item>
          <Space>
            <Button onClick={() => save(false)} loading={busy}>
              保存草稿
            </Button>
            <Button type="primary" onClick={() => save(true)} loading={busy}>
              保存并上报
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
