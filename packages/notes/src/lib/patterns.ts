/**
 * The vocabulary of printed references: months, seasons, page and volume
 * labels, publisher words and publishing cities. General bibliographic
 * knowledge, not taken from any one text.
 */

const months =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre'
const seasons = 'Spring|Summer|Autumn|Fall|Winter|Printemps|Été|Automne|Hiver'

export const monthWord = `(?:${months})\\.?`
export const seasonWord = `(?:${seasons})`

/** A year that can be a publication date: 1500–2039, with an optional letter (`1995b`). */
export const year = String.raw`(?:1[5-9]\d\d|20[0-3]\d)[a-z]?(?![\d])`

/** A date as printed: `(1997)`, `December 1993`, `April 1, 1968`, `2010, June`, `Autumn 1977`, `19 June 1998`. */
export const dateRe = new RegExp(
  String.raw`\(?(?:(?:\d{1,2}(?:st|nd|rd|th)?\.?\s)?${monthWord}(?:\s\d{1,2}(?:st|nd|rd|th)?)?,?\s|${seasonWord}\s|(?:${monthWord}|${seasonWord})[-–/](?:${monthWord}|${seasonWord})\s)?${year}(?:[-–/]\d{2,4}(?![\d]))?(?:,?\s${monthWord}(?:\s\d{1,2})?)?\)?|\(?n\.\s?d\.\)?|\((?:in press|forthcoming)\)`,
  'giu',
)

/** A page locator or range: `pp. 60–1`, `p. 54`, `S. 12–14`, `pages 3-9`, `1493-1502`, `A65`. */
export const pagesLabelled =
  /\b(?:pp?|pgs?|pages?|S|s|str|págs?|ss|lines?|ll)\.?\s?([A-Z]?\d+[a-z]?(?:\s?[-–—‐]+\s?[A-Z]?\d+[a-z]?)?(?:\s?(?:,|and|&)\s?\d+(?:[-–—]\d+)?)*(?:\s?ff?\.)?)/gu
export const pageRange =
  /(?<![\d\p{L}])([A-Z]?\d{1,6}[a-z]?\s?[-–—‐]{1,2}\s?[A-Z]?\d{1,6}[a-z]?)(?![\d\p{L}])/gu

/** Volume and issue labels: `Vol. 24`, `vol.36`, `no. 9`, `n°121`, `nr 29`, `Heft 3`, `Issue 2`. */
export const volumeLabelled =
  /\b(?:vols?|volume|bd|t|tome|jg|jahrgang)\.?\s?(\d+[A-Za-z]?|[IVXLC]+\b)/giu
export const issueLabelled =
  /(?:\b(?:no|nos|nr|issue|heft|num|núm|iss)\.?|n°|№|#)\s?(\d+(?:[-–/]\d+)?|(?<=[.\s])[A-Z]\d*(?![\p{L}]))/giu
/** `61(3)`, `33 (2)`, `10(2-3)`, `Vol 9(4)`: volume and issue together. */
export const volumeIssue =
  /(?<![\d\p{L}])(\d{1,4})\s?\((\d{1,4}(?:[-–/,]\s?\d{1,4})*|[A-Z][a-z]*\.?(?:\s\d+)?)\)/gu
/** `61:327–335`, `43:17:6691`, `26: 841–860`: volume then pages after a colon. */
export const volumePages =
  /(?<![\d\p{L}])(\d{1,4})(?:\s?\((\d{1,4}(?:[-–]\d{1,4})?)\))?\s?:\s?([A-Z]?\d+(?:\s?[-–—]\s?[A-Z]?\d+)?)(?![\d])/gu

/** Words that make a segment a publisher's name. */
export const publisherWord =
  /\b(?:Press|Verlag|Publishers?|Publishing|Publications|Books|Editions?|Éditions|Editora|Editorial|Editori|Edizioni|Ediciones|Presses|University|Universit(?:y|ät|é|à|ad|aire)|Inc\.?|Ltd\.?|Co\.|Company|Group|Institute|Society|Association|Foundation|Bureau|Office|Council|Academy|Gallimard|Seuil|Minuit|Routledge|Verso|Pluto|Bookmarks|Penguin|Macmillan|Palgrave|Blackwell|Wiley|Springer|Elsevier|Sage|Harper|Random House|Norton|Knopf|Vintage|Polity|Beacon|Basic|Dover|Harcourt|Houghton|McGraw|Pearson|Routlegde|Lawrence Erlbaum|Erlbaum|Taylor|Francis|Kluwer|Brill|Mouton|Suhrkamp|Fischer|Einaudi|Feltrinelli|Laterza|Dietz|Progress|Merlin|Monthly Review|Haymarket|Lawrence|Wishart|Zed|Allen|Unwin|Longman|Methuen|Faber|Heinemann|Hutchinson|Cape|Collins|Hachette|Flammarion|PUF|Maspero|La Découverte|Armand Colin|Payot|Fayard|Karthala|L[’']Harmattan|Aeroplano|Paidós|Anagrama|Akal|Cátedra|Ariel|Gedisa|Siglo|Lexington|Rowman|Ashgate|Greenwood|Praeger|Clarendon|Cornell|Yale|Harvard|Princeton|Stanford|MIT|ACM|IEEE|SIAM|CRC|AMS)\b/u

/** Cities where books are printed; `London 1977` and `Paris: Gallimard` name them. */
export const cities = new Set(
  'London|New York|Paris|Berlin|Oxford|Cambridge|Chicago|Boston|Moscow|Moskva|Leningrad|Petrograd|St Petersburg|Saint Petersburg|Toronto|Montreal|Montréal|Sydney|Melbourne|Dublin|Edinburgh|Glasgow|Manchester|Leeds|Harmondsworth|Basingstoke|Abingdon|Milton Keynes|Brighton|Princeton|New Haven|Ithaca|Berkeley|Los Angeles|San Francisco|Stanford|Baltimore|Washington|Washington, D.C.|Philadelphia|Minneapolis|Madison|Durham|Chapel Hill|Austin|Bloomington|Urbana|Ann Arbor|Detroit|Pittsburgh|Cleveland|Amsterdam|Leiden|Utrecht|Rotterdam|The Hague|Brussels|Bruxelles|Louvain|Leuven|Geneva|Genève|Zurich|Zürich|Basel|Bern|Vienna|Wien|Munich|München|Frankfurt|Frankfurt am Main|Hamburg|Leipzig|Stuttgart|Cologne|Köln|Bonn|Göttingen|Heidelberg|Tübingen|Freiburg|Dresden|Rome|Roma|Milan|Milano|Turin|Torino|Florence|Firenze|Bologna|Naples|Napoli|Venice|Venezia|Bari|Madrid|Barcelona|Lisbon|Lisboa|Porto|Rio de Janeiro|São Paulo|Buenos Aires|Mexico|México|Santiago|Lima|Bogotá|Havana|Caracas|Stockholm|Oslo|Copenhagen|København|Helsinki|Warsaw|Warszawa|Kraków|Prague|Praha|Budapest|Bucharest|Athens|Istanbul|Ankara|Tel Aviv|Jerusalem|Cairo|Beirut|Tehran|Delhi|New Delhi|Bombay|Mumbai|Calcutta|Kolkata|Madras|Chennai|Karachi|Lahore|Dhaka|Colombo|Beijing|Peking|Shanghai|Hong Kong|Tokyo|Kyoto|Osaka|Seoul|Singapore|Manila|Jakarta|Bangkok|Hanoi|Johannesburg|Cape Town|Durban|Nairobi|Lagos|Dakar|Accra|Harare|Lusaka|Auckland|Wellington|Ottawa|Vancouver|Quebec|Québec|Lyon|Marseille|Toulouse|Bordeaux|Lille|Strasbourg|Grenoble|Nantes|Rennes|Montpellier|Nice|Aix-en-Provence|Oxford and New York|London and New York|New York and London|Cambridge, MA|Cambridge, Mass.|Thousand Oaks|Newbury Park|Beverly Hills|Hillsdale|Mahwah|Hoboken|Englewood Cliffs|Upper Saddle River|Reading|Norwood|Westport|Greenwich|Boulder|Lanham|Totowa|Chichester|Oxon|Aldershot|Farnham|Dordrecht|Heidelberg|Amsterdam|Singapore|Redwood City|Menlo Park|Palo Alto|Cambridge (Mass.)|Paris-La Haye|La Haye|Moscou|Londres|Berlín|Bern|Leipzig|Weimar|Halle|Jena|Marburg|Münster|Mainz|Kiel|Rostock'.split(
    '|',
  ),
)
