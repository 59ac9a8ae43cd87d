// The staff shell: what both apps' staff pages share.
import './shell.css';
export { StaffShell, NotFound, useProfile, useShellTrpc, ROLE_LABEL, type Role, type Profile, type MenuEntry, type ShellConfig } from './shell';
export { createClient, messageOf, codeOf, setCsrfToken } from './trpc';
export { initI18n } from './i18n';
export { proseDate, proseDayOf, tableDate, tableDateTime, workingDaysWords, yuan } from './format';
export { fileToBase64 } from './files';
