// Chinese first; English through i18next for those who ask for it (the language switch in the user menu).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

const zh = {
  signIn: '登录',
  signOut: '退出登录',
  username: '用户名',
  password: '密码',
  signInTitle: '工作人员登录',
  changePassword: '修改密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  confirmPassword: '确认新密码',
  passwordsDiffer: '两次输入的新密码不一致',
  passwordChanged: '密码已修改，其他设备上的登录已退出。',
  mustChangePassword: '首次登录请先修改密码。',
  inbox: '消息',
  markRead: '标为已读',
  noMessages: '暂无消息。有新的提醒或通知时会出现在这里。',
  notFound: '未找到该页面或事项',
  notFoundHint: '它可能不存在，或不在您的查看范围内。',
  backHome: '返回首页',
  language: 'English',
  required: '请填写此项',
  loading: '加载中…',
  error: '出错了',
};
type Keys = keyof typeof zh;
const en: Record<Keys, string> = {
  signIn: 'Sign in',
  signOut: 'Sign out',
  username: 'Username',
  password: 'Password',
  signInTitle: 'Staff sign-in',
  changePassword: 'Change password',
  currentPassword: 'Current password',
  newPassword: 'New password',
  confirmPassword: 'Confirm new password',
  passwordsDiffer: 'The new passwords differ',
  passwordChanged: 'Password changed; other sessions were signed out.',
  mustChangePassword: 'Please change your password first.',
  inbox: 'Inbox',
  markRead: 'Mark read',
  noMessages: 'No messages. Reminders and notices will appear here.',
  notFound: 'Page or item not found',
  notFoundHint: 'It may not exist, or it is outside what you may see.',
  backHome: 'Back to home',
  language: '中文',
  required: 'Required',
  loading: 'Loading…',
  error: 'Error',
};

export const LANGUAGE_KEY = 'zhengling.language';

export function initI18n(resources: { zh: Record<string, string>; en: Record<string, string> } = { zh: {}, en: {} }) {
  const lng = (typeof localStorage !== 'undefined' && localStorage.getItem(LANGUAGE_KEY)) || 'zh-CN';
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'zh-CN',
    resources: {
      'zh-CN': { translation: { ...zh, ...resources.zh } },
      en: { translation: { ...en, ...resources.en } },
    },
    interpolation: { escapeValue: false },
  });
  return i18next;
}
