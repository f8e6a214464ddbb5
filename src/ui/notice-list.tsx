import { t } from '@lingui/core/macro';
import { Button } from './button';
import { dismissNotice, useNotices } from './notices';

export function NoticeList() {
  const notices = useNotices();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          role={notice.tone === 'error' ? 'alert' : 'status'}
          className={`notice notice--${notice.tone}`}
        >
          <p>{notice.text}</p>
          <Button size="small" onClick={() => dismissNotice(notice.id)}>
            {t`Dismiss`}
          </Button>
        </div>
      ))}
    </div>
  );
}
