// Eighteenth round (issue 10): a claim's kind and time. Each reading quotes development records next to invented
// counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** The words, kind and time of each quantity found in the text. */
function kindsAndTimes(text: string, publishedAt?: string): [string, string, object][] {
  return extractQuantities(text, publishedAt ? { publishedAt } : {}).map((quantity) => [quantity.text, quantity.kind, quantity.time]);
}

describe('a span of time under a bare "will" is how long, not a forecast', () => {
  it('reads how long the light will take as actual (dev copy: benchnews3)', () => {
    // benchnews3-dev bn3-sltrib-com-dd5c70-20.
    expect(kindsAndTimes('It will take the light from Earth 1 hour and 20 minutes to travel to Cassini’s cameras, Wiggins said.')).toEqual([
      ['1 hour', 'actual', {}],
      ['20 minutes', 'actual', {}],
    ]);
  });

  it('reads when a tender offer will expire as actual (dev copy: othernews)', () => {
    // othernews-dev on-reuters-372-15.
    expect(
      kindsAndTimes(
        'The offer will begin Thursday, subject to clearances from the staff of the Interstate Commerce Commission and will expire 20 business days after commencement unless extended.',
      ),
    ).toEqual([['20 business days', 'actual', {}]]);
  });

  it('keeps the amount a "will" forecasts, and a span said as the horizon ahead, as forecasts (invented)', () => {
    expect(kindsAndTimes('The project will cost $40 million and will take 18 months.')).toEqual([
      ['$40 million', 'forecast', {}],
      ['18 months', 'actual', {}],
    ]);
    expect(kindsAndTimes('Exports will grow 5 percent over the next five years.')).toEqual([
      ['5 percent', 'forecast', {}],
      ['five years', 'forecast', {}],
    ]);
    // A span an estimate expects is not under a bare "will".
    expect(kindsAndTimes('Approval is expected within 30 days.')).toEqual([['30 days', 'forecast', {}]]);
  });
});

describe('"will" before a verb of an agent’s own act is its plan', () => {
  it('reads what a government will compensate as a target (dev copy: benchnews2)', () => {
    // benchnews2-dev bn2-latimes-com-e9a4fb-01.
    expect(
      kindsAndTimes(
        'British Foreign Secretary William Hague tells the House of Commons in central London on Thursday the government will compensate more than 5,000 Kenyans who claim they were abused and tortured in prison camps.',
      ),
    ).toEqual([['5,000 Kenyans', 'target', {}]]);
  });

  it('reads where rallies will take place as a target (dev copy: recentnews)', () => {
    // recentnews-dev rc-money-cnn-com-17.
    expect(
      kindsAndTimes(
        'Concurrent rallies will take place at nearly 20 airports around the country, including Los Angeles International Airport, Goumbri said.',
      ),
    ).toEqual([['20 airports', 'target', {}]]);
    // Invented: a "will" of what happens to an amount stays a forecast, and "will add to" is no plan.
    expect(kindsAndTimes('Analysts say the retailer will grow sales 5 percent.')).toEqual([['5 percent', 'forecast', {}]]);
    expect(
      kindsAndTimes(
        'A budget bill approved in February that raised spending by $300 billion over two years will add to the financial pressure.',
      ),
    ).toEqual([
      ['$300 billion', 'actual', {}],
      ['two years', 'actual', {}],
    ]);
  });
});
