/** Arguments: the argument prompts with the model checklist and the student's past answers. */
import { Breadcrumb, Failure, Loading } from '../components';
import { useJson } from '../hooks';
import { itemHref } from '../links';
import type { ApiArgument } from '../types';

export function ArgumentsPage() {
  const list = useJson<{ arguments: ApiArgument[] }>('/api/arguments');
  if (list.error) return <Failure message={list.error} />;
  if (!list.data) return <Loading />;
  return (
    <div class="arguments">
      <h1>Arguments</h1>
      {list.data.arguments.length === 0 && <p class="muted">No argument items in these notes.</p>}
      {list.data.arguments.map(({ item, reviews, pastAnswers }) => (
        <article key={item.id} class="argument-card">
          <Breadcrumb context={item.context} />
          <h2>
            <a href={itemHref(item.id)}>{item.prompt}</a>
          </h2>
          <p class="muted small">
            {reviews} {reviews === 1 ? 'practice' : 'practices'}
          </p>
          <details>
            <summary>Model points</summary>
            <ul class="checklist">
              {(item.checklist ?? []).map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          </details>
          {pastAnswers.length > 0 && (
            <details>
              <summary>Your past answers ({pastAnswers.length})</summary>
              {pastAnswers.map((answer, index) => (
                <blockquote key={`${index}-${answer.slice(0, 20)}`}>{answer}</blockquote>
              ))}
            </details>
          )}
        </article>
      ))}
    </div>
  );
}
