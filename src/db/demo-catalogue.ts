/**
 * Demo catalogue of e-Citizen agencies and services, used to seed a development or demo
 * database. Names, fees and processing times follow e-Citizen as closely as known; some fees
 * are plausible estimates and must be checked against the live platform before real use.
 *
 * Every text is GSM-7 only (plain ASCII letters, digits and . , ; : ( ) - / ' & + ?) so that a
 * USSD screen is never sent as UCS-2. Service names fit a USSD list line (38 characters).
 */

/** A text in the two languages a citizen can choose. */
export interface Bilingual { en: string; sw: string }

export type { Category } from '../domain/service-categories.js';
import type { Category } from '../domain/service-categories.js';

export interface DemoAgency {
  /** Short upper-case code, e.g. 'KAA', 'IPOA', 'NTSA', 'DIS'. Unique. Letters/digits only. */
  code: string;
  name: Bilingual;
  /** What the agency is called in a USSD list: at most 24 characters in each language. */
  shortName: Bilingual;
}

export interface DemoService {
  agency: string;          // a DemoAgency code
  code: string;            // upper-case, unique within the agency, letters/digits/dash, e.g. 'PASSPORT-32'
  name: Bilingual;         // AT MOST 38 characters in each language (shown in a USSD list)
  description: Bilingual;  // one sentence, at most 140 characters each
  category: Category;
  feeKes: number;          // integer KES as on e-Citizen; 0 for free services
  requirements: Bilingual; // short comma-separated list, at most 160 characters each
  processingTime: Bilingual; // e.g. { en: '10 working days', sw: 'Siku 10 za kazi' }
  ussdApply: boolean;      // true only for simple services a citizen could apply for by phone (about 1 in 8)
}

/** Agencies, sorted by code. */
export const demoAgencies: DemoAgency[] = [
  { code: 'ACA', name: { en: 'Anti-Counterfeit Authority', sw: 'Mamlaka ya Kupambana na Bidhaa Bandia' }, shortName: { en: 'Anti-Counterfeit (ACA)', sw: 'Bidhaa Bandia (ACA)' } },
  { code: 'AFA', name: { en: 'Agriculture and Food Authority', sw: 'Mamlaka ya Kilimo na Chakula' }, shortName: { en: 'Agriculture & Food (AFA)', sw: 'Kilimo na Chakula (AFA)' } },
  {
    code: 'BCLB',
    name: { en: 'Betting Control and Licensing Board', sw: 'Bodi ya Kudhibiti na Kutoa Leseni za Kamari' },
    shortName: { en: 'Betting Board (BCLB)', sw: 'Bodi ya Kamari (BCLB)' },
  },
  {
    code: 'BORAQS',
    name: { en: 'Board of Registration of Architects and Quantity Surveyors', sw: 'Bodi ya Usajili wa Wasanifu Majengo na Wakadiriaji Majenzi' },
    shortName: { en: 'Architects (BORAQS)', sw: 'Wasanifu (BORAQS)' },
  },
  { code: 'BRS', name: { en: 'Business Registration Service', sw: 'Huduma ya Usajili wa Biashara' }, shortName: { en: 'Business Registration', sw: 'Usajili wa Biashara' } },
  { code: 'CA', name: { en: 'Communications Authority of Kenya', sw: 'Mamlaka ya Mawasiliano Kenya' }, shortName: { en: 'Communications (CA)', sw: 'Mawasiliano (CA)' } },
  {
    code: 'CAJ',
    name: { en: 'Commission on Administrative Justice (Ombudsman)', sw: 'Tume ya Haki ya Kiutawala (Ombudsman)' },
    shortName: { en: 'Ombudsman (CAJ)', sw: 'Haki ya Kiutawala (CAJ)' },
  },
  { code: 'CAK', name: { en: 'Competition Authority of Kenya', sw: 'Mamlaka ya Ushindani Kenya' }, shortName: { en: 'Competition (CAK)', sw: 'Ushindani (CAK)' } },
  { code: 'CBK', name: { en: 'Central Bank of Kenya', sw: 'Benki Kuu ya Kenya' }, shortName: { en: 'Central Bank (CBK)', sw: 'Benki Kuu (CBK)' } },
  { code: 'CLE', name: { en: 'Council of Legal Education', sw: 'Baraza la Elimu ya Sheria' }, shortName: { en: 'Legal Education (CLE)', sw: 'Elimu ya Sheria (CLE)' } },
  { code: 'CMA', name: { en: 'Capital Markets Authority', sw: 'Mamlaka ya Masoko ya Mitaji' }, shortName: { en: 'Capital Markets (CMA)', sw: 'Masoko ya Mitaji (CMA)' } },
  { code: 'COC', name: { en: 'Clinical Officers Council', sw: 'Baraza la Maafisa wa Kliniki' }, shortName: { en: 'Clinical Officers (COC)', sw: 'Maafisa wa Kliniki (COC)' } },
  { code: 'COOP', name: { en: 'State Department for Cooperatives', sw: 'Idara ya Serikali ya Vyama vya Ushirika' }, shortName: { en: 'Cooperatives', sw: 'Vyama vya Ushirika' } },
  {
    code: 'CPB',
    name: { en: 'Counsellors and Psychologists Board', sw: 'Bodi ya Washauri Nasaha na Wanasaikolojia' },
    shortName: { en: 'Counsellors Board (CPB)', sw: 'Washauri Nasaha (CPB)' },
  },
  { code: 'CRS', name: { en: 'Civil Registration Services', sw: 'Idara ya Huduma za Usajili wa Vizazi na Vifo' }, shortName: { en: 'Births and Deaths', sw: 'Vizazi na Vifo' } },
  { code: 'CUE', name: { en: 'Commission for University Education', sw: 'Tume ya Elimu ya Vyuo Vikuu' }, shortName: { en: 'Universities (CUE)', sw: 'Vyuo Vikuu (CUE)' } },
  { code: 'DCI', name: { en: 'Directorate of Criminal Investigations', sw: 'Idara ya Upelelezi wa Jinai' }, shortName: { en: 'DCI - Good Conduct', sw: 'DCI - Tabia Njema' } },
  { code: 'DCS', name: { en: 'Directorate of Children Services', sw: 'Kurugenzi ya Huduma za Watoto' }, shortName: { en: 'Children Services', sw: 'Huduma za Watoto' } },
  { code: 'DHA', name: { en: 'Digital Health Agency', sw: 'Mamlaka ya Afya ya Kidijitali' }, shortName: { en: 'Digital Health (DHA)', sw: 'Afya Kidijitali (DHA)' } },
  { code: 'DIS', name: { en: 'Department of Immigration Services', sw: 'Idara ya Uhamiaji' }, shortName: { en: 'Immigration', sw: 'Uhamiaji' } },
  {
    code: 'DOSHS',
    name: { en: 'Directorate of Occupational Safety and Health Services', sw: 'Kurugenzi ya Huduma za Usalama na Afya Kazini' },
    shortName: { en: 'Workplace Safety (DOSHS)', sw: 'Usalama Kazini (DOSHS)' },
  },
  { code: 'DRS', name: { en: 'Department of Refugee Services', sw: 'Idara ya Huduma za Wakimbizi' }, shortName: { en: 'Refugee Services', sw: 'Huduma za Wakimbizi' } },
  { code: 'DVS', name: { en: 'Directorate of Veterinary Services', sw: 'Kurugenzi ya Huduma za Mifugo' }, shortName: { en: 'Veterinary Services', sw: 'Huduma za Mifugo' } },
  {
    code: 'EACC',
    name: { en: 'Ethics and Anti-Corruption Commission', sw: 'Tume ya Maadili na Kupambana na Ufisadi' },
    shortName: { en: 'Anti-Corruption (EACC)', sw: 'Tume ya Maadili (EACC)' },
  },
  {
    code: 'EARB',
    name: { en: 'Estate Agents Registration Board', sw: 'Bodi ya Usajili wa Mawakala wa Mali Isiyohamishika' },
    shortName: { en: 'Estate Agents (EARB)', sw: 'Mawakala wa Mali (EARB)' },
  },
  { code: 'EBK', name: { en: 'Engineers Board of Kenya', sw: 'Bodi ya Wahandisi Kenya' }, shortName: { en: 'Engineers Board (EBK)', sw: 'Bodi ya Wahandisi (EBK)' } },
  {
    code: 'EPRA',
    name: { en: 'Energy and Petroleum Regulatory Authority', sw: 'Mamlaka ya Udhibiti wa Nishati na Petroli' },
    shortName: { en: 'Energy Regulator (EPRA)', sw: 'Mdhibiti Nishati (EPRA)' },
  },
  {
    code: 'EPZA',
    name: { en: 'Export Processing Zones Authority', sw: 'Mamlaka ya Maeneo ya Uzalishaji kwa Mauzo ya Nje' },
    shortName: { en: 'Export Zones (EPZA)', sw: 'Mauzo ya Nje (EPZA)' },
  },
  { code: 'FLB', name: { en: 'Firearms Licensing Board', sw: 'Bodi ya Leseni za Silaha' }, shortName: { en: 'Firearms Licensing (FLB)', sw: 'Leseni za Silaha (FLB)' } },
  { code: 'GPR', name: { en: 'Government Printer', sw: 'Mpiga Chapa wa Serikali' }, shortName: { en: 'Government Printer', sw: 'Mpiga Chapa wa Serikali' } },
  { code: 'HELB', name: { en: 'Higher Education Loans Board', sw: 'Bodi ya Mikopo ya Elimu ya Juu' }, shortName: { en: 'HELB', sw: 'HELB' } },
  { code: 'ICTA', name: { en: 'ICT Authority', sw: 'Mamlaka ya TEHAMA' }, shortName: { en: 'ICT Authority', sw: 'Mamlaka ya TEHAMA' } },
  {
    code: 'IPOA',
    name: { en: 'Independent Policing Oversight Authority', sw: 'Mamlaka Huru ya Kusimamia Utendaji wa Polisi' },
    shortName: { en: 'Police Oversight (IPOA)', sw: 'Usimamizi Polisi (IPOA)' },
  },
  { code: 'IRA', name: { en: 'Insurance Regulatory Authority', sw: 'Mamlaka ya Udhibiti wa Bima' }, shortName: { en: 'Insurance (IRA)', sw: 'Bima (IRA)' } },
  { code: 'JUD', name: { en: 'Judiciary of Kenya', sw: 'Mahakama ya Kenya' }, shortName: { en: 'Judiciary', sw: 'Mahakama' } },
  { code: 'KAA', name: { en: 'Kenya Airports Authority', sw: 'Mamlaka ya Viwanja vya Ndege Kenya' }, shortName: { en: 'Airports Authority (KAA)', sw: 'Viwanja vya Ndege (KAA)' } },
  {
    code: 'KALRO',
    name: { en: 'Kenya Agricultural and Livestock Research Organization', sw: 'Shirika la Utafiti wa Kilimo na Mifugo Kenya' },
    shortName: { en: 'Farm Research (KALRO)', sw: 'Kilimo na Mifugo (KALRO)' },
  },
  {
    code: 'KASNEB',
    name: { en: 'Kenya Accountants and Secretaries National Examinations Board', sw: 'Bodi ya Kitaifa ya Mitihani ya Wahasibu na Makatibu Kenya' },
    shortName: { en: 'KASNEB', sw: 'KASNEB' },
  },
  {
    code: 'KCAA',
    name: { en: 'Kenya Civil Aviation Authority', sw: 'Mamlaka ya Usafiri wa Anga Kenya' },
    shortName: { en: 'Civil Aviation (KCAA)', sw: 'Usafiri wa Anga (KCAA)' },
  },
  { code: 'KDB', name: { en: 'Kenya Dairy Board', sw: 'Bodi ya Maziwa Kenya' }, shortName: { en: 'Dairy Board (KDB)', sw: 'Bodi ya Maziwa (KDB)' } },
  { code: 'KEBS', name: { en: 'Kenya Bureau of Standards', sw: 'Shirika la Viwango Kenya' }, shortName: { en: 'KEBS', sw: 'KEBS' } },
  { code: 'KECOBO', name: { en: 'Kenya Copyright Board', sw: 'Bodi ya Hakimiliki Kenya' }, shortName: { en: 'Copyright (KECOBO)', sw: 'Hakimiliki (KECOBO)' } },
  { code: 'KEFS', name: { en: 'Kenya Fisheries Service', sw: 'Huduma ya Uvuvi Kenya' }, shortName: { en: 'Fisheries (KEFS)', sw: 'Uvuvi (KEFS)' } },
  { code: 'KEMRI', name: { en: 'Kenya Medical Research Institute', sw: 'Taasisi ya Utafiti wa Matibabu Kenya' }, shortName: { en: 'KEMRI', sw: 'KEMRI' } },
  { code: 'KEMSA', name: { en: 'Kenya Medical Supplies Authority', sw: 'Mamlaka ya Usambazaji wa Bidhaa za Matibabu Kenya' }, shortName: { en: 'KEMSA', sw: 'KEMSA' } },
  { code: 'KENAS', name: { en: 'Kenya Accreditation Service', sw: 'Huduma ya Ithibati Kenya' }, shortName: { en: 'Accreditation (KENAS)', sw: 'Ithibati (KENAS)' } },
  { code: 'KENHA', name: { en: 'Kenya National Highways Authority', sw: 'Mamlaka ya Barabara Kuu Kenya' }, shortName: { en: 'Highways (KeNHA)', sw: 'Barabara Kuu (KeNHA)' } },
  { code: 'KENINVEST', name: { en: 'Kenya Investment Authority', sw: 'Mamlaka ya Uwekezaji Kenya' }, shortName: { en: 'Investment (KenInvest)', sw: 'Uwekezaji (KenInvest)' } },
  {
    code: 'KENTRADE',
    name: { en: 'Kenya Trade Network Agency', sw: 'Shirika la Mtandao wa Biashara Kenya' },
    shortName: { en: 'Trade Network (KenTrade)', sw: 'Biashara (KenTrade)' },
  },
  {
    code: 'KENYARE',
    name: { en: 'Kenya Reinsurance Corporation', sw: 'Shirika la Bima Mtawanyo la Kenya' },
    shortName: { en: 'Reinsurance (Kenya Re)', sw: 'Bima Mtawanyo (Kenya Re)' },
  },
  {
    code: 'KEPHIS',
    name: { en: 'Kenya Plant Health Inspectorate Service', sw: 'Huduma ya Ukaguzi wa Afya ya Mimea Kenya' },
    shortName: { en: 'Plant Health (KEPHIS)', sw: 'Afya ya Mimea (KEPHIS)' },
  },
  { code: 'KERRA', name: { en: 'Kenya Rural Roads Authority', sw: 'Mamlaka ya Barabara za Vijijini Kenya' }, shortName: { en: 'Rural Roads (KeRRA)', sw: 'Barabara Vijijini' } },
  { code: 'KFC', name: { en: 'Kenya Film Commission', sw: 'Tume ya Filamu Kenya' }, shortName: { en: 'Film Commission (KFC)', sw: 'Tume ya Filamu (KFC)' } },
  { code: 'KFCB', name: { en: 'Kenya Film Classification Board', sw: 'Bodi ya Uainishaji wa Filamu Kenya' }, shortName: { en: 'Film Board (KFCB)', sw: 'Bodi ya Filamu (KFCB)' } },
  { code: 'KFS', name: { en: 'Kenya Forest Service', sw: 'Huduma ya Misitu Kenya' }, shortName: { en: 'Forest Service (KFS)', sw: 'Huduma ya Misitu (KFS)' } },
  { code: 'KICD', name: { en: 'Kenya Institute of Curriculum Development', sw: 'Taasisi ya Ukuzaji Mitaala Kenya' }, shortName: { en: 'Curriculum (KICD)', sw: 'Mitaala (KICD)' } },
  {
    code: 'KIPI',
    name: { en: 'Kenya Industrial Property Institute', sw: 'Taasisi ya Mali ya Viwanda Kenya' },
    shortName: { en: 'Trademarks (KIPI)', sw: 'Alama za Biashara (KIPI)' },
  },
  {
    code: 'KIRDI',
    name: { en: 'Kenya Industrial Research and Development Institute', sw: 'Taasisi ya Utafiti na Maendeleo ya Viwanda Kenya' },
    shortName: { en: 'Industrial R&D (KIRDI)', sw: 'Utafiti Viwanda (KIRDI)' },
  },
  {
    code: 'KLDC',
    name: { en: 'Kenya Leather Development Council', sw: 'Baraza la Maendeleo ya Ngozi Kenya' },
    shortName: { en: 'Leather Council (KLDC)', sw: 'Baraza la Ngozi (KLDC)' },
  },
  { code: 'KMA', name: { en: 'Kenya Maritime Authority', sw: 'Mamlaka ya Bahari Kenya' }, shortName: { en: 'Maritime Authority (KMA)', sw: 'Mamlaka ya Bahari (KMA)' } },
  { code: 'KMD', name: { en: 'Kenya Meteorological Department', sw: 'Idara ya Hali ya Hewa Kenya' }, shortName: { en: 'Met Department (KMD)', sw: 'Hali ya Hewa (KMD)' } },
  {
    code: 'KMLTTB',
    name: { en: 'Kenya Medical Laboratory Technicians and Technologists Board', sw: 'Bodi ya Mafundi na Wataalamu wa Maabara ya Tiba Kenya' },
    shortName: { en: 'Lab Technicians (KMLTTB)', sw: 'Mafundi Maabara (KMLTTB)' },
  },
  {
    code: 'KMPDC',
    name: { en: 'Kenya Medical Practitioners and Dentists Council', sw: 'Baraza la Madaktari na Madaktari wa Meno Kenya' },
    shortName: { en: 'Doctors Council (KMPDC)', sw: 'Madaktari (KMPDC)' },
  },
  { code: 'KMTC', name: { en: 'Kenya Medical Training College', sw: 'Chuo cha Mafunzo ya Matibabu Kenya' }, shortName: { en: 'KMTC', sw: 'KMTC' } },
  {
    code: 'KNADS',
    name: { en: 'Kenya National Archives and Documentation Service', sw: 'Huduma ya Hifadhi ya Kumbukumbu na Nyaraka za Kitaifa Kenya' },
    shortName: { en: 'National Archives', sw: 'Kumbukumbu za Taifa' },
  },
  { code: 'KNBS', name: { en: 'Kenya National Bureau of Statistics', sw: 'Shirika la Kitaifa la Takwimu Kenya' }, shortName: { en: 'Statistics (KNBS)', sw: 'Takwimu (KNBS)' } },
  {
    code: 'KNCHR',
    name: { en: 'Kenya National Commission on Human Rights', sw: 'Tume ya Kitaifa ya Haki za Binadamu Kenya' },
    shortName: { en: 'Human Rights (KNCHR)', sw: 'Haki za Binadamu (KNCHR)' },
  },
  {
    code: 'KNDI',
    name: { en: 'Kenya Nutritionists and Dieticians Institute', sw: 'Taasisi ya Wataalamu wa Lishe Kenya' },
    shortName: { en: 'Nutritionists (KNDI)', sw: 'Wataalamu wa Lishe' },
  },
  { code: 'KNEC', name: { en: 'Kenya National Examinations Council', sw: 'Baraza la Mitihani la Kitaifa Kenya' }, shortName: { en: 'KNEC', sw: 'KNEC' } },
  { code: 'KNH', name: { en: 'Kenyatta National Hospital', sw: 'Hospitali ya Taifa ya Kenyatta' }, shortName: { en: 'Kenyatta Hospital (KNH)', sw: 'Hospitali ya Kenyatta' } },
  {
    code: 'KNLS',
    name: { en: 'Kenya National Library Service', sw: 'Huduma ya Maktaba ya Taifa Kenya' },
    shortName: { en: 'National Library (KNLS)', sw: 'Maktaba ya Taifa (KNLS)' },
  },
  {
    code: 'KNQA',
    name: { en: 'Kenya National Qualifications Authority', sw: 'Mamlaka ya Kitaifa ya Sifa za Kitaaluma' },
    shortName: { en: 'Qualifications (KNQA)', sw: 'Sifa za Kitaaluma (KNQA)' },
  },
  {
    code: 'KNRA',
    name: { en: 'Kenya Nuclear Regulatory Authority', sw: 'Mamlaka ya Udhibiti wa Nyuklia Kenya' },
    shortName: { en: 'Nuclear Regulator (KNRA)', sw: 'Nyuklia (KNRA)' },
  },
  {
    code: 'KOTDA',
    name: { en: 'Konza Technopolis Development Authority', sw: 'Mamlaka ya Maendeleo ya Jiji la Teknolojia la Konza' },
    shortName: { en: 'Konza Technopolis', sw: 'Jiji la Konza' },
  },
  { code: 'KPA', name: { en: 'Kenya Ports Authority', sw: 'Mamlaka ya Bandari Kenya' }, shortName: { en: 'Ports Authority (KPA)', sw: 'Mamlaka ya Bandari (KPA)' } },
  { code: 'KRA', name: { en: 'Kenya Revenue Authority', sw: 'Mamlaka ya Ushuru Kenya' }, shortName: { en: 'KRA', sw: 'KRA' } },
  { code: 'KRC', name: { en: 'Kenya Railways Corporation', sw: 'Shirika la Reli Kenya' }, shortName: { en: 'Kenya Railways', sw: 'Shirika la Reli Kenya' } },
  { code: 'KSA', name: { en: 'Kenya Space Agency', sw: 'Shirika la Anga za Juu la Kenya' }, shortName: { en: 'Space Agency (KSA)', sw: 'Anga za Juu (KSA)' } },
  { code: 'KSG', name: { en: 'Kenya School of Government', sw: 'Shule ya Serikali Kenya' }, shortName: { en: 'School of Government', sw: 'Shule ya Serikali (KSG)' } },
  { code: 'KSL', name: { en: 'Kenya School of Law', sw: 'Shule ya Sheria Kenya' }, shortName: { en: 'School of Law (KSL)', sw: 'Shule ya Sheria (KSL)' } },
  { code: 'KUC', name: { en: 'Kenya Utalii College', sw: 'Chuo cha Utalii Kenya' }, shortName: { en: 'Utalii College', sw: 'Chuo cha Utalii' } },
  {
    code: 'KUCCPS',
    name: { en: 'Kenya Universities and Colleges Central Placement Service', sw: 'Huduma ya Kitaifa ya Kuwapangia Wanafunzi Vyuo Vikuu na Vyuo' },
    shortName: { en: 'KUCCPS', sw: 'KUCCPS' },
  },
  { code: 'KURA', name: { en: 'Kenya Urban Roads Authority', sw: 'Mamlaka ya Barabara za Mijini Kenya' }, shortName: { en: 'Urban Roads (KURA)', sw: 'Barabara Mijini (KURA)' } },
  { code: 'KVB', name: { en: 'Kenya Veterinary Board', sw: 'Bodi ya Madaktari wa Mifugo Kenya' }, shortName: { en: 'Veterinary Board (KVB)', sw: 'Tiba ya Mifugo (KVB)' } },
  { code: 'KWS', name: { en: 'Kenya Wildlife Service', sw: 'Huduma ya Wanyamapori Kenya' }, shortName: { en: 'KWS', sw: 'KWS' } },
  { code: 'LANDS', name: { en: 'Ministry of Lands and Physical Planning', sw: 'Wizara ya Ardhi na Mipango ya Makazi' }, shortName: { en: 'Lands', sw: 'Ardhi' } },
  { code: 'LSB', name: { en: 'Land Surveyors Board', sw: 'Bodi ya Wapima Ardhi' }, shortName: { en: 'Land Surveyors (LSB)', sw: 'Wapima Ardhi (LSB)' } },
  { code: 'MCK', name: { en: 'Media Council of Kenya', sw: 'Baraza la Vyombo vya Habari Kenya' }, shortName: { en: 'Media Council (MCK)', sw: 'Baraza la Habari (MCK)' } },
  {
    code: 'MFA',
    name: { en: 'Ministry of Foreign and Diaspora Affairs', sw: 'Wizara ya Mambo ya Nje na Wakenya Walio Ughaibuni' },
    shortName: { en: 'Foreign Affairs', sw: 'Mambo ya Nje' },
  },
  {
    code: 'MSEA',
    name: { en: 'Micro and Small Enterprises Authority', sw: 'Mamlaka ya Biashara Ndogo na za Kati' },
    shortName: { en: 'Small Business (MSEA)', sw: 'Biashara Ndogo (MSEA)' },
  },
  {
    code: 'MTRH',
    name: { en: 'Moi Teaching and Referral Hospital', sw: 'Hospitali ya Mafunzo na Rufaa ya Moi' },
    shortName: { en: 'Moi Hospital (MTRH)', sw: 'Hospitali ya Moi (MTRH)' },
  },
  {
    code: 'NACADA',
    name: { en: 'National Authority for the Campaign Against Alcohol and Drug Abuse', sw: 'Mamlaka ya Kitaifa ya Kampeni Dhidi ya Pombe na Mihadarati' },
    shortName: { en: 'NACADA', sw: 'NACADA' },
  },
  {
    code: 'NACOSTI',
    name: { en: 'National Commission for Science, Technology and Innovation', sw: 'Tume ya Kitaifa ya Sayansi, Teknolojia na Ubunifu' },
    shortName: { en: 'Science & Tech (NACOSTI)', sw: 'Sayansi (NACOSTI)' },
  },
  {
    code: 'NBA',
    name: { en: 'National Biosafety Authority', sw: 'Mamlaka ya Kitaifa ya Usalama wa Kibiolojia' },
    shortName: { en: 'Biosafety (NBA)', sw: 'Usalama Kibiolojia (NBA)' },
  },
  { code: 'NCA', name: { en: 'National Construction Authority', sw: 'Mamlaka ya Kitaifa ya Ujenzi' }, shortName: { en: 'Construction (NCA)', sw: 'Mamlaka ya Ujenzi (NCA)' } },
  {
    code: 'NCI',
    name: { en: 'National Cancer Institute of Kenya', sw: 'Taasisi ya Kitaifa ya Saratani Kenya' },
    shortName: { en: 'Cancer Institute (NCI)', sw: 'Taasisi ya Saratani' },
  },
  { code: 'NCK', name: { en: 'Nursing Council of Kenya', sw: 'Baraza la Wauguzi Kenya' }, shortName: { en: 'Nursing Council (NCK)', sw: 'Baraza la Wauguzi (NCK)' } },
  {
    code: 'NCPB',
    name: { en: 'National Cereals and Produce Board', sw: 'Bodi ya Kitaifa ya Nafaka na Mazao' },
    shortName: { en: 'Cereals Board (NCPB)', sw: 'Bodi ya Nafaka (NCPB)' },
  },
  {
    code: 'NCPWD',
    name: { en: 'National Council for Persons with Disabilities', sw: 'Baraza la Kitaifa la Watu Wenye Ulemavu' },
    shortName: { en: 'Disability (NCPWD)', sw: 'Ulemavu (NCPWD)' },
  },
  { code: 'NEA', name: { en: 'National Employment Authority', sw: 'Mamlaka ya Kitaifa ya Ajira' }, shortName: { en: 'Employment (NEA)', sw: 'Mamlaka ya Ajira (NEA)' } },
  { code: 'NEMA', name: { en: 'National Environment Management Authority', sw: 'Mamlaka ya Kitaifa ya Usimamizi wa Mazingira' }, shortName: { en: 'NEMA', sw: 'NEMA' } },
  { code: 'NHC', name: { en: 'National Housing Corporation', sw: 'Shirika la Kitaifa la Nyumba' }, shortName: { en: 'National Housing (NHC)', sw: 'Shirika la Nyumba (NHC)' } },
  {
    code: 'NITA',
    name: { en: 'National Industrial Training Authority', sw: 'Mamlaka ya Kitaifa ya Mafunzo ya Viwanda' },
    shortName: { en: 'Industry Training (NITA)', sw: 'Mafunzo ya Ufundi (NITA)' },
  },
  { code: 'NLC', name: { en: 'National Land Commission', sw: 'Tume ya Kitaifa ya Ardhi' }, shortName: { en: 'Land Commission (NLC)', sw: 'Tume ya Ardhi (NLC)' } },
  { code: 'NMK', name: { en: 'National Museums of Kenya', sw: 'Makumbusho ya Kitaifa ya Kenya' }, shortName: { en: 'National Museums (NMK)', sw: 'Makumbusho (NMK)' } },
  { code: 'NPS', name: { en: 'National Police Service', sw: 'Huduma ya Taifa ya Polisi' }, shortName: { en: 'Police Service (NPS)', sw: 'Huduma ya Polisi (NPS)' } },
  { code: 'NRB', name: { en: 'National Registration Bureau', sw: 'Ofisi ya Usajili wa Watu' }, shortName: { en: 'National ID (NRB)', sw: 'Kitambulisho (NRB)' } },
  { code: 'NSSF', name: { en: 'National Social Security Fund', sw: 'Hazina ya Taifa ya Hifadhi ya Jamii' }, shortName: { en: 'NSSF', sw: 'NSSF' } },
  { code: 'NTSA', name: { en: 'National Transport and Safety Authority', sw: 'Mamlaka ya Taifa ya Uchukuzi na Usalama' }, shortName: { en: 'NTSA', sw: 'NTSA' } },
  {
    code: 'ODPC',
    name: { en: 'Office of the Data Protection Commissioner', sw: 'Ofisi ya Kamishna wa Ulinzi wa Data' },
    shortName: { en: 'Data Protection (ODPC)', sw: 'Ulinzi wa Data (ODPC)' },
  },
  {
    code: 'ORPP',
    name: { en: 'Office of the Registrar of Political Parties', sw: 'Ofisi ya Msajili wa Vyama vya Kisiasa' },
    shortName: { en: 'Political Parties (ORPP)', sw: 'Vyama vya Kisiasa (ORPP)' },
  },
  {
    code: 'PBORA',
    name: { en: 'Public Benefit Organizations Regulatory Authority', sw: 'Mamlaka ya Udhibiti wa Mashirika ya Manufaa ya Umma' },
    shortName: { en: 'NGOs and PBOs (PBORA)', sw: 'Asasi za Kiraia (PBORA)' },
  },
  { code: 'PCK', name: { en: 'Physiotherapy Council of Kenya', sw: 'Baraza la Tiba ya Viungo Kenya' }, shortName: { en: 'Physiotherapy (PCK)', sw: 'Tiba ya Viungo (PCK)' } },
  { code: 'PCPB', name: { en: 'Pest Control Products Board', sw: 'Bodi ya Bidhaa za Kudhibiti Wadudu' }, shortName: { en: 'Pest Control (PCPB)', sw: 'Dawa za Wadudu (PCPB)' } },
  { code: 'PPB', name: { en: 'Pharmacy and Poisons Board', sw: 'Bodi ya Famasia na Sumu' }, shortName: { en: 'Pharmacy Board (PPB)', sw: 'Bodi ya Famasia (PPB)' } },
  {
    code: 'PPRA',
    name: { en: 'Public Procurement Regulatory Authority', sw: 'Mamlaka ya Udhibiti wa Ununuzi wa Umma' },
    shortName: { en: 'Procurement (PPRA)', sw: 'Ununuzi wa Umma (PPRA)' },
  },
  {
    code: 'PSRA',
    name: { en: 'Private Security Regulatory Authority', sw: 'Mamlaka ya Udhibiti wa Ulinzi wa Kibinafsi' },
    shortName: { en: 'Private Security (PSRA)', sw: 'Ulinzi Binafsi (PSRA)' },
  },
  { code: 'PTO', name: { en: 'Public Trustee', sw: 'Mdhamini wa Umma' }, shortName: { en: 'Public Trustee', sw: 'Mdhamini wa Umma' } },
  { code: 'RBA', name: { en: 'Retirement Benefits Authority', sw: 'Mamlaka ya Mafao ya Kustaafu' }, shortName: { en: 'Pensions (RBA)', sw: 'Mafao ya Kustaafu (RBA)' } },
  {
    code: 'REREC',
    name: { en: 'Rural Electrification and Renewable Energy Corporation', sw: 'Shirika la Usambazaji Umeme Vijijini na Nishati Jadidifu' },
    shortName: { en: 'Rural Power (REREC)', sw: 'Umeme Vijijini (REREC)' },
  },
  { code: 'ROS', name: { en: 'Registrar of Societies', sw: 'Msajili wa Vyama' }, shortName: { en: 'Registrar of Societies', sw: 'Msajili wa Vyama' } },
  {
    code: 'SASRA',
    name: { en: 'Sacco Societies Regulatory Authority', sw: 'Mamlaka ya Udhibiti wa Vyama vya Akiba na Mikopo' },
    shortName: { en: 'Sacco Regulator (SASRA)', sw: 'Akiba na Mikopo (SASRA)' },
  },
  {
    code: 'SDHUD',
    name: { en: 'State Department for Housing and Urban Development', sw: 'Idara ya Serikali ya Nyumba na Maendeleo ya Miji' },
    shortName: { en: 'Housing (Boma Yangu)', sw: 'Nyumba (Boma Yangu)' },
  },
  { code: 'SDM', name: { en: 'State Department for Mining', sw: 'Idara ya Serikali ya Madini' }, shortName: { en: 'Mining Department', sw: 'Idara ya Madini' } },
  {
    code: 'SEZA',
    name: { en: 'Special Economic Zones Authority', sw: 'Mamlaka ya Maeneo Maalum ya Kiuchumi' },
    shortName: { en: 'Economic Zones (SEZA)', sw: 'Maeneo Maalum (SEZA)' },
  },
  { code: 'SHA', name: { en: 'Social Health Authority', sw: 'Mamlaka ya Afya ya Jamii' }, shortName: { en: 'SHA (formerly NHIF)', sw: 'SHA (iliyokuwa NHIF)' } },
  {
    code: 'SLO',
    name: { en: 'Office of the Attorney General (State Law Office)', sw: 'Ofisi ya Mwanasheria Mkuu wa Serikali' },
    shortName: { en: 'Attorney General (AG)', sw: 'Mwanasheria Mkuu (AG)' },
  },
  { code: 'SOK', name: { en: 'Survey of Kenya', sw: 'Idara ya Upimaji Ardhi Kenya' }, shortName: { en: 'Survey of Kenya', sw: 'Upimaji wa Ardhi' } },
  { code: 'TRA', name: { en: 'Tourism Regulatory Authority', sw: 'Mamlaka ya Udhibiti wa Utalii' }, shortName: { en: 'Tourism Regulator (TRA)', sw: 'Mamlaka ya Utalii (TRA)' } },
  { code: 'TREASURY', name: { en: 'The National Treasury', sw: 'Hazina ya Taifa' }, shortName: { en: 'National Treasury', sw: 'Hazina ya Taifa' } },
  { code: 'TSC', name: { en: 'Teachers Service Commission', sw: 'Tume ya Utumishi wa Walimu' }, shortName: { en: 'TSC', sw: 'TSC' } },
  {
    code: 'TVETA',
    name: { en: 'Technical and Vocational Education and Training Authority', sw: 'Mamlaka ya Elimu na Mafunzo ya Ufundi' },
    shortName: { en: 'TVET Authority', sw: 'Elimu ya Ufundi (TVETA)' },
  },
  {
    code: 'UFAA',
    name: { en: 'Unclaimed Financial Assets Authority', sw: 'Mamlaka ya Mali za Kifedha Zisizodaiwa' },
    shortName: { en: 'Unclaimed Assets (UFAA)', sw: 'Mali Zisizodaiwa (UFAA)' },
  },
  { code: 'VRB', name: { en: 'Valuers Registration Board', sw: 'Bodi ya Usajili wa Wathamini' }, shortName: { en: 'Valuers Board (VRB)', sw: 'Bodi ya Wathamini (VRB)' } },
  {
    code: 'WASREB',
    name: { en: 'Water Services Regulatory Board', sw: 'Bodi ya Udhibiti wa Huduma za Maji' },
    shortName: { en: 'Water Services (WASREB)', sw: 'Huduma za Maji (WASREB)' },
  },
  { code: 'WMD', name: { en: 'Weights and Measures Department', sw: 'Idara ya Vipimo na Mizani' }, shortName: { en: 'Weights and Measures', sw: 'Vipimo na Mizani' } },
  { code: 'WRA', name: { en: 'Water Resources Authority', sw: 'Mamlaka ya Rasilimali za Maji' }, shortName: { en: 'Water Resources (WRA)', sw: 'Rasilimali za Maji (WRA)' } },
];

/** Services, grouped by agency in the order of demoAgencies. */
export const demoServices: DemoService[] = [
  // ACA - Anti-Counterfeit Authority
  {
    agency: 'ACA', code: 'IP-RECORDATION',
    name: { en: 'Recordation of IP Rights', sw: 'Kurekodi Haki za Miliki Bunifu' },
    description: {
      en: 'Record your trademark, patent or copyright with ACA so that officers can stop counterfeits of your goods.',
      sw: 'Rekodi alama ya biashara, hataza au hakimiliki yako ACA ili maafisa wazuie bidhaa bandia za bidhaa zako.',
    },
    category: 'business', feeKes: 100000,
    requirements: {
      en: 'Certificate of IP registration, certificate of incorporation, KRA PIN, product samples or photos',
      sw: 'Cheti cha usajili wa miliki bunifu, cheti cha kampuni, PIN ya KRA, sampuli au picha za bidhaa',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'ACA', code: 'REPORT-FAKE',
    name: { en: 'Report Counterfeit Goods', sw: 'Ripoti Bidhaa Bandia' },
    description: {
      en: 'Report goods you suspect are counterfeit, found in a shop, market or store, so that ACA can investigate.',
      sw: 'Ripoti bidhaa unazoshuku kuwa bandia ulizoziona dukani, sokoni au ghalani ili ACA ichunguze.',
    },
    category: 'business', feeKes: 0,
    requirements: {
      en: 'Location of the goods, description of the goods, photo if available',
      sw: 'Mahali bidhaa zilipo, maelezo ya bidhaa, picha kama ipo',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },

  // AFA - Agriculture and Food Authority
  {
    agency: 'AFA', code: 'TEA-DEALER',
    name: { en: 'Tea Dealer Licence', sw: 'Leseni ya Mfanyabiashara wa Chai' },
    description: {
      en: 'Licence to buy, blend, pack or sell made tea in Kenya, renewed every year.',
      sw: 'Leseni ya kununua, kuchanganya, kufunga au kuuza chai iliyosindikwa nchini Kenya, inayohuishwa kila mwaka.',
    },
    category: 'agriculture', feeKes: 25000,
    requirements: {
      en: 'Certificate of incorporation, KRA PIN, tax compliance certificate, premises details',
      sw: 'Cheti cha kampuni, PIN ya KRA, cheti cha utiifu wa kodi, maelezo ya majengo',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'AFA', code: 'COFFEE-DEALER',
    name: { en: 'Coffee Dealer Licence', sw: 'Leseni ya Mfanyabiashara wa Kahawa' },
    description: {
      en: 'Licence to deal in, roast or export coffee, issued by the Coffee Directorate of AFA.',
      sw: 'Leseni ya kufanya biashara, kukaanga au kuuza nje kahawa, inayotolewa na Kurugenzi ya Kahawa ya AFA.',
    },
    category: 'agriculture', feeKes: 20000,
    requirements: {
      en: 'Certificate of incorporation, KRA PIN, tax compliance certificate, premises details',
      sw: 'Cheti cha kampuni, PIN ya KRA, cheti cha utiifu wa kodi, maelezo ya majengo',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'AFA', code: 'HORT-EXPORT',
    name: { en: 'Horticulture Export Licence', sw: 'Leseni ya Kuuza Mazao ya Bustani Nje' },
    description: {
      en: 'Licence to export fresh fruits, vegetables, flowers and herbs, renewed every year.',
      sw: 'Leseni ya kuuza nje matunda, mboga, maua na viungo vibichi, inayohuishwa kila mwaka.',
    },
    category: 'agriculture', feeKes: 10000,
    requirements: {
      en: 'Certificate of incorporation, KRA PIN, pack house details, list of produce',
      sw: 'Cheti cha kampuni, PIN ya KRA, maelezo ya ghala la kufungashia, orodha ya mazao',
    },
    processingTime: { en: '10 working days', sw: 'Siku 10 za kazi' },
    ussdApply: false,
  },

  // BCLB - Betting Control and Licensing Board
  {
    agency: 'BCLB', code: 'PRIZE-COMP',
    name: { en: 'Prize Competition Permit', sw: 'Kibali cha Shindano la Zawadi' },
    description: {
      en: 'Permit for a business to run a promotion or prize draw open to the public.',
      sw: 'Kibali kwa biashara kuendesha promosheni au droo ya zawadi iliyo wazi kwa umma.',
    },
    category: 'finance', feeKes: 20000,
    requirements: {
      en: 'Promotion terms and conditions, certificate of incorporation, KRA PIN, list of prizes',
      sw: 'Masharti ya promosheni, cheti cha kampuni, PIN ya KRA, orodha ya zawadi',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'BCLB', code: 'PUBLIC-LOTTERY',
    name: { en: 'Public Lottery Licence', sw: 'Leseni ya Bahati Nasibu ya Umma' },
    description: {
      en: 'Licence to run a public lottery, reviewed by the Board before approval.',
      sw: 'Leseni ya kuendesha bahati nasibu ya umma, inayokaguliwa na Bodi kabla ya kuidhinishwa.',
    },
    category: 'finance', feeKes: 50000,
    requirements: {
      en: 'Certificate of incorporation, KRA PIN, police clearance of directors, business plan',
      sw: 'Cheti cha kampuni, PIN ya KRA, cheti cha polisi cha wakurugenzi, mpango wa biashara',
    },
    processingTime: { en: '2 months', sw: 'Miezi 2' },
    ussdApply: false,
  },

  // BORAQS - Board of Registration of Architects and Quantity Surveyors
  {
    agency: 'BORAQS', code: 'ARCHITECT-REG',
    name: { en: 'Architect Registration', sw: 'Usajili wa Msanifu Majengo' },
    description: {
      en: 'Register as an architect so that you can practise and sign building plans in Kenya.',
      sw: 'Jisajili kama msanifu majengo ili uweze kufanya kazi na kutia saini ramani za majengo nchini Kenya.',
    },
    category: 'business', feeKes: 5000,
    requirements: {
      en: 'Degree certificate, professional exam results, national ID, 2 passport photos',
      sw: 'Cheti cha shahada, matokeo ya mtihani wa kitaaluma, kitambulisho cha taifa, picha 2 za pasipoti',
    },
    processingTime: { en: '1 month', sw: 'Mwezi 1' },
    ussdApply: false,
  },
  {
    agency: 'BORAQS', code: 'QS-PRACTISING',
    name: { en: 'QS Annual Practising Licence', sw: 'Leseni ya Mwaka ya Mkadiriaji Majenzi' },
    description: {
      en: 'Renew your yearly licence to practise as a quantity surveyor.',
      sw: 'Huisha leseni yako ya mwaka ya kufanya kazi kama mkadiriaji majenzi.',
    },
    category: 'business', feeKes: 5000,
    requirements: {
      en: 'Registration number, national ID, proof of professional development hours',
      sw: 'Nambari ya usajili, kitambulisho cha taifa, ushahidi wa saa za mafunzo endelevu',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // BRS - Business Registration Service
  {
    agency: 'BRS', code: 'NAME-SEARCH',
    name: { en: 'Business Name Search', sw: 'Upekuzi wa Jina la Biashara' },
    description: {
      en: 'Check whether a business or company name is available and reserve it for 30 days.',
      sw: 'Angalia kama jina la biashara au kampuni linapatikana na ulihifadhi kwa siku 30.',
    },
    category: 'business', feeKes: 150,
    requirements: {
      en: 'National ID or passport, KRA PIN, 3 proposed names',
      sw: 'Kitambulisho cha taifa au pasipoti, PIN ya KRA, majina 3 yanayopendekezwa',
    },
    processingTime: { en: 'Within 24 hours', sw: 'Ndani ya saa 24' },
    ussdApply: true,
  },
  {
    agency: 'BRS', code: 'BN-REG',
    name: { en: 'Business Name Registration', sw: 'Usajili wa Jina la Biashara' },
    description: {
      en: 'Register a sole proprietorship or partnership under a business name.',
      sw: 'Sajili biashara ya mtu mmoja au ubia kwa jina la biashara.',
    },
    category: 'business', feeKes: 950,
    requirements: {
      en: 'Approved name search, national ID, KRA PIN, business address',
      sw: 'Jina lililoidhinishwa, kitambulisho cha taifa, PIN ya KRA, anwani ya biashara',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'BRS', code: 'PRIVATE-CO',
    name: { en: 'Private Company Registration', sw: 'Usajili wa Kampuni Binafsi' },
    description: {
      en: 'Incorporate a private limited company and receive its certificate of incorporation.',
      sw: 'Sajili kampuni binafsi yenye dhima ndogo na upate cheti chake cha usajili.',
    },
    category: 'business', feeKes: 10650,
    requirements: {
      en: 'Approved name, IDs and KRA PINs of directors, share details, registered office address',
      sw: 'Jina lililoidhinishwa, vitambulisho na PIN za KRA za wakurugenzi, maelezo ya hisa, anwani ya ofisi',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'BRS', code: 'PUBLIC-CO',
    name: { en: 'Public Company Registration', sw: 'Usajili wa Kampuni ya Umma' },
    description: {
      en: 'Incorporate a public limited company that may offer shares to the public.',
      sw: 'Sajili kampuni ya umma yenye dhima ndogo inayoweza kuuza hisa kwa umma.',
    },
    category: 'business', feeKes: 10650,
    requirements: {
      en: 'Approved name, IDs and KRA PINs of directors, company secretary details, articles',
      sw: 'Jina lililoidhinishwa, vitambulisho na PIN za KRA za wakurugenzi, maelezo ya katibu, katiba',
    },
    processingTime: { en: '10 working days', sw: 'Siku 10 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'BRS', code: 'LLP-REG',
    name: { en: 'Limited Liability Partnership', sw: 'Ubia wenye Dhima Ndogo (LLP)' },
    description: {
      en: 'Register a limited liability partnership for two or more partners.',
      sw: 'Sajili ubia wenye dhima ndogo kwa washirika wawili au zaidi.',
    },
    category: 'business', feeKes: 25000,
    requirements: {
      en: 'Approved name, IDs and KRA PINs of partners, partnership agreement, office address',
      sw: 'Jina lililoidhinishwa, vitambulisho na PIN za KRA za washirika, mkataba wa ubia, anwani ya ofisi',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'BRS', code: 'CO-SEARCH',
    name: { en: 'Company Official Search (CR12)', sw: 'Upekuzi Rasmi wa Kampuni (CR12)' },
    description: {
      en: 'Get an official record of the directors, shareholders and registered office of a company.',
      sw: 'Pata taarifa rasmi ya wakurugenzi, wanahisa na ofisi iliyosajiliwa ya kampuni.',
    },
    category: 'business', feeKes: 650,
    requirements: {
      en: 'Company registration number, national ID of applicant',
      sw: 'Nambari ya usajili wa kampuni, kitambulisho cha taifa cha mwombaji',
    },
    processingTime: { en: 'Within 48 hours', sw: 'Ndani ya saa 48' },
    ussdApply: false,
  },
  {
    agency: 'BRS', code: 'ANNUAL-RETURN',
    name: { en: 'Company Annual Return', sw: 'Ritani ya Mwaka ya Kampuni' },
    description: {
      en: 'File the yearly return that every company must lodge with the Registrar.',
      sw: 'Wasilisha ritani ya mwaka ambayo kila kampuni lazima iwasilishe kwa Msajili.',
    },
    category: 'business', feeKes: 1000,
    requirements: {
      en: 'Company number, current directors and shareholders, registered office address',
      sw: 'Nambari ya kampuni, wakurugenzi na wanahisa wa sasa, anwani ya ofisi iliyosajiliwa',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'BRS', code: 'BN-CHANGE',
    name: { en: 'Change of Business Particulars', sw: 'Mabadiliko ya Taarifa za Biashara' },
    description: {
      en: 'Update the owners, address or nature of a registered business name.',
      sw: 'Badilisha wamiliki, anwani au aina ya shughuli za jina la biashara lililosajiliwa.',
    },
    category: 'business', feeKes: 500,
    requirements: {
      en: 'Business registration number, IDs of owners, details of the change',
      sw: 'Nambari ya usajili wa biashara, vitambulisho vya wamiliki, maelezo ya mabadiliko',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'BRS', code: 'BENEFICIAL-OWNER',
    name: { en: 'Beneficial Ownership Filing', sw: 'Taarifa ya Wamiliki Halisi' },
    description: {
      en: 'Lodge the register of people who ultimately own or control a company.',
      sw: 'Wasilisha rejista ya watu wanaomiliki au kudhibiti kampuni kwa hakika.',
    },
    category: 'business', feeKes: 0,
    requirements: {
      en: 'Company number, IDs and KRA PINs of beneficial owners, nature of control',
      sw: 'Nambari ya kampuni, vitambulisho na PIN za KRA za wamiliki halisi, aina ya udhibiti',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'BRS', code: 'MOVABLE-SECURITY',
    name: { en: 'Movable Property Security Right', sw: 'Dhamana ya Mali Inayohamishika' },
    description: {
      en: 'Register a lender security right over movable property such as cars, stock or equipment.',
      sw: 'Sajili haki ya dhamana ya mkopeshaji juu ya mali inayohamishika kama magari, bidhaa au vifaa.',
    },
    category: 'business', feeKes: 1000,
    requirements: {
      en: 'Details of lender and borrower, description of the collateral, loan agreement',
      sw: 'Maelezo ya mkopeshaji na mkopaji, maelezo ya dhamana, mkataba wa mkopo',
    },
    processingTime: { en: 'Within 24 hours', sw: 'Ndani ya saa 24' },
    ussdApply: false,
  },

  // CA - Communications Authority of Kenya
  {
    agency: 'CA', code: 'AMATEUR-RADIO',
    name: { en: 'Amateur Radio Licence', sw: 'Leseni ya Redio ya Hiari' },
    description: {
      en: 'Licence to operate an amateur radio station for non-commercial use.',
      sw: 'Leseni ya kuendesha kituo cha redio ya hiari kwa matumizi yasiyo ya kibiashara.',
    },
    category: 'ict', feeKes: 2000,
    requirements: {
      en: 'National ID, amateur radio exam certificate, equipment details',
      sw: 'Kitambulisho cha taifa, cheti cha mtihani wa redio ya hiari, maelezo ya vifaa',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'CA', code: 'TYPE-APPROVAL',
    name: { en: 'Type Approval of Equipment', sw: 'Idhini ya Aina ya Vifaa' },
    description: {
      en: 'Approval for phones, routers and radio equipment before they are sold or used in Kenya.',
      sw: 'Idhini kwa simu, ruta na vifaa vya redio kabla ya kuuzwa au kutumika nchini Kenya.',
    },
    category: 'ict', feeKes: 10000,
    requirements: {
      en: 'Test reports, technical specifications, certificate of incorporation, KRA PIN',
      sw: 'Ripoti za majaribio, maelezo ya kiufundi, cheti cha kampuni, PIN ya KRA',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'CA', code: 'COURIER',
    name: { en: 'Courier Service Licence', sw: 'Leseni ya Huduma ya Vifurushi' },
    description: {
      en: 'Licence to run a courier or parcel delivery business in Kenya.',
      sw: 'Leseni ya kuendesha biashara ya kusafirisha barua na vifurushi nchini Kenya.',
    },
    category: 'ict', feeKes: 15000,
    requirements: {
      en: 'Certificate of incorporation, KRA PIN, business plan, list of branches',
      sw: 'Cheti cha kampuni, PIN ya KRA, mpango wa biashara, orodha ya matawi',
    },
    processingTime: { en: '2 months', sw: 'Miezi 2' },
    ussdApply: false,
  },
  {
    agency: 'CA', code: 'COMPLAINT',
    name: { en: 'Telecom Consumer Complaint', sw: 'Malalamiko ya Huduma za Mawasiliano' },
    description: {
      en: 'Complain about a mobile, internet, broadcast or postal service that your provider did not resolve.',
      sw: 'Lalamika kuhusu huduma ya simu, intaneti, utangazaji au posta ambayo mtoa huduma hakutatua.',
    },
    category: 'ict', feeKes: 0,
    requirements: {
      en: 'Phone number, name of provider, description of the problem',
      sw: 'Nambari ya simu, jina la mtoa huduma, maelezo ya tatizo',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // CAJ - Commission on Administrative Justice (Ombudsman)
  {
    agency: 'CAJ', code: 'COMPLAINT',
    name: { en: 'Complaint to the Ombudsman', sw: 'Malalamiko kwa Ombudsman' },
    description: {
      en: 'Complain about delay, unfair treatment or abuse of power by a public office.',
      sw: 'Lalamika kuhusu ucheleweshaji, dhuluma au matumizi mabaya ya mamlaka katika ofisi ya umma.',
    },
    category: 'justice', feeKes: 0,
    requirements: {
      en: 'National ID, name of the public office, short account of what happened',
      sw: 'Kitambulisho cha taifa, jina la ofisi ya umma, maelezo mafupi ya kilichotokea',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: true,
  },
  {
    agency: 'CAJ', code: 'ACCESS-INFO',
    name: { en: 'Access to Information Appeal', sw: 'Rufaa ya Kupata Taarifa' },
    description: {
      en: 'Appeal when a public body refuses or fails to give you information you asked for.',
      sw: 'Kata rufaa pale chombo cha umma kinapokataa au kushindwa kukupa taarifa uliyoomba.',
    },
    category: 'justice', feeKes: 0,
    requirements: {
      en: 'Copy of your request, reply from the public body if any, national ID',
      sw: 'Nakala ya ombi lako, jibu la chombo cha umma kama lipo, kitambulisho cha taifa',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // CAK - Competition Authority of Kenya
  {
    agency: 'CAK', code: 'MERGER',
    name: { en: 'Merger Notification', sw: 'Taarifa ya Muungano wa Kampuni' },
    description: {
      en: 'Notify the Authority of a merger or acquisition that needs approval before completion.',
      sw: 'Ijulishe Mamlaka kuhusu muungano au ununuzi wa kampuni unaohitaji idhini kabla ya kukamilika.',
    },
    category: 'business', feeKes: 1000000,
    requirements: {
      en: 'Merger agreement, audited accounts of the parties, market share details',
      sw: 'Mkataba wa muungano, hesabu zilizokaguliwa za wahusika, maelezo ya hisa za soko',
    },
    processingTime: { en: '2 months', sw: 'Miezi 2' },
    ussdApply: false,
  },
  {
    agency: 'CAK', code: 'CONSUMER-COMPLAINT',
    name: { en: 'Consumer Protection Complaint', sw: 'Malalamiko ya Kumlinda Mlaji' },
    description: {
      en: 'Report misleading prices, unfair terms or poor service by a business.',
      sw: 'Ripoti bei za kupotosha, masharti yasiyo ya haki au huduma mbaya ya biashara.',
    },
    category: 'business', feeKes: 0,
    requirements: {
      en: 'Name of the business, receipt or proof of purchase, description of the problem',
      sw: 'Jina la biashara, risiti au ushahidi wa ununuzi, maelezo ya tatizo',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // CBK - Central Bank of Kenya
  {
    agency: 'CBK', code: 'CSD-ACCOUNT',
    name: { en: 'Open DhowCSD Account', sw: 'Kufungua Akaunti ya DhowCSD' },
    description: {
      en: 'Open an account to buy Treasury bills and bonds directly from the Central Bank.',
      sw: 'Fungua akaunti ya kununua hati fungani na dhamana za Serikali moja kwa moja kutoka Benki Kuu.',
    },
    category: 'finance', feeKes: 0,
    requirements: {
      en: 'National ID, KRA PIN, bank account details',
      sw: 'Kitambulisho cha taifa, PIN ya KRA, maelezo ya akaunti ya benki',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'CBK', code: 'FOREX-BUREAU',
    name: { en: 'Forex Bureau Licence', sw: 'Leseni ya Duka la Kubadilisha Fedha' },
    description: {
      en: 'Application to operate a foreign exchange bureau, renewed every year.',
      sw: 'Maombi ya kuendesha duka la kubadilisha fedha za kigeni, yanayohuishwa kila mwaka.',
    },
    category: 'finance', feeKes: 50000,
    requirements: {
      en: 'Certificate of incorporation, KRA PIN, proof of capital, fit and proper forms',
      sw: 'Cheti cha kampuni, PIN ya KRA, ushahidi wa mtaji, fomu za uadilifu wa wakurugenzi',
    },
    processingTime: { en: '2 months', sw: 'Miezi 2' },
    ussdApply: false,
  },
  {
    agency: 'CBK', code: 'BANK-COMPLAINT',
    name: { en: 'Complaint Against a Bank', sw: 'Malalamiko Dhidi ya Benki' },
    description: {
      en: 'Escalate a complaint that your bank or microfinance bank did not resolve.',
      sw: 'Peleka juu malalamiko ambayo benki yako au benki ya mikopo midogo haikutatua.',
    },
    category: 'finance', feeKes: 0,
    requirements: {
      en: 'National ID, account number, copy of complaint made to the bank',
      sw: 'Kitambulisho cha taifa, nambari ya akaunti, nakala ya malalamiko uliyopeleka benki',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // CLE - Council of Legal Education
  {
    agency: 'CLE', code: 'ATP-EXAM',
    name: { en: 'Bar Examination Registration', sw: 'Usajili wa Mtihani wa Uwakili' },
    description: {
      en: 'Register for the Advocates Training Programme bar examinations.',
      sw: 'Jisajili kwa mitihani ya uwakili ya Programu ya Mafunzo ya Mawakili.',
    },
    category: 'education', feeKes: 10000,
    requirements: {
      en: 'Kenya School of Law admission number, national ID, passport photo',
      sw: 'Nambari ya kujiunga na Shule ya Sheria Kenya, kitambulisho cha taifa, picha ya pasipoti',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'CLE', code: 'FOREIGN-LAW',
    name: { en: 'Foreign Law Degree Approval', sw: 'Idhini ya Shahada ya Sheria ya Nje' },
    description: {
      en: 'Have a law degree from outside Kenya assessed before joining the bar course.',
      sw: 'Tathmini shahada ya sheria uliyopata nje ya Kenya kabla ya kujiunga na mafunzo ya uwakili.',
    },
    category: 'education', feeKes: 5000,
    requirements: {
      en: 'Degree certificate, transcripts, national ID or passport',
      sw: 'Cheti cha shahada, nakala za matokeo, kitambulisho cha taifa au pasipoti',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // CMA - Capital Markets Authority
  {
    agency: 'CMA', code: 'INVEST-ADVISER',
    name: { en: 'Investment Adviser Licence', sw: 'Leseni ya Mshauri wa Uwekezaji' },
    description: {
      en: 'Licence to give paid advice on shares, bonds and other securities.',
      sw: 'Leseni ya kutoa ushauri wa kulipwa kuhusu hisa, dhamana na bidhaa nyingine za mitaji.',
    },
    category: 'finance', feeKes: 5000,
    requirements: {
      en: 'Certificate of incorporation, CV of key staff, proof of capital, KRA PIN',
      sw: 'Cheti cha kampuni, wasifu wa wafanyakazi wakuu, ushahidi wa mtaji, PIN ya KRA',
    },
    processingTime: { en: '1 month', sw: 'Mwezi 1' },
    ussdApply: false,
  },
  {
    agency: 'CMA', code: 'INVESTOR-COMPLAINT',
    name: { en: 'Investor Complaint', sw: 'Malalamiko ya Mwekezaji' },
    description: {
      en: 'Complain about a stockbroker, fund manager or listed company.',
      sw: 'Lalamika kuhusu dalali wa hisa, meneja wa mfuko au kampuni iliyoorodheshwa sokoni.',
    },
    category: 'finance', feeKes: 0,
    requirements: {
      en: 'National ID, CDS account number, details of the complaint',
      sw: 'Kitambulisho cha taifa, nambari ya akaunti ya CDS, maelezo ya malalamiko',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // COC - Clinical Officers Council
  {
    agency: 'COC', code: 'CO-REG',
    name: { en: 'Clinical Officer Registration', sw: 'Usajili wa Afisa wa Kliniki' },
    description: {
      en: 'Register as a clinical officer after passing the Council licensing exam.',
      sw: 'Jisajili kama afisa wa kliniki baada ya kufaulu mtihani wa leseni wa Baraza.',
    },
    category: 'health', feeKes: 5000,
    requirements: {
      en: 'Diploma or degree certificate, internship completion letter, national ID, passport photo',
      sw: 'Cheti cha stashahada au shahada, barua ya kukamilisha mafunzo kazini, kitambulisho cha taifa, picha',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'COC', code: 'CO-RENEW',
    name: { en: 'Clinical Officer Licence Renewal', sw: 'Kuhuisha Leseni ya Afisa wa Kliniki' },
    description: {
      en: 'Renew your annual practising licence as a clinical officer.',
      sw: 'Huisha leseni yako ya mwaka ya kufanya kazi kama afisa wa kliniki.',
    },
    category: 'health', feeKes: 3000,
    requirements: {
      en: 'Registration number, proof of professional development points',
      sw: 'Nambari ya usajili, ushahidi wa alama za mafunzo endelevu',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },

  // COOP - State Department for Cooperatives
  {
    agency: 'COOP', code: 'NAME-SEARCH',
    name: { en: 'Cooperative Name Search', sw: 'Upekuzi wa Jina la Chama cha Ushirika' },
    description: {
      en: 'Check that a proposed name for a cooperative society is available.',
      sw: 'Angalia kama jina linalopendekezwa la chama cha ushirika linapatikana.',
    },
    category: 'business', feeKes: 100,
    requirements: {
      en: 'National ID, 3 proposed names',
      sw: 'Kitambulisho cha taifa, majina 3 yanayopendekezwa',
    },
    processingTime: { en: 'Within 48 hours', sw: 'Ndani ya saa 48' },
    ussdApply: true,
  },
  {
    agency: 'COOP', code: 'COOP-REG',
    name: { en: 'Cooperative Society Registration', sw: 'Usajili wa Chama cha Ushirika' },
    description: {
      en: 'Register a cooperative society or Sacco with at least 10 members.',
      sw: 'Sajili chama cha ushirika au Sacco chenye wanachama angalau 10.',
    },
    category: 'business', feeKes: 1000,
    requirements: {
      en: 'Approved name, by-laws, list of members with IDs, minutes of first meeting',
      sw: 'Jina lililoidhinishwa, masharti ya chama, orodha ya wanachama na vitambulisho, kumbukumbu za mkutano',
    },
    processingTime: { en: '1 month', sw: 'Mwezi 1' },
    ussdApply: false,
  },

  // CPB - Counsellors and Psychologists Board
  {
    agency: 'CPB', code: 'COUNSELLOR-REG',
    name: { en: 'Counsellor Registration', sw: 'Usajili wa Mshauri Nasaha' },
    description: {
      en: 'Register and get a licence to practise as a counsellor or psychologist.',
      sw: 'Jisajili na upate leseni ya kufanya kazi kama mshauri nasaha au mwanasaikolojia.',
    },
    category: 'health', feeKes: 5000,
    requirements: {
      en: 'Academic certificates, supervised practice report, national ID, passport photo',
      sw: 'Vyeti vya masomo, ripoti ya mazoezi yaliyosimamiwa, kitambulisho cha taifa, picha ya pasipoti',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // CRS - Civil Registration Services
  {
    agency: 'CRS', code: 'BIRTH-CERT',
    name: { en: 'Birth Certificate', sw: 'Cheti cha Kuzaliwa' },
    description: {
      en: 'Apply for a birth certificate for a birth that was notified at a hospital or by a chief.',
      sw: 'Omba cheti cha kuzaliwa kwa mtoto ambaye kuzaliwa kwake kuliripotiwa hospitalini au kwa chifu.',
    },
    category: 'civil_registration', feeKes: 50,
    requirements: {
      en: 'Birth notification number, national IDs of parents',
      sw: 'Nambari ya taarifa ya kuzaliwa, vitambulisho vya taifa vya wazazi',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: true,
  },
  {
    agency: 'CRS', code: 'BIRTH-LATE',
    name: { en: 'Late Birth Registration', sw: 'Usajili wa Kuzaliwa Baada ya Muda' },
    description: {
      en: 'Register a birth more than six months after it happened.',
      sw: 'Sajili kuzaliwa kwa mtoto baada ya kupita miezi sita tangu alipozaliwa.',
    },
    category: 'civil_registration', feeKes: 100,
    requirements: {
      en: 'Clinic card or baptism card, national IDs of parents, letter from the chief',
      sw: 'Kadi ya kliniki au ya ubatizo, vitambulisho vya taifa vya wazazi, barua ya chifu',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'CRS', code: 'BIRTH-CORRECT',
    name: { en: 'Birth Certificate Correction', sw: 'Marekebisho ya Cheti cha Kuzaliwa' },
    description: {
      en: 'Correct a name, date or other wrong entry on a birth certificate.',
      sw: 'Rekebisha jina, tarehe au taarifa nyingine isiyo sahihi kwenye cheti cha kuzaliwa.',
    },
    category: 'civil_registration', feeKes: 100,
    requirements: {
      en: 'Original birth certificate, supporting documents, national IDs of parents',
      sw: 'Cheti halisi cha kuzaliwa, nyaraka za kuthibitisha, vitambulisho vya taifa vya wazazi',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'CRS', code: 'DEATH-CERT',
    name: { en: 'Death Certificate', sw: 'Cheti cha Kifo' },
    description: {
      en: 'Apply for a death certificate for a death that was notified to a registrar.',
      sw: 'Omba cheti cha kifo kwa kifo kilichoripotiwa kwa msajili.',
    },
    category: 'civil_registration', feeKes: 50,
    requirements: {
      en: 'Burial permit or death notification number, applicant national ID',
      sw: 'Kibali cha mazishi au nambari ya taarifa ya kifo, kitambulisho cha taifa cha mwombaji',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: true,
  },
  {
    agency: 'CRS', code: 'DEATH-LATE',
    name: { en: 'Late Death Registration', sw: 'Usajili wa Kifo Baada ya Muda' },
    description: {
      en: 'Register a death more than six months after it happened.',
      sw: 'Sajili kifo baada ya kupita miezi sita tangu kilipotokea.',
    },
    category: 'civil_registration', feeKes: 100,
    requirements: {
      en: 'Letter from the chief, ID of the deceased, applicant national ID',
      sw: 'Barua ya chifu, kitambulisho cha marehemu, kitambulisho cha taifa cha mwombaji',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // CUE - Commission for University Education
  {
    agency: 'CUE', code: 'RECOGNITION',
    name: { en: 'Recognition of Foreign Degree', sw: 'Utambuzi wa Shahada ya Nje' },
    description: {
      en: 'Have a university degree earned outside Kenya recognised and equated.',
      sw: 'Pata utambuzi na ulinganisho wa shahada ya chuo kikuu uliyoipata nje ya Kenya.',
    },
    category: 'education', feeKes: 10000,
    requirements: {
      en: 'Degree certificate, transcripts, passport with entry and exit stamps, national ID',
      sw: 'Cheti cha shahada, nakala za matokeo, pasipoti yenye mihuri ya kuingia na kutoka, kitambulisho',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'CUE', code: 'DEGREE-VERIFY',
    name: { en: 'Degree Verification', sw: 'Uthibitisho wa Shahada' },
    description: {
      en: 'Confirm that a degree was awarded by a university accredited in Kenya.',
      sw: 'Thibitisha kuwa shahada ilitolewa na chuo kikuu kilichoidhinishwa nchini Kenya.',
    },
    category: 'education', feeKes: 2000,
    requirements: {
      en: 'Copy of degree certificate, consent of the holder',
      sw: 'Nakala ya cheti cha shahada, ridhaa ya mwenye cheti',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // DCI - Directorate of Criminal Investigations
  {
    agency: 'DCI', code: 'GOOD-CONDUCT',
    name: { en: 'Certificate of Good Conduct', sw: 'Cheti cha Tabia Njema' },
    description: {
      en: 'Police clearance certificate showing whether you have a criminal record in Kenya.',
      sw: 'Cheti cha polisi kinachoonyesha kama una rekodi ya uhalifu nchini Kenya.',
    },
    category: 'security', feeKes: 1050,
    requirements: {
      en: 'National ID, fingerprints taken at a DCI or Huduma centre, payment receipt',
      sw: 'Kitambulisho cha taifa, alama za vidole zilizochukuliwa DCI au Huduma, risiti ya malipo',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'DCI', code: 'GOOD-CONDUCT-CHECK',
    name: { en: 'Verify Good Conduct Certificate', sw: 'Kuthibitisha Cheti cha Tabia Njema' },
    description: {
      en: 'Employers can confirm that a certificate of good conduct is genuine.',
      sw: 'Waajiri wanaweza kuthibitisha kuwa cheti cha tabia njema ni halali.',
    },
    category: 'security', feeKes: 0,
    requirements: {
      en: 'Certificate reference number, holder national ID number',
      sw: 'Nambari ya kumbukumbu ya cheti, nambari ya kitambulisho cha mwenye cheti',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: false,
  },
  {
    agency: 'DCI', code: 'REPORT-CRIME',
    name: { en: 'Report a Crime Anonymously', sw: 'Ripoti Uhalifu Bila Kujitambulisha' },
    description: {
      en: 'Give information on a crime or suspect to DCI without revealing your identity.',
      sw: 'Toa taarifa kuhusu uhalifu au mshukiwa kwa DCI bila kutaja utambulisho wako.',
    },
    category: 'security', feeKes: 0,
    requirements: {
      en: 'Place and time of the incident, short description',
      sw: 'Mahali na wakati wa tukio, maelezo mafupi',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: false,
  },

  // DCS - Directorate of Children Services
  {
    agency: 'DCS', code: 'CCI-REG',
    name: { en: 'Children Institution Registration', sw: 'Usajili wa Taasisi ya Kulea Watoto' },
    description: {
      en: 'Register a charitable children institution or rescue centre.',
      sw: 'Sajili taasisi ya hisani ya kulea watoto au kituo cha uokoaji.',
    },
    category: 'justice', feeKes: 0,
    requirements: {
      en: 'Registration certificate of the organisation, inspection report, list of staff',
      sw: 'Cheti cha usajili wa shirika, ripoti ya ukaguzi, orodha ya wafanyakazi',
    },
    processingTime: { en: '2 months', sw: 'Miezi 2' },
    ussdApply: false,
  },
  {
    agency: 'DCS', code: 'CHILD-ABUSE',
    name: { en: 'Report Child Abuse', sw: 'Ripoti Unyanyasaji wa Mtoto' },
    description: {
      en: 'Report a child who is abused, neglected or in danger so that officers can act.',
      sw: 'Ripoti mtoto anayenyanyaswa, kutelekezwa au aliye hatarini ili maafisa wachukue hatua.',
    },
    category: 'justice', feeKes: 0,
    requirements: {
      en: 'Location of the child, short description of the situation',
      sw: 'Mahali mtoto alipo, maelezo mafupi ya hali',
    },
    processingTime: { en: 'Within 24 hours', sw: 'Ndani ya saa 24' },
    ussdApply: true,
  },

  // DHA - Digital Health Agency
  {
    agency: 'DHA', code: 'SOLUTION-REG',
    name: { en: 'Digital Health Solution Registration', sw: 'Usajili wa Mfumo wa Afya Kidijitali' },
    description: {
      en: 'Register a health app or hospital system so that it may connect to national health records.',
      sw: 'Sajili programu ya afya au mfumo wa hospitali ili uunganishwe na kumbukumbu za afya za kitaifa.',
    },
    category: 'health', feeKes: 10000,
    requirements: {
      en: 'Certificate of incorporation, system description, data protection registration',
      sw: 'Cheti cha kampuni, maelezo ya mfumo, usajili wa ulinzi wa data',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'DHA', code: 'RECORDS-REQUEST',
    name: { en: 'Personal Health Records Request', sw: 'Ombi la Kumbukumbu Zako za Afya' },
    description: {
      en: 'Ask for a copy of your own health records held in the national health information system.',
      sw: 'Omba nakala ya kumbukumbu zako za afya zilizo katika mfumo wa kitaifa wa taarifa za afya.',
    },
    category: 'health', feeKes: 0,
    requirements: {
      en: 'National ID, phone number, consent form',
      sw: 'Kitambulisho cha taifa, nambari ya simu, fomu ya ridhaa',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // DIS - Department of Immigration Services
  {
    agency: 'DIS', code: 'PASSPORT-34',
    name: { en: 'Ordinary Passport (34 Pages)', sw: 'Pasipoti ya Kawaida (Kurasa 34)' },
    description: {
      en: 'Apply for a new or renewed 34-page Kenyan ordinary passport, valid for 10 years.',
      sw: 'Omba pasipoti mpya ya Kenya yenye kurasa 34 au uhuishe uliyo nayo; inadumu miaka 10.',
    },
    category: 'immigration', feeKes: 7500,
    requirements: {
      en: 'National ID, birth certificate, 2 passport photos, old passport if renewing',
      sw: 'Kitambulisho cha taifa, cheti cha kuzaliwa, picha 2 za pasipoti, pasipoti ya zamani ukihuisha',
    },
    processingTime: { en: '10 working days', sw: 'Siku 10 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'DIS', code: 'PASSPORT-50',
    name: { en: 'Ordinary Passport (50 Pages)', sw: 'Pasipoti ya Kawaida (Kurasa 50)' },
    description: {
      en: 'Apply for a 50-page ordinary passport, suited to people who travel often.',
      sw: 'Omba pasipoti ya kawaida yenye kurasa 50, inayofaa watu wanaosafiri mara kwa mara.',
    },
    category: 'immigration', feeKes: 9500,
    requirements: {
      en: 'National ID, birth certificate, 2 passport photos, old passport if renewing',
      sw: 'Kitambulisho cha taifa, cheti cha kuzaliwa, picha 2 za pasipoti, pasipoti ya zamani ukihuisha',
    },
    processingTime: { en: '10 working days', sw: 'Siku 10 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'DIS', code: 'PASSPORT-66',
    name: { en: 'Ordinary Passport (66 Pages)', sw: 'Pasipoti ya Kawaida (Kurasa 66)' },
    description: {
      en: 'Apply for a 66-page ordinary passport for frequent business travellers.',
      sw: 'Omba pasipoti ya kawaida yenye kurasa 66 kwa wasafiri wa kibiashara wa mara kwa mara.',
    },
    category: 'immigration', feeKes: 12500,
    requirements: {
      en: 'National ID, birth certificate, 2 passport photos, old passport if renewing',
      sw: 'Kitambulisho cha taifa, cheti cha kuzaliwa, picha 2 za pasipoti, pasipoti ya zamani ukihuisha',
    },
    processingTime: { en: '10 working days', sw: 'Siku 10 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'DIS', code: 'PASSPORT-CHILD',
    name: { en: 'Child Passport (34 Pages)', sw: 'Pasipoti ya Mtoto (Kurasa 34)' },
    description: {
      en: 'Apply for a passport for a child under 18, with both parents giving consent.',
      sw: 'Omba pasipoti kwa mtoto chini ya miaka 18, kwa ridhaa ya wazazi wote wawili.',
    },
    category: 'immigration', feeKes: 7500,
    requirements: {
      en: 'Child birth certificate, national IDs of parents, 2 passport photos of the child',
      sw: 'Cheti cha kuzaliwa cha mtoto, vitambulisho vya taifa vya wazazi, picha 2 za pasipoti za mtoto',
    },
    processingTime: { en: '10 working days', sw: 'Siku 10 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'DIS', code: 'PASSPORT-LOST',
    name: { en: 'Replacement of Lost Passport', sw: 'Pasipoti Mbadala (Iliyopotea)' },
    description: {
      en: 'Replace a passport that was lost, stolen or damaged.',
      sw: 'Pata pasipoti mbadala ya ile iliyopotea, kuibiwa au kuharibika.',
    },
    category: 'immigration', feeKes: 10050,
    requirements: {
      en: 'Police abstract, national ID, 2 passport photos, copy of the lost passport if any',
      sw: 'Taarifa ya polisi, kitambulisho cha taifa, picha 2 za pasipoti, nakala ya pasipoti iliyopotea kama ipo',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'DIS', code: 'EA-PASSPORT',
    name: { en: 'East African Passport', sw: 'Pasipoti ya Afrika Mashariki' },
    description: {
      en: 'Apply for the East African passport for travel within Kenya, Uganda, Tanzania, Rwanda and Burundi.',
      sw: 'Omba pasipoti ya Afrika Mashariki ya kusafiri ndani ya Kenya, Uganda, Tanzania, Rwanda na Burundi.',
    },
    category: 'immigration', feeKes: 390,
    requirements: {
      en: 'National ID, birth certificate, 2 passport photos',
      sw: 'Kitambulisho cha taifa, cheti cha kuzaliwa, picha 2 za pasipoti',
    },
    processingTime: { en: '10 working days', sw: 'Siku 10 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'DIS', code: 'PASSPORT-STATUS',
    name: { en: 'Passport Application Status', sw: 'Hali ya Maombi ya Pasipoti' },
    description: {
      en: 'Check whether your passport is being processed or is ready for collection.',
      sw: 'Angalia kama pasipoti yako inashughulikiwa au iko tayari kuchukuliwa.',
    },
    category: 'immigration', feeKes: 0,
    requirements: {
      en: 'Application reference number, national ID number',
      sw: 'Nambari ya kumbukumbu ya maombi, nambari ya kitambulisho cha taifa',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'DIS', code: 'ETA',
    name: { en: 'Electronic Travel Authorisation', sw: 'Kibali cha Kielektroniki cha Kusafiri' },
    description: {
      en: 'Foreign visitors must get an ETA before travelling to Kenya; the fee is USD 30.',
      sw: 'Wageni wa kigeni lazima wapate ETA kabla ya kusafiri kuja Kenya; ada ni dola 30 za Marekani.',
    },
    category: 'immigration', feeKes: 3900,
    requirements: {
      en: 'Valid passport, return ticket, hotel booking or invitation letter, passport photo',
      sw: 'Pasipoti halali, tiketi ya kurudi, uthibitisho wa hoteli au barua ya mwaliko, picha ya pasipoti',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'DIS', code: 'WORK-PERMIT-D',
    name: { en: 'Work Permit Class D', sw: 'Kibali cha Kazi Daraja D' },
    description: {
      en: 'Permit for a foreign national employed by a specific employer in Kenya.',
      sw: 'Kibali kwa raia wa kigeni aliyeajiriwa na mwajiri maalum nchini Kenya.',
    },
    category: 'immigration', feeKes: 10000,
    requirements: {
      en: 'Passport, employment contract, academic certificates, company registration documents',
      sw: 'Pasipoti, mkataba wa ajira, vyeti vya masomo, nyaraka za usajili wa kampuni',
    },
    processingTime: { en: '2 months', sw: 'Miezi 2' },
    ussdApply: false,
  },
  {
    agency: 'DIS', code: 'SPECIAL-PASS',
    name: { en: 'Special Pass', sw: 'Pasi Maalum' },
    description: {
      en: 'Short-term pass for a foreigner who needs to work in Kenya while a permit is processed.',
      sw: 'Pasi ya muda mfupi kwa raia wa kigeni anayehitaji kufanya kazi Kenya huku kibali kikishughulikiwa.',
    },
    category: 'immigration', feeKes: 15000,
    requirements: {
      en: 'Passport, letter from the employer, copy of permit application',
      sw: 'Pasipoti, barua ya mwajiri, nakala ya maombi ya kibali',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'DIS', code: 'DEPENDANT-PASS',
    name: { en: 'Dependant Pass', sw: 'Pasi ya Mtegemezi' },
    description: {
      en: 'Pass for the spouse or child of a foreigner who holds a valid Kenyan permit.',
      sw: 'Pasi kwa mwenzi au mtoto wa raia wa kigeni mwenye kibali halali cha Kenya.',
    },
    category: 'immigration', feeKes: 10000,
    requirements: {
      en: 'Passport, marriage or birth certificate, copy of the principal permit',
      sw: 'Pasipoti, cheti cha ndoa au cha kuzaliwa, nakala ya kibali cha mhusika mkuu',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'DIS', code: 'STUDENT-PASS',
    name: { en: 'Student Pass', sw: 'Pasi ya Mwanafunzi' },
    description: {
      en: 'Pass for a foreign student admitted to a school, college or university in Kenya.',
      sw: 'Pasi kwa mwanafunzi wa kigeni aliyepata nafasi katika shule, chuo au chuo kikuu nchini Kenya.',
    },
    category: 'immigration', feeKes: 10000,
    requirements: {
      en: 'Passport, admission letter, proof of fees payment, 2 passport photos',
      sw: 'Pasipoti, barua ya kujiunga, ushahidi wa kulipa karo, picha 2 za pasipoti',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'DIS', code: 'ALIEN-CARD',
    name: { en: 'Foreign National Certificate', sw: 'Cheti cha Raia wa Kigeni' },
    description: {
      en: 'Registration card for foreigners who stay in Kenya for more than 90 days.',
      sw: 'Kadi ya usajili kwa raia wa kigeni wanaokaa Kenya kwa zaidi ya siku 90.',
    },
    category: 'immigration', feeKes: 2000,
    requirements: {
      en: 'Passport, valid permit or pass, 2 passport photos, fingerprints',
      sw: 'Pasipoti, kibali au pasi halali, picha 2 za pasipoti, alama za vidole',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // DOSHS - Directorate of Occupational Safety and Health Services
  {
    agency: 'DOSHS', code: 'WORKPLACE-REG',
    name: { en: 'Workplace Registration', sw: 'Usajili wa Mahali pa Kazi' },
    description: {
      en: 'Register a factory, office or other workplace as required by the safety law.',
      sw: 'Sajili kiwanda, ofisi au mahali pengine pa kazi kama inavyotakiwa na sheria ya usalama.',
    },
    category: 'health', feeKes: 1000,
    requirements: {
      en: 'Business permit, KRA PIN, number of workers, site plan',
      sw: 'Kibali cha biashara, PIN ya KRA, idadi ya wafanyakazi, ramani ya eneo',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'DOSHS', code: 'WIBA-CLAIM',
    name: { en: 'Work Injury Claim (WIBA)', sw: 'Dai la Jeraha Kazini (WIBA)' },
    description: {
      en: 'Report an injury or disease suffered at work so that compensation can be assessed.',
      sw: 'Ripoti jeraha au ugonjwa uliopata kazini ili fidia itathminiwe.',
    },
    category: 'health', feeKes: 0,
    requirements: {
      en: 'Accident report form, medical report, national ID, employer details',
      sw: 'Fomu ya taarifa ya ajali, ripoti ya daktari, kitambulisho cha taifa, maelezo ya mwajiri',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // DRS - Department of Refugee Services
  {
    agency: 'DRS', code: 'MOVEMENT-PASS',
    name: { en: 'Refugee Movement Pass', sw: 'Pasi ya Usafiri ya Mkimbizi' },
    description: {
      en: 'Pass that lets a refugee travel out of a camp for study, treatment or business.',
      sw: 'Pasi inayomruhusu mkimbizi kusafiri nje ya kambi kwa masomo, matibabu au biashara.',
    },
    category: 'immigration', feeKes: 0,
    requirements: {
      en: 'Refugee ID, reason for travel, supporting letter',
      sw: 'Kitambulisho cha mkimbizi, sababu ya safari, barua ya kuthibitisha',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'DRS', code: 'REFUGEE-ID',
    name: { en: 'Refugee Identity Card', sw: 'Kitambulisho cha Mkimbizi' },
    description: {
      en: 'Identity card for a person granted refugee status in Kenya.',
      sw: 'Kitambulisho kwa mtu aliyepewa hadhi ya ukimbizi nchini Kenya.',
    },
    category: 'immigration', feeKes: 0,
    requirements: {
      en: 'Refugee status decision letter, photo, fingerprints',
      sw: 'Barua ya uamuzi wa hadhi ya ukimbizi, picha, alama za vidole',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // DVS - Directorate of Veterinary Services
  {
    agency: 'DVS', code: 'LIVESTOCK-MOVE',
    name: { en: 'Livestock Movement Permit', sw: 'Kibali cha Kusafirisha Mifugo' },
    description: {
      en: 'Permit to move cattle, goats, sheep or camels from one area to another.',
      sw: "Kibali cha kusafirisha ng'ombe, mbuzi, kondoo au ngamia kutoka eneo moja hadi jingine.",
    },
    category: 'agriculture', feeKes: 200,
    requirements: {
      en: 'National ID, number and type of animals, origin and destination',
      sw: 'Kitambulisho cha taifa, idadi na aina ya mifugo, mahali wanapotoka na wanapokwenda',
    },
    processingTime: { en: 'Within 24 hours', sw: 'Ndani ya saa 24' },
    ussdApply: true,
  },
  {
    agency: 'DVS', code: 'PET-IMPORT',
    name: { en: 'Pet Import Permit', sw: 'Kibali cha Kuingiza Mnyama Kipenzi' },
    description: {
      en: 'Permit to bring a dog or cat into Kenya from another country.',
      sw: 'Kibali cha kuingiza mbwa au paka nchini Kenya kutoka nchi nyingine.',
    },
    category: 'agriculture', feeKes: 1000,
    requirements: {
      en: 'Vaccination record, health certificate from country of origin, owner passport',
      sw: 'Rekodi ya chanjo, cheti cha afya kutoka nchi anakotoka, pasipoti ya mmiliki',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'DVS', code: 'EXPORT-CERT',
    name: { en: 'Veterinary Export Certificate', sw: 'Cheti cha Mifugo cha Kuuza Nje' },
    description: {
      en: 'Health certificate for animals or animal products being exported.',
      sw: 'Cheti cha afya kwa wanyama au bidhaa za wanyama zinazouzwa nje ya nchi.',
    },
    category: 'agriculture', feeKes: 2000,
    requirements: {
      en: 'Export permit, laboratory results, details of consignment',
      sw: 'Kibali cha kuuza nje, matokeo ya maabara, maelezo ya mzigo',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },

  // EACC - Ethics and Anti-Corruption Commission
  {
    agency: 'EACC', code: 'CLEARANCE',
    name: { en: 'Integrity Clearance', sw: 'Uthibitisho wa Uadilifu' },
    description: {
      en: 'Clearance that candidates for public office submit to show they are not under investigation.',
      sw: 'Uthibitisho ambao wagombea wa nafasi za umma huwasilisha kuonyesha kuwa hawachunguzwi.',
    },
    category: 'justice', feeKes: 0,
    requirements: {
      en: 'Self-declaration form, national ID, KRA PIN, nominating institution letter',
      sw: 'Fomu ya kujitangaza, kitambulisho cha taifa, PIN ya KRA, barua ya taasisi inayokuteua',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'EACC', code: 'REPORT-CORRUPTION',
    name: { en: 'Report Corruption', sw: 'Ripoti Ufisadi' },
    description: {
      en: 'Report a bribe request or other corruption by a public officer; you may stay anonymous.',
      sw: 'Ripoti kuombwa hongo au ufisadi mwingine wa afisa wa umma; unaweza kubaki bila kujitambulisha.',
    },
    category: 'justice', feeKes: 0,
    requirements: {
      en: 'Name of office or officer, place and date, short description',
      sw: 'Jina la ofisi au afisa, mahali na tarehe, maelezo mafupi',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },

  // EARB - Estate Agents Registration Board
  {
    agency: 'EARB', code: 'AGENT-REG',
    name: { en: 'Estate Agent Registration', sw: 'Usajili wa Wakala wa Nyumba na Ardhi' },
    description: {
      en: 'Register as an estate agent allowed to sell, let or manage property for others.',
      sw: 'Jisajili kama wakala anayeruhusiwa kuuza, kupangisha au kusimamia mali za watu wengine.',
    },
    category: 'land', feeKes: 5000,
    requirements: {
      en: 'Academic certificates, national ID, certificate of good conduct, 2 passport photos',
      sw: 'Vyeti vya masomo, kitambulisho cha taifa, cheti cha tabia njema, picha 2 za pasipoti',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // EBK - Engineers Board of Kenya
  {
    agency: 'EBK', code: 'GRADUATE-REG',
    name: { en: 'Graduate Engineer Registration', sw: 'Usajili wa Mhandisi Mhitimu' },
    description: {
      en: 'Register as a graduate engineer after completing an accredited engineering degree.',
      sw: 'Jisajili kama mhandisi mhitimu baada ya kumaliza shahada ya uhandisi iliyoidhinishwa.',
    },
    category: 'business', feeKes: 5000,
    requirements: {
      en: 'Degree certificate, transcripts, national ID, 2 passport photos',
      sw: 'Cheti cha shahada, nakala za matokeo, kitambulisho cha taifa, picha 2 za pasipoti',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'EBK', code: 'PRACTISING',
    name: { en: 'Annual Practising Licence', sw: 'Leseni ya Mwaka ya Uhandisi' },
    description: {
      en: 'Renew the yearly licence that professional engineers need to practise.',
      sw: 'Huisha leseni ya mwaka ambayo wahandisi wataalamu huhitaji ili kufanya kazi.',
    },
    category: 'business', feeKes: 5000,
    requirements: {
      en: 'Registration number, proof of professional development hours',
      sw: 'Nambari ya usajili, ushahidi wa saa za mafunzo endelevu',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // EPRA - Energy and Petroleum Regulatory Authority
  {
    agency: 'EPRA', code: 'ELEC-WORKER',
    name: { en: 'Electrical Worker Licence', sw: 'Leseni ya Fundi Umeme' },
    description: {
      en: 'Licence for electricians who install or repair wiring, valid for three years.',
      sw: 'Leseni kwa mafundi umeme wanaoweka au kurekebisha nyaya za umeme, inayodumu miaka mitatu.',
    },
    category: 'energy', feeKes: 1500,
    requirements: {
      en: 'Trade test or diploma certificate, national ID, passport photo, work experience letter',
      sw: 'Cheti cha mtihani wa ufundi au stashahada, kitambulisho cha taifa, picha, barua ya uzoefu wa kazi',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'EPRA', code: 'SOLAR-TECH',
    name: { en: 'Solar PV Technician Licence', sw: 'Leseni ya Fundi wa Sola' },
    description: {
      en: 'Licence for technicians who design or install solar power systems.',
      sw: 'Leseni kwa mafundi wanaobuni au kuweka mifumo ya umeme wa jua.',
    },
    category: 'energy', feeKes: 1000,
    requirements: {
      en: 'Solar training certificate, national ID, passport photo',
      sw: 'Cheti cha mafunzo ya sola, kitambulisho cha taifa, picha ya pasipoti',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'EPRA', code: 'LPG-RETAIL',
    name: { en: 'LPG Retail Licence', sw: 'Leseni ya Rejareja ya Gesi ya Kupikia' },
    description: {
      en: 'Licence to sell cooking gas cylinders from a shop or depot.',
      sw: 'Leseni ya kuuza mitungi ya gesi ya kupikia kutoka dukani au ghalani.',
    },
    category: 'energy', feeKes: 5000,
    requirements: {
      en: 'Business permit, KRA PIN, fire safety certificate, premises photos',
      sw: 'Kibali cha biashara, PIN ya KRA, cheti cha usalama wa moto, picha za majengo',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'EPRA', code: 'PETROL-RETAIL',
    name: { en: 'Petroleum Retail Licence', sw: 'Leseni ya Kituo cha Mafuta' },
    description: {
      en: 'Licence to run a fuel station selling petrol, diesel or kerosene.',
      sw: 'Leseni ya kuendesha kituo cha kuuza petroli, dizeli au mafuta ya taa.',
    },
    category: 'energy', feeKes: 10000,
    requirements: {
      en: 'Certificate of incorporation, KRA PIN, NEMA licence, county approval, site plan',
      sw: 'Cheti cha kampuni, PIN ya KRA, leseni ya NEMA, idhini ya kaunti, ramani ya eneo',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'EPRA', code: 'ENERGY-AUDITOR',
    name: { en: 'Energy Auditor Licence', sw: 'Leseni ya Mkaguzi wa Nishati' },
    description: {
      en: 'Licence to carry out energy audits of factories and large buildings.',
      sw: 'Leseni ya kufanya ukaguzi wa matumizi ya nishati katika viwanda na majengo makubwa.',
    },
    category: 'energy', feeKes: 10000,
    requirements: {
      en: 'Engineering degree, energy audit training certificate, national ID',
      sw: 'Shahada ya uhandisi, cheti cha mafunzo ya ukaguzi wa nishati, kitambulisho cha taifa',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'EPRA', code: 'COMPLAINT',
    name: { en: 'Energy Consumer Complaint', sw: 'Malalamiko ya Mlaji wa Nishati' },
    description: {
      en: 'Complain about electricity billing, fuel quality or gas cylinder weight.',
      sw: 'Lalamika kuhusu bili ya umeme, ubora wa mafuta au uzito wa mtungi wa gesi.',
    },
    category: 'energy', feeKes: 0,
    requirements: {
      en: 'Meter or account number, name of supplier, description of the problem',
      sw: 'Nambari ya mita au akaunti, jina la msambazaji, maelezo ya tatizo',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // EPZA - Export Processing Zones Authority
  {
    agency: 'EPZA', code: 'EPZ-LICENCE',
    name: { en: 'EPZ Enterprise Licence', sw: 'Leseni ya Biashara ya EPZ' },
    description: {
      en: 'Licence to manufacture or process goods for export from an export processing zone.',
      sw: 'Leseni ya kutengeneza au kusindika bidhaa za kuuza nje kutoka eneo la EPZ.',
    },
    category: 'business', feeKes: 50000,
    requirements: {
      en: 'Project proposal, certificate of incorporation, KRA PIN, IDs of directors',
      sw: 'Pendekezo la mradi, cheti cha kampuni, PIN ya KRA, vitambulisho vya wakurugenzi',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // FLB - Firearms Licensing Board
  {
    agency: 'FLB', code: 'FIREARM-CERT',
    name: { en: 'Firearm Certificate Application', sw: 'Maombi ya Cheti cha Silaha' },
    description: {
      en: 'Apply for a certificate to own a firearm for self defence, after vetting by the Board.',
      sw: 'Omba cheti cha kumiliki silaha kwa ajili ya kujilinda, baada ya uchunguzi wa Bodi.',
    },
    category: 'security', feeKes: 20000,
    requirements: {
      en: 'National ID, certificate of good conduct, medical report, proof of training',
      sw: 'Kitambulisho cha taifa, cheti cha tabia njema, ripoti ya daktari, ushahidi wa mafunzo',
    },
    processingTime: { en: '3 months', sw: 'Miezi 3' },
    ussdApply: false,
  },
  {
    agency: 'FLB', code: 'FIREARM-RENEW',
    name: { en: 'Firearm Licence Renewal', sw: 'Kuhuisha Leseni ya Silaha' },
    description: {
      en: 'Renew your yearly firearm licence before it expires.',
      sw: 'Huisha leseni yako ya mwaka ya silaha kabla haijaisha muda wake.',
    },
    category: 'security', feeKes: 10000,
    requirements: {
      en: 'Current firearm certificate, national ID, firearm inspection report',
      sw: 'Cheti cha sasa cha silaha, kitambulisho cha taifa, ripoti ya ukaguzi wa silaha',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // GPR - Government Printer
  {
    agency: 'GPR', code: 'GAZETTE-NOTICE',
    name: { en: 'Kenya Gazette Notice', sw: 'Tangazo katika Gazeti la Serikali' },
    description: {
      en: 'Publish a notice such as a change of name or lost title deed in the Kenya Gazette.',
      sw: 'Chapisha tangazo kama la kubadilisha jina au hati miliki iliyopotea katika Gazeti la Serikali.',
    },
    category: 'justice', feeKes: 3480,
    requirements: {
      en: 'Signed notice text, national ID, supporting documents such as a deed poll',
      sw: 'Maandishi ya tangazo yaliyotiwa saini, kitambulisho cha taifa, nyaraka kama hati ya kubadili jina',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'GPR', code: 'GAZETTE-COPY',
    name: { en: 'Kenya Gazette Copy', sw: 'Nakala ya Gazeti la Serikali' },
    description: {
      en: 'Buy a copy of a Kenya Gazette issue.',
      sw: 'Nunua nakala ya toleo la Gazeti la Serikali.',
    },
    category: 'justice', feeKes: 60,
    requirements: {
      en: 'Gazette date or volume number',
      sw: 'Tarehe au nambari ya toleo la gazeti',
    },
    processingTime: { en: 'Same day', sw: 'Siku hiyo hiyo' },
    ussdApply: false,
  },

  // HELB - Higher Education Loans Board
  {
    agency: 'HELB', code: 'FIRST-LOAN',
    name: { en: 'First-Time Student Loan', sw: 'Mkopo wa Mara ya Kwanza' },
    description: {
      en: 'Apply for a first student loan to pay university or TVET fees.',
      sw: 'Omba mkopo wa kwanza wa mwanafunzi wa kulipia karo ya chuo kikuu au TVET.',
    },
    category: 'education', feeKes: 0,
    requirements: {
      en: 'National ID, admission letter, IDs or death certificates of parents, KCSE index number',
      sw: 'Kitambulisho cha taifa, barua ya kujiunga, vitambulisho vya wazazi au vyeti vya kifo, nambari ya KCSE',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'HELB', code: 'SUBSEQUENT-LOAN',
    name: { en: 'Subsequent Loan Application', sw: 'Maombi ya Mkopo wa Mwaka Unaofuata' },
    description: {
      en: 'Apply for your loan for the next academic year.',
      sw: 'Omba mkopo wako kwa mwaka unaofuata wa masomo.',
    },
    category: 'education', feeKes: 0,
    requirements: {
      en: 'National ID, student registration number',
      sw: 'Kitambulisho cha taifa, nambari ya usajili wa mwanafunzi',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: true,
  },
  {
    agency: 'HELB', code: 'LOAN-BALANCE',
    name: { en: 'Loan Balance Enquiry', sw: 'Salio la Mkopo wa HELB' },
    description: {
      en: 'Check how much of your HELB loan you still owe.',
      sw: 'Angalia kiasi cha mkopo wa HELB ambacho bado unadaiwa.',
    },
    category: 'education', feeKes: 0,
    requirements: {
      en: 'National ID number',
      sw: 'Nambari ya kitambulisho cha taifa',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'HELB', code: 'COMPLIANCE',
    name: { en: 'HELB Compliance Certificate', sw: 'Cheti cha Utiifu wa HELB' },
    description: {
      en: 'Certificate showing that you are repaying your loan as agreed, often needed for jobs.',
      sw: 'Cheti kinachoonyesha kuwa unalipa mkopo wako kama ilivyokubaliwa, mara nyingi huhitajika kazini.',
    },
    category: 'education', feeKes: 1000,
    requirements: {
      en: 'National ID, up-to-date repayments',
      sw: 'Kitambulisho cha taifa, malipo yaliyo sawa hadi sasa',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'HELB', code: 'CLEARANCE',
    name: { en: 'Loan Clearance Certificate', sw: 'Cheti cha Kumaliza Mkopo' },
    description: {
      en: 'Certificate confirming that you have fully repaid your HELB loan.',
      sw: 'Cheti kinachothibitisha kuwa umemaliza kulipa mkopo wako wote wa HELB.',
    },
    category: 'education', feeKes: 0,
    requirements: {
      en: 'National ID, proof of final repayment',
      sw: 'Kitambulisho cha taifa, ushahidi wa malipo ya mwisho',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // ICTA - ICT Authority
  {
    agency: 'ICTA', code: 'SUPPLIER-ACCR',
    name: { en: 'ICT Supplier Accreditation', sw: 'Ithibati ya Mgavi wa TEHAMA' },
    description: {
      en: 'Accreditation that ICT firms need before bidding for government ICT tenders.',
      sw: 'Ithibati ambayo kampuni za TEHAMA huhitaji kabla ya kushiriki zabuni za TEHAMA za Serikali.',
    },
    category: 'ict', feeKes: 10000,
    requirements: {
      en: 'Certificate of incorporation, KRA PIN, tax compliance certificate, staff CVs, past projects',
      sw: 'Cheti cha kampuni, PIN ya KRA, cheti cha utiifu wa kodi, wasifu wa wafanyakazi, miradi ya awali',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // IPOA - Independent Policing Oversight Authority
  {
    agency: 'IPOA', code: 'COMPLAINT',
    name: { en: 'Complaint Against Police', sw: 'Malalamiko Dhidi ya Polisi' },
    description: {
      en: 'Report misconduct by a police officer, such as assault, extortion or unlawful arrest.',
      sw: 'Ripoti utovu wa nidhamu wa afisa wa polisi, kama kushambulia, kudai hongo au kukamata kinyume cha sheria.',
    },
    category: 'security', feeKes: 0,
    requirements: {
      en: 'Place and date of incident, officer name or number if known, description',
      sw: 'Mahali na tarehe ya tukio, jina au nambari ya afisa kama unaijua, maelezo',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: true,
  },
  {
    agency: 'IPOA', code: 'COMPLAINT-STATUS',
    name: { en: 'Complaint Status Enquiry', sw: 'Hali ya Malalamiko Yako' },
    description: {
      en: 'Follow up on a complaint you made to IPOA.',
      sw: 'Fuatilia malalamiko uliyowasilisha kwa IPOA.',
    },
    category: 'security', feeKes: 0,
    requirements: {
      en: 'Complaint reference number',
      sw: 'Nambari ya kumbukumbu ya malalamiko',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'IPOA', code: 'DEATH-REPORT',
    name: { en: 'Report Death in Police Custody', sw: 'Ripoti Kifo Mikononi mwa Polisi' },
    description: {
      en: 'Report a death or serious injury caused by police action or in police custody.',
      sw: 'Ripoti kifo au jeraha kubwa lililosababishwa na polisi au lililotokea mikononi mwa polisi.',
    },
    category: 'security', feeKes: 0,
    requirements: {
      en: 'Name of the victim, police station, date and place',
      sw: 'Jina la mwathiriwa, kituo cha polisi, tarehe na mahali',
    },
    processingTime: { en: 'Within 24 hours', sw: 'Ndani ya saa 24' },
    ussdApply: false,
  },

  // IRA - Insurance Regulatory Authority
  {
    agency: 'IRA', code: 'AGENT-LICENCE',
    name: { en: 'Insurance Agent Licence', sw: 'Leseni ya Wakala wa Bima' },
    description: {
      en: 'Licence to sell insurance as an agent of a registered insurer, renewed yearly.',
      sw: 'Leseni ya kuuza bima kama wakala wa kampuni ya bima iliyosajiliwa, inayohuishwa kila mwaka.',
    },
    category: 'finance', feeKes: 1000,
    requirements: {
      en: 'COP insurance certificate, national ID, letter from the insurer, passport photo',
      sw: 'Cheti cha bima cha COP, kitambulisho cha taifa, barua ya kampuni ya bima, picha ya pasipoti',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'IRA', code: 'COMPLAINT',
    name: { en: 'Insurance Complaint', sw: 'Malalamiko Kuhusu Bima' },
    description: {
      en: 'Complain about a delayed or rejected claim or other unfair treatment by an insurer.',
      sw: 'Lalamika kuhusu dai lililocheleweshwa au kukataliwa au dhuluma nyingine ya kampuni ya bima.',
    },
    category: 'finance', feeKes: 0,
    requirements: {
      en: 'Policy number, claim number, copy of letters from the insurer',
      sw: 'Nambari ya sera, nambari ya dai, nakala za barua kutoka kampuni ya bima',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // JUD - Judiciary of Kenya
  {
    agency: 'JUD', code: 'SMALL-CLAIMS',
    name: { en: 'Small Claims Court Filing', sw: 'Kufungua Kesi ya Madai Madogo' },
    description: {
      en: 'File a claim of up to KES 1 million, decided within 60 days without a lawyer.',
      sw: 'Fungua dai la hadi shilingi milioni 1, linaloamuliwa ndani ya siku 60 bila wakili.',
    },
    category: 'justice', feeKes: 200,
    requirements: {
      en: 'Statement of claim, national ID, documents that support the claim',
      sw: 'Taarifa ya dai, kitambulisho cha taifa, nyaraka zinazounga mkono dai',
    },
    processingTime: { en: '2 months', sw: 'Miezi 2' },
    ussdApply: false,
  },
  {
    agency: 'JUD', code: 'SUCCESSION',
    name: { en: 'Succession Cause Filing', sw: 'Kufungua Kesi ya Mirathi' },
    description: {
      en: 'Apply to the court for letters of administration of the estate of a deceased person.',
      sw: 'Omba mahakama ikupe barua za usimamizi wa mali ya marehemu.',
    },
    category: 'justice', feeKes: 1000,
    requirements: {
      en: 'Death certificate, letter from the chief, list of assets, IDs of beneficiaries',
      sw: 'Cheti cha kifo, barua ya chifu, orodha ya mali, vitambulisho vya warithi',
    },
    processingTime: { en: '3 months', sw: 'Miezi 3' },
    ussdApply: false,
  },
  {
    agency: 'JUD', code: 'CASE-STATUS',
    name: { en: 'Case Status Enquiry', sw: 'Hali ya Kesi Mahakamani' },
    description: {
      en: 'Check the next hearing date and status of a court case.',
      sw: 'Angalia tarehe ijayo ya kusikilizwa na hali ya kesi mahakamani.',
    },
    category: 'justice', feeKes: 0,
    requirements: {
      en: 'Case number and court station',
      sw: 'Nambari ya kesi na mahakama husika',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'JUD', code: 'CERTIFIED-COPY',
    name: { en: 'Certified Copy of Judgment', sw: 'Nakala Rasmi ya Hukumu' },
    description: {
      en: 'Order a certified copy of a judgment, ruling or court order.',
      sw: 'Agiza nakala rasmi ya hukumu, uamuzi au amri ya mahakama.',
    },
    category: 'justice', feeKes: 500,
    requirements: {
      en: 'Case number, court station, national ID',
      sw: 'Nambari ya kesi, mahakama husika, kitambulisho cha taifa',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // KAA - Kenya Airports Authority
  {
    agency: 'KAA', code: 'AIRPORT-PASS',
    name: { en: 'Airport Access Pass', sw: 'Pasi ya Kuingia Uwanja wa Ndege' },
    description: {
      en: 'Pass for people who work in the restricted areas of a KAA airport.',
      sw: 'Pasi kwa watu wanaofanya kazi katika maeneo yenye vikwazo ya uwanja wa ndege wa KAA.',
    },
    category: 'aviation', feeKes: 2000,
    requirements: {
      en: 'National ID, employer letter, certificate of good conduct, passport photo',
      sw: 'Kitambulisho cha taifa, barua ya mwajiri, cheti cha tabia njema, picha ya pasipoti',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KAA', code: 'PARKING-MONTHLY',
    name: { en: 'Monthly Parking Ticket', sw: 'Tiketi ya Maegesho ya Mwezi' },
    description: {
      en: 'Monthly parking for one vehicle at a KAA airport car park.',
      sw: 'Maegesho ya mwezi mmoja kwa gari moja katika eneo la maegesho la uwanja wa ndege wa KAA.',
    },
    category: 'aviation', feeKes: 5000,
    requirements: {
      en: 'Vehicle registration number, national ID',
      sw: 'Nambari ya usajili wa gari, kitambulisho cha taifa',
    },
    processingTime: { en: 'Within 24 hours', sw: 'Ndani ya saa 24' },
    ussdApply: false,
  },
  {
    agency: 'KAA', code: 'ADVERT-SPACE',
    name: { en: 'Airport Advertising Space', sw: 'Nafasi ya Matangazo Uwanjani' },
    description: {
      en: 'Apply to book billboard or screen space for adverts inside an airport.',
      sw: 'Omba kuweka nafasi ya bango au skrini kwa matangazo ndani ya uwanja wa ndege.',
    },
    category: 'aviation', feeKes: 5000,
    requirements: {
      en: 'Certificate of incorporation, KRA PIN, artwork of the advert',
      sw: 'Cheti cha kampuni, PIN ya KRA, muundo wa tangazo',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KAA', code: 'LOST-FOUND',
    name: { en: 'Lost and Found Claim', sw: 'Kudai Mali Iliyopotea Uwanjani' },
    description: {
      en: 'Claim an item you lost at a KAA airport.',
      sw: 'Dai kitu ulichopoteza katika uwanja wa ndege wa KAA.',
    },
    category: 'aviation', feeKes: 0,
    requirements: {
      en: 'Description of the item, date and place lost, national ID or passport',
      sw: 'Maelezo ya kitu, tarehe na mahali kilipopotea, kitambulisho au pasipoti',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },

  // KALRO - Kenya Agricultural and Livestock Research Organization
  {
    agency: 'KALRO', code: 'SOIL-TEST',
    name: { en: 'Soil Testing', sw: 'Kupima Udongo' },
    description: {
      en: 'Lab test of a soil sample with advice on the right fertiliser for your crop.',
      sw: 'Kupima sampuli ya udongo maabarani pamoja na ushauri wa mbolea inayofaa zao lako.',
    },
    category: 'agriculture', feeKes: 2500,
    requirements: {
      en: 'Soil sample of about 500 g, name of crop, farm location',
      sw: 'Sampuli ya udongo ya takriban gramu 500, jina la zao, mahali shamba lilipo',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // KASNEB - Kenya Accountants and Secretaries National Examinations Board
  {
    agency: 'KASNEB', code: 'STUDENT-REG',
    name: { en: 'KASNEB Student Registration', sw: 'Usajili wa Mwanafunzi wa KASNEB' },
    description: {
      en: 'Register as a student for CPA, CS, CIFA or other KASNEB courses.',
      sw: 'Jisajili kama mwanafunzi wa CPA, CS, CIFA au kozi nyingine za KASNEB.',
    },
    category: 'education', feeKes: 7500,
    requirements: {
      en: 'KCSE certificate, national ID, passport photo',
      sw: 'Cheti cha KCSE, kitambulisho cha taifa, picha ya pasipoti',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KASNEB', code: 'EXAM-ENTRY',
    name: { en: 'Examination Entry', sw: 'Kujisajili kwa Mtihani' },
    description: {
      en: 'Book the papers you will sit in the next KASNEB examination sitting.',
      sw: 'Chagua karatasi utakazofanya katika kipindi kijacho cha mitihani ya KASNEB.',
    },
    category: 'education', feeKes: 5000,
    requirements: {
      en: 'KASNEB registration number, list of papers',
      sw: 'Nambari ya usajili wa KASNEB, orodha ya karatasi',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },

  // KCAA - Kenya Civil Aviation Authority
  {
    agency: 'KCAA', code: 'DRONE-REG',
    name: { en: 'Drone Registration', sw: 'Usajili wa Ndege Nyuki (Droni)' },
    description: {
      en: 'Register a drone before flying it in Kenya, for private or commercial use.',
      sw: 'Sajili ndege nyuki kabla ya kuirusha nchini Kenya, kwa matumizi binafsi au ya kibiashara.',
    },
    category: 'aviation', feeKes: 5000,
    requirements: {
      en: 'Drone serial number and photos, national ID, import permit, proof of training',
      sw: 'Nambari ya utambulisho na picha za droni, kitambulisho cha taifa, kibali cha kuingiza, mafunzo',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KCAA', code: 'PPL',
    name: { en: 'Private Pilot Licence', sw: 'Leseni ya Rubani Binafsi' },
    description: {
      en: 'Licence for a pilot who flies aircraft for private, non-paid purposes.',
      sw: 'Leseni kwa rubani anayeendesha ndege kwa shughuli binafsi zisizo za malipo.',
    },
    category: 'aviation', feeKes: 10000,
    requirements: {
      en: 'Flight school logbook, medical certificate, exam results, national ID',
      sw: 'Kitabu cha kumbukumbu za safari, cheti cha afya, matokeo ya mitihani, kitambulisho cha taifa',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KCAA', code: 'COMPLAINT',
    name: { en: 'Air Passenger Complaint', sw: 'Malalamiko ya Abiria wa Ndege' },
    description: {
      en: 'Complain about a cancelled flight, lost baggage or denied boarding.',
      sw: 'Lalamika kuhusu safari ya ndege iliyofutwa, mizigo iliyopotea au kunyimwa kupanda ndege.',
    },
    category: 'aviation', feeKes: 0,
    requirements: {
      en: 'Ticket or booking number, airline name, description of the problem',
      sw: 'Nambari ya tiketi au uhifadhi, jina la shirika la ndege, maelezo ya tatizo',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // KDB - Kenya Dairy Board
  {
    agency: 'KDB', code: 'MILK-BAR',
    name: { en: 'Milk Bar Licence', sw: 'Leseni ya Duka la Maziwa' },
    description: {
      en: 'Licence to sell fresh or processed milk from a milk bar or shop.',
      sw: 'Leseni ya kuuza maziwa mabichi au yaliyosindikwa kutoka duka la maziwa.',
    },
    category: 'agriculture', feeKes: 1000,
    requirements: {
      en: 'Business permit, medical certificate of handlers, premises inspection',
      sw: 'Kibali cha biashara, cheti cha afya cha wahudumu, ukaguzi wa majengo',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KDB', code: 'MILK-TRANSPORT',
    name: { en: 'Milk Transport Permit', sw: 'Kibali cha Kusafirisha Maziwa' },
    description: {
      en: 'Permit for a vehicle or motorcycle used to transport milk.',
      sw: 'Kibali kwa gari au pikipiki inayotumika kusafirisha maziwa.',
    },
    category: 'agriculture', feeKes: 1000,
    requirements: {
      en: 'Vehicle logbook, inspection of milk containers, national ID',
      sw: 'Kitabu cha usajili wa gari, ukaguzi wa vyombo vya maziwa, kitambulisho cha taifa',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // KEBS - Kenya Bureau of Standards
  {
    agency: 'KEBS', code: 'SMARK',
    name: { en: 'Standardization Mark Permit', sw: 'Kibali cha Alama ya Ubora (S-Mark)' },
    description: {
      en: 'Permit to use the KEBS quality mark on products made in Kenya.',
      sw: 'Kibali cha kutumia alama ya ubora ya KEBS kwenye bidhaa zinazotengenezwa Kenya.',
    },
    category: 'business', feeKes: 5000,
    requirements: {
      en: 'Business registration, product samples, factory details, KRA PIN',
      sw: 'Usajili wa biashara, sampuli za bidhaa, maelezo ya kiwanda, PIN ya KRA',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KEBS', code: 'BUY-STANDARD',
    name: { en: 'Purchase of a Kenya Standard', sw: 'Kununua Kiwango cha Kenya' },
    description: {
      en: 'Buy a copy of a published Kenya Standard.',
      sw: 'Nunua nakala ya Kiwango cha Kenya kilichochapishwa.',
    },
    category: 'business', feeKes: 1000,
    requirements: {
      en: 'Standard number or title',
      sw: 'Nambari au jina la kiwango',
    },
    processingTime: { en: 'Same day', sw: 'Siku hiyo hiyo' },
    ussdApply: false,
  },
  {
    agency: 'KEBS', code: 'VERIFY-PERMIT',
    name: { en: 'Verify KEBS Permit', sw: 'Kuthibitisha Kibali cha KEBS' },
    description: {
      en: 'Check that a product carries a genuine and valid KEBS permit.',
      sw: 'Angalia kama bidhaa ina kibali halali cha KEBS.',
    },
    category: 'business', feeKes: 0,
    requirements: {
      en: 'Permit number from the product label',
      sw: 'Nambari ya kibali kutoka kwenye lebo ya bidhaa',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'KEBS', code: 'CALIBRATION',
    name: { en: 'Equipment Calibration', sw: 'Usawazishaji wa Vifaa vya Kupimia' },
    description: {
      en: 'Calibration of scales, meters and other measuring instruments in the KEBS lab.',
      sw: 'Usawazishaji wa mizani, mita na vifaa vingine vya kupimia katika maabara ya KEBS.',
    },
    category: 'business', feeKes: 3000,
    requirements: {
      en: 'Equipment to be calibrated, company details',
      sw: 'Kifaa cha kusawazishwa, maelezo ya kampuni',
    },
    processingTime: { en: '10 working days', sw: 'Siku 10 za kazi' },
    ussdApply: false,
  },

  // KECOBO - Kenya Copyright Board
  {
    agency: 'KECOBO', code: 'COPYRIGHT-REG',
    name: { en: 'Copyright Registration', sw: 'Usajili wa Hakimiliki' },
    description: {
      en: 'Register a song, book, film, software or other creative work.',
      sw: 'Sajili wimbo, kitabu, filamu, programu au kazi nyingine ya ubunifu.',
    },
    category: 'business', feeKes: 1000,
    requirements: {
      en: 'Copy of the work, national ID, KRA PIN',
      sw: 'Nakala ya kazi, kitambulisho cha taifa, PIN ya KRA',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // KEFS - Kenya Fisheries Service
  {
    agency: 'KEFS', code: 'FISHING-LICENCE',
    name: { en: 'Fishing Licence', sw: 'Leseni ya Uvuvi' },
    description: {
      en: 'Yearly licence for a fisher to fish in a lake or in the ocean.',
      sw: 'Leseni ya mwaka kwa mvuvi kuvua katika ziwa au baharini.',
    },
    category: 'agriculture', feeKes: 500,
    requirements: {
      en: 'National ID, boat registration, beach management unit letter',
      sw: 'Kitambulisho cha taifa, usajili wa mashua, barua ya kitengo cha usimamizi wa ufuo',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: true,
  },
  {
    agency: 'KEFS', code: 'FISH-MOVEMENT',
    name: { en: 'Fish Movement Permit', sw: 'Kibali cha Kusafirisha Samaki' },
    description: {
      en: 'Permit to transport fish or fish products between counties.',
      sw: 'Kibali cha kusafirisha samaki au bidhaa za samaki kati ya kaunti.',
    },
    category: 'agriculture', feeKes: 200,
    requirements: {
      en: 'National ID, quantity and type of fish, destination',
      sw: 'Kitambulisho cha taifa, kiasi na aina ya samaki, mahali wanapopelekwa',
    },
    processingTime: { en: 'Within 24 hours', sw: 'Ndani ya saa 24' },
    ussdApply: false,
  },

  // KEMRI - Kenya Medical Research Institute
  {
    agency: 'KEMRI', code: 'ETHICS-REVIEW',
    name: { en: 'Research Ethics Review', sw: 'Tathmini ya Maadili ya Utafiti' },
    description: {
      en: 'Ethics review and approval of a health research study involving people.',
      sw: 'Tathmini ya kimaadili na idhini ya utafiti wa afya unaohusisha watu.',
    },
    category: 'health', feeKes: 10000,
    requirements: {
      en: 'Research protocol, consent forms, CVs of researchers',
      sw: 'Itifaki ya utafiti, fomu za ridhaa, wasifu wa watafiti',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // KEMSA - Kenya Medical Supplies Authority
  {
    agency: 'KEMSA', code: 'SUPPLIER-REG',
    name: { en: 'Supplier Registration', sw: 'Usajili wa Msambazaji' },
    description: {
      en: 'Register a company to supply medicines and medical products to KEMSA.',
      sw: 'Sajili kampuni ili isambaze dawa na bidhaa za matibabu kwa KEMSA.',
    },
    category: 'health', feeKes: 0,
    requirements: {
      en: 'Certificate of incorporation, KRA PIN, tax compliance certificate, PPB licence',
      sw: 'Cheti cha kampuni, PIN ya KRA, cheti cha utiifu wa kodi, leseni ya PPB',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // KENAS - Kenya Accreditation Service
  {
    agency: 'KENAS', code: 'LAB-ACCR',
    name: { en: 'Laboratory Accreditation', sw: 'Ithibati ya Maabara' },
    description: {
      en: 'Accreditation of a testing or calibration laboratory against international standards.',
      sw: 'Ithibati ya maabara ya kupima au kusawazisha kulingana na viwango vya kimataifa.',
    },
    category: 'business', feeKes: 50000,
    requirements: {
      en: 'Quality manual, list of tests, staff qualifications, certificate of incorporation',
      sw: 'Mwongozo wa ubora, orodha ya vipimo, sifa za wafanyakazi, cheti cha kampuni',
    },
    processingTime: { en: '3 months', sw: 'Miezi 3' },
    ussdApply: false,
  },

  // KENHA - Kenya National Highways Authority
  {
    agency: 'KENHA', code: 'ABNORMAL-LOAD',
    name: { en: 'Abnormal Load Permit', sw: 'Kibali cha Mzigo Usio wa Kawaida' },
    description: {
      en: 'Permit to move an oversize or overweight load on a national highway.',
      sw: 'Kibali cha kusafirisha mzigo mkubwa au mzito kupita kiasi kwenye barabara kuu.',
    },
    category: 'transport', feeKes: 5000,
    requirements: {
      en: 'Vehicle details, load dimensions and weight, route plan',
      sw: 'Maelezo ya gari, vipimo na uzito wa mzigo, mpango wa njia',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KENHA', code: 'ROADSIDE-ADVERT',
    name: { en: 'Roadside Advertising Permit', sw: 'Kibali cha Matangazo Kando ya Barabara' },
    description: {
      en: 'Permit to put up a billboard within a national highway road reserve.',
      sw: 'Kibali cha kuweka bango ndani ya hifadhi ya barabara kuu.',
    },
    category: 'transport', feeKes: 10000,
    requirements: {
      en: 'Site plan, billboard design, certificate of incorporation, KRA PIN',
      sw: 'Ramani ya eneo, muundo wa bango, cheti cha kampuni, PIN ya KRA',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KENHA', code: 'WAYLEAVE',
    name: { en: 'Wayleave Permit', sw: 'Kibali cha Kutumia Hifadhi ya Barabara' },
    description: {
      en: 'Permit to lay pipes, cables or other utilities along a national highway.',
      sw: 'Kibali cha kulaza mabomba, nyaya au huduma nyingine kando ya barabara kuu.',
    },
    category: 'transport', feeKes: 10000,
    requirements: {
      en: 'Drawings of the works, route plan, company details',
      sw: 'Michoro ya kazi, mpango wa njia, maelezo ya kampuni',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // KENINVEST - Kenya Investment Authority
  {
    agency: 'KENINVEST', code: 'INVEST-CERT',
    name: { en: 'Investment Certificate', sw: 'Cheti cha Uwekezaji' },
    description: {
      en: 'Certificate for investors that helps with work permits and licences for a project.',
      sw: 'Cheti kwa wawekezaji kinachosaidia kupata vibali vya kazi na leseni za mradi.',
    },
    category: 'business', feeKes: 0,
    requirements: {
      en: 'Business plan, certificate of incorporation, proof of investment capital',
      sw: 'Mpango wa biashara, cheti cha kampuni, ushahidi wa mtaji wa uwekezaji',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // KENTRADE - Kenya Trade Network Agency
  {
    agency: 'KENTRADE', code: 'SINGLE-WINDOW',
    name: { en: 'Single Window User Registration', sw: 'Usajili wa Dirisha Moja la Biashara' },
    description: {
      en: 'Register on the Kenya TradeNet single window to lodge import and export documents.',
      sw: 'Jisajili kwenye dirisha moja la Kenya TradeNet ili kuwasilisha nyaraka za kuagiza na kuuza nje.',
    },
    category: 'business', feeKes: 0,
    requirements: {
      en: 'KRA PIN, certificate of incorporation, national ID of the user',
      sw: 'PIN ya KRA, cheti cha kampuni, kitambulisho cha taifa cha mtumiaji',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },

  // KENYARE - Kenya Reinsurance Corporation
  {
    agency: 'KENYARE', code: 'SUPPLIER-PREQ',
    name: { en: 'Supplier Prequalification', sw: 'Usajili wa Awali wa Wagavi' },
    description: {
      en: 'Apply to be prequalified as a supplier of goods and services to Kenya Re.',
      sw: 'Omba kusajiliwa mapema kama mgavi wa bidhaa na huduma kwa Kenya Re.',
    },
    category: 'finance', feeKes: 0,
    requirements: {
      en: 'Certificate of incorporation, KRA PIN, tax compliance certificate, AGPO certificate if any',
      sw: 'Cheti cha kampuni, PIN ya KRA, cheti cha utiifu wa kodi, cheti cha AGPO kama kipo',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KENYARE', code: 'TENANT-ENQUIRY',
    name: { en: 'Office Space Rental Enquiry', sw: 'Ulizia Kupanga Ofisi' },
    description: {
      en: 'Ask about renting office or shop space in a Kenya Re property.',
      sw: 'Ulizia kuhusu kupanga ofisi au duka katika jengo la Kenya Re.',
    },
    category: 'finance', feeKes: 0,
    requirements: {
      en: 'Company name, space needed, contact details',
      sw: 'Jina la kampuni, ukubwa wa nafasi unaohitaji, mawasiliano',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // KEPHIS - Kenya Plant Health Inspectorate Service
  {
    agency: 'KEPHIS', code: 'PLANT-IMPORT',
    name: { en: 'Plant Import Permit', sw: 'Kibali cha Kuingiza Mimea' },
    description: {
      en: 'Permit to import seeds, seedlings or other plant material into Kenya.',
      sw: 'Kibali cha kuingiza mbegu, miche au mimea mingine nchini Kenya.',
    },
    category: 'agriculture', feeKes: 1000,
    requirements: {
      en: 'Description of the plants, country of origin, KRA PIN',
      sw: 'Maelezo ya mimea, nchi inakotoka, PIN ya KRA',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KEPHIS', code: 'PHYTO-CERT',
    name: { en: 'Phytosanitary Certificate', sw: 'Cheti cha Afya ya Mimea' },
    description: {
      en: 'Certificate showing that plants or produce for export are free of pests and diseases.',
      sw: 'Cheti kinachoonyesha kuwa mimea au mazao ya kuuza nje hayana wadudu wala magonjwa.',
    },
    category: 'agriculture', feeKes: 1500,
    requirements: {
      en: 'Export documents, inspection of the consignment, exporter registration',
      sw: 'Nyaraka za kuuza nje, ukaguzi wa mzigo, usajili wa muuzaji nje',
    },
    processingTime: { en: 'Within 48 hours', sw: 'Ndani ya saa 48' },
    ussdApply: false,
  },
  {
    agency: 'KEPHIS', code: 'SEED-MERCHANT',
    name: { en: 'Seed Merchant Registration', sw: 'Usajili wa Mfanyabiashara wa Mbegu' },
    description: {
      en: 'Register to sell certified seed as a merchant or stockist.',
      sw: 'Jisajili kuuza mbegu zilizothibitishwa kama mfanyabiashara au muuzaji wa rejareja.',
    },
    category: 'agriculture', feeKes: 5000,
    requirements: {
      en: 'Business permit, store inspection, KRA PIN',
      sw: 'Kibali cha biashara, ukaguzi wa stoo, PIN ya KRA',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // KERRA - Kenya Rural Roads Authority
  {
    agency: 'KERRA', code: 'ACCESS-PERMIT',
    name: { en: 'Road Access Permit', sw: 'Kibali cha Njia ya Kuingia' },
    description: {
      en: 'Permit to connect a private access road to a rural road.',
      sw: 'Kibali cha kuunganisha njia binafsi ya kuingia na barabara ya kijijini.',
    },
    category: 'transport', feeKes: 5000,
    requirements: {
      en: 'Site plan, title deed or lease, national ID',
      sw: 'Ramani ya eneo, hati miliki au ya upangishaji, kitambulisho cha taifa',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // KFC - Kenya Film Commission
  {
    agency: 'KFC', code: 'FILMMAKER-REG',
    name: { en: 'Filmmaker Registration', sw: 'Usajili wa Mtengenezaji Filamu' },
    description: {
      en: 'Join the register of Kenyan filmmakers and production companies.',
      sw: 'Jiunge na rejista ya watengenezaji filamu na kampuni za uzalishaji za Kenya.',
    },
    category: 'ict', feeKes: 1000,
    requirements: {
      en: 'National ID or company certificate, portfolio of work',
      sw: 'Kitambulisho cha taifa au cheti cha kampuni, mkusanyiko wa kazi zako',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // KFCB - Kenya Film Classification Board
  {
    agency: 'KFCB', code: 'FILMING-LICENCE',
    name: { en: 'Filming Licence', sw: 'Leseni ya Kutengeneza Filamu' },
    description: {
      en: 'Licence required before shooting a film, advert or documentary in Kenya.',
      sw: 'Leseni inayohitajika kabla ya kurekodi filamu, tangazo au makala nchini Kenya.',
    },
    category: 'ict', feeKes: 1000,
    requirements: {
      en: 'Script or synopsis, filming locations, crew list, national ID',
      sw: 'Muswada au muhtasari, maeneo ya kurekodi, orodha ya wafanyakazi, kitambulisho cha taifa',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KFCB', code: 'CLASSIFICATION',
    name: { en: 'Film Classification', sw: 'Uainishaji wa Filamu' },
    description: {
      en: 'Have a film or music video rated for age before it is shown or sold.',
      sw: 'Pata daraja la umri kwa filamu au video ya muziki kabla ya kuonyeshwa au kuuzwa.',
    },
    category: 'ict', feeKes: 2000,
    requirements: {
      en: 'Copy of the film, synopsis, distributor details',
      sw: 'Nakala ya filamu, muhtasari, maelezo ya msambazaji',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KFCB', code: 'DISTRIBUTION',
    name: { en: 'Film Distribution Licence', sw: 'Leseni ya Kusambaza Filamu' },
    description: {
      en: 'Licence to distribute or exhibit films to the public.',
      sw: 'Leseni ya kusambaza au kuonyesha filamu kwa umma.',
    },
    category: 'ict', feeKes: 5000,
    requirements: {
      en: 'Business permit, KRA PIN, premises details',
      sw: 'Kibali cha biashara, PIN ya KRA, maelezo ya majengo',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // KFS - Kenya Forest Service
  {
    agency: 'KFS', code: 'PRODUCE-MOVEMENT',
    name: { en: 'Forest Produce Movement Permit', sw: 'Kibali cha Kusafirisha Mazao ya Msitu' },
    description: {
      en: 'Permit to transport timber, poles, charcoal or other forest produce.',
      sw: 'Kibali cha kusafirisha mbao, nguzo, mkaa au mazao mengine ya msitu.',
    },
    category: 'environment', feeKes: 500,
    requirements: {
      en: 'Proof of source of the produce, vehicle details, national ID',
      sw: 'Ushahidi wa chanzo cha mazao, maelezo ya gari, kitambulisho cha taifa',
    },
    processingTime: { en: 'Within 48 hours', sw: 'Ndani ya saa 48' },
    ussdApply: false,
  },
  {
    agency: 'KFS', code: 'FOREST-ENTRY',
    name: { en: 'Forest Entry Ticket', sw: 'Tiketi ya Kuingia Msituni' },
    description: {
      en: 'Day ticket for walking, cycling or camping in a gazetted forest.',
      sw: 'Tiketi ya siku ya kutembea, kuendesha baiskeli au kupiga kambi katika msitu uliohifadhiwa.',
    },
    category: 'environment', feeKes: 200,
    requirements: {
      en: 'National ID number, name of the forest',
      sw: 'Nambari ya kitambulisho cha taifa, jina la msitu',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'KFS', code: 'SEEDLINGS',
    name: { en: 'Tree Seedlings Order', sw: 'Kuagiza Miche ya Miti' },
    description: {
      en: 'Order tree seedlings from a KFS tree nursery, priced per seedling.',
      sw: 'Agiza miche ya miti kutoka kitalu cha KFS, bei ikiwa kwa kila mche.',
    },
    category: 'environment', feeKes: 50,
    requirements: {
      en: 'Type and number of seedlings, nursery to collect from',
      sw: 'Aina na idadi ya miche, kitalu utakapochukulia',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },

  // KICD - Kenya Institute of Curriculum Development
  {
    agency: 'KICD', code: 'BOOK-EVALUATION',
    name: { en: 'Textbook Evaluation', sw: 'Tathmini ya Vitabu vya Kiada' },
    description: {
      en: 'Submit a textbook or learning material for approval for use in schools.',
      sw: 'Wasilisha kitabu cha kiada au kifaa cha kujifunzia ili kiidhinishwe kutumika shuleni.',
    },
    category: 'education', feeKes: 50000,
    requirements: {
      en: 'Manuscript copies, publisher registration, KRA PIN',
      sw: 'Nakala za muswada, usajili wa mchapishaji, PIN ya KRA',
    },
    processingTime: { en: '3 months', sw: 'Miezi 3' },
    ussdApply: false,
  },

  // KIPI - Kenya Industrial Property Institute
  {
    agency: 'KIPI', code: 'TM-SEARCH',
    name: { en: 'Trademark Search', sw: 'Upekuzi wa Alama ya Biashara' },
    description: {
      en: 'Check whether a trademark is already registered before you apply.',
      sw: 'Angalia kama alama ya biashara imeshasajiliwa kabla ya kuomba.',
    },
    category: 'business', feeKes: 1000,
    requirements: {
      en: 'Proposed mark or logo, class of goods or services',
      sw: 'Alama au nembo inayopendekezwa, daraja la bidhaa au huduma',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KIPI', code: 'TM-APPLICATION',
    name: { en: 'Trademark Application', sw: 'Maombi ya Alama ya Biashara' },
    description: {
      en: 'Apply to register a trademark for one class of goods or services.',
      sw: 'Omba kusajili alama ya biashara kwa daraja moja la bidhaa au huduma.',
    },
    category: 'business', feeKes: 5000,
    requirements: {
      en: 'Search report, representation of the mark, applicant ID or company certificate',
      sw: 'Ripoti ya upekuzi, picha ya alama, kitambulisho au cheti cha kampuni cha mwombaji',
    },
    processingTime: { en: '6 months', sw: 'Miezi 6' },
    ussdApply: false,
  },
  {
    agency: 'KIPI', code: 'PATENT',
    name: { en: 'Patent Application', sw: 'Maombi ya Hataza' },
    description: {
      en: 'Apply for a patent to protect a new invention in Kenya.',
      sw: 'Omba hataza ili kulinda uvumbuzi mpya nchini Kenya.',
    },
    category: 'business', feeKes: 8000,
    requirements: {
      en: 'Description and drawings of the invention, claims, applicant details',
      sw: 'Maelezo na michoro ya uvumbuzi, madai, maelezo ya mwombaji',
    },
    processingTime: { en: '6 months', sw: 'Miezi 6' },
    ussdApply: false,
  },
  {
    agency: 'KIPI', code: 'INDUSTRIAL-DESIGN',
    name: { en: 'Industrial Design Registration', sw: 'Usajili wa Muundo wa Kiviwanda' },
    description: {
      en: 'Register the shape or look of a product to stop others copying it.',
      sw: 'Sajili umbo au mwonekano wa bidhaa ili kuzuia wengine kuuiga.',
    },
    category: 'business', feeKes: 3000,
    requirements: {
      en: 'Drawings or photos of the design, applicant details',
      sw: 'Michoro au picha za muundo, maelezo ya mwombaji',
    },
    processingTime: { en: '3 months', sw: 'Miezi 3' },
    ussdApply: false,
  },

  // KIRDI - Kenya Industrial Research and Development Institute
  {
    agency: 'KIRDI', code: 'PRODUCT-TEST',
    name: { en: 'Product Testing Service', sw: 'Huduma ya Kupima Bidhaa' },
    description: {
      en: 'Lab testing of food, leather, textile or other products for small manufacturers.',
      sw: 'Kupima vyakula, ngozi, nguo au bidhaa nyingine maabarani kwa wazalishaji wadogo.',
    },
    category: 'business', feeKes: 5000,
    requirements: {
      en: 'Product samples, business details',
      sw: 'Sampuli za bidhaa, maelezo ya biashara',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // KLDC - Kenya Leather Development Council
  {
    agency: 'KLDC', code: 'HIDES-DEALER',
    name: { en: 'Hides and Skins Dealer Licence', sw: 'Leseni ya Mfanyabiashara wa Ngozi' },
    description: {
      en: 'Licence to buy, store or sell raw hides and skins.',
      sw: 'Leseni ya kununua, kuhifadhi au kuuza ngozi ghafi.',
    },
    category: 'business', feeKes: 2000,
    requirements: {
      en: 'Business permit, store details, national ID',
      sw: 'Kibali cha biashara, maelezo ya stoo, kitambulisho cha taifa',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // KMA - Kenya Maritime Authority
  {
    agency: 'KMA', code: 'SEAFARER-REG',
    name: { en: 'Seafarer Registration', sw: 'Usajili wa Baharia' },
    description: {
      en: 'Register as a Kenyan seafarer and receive a seafarer identity document.',
      sw: 'Jisajili kama baharia wa Kenya na upate hati ya utambulisho wa baharia.',
    },
    category: 'transport', feeKes: 1000,
    requirements: {
      en: 'National ID, seafarer training certificates, medical certificate, passport photo',
      sw: 'Kitambulisho cha taifa, vyeti vya mafunzo ya ubaharia, cheti cha afya, picha ya pasipoti',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KMA', code: 'SMALL-VESSEL',
    name: { en: 'Small Vessel Registration', sw: 'Usajili wa Chombo Kidogo cha Majini' },
    description: {
      en: 'Register a fishing boat, speedboat or other small vessel.',
      sw: 'Sajili mashua ya uvuvi, boti ya kasi au chombo kingine kidogo cha majini.',
    },
    category: 'transport', feeKes: 1000,
    requirements: {
      en: 'Proof of ownership, vessel measurements, owner national ID',
      sw: 'Ushahidi wa umiliki, vipimo vya chombo, kitambulisho cha taifa cha mmiliki',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // KMD - Kenya Meteorological Department
  {
    agency: 'KMD', code: 'WEATHER-DATA',
    name: { en: 'Weather Data Request', sw: 'Ombi la Data za Hali ya Hewa' },
    description: {
      en: 'Request past rainfall, temperature or wind records for a place.',
      sw: 'Omba kumbukumbu za zamani za mvua, joto au upepo kwa eneo fulani.',
    },
    category: 'environment', feeKes: 2000,
    requirements: {
      en: 'Station or location, period needed, purpose of use',
      sw: 'Kituo au eneo, kipindi kinachohitajika, madhumuni ya matumizi',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // KMLTTB - Kenya Medical Laboratory Technicians and Technologists Board
  {
    agency: 'KMLTTB', code: 'PRACTITIONER-LIC',
    name: { en: 'Lab Practitioner Licence', sw: 'Leseni ya Mtaalamu wa Maabara' },
    description: {
      en: 'Yearly licence to work as a medical laboratory technician or technologist.',
      sw: 'Leseni ya mwaka ya kufanya kazi kama fundi au mtaalamu wa maabara ya tiba.',
    },
    category: 'health', feeKes: 2000,
    requirements: {
      en: 'Registration certificate, national ID, proof of professional development',
      sw: 'Cheti cha usajili, kitambulisho cha taifa, ushahidi wa mafunzo endelevu',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KMLTTB', code: 'LAB-PREMISES',
    name: { en: 'Laboratory Premises Licence', sw: 'Leseni ya Maabara ya Tiba' },
    description: {
      en: 'Licence to operate a medical laboratory.',
      sw: 'Leseni ya kuendesha maabara ya tiba.',
    },
    category: 'health', feeKes: 5000,
    requirements: {
      en: 'Inspection report, business permit, list of staff, equipment list',
      sw: 'Ripoti ya ukaguzi, kibali cha biashara, orodha ya wafanyakazi, orodha ya vifaa',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // KMPDC - Kenya Medical Practitioners and Dentists Council
  {
    agency: 'KMPDC', code: 'LICENCE-RENEW',
    name: { en: 'Practitioner Licence Renewal', sw: 'Kuhuisha Leseni ya Daktari' },
    description: {
      en: 'Renew your annual licence to practise as a doctor or dentist.',
      sw: 'Huisha leseni yako ya mwaka ya kufanya kazi kama daktari au daktari wa meno.',
    },
    category: 'health', feeKes: 5000,
    requirements: {
      en: 'Registration number, proof of professional development points',
      sw: 'Nambari ya usajili, ushahidi wa alama za mafunzo endelevu',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KMPDC', code: 'INTERNSHIP',
    name: { en: 'Internship Registration', sw: 'Usajili wa Mafunzo Kazini' },
    description: {
      en: 'Register as a medical or dental intern before starting internship.',
      sw: 'Jisajili kama daktari mwanafunzi kabla ya kuanza mafunzo kazini.',
    },
    category: 'health', feeKes: 2000,
    requirements: {
      en: 'Degree certificate, transcripts, national ID, passport photo',
      sw: 'Cheti cha shahada, nakala za matokeo, kitambulisho cha taifa, picha ya pasipoti',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KMPDC', code: 'FACILITY-LICENCE',
    name: { en: 'Health Facility Licence', sw: 'Leseni ya Kituo cha Afya' },
    description: {
      en: 'Licence to operate a clinic, medical centre or hospital; fee shown is for a clinic.',
      sw: 'Leseni ya kuendesha kliniki, kituo cha matibabu au hospitali; ada iliyoonyeshwa ni ya kliniki.',
    },
    category: 'health', feeKes: 10000,
    requirements: {
      en: 'Inspection report, list of staff with licences, business permit',
      sw: 'Ripoti ya ukaguzi, orodha ya wafanyakazi na leseni zao, kibali cha biashara',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KMPDC', code: 'COMPLAINT',
    name: { en: 'Complaint Against a Doctor', sw: 'Malalamiko Dhidi ya Daktari' },
    description: {
      en: 'Complain about negligence or misconduct by a doctor, dentist or health facility.',
      sw: 'Lalamika kuhusu uzembe au utovu wa nidhamu wa daktari, daktari wa meno au kituo cha afya.',
    },
    category: 'health', feeKes: 0,
    requirements: {
      en: 'Name of doctor or facility, date, description, medical records if any',
      sw: 'Jina la daktari au kituo, tarehe, maelezo, kumbukumbu za matibabu kama zipo',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // KMTC - Kenya Medical Training College
  {
    agency: 'KMTC', code: 'COURSE-APPLY',
    name: { en: 'Course Application', sw: 'Maombi ya Kujiunga na Kozi' },
    description: {
      en: 'Apply to join a certificate or diploma course at a KMTC campus.',
      sw: 'Omba kujiunga na kozi ya cheti au stashahada katika tawi la KMTC.',
    },
    category: 'education', feeKes: 1500,
    requirements: {
      en: 'KCSE certificate or result slip, national ID or birth certificate',
      sw: 'Cheti au matokeo ya KCSE, kitambulisho cha taifa au cheti cha kuzaliwa',
    },
    processingTime: { en: '1 month', sw: 'Mwezi 1' },
    ussdApply: false,
  },

  // KNADS - Kenya National Archives and Documentation Service
  {
    agency: 'KNADS', code: 'RESEARCH-PERMIT',
    name: { en: 'Archives Research Permit', sw: 'Kibali cha Utafiti wa Kumbukumbu' },
    description: {
      en: 'Permit to read historical records in the national archives search room.',
      sw: 'Kibali cha kusoma kumbukumbu za kihistoria katika chumba cha utafiti cha hifadhi ya taifa.',
    },
    category: 'education', feeKes: 500,
    requirements: {
      en: 'National ID or passport, research topic, introduction letter',
      sw: 'Kitambulisho cha taifa au pasipoti, mada ya utafiti, barua ya utambulisho',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KNADS', code: 'CERTIFIED-COPY',
    name: { en: 'Certified Copy of Record', sw: 'Nakala Rasmi ya Kumbukumbu' },
    description: {
      en: 'Order a certified copy of an archived government record.',
      sw: 'Agiza nakala rasmi ya kumbukumbu ya serikali iliyohifadhiwa.',
    },
    category: 'education', feeKes: 200,
    requirements: {
      en: 'Record reference, national ID',
      sw: 'Kumbukumbu ya rekodi, kitambulisho cha taifa',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // KNBS - Kenya National Bureau of Statistics
  {
    agency: 'KNBS', code: 'DATA-REQUEST',
    name: { en: 'Statistical Data Request', sw: 'Ombi la Data za Takwimu' },
    description: {
      en: 'Request census, survey or other official statistics not published online.',
      sw: 'Omba takwimu za sensa, tafiti au takwimu nyingine rasmi zisizochapishwa mtandaoni.',
    },
    category: 'ict', feeKes: 0,
    requirements: {
      en: 'Description of data needed, purpose of use, institution letter',
      sw: 'Maelezo ya data inayohitajika, madhumuni ya matumizi, barua ya taasisi',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // KNCHR - Kenya National Commission on Human Rights
  {
    agency: 'KNCHR', code: 'COMPLAINT',
    name: { en: 'Human Rights Complaint', sw: 'Malalamiko ya Ukiukaji wa Haki' },
    description: {
      en: 'Report a violation of your rights or the rights of someone else.',
      sw: 'Ripoti ukiukaji wa haki zako au za mtu mwingine.',
    },
    category: 'justice', feeKes: 0,
    requirements: {
      en: 'Description of what happened, place and date, national ID if available',
      sw: 'Maelezo ya kilichotokea, mahali na tarehe, kitambulisho cha taifa kama kipo',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // KNDI - Kenya Nutritionists and Dieticians Institute
  {
    agency: 'KNDI', code: 'LICENCE-RENEW',
    name: { en: 'Nutritionist Licence Renewal', sw: 'Kuhuisha Leseni ya Mtaalamu wa Lishe' },
    description: {
      en: 'Renew your yearly licence to practise as a nutritionist or dietician.',
      sw: 'Huisha leseni yako ya mwaka ya kufanya kazi kama mtaalamu wa lishe.',
    },
    category: 'health', feeKes: 3000,
    requirements: {
      en: 'Registration number, proof of professional development',
      sw: 'Nambari ya usajili, ushahidi wa mafunzo endelevu',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // KNEC - Kenya National Examinations Council
  {
    agency: 'KNEC', code: 'CERT-REPLACE',
    name: { en: 'Replacement of Certificate', sw: 'Cheti Mbadala cha Mtihani' },
    description: {
      en: 'Replace a KCPE or KCSE certificate that was lost or destroyed.',
      sw: 'Pata cheti mbadala cha KCPE au KCSE kilichopotea au kuharibika.',
    },
    category: 'education', feeKes: 10000,
    requirements: {
      en: 'Police abstract, national ID, index number and year, passport photo',
      sw: 'Taarifa ya polisi, kitambulisho cha taifa, nambari ya mtihani na mwaka, picha ya pasipoti',
    },
    processingTime: { en: '3 months', sw: 'Miezi 3' },
    ussdApply: false,
  },
  {
    agency: 'KNEC', code: 'RESULT-VERIFY',
    name: { en: 'Verification of Results', sw: 'Uthibitisho wa Matokeo' },
    description: {
      en: 'Confirm that KNEC results presented for a job or admission are genuine.',
      sw: 'Thibitisha kuwa matokeo ya KNEC yaliyowasilishwa kwa kazi au kujiunga na chuo ni halali.',
    },
    category: 'education', feeKes: 1000,
    requirements: {
      en: 'Copy of certificate, consent of the candidate, requesting institution letter',
      sw: 'Nakala ya cheti, ridhaa ya mtahiniwa, barua ya taasisi inayoomba',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KNEC', code: 'PRIVATE-CANDIDATE',
    name: { en: 'KCSE Private Candidate Entry', sw: 'Usajili wa Mtahiniwa Binafsi wa KCSE' },
    description: {
      en: 'Register to sit KCSE as a private candidate outside regular school.',
      sw: 'Jisajili kufanya KCSE kama mtahiniwa binafsi nje ya shule ya kawaida.',
    },
    category: 'education', feeKes: 5000,
    requirements: {
      en: 'National ID or birth certificate, KCPE result slip, passport photo',
      sw: 'Kitambulisho cha taifa au cheti cha kuzaliwa, matokeo ya KCPE, picha ya pasipoti',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KNEC', code: 'RESULTS-SMS',
    name: { en: 'KCSE Results by SMS', sw: 'Matokeo ya KCSE kwa SMS' },
    description: {
      en: 'Get your KCSE results sent to your phone by SMS when they are released.',
      sw: 'Pata matokeo yako ya KCSE kwa SMS kwenye simu yako yanapotangazwa.',
    },
    category: 'education', feeKes: 30,
    requirements: {
      en: 'KCSE index number',
      sw: 'Nambari ya mtihani ya KCSE',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },

  // KNH - Kenyatta National Hospital
  {
    agency: 'KNH', code: 'MEDICAL-REPORT',
    name: { en: 'Medical Report Request', sw: 'Ombi la Ripoti ya Matibabu' },
    description: {
      en: 'Request a medical report for insurance, court or employment purposes.',
      sw: 'Omba ripoti ya matibabu kwa ajili ya bima, mahakama au ajira.',
    },
    category: 'health', feeKes: 3000,
    requirements: {
      en: 'Patient number, national ID, purpose of the report',
      sw: 'Nambari ya mgonjwa, kitambulisho cha taifa, madhumuni ya ripoti',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KNH', code: 'CLINIC-BOOKING',
    name: { en: 'Specialist Clinic Booking', sw: 'Miadi ya Kliniki ya Mtaalamu' },
    description: {
      en: 'Book an appointment at a KNH specialist clinic; fee is the consultation charge.',
      sw: 'Weka miadi katika kliniki ya mtaalamu ya KNH; ada ni ya kumwona daktari.',
    },
    category: 'health', feeKes: 1000,
    requirements: {
      en: 'Referral letter, patient number or national ID',
      sw: 'Barua ya rufaa, nambari ya mgonjwa au kitambulisho cha taifa',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // KNLS - Kenya National Library Service
  {
    agency: 'KNLS', code: 'MEMBERSHIP',
    name: { en: 'Library Membership', sw: 'Uanachama wa Maktaba' },
    description: {
      en: 'Yearly membership to borrow books from any KNLS library.',
      sw: 'Uanachama wa mwaka wa kuazima vitabu kutoka maktaba yoyote ya KNLS.',
    },
    category: 'education', feeKes: 200,
    requirements: {
      en: 'National ID or birth certificate, passport photo',
      sw: 'Kitambulisho cha taifa au cheti cha kuzaliwa, picha ya pasipoti',
    },
    processingTime: { en: 'Same day', sw: 'Siku hiyo hiyo' },
    ussdApply: false,
  },
  {
    agency: 'KNLS', code: 'ISBN',
    name: { en: 'ISBN Application', sw: 'Maombi ya ISBN' },
    description: {
      en: 'Get an International Standard Book Number for a book published in Kenya.',
      sw: 'Pata Nambari ya Kimataifa ya Kitabu (ISBN) kwa kitabu kinachochapishwa Kenya.',
    },
    category: 'education', feeKes: 0,
    requirements: {
      en: 'Title of the book, author and publisher details',
      sw: 'Jina la kitabu, maelezo ya mwandishi na mchapishaji',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },

  // KNQA - Kenya National Qualifications Authority
  {
    agency: 'KNQA', code: 'RECOGNITION',
    name: { en: 'Foreign Qualification Recognition', sw: 'Utambuzi wa Vyeti vya Kigeni' },
    description: {
      en: 'Have a certificate or diploma from abroad recognised and placed on the Kenya framework.',
      sw: 'Pata utambuzi wa cheti au stashahada ya nje na kuwekwa katika mfumo wa sifa wa Kenya.',
    },
    category: 'education', feeKes: 5000,
    requirements: {
      en: 'Certificates, transcripts, national ID or passport',
      sw: 'Vyeti, nakala za matokeo, kitambulisho cha taifa au pasipoti',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KNQA', code: 'VERIFICATION',
    name: { en: 'Verification of Qualifications', sw: 'Uthibitisho wa Vyeti' },
    description: {
      en: 'Confirm that an academic or professional certificate is genuine.',
      sw: 'Thibitisha kuwa cheti cha masomo au cha kitaaluma ni halali.',
    },
    category: 'education', feeKes: 1000,
    requirements: {
      en: 'Copy of certificate, consent of the holder',
      sw: 'Nakala ya cheti, ridhaa ya mwenye cheti',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // KNRA - Kenya Nuclear Regulatory Authority
  {
    agency: 'KNRA', code: 'XRAY-LICENCE',
    name: { en: 'X-ray Facility Licence', sw: 'Leseni ya Kituo cha X-ray' },
    description: {
      en: 'Licence to operate X-ray or other radiation equipment in a hospital or clinic.',
      sw: 'Leseni ya kutumia mashine ya X-ray au vifaa vingine vya mionzi hospitalini au kliniki.',
    },
    category: 'energy', feeKes: 10000,
    requirements: {
      en: 'Equipment details, radiation safety report, qualified staff list',
      sw: 'Maelezo ya kifaa, ripoti ya usalama wa mionzi, orodha ya wafanyakazi waliohitimu',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KNRA', code: 'WORKER-REG',
    name: { en: 'Radiation Worker Registration', sw: 'Usajili wa Mfanyakazi wa Mionzi' },
    description: {
      en: 'Register a worker who is exposed to radiation at work for dose monitoring.',
      sw: 'Sajili mfanyakazi anayekutana na mionzi kazini ili kipimo chake kifuatiliwe.',
    },
    category: 'energy', feeKes: 1000,
    requirements: {
      en: 'National ID, employer details, training certificate',
      sw: 'Kitambulisho cha taifa, maelezo ya mwajiri, cheti cha mafunzo',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // KOTDA - Konza Technopolis Development Authority
  {
    agency: 'KOTDA', code: 'SITE-VISIT',
    name: { en: 'Konza Site Visit Booking', sw: 'Miadi ya Kutembelea Konza' },
    description: {
      en: 'Book a guided visit to Konza Technopolis for investors, students or groups.',
      sw: 'Weka miadi ya ziara ya kuongozwa Konza Technopolis kwa wawekezaji, wanafunzi au vikundi.',
    },
    category: 'ict', feeKes: 0,
    requirements: {
      en: 'Name of visitor or group, number of people, preferred date',
      sw: 'Jina la mgeni au kikundi, idadi ya watu, tarehe unayopendelea',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // KPA - Kenya Ports Authority
  {
    agency: 'KPA', code: 'PORT-PASS',
    name: { en: 'Port Entry Pass', sw: 'Pasi ya Kuingia Bandarini' },
    description: {
      en: 'Pass for agents, drivers and workers who need to enter the port area.',
      sw: 'Pasi kwa mawakala, madereva na wafanyakazi wanaohitaji kuingia eneo la bandari.',
    },
    category: 'transport', feeKes: 1000,
    requirements: {
      en: 'National ID, employer letter, passport photo',
      sw: 'Kitambulisho cha taifa, barua ya mwajiri, picha ya pasipoti',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KPA', code: 'CARGO-TRACK',
    name: { en: 'Cargo Tracking', sw: 'Kufuatilia Mzigo Bandarini' },
    description: {
      en: 'Check where your container or cargo is in the port clearing process.',
      sw: 'Angalia mzigo au kontena lako limefika wapi katika utaratibu wa kutolewa bandarini.',
    },
    category: 'transport', feeKes: 0,
    requirements: {
      en: 'Bill of lading or container number',
      sw: 'Nambari ya hati ya mzigo au ya kontena',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },

  // KRA - Kenya Revenue Authority
  {
    agency: 'KRA', code: 'PIN-REG',
    name: { en: 'KRA PIN Registration', sw: 'Usajili wa PIN ya KRA' },
    description: {
      en: 'Register for a personal KRA PIN, needed for jobs, bank accounts and business.',
      sw: 'Jisajili kupata PIN yako ya KRA, inayohitajika kwa kazi, akaunti za benki na biashara.',
    },
    category: 'tax', feeKes: 0,
    requirements: {
      en: 'National ID number, date of birth, email address',
      sw: 'Nambari ya kitambulisho cha taifa, tarehe ya kuzaliwa, anwani ya barua pepe',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'KRA', code: 'TCC',
    name: { en: 'Tax Compliance Certificate', sw: 'Cheti cha Utiifu wa Kodi' },
    description: {
      en: 'Certificate showing that you have filed your returns and paid your taxes.',
      sw: 'Cheti kinachoonyesha kuwa umewasilisha ritani zako na kulipa kodi zako.',
    },
    category: 'tax', feeKes: 0,
    requirements: {
      en: 'KRA PIN, all returns filed, no unpaid tax',
      sw: 'PIN ya KRA, ritani zote zimewasilishwa, hakuna kodi inayodaiwa',
    },
    processingTime: { en: 'Within 48 hours', sw: 'Ndani ya saa 48' },
    ussdApply: true,
  },
  {
    agency: 'KRA', code: 'NIL-RETURN',
    name: { en: 'File Nil Return', sw: 'Kuwasilisha Ritani ya Sifuri (Nil)' },
    description: {
      en: 'File an income tax return when you had no taxable income in the year.',
      sw: 'Wasilisha ritani ya kodi ya mapato pale ambapo hukuwa na mapato yanayotozwa kodi mwakani.',
    },
    category: 'tax', feeKes: 0,
    requirements: {
      en: 'KRA PIN, iTax password',
      sw: 'PIN ya KRA, nenosiri la iTax',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'KRA', code: 'PASSWORD-RESET',
    name: { en: 'iTax Password Reset', sw: 'Kubadilisha Nenosiri la iTax' },
    description: {
      en: 'Reset a forgotten iTax password using your PIN and registered email.',
      sw: 'Badilisha nenosiri la iTax ulilosahau kwa kutumia PIN na barua pepe uliyosajili.',
    },
    category: 'tax', feeKes: 0,
    requirements: {
      en: 'KRA PIN, registered email address',
      sw: 'PIN ya KRA, barua pepe uliyosajili',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: false,
  },
  {
    agency: 'KRA', code: 'TOT-REG',
    name: { en: 'Turnover Tax Registration', sw: 'Usajili wa Kodi ya Mauzo (TOT)' },
    description: {
      en: 'Register a small business for turnover tax on gross sales.',
      sw: 'Sajili biashara ndogo kwa kodi ya mauzo inayotozwa kwenye mauzo ghafi.',
    },
    category: 'tax', feeKes: 0,
    requirements: {
      en: 'KRA PIN, business permit, expected yearly sales',
      sw: 'PIN ya KRA, kibali cha biashara, makadirio ya mauzo ya mwaka',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KRA', code: 'PWD-EXEMPTION',
    name: { en: 'Tax Exemption for PWDs', sw: 'Msamaha wa Kodi kwa Wenye Ulemavu' },
    description: {
      en: 'Exemption from income tax on part of the income of a person with a disability.',
      sw: 'Msamaha wa kodi ya mapato kwa sehemu ya mapato ya mtu mwenye ulemavu.',
    },
    category: 'tax', feeKes: 0,
    requirements: {
      en: 'NCPWD registration card, medical assessment report, KRA PIN',
      sw: 'Kadi ya usajili ya NCPWD, ripoti ya tathmini ya daktari, PIN ya KRA',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KRA', code: 'STAMP-DUTY',
    name: { en: 'Stamp Duty Declaration', sw: 'Tamko la Ushuru wa Stempu' },
    description: {
      en: 'Declare a land or share transfer for stamp duty; the duty itself depends on the value.',
      sw: 'Tangaza uhamisho wa ardhi au hisa kwa ushuru wa stempu; ushuru wenyewe unategemea thamani.',
    },
    category: 'tax', feeKes: 0,
    requirements: {
      en: 'KRA PINs of both parties, valuation report, transfer document',
      sw: 'PIN za KRA za pande zote mbili, ripoti ya tathmini ya thamani, hati ya uhamisho',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // KRC - Kenya Railways Corporation
  {
    agency: 'KRC', code: 'SGR-ECONOMY',
    name: { en: 'SGR Ticket (Economy Class)', sw: 'Tiketi ya SGR (Daraja la Kawaida)' },
    description: {
      en: 'Madaraka Express ticket between Nairobi and Mombasa in economy class.',
      sw: 'Tiketi ya Madaraka Express kati ya Nairobi na Mombasa katika daraja la kawaida.',
    },
    category: 'transport', feeKes: 1500,
    requirements: {
      en: 'National ID or passport number of each passenger, travel date',
      sw: 'Nambari ya kitambulisho au pasipoti ya kila abiria, tarehe ya safari',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'KRC', code: 'SGR-FIRST',
    name: { en: 'SGR Ticket (First Class)', sw: 'Tiketi ya SGR (Daraja la Kwanza)' },
    description: {
      en: 'Madaraka Express ticket between Nairobi and Mombasa in first class.',
      sw: 'Tiketi ya Madaraka Express kati ya Nairobi na Mombasa katika daraja la kwanza.',
    },
    category: 'transport', feeKes: 4500,
    requirements: {
      en: 'National ID or passport number of each passenger, travel date',
      sw: 'Nambari ya kitambulisho au pasipoti ya kila abiria, tarehe ya safari',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: false,
  },
  {
    agency: 'KRC', code: 'COMMUTER-PASS',
    name: { en: 'Nairobi Commuter Monthly Pass', sw: 'Pasi ya Mwezi ya Treni ya Nairobi' },
    description: {
      en: 'Monthly pass for the Nairobi commuter train on one route.',
      sw: 'Pasi ya mwezi mmoja ya treni ya abiria ya Nairobi kwa njia moja.',
    },
    category: 'transport', feeKes: 2000,
    requirements: {
      en: 'National ID, route',
      sw: 'Kitambulisho cha taifa, njia',
    },
    processingTime: { en: 'Same day', sw: 'Siku hiyo hiyo' },
    ussdApply: false,
  },

  // KSA - Kenya Space Agency
  {
    agency: 'KSA', code: 'SPACE-OBJECT',
    name: { en: 'Space Object Registration', sw: 'Usajili wa Chombo cha Anga za Juu' },
    description: {
      en: 'Register a satellite or other space object launched by a Kenyan entity.',
      sw: 'Sajili setilaiti au chombo kingine cha anga za juu kilichorushwa na taasisi ya Kenya.',
    },
    category: 'ict', feeKes: 10000,
    requirements: {
      en: 'Launch details, orbit parameters, owner certificate of incorporation',
      sw: 'Maelezo ya urushaji, vigezo vya mzunguko, cheti cha kampuni ya mmiliki',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KSA', code: 'EO-DATA',
    name: { en: 'Earth Observation Data Request', sw: 'Ombi la Data za Setilaiti' },
    description: {
      en: 'Request satellite images and data for research, farming or planning.',
      sw: 'Omba picha na data za setilaiti kwa ajili ya utafiti, kilimo au mipango.',
    },
    category: 'ict', feeKes: 0,
    requirements: {
      en: 'Area of interest, period, purpose of use, institution letter',
      sw: 'Eneo linalohusika, kipindi, madhumuni ya matumizi, barua ya taasisi',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // KSG - Kenya School of Government
  {
    agency: 'KSG', code: 'SHORT-COURSE',
    name: { en: 'Short Course Application', sw: 'Maombi ya Kozi Fupi' },
    description: {
      en: 'Apply for a short management or leadership course for public servants.',
      sw: 'Omba kujiunga na kozi fupi ya usimamizi au uongozi kwa watumishi wa umma.',
    },
    category: 'education', feeKes: 1000,
    requirements: {
      en: 'Nomination letter from employer, national ID, academic certificates',
      sw: 'Barua ya uteuzi kutoka kwa mwajiri, kitambulisho cha taifa, vyeti vya masomo',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // KSL - Kenya School of Law
  {
    agency: 'KSL', code: 'ATP-ADMISSION',
    name: { en: 'ATP Admission Application', sw: 'Maombi ya Kujiunga na ATP' },
    description: {
      en: 'Apply to join the Advocates Training Programme after a law degree.',
      sw: 'Omba kujiunga na Programu ya Mafunzo ya Mawakili baada ya shahada ya sheria.',
    },
    category: 'education', feeKes: 5000,
    requirements: {
      en: 'Law degree certificate, transcripts, KCSE certificate, national ID',
      sw: 'Cheti cha shahada ya sheria, nakala za matokeo, cheti cha KCSE, kitambulisho cha taifa',
    },
    processingTime: { en: '1 month', sw: 'Mwezi 1' },
    ussdApply: false,
  },

  // KUC - Kenya Utalii College
  {
    agency: 'KUC', code: 'COURSE-APPLY',
    name: { en: 'Course Application', sw: 'Maombi ya Kujiunga na Chuo' },
    description: {
      en: 'Apply for a hospitality or tourism course at Kenya Utalii College.',
      sw: 'Omba kujiunga na kozi ya ukarimu au utalii katika Chuo cha Utalii Kenya.',
    },
    category: 'education', feeKes: 1000,
    requirements: {
      en: 'KCSE certificate, national ID or birth certificate, passport photo',
      sw: 'Cheti cha KCSE, kitambulisho cha taifa au cheti cha kuzaliwa, picha ya pasipoti',
    },
    processingTime: { en: '1 month', sw: 'Mwezi 1' },
    ussdApply: false,
  },

  // KUCCPS - Kenya Universities and Colleges Central Placement Service
  {
    agency: 'KUCCPS', code: 'DEGREE-APPLY',
    name: { en: 'Degree Course Application', sw: 'Maombi ya Kozi za Shahada' },
    description: {
      en: 'Choose degree programmes for government-sponsored university placement.',
      sw: 'Chagua kozi za shahada ili upangiwe chuo kikuu kwa ufadhili wa Serikali.',
    },
    category: 'education', feeKes: 1500,
    requirements: {
      en: 'KCSE index number and year, national ID or birth certificate number',
      sw: 'Nambari ya mtihani wa KCSE na mwaka, nambari ya kitambulisho au cheti cha kuzaliwa',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KUCCPS', code: 'TVET-APPLY',
    name: { en: 'TVET Course Application', sw: 'Maombi ya Kozi za TVET' },
    description: {
      en: 'Apply for a diploma or certificate course at a public TVET college.',
      sw: 'Omba kozi ya stashahada au cheti katika chuo cha umma cha TVET.',
    },
    category: 'education', feeKes: 500,
    requirements: {
      en: 'KCSE index number and year, national ID or birth certificate number',
      sw: 'Nambari ya mtihani wa KCSE na mwaka, nambari ya kitambulisho au cheti cha kuzaliwa',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KUCCPS', code: 'TRANSFER',
    name: { en: 'Inter-Institution Transfer', sw: 'Uhamisho wa Chuo' },
    description: {
      en: 'Request to move from the institution or course you were placed in to another.',
      sw: 'Omba kuhamia chuo au kozi nyingine tofauti na ile uliyopangiwa.',
    },
    category: 'education', feeKes: 1000,
    requirements: {
      en: 'Placement letter, release letter, admission letter from new institution',
      sw: 'Barua ya kupangiwa, barua ya kuruhusiwa kuondoka, barua ya kukubaliwa na chuo kipya',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KUCCPS', code: 'PLACEMENT-RESULT',
    name: { en: 'Placement Results Check', sw: 'Kuangalia Chuo Ulichopangiwa' },
    description: {
      en: 'Check the university or college and course you have been placed in.',
      sw: 'Angalia chuo kikuu au chuo na kozi uliyopangiwa.',
    },
    category: 'education', feeKes: 0,
    requirements: {
      en: 'KCSE index number and year',
      sw: 'Nambari ya mtihani wa KCSE na mwaka',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },

  // KURA - Kenya Urban Roads Authority
  {
    agency: 'KURA', code: 'ROAD-CUTTING',
    name: { en: 'Road Cutting Permit', sw: 'Kibali cha Kuchimba Barabara' },
    description: {
      en: 'Permit to dig across an urban road to lay water, power or data lines.',
      sw: 'Kibali cha kuchimba barabara ya mjini ili kulaza mabomba ya maji, nyaya za umeme au za data.',
    },
    category: 'transport', feeKes: 5000,
    requirements: {
      en: 'Drawings of the works, traffic management plan, company details',
      sw: 'Michoro ya kazi, mpango wa kudhibiti magari, maelezo ya kampuni',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // KVB - Kenya Veterinary Board
  {
    agency: 'KVB', code: 'VET-REG',
    name: { en: 'Veterinary Surgeon Registration', sw: 'Usajili wa Daktari wa Mifugo' },
    description: {
      en: 'Register as a veterinary surgeon or paraprofessional allowed to treat animals.',
      sw: 'Jisajili kama daktari wa mifugo au mtaalamu msaidizi anayeruhusiwa kutibu wanyama.',
    },
    category: 'agriculture', feeKes: 5000,
    requirements: {
      en: 'Degree or diploma certificate, national ID, passport photo',
      sw: 'Cheti cha shahada au stashahada, kitambulisho cha taifa, picha ya pasipoti',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'KVB', code: 'VET-PREMISES',
    name: { en: 'Veterinary Clinic Licence', sw: 'Leseni ya Kliniki ya Mifugo' },
    description: {
      en: 'Licence for premises where animals are treated or vet drugs are sold.',
      sw: 'Leseni kwa majengo ambapo wanyama hutibiwa au dawa za mifugo huuzwa.',
    },
    category: 'agriculture', feeKes: 3000,
    requirements: {
      en: 'Inspection report, business permit, licence of the vet in charge',
      sw: 'Ripoti ya ukaguzi, kibali cha biashara, leseni ya daktari msimamizi',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // KWS - Kenya Wildlife Service
  {
    agency: 'KWS', code: 'NNP-ADULT',
    name: { en: 'Nairobi Park Entry (Citizen Adult)', sw: 'Kiingilio Mbuga ya Nairobi (Mtu Mzima)' },
    description: {
      en: 'Day entry ticket to Nairobi National Park for a Kenyan citizen adult.',
      sw: 'Tiketi ya siku ya kuingia Mbuga ya Taifa ya Nairobi kwa raia wa Kenya mtu mzima.',
    },
    category: 'environment', feeKes: 430,
    requirements: {
      en: 'National ID number, date of visit',
      sw: 'Nambari ya kitambulisho cha taifa, tarehe ya ziara',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'KWS', code: 'NNP-CHILD',
    name: { en: 'Nairobi Park Entry (Citizen Child)', sw: 'Kiingilio Mbuga ya Nairobi (Mtoto)' },
    description: {
      en: 'Day entry ticket to Nairobi National Park for a Kenyan child aged 3 to 17.',
      sw: 'Tiketi ya siku ya kuingia Mbuga ya Taifa ya Nairobi kwa mtoto Mkenya wa miaka 3 hadi 17.',
    },
    category: 'environment', feeKes: 215,
    requirements: {
      en: 'Birth certificate number, date of visit',
      sw: 'Nambari ya cheti cha kuzaliwa, tarehe ya ziara',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: false,
  },
  {
    agency: 'KWS', code: 'COMPENSATION',
    name: { en: 'Wildlife Damage Compensation', sw: 'Fidia ya Madhara ya Wanyamapori' },
    description: {
      en: 'Claim compensation for death, injury or crop loss caused by wild animals.',
      sw: 'Dai fidia ya kifo, jeraha au hasara ya mazao iliyosababishwa na wanyamapori.',
    },
    category: 'environment', feeKes: 0,
    requirements: {
      en: 'Occurrence book number, national ID, medical report or crop assessment',
      sw: 'Nambari ya kitabu cha matukio, kitambulisho cha taifa, ripoti ya daktari au tathmini ya mazao',
    },
    processingTime: { en: '3 months', sw: 'Miezi 3' },
    ussdApply: false,
  },

  // LANDS - Ministry of Lands and Physical Planning
  {
    agency: 'LANDS', code: 'LAND-SEARCH',
    name: { en: 'Land Search', sw: 'Upekuzi wa Ardhi' },
    description: {
      en: 'Find out who owns a piece of land and whether it has a charge or caution.',
      sw: 'Jua nani anamiliki kipande cha ardhi na kama kina rehani au zuio.',
    },
    category: 'land', feeKes: 520,
    requirements: {
      en: 'Title number, owner national ID',
      sw: 'Nambari ya hati miliki, kitambulisho cha taifa cha mmiliki',
    },
    processingTime: { en: 'Within 24 hours', sw: 'Ndani ya saa 24' },
    ussdApply: true,
  },
  {
    agency: 'LANDS', code: 'OFFICIAL-SEARCH',
    name: { en: 'Official Search Certificate', sw: 'Cheti cha Upekuzi Rasmi' },
    description: {
      en: 'Signed and sealed search certificate from the land registry, accepted by banks and courts.',
      sw: 'Cheti cha upekuzi kilichotiwa saini na muhuri wa masjala ya ardhi, kinachokubaliwa na benki na mahakama.',
    },
    category: 'land', feeKes: 1050,
    requirements: {
      en: 'Title number, owner national ID and KRA PIN, consent of owner',
      sw: 'Nambari ya hati miliki, kitambulisho na PIN ya KRA ya mmiliki, ridhaa ya mmiliki',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'LANDS', code: 'LCB-CONSENT',
    name: { en: 'Land Control Board Consent', sw: 'Idhini ya Bodi ya Udhibiti wa Ardhi' },
    description: {
      en: 'Consent needed to sell, subdivide or lease agricultural land.',
      sw: 'Idhini inayohitajika kuuza, kugawanya au kukodisha ardhi ya kilimo.',
    },
    category: 'land', feeKes: 1000,
    requirements: {
      en: 'Sale agreement, title deed, IDs and KRA PINs of both parties, spouse consent',
      sw: 'Mkataba wa mauzo, hati miliki, vitambulisho na PIN za KRA za pande zote, ridhaa ya mwenzi',
    },
    processingTime: { en: '1 month', sw: 'Mwezi 1' },
    ussdApply: false,
  },
  {
    agency: 'LANDS', code: 'TRANSFER',
    name: { en: 'Registration of Transfer', sw: 'Usajili wa Uhamisho wa Ardhi' },
    description: {
      en: 'Register the transfer of land to a new owner after stamp duty is paid.',
      sw: 'Sajili uhamisho wa ardhi kwa mmiliki mpya baada ya kulipa ushuru wa stempu.',
    },
    category: 'land', feeKes: 1000,
    requirements: {
      en: 'Signed transfer, title deed, LCB consent, stamp duty receipt, IDs and PINs',
      sw: 'Hati ya uhamisho iliyotiwa saini, hati miliki, idhini ya LCB, risiti ya ushuru, vitambulisho na PIN',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'LANDS', code: 'CHARGE',
    name: { en: 'Registration of Charge', sw: 'Usajili wa Rehani' },
    description: {
      en: 'Register a bank charge over land used as security for a loan.',
      sw: 'Sajili rehani ya benki juu ya ardhi iliyowekwa dhamana ya mkopo.',
    },
    category: 'land', feeKes: 1000,
    requirements: {
      en: 'Charge document, title deed, borrower ID and KRA PIN',
      sw: 'Hati ya rehani, hati miliki, kitambulisho na PIN ya KRA ya mkopaji',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'LANDS', code: 'GREEN-CARD',
    name: { en: 'Certified Copy of Green Card', sw: 'Nakala Rasmi ya Rejista (Green Card)' },
    description: {
      en: 'Certified copy of the register showing the full history of a parcel.',
      sw: 'Nakala rasmi ya rejista inayoonyesha historia yote ya kipande cha ardhi.',
    },
    category: 'land', feeKes: 520,
    requirements: {
      en: 'Title number, national ID, reason for request',
      sw: 'Nambari ya hati miliki, kitambulisho cha taifa, sababu ya ombi',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'LANDS', code: 'RENT-CLEARANCE',
    name: { en: 'Land Rent Clearance Certificate', sw: 'Cheti cha Kulipa Kodi ya Ardhi' },
    description: {
      en: 'Certificate confirming that land rent on a leasehold plot is fully paid.',
      sw: 'Cheti kinachothibitisha kuwa kodi ya ardhi ya kiwanja cha upangishaji imelipwa yote.',
    },
    category: 'land', feeKes: 1000,
    requirements: {
      en: 'Title number, proof of rent payment, owner national ID',
      sw: 'Nambari ya hati miliki, ushahidi wa malipo ya kodi, kitambulisho cha taifa cha mmiliki',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'LANDS', code: 'CHANGE-OF-USER',
    name: { en: 'Change of User', sw: 'Kubadilisha Matumizi ya Ardhi' },
    description: {
      en: 'Apply to change how leasehold land is used, for example from residential to commercial.',
      sw: 'Omba kubadilisha matumizi ya ardhi ya upangishaji, kwa mfano kutoka makazi kwenda biashara.',
    },
    category: 'land', feeKes: 10000,
    requirements: {
      en: 'Title deed, planning report, county approval, owner ID and KRA PIN',
      sw: 'Hati miliki, ripoti ya mipango, idhini ya kaunti, kitambulisho na PIN ya KRA ya mmiliki',
    },
    processingTime: { en: '3 months', sw: 'Miezi 3' },
    ussdApply: false,
  },
  {
    agency: 'LANDS', code: 'LEASE-EXTENSION',
    name: { en: 'Extension of Lease', sw: 'Kuongeza Muda wa Upangishaji' },
    description: {
      en: 'Apply to extend a leasehold title that is about to expire.',
      sw: 'Omba kuongeza muda wa hati ya upangishaji inayokaribia kuisha.',
    },
    category: 'land', feeKes: 10000,
    requirements: {
      en: 'Title deed, rent clearance certificate, rates clearance, owner ID',
      sw: 'Hati miliki, cheti cha kulipa kodi ya ardhi, cheti cha kulipa ada za kaunti, kitambulisho',
    },
    processingTime: { en: '6 months', sw: 'Miezi 6' },
    ussdApply: false,
  },

  // LSB - Land Surveyors Board
  {
    agency: 'LSB', code: 'SURVEYOR-REG',
    name: { en: 'Licensed Surveyor Registration', sw: 'Usajili wa Mpima Ardhi' },
    description: {
      en: 'Register and get a licence to carry out cadastral land surveys.',
      sw: 'Jisajili na upate leseni ya kufanya upimaji wa mipaka ya ardhi.',
    },
    category: 'land', feeKes: 5000,
    requirements: {
      en: 'Degree in surveying, professional exam results, national ID',
      sw: 'Shahada ya upimaji, matokeo ya mtihani wa kitaaluma, kitambulisho cha taifa',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // MCK - Media Council of Kenya
  {
    agency: 'MCK', code: 'PRESS-CARD',
    name: { en: 'Journalist Accreditation', sw: 'Ithibati ya Mwanahabari' },
    description: {
      en: 'Yearly press card for Kenyan journalists working in print, broadcast or online media.',
      sw: 'Kadi ya mwaka ya wanahabari wa Kenya wanaofanya kazi katika magazeti, utangazaji au mtandaoni.',
    },
    category: 'ict', feeKes: 3000,
    requirements: {
      en: 'National ID, journalism certificate, employer or editor letter, passport photo',
      sw: 'Kitambulisho cha taifa, cheti cha uanahabari, barua ya mwajiri au mhariri, picha ya pasipoti',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'MCK', code: 'FOREIGN-PRESS',
    name: { en: 'Foreign Journalist Accreditation', sw: 'Ithibati ya Mwanahabari wa Kigeni' },
    description: {
      en: 'Press card for a foreign journalist covering events in Kenya.',
      sw: 'Kadi ya mwanahabari wa kigeni anayeripoti matukio nchini Kenya.',
    },
    category: 'ict', feeKes: 10000,
    requirements: {
      en: 'Passport, letter from the media house, assignment details',
      sw: 'Pasipoti, barua ya chombo cha habari, maelezo ya kazi',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'MCK', code: 'COMPLAINT',
    name: { en: 'Complaint Against Media', sw: 'Malalamiko Dhidi ya Chombo cha Habari' },
    description: {
      en: 'Complain about a news story that is false, unfair or breaks the media code of conduct.',
      sw: 'Lalamika kuhusu habari ya uongo, isiyo ya haki au inayokiuka kanuni za maadili ya habari.',
    },
    category: 'ict', feeKes: 0,
    requirements: {
      en: 'Name of media house, date of publication or broadcast, description',
      sw: 'Jina la chombo cha habari, tarehe ya kuchapishwa au kutangazwa, maelezo',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // MFA - Ministry of Foreign and Diaspora Affairs
  {
    agency: 'MFA', code: 'AUTHENTICATION',
    name: { en: 'Document Authentication', sw: 'Uthibitishaji wa Nyaraka' },
    description: {
      en: 'Authenticate a Kenyan document such as a certificate for use in another country.',
      sw: 'Thibitisha hati ya Kenya kama cheti ili itumike katika nchi nyingine.',
    },
    category: 'immigration', feeKes: 1000,
    requirements: {
      en: 'Original document, copy of national ID or passport',
      sw: 'Hati halisi, nakala ya kitambulisho cha taifa au pasipoti',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },

  // MSEA - Micro and Small Enterprises Authority
  {
    agency: 'MSEA', code: 'MSE-REG',
    name: { en: 'MSE Registration', sw: 'Usajili wa Biashara Ndogo' },
    description: {
      en: 'Register a micro or small enterprise to access training, markets and support.',
      sw: 'Sajili biashara ndogo ili upate mafunzo, masoko na misaada.',
    },
    category: 'business', feeKes: 0,
    requirements: {
      en: 'National ID, business permit or registration, KRA PIN',
      sw: 'Kitambulisho cha taifa, kibali au usajili wa biashara, PIN ya KRA',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // MTRH - Moi Teaching and Referral Hospital
  {
    agency: 'MTRH', code: 'RECORDS-REQUEST',
    name: { en: 'Medical Records Request', sw: 'Ombi la Kumbukumbu za Matibabu' },
    description: {
      en: 'Request a copy of your treatment records from the hospital.',
      sw: 'Omba nakala ya kumbukumbu za matibabu yako kutoka hospitali.',
    },
    category: 'health', feeKes: 1000,
    requirements: {
      en: 'Patient number, national ID, consent form',
      sw: 'Nambari ya mgonjwa, kitambulisho cha taifa, fomu ya ridhaa',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // NACADA - National Authority for the Campaign Against Alcohol and Drug Abuse
  {
    agency: 'NACADA', code: 'REHAB-ACCR',
    name: { en: 'Rehabilitation Centre Accreditation', sw: 'Ithibati ya Kituo cha Urekebishaji' },
    description: {
      en: 'Accreditation of a treatment and rehabilitation centre for addiction.',
      sw: 'Ithibati ya kituo cha matibabu na urekebishaji wa waraibu wa pombe na mihadarati.',
    },
    category: 'health', feeKes: 10000,
    requirements: {
      en: 'Registration documents, inspection report, list of qualified staff',
      sw: 'Nyaraka za usajili, ripoti ya ukaguzi, orodha ya wafanyakazi waliohitimu',
    },
    processingTime: { en: '2 months', sw: 'Miezi 2' },
    ussdApply: false,
  },

  // NACOSTI - National Commission for Science, Technology and Innovation
  {
    agency: 'NACOSTI', code: 'RESEARCH-STUDENT',
    name: { en: 'Research Licence (Kenyan Student)', sw: 'Leseni ya Utafiti (Mwanafunzi Mkenya)' },
    description: {
      en: 'Research licence for a Kenyan student doing research for a thesis.',
      sw: 'Leseni ya utafiti kwa mwanafunzi Mkenya anayefanya utafiti kwa ajili ya tasnifu.',
    },
    category: 'education', feeKes: 1000,
    requirements: {
      en: 'Research proposal, introduction letter from university, national ID',
      sw: 'Pendekezo la utafiti, barua ya utambulisho kutoka chuo kikuu, kitambulisho cha taifa',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'NACOSTI', code: 'INSTITUTION-ACCR',
    name: { en: 'Research Institution Accreditation', sw: 'Ithibati ya Taasisi ya Utafiti' },
    description: {
      en: 'Accreditation of an institution that carries out scientific research in Kenya.',
      sw: 'Ithibati ya taasisi inayofanya utafiti wa kisayansi nchini Kenya.',
    },
    category: 'education', feeKes: 20000,
    requirements: {
      en: 'Registration documents, research policy, list of researchers',
      sw: 'Nyaraka za usajili, sera ya utafiti, orodha ya watafiti',
    },
    processingTime: { en: '3 months', sw: 'Miezi 3' },
    ussdApply: false,
  },

  // NBA - National Biosafety Authority
  {
    agency: 'NBA', code: 'GMO-IMPORT',
    name: { en: 'GMO Import Approval', sw: 'Idhini ya Kuingiza Bidhaa za GMO' },
    description: {
      en: 'Approval to import genetically modified products for food, feed or processing.',
      sw: 'Idhini ya kuingiza bidhaa zilizobadilishwa vinasaba kwa ajili ya chakula, lishe au usindikaji.',
    },
    category: 'environment', feeKes: 10000,
    requirements: {
      en: 'Product details, risk assessment, approval from country of origin',
      sw: 'Maelezo ya bidhaa, tathmini ya hatari, idhini kutoka nchi inakotoka',
    },
    processingTime: { en: '3 months', sw: 'Miezi 3' },
    ussdApply: false,
  },

  // NCA - National Construction Authority
  {
    agency: 'NCA', code: 'CONTRACTOR-REG',
    name: { en: 'Contractor Registration (NCA 8)', sw: 'Usajili wa Mkandarasi (NCA 8)' },
    description: {
      en: 'Register a construction company in the lowest category; higher categories cost more.',
      sw: 'Sajili kampuni ya ujenzi katika daraja la chini kabisa; madaraja ya juu yana ada kubwa zaidi.',
    },
    category: 'business', feeKes: 5000,
    requirements: {
      en: 'Certificate of incorporation, KRA PIN, technical staff certificates, equipment list',
      sw: 'Cheti cha kampuni, PIN ya KRA, vyeti vya wataalamu, orodha ya vifaa',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'NCA', code: 'CONTRACTOR-RENEW',
    name: { en: 'Contractor Licence Renewal', sw: 'Kuhuisha Leseni ya Mkandarasi' },
    description: {
      en: 'Renew the yearly practising licence of a registered contractor.',
      sw: 'Huisha leseni ya mwaka ya mkandarasi aliyesajiliwa.',
    },
    category: 'business', feeKes: 5000,
    requirements: {
      en: 'NCA registration number, tax compliance certificate',
      sw: 'Nambari ya usajili wa NCA, cheti cha utiifu wa kodi',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'NCA', code: 'SKILLED-WORKER',
    name: { en: 'Skilled Worker Accreditation', sw: 'Ithibati ya Fundi Stadi' },
    description: {
      en: 'Accreditation card for masons, plumbers, electricians and other site workers.',
      sw: 'Kadi ya ithibati kwa waashi, mafundi bomba, mafundi umeme na wafanyakazi wengine wa ujenzi.',
    },
    category: 'business', feeKes: 1000,
    requirements: {
      en: 'National ID, trade certificate or skills test, passport photo',
      sw: 'Kitambulisho cha taifa, cheti cha ufundi au mtihani wa ujuzi, picha ya pasipoti',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // NCI - National Cancer Institute of Kenya
  {
    agency: 'NCI', code: 'CENTRE-ACCR',
    name: { en: 'Cancer Centre Accreditation', sw: 'Ithibati ya Kituo cha Saratani' },
    description: {
      en: 'Accreditation of a hospital or centre to offer cancer screening or treatment.',
      sw: 'Ithibati ya hospitali au kituo kutoa huduma za uchunguzi au matibabu ya saratani.',
    },
    category: 'health', feeKes: 10000,
    requirements: {
      en: 'Facility licence, list of specialists, equipment list, inspection report',
      sw: 'Leseni ya kituo, orodha ya wataalamu, orodha ya vifaa, ripoti ya ukaguzi',
    },
    processingTime: { en: '2 months', sw: 'Miezi 2' },
    ussdApply: false,
  },
  {
    agency: 'NCI', code: 'REGISTRY-DATA',
    name: { en: 'Cancer Registry Data Request', sw: 'Ombi la Data za Sajili ya Saratani' },
    description: {
      en: 'Request anonymised cancer registry data for research or planning.',
      sw: 'Omba data za sajili ya saratani zisizo na majina kwa ajili ya utafiti au mipango.',
    },
    category: 'health', feeKes: 0,
    requirements: {
      en: 'Research proposal, ethics approval, institution letter',
      sw: 'Pendekezo la utafiti, idhini ya maadili, barua ya taasisi',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // NCK - Nursing Council of Kenya
  {
    agency: 'NCK', code: 'LICENCE-RENEW',
    name: { en: 'Nurse Licence Renewal', sw: 'Kuhuisha Leseni ya Muuguzi' },
    description: {
      en: 'Renew your licence to practise as a nurse or midwife.',
      sw: 'Huisha leseni yako ya kufanya kazi kama muuguzi au mkunga.',
    },
    category: 'health', feeKes: 3000,
    requirements: {
      en: 'Registration number, proof of professional development points',
      sw: 'Nambari ya usajili, ushahidi wa alama za mafunzo endelevu',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'NCK', code: 'EXAM-REG',
    name: { en: 'Nursing Licensure Exam Registration', sw: 'Usajili wa Mtihani wa Leseni ya Uuguzi' },
    description: {
      en: 'Register for the Council licensing examination after nursing school.',
      sw: 'Jisajili kwa mtihani wa leseni wa Baraza baada ya kumaliza chuo cha uuguzi.',
    },
    category: 'health', feeKes: 7500,
    requirements: {
      en: 'Training completion letter, national ID, passport photo',
      sw: 'Barua ya kukamilisha mafunzo, kitambulisho cha taifa, picha ya pasipoti',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // NCPB - National Cereals and Produce Board
  {
    agency: 'NCPB', code: 'FERTILISER-REG',
    name: { en: 'Subsidised Fertiliser Registration', sw: 'Usajili wa Mbolea ya Ruzuku' },
    description: {
      en: 'Register as a farmer to buy government subsidised fertiliser at an NCPB depot.',
      sw: 'Jisajili kama mkulima kununua mbolea ya ruzuku ya Serikali katika ghala la NCPB.',
    },
    category: 'agriculture', feeKes: 0,
    requirements: {
      en: 'National ID, farm location, size of farm',
      sw: 'Kitambulisho cha taifa, mahali shamba lilipo, ukubwa wa shamba',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: true,
  },
  {
    agency: 'NCPB', code: 'GRAIN-DRYING',
    name: { en: 'Grain Drying Service', sw: 'Huduma ya Kukausha Nafaka' },
    description: {
      en: 'Have your maize or other grain dried at an NCPB depot; fee is per 90 kg bag.',
      sw: 'Kausha mahindi au nafaka nyingine katika ghala la NCPB; ada ni kwa kila gunia la kilo 90.',
    },
    category: 'agriculture', feeKes: 50,
    requirements: {
      en: 'National ID, number of bags',
      sw: 'Kitambulisho cha taifa, idadi ya magunia',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },

  // NCPWD - National Council for Persons with Disabilities
  {
    agency: 'NCPWD', code: 'PWD-REG',
    name: { en: 'Disability Registration', sw: 'Usajili wa Mtu Mwenye Ulemavu' },
    description: {
      en: 'Register as a person with a disability to get a card and access support.',
      sw: 'Jisajili kama mtu mwenye ulemavu ili upate kadi na kufikia misaada.',
    },
    category: 'health', feeKes: 0,
    requirements: {
      en: 'Medical assessment report, national ID or birth certificate, passport photo',
      sw: 'Ripoti ya tathmini ya daktari, kitambulisho cha taifa au cheti cha kuzaliwa, picha',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'NCPWD', code: 'ASSISTIVE-DEVICE',
    name: { en: 'Assistive Devices Request', sw: 'Ombi la Vifaa Saidizi' },
    description: {
      en: 'Request a wheelchair, hearing aid or other assistive device.',
      sw: 'Omba kiti cha magurudumu, kifaa cha kusaidia kusikia au kifaa kingine saidizi.',
    },
    category: 'health', feeKes: 0,
    requirements: {
      en: 'NCPWD card number, medical recommendation',
      sw: 'Nambari ya kadi ya NCPWD, pendekezo la daktari',
    },
    processingTime: { en: '1 month', sw: 'Mwezi 1' },
    ussdApply: false,
  },

  // NEA - National Employment Authority
  {
    agency: 'NEA', code: 'AGENCY-LICENCE',
    name: { en: 'Private Employment Agency Licence', sw: 'Leseni ya Wakala wa Ajira' },
    description: {
      en: 'Licence to recruit Kenyans for jobs in Kenya or abroad.',
      sw: "Leseni ya kuajiri Wakenya kwa kazi nchini Kenya au ng'ambo.",
    },
    category: 'business', feeKes: 50000,
    requirements: {
      en: 'Certificate of incorporation, KRA PIN, bank guarantee, police clearance of directors',
      sw: 'Cheti cha kampuni, PIN ya KRA, dhamana ya benki, cheti cha polisi cha wakurugenzi',
    },
    processingTime: { en: '2 months', sw: 'Miezi 2' },
    ussdApply: false,
  },
  {
    agency: 'NEA', code: 'JOBSEEKER-REG',
    name: { en: 'Jobseeker Registration', sw: 'Usajili wa Mtafuta Kazi' },
    description: {
      en: 'Register as a jobseeker to be matched with vacancies and job fairs.',
      sw: 'Jisajili kama mtafuta kazi ili uunganishwe na nafasi za kazi na maonyesho ya ajira.',
    },
    category: 'business', feeKes: 0,
    requirements: {
      en: 'National ID, highest qualification, phone number',
      sw: 'Kitambulisho cha taifa, kiwango cha juu cha elimu, nambari ya simu',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },

  // NEMA - National Environment Management Authority
  {
    agency: 'NEMA', code: 'EIA-LICENCE',
    name: { en: 'Environmental Impact (EIA) Licence', sw: 'Leseni ya Tathmini ya Mazingira (EIA)' },
    description: {
      en: 'Environmental impact licence for a new project; fee is a share of project cost, minimum shown.',
      sw: 'Leseni ya athari za mazingira kwa mradi mpya; ada ni sehemu ya gharama ya mradi, kiwango cha chini kimeonyeshwa.',
    },
    category: 'environment', feeKes: 10000,
    requirements: {
      en: 'EIA project report by a registered expert, title deed, county approval',
      sw: 'Ripoti ya tathmini iliyoandaliwa na mtaalamu aliyesajiliwa, hati miliki, idhini ya kaunti',
    },
    processingTime: { en: '3 months', sw: 'Miezi 3' },
    ussdApply: false,
  },
  {
    agency: 'NEMA', code: 'NOISE-PERMIT',
    name: { en: 'Noise Permit', sw: 'Kibali cha Kelele' },
    description: {
      en: 'Permit for an event, construction site or business that will be noisy.',
      sw: 'Kibali kwa tukio, eneo la ujenzi au biashara itakayopiga kelele.',
    },
    category: 'environment', feeKes: 5000,
    requirements: {
      en: 'Event or site details, dates and hours, national ID or company certificate',
      sw: 'Maelezo ya tukio au eneo, tarehe na saa, kitambulisho au cheti cha kampuni',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'NEMA', code: 'WASTE-LICENCE',
    name: { en: 'Waste Transporter Licence', sw: 'Leseni ya Kusafirisha Taka' },
    description: {
      en: 'Licence for a vehicle used to collect and transport waste.',
      sw: 'Leseni kwa gari linalotumika kukusanya na kusafirisha taka.',
    },
    category: 'environment', feeKes: 5000,
    requirements: {
      en: 'Vehicle logbook, inspection report, disposal site agreement',
      sw: 'Kitabu cha usajili wa gari, ripoti ya ukaguzi, makubaliano ya eneo la kutupa taka',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'NEMA', code: 'COMPLAINT',
    name: { en: 'Environmental Complaint', sw: 'Malalamiko ya Mazingira' },
    description: {
      en: 'Report pollution, illegal dumping or destruction of a wetland or river bank.',
      sw: 'Ripoti uchafuzi, utupaji taka kinyume cha sheria au uharibifu wa ardhi oevu au ukingo wa mto.',
    },
    category: 'environment', feeKes: 0,
    requirements: {
      en: 'Location, description, photo if available',
      sw: 'Mahali, maelezo, picha kama ipo',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: true,
  },

  // NHC - National Housing Corporation
  {
    agency: 'NHC', code: 'HOUSE-PURCHASE',
    name: { en: 'House Purchase Application', sw: 'Maombi ya Kununua Nyumba' },
    description: {
      en: 'Apply to buy a house in an NHC estate through cash or tenant purchase.',
      sw: 'Omba kununua nyumba katika mtaa wa NHC kwa malipo taslimu au kwa mpango wa mpangaji kununua.',
    },
    category: 'land', feeKes: 1000,
    requirements: {
      en: 'National ID, KRA PIN, payslip or bank statements',
      sw: 'Kitambulisho cha taifa, PIN ya KRA, hati ya mshahara au taarifa za benki',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // NITA - National Industrial Training Authority
  {
    agency: 'NITA', code: 'TRADE-TEST',
    name: { en: 'Trade Test Registration', sw: 'Usajili wa Mtihani wa Ufundi' },
    description: {
      en: 'Register for a Grade III, II or I government trade test.',
      sw: 'Jisajili kwa mtihani wa ufundi wa Serikali wa Daraja la III, II au I.',
    },
    category: 'education', feeKes: 1500,
    requirements: {
      en: 'National ID, passport photo, proof of training or experience',
      sw: 'Kitambulisho cha taifa, picha ya pasipoti, ushahidi wa mafunzo au uzoefu',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'NITA', code: 'TRAINING-LEVY',
    name: { en: 'Industrial Training Levy', sw: 'Tozo ya Mafunzo ya Viwanda' },
    description: {
      en: 'Monthly levy that employers pay for each employee; fee shown is per employee.',
      sw: 'Tozo ya kila mwezi ambayo waajiri hulipa kwa kila mfanyakazi; ada iliyoonyeshwa ni kwa mfanyakazi mmoja.',
    },
    category: 'education', feeKes: 50,
    requirements: {
      en: 'Employer NITA number, number of employees',
      sw: 'Nambari ya NITA ya mwajiri, idadi ya wafanyakazi',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: false,
  },
  {
    agency: 'NITA', code: 'PROVIDER-ACCR',
    name: { en: 'Training Provider Accreditation', sw: 'Ithibati ya Mtoaji wa Mafunzo' },
    description: {
      en: 'Accreditation of an institution that offers industrial training courses.',
      sw: 'Ithibati ya taasisi inayotoa kozi za mafunzo ya viwanda.',
    },
    category: 'education', feeKes: 10000,
    requirements: {
      en: 'Registration documents, curriculum, trainer qualifications, inspection',
      sw: 'Nyaraka za usajili, mtaala, sifa za wakufunzi, ukaguzi',
    },
    processingTime: { en: '2 months', sw: 'Miezi 2' },
    ussdApply: false,
  },

  // NLC - National Land Commission
  {
    agency: 'NLC', code: 'HISTORICAL-CLAIM',
    name: { en: 'Historical Land Injustice Claim', sw: 'Dai la Dhuluma za Kihistoria za Ardhi' },
    description: {
      en: 'Lodge a claim about land taken unfairly in the past.',
      sw: 'Wasilisha dai kuhusu ardhi iliyochukuliwa kwa dhuluma hapo zamani.',
    },
    category: 'land', feeKes: 0,
    requirements: {
      en: 'Description of the claim, evidence, national ID, maps or documents if any',
      sw: 'Maelezo ya dai, ushahidi, kitambulisho cha taifa, ramani au nyaraka kama zipo',
    },
    processingTime: { en: '6 months', sw: 'Miezi 6' },
    ussdApply: false,
  },
  {
    agency: 'NLC', code: 'ACQUISITION-CLAIM',
    name: { en: 'Compulsory Acquisition Claim', sw: 'Dai la Fidia ya Ardhi Iliyotwaliwa' },
    description: {
      en: 'Claim compensation for land taken by the government for a public project.',
      sw: 'Dai fidia ya ardhi iliyotwaliwa na Serikali kwa ajili ya mradi wa umma.',
    },
    category: 'land', feeKes: 0,
    requirements: {
      en: 'Title deed, national ID, KRA PIN, bank details',
      sw: 'Hati miliki, kitambulisho cha taifa, PIN ya KRA, maelezo ya benki',
    },
    processingTime: { en: '3 months', sw: 'Miezi 3' },
    ussdApply: false,
  },

  // NMK - National Museums of Kenya
  {
    agency: 'NMK', code: 'NAIROBI-MUSEUM',
    name: { en: 'Nairobi National Museum Entry', sw: 'Kiingilio Makumbusho ya Nairobi' },
    description: {
      en: 'Entry ticket to the Nairobi National Museum for a Kenyan adult.',
      sw: 'Tiketi ya kuingia Makumbusho ya Kitaifa ya Nairobi kwa Mkenya mtu mzima.',
    },
    category: 'education', feeKes: 200,
    requirements: {
      en: 'National ID number, date of visit',
      sw: 'Nambari ya kitambulisho cha taifa, tarehe ya ziara',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: false,
  },
  {
    agency: 'NMK', code: 'FORT-JESUS',
    name: { en: 'Fort Jesus Entry', sw: 'Kiingilio Fort Jesus' },
    description: {
      en: 'Entry ticket to Fort Jesus Museum in Mombasa for a Kenyan adult.',
      sw: 'Tiketi ya kuingia Makumbusho ya Fort Jesus, Mombasa, kwa Mkenya mtu mzima.',
    },
    category: 'education', feeKes: 200,
    requirements: {
      en: 'National ID number, date of visit',
      sw: 'Nambari ya kitambulisho cha taifa, tarehe ya ziara',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: false,
  },

  // NPS - National Police Service
  {
    agency: 'NPS', code: 'POLICE-ABSTRACT',
    name: { en: 'Police Abstract', sw: 'Taarifa ya Polisi (Abstract)' },
    description: {
      en: 'Official police record of a reported loss or accident, often needed for insurance.',
      sw: 'Rekodi rasmi ya polisi ya kupoteza kitu au ajali iliyoripotiwa, huhitajika mara nyingi kwa bima.',
    },
    category: 'security', feeKes: 0,
    requirements: {
      en: 'Occurrence book number, national ID, police station',
      sw: 'Nambari ya kitabu cha matukio, kitambulisho cha taifa, kituo cha polisi',
    },
    processingTime: { en: 'Within 24 hours', sw: 'Ndani ya saa 24' },
    ussdApply: false,
  },
  {
    agency: 'NPS', code: 'PUBLIC-MEETING',
    name: { en: 'Public Meeting Notification', sw: 'Taarifa ya Mkutano wa Hadhara' },
    description: {
      en: 'Notify the police of a planned public meeting or procession.',
      sw: 'Ijulishe polisi kuhusu mkutano wa hadhara au maandamano yaliyopangwa.',
    },
    category: 'security', feeKes: 0,
    requirements: {
      en: 'Organiser ID, date, time, venue and route',
      sw: 'Kitambulisho cha mwandalizi, tarehe, saa, ukumbi na njia',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },

  // NRB - National Registration Bureau
  {
    agency: 'NRB', code: 'ID-FIRST',
    name: { en: 'National ID Application', sw: 'Maombi ya Kitambulisho cha Taifa' },
    description: {
      en: 'Apply for your first national ID card at age 18.',
      sw: 'Omba kitambulisho chako cha kwanza cha taifa ukifikisha miaka 18.',
    },
    category: 'civil_registration', feeKes: 0,
    requirements: {
      en: 'Birth certificate, national IDs of parents, school leaving certificate if any',
      sw: 'Cheti cha kuzaliwa, vitambulisho vya taifa vya wazazi, cheti cha kumaliza shule kama kipo',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'NRB', code: 'ID-REPLACE',
    name: { en: 'Replacement of National ID', sw: 'Kitambulisho cha Taifa Mbadala' },
    description: {
      en: 'Replace a national ID that was lost or damaged.',
      sw: 'Pata kitambulisho mbadala cha taifa kilichopotea au kuharibika.',
    },
    category: 'civil_registration', feeKes: 1000,
    requirements: {
      en: 'Police abstract, copy of lost ID if any, birth certificate',
      sw: 'Taarifa ya polisi, nakala ya kitambulisho kilichopotea kama ipo, cheti cha kuzaliwa',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'NRB', code: 'ID-CHANGE',
    name: { en: 'Change of ID Particulars', sw: 'Marekebisho ya Taarifa za Kitambulisho' },
    description: {
      en: 'Correct your name, date of birth or other details on your national ID.',
      sw: 'Rekebisha jina, tarehe ya kuzaliwa au taarifa nyingine kwenye kitambulisho chako cha taifa.',
    },
    category: 'civil_registration', feeKes: 1000,
    requirements: {
      en: 'Current ID, supporting documents such as birth certificate or deed poll',
      sw: 'Kitambulisho cha sasa, nyaraka za kuthibitisha kama cheti cha kuzaliwa au hati ya kubadili jina',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'NRB', code: 'ID-STATUS',
    name: { en: 'ID Collection Status', sw: 'Hali ya Kitambulisho Chako' },
    description: {
      en: 'Check whether your national ID is ready for collection and where.',
      sw: 'Angalia kama kitambulisho chako cha taifa kiko tayari kuchukuliwa na wapi.',
    },
    category: 'civil_registration', feeKes: 0,
    requirements: {
      en: 'Waiting card serial number',
      sw: 'Nambari ya kadi ya kusubiri',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },

  // NSSF - National Social Security Fund
  {
    agency: 'NSSF', code: 'MEMBER-REG',
    name: { en: 'NSSF Member Registration', sw: 'Usajili wa Mwanachama wa NSSF' },
    description: {
      en: 'Register as an NSSF member to save for retirement.',
      sw: 'Jisajili kama mwanachama wa NSSF ili uweke akiba ya uzeeni.',
    },
    category: 'finance', feeKes: 0,
    requirements: {
      en: 'National ID number, KRA PIN, phone number',
      sw: 'Nambari ya kitambulisho cha taifa, PIN ya KRA, nambari ya simu',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'NSSF', code: 'STATEMENT',
    name: { en: 'Contribution Statement', sw: 'Taarifa ya Michango' },
    description: {
      en: 'Get a statement of the contributions made to your NSSF account.',
      sw: 'Pata taarifa ya michango iliyowekwa kwenye akaunti yako ya NSSF.',
    },
    category: 'finance', feeKes: 0,
    requirements: {
      en: 'NSSF number or national ID number',
      sw: 'Nambari ya NSSF au ya kitambulisho cha taifa',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'NSSF', code: 'AGE-BENEFIT',
    name: { en: 'Age Benefit Claim', sw: 'Dai la Mafao ya Uzeeni' },
    description: {
      en: 'Claim your retirement savings when you reach retirement age.',
      sw: 'Dai akiba yako ya uzeeni unapofikia umri wa kustaafu.',
    },
    category: 'finance', feeKes: 0,
    requirements: {
      en: 'National ID, NSSF card, bank details, passport photo',
      sw: 'Kitambulisho cha taifa, kadi ya NSSF, maelezo ya benki, picha ya pasipoti',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // NTSA - National Transport and Safety Authority
  {
    agency: 'NTSA', code: 'SMART-DL',
    name: { en: 'Smart Driving Licence Application', sw: 'Maombi ya Leseni Janja ya Udereva' },
    description: {
      en: 'Apply for the smart driving licence card, valid for three years.',
      sw: 'Omba kadi ya leseni janja ya udereva, inayodumu miaka mitatu.',
    },
    category: 'transport', feeKes: 3050,
    requirements: {
      en: 'National ID, current driving licence, passport photo',
      sw: 'Kitambulisho cha taifa, leseni ya udereva ya sasa, picha ya pasipoti',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'NTSA', code: 'DL-RENEW-1Y',
    name: { en: 'Driving Licence Renewal (1 Year)', sw: 'Kuhuisha Leseni ya Udereva (Mwaka 1)' },
    description: {
      en: 'Renew your driving licence for one year.',
      sw: 'Huisha leseni yako ya udereva kwa mwaka mmoja.',
    },
    category: 'transport', feeKes: 650,
    requirements: {
      en: 'Driving licence number, national ID',
      sw: 'Nambari ya leseni ya udereva, kitambulisho cha taifa',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'NTSA', code: 'DL-RENEW-3Y',
    name: { en: 'Driving Licence Renewal (3 Years)', sw: 'Kuhuisha Leseni ya Udereva (Miaka 3)' },
    description: {
      en: 'Renew your driving licence for three years at once.',
      sw: 'Huisha leseni yako ya udereva kwa miaka mitatu kwa mara moja.',
    },
    category: 'transport', feeKes: 1450,
    requirements: {
      en: 'Driving licence number, national ID',
      sw: 'Nambari ya leseni ya udereva, kitambulisho cha taifa',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: false,
  },
  {
    agency: 'NTSA', code: 'PDL',
    name: { en: 'Provisional Driving Licence', sw: 'Leseni ya Muda ya Udereva' },
    description: {
      en: 'Learner licence needed before you start driving lessons.',
      sw: 'Leseni ya mwanafunzi inayohitajika kabla ya kuanza mafunzo ya udereva.',
    },
    category: 'transport', feeKes: 650,
    requirements: {
      en: 'National ID, passport photo, driving school details',
      sw: 'Kitambulisho cha taifa, picha ya pasipoti, maelezo ya shule ya udereva',
    },
    processingTime: { en: 'Within 24 hours', sw: 'Ndani ya saa 24' },
    ussdApply: false,
  },
  {
    agency: 'NTSA', code: 'TEST-BOOKING',
    name: { en: 'Driving Test Booking', sw: 'Kuweka Nafasi ya Mtihani wa Udereva' },
    description: {
      en: 'Book a driving test date after completing lessons at a driving school.',
      sw: 'Weka nafasi ya tarehe ya mtihani wa udereva baada ya kumaliza mafunzo katika shule ya udereva.',
    },
    category: 'transport', feeKes: 1050,
    requirements: {
      en: 'Provisional licence, driving school completion certificate',
      sw: 'Leseni ya muda, cheti cha kumaliza shule ya udereva',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'NTSA', code: 'MV-SEARCH',
    name: { en: 'Motor Vehicle Search', sw: 'Upekuzi wa Gari' },
    description: {
      en: 'Find the registered owner and details of a vehicle before you buy it.',
      sw: 'Jua mmiliki aliyesajiliwa na maelezo ya gari kabla ya kulinunua.',
    },
    category: 'transport', feeKes: 550,
    requirements: {
      en: 'Vehicle registration number',
      sw: 'Nambari ya usajili wa gari',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'NTSA', code: 'MV-TRANSFER',
    name: { en: 'Transfer of Vehicle Ownership', sw: 'Uhamisho wa Umiliki wa Gari' },
    description: {
      en: 'Transfer a vehicle to a new owner after it is sold.',
      sw: 'Hamisha umiliki wa gari kwa mmiliki mpya baada ya kuliuza.',
    },
    category: 'transport', feeKes: 1000,
    requirements: {
      en: 'Logbook, IDs and KRA PINs of seller and buyer, sale agreement',
      sw: 'Kitabu cha usajili wa gari, vitambulisho na PIN za KRA za muuzaji na mnunuzi, mkataba wa mauzo',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'NTSA', code: 'DUPLICATE-LOGBOOK',
    name: { en: 'Duplicate Logbook', sw: 'Nakala ya Kitabu cha Usajili wa Gari' },
    description: {
      en: 'Replace a lost or damaged vehicle logbook.',
      sw: 'Pata nakala ya kitabu cha usajili wa gari kilichopotea au kuharibika.',
    },
    category: 'transport', feeKes: 1000,
    requirements: {
      en: 'Police abstract, owner national ID and KRA PIN, vehicle inspection',
      sw: 'Taarifa ya polisi, kitambulisho na PIN ya KRA ya mmiliki, ukaguzi wa gari',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'NTSA', code: 'INSPECTION',
    name: { en: 'Motor Vehicle Inspection Booking', sw: 'Kuweka Nafasi ya Ukaguzi wa Gari' },
    description: {
      en: 'Book the yearly inspection for a commercial or public service vehicle.',
      sw: 'Weka nafasi ya ukaguzi wa mwaka wa gari la biashara au la usafiri wa umma.',
    },
    category: 'transport', feeKes: 1600,
    requirements: {
      en: 'Logbook, insurance certificate, previous inspection report',
      sw: 'Kitabu cha usajili wa gari, cheti cha bima, ripoti ya ukaguzi uliopita',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'NTSA', code: 'PSV-BADGE',
    name: { en: 'PSV Driver Badge', sw: 'Beji ya Dereva wa PSV' },
    description: {
      en: 'Badge that drivers of matatus and buses must hold.',
      sw: 'Beji ambayo madereva wa matatu na mabasi lazima wawe nayo.',
    },
    category: 'transport', feeKes: 650,
    requirements: {
      en: 'Driving licence, certificate of good conduct, medical certificate, passport photo',
      sw: 'Leseni ya udereva, cheti cha tabia njema, cheti cha afya, picha ya pasipoti',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // ODPC - Office of the Data Protection Commissioner
  {
    agency: 'ODPC', code: 'CONTROLLER-SMALL',
    name: { en: 'Data Controller Registration (Small)', sw: 'Usajili wa Mdhibiti wa Data (Ndogo)' },
    description: {
      en: 'Register a micro or small business that collects personal data.',
      sw: 'Sajili biashara ndogo inayokusanya data binafsi.',
    },
    category: 'ict', feeKes: 4000,
    requirements: {
      en: 'Certificate of incorporation or business permit, KRA PIN, description of data processed',
      sw: 'Cheti cha kampuni au kibali cha biashara, PIN ya KRA, maelezo ya data inayochakatwa',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'ODPC', code: 'CONTROLLER-MEDIUM',
    name: { en: 'Data Controller Registration (Medium)', sw: 'Usajili wa Mdhibiti wa Data (Kati)' },
    description: {
      en: 'Register a medium-sized organisation that collects personal data.',
      sw: 'Sajili shirika la ukubwa wa kati linalokusanya data binafsi.',
    },
    category: 'ict', feeKes: 16000,
    requirements: {
      en: 'Certificate of incorporation, KRA PIN, description of data processed, data protection policy',
      sw: 'Cheti cha kampuni, PIN ya KRA, maelezo ya data inayochakatwa, sera ya ulinzi wa data',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'ODPC', code: 'COMPLAINT',
    name: { en: 'Data Protection Complaint', sw: 'Malalamiko ya Ulinzi wa Data' },
    description: {
      en: 'Complain about misuse of your personal data, such as spam calls or leaked records.',
      sw: 'Lalamika kuhusu matumizi mabaya ya data yako binafsi, kama simu za matangazo au taarifa zilizovuja.',
    },
    category: 'ict', feeKes: 0,
    requirements: {
      en: 'Name of the organisation, description, evidence such as screenshots',
      sw: 'Jina la shirika, maelezo, ushahidi kama picha za skrini',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // ORPP - Office of the Registrar of Political Parties
  {
    agency: 'ORPP', code: 'MEMBERSHIP-CHECK',
    name: { en: 'Party Membership Check', sw: 'Kuangalia Uanachama wa Chama' },
    description: {
      en: 'Check whether you are registered as a member of a political party.',
      sw: 'Angalia kama umesajiliwa kama mwanachama wa chama cha kisiasa.',
    },
    category: 'justice', feeKes: 0,
    requirements: {
      en: 'National ID number',
      sw: 'Nambari ya kitambulisho cha taifa',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'ORPP', code: 'RESIGN',
    name: { en: 'Resign from a Political Party', sw: 'Kujiuzulu Uanachama wa Chama' },
    description: {
      en: 'Leave a political party you were registered in without your consent or no longer support.',
      sw: 'Ondoka katika chama cha kisiasa ulichosajiliwa bila ridhaa yako au usichokiunga tena mkono.',
    },
    category: 'justice', feeKes: 0,
    requirements: {
      en: 'National ID number, name of the party',
      sw: 'Nambari ya kitambulisho cha taifa, jina la chama',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },

  // PBORA - Public Benefit Organizations Regulatory Authority
  {
    agency: 'PBORA', code: 'PBO-NAME',
    name: { en: 'PBO Name Search', sw: 'Upekuzi wa Jina la Shirika' },
    description: {
      en: 'Check and reserve a name for a new public benefit organisation.',
      sw: 'Angalia na uhifadhi jina la shirika jipya la manufaa ya umma.',
    },
    category: 'business', feeKes: 1000,
    requirements: {
      en: 'National ID, 3 proposed names',
      sw: 'Kitambulisho cha taifa, majina 3 yanayopendekezwa',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'PBORA', code: 'PBO-REG',
    name: { en: 'PBO Registration', sw: 'Usajili wa Shirika la Manufaa ya Umma' },
    description: {
      en: 'Register a non-governmental or public benefit organisation.',
      sw: 'Sajili shirika lisilo la kiserikali au shirika la manufaa ya umma.',
    },
    category: 'business', feeKes: 10000,
    requirements: {
      en: 'Approved name, constitution, IDs of officials, police clearance of officials',
      sw: 'Jina lililoidhinishwa, katiba, vitambulisho vya maafisa, vyeti vya polisi vya maafisa',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // PCK - Physiotherapy Council of Kenya
  {
    agency: 'PCK', code: 'LICENCE-RENEW',
    name: { en: 'Physiotherapist Licence Renewal', sw: 'Kuhuisha Leseni ya Fiziotherapia' },
    description: {
      en: 'Renew your yearly licence to practise as a physiotherapist.',
      sw: 'Huisha leseni yako ya mwaka ya kufanya kazi kama mtaalamu wa tiba ya viungo.',
    },
    category: 'health', feeKes: 3000,
    requirements: {
      en: 'Registration number, proof of professional development',
      sw: 'Nambari ya usajili, ushahidi wa mafunzo endelevu',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // PCPB - Pest Control Products Board
  {
    agency: 'PCPB', code: 'DEALER-LICENCE',
    name: { en: 'Pesticide Dealer Licence', sw: 'Leseni ya Muuzaji wa Viuatilifu' },
    description: {
      en: 'Yearly licence for an agrovet or shop that sells pesticides.',
      sw: 'Leseni ya mwaka kwa duka la pembejeo au duka linalouza viuatilifu.',
    },
    category: 'agriculture', feeKes: 2000,
    requirements: {
      en: 'Business permit, premises inspection, certificate of the trained seller',
      sw: 'Kibali cha biashara, ukaguzi wa majengo, cheti cha muuzaji aliyefunzwa',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'PCPB', code: 'IMPORT-PERMIT',
    name: { en: 'Pesticide Import Permit', sw: 'Kibali cha Kuingiza Viuatilifu' },
    description: {
      en: 'Permit to import a registered pest control product.',
      sw: 'Kibali cha kuingiza kiuatilifu kilichosajiliwa.',
    },
    category: 'agriculture', feeKes: 5000,
    requirements: {
      en: 'Product registration number, proforma invoice, importer KRA PIN',
      sw: 'Nambari ya usajili wa bidhaa, ankara ya awali, PIN ya KRA ya mwagizaji',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // PPB - Pharmacy and Poisons Board
  {
    agency: 'PPB', code: 'RETAIL-PREMISES',
    name: { en: 'Retail Pharmacy Licence', sw: 'Leseni ya Duka la Dawa la Rejareja' },
    description: {
      en: 'Yearly licence to run a retail pharmacy or chemist.',
      sw: 'Leseni ya mwaka ya kuendesha duka la dawa la rejareja.',
    },
    category: 'health', feeKes: 6000,
    requirements: {
      en: 'Premises inspection report, pharmacist or technologist licence, business permit',
      sw: 'Ripoti ya ukaguzi wa majengo, leseni ya mfamasia au mtaalamu wa dawa, kibali cha biashara',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'PPB', code: 'PHARMACIST-LICENCE',
    name: { en: 'Pharmacist Annual Licence', sw: 'Leseni ya Mwaka ya Mfamasia' },
    description: {
      en: 'Renew your yearly licence to practise as a pharmacist or pharmaceutical technologist.',
      sw: 'Huisha leseni yako ya mwaka ya kufanya kazi kama mfamasia au mtaalamu wa dawa.',
    },
    category: 'health', feeKes: 3000,
    requirements: {
      en: 'Registration number, proof of professional development points',
      sw: 'Nambari ya usajili, ushahidi wa alama za mafunzo endelevu',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'PPB', code: 'IMPORT-PERMIT',
    name: { en: 'Medicine Import Permit', sw: 'Kibali cha Kuingiza Dawa' },
    description: {
      en: 'Permit for each consignment of registered medicines being imported.',
      sw: 'Kibali kwa kila shehena ya dawa zilizosajiliwa zinazoingizwa nchini.',
    },
    category: 'health', feeKes: 1000,
    requirements: {
      en: 'Proforma invoice, product registration numbers, importer licence',
      sw: 'Ankara ya awali, nambari za usajili wa dawa, leseni ya mwagizaji',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'PPB', code: 'REPORT-FAKE',
    name: { en: 'Report Suspected Fake Medicine', sw: 'Ripoti Dawa Unazoshuku ni Bandia' },
    description: {
      en: 'Report a medicine that seems fake or caused a bad reaction.',
      sw: 'Ripoti dawa inayoonekana kuwa bandia au iliyosababisha madhara.',
    },
    category: 'health', feeKes: 0,
    requirements: {
      en: 'Name of the medicine, batch number, where it was bought',
      sw: 'Jina la dawa, nambari ya toleo, mahali iliponunuliwa',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },

  // PPRA - Public Procurement Regulatory Authority
  {
    agency: 'PPRA', code: 'COMPLAINT',
    name: { en: 'Procurement Complaint', sw: 'Malalamiko ya Ununuzi wa Umma' },
    description: {
      en: 'Report irregular tendering or unpaid supplies by a public procuring entity.',
      sw: 'Ripoti zabuni zisizo halali au bidhaa zisizolipwa na taasisi ya umma inayonunua.',
    },
    category: 'business', feeKes: 0,
    requirements: {
      en: 'Tender number, name of procuring entity, description, supporting documents',
      sw: 'Nambari ya zabuni, jina la taasisi, maelezo, nyaraka za kuthibitisha',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // PSRA - Private Security Regulatory Authority
  {
    agency: 'PSRA', code: 'FIRM-LICENCE',
    name: { en: 'Private Security Firm Licence', sw: 'Leseni ya Kampuni ya Ulinzi' },
    description: {
      en: 'Licence for a company that offers guarding, alarm or cash-in-transit services.',
      sw: 'Leseni kwa kampuni inayotoa huduma za ulinzi, kengele za usalama au usafirishaji wa fedha.',
    },
    category: 'security', feeKes: 20000,
    requirements: {
      en: 'Certificate of incorporation, KRA PIN, good conduct certificates of directors, NSSF and SHA compliance',
      sw: 'Cheti cha kampuni, PIN ya KRA, vyeti vya tabia njema vya wakurugenzi, utiifu wa NSSF na SHA',
    },
    processingTime: { en: '2 months', sw: 'Miezi 2' },
    ussdApply: false,
  },
  {
    agency: 'PSRA', code: 'GUARD-REG',
    name: { en: 'Security Officer Registration', sw: 'Usajili wa Mlinzi wa Kibinafsi' },
    description: {
      en: 'Register as a private security officer before you start work as a guard.',
      sw: 'Jisajili kama mlinzi wa kibinafsi kabla ya kuanza kazi ya ulinzi.',
    },
    category: 'security', feeKes: 500,
    requirements: {
      en: 'National ID, certificate of good conduct, training certificate, passport photo',
      sw: 'Kitambulisho cha taifa, cheti cha tabia njema, cheti cha mafunzo, picha ya pasipoti',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'PSRA', code: 'TRAINER-LICENCE',
    name: { en: 'Security Trainer Licence', sw: 'Leseni ya Mkufunzi wa Ulinzi' },
    description: {
      en: 'Licence for a person or institution that trains private security officers.',
      sw: 'Leseni kwa mtu au taasisi inayowafunza walinzi wa kibinafsi.',
    },
    category: 'security', feeKes: 5000,
    requirements: {
      en: 'Trainer qualifications, curriculum, premises details',
      sw: 'Sifa za mkufunzi, mtaala, maelezo ya majengo',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // PTO - Public Trustee
  {
    agency: 'PTO', code: 'ESTATE-ADMIN',
    name: { en: 'Estate Administration Application', sw: 'Maombi ya Usimamizi wa Mirathi' },
    description: {
      en: 'Ask the Public Trustee to administer the estate of a deceased person.',
      sw: 'Omba Mdhamini wa Umma asimamie mali ya marehemu.',
    },
    category: 'justice', feeKes: 0,
    requirements: {
      en: 'Death certificate, letter from the chief, IDs of beneficiaries, list of assets',
      sw: 'Cheti cha kifo, barua ya chifu, vitambulisho vya warithi, orodha ya mali',
    },
    processingTime: { en: '3 months', sw: 'Miezi 3' },
    ussdApply: false,
  },
  {
    agency: 'PTO', code: 'WILL-DEPOSIT',
    name: { en: 'Deposit of a Will', sw: 'Kuhifadhi Wosia' },
    description: {
      en: 'Keep your signed will safely with the Public Trustee.',
      sw: 'Hifadhi wosia wako uliotiwa saini kwa usalama kwa Mdhamini wa Umma.',
    },
    category: 'justice', feeKes: 1000,
    requirements: {
      en: 'Signed will in a sealed envelope, national ID',
      sw: 'Wosia uliotiwa saini katika bahasha iliyofungwa, kitambulisho cha taifa',
    },
    processingTime: { en: 'Same day', sw: 'Siku hiyo hiyo' },
    ussdApply: false,
  },

  // RBA - Retirement Benefits Authority
  {
    agency: 'RBA', code: 'COMPLAINT',
    name: { en: 'Pension Complaint', sw: 'Malalamiko Kuhusu Pensheni' },
    description: {
      en: 'Complain about delayed or unpaid pension or retirement benefits.',
      sw: 'Lalamika kuhusu pensheni au mafao ya kustaafu yaliyocheleweshwa au kutolipwa.',
    },
    category: 'finance', feeKes: 0,
    requirements: {
      en: 'National ID, scheme name, member number, copy of correspondence',
      sw: 'Kitambulisho cha taifa, jina la mpango, nambari ya mwanachama, nakala za mawasiliano',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // REREC - Rural Electrification and Renewable Energy Corporation
  {
    agency: 'REREC', code: 'CONNECTION-REQUEST',
    name: { en: 'Rural Electrification Request', sw: 'Ombi la Kuunganishiwa Umeme Kijijini' },
    description: {
      en: 'Ask for a school, clinic, market or village to be connected to electricity.',
      sw: 'Omba shule, zahanati, soko au kijiji kiunganishiwe umeme.',
    },
    category: 'energy', feeKes: 0,
    requirements: {
      en: 'Name and location of the place, number of households, contact person',
      sw: 'Jina na mahali pa eneo, idadi ya kaya, mtu wa kuwasiliana naye',
    },
    processingTime: { en: '3 months', sw: 'Miezi 3' },
    ussdApply: false,
  },

  // ROS - Registrar of Societies
  {
    agency: 'ROS', code: 'NAME-SEARCH',
    name: { en: 'Society Name Search', sw: 'Upekuzi wa Jina la Chama' },
    description: {
      en: 'Check that a proposed name for a society, club or church is available.',
      sw: 'Angalia kama jina linalopendekezwa la chama, klabu au kanisa linapatikana.',
    },
    category: 'justice', feeKes: 500,
    requirements: {
      en: 'National ID, 3 proposed names',
      sw: 'Kitambulisho cha taifa, majina 3 yanayopendekezwa',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'ROS', code: 'SOCIETY-REG',
    name: { en: 'Society Registration', sw: 'Usajili wa Chama' },
    description: {
      en: 'Register a society such as a welfare group, club or religious organisation.',
      sw: 'Sajili chama kama kikundi cha ustawi, klabu au shirika la kidini.',
    },
    category: 'justice', feeKes: 3000,
    requirements: {
      en: 'Approved name, constitution, minutes, IDs of officials',
      sw: 'Jina lililoidhinishwa, katiba, kumbukumbu za mkutano, vitambulisho vya maafisa',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'ROS', code: 'ANNUAL-RETURN',
    name: { en: 'Society Annual Returns', sw: 'Ritani za Mwaka za Chama' },
    description: {
      en: 'File the yearly returns of a registered society.',
      sw: 'Wasilisha ritani za mwaka za chama kilichosajiliwa.',
    },
    category: 'justice', feeKes: 500,
    requirements: {
      en: 'Society registration number, list of officials, financial statement',
      sw: 'Nambari ya usajili wa chama, orodha ya maafisa, taarifa ya fedha',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // SASRA - Sacco Societies Regulatory Authority
  {
    agency: 'SASRA', code: 'COMPLAINT',
    name: { en: 'Complaint Against a Sacco', sw: 'Malalamiko Dhidi ya Sacco' },
    description: {
      en: 'Complain about a Sacco that has not refunded deposits or mishandled your account.',
      sw: 'Lalamika kuhusu Sacco ambayo haijarudisha akiba au imeshughulikia vibaya akaunti yako.',
    },
    category: 'finance', feeKes: 0,
    requirements: {
      en: 'Membership number, national ID, copy of complaint to the Sacco',
      sw: 'Nambari ya uanachama, kitambulisho cha taifa, nakala ya malalamiko kwa Sacco',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'SASRA', code: 'DT-LICENCE',
    name: { en: 'Deposit-Taking Sacco Licence', sw: 'Leseni ya Sacco ya Kupokea Akiba' },
    description: {
      en: 'Licence for a Sacco to take deposits from members.',
      sw: 'Leseni kwa Sacco kupokea akiba kutoka kwa wanachama.',
    },
    category: 'finance', feeKes: 10000,
    requirements: {
      en: 'Registration certificate, audited accounts, business plan, capital adequacy',
      sw: 'Cheti cha usajili, hesabu zilizokaguliwa, mpango wa biashara, ushahidi wa mtaji wa kutosha',
    },
    processingTime: { en: '3 months', sw: 'Miezi 3' },
    ussdApply: false,
  },

  // SDHUD - State Department for Housing and Urban Development
  {
    agency: 'SDHUD', code: 'BOMA-YANGU',
    name: { en: 'Boma Yangu Registration', sw: 'Usajili wa Boma Yangu' },
    description: {
      en: 'Register to apply for an affordable housing unit under Boma Yangu.',
      sw: 'Jisajili ili uombe nyumba ya gharama nafuu kupitia Boma Yangu.',
    },
    category: 'land', feeKes: 0,
    requirements: {
      en: 'National ID number, KRA PIN, phone number',
      sw: 'Nambari ya kitambulisho cha taifa, PIN ya KRA, nambari ya simu',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },

  // SDM - State Department for Mining
  {
    agency: 'SDM', code: 'ARTISANAL-PERMIT',
    name: { en: 'Artisanal Mining Permit', sw: 'Kibali cha Uchimbaji Mdogo wa Madini' },
    description: {
      en: 'Permit for small-scale miners working in a designated artisanal mining area.',
      sw: 'Kibali kwa wachimbaji wadogo wanaofanya kazi katika eneo lililotengwa la uchimbaji mdogo.',
    },
    category: 'environment', feeKes: 1000,
    requirements: {
      en: 'National ID, county mining committee letter, site location',
      sw: 'Kitambulisho cha taifa, barua ya kamati ya madini ya kaunti, mahali pa eneo',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'SDM', code: 'DEALER-LICENCE',
    name: { en: 'Mineral Dealer Licence', sw: 'Leseni ya Mfanyabiashara wa Madini' },
    description: {
      en: 'Licence to buy and sell gold, gemstones or other minerals.',
      sw: 'Leseni ya kununua na kuuza dhahabu, vito au madini mengine.',
    },
    category: 'environment', feeKes: 50000,
    requirements: {
      en: 'Certificate of incorporation, KRA PIN, premises details, police clearance',
      sw: 'Cheti cha kampuni, PIN ya KRA, maelezo ya majengo, cheti cha polisi',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // SEZA - Special Economic Zones Authority
  {
    agency: 'SEZA', code: 'SEZ-LICENCE',
    name: { en: 'SEZ Enterprise Licence', sw: 'Leseni ya Biashara ya SEZ' },
    description: {
      en: 'Licence to operate as an enterprise inside a special economic zone.',
      sw: 'Leseni ya kufanya kazi kama biashara ndani ya eneo maalum la kiuchumi.',
    },
    category: 'business', feeKes: 50000,
    requirements: {
      en: 'Business plan, certificate of incorporation, KRA PIN, zone developer letter',
      sw: 'Mpango wa biashara, cheti cha kampuni, PIN ya KRA, barua ya mwendelezaji wa eneo',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // SHA - Social Health Authority
  {
    agency: 'SHA', code: 'MEMBER-REG',
    name: { en: 'SHA Member Registration', sw: 'Usajili wa Mwanachama wa SHA' },
    description: {
      en: 'Register yourself and your household for Social Health Insurance cover.',
      sw: 'Jisajili wewe na familia yako kwa bima ya afya ya jamii.',
    },
    category: 'health', feeKes: 0,
    requirements: {
      en: 'National ID number, phone number, household details',
      sw: 'Nambari ya kitambulisho cha taifa, nambari ya simu, maelezo ya familia',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'SHA', code: 'STATUS',
    name: { en: 'Check SHA Status', sw: 'Kuangalia Hali ya Uanachama wa SHA' },
    description: {
      en: 'Check whether your SHA cover is active and your contributions are up to date.',
      sw: 'Angalia kama bima yako ya SHA iko hai na michango yako iko sawa.',
    },
    category: 'health', feeKes: 0,
    requirements: {
      en: 'National ID number',
      sw: 'Nambari ya kitambulisho cha taifa',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'SHA', code: 'ADD-DEPENDANT',
    name: { en: 'Add Dependants', sw: 'Kuongeza Wategemezi' },
    description: {
      en: 'Add your spouse or children to your SHA cover.',
      sw: 'Ongeza mwenzi wako au watoto kwenye bima yako ya SHA.',
    },
    category: 'health', feeKes: 0,
    requirements: {
      en: 'Your national ID, spouse ID or children birth certificates',
      sw: 'Kitambulisho chako cha taifa, kitambulisho cha mwenzi au vyeti vya kuzaliwa vya watoto',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'SHA', code: 'FACILITY-EMPANEL',
    name: { en: 'Health Facility Empanelment', sw: 'Usajili wa Kituo cha Afya kwa SHA' },
    description: {
      en: 'Apply for a hospital or clinic to be contracted to serve SHA members.',
      sw: 'Omba hospitali au kliniki ipewe mkataba wa kuwahudumia wanachama wa SHA.',
    },
    category: 'health', feeKes: 0,
    requirements: {
      en: 'Facility licence, KRA PIN, bank details, list of services',
      sw: 'Leseni ya kituo, PIN ya KRA, maelezo ya benki, orodha ya huduma',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // SLO - Office of the Attorney General (State Law Office)
  {
    agency: 'SLO', code: 'MARRIAGE-NOTICE',
    name: { en: 'Notice of Intention to Marry', sw: 'Notisi ya Nia ya Kufunga Ndoa' },
    description: {
      en: 'Give notice of a planned civil marriage, published for 21 days before the wedding.',
      sw: 'Toa notisi ya ndoa ya kiserikali inayopangwa, inayotangazwa kwa siku 21 kabla ya harusi.',
    },
    category: 'civil_registration', feeKes: 600,
    requirements: {
      en: 'National IDs of both parties, passport photos, proof of marital status',
      sw: 'Vitambulisho vya taifa vya wote wawili, picha za pasipoti, ushahidi wa hali ya ndoa',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'SLO', code: 'CIVIL-MARRIAGE',
    name: { en: 'Civil Marriage at Registrar', sw: 'Ndoa ya Kiserikali kwa Msajili' },
    description: {
      en: 'Book and hold a civil marriage ceremony at the Registrar of Marriages office.',
      sw: 'Weka nafasi na ufunge ndoa ya kiserikali katika ofisi ya Msajili wa Ndoa.',
    },
    category: 'civil_registration', feeKes: 3300,
    requirements: {
      en: 'Published notice, IDs of both parties and 2 witnesses',
      sw: 'Notisi iliyotangazwa, vitambulisho vya wote wawili na mashahidi 2',
    },
    processingTime: { en: '1 month', sw: 'Mwezi 1' },
    ussdApply: false,
  },
  {
    agency: 'SLO', code: 'CUSTOMARY-MARRIAGE',
    name: { en: 'Customary Marriage Registration', sw: 'Usajili wa Ndoa ya Kimila' },
    description: {
      en: 'Register a marriage celebrated under African customary law.',
      sw: 'Sajili ndoa iliyofungwa kwa mujibu wa sheria za kimila za Kiafrika.',
    },
    category: 'civil_registration', feeKes: 3300,
    requirements: {
      en: 'IDs of both parties, letter from the chief, IDs of 2 witnesses',
      sw: 'Vitambulisho vya wote wawili, barua ya chifu, vitambulisho vya mashahidi 2',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'SLO', code: 'MARRIAGE-COPY',
    name: { en: 'Marriage Certificate Copy', sw: 'Nakala ya Cheti cha Ndoa' },
    description: {
      en: 'Get a certified copy of a registered marriage certificate.',
      sw: 'Pata nakala rasmi ya cheti cha ndoa kilichosajiliwa.',
    },
    category: 'civil_registration', feeKes: 500,
    requirements: {
      en: 'Marriage certificate number, national ID',
      sw: 'Nambari ya cheti cha ndoa, kitambulisho cha taifa',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'SLO', code: 'NO-IMPEDIMENT',
    name: { en: 'Certificate of No Impediment', sw: 'Cheti cha Kutokuwa na Kizuizi cha Ndoa' },
    description: {
      en: 'Certificate confirming you are free to marry, often needed to marry abroad.',
      sw: 'Cheti kinachothibitisha kuwa uko huru kuoa au kuolewa, mara nyingi huhitajika kwa ndoa nje ya nchi.',
    },
    category: 'civil_registration', feeKes: 1000,
    requirements: {
      en: 'National ID, affidavit of marital status, passport photo',
      sw: 'Kitambulisho cha taifa, kiapo cha hali ya ndoa, picha ya pasipoti',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // SOK - Survey of Kenya
  {
    agency: 'SOK', code: 'RIM',
    name: { en: 'Registry Index Map', sw: 'Ramani ya Masjala (RIM)' },
    description: {
      en: 'Buy a copy of the registry index map that shows parcel boundaries.',
      sw: 'Nunua nakala ya ramani ya masjala inayoonyesha mipaka ya viwanja.',
    },
    category: 'land', feeKes: 500,
    requirements: {
      en: 'Registration section and sheet number, national ID',
      sw: 'Sehemu ya usajili na nambari ya karatasi ya ramani, kitambulisho cha taifa',
    },
    processingTime: { en: '3 working days', sw: 'Siku 3 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'SOK', code: 'TOPO-MAP',
    name: { en: 'Topographical Map', sw: 'Ramani ya Topografia' },
    description: {
      en: 'Buy a printed topographical map of an area of Kenya.',
      sw: 'Nunua ramani ya topografia iliyochapishwa ya eneo la Kenya.',
    },
    category: 'land', feeKes: 600,
    requirements: {
      en: 'Sheet number or name of area',
      sw: 'Nambari ya karatasi au jina la eneo',
    },
    processingTime: { en: 'Same day', sw: 'Siku hiyo hiyo' },
    ussdApply: false,
  },
  {
    agency: 'SOK', code: 'DEED-PLAN',
    name: { en: 'Deed Plan', sw: 'Mpango wa Hati (Deed Plan)' },
    description: {
      en: 'Deed plan for a surveyed leasehold plot, needed before a title is issued.',
      sw: 'Mpango wa hati kwa kiwanja cha upangishaji kilichopimwa, unaohitajika kabla ya hati miliki kutolewa.',
    },
    category: 'land', feeKes: 2000,
    requirements: {
      en: 'Approved survey plan, letter of allotment, owner ID',
      sw: 'Mpango wa upimaji ulioidhinishwa, barua ya kugawiwa kiwanja, kitambulisho cha mmiliki',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // TRA - Tourism Regulatory Authority
  {
    agency: 'TRA', code: 'TOUR-OPERATOR',
    name: { en: 'Tour Operator Licence', sw: 'Leseni ya Mwendeshaji Utalii' },
    description: {
      en: 'Yearly licence to sell tours and safaris in Kenya.',
      sw: 'Leseni ya mwaka ya kuuza ziara na safari za utalii nchini Kenya.',
    },
    category: 'business', feeKes: 10000,
    requirements: {
      en: 'Certificate of incorporation, KRA PIN, vehicle list, insurance',
      sw: 'Cheti cha kampuni, PIN ya KRA, orodha ya magari, bima',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'TRA', code: 'TOUR-GUIDE',
    name: { en: 'Tour Guide Licence', sw: 'Leseni ya Mwongoza Watalii' },
    description: {
      en: 'Yearly licence for a tour guide or driver guide.',
      sw: 'Leseni ya mwaka kwa mwongoza watalii au dereva mwongozaji.',
    },
    category: 'business', feeKes: 1000,
    requirements: {
      en: 'National ID, tour guide training certificate, passport photo',
      sw: 'Kitambulisho cha taifa, cheti cha mafunzo ya kuongoza watalii, picha ya pasipoti',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // TREASURY - The National Treasury
  {
    agency: 'TREASURY', code: 'AGPO',
    name: { en: 'AGPO Certificate', sw: 'Cheti cha AGPO' },
    description: {
      en: 'Certificate for youth, women and persons with disabilities to bid for reserved government tenders.',
      sw: 'Cheti kwa vijana, wanawake na watu wenye ulemavu kuomba zabuni za Serikali zilizotengwa.',
    },
    category: 'finance', feeKes: 0,
    requirements: {
      en: 'Business registration certificate, IDs of owners, KRA PIN, tax compliance certificate',
      sw: 'Cheti cha usajili wa biashara, vitambulisho vya wamiliki, PIN ya KRA, cheti cha utiifu wa kodi',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // TSC - Teachers Service Commission
  {
    agency: 'TSC', code: 'TEACHER-REG',
    name: { en: 'Teacher Registration', sw: 'Usajili wa Mwalimu' },
    description: {
      en: 'Register as a teacher and receive a TSC number, needed to teach in Kenya.',
      sw: 'Jisajili kama mwalimu na upate nambari ya TSC, inayohitajika kufundisha nchini Kenya.',
    },
    category: 'education', feeKes: 1000,
    requirements: {
      en: 'Teaching certificate, KCSE certificate, national ID, certificate of good conduct',
      sw: 'Cheti cha ualimu, cheti cha KCSE, kitambulisho cha taifa, cheti cha tabia njema',
    },
    processingTime: { en: '2 months', sw: 'Miezi 2' },
    ussdApply: false,
  },
  {
    agency: 'TSC', code: 'REG-STATUS',
    name: { en: 'Registration Status Check', sw: 'Hali ya Usajili wa Mwalimu' },
    description: {
      en: 'Check the progress of your teacher registration application.',
      sw: 'Angalia maendeleo ya maombi yako ya usajili wa mwalimu.',
    },
    category: 'education', feeKes: 0,
    requirements: {
      en: 'National ID number',
      sw: 'Nambari ya kitambulisho cha taifa',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'TSC', code: 'TRANSFER',
    name: { en: 'Teacher Transfer Request', sw: 'Ombi la Uhamisho wa Mwalimu' },
    description: {
      en: 'Request a transfer to a school in another county or area.',
      sw: 'Omba kuhamishiwa shule katika kaunti au eneo jingine.',
    },
    category: 'education', feeKes: 0,
    requirements: {
      en: 'TSC number, reason for transfer, supporting documents',
      sw: 'Nambari ya TSC, sababu ya uhamisho, nyaraka za kuthibitisha',
    },
    processingTime: { en: '3 months', sw: 'Miezi 3' },
    ussdApply: false,
  },

  // TVETA - Technical and Vocational Education and Training Authority
  {
    agency: 'TVETA', code: 'INSTITUTION-LICENCE',
    name: { en: 'TVET Institution Licence', sw: 'Leseni ya Taasisi ya TVET' },
    description: {
      en: 'Licence to open and run a technical or vocational training institution.',
      sw: 'Leseni ya kufungua na kuendesha taasisi ya mafunzo ya ufundi.',
    },
    category: 'education', feeKes: 30000,
    requirements: {
      en: 'Registration documents, list of courses and trainers, inspection report',
      sw: 'Nyaraka za usajili, orodha ya kozi na wakufunzi, ripoti ya ukaguzi',
    },
    processingTime: { en: '2 months', sw: 'Miezi 2' },
    ussdApply: false,
  },
  {
    agency: 'TVETA', code: 'TRAINER-REG',
    name: { en: 'TVET Trainer Registration', sw: 'Usajili wa Mkufunzi wa TVET' },
    description: {
      en: 'Register as a trainer at a TVET institution.',
      sw: 'Jisajili kama mkufunzi katika taasisi ya TVET.',
    },
    category: 'education', feeKes: 1000,
    requirements: {
      en: 'Academic and professional certificates, national ID, passport photo',
      sw: 'Vyeti vya masomo na vya kitaaluma, kitambulisho cha taifa, picha ya pasipoti',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // UFAA - Unclaimed Financial Assets Authority
  {
    agency: 'UFAA', code: 'SEARCH',
    name: { en: 'Unclaimed Assets Search', sw: 'Upekuzi wa Mali Zisizodaiwa' },
    description: {
      en: 'Search for bank balances, shares or insurance money held for you by UFAA.',
      sw: 'Tafuta salio la benki, hisa au pesa za bima zinazoshikiliwa na UFAA kwa niaba yako.',
    },
    category: 'finance', feeKes: 0,
    requirements: {
      en: 'Full name or national ID number',
      sw: 'Jina kamili au nambari ya kitambulisho cha taifa',
    },
    processingTime: { en: 'Instant', sw: 'Papo hapo' },
    ussdApply: true,
  },
  {
    agency: 'UFAA', code: 'CLAIM',
    name: { en: 'Unclaimed Assets Claim', sw: 'Kudai Mali Zisizodaiwa' },
    description: {
      en: 'Claim unclaimed money or shares that belong to you or to a deceased relative.',
      sw: 'Dai pesa au hisa zisizodaiwa ambazo ni zako au za ndugu aliyefariki.',
    },
    category: 'finance', feeKes: 0,
    requirements: {
      en: 'National ID, KRA PIN, bank details, grant of letters if the owner has died',
      sw: 'Kitambulisho cha taifa, PIN ya KRA, maelezo ya benki, barua za usimamizi kama mmiliki amefariki',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // VRB - Valuers Registration Board
  {
    agency: 'VRB', code: 'VALUER-REG',
    name: { en: 'Valuer Registration', sw: 'Usajili wa Mthamini' },
    description: {
      en: 'Register as a valuer allowed to value land and buildings in Kenya.',
      sw: 'Jisajili kama mthamini anayeruhusiwa kutathmini thamani ya ardhi na majengo nchini Kenya.',
    },
    category: 'land', feeKes: 5000,
    requirements: {
      en: 'Degree in land economics, professional exam results, national ID',
      sw: 'Shahada ya uchumi wa ardhi, matokeo ya mtihani wa kitaaluma, kitambulisho cha taifa',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },

  // WASREB - Water Services Regulatory Board
  {
    agency: 'WASREB', code: 'COMPLAINT',
    name: { en: 'Water Service Complaint', sw: 'Malalamiko ya Huduma za Maji' },
    description: {
      en: 'Complain about water billing, supply cuts or sewer problems not resolved by your provider.',
      sw: 'Lalamika kuhusu bili ya maji, kukatizwa kwa maji au matatizo ya maji taka ambayo mtoa huduma hakutatua.',
    },
    category: 'environment', feeKes: 0,
    requirements: {
      en: 'Water account number, name of provider, description',
      sw: 'Nambari ya akaunti ya maji, jina la mtoa huduma, maelezo',
    },
    processingTime: { en: '14 working days', sw: 'Siku 14 za kazi' },
    ussdApply: false,
  },

  // WMD - Weights and Measures Department
  {
    agency: 'WMD', code: 'SCALE-VERIFY',
    name: { en: 'Weighing Scale Verification', sw: 'Uhakiki wa Mizani' },
    description: {
      en: 'Yearly check and stamping of a trade scale or fuel pump.',
      sw: 'Ukaguzi na kupiga muhuri wa mwaka kwa mizani ya biashara au pampu ya mafuta.',
    },
    category: 'business', feeKes: 500,
    requirements: {
      en: 'Scale or pump details, business permit',
      sw: 'Maelezo ya mizani au pampu, kibali cha biashara',
    },
    processingTime: { en: '7 working days', sw: 'Siku 7 za kazi' },
    ussdApply: false,
  },

  // WRA - Water Resources Authority
  {
    agency: 'WRA', code: 'ABSTRACTION-PERMIT',
    name: { en: 'Water Abstraction Permit', sw: 'Kibali cha Kutumia Maji' },
    description: {
      en: 'Permit to draw water from a river, lake or borehole.',
      sw: 'Kibali cha kuchota maji kutoka mto, ziwa au kisima.',
    },
    category: 'environment', feeKes: 1000,
    requirements: {
      en: 'Title deed or lease, site map, expected water use, national ID',
      sw: 'Hati miliki au ya upangishaji, ramani ya eneo, matumizi ya maji yanayotarajiwa, kitambulisho',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
  {
    agency: 'WRA', code: 'BOREHOLE',
    name: { en: 'Borehole Drilling Authorisation', sw: 'Idhini ya Kuchimba Kisima' },
    description: {
      en: 'Authorisation to drill a borehole, given after a hydrogeological survey.',
      sw: 'Idhini ya kuchimba kisima, inayotolewa baada ya utafiti wa maji ya ardhini.',
    },
    category: 'environment', feeKes: 5000,
    requirements: {
      en: 'Hydrogeological survey report, title deed, national ID',
      sw: 'Ripoti ya utafiti wa maji ya ardhini, hati miliki, kitambulisho cha taifa',
    },
    processingTime: { en: '30 working days', sw: 'Siku 30 za kazi' },
    ussdApply: false,
  },
];
