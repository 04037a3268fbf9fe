/**
 * Everything on the overview that is not its table: the import, bulk actions, reports and the
 * Organization and quiet-accounts notices. One chunk, fetched after the table's first paint
 * (OverviewPage.tsx), so the first render waits for no code it does not draw (issue #13).
 */
export { ImportPanel } from './ImportPanel.tsx';
export { BulkActions } from './BulkActions.tsx';
export { Reports } from './Reports.tsx';
export { OrgNotice } from './OrgNotice.tsx';
export { QuietNotice } from './QuietNotice.tsx';
