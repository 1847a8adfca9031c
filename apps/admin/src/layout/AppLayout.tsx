import { ApartmentOutlined, AuditOutlined, FileDoneOutlined, LogoutOutlined, MenuOutlined, TrophyOutlined } from '@ant-design/icons';
import { roleLabels } from '@ronghe/types';
import { Button, Drawer, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { Guarded, mayOpen } from '../auth/access';
import { useAuth } from '../auth/AuthProvider';
import { label } from '../common/labels';
import { useNarrow } from '../common/useNarrow';
import './narrow.css';
import { saveSession } from '../auth/session';
import { graphql } from '../gql';

// Ends the account's sessions everywhere, not only in this browser.
const LogoutDocument = graphql(`
  mutation Logout { logout }
`);

const MENU = [
  {
    key: 'registry',
    icon: <ApartmentOutlined />,
    label: '单位管理',
    children: [
      { key: '/organizations', label: '单位名录' },
      { key: '/jurisdiction', label: '辖区树' },
      { key: '/persons', label: '外来务工人员' },
      { key: '/import', label: '数据导入' },
      { key: '/accounts', label: '账号与角色' },
      { key: '/audit', label: '审计日志' },
      { key: '/partners', label: '合作部门接入' },
    ],
  },
  {
    key: 'supervising',
    icon: <FileDoneOutlined />,
    label: '任务督导',
    children: [
      { key: '/tasks/dashboard', label: '督导看板' },
      { key: '/tasks/mine', label: '我的任务' },
      { key: '/tasks/review', label: '进展审核' },
      { key: '/tasks/plan', label: '任务分解' },
      { key: '/tasks/documents', label: '政策文件' },
    ],
  },
  {
    key: 'nominating',
    icon: <TrophyOutlined />,
    label: '典型推荐',
    children: [
      { key: '/nominations', label: '推荐列表' },
      { key: '/nominations/new', label: '新建推荐' },
      { key: '/nomination-cycles', label: '评选年度与名额' },
    ],
  },
  {
    key: 'reviewing',
    icon: <AuditOutlined />,
    label: '考核评审',
    children: [
      { key: '/review-setup', label: '评审设置' },
      { key: '/scoring', label: '我的评审任务' },
      { key: '/evaluation', label: '排名与审批' },
      { key: '/publicity', label: '公示与异议' },
      { key: '/holiday-calendar', label: '节假日日历' },
    ],
  },
];

/** Entries are shown to whom their page is open (the access rules; the server checks again); a group left empty is hidden. */
function menuFor(roles: readonly string[]) {
  return MENU.map((group) => ({
    ...group,
    children: group.children.filter((c) => mayOpen(c.key, roles)),
  })).filter((group) => group.children.length > 0);
}

export function AppLayout() {
  const { account, loading } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [, logout] = useMutation(LogoutDocument);
  const narrow = useNarrow();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      defaultOpenKeys={['registry', 'supervising', 'nominating', 'reviewing']}
      selectedKeys={[pathname.startsWith('/tasks/documents') ? '/tasks/documents' : pathname]}
      items={menuFor(account?.roles ?? [])}
      onClick={({ key }) => {
        if (!key.startsWith('/')) return;
        setDrawerOpen(false);
        // The page already open keeps its address (the review or filter chosen in it).
        if (key !== pathname) navigate(key);
      }}
    />
  );
  const brand = <div style={{ color: '#fff', padding: '18px 20px', fontSize: 18, fontWeight: 600 }}>融合 · 典型培育</div>;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {narrow ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={260}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }}
          data-testid="menu-drawer"
        >
          {brand}
          {menu}
        </Drawer>
      ) : (
        <Layout.Sider width={220} theme="dark" data-testid="menu-sider">
          {brand}
          {menu}
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
            gap: 8,
            paddingInline: narrow ? 12 : 24,
          }}
        >
          {narrow ? (
            <Button icon={<MenuOutlined />} aria-label="菜单" data-testid="menu-toggle" onClick={() => setDrawerOpen(true)} />
          ) : (
            <Typography.Text strong>流动人口社会融合十类典型培育管理系统</Typography.Text>
          )}
          <Space>
            {loading ? (
              <Spin size="small" />
            ) : (
              account && (
                <>
                  <span data-testid="account-name">{account.displayName}</span>
                  {!narrow && <Typography.Text type="secondary">{account.organization.name}</Typography.Text>}
                  {!narrow &&
                    account.roles.map((r) => (
                      <Tag key={r} color="blue">
                        {label(roleLabels, r)}
                      </Tag>
                    ))}
                </>
              )
            )}
            <Button
              icon={<LogoutOutlined />}
              aria-label="退出"
              onClick={() =>
                logout({}).then(() => {
                  // The next account to sign in here starts on its own work, not on this one's last page.
                  window.history.replaceState(null, '', '/');
                  saveSession(null);
                })
              }
            >
              {narrow ? null : '退出'}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: narrow ? 8 : 24, minWidth: 0 }} data-testid="main-content">
          <Guarded>
            <Outlet />
          </Guarded>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
