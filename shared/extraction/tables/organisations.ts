// Organisations that numbers in the news are often about, with their short and long names.

export interface OrganisationDefinition {
  name: string;
  aliases: readonly string[];
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
Federal Reserve|Fed,U.S. Federal Reserve,US Federal Reserve
European Central Bank|ECB
Bank of England|BoE
Bank of Canada|
Bank of Japan|BoJ
People's Bank of China|PBOC
Reserve Bank of Australia|RBA
Reserve Bank of India|RBI
European Commission|Commission
Pentagon|Department of Defense,Defense Department,U.S. Department of Defense
State Department|Department of State
White House|
Congress|U.S. Congress,US Congress
Senate|U.S. Senate
House of Representatives|
Parliament|
Statistics Canada|StatCan
Office for National Statistics|ONS
Bureau of Labor Statistics|BLS
Congressional Budget Office|CBO
Centers for Disease Control and Prevention|CDC
Food and Drug Administration|FDA
National Health Service|NHS
NASA|
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

export const ORGANISATIONS: readonly OrganisationDefinition[] = ORGANISATION_ROWS.trim().split('\n').map((row) => {
  const [name = '', aliases = ''] = row.split('|');
  return { name, aliases: aliases.split(',').filter((alias) => alias !== '') };
});
