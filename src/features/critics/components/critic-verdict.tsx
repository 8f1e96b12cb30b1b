import { GlanceVerdict } from '@/components/glance-verdict';
import { ScoreBadge } from '@/components/score-badge';
import { criticHeadline, formatCriticScore, verdictOf } from '@/domain/scores';
import { useCriticSummary } from '../api/get-critic-reviews';

const reviews = (n: number) => `${n} critic ${n === 1 ? 'review' : 'reviews'}`;

/** The critics' verdict on the first screen: the headline score, its label and the reviews it rests on. */
export function CriticVerdict({ movieId }: { movieId: string }) {
  const summary = useCriticSummary(movieId);
  const where = { href: '#critics', title: 'Critics' };
  if (summary.isPending) return <GlanceVerdict {...where} state="pending" loading="the critic score" />;
  if (summary.isError) return <GlanceVerdict {...where} state="unavailable" />;
  const headline = criticHeadline(summary.data);
  if (!headline) {
    const count = reviews(summary.data.count);
    return (
      <GlanceVerdict
        {...where}
        state="ready"
        name={`Critics: not enough reviews yet, ${count}`}
        verdict="Not enough reviews yet"
        detail={count}
      />
    );
  }
  const label = verdictOf(headline.score, 'critic');
  const detail = headline.published ? reviews(headline.count) : `plain mean of ${reviews(headline.count)}`;
  return (
    <GlanceVerdict
      {...where}
      state="ready"
      name={`Critics: ${formatCriticScore(headline.score)} out of 100, ${label}, ${detail}`}
      figure={<ScoreBadge score={headline.score} scale="critic" kind="aggregate" />}
      verdict={label}
      detail={detail}
    />
  );
}
