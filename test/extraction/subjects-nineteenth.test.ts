// Whose figure it is, nineteenth round of subjects (issue 10): a subject given wrong is worse than none, so classes of
// wrong owners counted across the development sets are withheld where the text shows the name is not the owner. Each
// test quotes development sentences and keeps made-up counter-examples that must still be read as before.
import { describe, expect, it } from 'vitest';
import { about } from './readings.js';

describe('whose figure it is, subjects nineteenth round', () => {
  it('gives no figure to the name that reports, finds or expects it', () => {
    // benchnews-dev: the Weather Service confirms the tornados; they are not its own.
    const tornados =
      'Already, the National Weather Service in Tampa confirmed two tornados touched down early Thursday one in Myakka City and the other in Sun City Center.';
    expect(about(tornados, 'two tornados').subject).toBeNull();
    // benchnews2-dev: what researchers observed or looked at is their study's matter, not theirs.
    const volcanoes = 'In total, Ludlow’s team observed 48 volcanic events between the years 431 and 1649.';
    expect(about(volcanoes, '48 volcanic events').subject).toBeNull();
    // benchnews3-dev: the bank forecasts Samsung's shipments.
    const shipments =
      'Poor consumer demand stemming from Europe is likely to impact demand, and JPMorgan Chase now expects annual S4 shipments to be 20 - 30 percent lower than previously forecast.';
    expect(about(shipments, '20 - 30 percent').subject).toBeNull();
    // Made up: a name that finds its own figure keeps it, and "was found guilty" reports nothing.
    expect(about('Toyota Motor Corp found that its sales rose 12 percent in May.', '12 percent').subject).toBe('Toyota Motor Corp');
    const guilty = 'Alexei Navalny was found guilty of taking 16m roubles from the company.';
    expect(about(guilty, '16m roubles').subject).toBe('Alexei Navalny');
  });

  it('gives no price to what is sold or bought', () => {
    // othernews-dev: the unit sold is not the price's owner; its seller ("It") is, and no name says so here.
    const courier =
      'It agreed recently to sell its Canadian Courier unit to Onex Capital for 170 mln dlrs, and previously sold its auto filters business.';
    expect(about(courier, '170 mln dlrs').subject).toBeNull();
    const subsidiary = 'Multi-Step Products Inc said it agreed to sell wholly owned Multi-Step Manufacturing Inc for 100,000 dlrs cash.';
    expect(about(subsidiary, '100,000 dlrs').subject).toBeNull();
    // Made up: the seller or the buyer that heads the clause keeps the figure.
    expect(about('Purolator Courier Corp agreed to sell its Canadian unit for 170 mln dlrs.', '170 mln dlrs').subject).toBe(
      'Purolator Courier Corp',
    );
    expect(about('Onex Capital bought 40 pct of the courier business.', '40 pct').subject).toBe('Onex Capital');
  });

  it('gives no sum to the name that pays it to someone else', () => {
    // parsernews-dev: the interest is what Apple got, not the Treasury's.
    const interest =
      'In return, the Treasury Department paid Apple at least $600 million and possibly much more over the past five years in the form of interest.';
    expect(about(interest, '$600 million').subject).toBeNull();
    // recentnews-dev: the severance is Ailes's ("him"), not Murdoch's.
    expect(about('Rupert Murdoch decided to pay him $40 million and retain him as an adviser.', '$40 million').subject).toBeNull();
    // Made up: a payer whose sum goes to no one named keeps it.
    expect(about('The Treasury Department paid $600 million in interest last year.', '$600 million').subject).toBe('Treasury Department');
  });
});
