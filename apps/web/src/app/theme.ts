import type { ThemeConfig } from 'antd';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f4e79',
    colorInfo: '#1f4e79',
    borderRadius: 8,
    fontSize: 15,
  },
  components: {
    Menu: { itemSelectedBg: '#e6eef6', itemSelectedColor: '#1f4e79', itemActiveBg: '#eef3f8' },
    Layout: { headerBg: '#1f4e79', siderBg: '#ffffff', bodyBg: '#f4f6f9', headerPadding: '0 16px' },
  },
};
