import { Collapse, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The restorer's notes on how the source was read. They exist in English only. */
export function EditorNotes({ notes }: { notes: readonly string[] }) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  return (
    <Collapse
      ghost
      size="small"
      style={{ marginTop: 8 }}
      items={[
        {
          key: 'notes',
          label: <Typography.Text type="secondary">{t('rulebook.notes')}</Typography.Text>,
          children: (
            <ul lang="en" style={{ margin: 0, paddingInlineStart: 20, color: 'rgba(0,0,0,0.65)' }}>
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}
