/** The markdown-it instance configured for Obsidian-flavoured notes. */
import MarkdownIt from 'markdown-it';
import { budgetPlugin } from './plugins/budget.js';
import { calloutPlugin } from './plugins/callout.js';
import { commentPlugin } from './plugins/comment.js';
import { footnotePlugin } from './plugins/footnote.js';
import { highlightPlugin } from './plugins/highlight.js';
import { mathPlugin } from './plugins/math.js';
import { tagPlugin } from './plugins/tag.js';
import { taskPlugin } from './plugins/task.js';
import { wikilinkPlugin } from './plugins/wikilink.js';

/** A new parser: CommonMark + tables + Obsidian syntax; HTML is tokenised so that it can be dropped. */
export function createMarkdownParser(): MarkdownIt {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  return (
    md
      // Footnotes (`[^1]` and `[^1]: …`): the marker leaves the sentence, the notes themselves are sources, not facts.
      .use(footnotePlugin)
      .use(commentPlugin)
      .use(mathPlugin)
      .use(wikilinkPlugin)
      .use(highlightPlugin)
      .use(tagPlugin)
      .use(calloutPlugin)
      .use(taskPlugin)
      .use(budgetPlugin)
  );
}

let shared: MarkdownIt | undefined;

/** One parser per process: markdown-it instances are stateless between `parse` calls. */
export function markdownParser(): MarkdownIt {
  shared ??= createMarkdownParser();
  return shared;
}
