import { beijingDate, genderLabels, ListLimit, TextLimit } from '@ronghe/types';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { FormModal } from '../common/FormModal';
import { optionsOf } from '../common/labels';
import { graphql } from '../gql';
import type { Gender } from '../gql/graphql';
import { OrganizationPicker } from '../organizations/OrganizationPicker';

const CreatePersonDocument = graphql(`
  mutation CreatePerson($input: PersonInput!) { createPerson(input: $input) { id } }
`);
const UpdatePersonDocument = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) { updatePerson(input: $input) { id version } }
`);

/** A person as the list shows it: ID number and phone masked. */
export interface ListedPerson {
  id: string;
  version: number;
  name: string;
  gender: Gender;
  idNumber: string;
  phone?: string | null;
  homeProvince?: string | null;
  homeCity?: string | null;
  arrivalDate?: string | null;
  skills: string[];
  trainings: string[];
  employer?: { id: string } | null;
  community?: { id: string } | null;
}

type Values = {
  name: string;
  gender: Gender;
  idNumber?: string;
  phone?: string;
  homeProvince?: string;
  homeCity?: string;
  employerId?: string | null;
  communityId?: string | null;
  arrivalDate?: Dayjs | null;
  skills?: string[];
  trainings?: string[];
};

const labelsField = { mode: 'tags' as const, maxCount: ListLimit.LABELS, open: false, tokenSeparators: [',', ',', '、'] };

/**
 * 登记 or 修改 a migrant worker. Editing never shows the full ID number or phone: left empty they
 * stay as they are (the server keeps them), typed anew they replace them. Saved on the version read.
 */
export function PersonFormModal(props: { person?: ListedPerson; onClose: () => void; onDone: () => void }) {
  const [, create] = useMutation(CreatePersonDocument);
  const [, update] = useMutation(UpdatePersonDocument);
  const { person } = props;
  const today = beijingDate(new Date());
  return (
    <FormModal<Values>
      id={person ? 'person-edit' : 'person-create'}
      title={person ? `修改人员信息:${person.name}` : '登记外来务工人员'}
      okText={person ? '保存' : '登记'}
      initialValues={
        person
          ? {
              name: person.name,
              gender: person.gender,
              homeProvince: person.homeProvince ?? undefined,
              homeCity: person.homeCity ?? undefined,
              employerId: person.employer?.id ?? null,
              communityId: person.community?.id ?? null,
              arrivalDate: person.arrivalDate ? dayjs(person.arrivalDate) : null,
              skills: person.skills,
              trainings: person.trainings,
            }
          : { skills: [], trainings: [] }
      }
      submit={({ arrivalDate, idNumber, phone, ...values }) => {
        const fields = {
          ...values,
          homeProvince: values.homeProvince ?? null,
          homeCity: values.homeCity ?? null,
          employerId: values.employerId ?? null,
          communityId: values.communityId ?? null,
          arrivalDate: arrivalDate ? arrivalDate.format('YYYY-MM-DD') : null,
        };
        if (!person) return create({ input: { ...fields, idNumber: idNumber ?? '', phone: phone || null } });
        // Absent: unchanged. Typed: replaced.
        return update({ input: { ...fields, id: person.id, version: person.version, idNumber: idNumber || null, phone: phone || null } });
      }}
      onClose={props.onClose}
      onDone={props.onDone}
    >
      <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
        <Input maxLength={TextLimit.NAME} />
      </Form.Item>
      <Form.Item name="gender" label="性别" rules={[{ required: true, message: '请选择性别' }]}>
        <Select data-testid="person-gender" options={optionsOf(genderLabels)} />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label="身份证号"
        extra={person ? `现为 ${person.idNumber};不填则不变` : undefined}
        rules={person ? [] : [{ required: true, whitespace: true, message: '请填写身份证号' }]}
      >
        <Input maxLength={TextLimit.SHORT_CODE} placeholder={person ? '不填则不变' : '18 位'} autoComplete="off" />
      </Form.Item>
      <Form.Item name="phone" label="手机号" extra={person?.phone ? `现为 ${person.phone};不填则不变` : undefined}>
        <Input maxLength={TextLimit.SHORT_CODE} placeholder={person?.phone ? '不填则不变' : undefined} autoComplete="off" />
      </Form.Item>
      <Form.Item name="homeProvince" label="户籍省份">
        <Input maxLength={TextLimit.PLACE} />
      </Form.Item>
      <Form.Item name="homeCity" label="户籍城市">
        <Input maxLength={TextLimit.PLACE} />
      </Form.Item>
      <Form.Item name="communityId" label="居住社区" extra="社区或村;与就业单位至少一个在本单位辖区内">
        <OrganizationPicker activeOnly data-testid="person-community" />
      </Form.Item>
      <Form.Item name="employerId" label="就业单位">
        <OrganizationPicker activeOnly data-testid="person-employer" />
      </Form.Item>
      <Form.Item name="arrivalDate" label="来本区时间">
        <DatePicker style={{ width: 220 }} placeholder="选择日期" disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
      </Form.Item>
      <Form.Item name="skills" label="职业技能" extra="输入后按回车,可填多项">
        <Select {...labelsField} />
      </Form.Item>
      <Form.Item name="trainings" label="接受培训" extra="输入后按回车,可填多项">
        <Select {...labelsField} />
      </Form.Item>
    </FormModal>
  );
}
