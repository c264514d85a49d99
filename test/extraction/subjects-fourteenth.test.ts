// Whose figure it is, fourteenth round of subjects (issue 10): figures the annotators give no owner (a class's count,
// a headline's number, a figure of two subjects) and a model's name read whole. Each test quotes a development sentence
// and keeps a made-up counter-example that must still be read as before.
import { describe, expect, it } from 'vitest';
import { about } from './readings.js';

describe('whose figure it is, subjects fourteenth round', () => {
  it('gives no member the count of the class it is one of', () => {
    // benchnews2-dev: the association is one of the three groups; the count is no one's.
    const bankers =
      'The American Bankers Association (ABA), one of three financial industry groups that worked with Microsoft, said any success will reduce future losses.';
    expect(about(bankers, 'three financial industry groups').subject).toBeNull();
    // benchnews2-dev: a circuit is one of the game's seven new locations.
    const circuit = "The UK's Silverstone Circuit will be one of seven new locations in Gran Turismo 6.";
    expect(about(circuit, 'seven new locations').subject).toBeNull();
    // benchnews-dev: a victim is one of the outbreak's 49, set off by where she lives.
    const victim = 'Lynda Brackenridge, of Lakeview, Calif., is one of 49 victims of a hepatitis A outbreak.';
    expect(about(victim, '49 victims').subject).toBeNull();
    // Made up: the name's own count, and a possessive's "one of", keep their owners.
    expect(about('The American Bankers Association has three financial industry groups.', 'three financial industry groups').subject).toBe(
      'American Bankers Association',
    );
    expect(
      about("Thomas Hoenig, the Fed's longest-serving policymaker and one of 10 people on the committee, dissented.", '10 people').subject,
    ).toBe('Federal Reserve');
  });

  it('reads no owner from the capitals of a headline in title case', () => {
    // othernews-dev: a link to another story; its words are capitalized as a title's, not as names.
    expect(about("(MORE: 'Laughter Shocks': 13 Best Tweets About the East Coast Earthquake)", '13 Best Tweets').subject).toBeNull();
    // realnews-dev: a gallery's caption.
    expect(about('Gallery: Xbox One X | 14 Photos', '14 Photos').subject).toBeNull();
    // benchnews-dev: a quoted headline.
    const headlines =
      'The headlines are horrifying. "Shark Bites 15-Year-Old French Girl in Half;" "Great White Shark Gets Head Into Shark Diving Cage."';
    expect(about(headlines, '15-Year').subject).toBeNull();
    // Made up: a sentence with a small word of four letters is no title, and its name keeps the figure.
    expect(about('Gallery: Xbox One X sold 14 million units worldwide', '14 million units').subject).toBe('Xbox One X');
  });

  it('gives no single owner to a name joined to initials the tables do not know', () => {
    // benchnews2-dev: Microsoft and the FBI launched the assault together.
    const botnet =
      "Microsoft Corp and the FBI, aided by authorities in more than 80 countries, have launched a major assault on one of the world's biggest cybercrime rings, believed to have stolen more than $500m from bank accounts over the past 18 months.";
    expect(about(botnet, '$500m').subject).toBeNull();
    expect(about(botnet, '80 countries').subject).toBeNull();
    // Made up: the company alone keeps the figure.
    expect(about('Microsoft Corp, aided by authorities in more than 80 countries, has launched an assault.', '80 countries').subject).toBe(
      'Microsoft Corp',
    );
  });

  it("reads a model's capitals and the digits glued to its letter as part of its name", () => {
    // benchnews3-dev: "Optimus F3", not "Optimus F".
    const phone = "Around back is a 5-megapixel camera, and buried inside the Optimus F3's frame is a 1.5GHz dual-core processor.";
    expect(about(phone, '1.5GHz').subject).toBe('Optimus F3');
    // othernews-dev: "Harmon Kardon CL", not "Harmon Kardon".
    const headphone = 'The Harmon Kardon CL is a quality-made headphone but is a bit pricey at $200 a pop.';
    expect(about(headphone, '$200').subject).toBe('Harmon Kardon CL');
    // Made up: a country's initials after a name stay the country's, not the model's.
    expect(about('Samsung UK sold 10 million phones.', '10 million phones').subject).not.toBe('Samsung UK');
  });
});
