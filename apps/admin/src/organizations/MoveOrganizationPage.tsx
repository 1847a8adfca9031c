import { Alert, App, Button, Card, Descriptions, Form, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorOf } from '../api/client';
import { graphql } from '../gql';
import { OrganizationPicker } from './OrganizationPicker';

const MovingDocument = graphql(`
  query MovingUnit($id: ID!) {
    organization(id: $id) { id name status version parent { id name } counts { activeDescendants persons } }
  }
`);
const NewParentDocument = graphql(`
  query NewParent($id: ID!) { organization(id: $id) { id name ancestors { id } } }
`);
const MoveOrganizationDocument = graphql(`
  mutation MoveOrganization($id: ID!, $version: Int!, $parentId: ID!) {
    moveOrganization(id: $id, version: $version, parentId: $parentId) { id version parent { id name } }
  }
`);

/**
 * 调整隶属关系: moves a unit, with everything under it, to another parent. Says beforehand what
 * moves with it; the move is made on the version read, and kept in the unit's move history.
 */
export function MoveOrganizationPage() {
  const [params, setParams] = useSearchParams();
  const id = params.get('id');
  const [parentId, setParentId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: MovingDocument,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const [target] = useQuery({ query: NewParentDocument, variables: { id: parentId ?? '' }, pause: !parentId });
  const [moving, move] = useMutation(MoveOrganizationDocument);
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const unit = id ? data?.organization : null;
  const newParent = parentId ? target.data?.organization : null;
  const intoItself = !!unit && !!newParent && (newParent.id === unit.id || newParent.ancestors.some((a) => a.id === unit.id));
  const sameParent = !!unit && !!newParent && unit.parent?.id === newParent.id;

  function confirmMove() {
    if (!unit || !newParent) return;
    modal.confirm({
      title: '确认调整隶属关系',
      content: `将「${unit.name}」连同辖区内 ${unit.counts.activeDescendants} 个下级单位、${unit.counts.persons} 名外来务工人员,从「${unit.parent?.name ?? '—'}」调整到「${newParent.name}」之下。原隶属关系记入变更记录。`,
      okText: '确认调整',
      cancelText: '取消',
      onOk: async () => {
        setFailure(null);
        const result = await move({ id: unit.id, version: unit.version, parentId: newParent.id });
        if (result.error) setFailure(errorOf(result.error)?.message ?? '调整失败');
        else {
          message.success('隶属关系已调整');
          navigate(`/organizations/${unit.id}`);
        }
      },
    });
  }

  return (
    <Card title="调整隶属关系">
      <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
        <Typography.Paragraph type="secondary">
          把单位连同其全部下级单位移到另一个上级单位之下(导入时上级单位不同的单位也在这里调整)。单位经办人只能在本辖区内调整。
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label="要调整的单位" htmlFor="move-unit">
            <OrganizationPicker
              id="move-unit"
              data-testid="move-unit"
              value={id}
              onChange={(value) => {
                setParentId(null);
                setFailure(null);
                setParams(value ? { id: value } : {});
              }}
            />
          </Form.Item>
          {id && fetching && !data && <Spin />}
          {error && <Alert type="error" showIcon title={errorOf(error)?.message} />}
          {unit && (
            <Descriptions size="small" column={1} bordered style={{ marginBottom: 24 }}>
              <Descriptions.Item label="现上级单位">{unit.parent?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="随之调整">
                <span data-testid="move-impact">
                  {unit.counts.activeDescendants} 个下级单位、{unit.counts.persons} 名外来务工人员
                </span>
              </Descriptions.Item>
            </Descriptions>
          )}
          <Form.Item label="新的上级单位" htmlFor="move-parent">
            <OrganizationPicker id="move-parent" data-testid="move-parent" activeOnly value={parentId} onChange={setParentId} />
          </Form.Item>
        </Form>
        {intoItself && <Alert type="error" showIcon title="不能把单位移到它自己或其下级单位之下" />}
        {sameParent && <Alert type="info" showIcon title="已隶属于该单位,无需调整" />}
        {failure && <Alert data-testid="move-error" type="error" showIcon title={failure} />}
        <Space>
          <Button type="primary" disabled={!unit || !newParent || intoItself || sameParent} loading={moving.fetching} onClick={confirmMove}>
            调整
          </Button>
          {unit && <Link to={`/organizations/${unit.id}`}>返回单位详情</Link>}
        </Space>
      </Space>
    </Card>
  );
}
