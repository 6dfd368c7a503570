/** The API's JSON shapes, from the server's own declarations (types only; nothing is bundled). */
export type {
  ApiAnswerResult,
  ApiArgument,
  ApiCheckResult,
  ApiItem,
  ApiItemDetail,
  ApiNext,
  ApiNote,
  ApiNoteSummary,
  ApiOptimizeResult,
  ApiSettings,
  ApiSource,
  ApiStats,
  ApiStudySettings,
  ApiTimeline,
  ApiTimelineEvent,
} from '../../src/server/api-types';
