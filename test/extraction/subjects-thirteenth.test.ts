// Whose figure it is, thirteenth round of subjects (issue 10): classes of wrong subjects read on the development sets,
// each fixed where the grammar or the name says who owns the figure. Each test quotes a development sentence and keeps a
// made-up counter-example that must still be read as before.
import { describe, expect, it } from 'vitest';
import { about } from './readings.js';

describe('whose figure it is, subjects thirteenth round', () => {
  it('reads a model number after a name as part of the name', () => {
    // realnews-dev: the game's name holds its number.
    const game =
      "We only had a few enhanced titles to test: Gears of War 4, Killer Instinct and Super Lucky's Tale. Gears of War 4 runs natively in 4K at 30 FPS with Dolby Atmos and HDR support.";
    expect(about(game, '30 FPS').subject).toBe('Gears of War 4');
    // parsernews-dev: "A Boeing 777 uses 14 tires".
    expect(about('A Boeing 777 uses 14 tires on every flight.', '14 tires').subject).toBe('Boeing 777');
    // realnews-dev: a model word after the number stays in the name too.
    const console = 'The PlayStation 4 Pro, meanwhile, has over one hundred games built for its hardware.';
    expect(about(console, 'one hundred games').subject).toBe('PlayStation 4 Pro');
    // Made up: a year after a name is no model number, nor is a number that a unit follows.
    expect(about('The company shipped Toyota 2015 Camry cars for $20,000 each.', '$20,000').subject).toBe('Toyota');
    expect(about('In 2019 Boeing 12 percent of orders were cancelled.', '12 percent').subject).toBe('Boeing');
  });

  it('gives no figure to a country whose adjective opens the sentence', () => {
    // bd-brown (browndev-dev): the speed is the rocket's, not Germany's.
    const pilot =
      'To the German pilot in the bomber the rocket became a faint black speck, hurtling through the sky at the then incredible speed of 420 m.p.h..';
    expect(about(pilot, '420 m.p.h').subject).toBeNull();
    // benchnews2-dev: the distance is Kirkuk's from Baghdad, not Iraq's.
    const kirkuk =
      'Iraqi security personnel inspect the site of a bomb attack in Kirkuk, 250 km (155 miles) north of Baghdad, May 15, 2013.';
    expect(about(kirkuk, '250 km').subject).toBeNull();
    // Made up: the country's name, or its people, opening the sentence still own its figure.
    expect(about('Germany will spend 100 billion euros on defence.', '100 billion euros').subject).toBe('Germany');
    expect(about('Germans will spend 100 billion euros on cars.', '100 billion euros').subject).toBe('Germany');
  });
});
