import { Result } from 'antd';

/** An honest placeholder for a module that is not built yet. */
export function UnderConstruction({ title }: { title: string }) {
  return <Result status="info" title={`${title}(建设中)`} subTitle="该模块正在建设中,敬请期待。" />;
}
