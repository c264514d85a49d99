// Eighteenth speed round: the name resolver remembers the speaker of the quotation last asked about (names.ts,
// quotationSpeaker). Outputs are unchanged; these pin the edges the memory must keep.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

function speakersOf(text: string): string[] {
  return extractQuantities(text, { publishedAt: '2025-10-01' }).map((quantity) => `${quantity.text} ${quantity.speaker}`);
}

describe('the speaker of a quotation, remembered per quotation', () => {
  // The first sentence of each quotation names no speaker: its number takes the quotation's tag.
  it('gives each of two quotations in a row its own speaker', () => {
    expect(
      speakersOf('Sales were flat.\n"Prices rose 5%. Wages rose 3%," said Anna Smith.\n"Costs fell 2%. Rents fell 4%," said John Brown.'),
    ).toEqual(['5% Anna Smith', '3% Anna Smith', '2% John Brown', '4% John Brown']);
  });

  it('reads the same quotation anew in the next article', () => {
    const quotation = 'Sales were flat.\n"Prices rose 5%. Wages rose 3%," said';
    expect(speakersOf(`${quotation} Anna Smith.`)).toEqual(['5% Anna Smith', '3% Anna Smith']);
    expect(speakersOf(`${quotation} John Brown.`)).toEqual(['5% John Brown', '3% John Brown']);
  });
});
