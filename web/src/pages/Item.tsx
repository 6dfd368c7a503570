/** One item: its answer, source, card, review history, and suspend/unsuspend. */
import { post } from '../api';
import { Breadcrumb, Failure, Loading, SourcePanel } from '../components';
import { useJson } from '../hooks';
import type { ApiItemDetail } from '../types';

const RATING = ['', 'Again', 'Hard', 'Good', 'Easy'];

export function ItemPage({ id }: { id: string }) {
  const detail = useJson<ApiItemDetail>(`/api/items/${encodeURIComponent(id)}`);
  if (detail.error) return <Failure message={detail.error} />;
  if (!detail.data) return <Loading />;
  const { item, card, reviews, source } = detail.data;
  const toggle = async (): Promise<void> => {
    await post(`/api/items/${item.id}/state`, { state: item.state === 'suspended' ? 'active' : 'suspended' });
    detail.reload();
  };
  return (
    <article class="item-detail">
      <p>
        <a href="#/browse">← Browse</a>
      </p>
      <Breadcrumb context={item.context} />
      <h1>{item.prompt}</h1>
      <p class="answer">{item.answer}</p>
      {item.choices && (
        <p class="muted">
          {item.kind === 'order' ? 'Events' : 'Choices'}: {item.choices.join(' · ')}
        </p>
      )}
      {item.checklist && (
        <ul class="checklist">
          {item.checklist.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      )}
      <p>
        <span class={`kind kind-${item.kind}`}>{item.kind}</span> <span class="badge">{item.state}</span>
        {item.leech && <span class="badge">leech</span>}{' '}
        {item.state !== 'retired' && (
          <button type="button" onClick={toggle}>
            {item.state === 'suspended' ? 'Unsuspend' : 'Suspend'}
          </button>
        )}
      </p>
      <p class="muted">
        {card
          ? `Due ${new Date(card.due).toLocaleString()} · ${card.reps} reviews · ${card.lapses} lapses`
          : 'Never studied'}
      </p>
      <h2>History</h2>
      {reviews.length === 0 ? (
        <p class="muted">No reviews yet.</p>
      ) : (
        <table class="history">
          <thead>
            <tr>
              <th>When</th>
              <th>Grade</th>
              <th>Time</th>
            </tr>
          </thead>
          <tbody>
            {reviews.map((review) => (
              <tr key={review.id}>
                <td>{new Date(review.reviewedAt).toLocaleString()}</td>
                <td>{RATING[review.rating]}</td>
                <td>{review.durationMs === null ? '' : `${Math.round(review.durationMs / 1000)} s`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {source && (
        <>
          <h2>Source</h2>
          <SourcePanel source={source} />
        </>
      )}
    </article>
  );
}
