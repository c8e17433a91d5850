import { useTranslation } from '../../i18n/use-translation.js';
import { ApiError } from '../api.js';

interface ProblemMessageProps {
  error: unknown;
  /** The `id` a form field's aria-describedby points at. */
  id?: string;
  /** A sentence in the console's language to show instead of the server's title. */
  summary?: string;
}

/**
 * An error, announced as it appears. The server writes its problems in English, so its words are
 * marked `lang="en"` for screen readers; a lost connection or a fault of the console itself is said
 * in the console's language.
 */
export function ProblemMessage({ error, id, summary }: ProblemMessageProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : undefined;
  const offline = problem?.status === 0;
  return (
    <div class="problem" role="alert" id={id}>
      <p class="problem-title">
        <span class="problem-mark" aria-hidden="true">
          !{' '}
        </span>
        {summary ??
          (!problem ? t('errors.unexpected') : offline ? t('errors.network') : <span lang="en">{problem.title}</span>)}
      </p>
      {problem?.detail && (
        <p class="problem-detail" lang="en">
          {problem.detail}
        </p>
      )}
      {!problem && error instanceof Error && (
        <p class="problem-detail" lang="en">
          {error.message}
        </p>
      )}
    </div>
  );
}
