import { render } from 'preact';
import { t } from '../shared/i18n.ts';

render(<h1>{t('extName')}</h1>, document.getElementById('app')!);
