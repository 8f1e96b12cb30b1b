import { GlanceVerdict } from '@/components/glance-verdict';
import { useParentGuide } from '../api/get-parent-guide';
import { AgeBadge } from './age-badge';

/** The parents' verdict on the first screen: Common Sense Media's age verdict and its one-line summary. */
export function ParentVerdict({ movieId }: { movieId: string }) {
  const guide = useParentGuide(movieId);
  const where = { href: '#parents', title: 'Parents' };
  if (guide.isPending) return <GlanceVerdict {...where} state="pending" loading="the age verdict" />;
  if (guide.isError) return <GlanceVerdict {...where} state="unavailable" />;
  const { age, verdict, summary } = guide.data;
  return (
    <GlanceVerdict
      {...where}
      state="ready"
      name={`Parents: ${verdict}, ${summary}`}
      figure={<AgeBadge age={age} size="md" />}
      verdict={verdict}
      detail={summary}
    />
  );
}
