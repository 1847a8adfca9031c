import { TextLimit } from '@ronghe/types';
import { Form, Input, Space } from 'antd';

/** The fields a unit writes itself, the same when creating and when editing a nomination. */
export function NominationTextFields() {
  return (
    <>
      <Form.Item
        name="deeds"
        label="事迹材料"
        rules={[
          { required: true, message: '请填写事迹材料' },
          { min: 20, message: '事迹材料不少于 20 字' },
        ]}
      >
        <Input.TextArea rows={8} showCount maxLength={TextLimit.FREE_TEXT} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="contactName" label="联系人">
          <Input maxLength={TextLimit.NAME} />
        </Form.Item>
        <Form.Item name="contactPhone" label="联系电话">
          <Input maxLength={TextLimit.SHORT_CODE} />
        </Form.Item>
      </Space>
    </>
  );
}
