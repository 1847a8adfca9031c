import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';

export function CursorPager(props: {
  page: number;
  total: number | undefined;
  unit: string;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  return (
    <Space style={{ marginTop: 16, width: '100%', justifyContent: 'space-between' }}>
      <Typography.Text type="secondary" data-testid="total">
        共 {props.total ?? '—'} {props.unit}
      </Typography.Text>
      <Space>
        <Button icon={<LeftOutlined />} disabled={props.page <= 1} onClick={props.onPrevious}>
          上一页
        </Button>
        <Typography.Text>第 {props.page} 页</Typography.Text>
        <Button disabled={!props.hasNext} onClick={props.onNext}>
          下一页 <RightOutlined />
        </Button>
      </Space>
    </Space>
  );
}
