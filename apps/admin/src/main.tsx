import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { client } from './api/client';
import { App } from './App';
import { AuthProvider } from './auth/AuthProvider';
import { keepEnterInDateFields } from './common/dateFields';
import { usePrefersReducedMotion } from './common/reducedMotion';

dayjs.locale('zh-cn');
keepEnterInDateFields();

function Root() {
  const reducedMotion = usePrefersReducedMotion();
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#c4161c', borderRadius: 4, motion: !reducedMotion } }}>
      <AntApp>
        <Provider value={client}>
          <AuthProvider>
            <App />
          </AuthProvider>
        </Provider>
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
