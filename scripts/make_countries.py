#!/usr/bin/env python3
"""Write custody/lexicons/countries.tsv: countries, aliases, capitals, demonyms.

The table below is hand-written data: every UN member state plus Palestine,
Kosovo, Taiwan, Western Sahara, Hong Kong and the Vatican (an actor in
docs/vocabulary.md). Nothing here is needed at run time but the Python
standard library; the TSV it writes is committed and is what the package
reads.

    python scripts/make_countries.py            # check, then write the TSV
    python scripts/make_countries.py --check    # check only; exit 1 on a conflict
    python scripts/make_countries.py --pycountry
        # also compare the iso2 codes with pycountry, if it can be imported
        # (a cross-check for the maintainer; never a run-time dependency)

Columns of the TSV (a header line, then one country a line, sorted by
``country``; lists are ``|``-separated, an empty cell is an empty list):

``country``          canonical actor name (docs/vocabulary.md)
``iso2``             ISO 3166-1 alpha-2 (``XK`` for Kosovo, user-assigned)
``aliases``          other names of the country that news text uses
``capital``          capital(s) and metonyms for the government ("the Kremlin");
                     empty where the capital is held by another party or contested
``demonym``          canonical demonym, the value of ``people.nationality``
``demonym_aliases``  plural and variant forms (the regular plural of
                     ``demonym`` is added by this script)
``case_sensitive``   forms of this row that must match only as written
                     (lower-case they are common words: "us", "turkey", "polish")
``note``             why a form is risky or was left out; for the annotator

Checks before writing: no tab or newline in a cell, iso2 unique and two
upper-case letters, every case-sensitive form is one of the row's forms, and
no surface form (name, alias, capital, demonym or demonym alias, compared
case-insensitively) belongs to two countries, except the demonyms listed in
``SHARED_DEMONYMS``.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "custody" / "lexicons" / "countries.tsv"
COLUMNS = (
    "country",
    "iso2",
    "aliases",
    "capital",
    "demonym",
    "demonym_aliases",
    "case_sensitive",
    "note",
)

# (country, iso2, aliases, capital, demonym, demonym_aliases)
# One country a line reads better than the formatter's one cell a line.
# fmt: off
TABLE: list[tuple[str, str, str, str, str, str]] = [
    # ---------------------------------------------------------------- Middle East
    ("Bahrain", "BH", "Kingdom of Bahrain", "Manama", "Bahraini", ""),
    ("Iran", "IR", "Islamic Republic of Iran", "Tehran|Teheran", "Iranian", ""),
    ("Iraq", "IQ", "Republic of Iraq", "Baghdad", "Iraqi", ""),
    ("Israel", "IL", "State of Israel", "", "Israeli", "Zionist|Zionists"),
    ("Jordan", "JO", "Hashemite Kingdom of Jordan", "Amman", "Jordanian", ""),
    ("Kuwait", "KW", "State of Kuwait", "Kuwait City", "Kuwaiti", ""),
    ("Lebanon", "LB", "Lebanese Republic", "Beirut", "Lebanese", ""),
    ("Oman", "OM", "Sultanate of Oman", "Muscat", "Omani", ""),
    ("Palestine", "PS",
     "State of Palestine|occupied Palestinian territories|occupied Palestinian territory|"
     "Palestinian territories", "", "Palestinian", ""),
    ("Qatar", "QA", "State of Qatar", "Doha", "Qatari", ""),
    ("Saudi Arabia", "SA", "Kingdom of Saudi Arabia|KSA", "Riyadh", "Saudi",
     "Saudi Arabian|Saudi Arabians"),
    ("Syria", "SY", "Syrian Arab Republic", "Damascus", "Syrian", ""),
    ("Turkey", "TR", "Türkiye|Turkiye|Republic of Turkey", "Ankara", "Turkish", "Turk|Turks"),
    ("United Arab Emirates", "AE", "UAE|U.A.E.|Emirates", "Abu Dhabi", "Emirati", ""),
    ("Yemen", "YE", "Republic of Yemen", "", "Yemeni", "Yemenite"),
    ("Cyprus", "CY", "Republic of Cyprus", "Nicosia", "Cypriot", ""),
    ("Egypt", "EG", "Arab Republic of Egypt", "Cairo", "Egyptian", ""),
    # ---------------------------------------------------------------- Europe
    ("Albania", "AL", "", "Tirana|Tirane", "Albanian", ""),
    ("Andorra", "AD", "", "Andorra la Vella", "Andorran", ""),
    ("Armenia", "AM", "Republic of Armenia", "Yerevan", "Armenian", ""),
    ("Austria", "AT", "", "Vienna", "Austrian", ""),
    ("Azerbaijan", "AZ", "Republic of Azerbaijan", "Baku", "Azerbaijani", "Azeri|Azeris"),
    ("Belarus", "BY", "Byelorussia|Belorussia", "Minsk", "Belarusian", "Byelorussian|Belorussian"),
    ("Belgium", "BE", "", "Brussels", "Belgian", ""),
    ("Bosnia and Herzegovina", "BA", "Bosnia|Bosnia-Herzegovina|Bosnia & Herzegovina|BiH",
     "Sarajevo", "Bosnian", "Herzegovinian|Herzegovinians"),
    ("Bulgaria", "BG", "", "Sofia", "Bulgarian", ""),
    ("Croatia", "HR", "", "Zagreb", "Croatian", "Croat|Croats"),
    ("Czech Republic", "CZ", "Czechia", "Prague", "Czech", "Czechs"),
    ("Denmark", "DK", "", "Copenhagen", "Danish", "Dane|Danes"),
    ("Estonia", "EE", "", "Tallinn", "Estonian", ""),
    ("Finland", "FI", "", "Helsinki", "Finnish", "Finn|Finns"),
    ("France", "FR", "French Republic", "Paris|the Elysee|the Élysée|Elysee Palace|Élysée Palace",
     "French", "Frenchman|Frenchmen|Frenchwoman|Frenchwomen"),
    ("Georgia", "GE", "", "Tbilisi", "Georgian", ""),
    ("Germany", "DE", "Federal Republic of Germany", "Berlin", "German", ""),
    ("Greece", "GR", "Hellenic Republic", "Athens", "Greek", "Greeks"),
    ("Hungary", "HU", "", "Budapest", "Hungarian", ""),
    ("Iceland", "IS", "", "Reykjavik|Reykjavík", "Icelandic", "Icelander|Icelanders"),
    ("Ireland", "IE", "Republic of Ireland|Eire|Éire", "Dublin", "Irish",
     "Irishman|Irishmen|Irishwoman|Irishwomen"),
    ("Italy", "IT", "Italian Republic", "Rome", "Italian", ""),
    ("Kosovo", "XK", "Republic of Kosovo", "Pristina|Prishtina|Priština", "Kosovar",
     "Kosovan|Kosovans"),
    ("Latvia", "LV", "", "Riga", "Latvian", ""),
    ("Liechtenstein", "LI", "", "Vaduz", "Liechtensteiner", ""),
    ("Lithuania", "LT", "", "Vilnius", "Lithuanian", ""),
    ("Luxembourg", "LU", "Grand Duchy of Luxembourg", "Luxembourg City", "Luxembourgish",
     "Luxembourger|Luxembourgers"),
    ("Malta", "MT", "", "Valletta", "Maltese", ""),
    ("Moldova", "MD", "Republic of Moldova", "Chisinau|Chișinău|Chişinău", "Moldovan", ""),
    ("Monaco", "MC", "Principality of Monaco", "", "Monegasque", "Monégasque|Monegasques"),
    ("Montenegro", "ME", "", "Podgorica", "Montenegrin", ""),
    ("Netherlands", "NL", "the Netherlands|Holland", "Amsterdam|The Hague", "Dutch",
     "Dutchman|Dutchmen|Dutchwoman|Dutchwomen|Netherlander|Netherlanders"),
    ("North Macedonia", "MK", "Macedonia|Republic of North Macedonia", "Skopje", "Macedonian",
     "North Macedonian|North Macedonians"),
    ("Norway", "NO", "", "Oslo", "Norwegian", ""),
    ("Poland", "PL", "Republic of Poland", "Warsaw", "Polish", "Pole|Poles"),
    ("Portugal", "PT", "", "Lisbon", "Portuguese", ""),
    ("Romania", "RO", "", "Bucharest", "Romanian", ""),
    ("Russia", "RU", "Russian Federation", "Moscow|the Kremlin", "Russian", ""),
    ("San Marino", "SM", "", "", "Sammarinese", ""),
    ("Serbia", "RS", "", "Belgrade", "Serbian", "Serb|Serbs"),
    ("Slovakia", "SK", "Slovak Republic", "Bratislava", "Slovak", "Slovaks|Slovakian|Slovakians"),
    ("Slovenia", "SI", "", "Ljubljana", "Slovenian", "Slovene|Slovenes"),
    ("Spain", "ES", "Kingdom of Spain", "Madrid", "Spanish", "Spaniard|Spaniards"),
    ("Sweden", "SE", "", "Stockholm", "Swedish", "Swede|Swedes"),
    ("Switzerland", "CH", "Swiss Confederation", "Bern|Berne", "Swiss", ""),
    ("Ukraine", "UA", "", "Kyiv|Kiev", "Ukrainian", ""),
    ("United Kingdom", "GB",
     "UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland",
     "London|Downing Street|Whitehall", "British", "Briton|Britons|Brit|Brits"),
    ("Vatican", "VA", "Holy See|Vatican City|Vatican City State", "", "", ""),
    # ---------------------------------------------------------------- Central, South Asia
    ("Afghanistan", "AF", "Islamic Emirate of Afghanistan", "", "Afghan", ""),
    ("Bangladesh", "BD", "", "Dhaka", "Bangladeshi", ""),
    ("Bhutan", "BT", "", "Thimphu", "Bhutanese", ""),
    ("India", "IN", "Republic of India", "New Delhi", "Indian", ""),
    ("Kazakhstan", "KZ", "", "Astana|Nur-Sultan", "Kazakh", "Kazakhs|Kazakhstani|Kazakhstanis"),
    ("Kyrgyzstan", "KG", "Kyrgyz Republic|Kirghizia", "Bishkek", "Kyrgyz",
     "Kyrgyzstani|Kyrgyzstanis|Kirghiz"),
    ("Maldives", "MV", "the Maldives", "Malé", "Maldivian", ""),
    ("Nepal", "NP", "", "Kathmandu", "Nepali", "Nepalese"),
    ("Pakistan", "PK", "Islamic Republic of Pakistan", "Islamabad", "Pakistani", ""),
    ("Sri Lanka", "LK", "", "Colombo", "Sri Lankan", ""),
    ("Tajikistan", "TJ", "", "Dushanbe", "Tajik", "Tajiks|Tajikistani|Tajikistanis|Tadjik"),
    ("Turkmenistan", "TM", "", "Ashgabat|Ashkhabad", "Turkmen",
     "Turkmens|Turkmenistani|Turkmenistanis"),
    ("Uzbekistan", "UZ", "", "Tashkent", "Uzbek", "Uzbeks|Uzbekistani|Uzbekistanis"),
    # ---------------------------------------------------------------- East, Southeast Asia
    ("Brunei", "BN", "Brunei Darussalam", "Bandar Seri Begawan", "Bruneian", ""),
    ("Cambodia", "KH", "Kingdom of Cambodia", "Phnom Penh", "Cambodian", ""),
    ("China", "CN", "People's Republic of China|PRC|mainland China", "Beijing", "Chinese", ""),
    ("East Timor", "TL", "Timor-Leste|Timor Leste", "Dili", "Timorese", "East Timorese"),
    ("Hong Kong", "HK", "Hong Kong SAR|HKSAR", "", "Hong Konger", "Hongkonger|Hongkongers"),
    ("Indonesia", "ID", "Republic of Indonesia", "Jakarta", "Indonesian", ""),
    ("Japan", "JP", "", "Tokyo", "Japanese", ""),
    ("Laos", "LA", "Lao PDR|Lao People's Democratic Republic", "Vientiane", "Laotian", "Lao"),
    ("Malaysia", "MY", "", "Kuala Lumpur|Putrajaya", "Malaysian", ""),
    ("Mongolia", "MN", "", "Ulaanbaatar|Ulan Bator", "Mongolian", ""),
    ("Myanmar", "MM", "Burma", "Naypyitaw|Naypyidaw|Nay Pyi Taw", "Burmese", ""),
    ("North Korea", "KP", "DPRK|Democratic People's Republic of Korea|N. Korea", "Pyongyang",
     "North Korean", ""),
    ("Philippines", "PH", "the Philippines|Republic of the Philippines", "Manila", "Filipino",
     "Filipina|Filipinas|Philippine"),
    ("Singapore", "SG", "Republic of Singapore", "", "Singaporean", ""),
    ("South Korea", "KR", "Republic of Korea|ROK|S. Korea", "Seoul", "South Korean", ""),
    ("Taiwan", "TW", "Republic of China", "Taipei", "Taiwanese", ""),
    ("Thailand", "TH", "Kingdom of Thailand", "Bangkok", "Thai", ""),
    ("Vietnam", "VN", "Viet Nam", "Hanoi", "Vietnamese", ""),
    # ---------------------------------------------------------------- Africa
    ("Algeria", "DZ", "", "Algiers", "Algerian", ""),
    ("Angola", "AO", "", "Luanda", "Angolan", ""),
    ("Benin", "BJ", "Republic of Benin", "Porto-Novo|Cotonou", "Beninese", "Beninois"),
    ("Botswana", "BW", "", "Gaborone", "Botswanan", "Motswana|Batswana"),
    ("Burkina Faso", "BF", "", "Ouagadougou", "Burkinabe", "Burkinabé|Burkinabè"),
    ("Burundi", "BI", "", "Gitega|Bujumbura", "Burundian", ""),
    ("Cameroon", "CM", "", "Yaounde|Yaoundé", "Cameroonian", ""),
    ("Cape Verde", "CV", "Cabo Verde", "Praia", "Cape Verdean", "Cabo Verdean|Cabo Verdeans"),
    ("Central African Republic", "CF", "Central African Rep.", "Bangui", "Central African", ""),
    ("Chad", "TD", "Republic of Chad", "N'Djamena|Ndjamena|N’Djamena", "Chadian", ""),
    ("Comoros", "KM", "the Comoros", "Moroni", "Comorian", ""),
    ("DR Congo", "CD",
     "Democratic Republic of the Congo|Democratic Republic of Congo|DRC|D.R. Congo|DR of Congo|"
     "Congo-Kinshasa|Congo", "Kinshasa", "Congolese", ""),
    ("Djibouti", "DJ", "Republic of Djibouti", "Djibouti City", "Djiboutian", ""),
    ("Equatorial Guinea", "GQ", "", "Malabo", "Equatorial Guinean", "Equatoguinean|Equatoguineans"),
    ("Eritrea", "ER", "", "Asmara", "Eritrean", ""),
    ("Eswatini", "SZ", "Swaziland|Kingdom of Eswatini", "Mbabane|Lobamba", "Swazi", ""),
    ("Ethiopia", "ET", "", "Addis Ababa", "Ethiopian", ""),
    ("Gabon", "GA", "Gabonese Republic", "Libreville", "Gabonese", ""),
    ("Gambia", "GM", "The Gambia", "Banjul", "Gambian", ""),
    ("Ghana", "GH", "", "Accra", "Ghanaian", ""),
    ("Guinea", "GN", "Republic of Guinea|Guinea-Conakry", "Conakry", "Guinean", ""),
    ("Guinea-Bissau", "GW", "Guinea Bissau", "Bissau", "Bissau-Guinean", ""),
    ("Ivory Coast", "CI", "Côte d'Ivoire|Cote d'Ivoire|Côte d’Ivoire|Cote d’Ivoire",
     "Yamoussoukro|Abidjan", "Ivorian", ""),
    ("Kenya", "KE", "", "Nairobi", "Kenyan", ""),
    ("Lesotho", "LS", "Kingdom of Lesotho", "Maseru", "Basotho", "Mosotho|Lesothan"),
    ("Liberia", "LR", "", "Monrovia", "Liberian", ""),
    ("Libya", "LY", "State of Libya", "Tripoli", "Libyan", ""),
    ("Madagascar", "MG", "", "Antananarivo", "Malagasy", ""),
    ("Malawi", "MW", "", "Lilongwe", "Malawian", ""),
    ("Mali", "ML", "Republic of Mali", "Bamako", "Malian", ""),
    ("Mauritania", "MR", "Islamic Republic of Mauritania", "Nouakchott", "Mauritanian", ""),
    ("Mauritius", "MU", "", "Port Louis", "Mauritian", ""),
    ("Morocco", "MA", "Kingdom of Morocco", "Rabat", "Moroccan", ""),
    ("Mozambique", "MZ", "", "Maputo", "Mozambican", ""),
    ("Namibia", "NA", "", "Windhoek", "Namibian", ""),
    ("Niger", "NE", "Republic of Niger|Republic of the Niger", "Niamey", "Nigerien",
     "Nigérien|Nigériens"),
    ("Nigeria", "NG", "Federal Republic of Nigeria", "Abuja", "Nigerian", ""),
    ("Republic of the Congo", "CG",
     "Congo-Brazzaville|Congo Republic|Republic of Congo|Congo Brazzaville", "Brazzaville",
     "Congolese", ""),
    ("Rwanda", "RW", "", "Kigali", "Rwandan", "Rwandese"),
    ("Sao Tome and Principe", "ST", "São Tomé and Príncipe|Sao Tome|São Tomé", "", "Sao Tomean",
     "São Toméan|São Toméans"),
    ("Senegal", "SN", "", "Dakar", "Senegalese", ""),
    ("Seychelles", "SC", "the Seychelles", "Victoria", "Seychellois", ""),
    ("Sierra Leone", "SL", "", "Freetown", "Sierra Leonean", ""),
    ("Somalia", "SO", "Federal Republic of Somalia", "Mogadishu", "Somali", "Somalian|Somalians"),
    ("South Africa", "ZA", "Republic of South Africa", "Pretoria|Tshwane", "South African", ""),
    ("South Sudan", "SS", "Republic of South Sudan", "Juba", "South Sudanese", ""),
    ("Sudan", "SD", "Republic of the Sudan|the Sudan", "Port Sudan|Khartoum", "Sudanese", ""),
    ("Tanzania", "TZ", "United Republic of Tanzania", "Dodoma|Dar es Salaam", "Tanzanian", ""),
    ("Togo", "TG", "Togolese Republic", "Lome|Lomé", "Togolese", ""),
    ("Tunisia", "TN", "", "Tunis", "Tunisian", ""),
    ("Uganda", "UG", "", "Kampala", "Ugandan", ""),
    ("Western Sahara", "EH", "Sahrawi Arab Democratic Republic|SADR", "", "Sahrawi",
     "Saharawi|Saharawis"),
    ("Zambia", "ZM", "", "Lusaka", "Zambian", ""),
    ("Zimbabwe", "ZW", "", "Harare", "Zimbabwean", ""),
    # ---------------------------------------------------------------- Americas
    ("Antigua and Barbuda", "AG", "Antigua", "St. John's|St John's|Saint John's", "Antiguan",
     "Barbudan|Barbudans"),
    ("Argentina", "AR", "Argentine Republic", "Buenos Aires|Casa Rosada", "Argentine",
     "Argentines|Argentinian|Argentinians|Argentinean|Argentineans"),
    ("Bahamas", "BS", "The Bahamas", "Nassau", "Bahamian", ""),
    ("Barbados", "BB", "", "Bridgetown", "Barbadian", "Bajan|Bajans"),
    ("Belize", "BZ", "", "Belmopan", "Belizean", ""),
    ("Bolivia", "BO", "Plurinational State of Bolivia", "La Paz|Sucre", "Bolivian", ""),
    ("Brazil", "BR", "Federative Republic of Brazil", "Brasilia|Brasília|Planalto", "Brazilian",
     ""),
    ("Canada", "CA", "", "Ottawa", "Canadian", ""),
    ("Chile", "CL", "Republic of Chile", "Santiago", "Chilean", ""),
    ("Colombia", "CO", "Republic of Colombia", "Bogota|Bogotá", "Colombian", ""),
    ("Costa Rica", "CR", "", "San Jose|San José", "Costa Rican", ""),
    ("Cuba", "CU", "Republic of Cuba", "Havana", "Cuban", ""),
    ("Dominica", "DM", "Commonwealth of Dominica", "Roseau", "Dominican", ""),
    ("Dominican Republic", "DO", "", "Santo Domingo", "Dominican", ""),
    ("Ecuador", "EC", "", "Quito", "Ecuadorian", "Ecuadorean|Ecuadoreans"),
    ("El Salvador", "SV", "", "San Salvador", "Salvadoran", "Salvadorean|Salvadoreans"),
    ("Grenada", "GD", "", "St. George's|St George's|Saint George's", "Grenadian", ""),
    ("Guatemala", "GT", "", "Guatemala City", "Guatemalan", ""),
    ("Guyana", "GY", "", "Georgetown", "Guyanese", ""),
    ("Haiti", "HT", "", "Port-au-Prince", "Haitian", ""),
    ("Honduras", "HN", "", "Tegucigalpa", "Honduran", ""),
    ("Jamaica", "JM", "", "Kingston", "Jamaican", ""),
    ("Mexico", "MX", "United Mexican States", "Mexico City", "Mexican", ""),
    ("Nicaragua", "NI", "", "Managua", "Nicaraguan", ""),
    ("Panama", "PA", "", "Panama City", "Panamanian", ""),
    ("Paraguay", "PY", "", "Asuncion|Asunción", "Paraguayan", ""),
    ("Peru", "PE", "", "Lima", "Peruvian", ""),
    ("Saint Kitts and Nevis", "KN",
     "St Kitts and Nevis|St. Kitts and Nevis|St Kitts|St. Kitts|Saint Kitts", "Basseterre",
     "Kittitian", "Nevisian|Nevisians"),
    ("Saint Lucia", "LC", "St Lucia|St. Lucia", "Castries", "Saint Lucian",
     "St Lucian|St Lucians|St. Lucian|St. Lucians"),
    ("Saint Vincent and the Grenadines", "VC",
     "St Vincent and the Grenadines|St. Vincent and the Grenadines|St Vincent|St. Vincent|"
     "Saint Vincent", "Kingstown", "Vincentian", ""),
    ("Suriname", "SR", "Surinam", "Paramaribo", "Surinamese", ""),
    ("Trinidad and Tobago", "TT", "Trinidad & Tobago|Trinidad", "Port of Spain|Port-of-Spain",
     "Trinidadian", "Tobagonian|Tobagonians|Trinbagonian|Trinbagonians"),
    ("United States", "US", "US|U.S.|USA|U.S.A.|United States of America|America",
     "Washington|the White House", "American", ""),
    ("Uruguay", "UY", "", "Montevideo", "Uruguayan", ""),
    ("Venezuela", "VE", "Bolivarian Republic of Venezuela", "Caracas", "Venezuelan", ""),
    # ---------------------------------------------------------------- Oceania
    ("Australia", "AU", "Commonwealth of Australia", "Canberra", "Australian", ""),
    ("Fiji", "FJ", "", "Suva", "Fijian", ""),
    ("Kiribati", "KI", "", "Tarawa|South Tarawa", "I-Kiribati", ""),
    ("Marshall Islands", "MH", "the Marshall Islands", "Majuro", "Marshallese", ""),
    ("Micronesia", "FM", "Federated States of Micronesia", "Palikir", "Micronesian", ""),
    ("Nauru", "NR", "", "Yaren", "Nauruan", ""),
    ("New Zealand", "NZ", "Aotearoa", "Wellington", "New Zealander", ""),
    ("Palau", "PW", "", "Ngerulmud", "Palauan", ""),
    ("Papua New Guinea", "PG", "", "Port Moresby", "Papua New Guinean", ""),
    ("Samoa", "WS", "Independent State of Samoa", "Apia", "Samoan", ""),
    ("Solomon Islands", "SB", "the Solomon Islands", "Honiara", "Solomon Islander", ""),
    ("Tonga", "TO", "", "Nuku'alofa|Nukuʻalofa|Nuku’alofa", "Tongan", ""),
    ("Tuvalu", "TV", "", "Funafuti", "Tuvaluan", ""),
    ("Vanuatu", "VU", "", "Port Vila", "Ni-Vanuatu", ""),
]
# fmt: on

# Forms that match only as written: lower-case they are common English words.
CASE_SENSITIVE: dict[str, str] = {
    "United States": "US",
    "Turkey": "Turkey",
    "China": "China",
    "Chile": "Chile",
    "Guinea": "Guinea",
    "Niger": "Niger",
    "Chad": "Chad",
    "Japan": "Japan",
    "Panama": "Panama",
    "Afghanistan": "Afghan|Afghans",
    "Poland": "Polish|Pole|Poles",
    "Denmark": "Danish",
    "Netherlands": "Dutch",
    "France": "French",
    "Maldives": "Malé",
}

NOTES: dict[str, str] = {
    "United States": "'US' lower-case is the pronoun 'us'; 'America' can mean the continent; "
    "'Washington' is also a US state and a surname",
    "United Kingdom": "'London' also in Ontario; England, Scotland and Wales are not aliases",
    "Chad": "also a first name: prefer context (Chadian, N'Djamena, 'in Chad')",
    "Jordan": "also a first name and a river (Jordan Valley, Jordan River)",
    "Georgia": "also a US state (Atlanta, Savannah) and a first name",
    "Turkey": "lower-case 'turkey' is the bird; the government also says 'Türkiye'",
    "China": "lower-case 'china' is porcelain; Taiwan and Hong Kong are separate rows",
    "Taiwan": "'Republic of China' is inside 'People's Republic of China': longest match first",
    "Guinea": "inside Equatorial Guinea, Guinea-Bissau, Papua New Guinea: longest match "
    "first; 'guinea pig'",
    "Sudan": "inside 'South Sudan': longest match first; the army-led government sits in "
    "Port Sudan since 2023",
    "Niger": "the Niger river; 'Nigerien' is Niger's demonym, 'Nigerian' Nigeria's",
    "Dominica": "demonym 'Dominican' is shared with the Dominican Republic, which is "
    "meant unless the text says Dominica",
    "Dominican Republic": "'Dominican' unqualified means this country, not Dominica",
    "DR Congo": "unqualified 'Congo' is this country (as Reuters and AP use it); 'Congolese' "
    "is shared with the Republic of the Congo",
    "Republic of the Congo": "'Congolese' is shared with DR Congo; unqualified 'Congo' maps "
    "to DR Congo",
    "Central African Republic": "'CAR' left out: it is the word 'car'",
    "Yemen": "capital left empty: Sanaa is held by the Houthis, so 'Sanaa' names them, "
    "not the recognised government (Aden is its seat)",
    "Afghanistan": "capital left empty: Kabul has been held by the Taliban since 2021, so "
    "'Kabul' names the Taliban; 'Afghani' left out (the currency); 'afghan' is a blanket",
    "Israel": "capital left empty: contested (Jerusalem); 'Tel Aviv' is a city, not a metonym; "
    "'Zionist(s)': what partisan outlets call Israelis ('three Zionist captives')",
    "Palestine": "capital left empty: contested; the Palestinian Authority and Hamas are "
    "separate actors, not aliases",
    "Western Sahara": "capital left empty: Laayoune is under Moroccan control; the Polisario "
    "Front is a separate actor",
    "Hong Kong": "part of China; a separate row because the news names it as a party",
    "Vatican": "no demonym in use; actor in mediations (Holy See)",
    "Syria": "'Damascus' names whoever governs there (the HTS-led authorities since Dec 2024)",
    "Libya": "'Tripoli' (GNU) also a city in Lebanon; a rival government sits in the east",
    "Maldives": "capital 'Malé' only with the accent and capital M: 'male' is a word",
    "Seychelles": "'Victoria' is also a first name and an Australian state",
    "Jamaica": "'Kingston' is also in Ontario and London",
    "Guyana": "'Georgetown' is also a Washington neighbourhood and in Penang",
    "Chile": "'Santiago' is also a first name and a city in Spain and the Dominican Republic",
    "Costa Rica": "'San Jose' is also in California",
    "Panama": "'Panama City' is also in Florida",
    "Bolivia": "'La Paz' is also in Mexico",
    "Benin": "not 'Benin City', which is in Nigeria",
    "Belgium": "'Brussels' often names the EU, not Belgium",
    "Netherlands": "'The Hague' often names the ICC or ICJ, not the Netherlands",
    "Ethiopia": "'Addis Ababa' often names the African Union",
    "North Macedonia": "'Macedonia' is also a Greek region",
    "Micronesia": "'Micronesia' is also the region of islands",
    "Poland": "'pole'/'poles' and 'polish' are words; matched only capitalised",
    "Denmark": "'Great Dane' is a dog",
    "Japan": "lower-case 'japan' is lacquer",
    "Bulgaria": "'Sofia' is also a first name",
    "Antigua and Barbuda": "'St. John's' is also in Newfoundland",
    "Lesotho": "Basotho (plural) and Mosotho (singular); 'Lesothan' is rare",
    "Botswana": "Batswana (plural) and Motswana (singular)",
    "Saudi Arabia": "canonical demonym 'Saudi' (docs/vocabulary.md)",
    "Laos": "'Lao' is also the language and the ethnic group",
    "United Arab Emirates": "'Emirates' is also the airline",
    "Philippines": "'Philippine' is the adjective ('Philippine nationals')",
    "Nauru": "no official capital; Yaren is the seat of government",
    "Kosovo": "iso2 XK is user-assigned, not ISO 3166-1",
    "Armenia": "also a city in Colombia",
    "Eswatini": "named Swaziland until 2018",
    "Kazakhstan": "capital named Nur-Sultan 2019-2022",
}

# Canonical demonyms that two rows may share (the word is the nationality).
SHARED_DEMONYMS = {"congolese", "dominican"}

# Rows whose canonical demonym gets no automatic "+s" plural: invariant forms,
# and Dominica, whose "Dominicans" would collide with the Dominican Republic's.
NO_PLURAL = {"Kiribati", "Vanuatu", "Dominica"}
PLURAL_ENDINGS = ("an", "i", "er", "ar", "ot", "ino")


def split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def demonym_forms(country: str, demonym: str, extra: str) -> list[str]:
    """Demonym aliases with the regular plural of the canonical demonym first."""
    forms = []
    if demonym and country not in NO_PLURAL and demonym.endswith(PLURAL_ENDINGS):
        forms.append(demonym + "s")
    forms += [f for f in split(extra) if f not in forms]
    return forms


def build_rows() -> list[dict[str, str]]:
    rows = []
    for country, iso2, aliases, capital, demonym, extra in TABLE:
        rows.append(
            {
                "country": country,
                "iso2": iso2,
                "aliases": "|".join(split(aliases)),
                "capital": "|".join(split(capital)),
                "demonym": demonym,
                "demonym_aliases": "|".join(demonym_forms(country, demonym, extra)),
                "case_sensitive": CASE_SENSITIVE.get(country, ""),
                "note": NOTES.get(country, ""),
            }
        )
    return sorted(rows, key=lambda r: r["country"])


def fold(form: str) -> str:
    """Case- and accent-insensitive key: 'Élysée' and 'elysee' collide."""
    text = unicodedata.normalize("NFKD", form.replace("’", "'").casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def row_forms(row: dict[str, str]) -> list[tuple[str, str]]:
    """(column, form) for every surface form of a row."""
    pairs = [("country", row["country"])]
    for col in ("aliases", "capital", "demonym_aliases"):
        pairs += [(col, f) for f in split(row[col])]
    if row["demonym"]:
        pairs.append(("demonym", row["demonym"]))
    return pairs


def problems(rows: list[dict[str, str]]) -> list[str]:
    found = []
    owners: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    codes: dict[str, str] = {}
    for row in rows:
        where = row["country"]
        for col, value in row.items():
            if "\t" in value or "\n" in value:
                found.append(f"{where}: tab or newline in {col}")
        if len(row["iso2"]) != 2 or not row["iso2"].isupper():
            found.append(f"{where}: iso2 {row['iso2']!r} is not two upper-case letters")
        if row["iso2"] in codes:
            found.append(f"{where}: iso2 {row['iso2']} also used by {codes[row['iso2']]}")
        codes[row["iso2"]] = where
        forms = {f for _, f in row_forms(row)}
        for f in split(row["case_sensitive"]):
            if f not in forms:
                found.append(f"{where}: case-sensitive form {f!r} is not one of its forms")
        seen_here: set[str] = set()
        for col, form in row_forms(row):
            # Accented and plain spellings of one name are both kept on purpose.
            if form.casefold() in seen_here:
                found.append(f"{where}: {form!r} ({col}) repeats a form of the same row")
            seen_here.add(form.casefold())
            owners[fold(form)].add((where, col, form))
    for key, who in sorted(owners.items()):
        countries = {c for c, _, _ in who}
        if len(countries) > 1 and key not in SHARED_DEMONYMS:
            listing = ", ".join(f"{c} ({col}: {form})" for c, col, form in sorted(who))
            found.append(f"{key!r} belongs to several countries: {listing}")
    for key in SHARED_DEMONYMS:
        cols = {col for _, col, _ in owners.get(key, set())}
        if cols - {"demonym"}:
            found.append(f"shared demonym {key!r} is used outside the demonym column")
    return found


def to_tsv(rows: list[dict[str, str]]) -> str:
    lines = ["\t".join(COLUMNS)]
    lines += ["\t".join(row[c] for c in COLUMNS) for row in rows]
    return "\n".join(lines) + "\n"


def pycountry_report(rows: list[dict[str, str]]) -> list[str]:
    try:
        import pycountry  # type: ignore[import-not-found]
    except ImportError:
        return ["pycountry is not importable: cross-check skipped"]
    ours = {r["iso2"]: r["country"] for r in rows}
    theirs = {c.alpha_2: getattr(c, "common_name", c.name) for c in pycountry.countries}
    lines = [f"{len(ours)} rows here, {len(theirs)} codes in pycountry"]
    lines += [
        f"not in pycountry: {code} {name}"
        for code, name in sorted(ours.items())
        if code not in theirs
    ]
    lines += [
        f"pycountry only (territory?): {code} {name}"
        for code, name in sorted(theirs.items())
        if code not in ours
    ]
    lines += [
        f"named differently: {code} ours={ours[code]!r} pycountry={theirs[code]!r}"
        for code in sorted(ours)
        if code in theirs and ours[code] != theirs[code]
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="check only, write nothing")
    parser.add_argument("--pycountry", action="store_true", help="cross-check iso2 codes")
    parser.add_argument("--out", type=Path, default=OUT, help=f"default: {OUT}")
    args = parser.parse_args(argv)

    rows = build_rows()
    if args.pycountry:
        for line in pycountry_report(rows):
            print(line)
    found = problems(rows)
    for line in found:
        print(f"conflict: {line}", file=sys.stderr)
    if found:
        print(f"{len(found)} problem(s); nothing written", file=sys.stderr)
        return 1
    if not args.check:
        args.out.write_text(to_tsv(rows), encoding="utf-8", newline="\n")
        print(f"wrote {len(rows)} countries to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
