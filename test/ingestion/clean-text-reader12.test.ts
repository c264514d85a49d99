import { describe, expect, it } from 'vitest';
import { cleanArticleText } from '../../shared/ingestion/clean-text.js';

describe('cleanArticleText: page data left as text', () => {
  it("drops a paragraph that is a JSON object (USA Today's hidden page info, htmlparser-benchmark 1a2c2f)", () => {
    const pageInfo =
      '{ "js_modules": [{"name": "video"}, {"name": "expandable-photo"}, {"name": "pullquote"}], "assetid": "2552971", "aws": "tech", "aws_id": "tech", "blogname": "", "byline":"Todd Halvorson" }';
    expect(cleanArticleText(`NASA aborted a spacewalk on Tuesday.\n\n${pageInfo}`)).toBe('NASA aborted a spacewalk on Tuesday.');
  });

  it('keeps prose in braces that is not JSON', () => {
    const text = "{Editor's note: this story was updated on July 18 with 2 new figures.}";
    expect(cleanArticleText(text)).toBe(text);
  });
});
