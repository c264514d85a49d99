// Organisations that numbers in the news are often about, with their short and long names, and for a state's
// own bodies the state (a text that cites the Congressional Budget Office and says "the government" means the US).

export interface OrganisationDefinition {
  name: string;
  aliases: readonly string[];
  state: string | null;
}

const ORGANISATION_ROWS = `
NATO|North Atlantic Treaty Organization,North Atlantic Treaty Organisation,Nato
European Union|EU,E.U.
United Nations|UN,U.N.
International Monetary Fund|IMF
World Bank|
World Health Organization|WHO,World Health Organisation
World Trade Organization|WTO
OPEC|Opec,OPEC+,Organization of the Petroleum Exporting Countries
OECD|Organisation for Economic Co-operation and Development
Federal Reserve|Fed,U.S. Federal Reserve,US Federal Reserve|United States
European Central Bank|ECB
Bank of England|BoE|United Kingdom
Bank of Canada||Canada
Bank of Japan|BoJ|Japan
People's Bank of China|PBOC|China
Reserve Bank of Australia|RBA|Australia
Reserve Bank of India|RBI|India
European Commission|Commission
Pentagon|Department of Defense,Defense Department,U.S. Department of Defense|United States
State Department|Department of State|United States
White House||United States
Congress|U.S. Congress,US Congress|United States
Senate|U.S. Senate|United States
House of Representatives||United States
Parliament|
Statistics Canada|StatCan|Canada
Office for National Statistics|ONS|United Kingdom
Bureau of Labor Statistics|BLS|United States
Congressional Budget Office|CBO|United States
Centers for Disease Control and Prevention|CDC|United States
Food and Drug Administration|FDA|United States
National Health Service|NHS|United Kingdom
NASA||United States
SpaceX|
Apple|
Google|Alphabet
Microsoft|
Amazon|
Meta|Facebook
Tesla|
Nvidia|NVIDIA
OpenAI|
Samsung|
Intel|
TSMC|
Boeing|
Airbus|
Lockheed Martin|
Toyota|
Volkswagen|
FIFA|
IOC|International Olympic Committee
`;

export const ORGANISATIONS: readonly OrganisationDefinition[] = ORGANISATION_ROWS.trim()
  .split('\n')
  .map((row) => {
    const [name = '', aliases = '', state = ''] = row.split('|');
    return { name, aliases: aliases.split(',').filter((alias) => alias !== ''), state: state || null };
  });
