// Countries and country-like subjects with the names, short forms and demonyms news uses for them.
// Each row: canonical name | other names (capitals, the country's own name for itself) | demonyms (the adjective: "Canadian" -> Canada).

const COUNTRY_ROWS = `
United States|U.S.,US,U.S.A.,USA,America,United States of America,Washington|American,U.S.,US
Canada|Ottawa|Canadian,Canadians
Mexico|Mexico City|Mexican,Mexicans
United Kingdom|UK,U.K.,Britain,Great Britain,London|British,Briton,Britons
Ireland|Dublin|Irish
France|Paris|French
Germany|Berlin,Deutschland|German,Germans
Italy|Rome,Italia|Italian,Italians
Spain|Madrid,España|Spanish,Spaniards
Portugal|Lisbon|Portuguese
Netherlands|Holland,the Netherlands|Dutch
Belgium|Brussels|Belgian
Luxembourg||Luxembourgish
Switzerland|Bern|Swiss
Austria|Vienna,Österreich|Austrian
Denmark|Copenhagen,Danmark|Danish,Danes
Norway|Oslo,Norge|Norwegian
Sweden|Stockholm,Sverige|Swedish,Swedes
Finland|Helsinki,Suomi|Finnish,Finns
Iceland||Icelandic
Estonia|Tallinn|Estonian
Latvia|Riga|Latvian
Lithuania|Vilnius|Lithuanian
Poland|Warsaw,Polska|Polish,Poles
Czech Republic|Czechia,Prague,Česko|Czech
Slovakia||Slovak
Hungary|Budapest,Magyarország|Hungarian
Romania|Bucharest|Romanian
Bulgaria||Bulgarian
Greece|Athens|Greek
Turkey|Türkiye,Ankara|Turkish
Croatia||Croatian
Slovenia||Slovenian
Serbia|Belgrade|Serbian
Albania||Albanian
North Macedonia||Macedonian
Montenegro||Montenegrin
Moldova||Moldovan
Ukraine|Kyiv,Kiev|Ukrainian,Ukrainians
Belarus|Minsk|Belarusian
Russia|Moscow,Kremlin,Russian Federation|Russian,Russians
Georgia|Tbilisi|Georgian
Armenia||Armenian
Azerbaijan||Azerbaijani
Kazakhstan||Kazakh
China|Beijing,PRC|Chinese
Taiwan|Taipei|Taiwanese
Japan|Tokyo|Japanese
South Korea|Korea,Seoul,Republic of Korea|South Korean,Korean,Koreans
North Korea|Pyongyang|North Korean
India|New Delhi,Delhi|Indian,Indians
Pakistan|Islamabad|Pakistani
Bangladesh|Dhaka|Bangladeshi
Sri Lanka||Sri Lankan
Nepal||Nepalese,Nepali
Afghanistan|Kabul|Afghan
Iran|Tehran|Iranian
Iraq|Baghdad|Iraqi
Syria|Damascus|Syrian
Lebanon|Beirut|Lebanese
Israel|Jerusalem|Israeli,Israelis
Palestine|Palestinian territories,Gaza,West Bank|Palestinian,Palestinians
Jordan|Amman|Jordanian
Saudi Arabia|Riyadh|Saudi,Saudis
Yemen||Yemeni
Oman||Omani
United Arab Emirates|UAE,Emirates,Abu Dhabi,Dubai|Emirati
Qatar|Doha|Qatari
Kuwait||Kuwaiti
Bahrain||Bahraini
Egypt|Cairo|Egyptian
Libya||Libyan
Tunisia||Tunisian
Algeria||Algerian
Morocco||Moroccan
Sudan|Khartoum|Sudanese
Ethiopia|Addis Ababa|Ethiopian
Somalia||Somali
Kenya|Nairobi|Kenyan
Uganda||Ugandan
Tanzania||Tanzanian
Rwanda||Rwandan
Nigeria|Abuja,Lagos|Nigerian
Ghana|Accra|Ghanaian
Côte d'Ivoire|Ivory Coast,Cote d'Ivoire,Côte d’Ivoire,Cote d’Ivoire,Abidjan,Yamoussoukro|Ivorian
Senegal||Senegalese
Mali||Malian
Niger||Nigerien
Cameroon||Cameroonian
Democratic Republic of the Congo|DRC,DR Congo,Congo|Congolese
Angola||Angolan
Zambia||Zambian
Zimbabwe||Zimbabwean
Mozambique||Mozambican
South Africa|Pretoria,Johannesburg|South African
Brazil|Brasilia|Brazilian
Argentina|Buenos Aires|Argentine,Argentinian
Chile||Chilean
Peru||Peruvian
Colombia|Bogota|Colombian
Venezuela|Caracas|Venezuelan
Ecuador||Ecuadorian
Bolivia||Bolivian
Paraguay||Paraguayan
Uruguay||Uruguayan
Cuba|Havana|Cuban
Haiti||Haitian
Dominican Republic||Dominican
Guatemala||Guatemalan
Honduras||Honduran
El Salvador||Salvadoran
Nicaragua||Nicaraguan
Costa Rica||Costa Rican
Panama||Panamanian
Jamaica||Jamaican
Greenland||Greenlandic
Australia|Canberra|Australian,Australians
New Zealand|Wellington|New Zealander
Indonesia|Jakarta|Indonesian
Malaysia|Kuala Lumpur|Malaysian
Singapore||Singaporean
Thailand|Bangkok|Thai
Vietnam|Hanoi|Vietnamese
Philippines|Manila|Filipino,Philippine
Myanmar|Burma|Burmese
Cambodia||Cambodian
Mongolia||Mongolian
`;

export interface PlaceDefinition {
  name: string;
  aliases: readonly string[];
  demonyms: readonly string[];
}

export const COUNTRIES: readonly PlaceDefinition[] = COUNTRY_ROWS.trim()
  .split('\n')
  .map((row) => {
    const [name = '', aliases = '', demonyms = ''] = row.split('|');
    const list = (field: string) => field.split(',').filter((item) => item !== '');
    return { name, aliases: list(aliases), demonyms: list(demonyms) };
  });
