import { TextLimit } from '@ronghe/types';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery } from 'urql';
import { FormModal } from '../common/FormModal';
import { graphql } from '../gql';
import { PolicyDocumentsDocument } from './documents';

const CreatePolicyDocumentDocument = graphql(`
  mutation CreatePolicyDocument($input: CreatePolicyDocumentInput!) { createPolicyDocument(input: $input) { id documentNumber } }
`);

type Values = {
  title: string;
  indexNumber: string;
  issuer: string;
  subject: string;
  genre: string;
  documentNumber: string;
  writtenOn: Dayjs;
  publishedOn: Dayjs;
  fullText: string;
  basis?: { documentNumber?: string; title?: string }[];
};

const GENRES = ['通知', '意见', '方案', '决定', '办法', '规定', '通报', '批复', '函'].map((value) => ({ value }));
const required = (message: string) => [{ required: true, whitespace: true, message }];

/** 登记文件: a policy document with the header of its publication page, its text and the documents it rests on. */
export function PolicyDocumentForm(props: { onClose: () => void; onDone: (id: string) => void }) {
  const [form] = Form.useForm<Values>();
  const [, create] = useMutation(CreatePolicyDocumentDocument);
  const [{ data: registered }] = useQuery({ query: PolicyDocumentsDocument, variables: { first: 50 } });

  const submit = (v: Values) =>
    create({
      input: {
        title: v.title.trim(),
        indexNumber: v.indexNumber.trim(),
        issuer: v.issuer.trim(),
        subject: v.subject.trim(),
        genre: v.genre.trim(),
        documentNumber: v.documentNumber.trim(),
        writtenOn: v.writtenOn.format('YYYY-MM-DD'),
        publishedOn: v.publishedOn.format('YYYY-MM-DD'),
        fullText: v.fullText,
        basis: (v.basis ?? [])
          .filter((b) => b.documentNumber?.trim() || b.title?.trim())
          .map((b) => ({ documentNumber: (b.documentNumber ?? '').trim(), title: (b.title ?? '').trim() })),
      },
    });

  return (
    <FormModal
      id="policy-document"
      title="登记政策文件"
      okText="登记"
      width={860}
      form={form}
      initialValues={{ issuer: '管城区人民政府办公室', genre: '通知', basis: [] }}
      submit={submit}
      onClose={props.onClose}
      onDone={(data) => props.onDone(data.createPolicyDocument.id)}
    >
      <Form.Item name="title" label="标题" rules={required('请填写标题')}>
        <Input maxLength={TextLimit.TITLE} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="indexNumber" label="索引号" rules={required('请填写索引号')}>
            <Input placeholder="如 005275134/2026-00008" maxLength={TextLimit.SHORT_CODE} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="issuer" label="发文机关" rules={required('请填写发文机关')}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="subject" label="主题分类" rules={required('请填写主题分类')}>
            <Input placeholder="如 流动人口" maxLength={TextLimit.LABEL} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="genre" label="文种" rules={required('请填写文种')}>
            <AutoComplete options={GENRES} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="documentNumber" label="文号" rules={required('请填写文号')}>
            <Input placeholder="如 管政办〔2026〕8号" maxLength={TextLimit.SHORT_CODE} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="writtenOn" label="成文日期" rules={[{ required: true, message: '请选择成文日期' }]}>
            <DatePicker style={{ width: '100%' }} placeholder="选择日期" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="publishedOn"
            label="发布日期"
            dependencies={['writtenOn']}
            rules={[
              { required: true, message: '请选择发布日期' },
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | undefined) => {
                  const written = getFieldValue('writtenOn') as Dayjs | undefined;
                  return value && written && value.isBefore(written, 'day')
                    ? Promise.reject(new Error('发布日期不能早于成文日期'))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} placeholder="选择日期" />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="basis">
        {(fields, { add, remove }) => (
          <Form.Item label="依据文件" extra="文件所依据的上级或此前的文件,可从已登记的文件中选择">
            {fields.map((field) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex', marginBottom: 8 }}>
                <Form.Item name={[field.name, 'documentNumber']} rules={required('请填写文号')} noStyle>
                  <Input placeholder="文号" style={{ width: 220 }} maxLength={TextLimit.SHORT_CODE} />
                </Form.Item>
                <Form.Item name={[field.name, 'title']} rules={required('请填写标题')} noStyle>
                  <Input placeholder="标题" style={{ width: 460 }} maxLength={TextLimit.TITLE} />
                </Form.Item>
                <MinusCircleOutlined aria-label="删除" onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Space>
              <Select
                data-testid="basis-select"
                style={{ width: 360 }}
                placeholder="从已登记的文件中添加"
                value={null}
                showSearch={{ optionFilterProp: 'label' }}
                options={(registered?.policyDocuments.nodes ?? []).map((d) => ({ value: d.id, label: `${d.documentNumber} ${d.title}` }))}
                onChange={(id) => {
                  const d = registered?.policyDocuments.nodes.find((x) => x.id === id);
                  if (d) add({ documentNumber: d.documentNumber, title: d.title });
                }}
              />
              <Button icon={<PlusOutlined />} onClick={() => add({ documentNumber: '', title: '' })}>
                手工添加
              </Button>
            </Space>
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="fullText" label="正文" rules={required('请填写正文')} extra="按发布页原文录入">
        <Input.TextArea rows={10} maxLength={TextLimit.DOCUMENT_TEXT} showCount />
      </Form.Item>
    </FormModal>
  );
}
