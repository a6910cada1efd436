"""Build ``src/annals/kb/data/countries.json`` from mledoze/countries plus hand-written tables.

Usage::

    python scripts/build_kb_countries.py [--source PATH] [--out PATH]

The source is ``mledoze_countries.json`` from https://github.com/mledoze/countries
(Open Database License 1.0). The output is a derived database and stays under the
ODbL: it carries a ``licence`` key and ``src/annals/kb/data/README.md`` gives the
attribution. The hand-written tables below add what mledoze lacks: it/de/es
demonyms and adjective forms, common short names, the capitals of the sovereign
states (UN members and observers, Kosovo, Taiwan) with their spellings in six
languages (for "Moscow said" style metonymy; OMITTED_CAPITALS lists the few left
out and why) and Wikidata ids.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annals.kb.text import normalise_alias

logger = logging.getLogger("build_kb_countries")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "kb" / "mledoze_countries.json"
DEFAULT_OUT = ROOT / "src" / "annals" / "kb" / "data" / "countries.json"

LICENCE = (
    "Derived from mledoze/countries (https://github.com/mledoze/countries), made available "
    "under the Open Database License 1.0 (https://opendatacommons.org/licenses/odbl/1-0/). "
    "Any rights in individual contents are licensed under the Database Contents License. "
    "Hand-written additions (it/de/es/ru demonyms, Russian case forms, capitals, short "
    "names) are released under "
    "the same licence. See README.md in this folder."
)
VERSION = "countries-2026.5"
LANGS = {"en": None, "it": "ita", "fr": "fra", "de": "deu", "es": "spa", "ru": "rus"}
CODE_FIXES = {"UNK": "XKX"}  # mledoze files Kosovo under a placeholder code

# Short and common names mledoze lacks, per language ("*" = every language).
EXTRA_NAMES: dict[str, dict[str, list[str]]] = {
    "BWA": {"es": ["Botsuana"]},  # the RAE spelling, beside mledoze's "Botswana"
    "MWI": {"es": ["Malaui"]},  # the RAE spelling, which is also the demonym's form
    "USA": {
        "en": ["United States", "America", "United States of America"],
        "it": ["Stati Uniti", "America"],
        "fr": ["États-Unis", "Etats-Unis", "Amérique"],
        "de": ["Vereinigte Staaten", "Amerika"],
        "es": ["Estados Unidos", "EE.UU.", "EE. UU.", "EEUU"],
        "*": ["US", "U.S.", "USA", "U.S.A.", "Usa"],
    },
    "GBR": {
        "en": ["Britain", "Great Britain"],
        "it": ["Regno Unito", "Gran Bretagna"],
        "fr": ["Royaume-Uni", "Grande-Bretagne"],
        "de": ["Großbritannien"],
        "es": ["Reino Unido", "Gran Bretaña"],
        "*": ["UK", "U.K."],
    },
    "RUS": {
        "en": ["Russian Federation"],
        "it": ["Federazione Russa"],
        "fr": ["Russie"],
        "de": ["Russland", "Russische Föderation"],
        "es": ["Rusia"],
    },
    "TUR": {
        "en": ["Turkey", "Türkiye", "Turkiye"],
        "it": ["Turchia"],
        "fr": ["Turquie"],
        "de": ["Türkei"],
        "es": ["Turquía"],
    },
    "NLD": {
        "en": ["Holland", "The Netherlands"],
        "it": ["Paesi Bassi", "Olanda"],
        "fr": ["Pays-Bas"],
        "de": ["Niederlande", "Holland"],
        "es": ["Países Bajos", "Holanda"],
    },
    "CZE": {
        "en": ["Czech Republic"],
        "it": ["Repubblica Ceca"],
        "de": ["Tschechien"],
        "fr": ["République tchèque"],
        "es": ["República Checa", "Chequia"],
    },
    "PSE": {
        "en": ["Palestinian territories"],
        "it": ["Palestina"],
        "de": ["Palästina"],
        "es": ["Palestina"],
        "fr": ["Palestine"],
    },
    "KOR": {
        "en": ["Republic of Korea"],
        "it": ["Corea del Sud"],
        "fr": ["Corée du Sud"],
        "de": ["Südkorea"],
        "es": ["Corea del Sur"],
    },
    "PRK": {
        "en": ["North Korea", "DPRK"],
        "it": ["Corea del Nord"],
        "fr": ["Corée du Nord"],
        "de": ["Nordkorea"],
        "es": ["Corea del Norte"],
    },
    "ARE": {"*": ["UAE"], "en": ["Emirates"], "it": ["Emirati Arabi Uniti", "Emirati"]},
    "COD": {"en": ["DR Congo", "DRC"]},
    "CIV": {"en": ["Ivory Coast"]},
    "MKD": {"en": ["North Macedonia"]},
    "UKR": {"*": ["Ukraine"], "it": ["Ucraina"], "es": ["Ucrania"], "de": ["Ukraine"]},
    "VAT": {
        "en": ["Holy See", "Vatican"],
        "it": ["Santa Sede", "Vaticano"],
        "fr": ["Saint-Siège", "Vatican"],
        "de": ["Heiliger Stuhl", "Vatikan"],
        "es": ["Santa Sede", "Vaticano"],
    },
    "CHN": {"en": ["People's Republic of China", "PRC"]},
    "SYR": {"it": ["Siria"], "de": ["Syrien"], "es": ["Siria"], "fr": ["Syrie"]},
}

# Demonyms and adjective forms: en, it, fr, de, es (space-separated base forms).
# it/es base forms are expanded by gender and number (italiano → italiana, italiani,
# italiane; francés → francesa, franceses, francesas); German adjective stems in
# -isch get their declined forms; capitalised German words are nouns, kept as given, or
# adjectives of the capital that stand for the state ("die Moskauer Führung").
DEMONYMS: dict[str, tuple[str, str, str, str, str]] = {
    "ITA": ("Italian", "italiano", "italien", "italienisch Italiener Italienerin", "italiano"),
    "FRA": (
        "French Frenchman Frenchwoman",
        "francese transalpino",
        "français",
        "französisch Franzose Französin Pariser",
        "francés galo",
    ),
    "DEU": ("German", "tedesco", "allemand", "deutsch Deutsche Deutscher", "alemán germano"),
    "ESP": ("Spanish Spaniard", "spagnolo", "espagnol", "spanisch Spanier Spanierin", "español"),
    "GBR": (
        "British Briton",
        "britannico inglese",
        "britannique",
        "britisch Brite Britin Londoner",
        "británico",
    ),
    "USA": (
        "American",
        "statunitense americano",
        "américain",
        "amerikanisch US-amerikanisch Amerikaner Amerikanerin",
        "estadounidense norteamericano",
    ),
    "UKR": (
        "Ukrainian",
        "ucraino",
        "ukrainien",
        "ukrainisch Ukrainer Ukrainerin Kiewer",
        "ucraniano",
    ),
    "RUS": ("Russian", "russo", "russe", "russisch Russe Russin Moskauer", "ruso"),
    "POL": ("Polish Pole", "polacco", "polonais", "polnisch Pole Polin Warschauer", "polaco"),
    "CAN": ("Canadian", "canadese", "canadien", "kanadisch Kanadier Kanadierin", "canadiense"),
    "JPN": (
        "Japanese",
        "giapponese nipponico",
        "japonais",
        "japanisch Japaner Japanerin",
        "japonés nipón",
    ),
    "NLD": (
        "Dutch",
        "olandese",
        "néerlandais",
        "niederländisch Niederländer Niederländerin",
        "neerlandés holandés",
    ),
    "TUR": ("Turkish Turk", "turco", "turc", "türkisch Türke Türkin", "turco"),
    "ISR": ("Israeli", "israeliano", "israélien", "israelisch Israeli", "israelí"),
    "IRN": ("Iranian", "iraniano", "iranien", "iranisch Iraner Iranerin Teheraner", "iraní"),
    "CHN": ("Chinese", "cinese", "chinois", "chinesisch Chinese Chinesin Pekinger", "chino"),
    "PSE": (
        "Palestinian",
        "palestinese",
        "palestinien",
        "palästinensisch Palästinenser",
        "palestino",
    ),
    "SYR": ("Syrian", "siriano", "syrien", "syrisch Syrer Syrerin", "sirio"),
    "LBN": ("Lebanese", "libanese", "libanais", "libanesisch Libanese", "libanés"),
    "YEM": ("Yemeni", "yemenita", "yéménite", "jemenitisch Jemenit", "yemení"),
    "QAT": ("Qatari", "qatariota", "qatari", "katarisch Katarer", "catarí"),
    "EGY": ("Egyptian", "egiziano", "égyptien", "ägyptisch Ägypter Ägypterin", "egipcio"),
    "LBY": ("Libyan", "libico", "libyen", "libysch Libyer", "libio"),
    "SAU": ("Saudi", "saudita", "saoudien", "saudisch saudi-arabisch Saudi", "saudí"),
    "PRK": (
        "",  # English from mledoze ("North Korean", kept whole; this slot splits on spaces)
        "nordcoreano",
        "nord-coréen",
        "nordkoreanisch Nordkoreaner",
        "norcoreano",
    ),
    "KOR": ("", "sudcoreano", "sud-coréen", "südkoreanisch Südkoreaner", "surcoreano"),
    "IND": ("Indian", "indiano", "indien", "indisch Inder Inderin", "indio"),
    "PAK": (
        "Pakistani",
        "pakistano",
        "pakistanais",
        "pakistanisch Pakistaner",
        "paquistaní pakistaní",
    ),
    "AFG": ("Afghan", "afghano", "afghan", "afghanisch Afghane Afghanin", "afgano"),
    "BRA": ("Brazilian", "brasiliano", "brésilien", "brasilianisch Brasilianer", "brasileño"),
    "ARG": (
        "Argentine Argentinian",
        "argentino",
        "argentin",
        "argentinisch Argentinier",
        "argentino",
    ),
    "MEX": ("Mexican", "messicano", "mexicain", "mexikanisch Mexikaner", "mexicano"),
    "AUS": ("Australian", "australiano", "australien", "australisch Australier", "australiano"),
    "ZAF": (
        "",  # English from mledoze ("South African")
        "sudafricano",
        "sud-africain",
        "südafrikanisch Südafrikaner",
        "sudafricano",
    ),
    "IDN": ("Indonesian", "indonesiano", "indonésien", "indonesisch Indonesier", "indonesio"),
    "AUT": ("Austrian", "austriaco", "autrichien", "österreichisch Österreicher", "austriaco"),
    "BEL": ("Belgian", "belga", "belge", "belgisch Belgier Belgierin", "belga"),
    "BGR": ("Bulgarian", "bulgaro", "bulgare", "bulgarisch Bulgare", "búlgaro"),
    "HRV": ("Croatian Croat", "croato", "croate", "kroatisch Kroate Kroatin", "croata"),
    "CYP": ("Cypriot", "cipriota", "chypriote", "zyprisch Zyprer", "chipriota"),
    "CZE": ("Czech", "ceco", "tchèque", "tschechisch Tscheche Tschechin", "checo"),
    "DNK": ("Danish Dane", "danese", "danois", "dänisch Däne Dänin", "danés"),
    "EST": ("Estonian", "estone", "estonien", "estnisch Este Estin", "estonio"),
    "FIN": ("Finnish Finn", "finlandese", "finlandais", "finnisch Finne Finnin", "finlandés"),
    "GRC": ("Greek", "greco", "grec", "griechisch Grieche Griechin", "griego"),
    "HUN": ("Hungarian", "ungherese", "hongrois", "ungarisch Ungar Ungarin Budapester", "húngaro"),
    "IRL": ("Irish", "irlandese", "irlandais", "irisch Ire Irin", "irlandés"),
    "LVA": ("Latvian", "lettone", "letton", "lettisch Lette Lettin", "letón"),
    "LTU": ("Lithuanian", "lituano", "lituanien", "litauisch Litauer Litauerin", "lituano"),
    "LUX": (
        "Luxembourgish",
        "lussemburghese",
        "luxembourgeois",
        "luxemburgisch Luxemburger",
        "luxemburgués",
    ),
    "MLT": ("Maltese", "maltese", "maltais", "maltesisch Malteser", "maltés"),
    "PRT": ("Portuguese", "portoghese", "portugais", "portugiesisch Portugiese", "portugués"),
    "ROU": ("Romanian", "rumeno romeno", "roumain", "rumänisch Rumäne Rumänin", "rumano"),
    "SVK": ("Slovak Slovakian", "slovacco", "slovaque", "slowakisch Slowake", "eslovaco"),
    "SVN": ("Slovenian Slovene", "sloveno", "slovène", "slowenisch Slowene", "esloveno"),
    "SWE": ("Swedish Swede", "svedese", "suédois", "schwedisch Schwede Schwedin", "sueco"),
    "NOR": ("Norwegian", "norvegese", "norvégien", "norwegisch Norweger Norwegerin", "noruego"),
    "ISL": ("Icelandic", "islandese", "islandais", "isländisch Isländer", "islandés"),
    "ALB": ("Albanian", "albanese", "albanais", "albanisch Albaner", "albanés"),
    "MNE": (
        "Montenegrin",
        "montenegrino",
        "monténégrin",
        "montenegrinisch Montenegriner",
        "montenegrino",
    ),
    "MKD": ("Macedonian", "macedone", "macédonien", "nordmazedonisch mazedonisch", "macedonio"),
    "SRB": ("Serbian Serb", "serbo", "serbe", "serbisch Serbe Serbin", "serbio"),
    "BLR": (
        "Belarusian",
        "bielorusso",
        "biélorusse",
        "belarussisch weißrussisch Minsker",
        "bielorruso",
    ),
    "MDA": ("Moldovan", "moldavo", "moldave", "moldauisch", "moldavo"),
    "GEO": ("Georgian", "georgiano", "géorgien", "georgisch Georgier", "georgiano"),
    "CHE": ("Swiss", "svizzero", "suisse", "schweizerisch Schweizer", "suizo"),
    "IRQ": ("Iraqi", "iracheno", "irakien", "irakisch Iraker", "iraquí"),
    "JOR": ("Jordanian", "giordano", "jordanien", "jordanisch Jordanier", "jordano"),
    "ARE": ("Emirati", "emiratino", "émirati", "emiratisch", "emiratí"),
    "KAZ": ("Kazakh", "kazako", "kazakh", "kasachisch Kasache", "kazajo"),
    "TWN": ("Taiwanese", "taiwanese", "taïwanais", "taiwanisch", "taiwanés"),
    "AZE": ("Azerbaijani", "azero", "azerbaïdjanais", "aserbaidschanisch", "azerbaiyano"),
    "ARM": ("Armenian", "armeno", "arménien", "armenisch Armenier", "armenio"),
    "XKX": ("Kosovar", "kosovaro", "kosovar", "kosovarisch", "kosovar"),
    "NGA": ("Nigerian", "nigeriano", "nigérian", "nigerianisch", "nigeriano"),
    "ETH": ("Ethiopian", "etiope", "éthiopien", "äthiopisch", "etíope"),
    "SDN": ("Sudanese", "sudanese", "soudanais", "sudanesisch", "sudanés"),
    # The other sovereign states. A form shared by two states ("Congolese", "Guinean",
    # "kongolesisch") or common in the language for something else is left out; ""
    # where a language has no usual demonym (or none that is not the country's name).
    # English demonyms of several words ("Sri Lankan", "Costa Rican") come from mledoze.
    # Europe
    "AND": (
        "Andorran",
        "andorrano",
        "andorran",
        "andorranisch Andorraner Andorranerin",
        "andorrano",
    ),
    "BIH": ("Bosnian", "bosniaco", "bosnien", "bosnisch Bosnier Bosnierin", "bosnio"),
    "LIE": (
        "Liechtensteiner",
        "liechtensteinese",
        "liechtensteinois",
        "liechtensteinisch Liechtensteiner Liechtensteinerin",
        "liechtensteiniano",
    ),
    "MCO": (
        "Monegasque",
        "monegasco",
        "monégasque",
        "monegassisch Monegasse Monegassin",
        "monegasco",
    ),
    "SMR": ("Sammarinese", "sammarinese", "saint-marinais", "san-marinesisch", "sanmarinense"),
    "VAT": ("", "", "", "vatikanisch", ""),
    # Central Asia and Mongolia
    "KGZ": (
        "Kyrgyz Kyrgyzstani Kirghiz",
        "kirghiso",
        "kirghize",
        "kirgisisch Kirgise Kirgisin",
        "kirguís",
    ),
    "TJK": ("Tajik Tajikistani", "tagiko", "tadjik", "tadschikisch Tadschike Tadschikin", "tayiko"),
    "TKM": (
        "Turkmen Turkmenistani",
        "turkmeno",
        "turkmène",
        "turkmenisch Turkmene Turkmenin",
        "turcomano turkmeno",
    ),
    "UZB": ("Uzbek Uzbekistani", "uzbeko", "ouzbek", "usbekisch Usbeke Usbekin", "uzbeko"),
    "MNG": ("Mongolian", "mongolo", "mongol", "mongolisch Mongole Mongolin", "mongol"),
    # Middle East
    "BHR": ("Bahraini", "bahreinita", "bahreïnien", "bahrainisch Bahrainer Bahrainerin", "bareiní"),
    "KWT": ("Kuwaiti", "kuwaitiano", "koweïtien", "kuwaitisch Kuwaiter Kuwaiterin", "kuwaití"),
    "OMN": ("Omani", "omanita", "omanais", "omanisch Omaner Omanerin", "omaní"),
    # South and Southeast Asia
    "BGD": (
        "Bangladeshi",
        "bengalese bangladese",
        "bangladais",
        "bangladeschisch Bangladescher Bangladescherin",
        "bangladesí",
    ),
    "BTN": ("Bhutanese", "bhutanese", "bhoutanais", "bhutanisch Bhutaner Bhutanerin", "butanés"),
    "NPL": (
        "Nepalese Nepali",
        "nepalese",
        "népalais",
        "nepalesisch Nepalese Nepalesin",
        "nepalí nepalés",
    ),
    "LKA": ("", "srilankese", "sri-lankais", "sri-lankisch", "ceilandés esrilanqués"),
    "MDV": ("Maldivian", "maldiviano", "maldivien", "maledivisch Malediver Malediverin", "maldivo"),
    "BRN": ("Bruneian", "bruneiano", "brunéien", "bruneiisch", "bruneano"),
    "KHM": (
        "Cambodian",
        "cambogiano",
        "cambodgien",
        "kambodschanisch Kambodschaner Kambodschanerin",
        "camboyano",
    ),
    "LAO": ("Laotian", "laotiano", "laotien", "laotisch Laote Laotin", "laosiano"),
    "MMR": ("Burmese", "birmano", "birman", "myanmarisch birmanisch", "birmano"),
    "MYS": ("Malaysian", "malese", "malaisien", "malaysisch Malaysier Malaysierin", "malasio"),
    "PHL": (
        "Filipino Filipinos Philippine",
        "filippino",
        "philippin",
        "philippinisch Philippiner Philippinerin",
        "filipino",
    ),
    "SGP": (
        "Singaporean",
        "singaporiano",
        "singapourien",
        "singapurisch Singapurer Singapurerin",
        "singapurense",
    ),
    "THA": (
        "Thai",
        "thailandese",
        "thaïlandais",
        "thailändisch Thailänder Thailänderin",
        "tailandés",
    ),
    "TLS": ("Timorese", "timorese", "est-timorais", "osttimoresisch Osttimorese", "timorense"),
    "VNM": (
        "Vietnamese",
        "vietnamita",
        "vietnamien",
        "vietnamesisch Vietnamese Vietnamesin",
        "vietnamita",
    ),
    # Africa
    "AGO": ("Angolan", "angolano", "angolais", "angolanisch Angolaner Angolanerin", "angoleño"),
    "BDI": ("Burundian", "burundese", "burundais", "burundisch Burundier Burundierin", "burundés"),
    "BEN": ("Beninese", "beninese", "béninois", "beninisch Beniner Beninerin", "beninés"),
    "BFA": ("Burkinabe Burkinabè", "burkinabé", "burkinabè", "burkinisch", "burkinés"),
    "BWA": ("Botswanan Motswana", "botswano", "botswanais", "botswanisch", "botsuano"),
    "CAF": ("", "centrafricano", "centrafricain", "zentralafrikanisch", "centroafricano"),
    "CIV": ("Ivorian", "ivoriano", "ivoirien", "ivorisch Ivorer Ivorerin", "marfileño"),
    "CMR": (
        "Cameroonian",
        "camerunese",
        "camerounais",
        "kamerunisch Kameruner Kamerunerin",
        "camerunés",
    ),
    "COD": ("", "", "", "", ""),
    "COG": ("", "", "", "", ""),
    "COM": (
        "Comoran Comorian",
        "comoriano",
        "comorien",
        "komorisch Komorer Komorerin",
        "comorense",
    ),
    "CPV": (
        "",
        "capoverdiano",
        "cap-verdien",
        "kapverdisch Kapverdier Kapverdierin",
        "caboverdiano",
    ),
    "DJI": (
        "Djiboutian",
        "gibutiano",
        "djiboutien",
        "dschibutisch Dschibutier Dschibutierin",
        "yibutiano",
    ),
    "DZA": ("Algerian", "algerino", "algérien", "algerisch Algerier Algerierin", "argelino"),
    "ERI": ("Eritrean", "eritreo", "érythréen", "eritreisch Eritreer Eritreerin", "eritreo"),
    "GAB": ("Gabonese", "gabonese", "gabonais", "gabunisch Gabuner Gabunerin", "gabonés"),
    "GHA": ("Ghanaian", "ghanese", "ghanéen", "ghanaisch Ghanaer Ghanaerin", "ghanés"),
    "GIN": ("", "", "", "", ""),
    "GMB": ("Gambian", "gambiano", "gambien", "gambisch Gambier Gambierin", "gambiano"),
    "GNB": ("Bissau-Guinean", "", "bissau-guinéen", "guinea-bissauisch", "bisauguineano"),
    "GNQ": (
        "",
        "equatoguineano",
        "équato-guinéen",
        "äquatorialguineisch Äquatorialguineer Äquatorialguineerin",
        "ecuatoguineano",
    ),
    "KEN": ("Kenyan", "keniota keniano", "kényan", "kenianisch Kenianer Kenianerin", "keniano"),
    "LBR": (
        "Liberian",
        "liberiano",
        "libérien",
        "liberianisch Liberianer Liberianerin",
        "liberiano",
    ),
    "LSO": ("Mosotho Basotho", "", "lésothien", "lesothisch", "lesotense"),
    "MAR": (
        "Moroccan",
        "marocchino",
        "marocain",
        "marokkanisch Marokkaner Marokkanerin",
        "marroquí",
    ),
    "MDG": ("Malagasy", "malgascio", "malgache", "madagassisch Madagasse Madagassin", "malgache"),
    "MLI": ("Malian", "maliano", "malien", "malisch Malier Malierin", "maliense"),
    "MOZ": (
        "Mozambican",
        "mozambicano",
        "mozambicain",
        "mosambikanisch Mosambikaner Mosambikanerin",
        "mozambiqueño",
    ),
    "MRT": (
        "Mauritanian",
        "mauritano",
        "mauritanien",
        "mauretanisch Mauretanier Mauretanierin",
        "mauritano",
    ),
    "MUS": ("Mauritian", "", "mauricien", "mauritisch Mauritier Mauritierin", "mauriciano"),
    "MWI": ("Malawian", "malawiano", "malawien", "malawisch Malawier Malawierin", "malauí"),
    "NAM": ("Namibian", "namibiano", "namibien", "namibisch Namibier Namibierin", "namibio"),
    "NER": ("Nigerien", "nigerino", "nigérien", "nigrisch Nigrer Nigrerin", "nigerino"),
    "RWA": ("Rwandan", "ruandese", "rwandais", "ruandisch Ruander Ruanderin", "ruandés"),
    "SEN": (
        "Senegalese",
        "senegalese",
        "sénégalais",
        "senegalesisch Senegalese Senegalesin",
        "senegalés",
    ),
    "SLE": ("", "sierraleonese", "sierra-léonais", "sierra-leonisch", "sierraleonés"),
    "SOM": ("Somali Somalian", "somalo", "somalien", "somalisch Somalier Somalierin", "somalí"),
    "SSD": (
        "",
        "sudsudanese",
        "sud-soudanais",
        "südsudanesisch Südsudanese Südsudanesin",
        "sursudanés",
    ),
    "STP": ("", "", "santoméen", "", "santotomense"),
    "SWZ": ("Swazi", "swazi", "swazi", "swasiländisch eswatinisch", "suazi"),
    "SYC": (
        "Seychellois",
        "seychellese",
        "seychellois",
        "seychellisch Seycheller Seychellerin",
        "seychelense",
    ),
    "TCD": ("Chadian", "ciadiano", "tchadien", "tschadisch Tschader Tschaderin", "chadiano"),
    "TGO": ("Togolese", "togolese", "togolais", "togoisch Togoer Togoerin", "togolés"),
    "TUN": ("Tunisian", "tunisino", "tunisien", "tunesisch Tunesier Tunesierin", "tunecino"),
    "TZA": ("Tanzanian", "tanzaniano", "tanzanien", "tansanisch Tansanier Tansanierin", "tanzano"),
    "UGA": ("Ugandan", "ugandese", "ougandais", "ugandisch Ugander Uganderin", "ugandés"),
    "ZMB": ("Zambian", "zambiano", "zambien", "sambisch Sambier Sambierin", "zambiano"),
    "ZWE": (
        "Zimbabwean",
        "zimbabwese zimbabwiano",
        "zimbabwéen",
        "simbabwisch Simbabwer Simbabwerin",
        "zimbabuense",
    ),
    # Americas
    "ATG": ("Antiguan", "", "antiguais", "", ""),
    "BHS": ("Bahamian", "", "bahamien", "bahamaisch Bahamaer Bahamaerin", "bahameño"),
    "BLZ": ("Belizean", "beliziano", "bélizien", "belizisch Belizer Belizerin", "beliceño"),
    "BOL": (
        "Bolivian",
        "boliviano",
        "bolivien",
        "bolivianisch Bolivianer Bolivianerin",
        "boliviano",
    ),
    "BRB": (
        "Barbadian Bajan",
        "barbadiano",
        "barbadien",
        "barbadisch Barbadier Barbadierin",
        "barbadense",
    ),
    "CHL": ("Chilean", "cileno", "chilien", "chilenisch Chilene Chilenin", "chileno"),
    "COL": (
        "Colombian",
        "colombiano",
        "colombien",
        "kolumbianisch Kolumbianer Kolumbianerin",
        "colombiano",
    ),
    "CRI": (
        "",
        "costaricano costaricense",
        "costaricien costaricain",
        "costa-ricanisch Costa-Ricaner Costa-Ricanerin",
        "costarricense",
    ),
    "CUB": ("Cuban", "cubano", "cubain", "kubanisch Kubaner Kubanerin", "cubano"),
    "DMA": ("", "", "dominiquais", "", "dominiqués"),
    "DOM": ("Dominican", "dominicano", "dominicain", "dominikanisch", "dominicano"),
    "ECU": (
        "Ecuadorian Ecuadorean",
        "ecuadoriano",
        "équatorien",
        "ecuadorianisch Ecuadorianer Ecuadorianerin",
        "ecuatoriano",
    ),
    "GRD": ("Grenadian", "", "grenadien", "grenadisch", ""),
    "GTM": (
        "Guatemalan",
        "guatemalteco",
        "guatémaltèque",
        "guatemaltekisch Guatemalteke Guatemaltekin",
        "guatemalteco",
    ),
    "GUY": ("Guyanese", "guyanese", "guyanien", "guyanisch Guyaner Guyanerin", "guyanés"),
    "HND": (
        "Honduran",
        "honduregno",
        "hondurien",
        "honduranisch Honduraner Honduranerin",
        "hondureño",
    ),
    "HTI": ("Haitian", "haitiano", "haïtien", "haitianisch Haitianer Haitianerin", "haitiano"),
    "JAM": (
        "Jamaican",
        "giamaicano",
        "jamaïcain",
        "jamaikanisch Jamaikaner Jamaikanerin",
        "jamaicano",
    ),
    "KNA": ("Kittitian Nevisian", "", "", "", ""),
    "LCA": ("", "", "saint-lucien", "", "santalucense"),
    "NIC": (
        "Nicaraguan",
        "nicaraguense",
        "nicaraguayen",
        "nicaraguanisch Nicaraguaner Nicaraguanerin",
        "nicaragüense",
    ),
    "PAN": ("Panamanian", "panamense", "panaméen", "panamaisch Panamaer Panamaerin", "panameño"),
    "PER": ("Peruvian", "peruviano", "péruvien", "peruanisch Peruaner Peruanerin", "peruano"),
    "PRY": (
        "Paraguayan",
        "paraguaiano",
        "paraguayen",
        "paraguayisch Paraguayer Paraguayerin",
        "paraguayo",
    ),
    "SLV": (
        "Salvadoran Salvadorean",
        "salvadoregno",
        "salvadorien",
        "salvadorianisch Salvadorianer Salvadorianerin",
        "salvadoreño",
    ),
    "SUR": (
        "Surinamese",
        "surinamese",
        "surinamais",
        "surinamisch Surinamer Surinamerin",
        "surinamés",
    ),
    "TTO": (
        "Trinidadian Tobagonian",
        "trinidadiano",
        "trinidadien",
        "trinidadisch Trinidader Trinidaderin",
        "trinitense",
    ),
    "URY": (
        "Uruguayan",
        "uruguaiano",
        "uruguayen",
        "uruguayisch Uruguayer Uruguayerin",
        "uruguayo",
    ),
    "VCT": ("", "", "vincentais", "", ""),
    "VEN": (
        "Venezuelan",
        "venezuelano",
        "vénézuélien",
        "venezolanisch Venezolaner Venezolanerin",
        "venezolano",
    ),
    # Oceania
    "NZL": (
        "",
        "neozelandese",
        "néo-zélandais",
        "neuseeländisch Neuseeländer Neuseeländerin",
        "neozelandés",
    ),
    "FJI": ("Fijian", "figiano", "fidjien", "fidschianisch Fidschianer Fidschianerin", "fiyiano"),
    "FSM": ("Micronesian", "micronesiano", "micronésien", "mikronesisch", "micronesio"),
    "KIR": ("", "", "kiribatien", "kiribatisch", "kiribatiano"),
    "MHL": ("Marshallese", "marshallese", "marshallais", "marshallisch", "marshalés"),
    "NRU": ("Nauruan", "nauruano", "nauruan", "nauruisch", "nauruano"),
    "PLW": ("Palauan", "palauano", "palaosien", "palauisch", "palauano"),
    "PNG": ("", "", "papouan-néo-guinéen", "papua-neuguineisch", ""),
    "SLB": ("", "", "salomonais", "", "salomonense"),
    "TON": ("Tongan", "tongano", "tongien", "tongaisch Tongaer Tongaerin", "tongano"),
    "TUV": ("Tuvaluan", "tuvaluano", "tuvaluan", "tuvaluisch", "tuvaluano"),
    "VUT": ("Vanuatuan", "vanuatuano", "vanuatais", "vanuatuisch", "vanuatuense"),
    "WSM": ("Samoan", "samoano", "samoan", "samoanisch Samoaner Samoanerin", "samoano"),
}

# Capitals: en, it, fr, de, es spellings ("|" separates variants) and whether the
# name is used in news as a metonym for the country's government.
CAPITALS: dict[str, tuple[str, str, str, str, str, bool]] = {
    "ITA": ("Rome", "Roma", "Rome", "Rom", "Roma", True),
    "FRA": ("Paris", "Parigi", "Paris", "Paris", "París", True),
    "DEU": ("Berlin", "Berlino", "Berlin", "Berlin", "Berlín", True),
    "ESP": ("Madrid", "Madrid", "Madrid", "Madrid", "Madrid", True),
    "GBR": ("London", "Londra", "Londres", "London", "Londres", True),
    "USA": (
        "Washington|Washington, D.C.|Washington D.C.",
        "Washington",
        "Washington",
        "Washington",
        "Washington",
        True,
    ),
    "UKR": ("Kyiv|Kiev", "Kiev|Kyiv", "Kiev|Kyiv", "Kiew|Kyjiw|Kiev", "Kiev|Kyiv", True),
    "RUS": ("Moscow", "Mosca", "Moscou", "Moskau", "Moscú", True),
    "POL": ("Warsaw", "Varsavia", "Varsovie", "Warschau", "Varsovia", True),
    "CAN": ("Ottawa", "Ottawa", "Ottawa", "Ottawa", "Ottawa", True),
    "JPN": ("Tokyo", "Tokyo|Tokio", "Tokyo", "Tokio", "Tokio", True),
    "NLD": ("Amsterdam", "Amsterdam", "Amsterdam", "Amsterdam", "Ámsterdam", False),
    "TUR": ("Ankara", "Ankara", "Ankara", "Ankara", "Ankara", True),
    "ISR": ("Jerusalem", "Gerusalemme", "Jérusalem", "Jerusalem", "Jerusalén", False),
    "IRN": ("Tehran|Teheran", "Teheran", "Téhéran", "Teheran", "Teherán", True),
    "CHN": ("Beijing|Peking", "Pechino", "Pékin", "Peking", "Pekín", True),
    "PRK": ("Pyongyang", "Pyongyang", "Pyongyang", "Pjöngjang", "Pionyang", True),
    "KOR": ("Seoul", "Seul", "Séoul", "Seoul", "Seúl", True),
    "IND": ("New Delhi", "Nuova Delhi", "New Delhi", "Neu-Delhi", "Nueva Delhi", True),
    "PAK": ("Islamabad", "Islamabad", "Islamabad", "Islamabad", "Islamabad", True),
    "AFG": ("Kabul", "Kabul", "Kaboul", "Kabul", "Kabul", True),
    "SAU": ("Riyadh", "Riad", "Riyad", "Riad", "Riad", True),
    "QAT": ("Doha", "Doha", "Doha", "Doha", "Doha", True),
    "EGY": ("Cairo", "Il Cairo", "Le Caire|Caire", "Kairo", "El Cairo", True),
    "SYR": ("Damascus", "Damasco", "Damas", "Damaskus", "Damasco", True),
    "LBN": ("Beirut", "Beirut", "Beyrouth", "Beirut", "Beirut", True),
    "LBY": ("Tripoli", "Tripoli", "Tripoli", "Tripolis", "Trípoli", True),
    "YEM": ("Sanaa|Sana'a", "Sana'a|Sanaa", "Sanaa", "Sanaa", "Saná", False),
    "BLR": ("Minsk", "Minsk", "Minsk", "Minsk", "Minsk", True),
    "HUN": ("Budapest", "Budapest", "Budapest", "Budapest", "Budapest", True),
    "GRC": ("Athens", "Atene", "Athènes", "Athen", "Atenas", True),
    "BEL": ("Brussels", "Bruxelles", "Bruxelles", "Brüssel", "Bruselas", False),
    "AUT": ("Vienna", "Vienna", "Vienne", "Wien", "Viena", True),
    "CHE": ("Bern", "Berna", "Berne", "Bern", "Berna", True),
    "SWE": ("Stockholm", "Stoccolma", "Stockholm", "Stockholm", "Estocolmo", True),
    "FIN": ("Helsinki", "Helsinki", "Helsinki", "Helsinki", "Helsinki", True),
    "NOR": ("Oslo", "Oslo", "Oslo", "Oslo", "Oslo", True),
    "DNK": ("Copenhagen", "Copenaghen", "Copenhague", "Kopenhagen", "Copenhague", True),
    "PRT": ("Lisbon", "Lisbona", "Lisbonne", "Lissabon", "Lisboa", True),
    "IRL": ("Dublin", "Dublino", "Dublin", "Dublin", "Dublín", True),
    "ROU": ("Bucharest", "Bucarest", "Bucarest", "Bukarest", "Bucarest", True),
    "BGR": ("Sofia", "Sofia", "Sofia", "Sofia", "Sofía", True),
    "CZE": ("Prague", "Praga", "Prague", "Prag", "Praga", True),
    "SVK": ("Bratislava", "Bratislava", "Bratislava", "Pressburg|Bratislava", "Bratislava", True),
    "LTU": ("Vilnius", "Vilnius", "Vilnius", "Vilnius", "Vilna", True),
    "LVA": ("Riga", "Riga", "Riga", "Riga", "Riga", True),
    "EST": ("Tallinn", "Tallinn", "Tallinn", "Tallinn", "Tallin", True),
    "SRB": ("Belgrade", "Belgrado", "Belgrade", "Belgrad", "Belgrado", True),
    "HRV": ("Zagreb", "Zagabria", "Zagreb", "Zagreb", "Zagreb", True),
    "MDA": (
        "Chișinău|Chisinau",
        "Chișinău|Chisinau",
        "Chișinău|Chisinau",
        "Chișinău|Chisinau",
        "Chisináu|Chisinau",
        True,
    ),
    "GEO": ("Tbilisi", "Tbilisi", "Tbilissi", "Tiflis|Tbilissi", "Tiflis|Tbilisi", True),
    "IRQ": ("Baghdad", "Baghdad", "Bagdad", "Bagdad", "Bagdad", True),
    "JOR": ("Amman", "Amman", "Amman", "Amman", "Amán", True),
    "ARE": ("Abu Dhabi", "Abu Dhabi", "Abou Dabi", "Abu Dhabi", "Abu Dabi", True),
    "BRA": ("Brasília|Brasilia", "Brasilia", "Brasilia", "Brasília", "Brasilia", True),
    "MEX": ("Mexico City", "Città del Messico", "Mexico", "Mexiko-Stadt", "Ciudad de México", True),
    "ARG": ("Buenos Aires", "Buenos Aires", "Buenos Aires", "Buenos Aires", "Buenos Aires", True),
    "AUS": ("Canberra", "Canberra", "Canberra", "Canberra", "Canberra", True),
    "ZAF": ("Pretoria", "Pretoria", "Pretoria", "Pretoria", "Pretoria", True),
    "IDN": ("Jakarta", "Giacarta", "Jakarta", "Jakarta", "Yakarta", True),
    "TWN": ("Taipei", "Taipei", "Taipei", "Taipeh", "Taipéi", True),
}

# Capitals of the other sovereign states (UN members and observers, Kosovo, Taiwan),
# same shape as CAPITALS. ``metonym`` is False where the name is a common word or
# another well-known place, or where the government sits in another city (Sucre,
# Yamoussoukro, Porto-Novo, Lobamba). Capitals left out on purpose are in
# OMITTED_CAPITALS with the reason.
MORE_CAPITALS: dict[str, tuple[str, str, str, str, str, bool]] = {
    # Europe
    "ALB": ("Tirana", "Tirana", "Tirana", "Tirana", "Tirana", True),
    "AND": (
        "Andorra la Vella",
        "Andorra la Vella",
        "Andorre-la-Vieille|Andorra la Vella",
        "Andorra la Vella",
        "Andorra la Vieja|Andorra la Vella",
        True,
    ),
    "BIH": ("Sarajevo", "Sarajevo", "Sarajevo", "Sarajevo", "Sarajevo", True),
    "CYP": ("Nicosia", "Nicosia", "Nicosie", "Nikosia", "Nicosia", True),
    "ISL": ("Reykjavík|Reykjavik", "Reykjavík", "Reykjavik", "Reykjavík", "Reikiavik", True),
    "LIE": ("Vaduz", "Vaduz", "Vaduz", "Vaduz", "Vaduz", True),
    "MKD": ("Skopje", "Skopje", "Skopje", "Skopje", "Skopie|Skopje", True),
    "MLT": (
        "Valletta",
        "La Valletta|Valletta",
        "La Valette|Valletta",
        "Valletta",
        "La Valeta|Valletta",
        True,
    ),
    "MNE": ("Podgorica", "Podgorica", "Podgorica", "Podgorica", "Podgorica", True),
    "SVN": ("Ljubljana", "Lubiana", "Ljubljana", "Ljubljana|Laibach", "Liubliana|Ljubljana", True),
    "XKX": ("Pristina|Prishtina", "Pristina", "Pristina", "Pristina|Prishtina", "Pristina", True),
    # Caucasus and Central Asia
    "ARM": ("Yerevan", "Erevan|Yerevan", "Erevan|Yerevan", "Eriwan|Jerewan", "Ereván", True),
    "AZE": ("Baku", "Baku", "Bakou", "Baku", "Bakú", True),
    "KAZ": (
        "Astana|Nur-Sultan",
        "Astana|Nur-Sultan",
        "Astana|Nour-Soultan",
        "Astana|Nur-Sultan",
        "Astaná|Nur-Sultán",
        True,
    ),
    "KGZ": ("Bishkek", "Bishkek", "Bichkek", "Bischkek", "Biskek|Bishkek", True),
    "TJK": ("Dushanbe", "Dušanbe|Dushanbe", "Douchanbé", "Duschanbe", "Dusambé|Dushanbe", True),
    "TKM": (
        "Ashgabat|Ashkhabad",
        "Aşgabat|Ashgabat",
        "Achgabat",
        "Aschgabat",
        "Asjabad|Ashgabat",
        True,
    ),
    "UZB": ("Tashkent", "Tashkent", "Tachkent", "Taschkent", "Taskent|Tashkent", True),
    "MNG": (
        "Ulaanbaatar|Ulan Bator",
        "Ulan Bator|Ulaanbaatar",
        "Oulan-Bator",
        "Ulaanbaatar|Ulan Bator",
        "Ulán Bator",
        True,
    ),
    # Middle East
    "BHR": ("Manama", "Manama", "Manama", "Manama", "Manama", True),
    "KWT": (
        "Kuwait City",
        "Kuwait City|Città del Kuwait",
        "Koweït City",
        "Kuwait-Stadt",
        "Ciudad de Kuwait|Kuwait City",
        True,
    ),
    "OMN": ("Muscat", "Mascate", "Mascate", "Maskat", "Mascate", True),
    "PSE": ("Ramallah", "Ramallah", "Ramallah", "Ramallah", "Ramala|Ramallah", True),
    # South and Southeast Asia
    "BGD": ("Dhaka|Dacca", "Dacca|Dhaka", "Dacca|Dhaka", "Dhaka|Dakka", "Daca|Dhaka", True),
    "BTN": ("Thimphu", "Thimphu", "Thimphou", "Thimphu", "Timbu|Thimphu", True),
    "NPL": ("Kathmandu", "Kathmandu", "Katmandou", "Kathmandu", "Katmandú", True),
    "BRN": (
        "Bandar Seri Begawan",
        "Bandar Seri Begawan",
        "Bandar Seri Begawan",
        "Bandar Seri Begawan",
        "Bandar Seri Begawan",
        True,
    ),
    "KHM": ("Phnom Penh", "Phnom Penh", "Phnom Penh", "Phnom Penh", "Nom Pen|Phnom Penh", True),
    "LAO": ("Vientiane", "Vientiane", "Vientiane", "Vientiane", "Vientián", True),
    "MMR": (
        "Naypyidaw|Naypyitaw|Nay Pyi Taw",
        "Naypyidaw",
        "Naypyidaw",
        "Naypyidaw",
        "Naipyidó|Naypyidaw",
        True,
    ),
    "MYS": ("Kuala Lumpur", "Kuala Lumpur", "Kuala Lumpur", "Kuala Lumpur", "Kuala Lumpur", True),
    "PHL": ("Manila", "Manila", "Manille", "Manila", "Manila", True),
    "THA": ("Bangkok", "Bangkok", "Bangkok", "Bangkok", "Bangkok", True),
    "TLS": ("Dili", "Dili", "Dili", "Dili", "Dili", True),
    "VNM": ("Hanoi", "Hanoi", "Hanoï", "Hanoi", "Hanói", True),
    # Africa
    "AGO": ("Luanda", "Luanda", "Luanda", "Luanda", "Luanda", True),
    "BDI": ("Gitega", "Gitega", "Gitega", "Gitega", "Gitega", True),
    "BEN": ("Porto-Novo", "Porto-Novo", "Porto-Novo", "Porto-Novo", "Porto Novo", False),
    "BFA": (
        "Ouagadougou",
        "Ouagadougou",
        "Ouagadougou",
        "Ouagadougou",
        "Uagadugú|Ouagadougou",
        True,
    ),
    "BWA": ("Gaborone", "Gaborone", "Gaborone", "Gaborone", "Gaborone", True),
    "CAF": ("Bangui", "Bangui", "Bangui", "Bangui", "Bangui", True),
    "CIV": (
        "Yamoussoukro",
        "Yamoussoukro",
        "Yamoussoukro",
        "Yamoussoukro",
        "Yamusukro|Yamoussoukro",
        False,
    ),
    "CMR": ("Yaoundé", "Yaoundé", "Yaoundé", "Yaoundé|Jaunde", "Yaundé", True),
    "COD": ("Kinshasa", "Kinshasa", "Kinshasa", "Kinshasa", "Kinsasa|Kinshasa", True),
    "COG": ("Brazzaville", "Brazzaville", "Brazzaville", "Brazzaville", "Brazzaville", True),
    "CPV": ("Praia", "Praia", "Praia", "Praia", "Praia", False),
    "DZA": ("Algiers", "Algeri", "Alger", "Algier", "Argel", True),
    "ERI": ("Asmara", "Asmara", "Asmara", "Asmara", "Asmara", True),
    "ETH": (
        "Addis Ababa",
        "Addis Abeba",
        "Addis-Abeba|Addis Abeba",
        "Addis Abeba",
        "Adís Abeba|Addis Abeba",
        True,
    ),
    "GAB": ("Libreville", "Libreville", "Libreville", "Libreville", "Libreville", True),
    "GHA": ("Accra", "Accra", "Accra", "Accra", "Acra|Accra", True),
    "GIN": ("Conakry", "Conakry", "Conakry", "Conakry", "Conakri|Conakry", True),
    "GMB": ("Banjul", "Banjul", "Banjul", "Banjul", "Banjul", True),
    "GNB": ("Bissau", "Bissau", "Bissau", "Bissau", "Bisáu|Bissau", True),
    "GNQ": ("Malabo", "Malabo", "Malabo", "Malabo", "Malabo", True),
    "KEN": ("Nairobi", "Nairobi", "Nairobi", "Nairobi", "Nairobi", True),
    "LBR": ("Monrovia", "Monrovia", "Monrovia", "Monrovia", "Monrovia", True),
    "LSO": ("Maseru", "Maseru", "Maseru", "Maseru", "Maseru", True),
    "MAR": ("Rabat", "Rabat", "Rabat", "Rabat", "Rabat", True),
    "MDG": (
        "Antananarivo",
        "Antananarivo",
        "Antananarivo|Tananarive",
        "Antananarivo",
        "Antananarivo",
        True,
    ),
    "MLI": ("Bamako", "Bamako", "Bamako", "Bamako", "Bamako", True),
    "MOZ": ("Maputo", "Maputo", "Maputo", "Maputo", "Maputo", True),
    "MRT": ("Nouakchott", "Nouakchott", "Nouakchott", "Nouakchott", "Nuakchot|Nouakchott", True),
    "MUS": ("Port Louis", "Port Louis", "Port-Louis", "Port Louis", "Port Louis", True),
    "MWI": ("Lilongwe", "Lilongwe", "Lilongwe", "Lilongwe", "Lilongwe", True),
    "NAM": ("Windhoek", "Windhoek", "Windhoek", "Windhuk|Windhoek", "Windhoek", True),
    "NER": ("Niamey", "Niamey", "Niamey", "Niamey", "Niamey", True),
    "NGA": ("Abuja", "Abuja", "Abuja", "Abuja", "Abuya|Abuja", True),
    "RWA": ("Kigali", "Kigali", "Kigali", "Kigali", "Kigali", True),
    "SDN": ("Khartoum", "Khartum", "Khartoum", "Khartum", "Jartum", True),
    "SEN": ("Dakar", "Dakar", "Dakar", "Dakar", "Dakar", True),
    "SLE": ("Freetown", "Freetown", "Freetown", "Freetown", "Freetown", True),
    "SOM": ("Mogadishu", "Mogadiscio", "Mogadiscio", "Mogadischu", "Mogadiscio", True),
    "SSD": ("Juba", "Juba", "Djouba|Juba", "Juba|Dschuba", "Yuba|Juba", True),
    "STP": ("São Tomé", "São Tomé", "São Tomé", "São Tomé", "Santo Tomé|São Tomé", True),
    "SWZ": ("Lobamba", "Lobamba", "Lobamba", "Lobamba", "Lobamba", False),
    "TCD": ("N'Djamena|Ndjamena", "N'Djamena", "N'Djaména|Ndjamena", "N'Djamena", "Yamena", True),
    "TGO": ("Lomé", "Lomé", "Lomé", "Lomé", "Lomé", True),
    "TUN": ("Tunis", "Tunisi", "Tunis", "Tunis", "Túnez", True),
    "TZA": ("Dodoma", "Dodoma", "Dodoma", "Dodoma", "Dodoma", True),
    "UGA": ("Kampala", "Kampala", "Kampala", "Kampala", "Kampala", True),
    "ZMB": ("Lusaka", "Lusaka", "Lusaka", "Lusaka", "Lusaka", True),
    "ZWE": ("Harare", "Harare", "Harare", "Harare", "Harare", True),
    # Americas
    "BHS": ("Nassau", "Nassau", "Nassau", "Nassau", "Nasáu|Nassau", False),
    "BLZ": ("Belmopan", "Belmopan", "Belmopan", "Belmopan", "Belmopán|Belmopan", True),
    "BOL": ("Sucre", "Sucre", "Sucre", "Sucre", "Sucre", False),
    "BRB": ("Bridgetown", "Bridgetown", "Bridgetown", "Bridgetown", "Bridgetown", True),
    "CHL": (
        "Santiago de Chile",
        "Santiago del Cile|Santiago de Chile",
        "Santiago du Chili|Santiago de Chile",
        "Santiago de Chile",
        "Santiago de Chile",
        False,
    ),
    "COL": ("Bogotá", "Bogotà|Bogotá", "Bogota", "Bogotá", "Bogotá", True),
    "CUB": ("Havana", "L'Avana|Avana", "La Havane|Havane", "Havanna", "La Habana|Habana", True),
    "DMA": ("Roseau", "Roseau", "Roseau", "Roseau", "Roseau", False),
    "DOM": (
        "Santo Domingo",
        "Santo Domingo",
        "Saint-Domingue|Santo Domingo",
        "Santo Domingo",
        "Santo Domingo",
        True,
    ),
    "ECU": ("Quito", "Quito", "Quito", "Quito", "Quito", True),
    "GTM": (
        "Guatemala City",
        "Città del Guatemala",
        "Guatemala City|Ciudad de Guatemala",
        "Guatemala-Stadt",
        "Ciudad de Guatemala",
        True,
    ),
    "HND": ("Tegucigalpa", "Tegucigalpa", "Tegucigalpa", "Tegucigalpa", "Tegucigalpa", True),
    "HTI": (
        "Port-au-Prince",
        "Port-au-Prince",
        "Port-au-Prince",
        "Port-au-Prince",
        "Puerto Príncipe|Port-au-Prince",
        True,
    ),
    "KNA": ("Basseterre", "Basseterre", "Basseterre", "Basseterre", "Basseterre", True),
    "LCA": ("Castries", "Castries", "Castries", "Castries", "Castries", False),
    "NIC": ("Managua", "Managua", "Managua", "Managua", "Managua", True),
    "PAN": (
        "Panama City",
        "Città di Panamá|Città di Panama",
        "Panama City",
        "Panama-Stadt",
        "Ciudad de Panamá",
        False,
    ),
    "PER": ("Lima", "Lima", "Lima", "Lima", "Lima", False),
    "PRY": ("Asunción", "Asunción", "Asuncion|Asunción", "Asunción", "Asunción", True),
    "SLV": ("San Salvador", "San Salvador", "San Salvador", "San Salvador", "San Salvador", True),
    "SUR": ("Paramaribo", "Paramaribo", "Paramaribo", "Paramaribo", "Paramaribo", True),
    "TTO": (
        "Port of Spain",
        "Port of Spain",
        "Port-d'Espagne|Port of Spain",
        "Port of Spain",
        "Puerto España|Port of Spain",
        True,
    ),
    "URY": ("Montevideo", "Montevideo", "Montevideo", "Montevideo", "Montevideo", True),
    "VCT": ("Kingstown", "Kingstown", "Kingstown", "Kingstown", "Kingstown", True),
    "VEN": ("Caracas", "Caracas", "Caracas", "Caracas", "Caracas", True),
    # Oceania
    "FJI": ("Suva", "Suva", "Suva", "Suva", "Suva", True),
    "FSM": ("Palikir", "Palikir", "Palikir", "Palikir", "Palikir", True),
    "KIR": (
        "South Tarawa|Tarawa",
        "Tarawa Sud|Tarawa",
        "Tarawa-Sud|Tarawa",
        "Süd-Tarawa|Tarawa",
        "Tarawa Sur|Tarawa",
        True,
    ),
    "MHL": ("Majuro", "Majuro", "Majuro", "Majuro", "Majuro", True),
    "NRU": ("Yaren", "Yaren", "Yaren", "Yaren", "Yaren", True),
    "NZL": ("Wellington", "Wellington", "Wellington", "Wellington", "Wellington", True),
    "PLW": ("Ngerulmud", "Ngerulmud", "Ngerulmud", "Ngerulmud", "Ngerulmud", True),
    "PNG": (
        "Port Moresby",
        "Port Moresby",
        "Port Moresby",
        "Port Moresby",
        "Puerto Moresby|Port Moresby",
        True,
    ),
    "SLB": ("Honiara", "Honiara", "Honiara", "Honiara", "Honiara", True),
    "TON": ("Nuku'alofa|Nukualofa", "Nuku'alofa", "Nuku'alofa", "Nuku'alofa", "Nukualofa", True),
    "TUV": ("Funafuti", "Funafuti", "Funafuti", "Funafuti", "Funafuti", True),
    "VUT": ("Port Vila", "Port Vila", "Port-Vila", "Port Vila", "Port Vila", True),
    "WSM": ("Apia", "Apia", "Apia", "Apia", "Apia", True),
}

# Sovereign states whose capital is deliberately not an entity, with the reason.
OMITTED_CAPITALS: dict[str, str] = {
    "DJI": "Djibouti: the city has the country's name; the country entity covers it",
    "LUX": "Luxembourg: the city has the country's name; the country entity covers it",
    "MCO": "Monaco: a city-state; the country entity covers it",
    "SGP": "Singapore: a city-state; the country entity covers it",
    "SMR": "City of San Marino: named like the country, rarely apart from it",
    "VAT": "Vatican City: the city-state is the country entity",
    "SYC": "Victoria: a common name (the Australian state, Canadian city, people)",
    "JAM": "Kingston: also Kingston upon Thames, Kingston (Ontario) and others",
    "GUY": "Georgetown: also the Washington district and university, Penang",
    "GRD": "St. George's: a common name of churches, hospitals and schools",
    "ATG": "Saint John's: a common name, also St. John's (Newfoundland)",
    "CRI": "San José: in English news mostly San Jose (California)",
    "LKA": "Colombo: a common Italian surname (and Sri Lanka's official capital is Kotte)",
    "MDV": "Malé: matches 'male' once accents are dropped",
    "COM": "Moroni: a common Italian surname",
}

# Russian names of capitals not in RUSSIAN_CAPITALS ("|" separates variants); single
# words and hyphenated names get their oblique cases from ``russian_cases``. A name
# that is also the country's Russian name (Алжир, Тунис, Панама) is dropped at build.
RUSSIAN_CAPITAL_NAMES: dict[str, str] = {
    # the capitals of CAPITALS without Russian forms
    "NLD": "Амстердам",
    "CAN": "Оттава",
    "PRK": "Пхеньян",
    "KOR": "Сеул",
    "IND": "Нью-Дели",
    "PAK": "Исламабад",
    "AFG": "Кабул",
    "SAU": "Эр-Рияд",
    "QAT": "Доха",
    "EGY": "Каир",
    "SYR": "Дамаск",
    "LBN": "Бейрут",
    "LBY": "Триполи",
    "YEM": "Сана",
    "HUN": "Будапешт",
    "GRC": "Афины|Афин|Афинах|Афинам",
    "AUT": "Вена",
    "CHE": "Берн",
    "SWE": "Стокгольм",
    "FIN": "Хельсинки",
    "NOR": "Осло",
    "DNK": "Копенгаген",
    "PRT": "Лиссабон",
    "IRL": "Дублин",
    "ROU": "Бухарест",
    "BGR": "София",
    "CZE": "Прага",
    "SVK": "Братислава",
    "LTU": "Вильнюс",
    "LVA": "Рига",
    "EST": "Таллин|Таллинн",
    "SRB": "Белград",
    "HRV": "Загреб",
    "MDA": "Кишинёв|Кишинев",
    "GEO": "Тбилиси",
    "IRQ": "Багдад",
    "JOR": "Амман",
    "ARE": "Абу-Даби",
    "BRA": "Бразилиа",
    "MEX": "Мехико",
    "ARG": "Буэнос-Айрес",
    "AUS": "Канберра",
    "ZAF": "Претория",
    "IDN": "Джакарта",
    "TWN": "Тайбэй|Тайпей",
    # MORE_CAPITALS
    "ALB": "Тирана",
    "AND": "Андорра-ла-Велья",
    "BIH": "Сараево",
    "CYP": "Никосия",
    "ISL": "Рейкьявик",
    "LIE": "Вадуц",
    "MKD": "Скопье",
    "MLT": "Валлетта",
    "MNE": "Подгорица",
    "SVN": "Любляна",
    "XKX": "Приштина",
    "ARM": "Ереван",
    "AZE": "Баку",
    "KAZ": "Астана|Нур-Султан",
    "KGZ": "Бишкек",
    "TJK": "Душанбе",
    "TKM": "Ашхабад",
    "UZB": "Ташкент",
    "MNG": "Улан-Батор",
    "BHR": "Манама",
    "KWT": "Эль-Кувейт",
    "OMN": "Маскат",
    "PSE": "Рамалла",
    "BGD": "Дакка",
    "BTN": "Тхимпху",
    "NPL": "Катманду",
    "BRN": "Бандар-Сери-Бегаван",
    "KHM": "Пномпень",
    "LAO": "Вьентьян",
    "MMR": "Нейпьидо",
    "MYS": "Куала-Лумпур",
    "PHL": "Манила",
    "THA": "Бангкок",
    "TLS": "Дили",
    "VNM": "Ханой",
    "AGO": "Луанда",
    "BDI": "Гитега",
    "BEN": "Порто-Ново",
    "BFA": "Уагадугу",
    "BWA": "Габороне",
    "CAF": "Банги",
    "CIV": "Ямусукро",
    "CMR": "Яунде",
    "COD": "Киншаса",
    "COG": "Браззавиль",
    "CPV": "Прая",
    "DZA": "Алжир",
    "ERI": "Асмэра",
    "ETH": "Аддис-Абеба",
    "GAB": "Либревиль",
    "GHA": "Аккра",
    "GIN": "Конакри",
    "GMB": "Банжул",
    "GNB": "Бисау",
    "GNQ": "Малабо",
    "KEN": "Найроби",
    "LBR": "Монровия",
    "LSO": "Масеру",
    "MAR": "Рабат",
    "MDG": "Антананариву",
    "MLI": "Бамако",
    "MOZ": "Мапуту",
    "MRT": "Нуакшот",
    "MUS": "Порт-Луи",
    "MWI": "Лилонгве",
    "NAM": "Виндхук",
    "NER": "Ниамей",
    "NGA": "Абуджа",
    "RWA": "Кигали",
    "SDN": "Хартум",
    "SEN": "Дакар",
    "SLE": "Фритаун",
    "SOM": "Могадишо",
    "SSD": "Джуба",
    "STP": "Сан-Томе",
    "SWZ": "Лобамба",
    "TCD": "Нджамена",
    "TGO": "Ломе",
    "TUN": "Тунис",
    "TZA": "Додома",
    "UGA": "Кампала",
    "ZMB": "Лусака",
    "ZWE": "Хараре",
    "BHS": "Нассау",
    "BLZ": "Бельмопан",
    "BOL": "Сукре",
    "BRB": "Бриджтаун",
    "CHL": "Сантьяго-де-Чили",
    "COL": "Богота",
    "CUB": "Гавана",
    "DMA": "Розо",
    "DOM": "Санто-Доминго",
    "ECU": "Кито",
    "GTM": "Гватемала",
    "HND": "Тегусигальпа",
    "HTI": "Порт-о-Пренс",
    "KNA": "Бастер",
    "LCA": "Кастри",
    "NIC": "Манагуа",
    "PAN": "Панама",
    "PER": "Лима",
    "PRY": "Асунсьон",
    "SLV": "Сан-Сальвадор",
    "SUR": "Парамарибо",
    "TTO": "Порт-оф-Спейн",
    "URY": "Монтевидео",
    "VCT": "Кингстаун",
    "VEN": "Каракас",
    "FJI": "Сува",
    "FSM": "Паликир",
    "KIR": "Южная Тарава|Тарава",
    "MHL": "Маджуро",
    "NRU": "Ярен",
    "NZL": "Веллингтон",
    "PLW": "Нгерульмуд",
    "PNG": "Порт-Морсби",
    "SLB": "Хониара",
    "TON": "Нукуалофа",
    "TUV": "Фунафути",
    "VUT": "Порт-Вила",
    "WSM": "Апиа",
}
# Russian capital names that do not decline (or are given with their forms above).
RUSSIAN_INDECLINABLE = frozenset(
    {"Афины", "Афин", "Афинах", "Афинам", "Бразилиа", "Манагуа", "Нукуалофа", "Апиа", "Порт-Вила"}
)
# Capitals whose ids predate the ASCII slugs and stay as they are.
KEPT_IDS = {"BRA": "city/brasília", "MDA": "city/chișinău"}

WIKIDATA: dict[str, str] = {
    "ITA": "Q38",
    "FRA": "Q142",
    "DEU": "Q183",
    "ESP": "Q29",
    "GBR": "Q145",
    "USA": "Q30",
    "UKR": "Q212",
    "RUS": "Q159",
    "POL": "Q36",
    "CAN": "Q16",
    "JPN": "Q17",
    "NLD": "Q55",
    "TUR": "Q43",
    "ISR": "Q801",
    "IRN": "Q794",
    "CHN": "Q148",
    "IND": "Q668",
    "BRA": "Q155",
    "MEX": "Q96",
    "AUS": "Q408",
    "AUT": "Q40",
    "BEL": "Q31",
    "SWE": "Q34",
    "NOR": "Q20",
    "FIN": "Q33",
    "DNK": "Q35",
    "IRL": "Q27",
    "PRT": "Q45",
    "GRC": "Q41",
    "HUN": "Q28",
    "CZE": "Q213",
    "SVK": "Q214",
    "ROU": "Q218",
    "BGR": "Q219",
    "HRV": "Q224",
    "SVN": "Q215",
    "LVA": "Q211",
    "LTU": "Q37",
    "EST": "Q191",
    "LUX": "Q32",
    "MLT": "Q233",
    "CYP": "Q229",
    "KOR": "Q884",
    "PRK": "Q423",
    "PAK": "Q843",
    "AFG": "Q889",
    "SAU": "Q851",
    "EGY": "Q79",
    "LBY": "Q1016",
    "SYR": "Q858",
    "LBN": "Q822",
    "YEM": "Q805",
    "QAT": "Q846",
    "ZAF": "Q258",
    "ARG": "Q414",
    "IDN": "Q252",
    "BLR": "Q184",
    "MDA": "Q217",
    "GEO": "Q230",
    "CHE": "Q39",
    "ISL": "Q189",
    "ALB": "Q222",
    "MNE": "Q236",
    "MKD": "Q221",
    "SRB": "Q403",
    "IRQ": "Q796",
    "JOR": "Q810",
    "ARE": "Q878",
    "PSE": "Q219060",
    "XKX": "Q1246",
}

# Russian: extra name forms (oblique cases, short names; "|"-separated) and demonyms
# (adjective stems in -ск/-цк get the adjective endings; words after "/" are nouns, kept
# as given). mledoze has Russian names only in the nominative and no Russian demonyms.
RUSSIAN: dict[str, tuple[str, str]] = {
    "ITA": ("Италии|Италию|Италией", "итальянск/итальянцы итальянцев итальянец"),
    "FRA": ("Франции|Францию|Францией", "французск/французы французов француз"),
    "DEU": ("Германии|Германию|Германией|ФРГ", "германск немецк/немцы немцев немец"),
    "ESP": ("Испании|Испанию|Испанией", "испанск/испанцы испанцев"),
    "GBR": (
        "Великобритании|Великобританию|Великобританией|Британия|Британии|Британию",
        "британск английск/британцы британцев англичане",
    ),
    "USA": (
        "США|Соединённые Штаты|Соединенные Штаты|Соединённых Штатов|Соединенных Штатов|"
        "Соединённым Штатам|Соединенным Штатам",
        "американск/американцы американцев американец",
    ),
    "UKR": ("Украины|Украине|Украину|Украиной", "украинск/украинцы украинцев украинец"),
    "RUS": ("России|Россию|Россией|РФ", "российск русск/россияне россиян русские"),
    "POL": ("Польши|Польше|Польшу|Польшей", "польск/поляки поляков"),
    "CAN": ("Канады|Канаде|Канаду|Канадой", "канадск/канадцы"),
    "JPN": ("Японии|Японию|Японией", "японск/японцы"),
    "NLD": (
        "Нидерландов|Нидерландам|Нидерландах|Голландия|Голландии",
        "нидерландск голландск/голландцы",
    ),
    "TUR": ("Турции|Турцию|Турцией", "турецк/турки"),
    "ISR": ("Израиля|Израилю|Израилем|Израиле", "израильск/израильтяне израильтян"),
    "IRN": ("Ирана|Ирану|Ираном|Иране", "иранск/иранцы"),
    "CHN": ("Китая|Китаю|Китаем|Китае|КНР", "китайск/китайцы"),
    "PRK": ("КНДР|Северная Корея|Северной Кореи|Северную Корею", "северокорейск/северокорейцы"),
    "KOR": ("Южная Корея|Южной Кореи|Южную Корею|Республика Корея", "южнокорейск/южнокорейцы"),
    "IND": ("Индии|Индию|Индией", "индийск/индийцы"),
    "BRA": ("Бразилии|Бразилию|Бразилией", "бразильск/бразильцы"),
    "ARG": ("Аргентины|Аргентине|Аргентину|Аргентиной", "аргентинск/аргентинцы"),
    "MEX": ("Мексики|Мексике|Мексику|Мексикой", "мексиканск/мексиканцы"),
    "AUS": ("Австралии|Австралию|Австралией", "австралийск/австралийцы"),
    "ZAF": ("ЮАР|Южная Африка|Южной Африки", "южноафриканск"),
    "IDN": ("Индонезии|Индонезию|Индонезией", "индонезийск"),
    "SAU": ("Саудовская Аравия|Саудовской Аравии|Саудовскую Аравию", "саудовск/саудовцы"),
    "AUT": ("Австрии|Австрию|Австрией", "австрийск/австрийцы"),
    "BEL": ("Бельгии|Бельгию|Бельгией", "бельгийск/бельгийцы"),
    "BGR": ("Болгарии|Болгарию|Болгарией", "болгарск/болгары"),
    "HRV": ("Хорватии|Хорватию|Хорватией", "хорватск/хорваты"),
    "CYP": ("Кипра|Кипру|Кипром|Кипре", "кипрск/киприоты"),
    "CZE": ("Чехии|Чехию|Чехией", "чешск/чехи"),
    "DNK": ("Дании|Данию|Данией", "датск/датчане"),
    "EST": ("Эстонии|Эстонию|Эстонией", "эстонск/эстонцы"),
    "FIN": ("Финляндии|Финляндию|Финляндией", "финск финляндск/финны"),
    "GRC": ("Греции|Грецию|Грецией", "греческ/греки"),
    "HUN": ("Венгрии|Венгрию|Венгрией", "венгерск/венгры"),
    "IRL": ("Ирландии|Ирландию|Ирландией", "ирландск/ирландцы"),
    "LVA": ("Латвии|Латвию|Латвией", "латвийск латышск/латыши"),
    "LTU": ("Литвы|Литве|Литву|Литвой", "литовск/литовцы"),
    "LUX": ("Люксембурга|Люксембургу|Люксембурге", "люксембургск"),
    "MLT": ("Мальты|Мальте|Мальту", "мальтийск"),
    "PRT": ("Португалии|Португалию|Португалией", "португальск/португальцы"),
    "ROU": ("Румынии|Румынию|Румынией", "румынск/румыны"),
    "SVK": ("Словакии|Словакию|Словакией", "словацк/словаки"),
    "SVN": ("Словении|Словению|Словенией", "словенск/словенцы"),
    "SWE": ("Швеции|Швецию|Швецией", "шведск/шведы"),
    "NOR": ("Норвегии|Норвегию|Норвегией", "норвежск/норвежцы"),
    "ISL": ("Исландии|Исландию|Исландией", "исландск/исландцы"),
    "ALB": ("Албании|Албанию|Албанией", "албанск/албанцы"),
    "MNE": ("Черногории|Черногорию|Черногорией", "черногорск"),
    "MKD": ("Северной Македонии|Северную Македонию", "северомакедонск македонск"),
    "BLR": ("Белоруссия|Белоруссии|Белоруссию|Беларуси|Беларусью", "белорусск/белорусы"),
    "MDA": ("Молдавия|Молдавии|Молдове|Молдову|Молдовы", "молдавск молдовск/молдаване"),
    "GEO": ("Грузии|Грузию|Грузией", "грузинск/грузины"),
    "SYR": ("Сирии|Сирию|Сирией", "сирийск/сирийцы"),
    "LBN": ("Ливана|Ливану|Ливаном|Ливане", "ливанск/ливанцы"),
    "PSE": ("Палестины|Палестине|Палестину", "палестинск/палестинцы"),
    "EGY": ("Египта|Египту|Египтом|Египте", "египетск/египтяне"),
    "QAT": ("Катара|Катару|Катаром|Катаре", "катарск"),
    "ARE": ("ОАЭ|Объединённые Арабские Эмираты|Объединенные Арабские Эмираты", "эмиратск"),
    "YEM": ("Йемена|Йемену|Йеменом|Йемене", "йеменск"),
    "IRQ": ("Ирака|Ираку|Ираком|Ираке", "иракск/иракцы"),
    "CHE": ("Швейцарии|Швейцарию|Швейцарией", "швейцарск/швейцарцы"),
    "SRB": ("Сербии|Сербию|Сербией", "сербск/сербы"),
    "KAZ": ("Казахстана|Казахстану|Казахстаном|Казахстане", "казахстанск/казахстанцы"),
    "ARM": ("Армении|Армению|Арменией", "армянск/армяне"),
    "AZE": ("Азербайджана|Азербайджану|Азербайджаном|Азербайджане", "азербайджанск/азербайджанцы"),
    # The other sovereign states; "" where the name does not decline or where no
    # demonym is usual or unambiguous ("конголезский", "гвинейский").
    "AFG": ("Афганистана|Афганистану|Афганистаном|Афганистане", "афганск/афганцы"),
    "PAK": ("Пакистана|Пакистану|Пакистаном|Пакистане", "пакистанск/пакистанцы"),
    "JOR": ("Иордании|Иорданию|Иорданией", "иорданск/иорданцы"),
    "LBY": ("Ливии|Ливию|Ливией", "ливийск/ливийцы"),
    "ETH": ("Эфиопии|Эфиопию|Эфиопией", "эфиопск/эфиопы"),
    "NGA": ("Нигерии|Нигерию|Нигерией", "нигерийск/нигерийцы"),
    "SDN": ("Судана|Судану|Суданом|Судане", "суданск/суданцы"),
    # Europe
    "AND": ("Андорры|Андорре|Андорру|Андоррой", "андоррск/андоррцы"),
    "BIH": (
        "Босния|Боснии|Боснию|Боснией|Боснии и Герцеговины|Боснии и Герцеговине|"
        "Боснию и Герцеговину|Боснией и Герцеговиной",
        "боснийск/боснийцы",
    ),
    "LIE": ("Лихтенштейна|Лихтенштейну|Лихтенштейном|Лихтенштейне", "лихтенштейнск"),
    "MCO": ("", "монакск/монегаски"),
    "SMR": ("", "сан-маринск"),
    "VAT": ("Ватикана|Ватикану|Ватиканом|Ватикане", "ватиканск"),
    # Central Asia and Mongolia
    "KGZ": (
        "Киргизии|Киргизию|Киргизией|Кыргызстан|Кыргызстана|Кыргызстану|Кыргызстаном|Кыргызстане",
        "киргизск кыргызск/киргизы кыргызы",
    ),
    "TJK": ("Таджикистана|Таджикистану|Таджикистаном|Таджикистане", "таджикск/таджики"),
    "TKM": (
        "Туркмении|Туркмению|Туркменией|Туркменистан|Туркменистана|Туркменистану|"
        "Туркменистаном|Туркменистане",
        "туркменск/туркмены",
    ),
    "UZB": ("Узбекистана|Узбекистану|Узбекистаном|Узбекистане", "узбекск/узбеки"),
    "MNG": ("Монголии|Монголию|Монголией", "монгольск/монголы"),
    # Middle East
    "BHR": ("Бахрейна|Бахрейну|Бахрейном|Бахрейне", "бахрейнск/бахрейнцы"),
    "KWT": ("Кувейта|Кувейту|Кувейтом|Кувейте", "кувейтск/кувейтцы"),
    "OMN": ("Омана|Оману|Оманом|Омане", "оманск/оманцы"),
    # South and Southeast Asia
    "BGD": ("Бангладеша|Бангладешу|Бангладешем|Бангладеше", "бангладешск/бангладешцы"),
    "BTN": ("Бутана|Бутану|Бутаном|Бутане", "бутанск/бутанцы"),
    "NPL": ("Непала|Непалу|Непалом|Непале", "непальск/непальцы"),
    "LKA": ("Шри-Ланки|Шри-Ланке|Шри-Ланку|Шри-Ланкой", "шри-ланкийск/шриланкийцы ланкийцы"),
    "MDV": ("Мальдив|Мальдивам|Мальдивами|Мальдивах", "мальдивск/мальдивцы"),
    "BRN": ("Брунея|Брунею|Брунеем|Брунее", "брунейск/брунейцы"),
    "KHM": ("Камбоджи|Камбодже|Камбоджу|Камбоджей", "камбоджийск/камбоджийцы"),
    "LAO": ("Лаоса|Лаосу|Лаосом|Лаосе", "лаосск/лаосцы"),
    "MMR": (
        "Мьянмы|Мьянме|Мьянму|Мьянмой|Бирма|Бирмы|Бирме|Бирму",
        "мьянманск бирманск/мьянманцы бирманцы",
    ),
    "MYS": ("Малайзии|Малайзию|Малайзией", "малайзийск/малайзийцы"),
    "PHL": ("Филиппин|Филиппинам|Филиппинами|Филиппинах", "филиппинск/филиппинцы"),
    "SGP": ("Сингапура|Сингапуру|Сингапуром|Сингапуре", "сингапурск/сингапурцы"),
    "THA": (
        "Таиланда|Таиланду|Таиландом|Таиланде|Тайланд|Тайланда|Тайланде",
        "таиландск тайск/тайцы",
    ),
    "TLS": (
        "Тимор-Лесте|Восточного Тимора|Восточному Тимору|Восточным Тимором|Восточном Тиморе",
        "восточнотиморск/восточнотиморцы",
    ),
    "VNM": ("Вьетнама|Вьетнаму|Вьетнамом|Вьетнаме", "вьетнамск/вьетнамцы"),
    # Africa
    "AGO": ("Анголы|Анголе|Анголу|Анголой", "ангольск/ангольцы"),
    "BDI": ("", "бурундийск/бурундийцы"),
    "BEN": ("Бенина|Бенину|Бенином|Бенине", "бенинск/бенинцы"),
    "BFA": ("", "буркинийск/буркинийцы"),
    "BWA": ("Ботсваны|Ботсване|Ботсвану|Ботсваной", "ботсванск/ботсванцы"),
    "CAF": (
        "ЦАР|Центральноафриканской Республики|Центральноафриканской Республике|"
        "Центральноафриканскую Республику|Центральноафриканской Республикой",
        "центральноафриканск",
    ),
    "CIV": (
        "Кот-д’Ивуара|Кот-д’Ивуару|Кот-д’Ивуаром|Кот-д’Ивуаре|Берег Слоновой Кости",
        "ивуарийск/ивуарийцы",
    ),
    "CMR": ("Камеруна|Камеруну|Камеруном|Камеруне", "камерунск/камерунцы"),
    "COD": (
        "ДРК|ДР Конго|Демократической Республики Конго|Демократической Республике Конго|"
        "Демократическую Республику Конго|Демократической Республикой Конго",
        "",
    ),
    "COG": (
        "Республики Конго|Республике Конго|Республику Конго|Республикой Конго|Конго-Браззавиль",
        "",
    ),
    "COM": ("Комор|Коморам|Коморами|Коморах", "коморск/коморцы"),
    "CPV": ("", "кабовердианск/кабовердианцы"),
    "DJI": ("", "джибутийск/джибутийцы"),
    "DZA": ("Алжира|Алжиру|Алжиром|Алжире", "алжирск/алжирцы"),
    "ERI": ("Эритреи|Эритрее|Эритрею|Эритреей", "эритрейск/эритрейцы"),
    "GAB": ("Габона|Габону|Габоном|Габоне", "габонск/габонцы"),
    "GHA": ("Ганы|Гане|Гану|Ганой", "ганск/ганцы"),
    "GIN": ("Гвинеи|Гвинее|Гвинею|Гвинеей", ""),
    "GMB": ("Гамбии|Гамбию|Гамбией", "гамбийск/гамбийцы"),
    "GNB": ("Гвинеи-Бисау|Гвинее-Бисау|Гвинею-Бисау|Гвинеей-Бисау", ""),
    "GNQ": (
        "Экваториальной Гвинеи|Экваториальной Гвинее|Экваториальную Гвинею|Экваториальной Гвинеей",
        "экваториальногвинейск",
    ),
    "KEN": ("Кении|Кению|Кенией", "кенийск/кенийцы"),
    "LBR": ("Либерии|Либерию|Либерией", "либерийск/либерийцы"),
    "LSO": ("", ""),
    "MAR": ("", "марокканск/марокканцы"),
    "MDG": (
        "Мадагаскара|Мадагаскару|Мадагаскаром|Мадагаскаре",
        "мадагаскарск малагасийск/малагасийцы",
    ),
    "MLI": ("", "малийск/малийцы"),
    "MOZ": ("Мозамбика|Мозамбику|Мозамбиком|Мозамбике", "мозамбикск/мозамбикцы"),
    "MRT": ("Мавритании|Мавританию|Мавританией", "мавританск/мавританцы"),
    "MUS": ("Маврикия|Маврикию|Маврикием|Маврикии", "маврикийск/маврикийцы"),
    "MWI": ("", "малавийск/малавийцы"),
    "NAM": ("Намибии|Намибию|Намибией", "намибийск/намибийцы"),
    "NER": ("Нигера|Нигеру|Нигером|Нигере", "нигерск/нигерцы"),
    "RWA": ("Руанды|Руанде|Руанду|Руандой", "руандийск/руандийцы"),
    "SEN": ("Сенегала|Сенегалу|Сенегалом|Сенегале", "сенегальск/сенегальцы"),
    "SLE": ("", "сьерра-леонск/сьерралеонцы"),
    "SOM": ("", "сомалийск/сомалийцы"),
    "SSD": ("Южного Судана|Южному Судану|Южным Суданом|Южном Судане", "южносуданск/южносуданцы"),
    "STP": ("", ""),
    "SWZ": ("Эсватини|Свазиленда|Свазиленду|Свазилендом|Свазиленде", "свазилендск"),
    "SYC": (
        "Сейшелы|Сейшел|Сейшелам|Сейшелах|Сейшельских Островов|Сейшельских островов|"
        "Сейшельских Островах|Сейшельских островах",
        "сейшельск",
    ),
    "TCD": ("Чада|Чаду|Чадом|Чаде", "чадск/чадцы"),
    "TGO": ("", "тоголезск/тоголезцы"),
    "TUN": ("Туниса|Тунису|Тунисом|Тунисе", "тунисск/тунисцы"),
    "TZA": ("Танзании|Танзанию|Танзанией", "танзанийск/танзанийцы"),
    "UGA": ("Уганды|Уганде|Уганду|Угандой", "угандийск/угандийцы"),
    "ZMB": ("Замбии|Замбию|Замбией", "замбийск/замбийцы"),
    "ZWE": ("", "зимбабвийск/зимбабвийцы"),
    # Americas
    "ATG": ("Антигуа и Барбуды|Антигуа и Барбуде|Антигуа и Барбуду", ""),
    "BHS": (
        "Багамы|Багам|Багамам|Багамах|Багамских Островов|Багамских островов|"
        "Багамских Островах|Багамских островах",
        "багамск",
    ),
    "BLZ": ("Белиза|Белизу|Белизом|Белизе", "белизск/белизцы"),
    "BOL": ("Боливии|Боливию|Боливией", "боливийск/боливийцы"),
    "BRB": ("Барбадоса|Барбадосу|Барбадосом|Барбадосе", "барбадосск/барбадосцы"),
    "CHL": ("", "чилийск/чилийцы"),
    "COL": ("Колумбии|Колумбию|Колумбией", "колумбийск/колумбийцы"),
    "CRI": ("Коста-Рики|Коста-Рике|Коста-Рику|Коста-Рикой", "костариканск/костариканцы"),
    "CUB": ("Кубы|Кубе|Кубу|Кубой", "кубинск/кубинцы"),
    "DMA": ("Доминики|Доминике|Доминику|Доминикой", ""),
    "DOM": (
        "Доминиканской Республики|Доминиканской Республике|Доминиканскую Республику|"
        "Доминиканской Республикой|Доминикана|Доминиканы|Доминикане|Доминикану",
        "доминиканск/доминиканцы",
    ),
    "ECU": ("Эквадора|Эквадору|Эквадором|Эквадоре", "эквадорск/эквадорцы"),
    "GRD": ("Гренады|Гренаде|Гренаду|Гренадой", "гренадск"),
    "GTM": ("Гватемалы|Гватемале|Гватемалу|Гватемалой", "гватемальск/гватемальцы"),
    "GUY": ("Гайаны|Гайане|Гайану|Гайаной", "гайанск/гайанцы"),
    "HND": ("Гондураса|Гондурасу|Гондурасом|Гондурасе", "гондурасск/гондурасцы"),
    "HTI": ("", "гаитянск/гаитяне"),
    "JAM": ("Ямайки|Ямайке|Ямайку|Ямайкой", "ямайск/ямайцы"),
    "KNA": ("", ""),
    "LCA": ("Сент-Люсии|Сент-Люсию|Сент-Люсией", ""),
    "NIC": ("", "никарагуанск/никарагуанцы"),
    "PAN": ("Панамы|Панаме|Панаму|Панамой", "панамск/панамцы"),
    "PER": ("", "перуанск/перуанцы"),
    "PRY": ("Парагвая|Парагваю|Парагваем|Парагвае", "парагвайск/парагвайцы"),
    "SLV": ("Сальвадора|Сальвадору|Сальвадором|Сальвадоре", "сальвадорск/сальвадорцы"),
    "SUR": ("Суринама|Суринаму|Суринамом|Суринаме", "суринамск/суринамцы"),
    "TTO": ("Тринидада и Тобаго|Тринидаде и Тобаго|Тринидадом и Тобаго", "тринидадск"),
    "URY": ("Уругвая|Уругваю|Уругваем|Уругвае", "уругвайск/уругвайцы"),
    "VCT": ("Сент-Винсента и Гренадин|Сент-Винсенте и Гренадинах", ""),
    "VEN": ("Венесуэлы|Венесуэле|Венесуэлу|Венесуэлой", "венесуэльск/венесуэльцы"),
    # Oceania
    "NZL": ("Новой Зеландии|Новую Зеландию|Новой Зеландией", "новозеландск/новозеландцы"),
    "FJI": ("", "фиджийск/фиджийцы"),
    "FSM": ("Микронезия|Микронезии|Микронезию|Микронезией", "микронезийск"),
    "KIR": ("", ""),
    "MHL": (
        "Маршалловы острова|Маршалловых Островов|Маршалловых островов|Маршалловых Островах|"
        "Маршалловых островах",
        "",
    ),
    "NRU": ("", ""),
    "PLW": ("", ""),
    "PNG": (
        "Папуа — Новой Гвинеи|Папуа — Новой Гвинее|Папуа — Новую Гвинею|Папуа-Новая Гвинея|"
        "Папуа-Новой Гвинеи|Папуа-Новой Гвинее|Папуа-Новую Гвинею",
        "",
    ),
    "SLB": (
        "Соломоновы острова|Соломоновых Островов|Соломоновых островов|Соломоновых Островах|"
        "Соломоновых островах",
        "",
    ),
    "TON": ("", ""),
    "TUV": ("", ""),
    "VUT": ("", ""),
    "WSM": ("", "самоанск/самоанцы"),
}
RUSSIAN_ADJECTIVE_ENDINGS = (
    "ий",
    "ая",
    "ое",
    "ие",
    "ого",
    "ому",
    "им",
    "ом",
    "ой",
    "ую",
    "их",
    "ими",
)

# Russian spellings of the capitals above, with oblique cases ("|"-separated).
RUSSIAN_CAPITALS: dict[str, str] = {
    "ITA": "Рим|Рима|Риме|Риму",
    "FRA": "Париж|Парижа|Париже|Парижу",
    "DEU": "Берлин|Берлина|Берлине|Берлину",
    "ESP": "Мадрид|Мадрида|Мадриде",
    "GBR": "Лондон|Лондона|Лондоне|Лондону",
    "USA": "Вашингтон|Вашингтона|Вашингтоне|Вашингтону",
    "UKR": "Киев|Киева|Киеве|Киеву|Кийв",
    "RUS": "Москва|Москвы|Москве|Москву|Москвой",
    "POL": "Варшава|Варшавы|Варшаве|Варшаву",
    "CHN": "Пекин|Пекина|Пекине|Пекину",
    "IRN": "Тегеран|Тегерана|Тегеране|Тегерану",
    "ISR": "Иерусалим|Иерусалима|Иерусалиме",
    "TUR": "Анкара|Анкары|Анкаре|Анкару",
    "JPN": "Токио",
    "BEL": "Брюссель|Брюсселя|Брюсселе|Брюсселю",
    "BLR": "Минск|Минска|Минске|Минску",
}


def expand_romance(word: str, language: str) -> list[str]:
    """Gender and number forms of an Italian or Spanish demonym given in the masculine."""
    if word[:1].isupper():
        return [word]
    if word.endswith("o"):
        stem = word[:-1]
        plural_m = stem + ("i" if language == "it" else "os")
        plural_f = stem + ("e" if language == "it" else "as")
        return [word, stem + "a", plural_m, plural_f]
    if language == "es" and word.endswith(("és", "án")):
        stem = word[:-2] + {"é": "e", "á": "a"}[word[-2]] + word[-1]
        return [word, stem + "a", stem + "es", stem + "as"]
    if word.endswith("e") or word.endswith("a"):
        plural = word[:-1] + "i" if language == "it" else word + "s"
        return [word, plural]
    if word.endswith("í"):
        return [word, word + "es", word + "s"]
    if language == "es":
        return [word, word + "a", word + "es", word + "as"]
    return [word]


def expand_german(word: str) -> list[str]:
    if not word.endswith("isch"):
        forms = [word]
        if word.endswith("in"):
            forms.append(word + "nen")
        elif not word.endswith(("e", "er", "i")):
            forms.append(word + "n")
        return forms
    return [word + ending for ending in ("", "e", "en", "er", "es", "em")]


def expand_french(word: str) -> list[str]:
    lower = word.lower()
    feminine = lower + ("ne" if lower.endswith("ien") else "" if lower.endswith("e") else "e")
    forms = {lower, feminine, lower if lower.endswith("s") else lower + "s", feminine + "s"}
    return sorted(forms | {form.capitalize() for form in forms})


def expand_english(word: str) -> list[str]:
    if word.endswith(("n", "i")) or word in {
        "Pole",
        "Turk",
        "Dane",
        "Swede",
        "Finn",
        "Croat",
        "Serb",
        "Briton",
        "Spaniard",
        "Afghan",
    }:
        return [word, word + "s"]
    return [word]


def expand_russian(words: str) -> list[str]:
    """``"украинск/украинцы"`` → the adjective in every case and gender, plus the nouns."""
    adjectives, _, nouns = words.partition("/")
    forms = [stem + ending for stem in adjectives.split() for ending in RUSSIAN_ADJECTIVE_ENDINGS]
    return forms + nouns.split()


def demonyms_for(code: str, record: dict[str, Any]) -> dict[str, list[str]]:
    found: dict[str, set[str]] = {lang: set() for lang in ("en", "it", "fr", "de", "es", "ru")}
    for gender in ("m", "f"):
        if eng := record.get("demonyms", {}).get("eng", {}).get(gender):
            found["en"].update(expand_english(eng))
        if fra := record.get("demonyms", {}).get("fra", {}).get(gender):
            found["fr"].update(expand_french(fra))
    if code in DEMONYMS:
        en, it, fr, de, es = DEMONYMS[code]
        for word in en.split():
            found["en"].update(expand_english(word))
        for word in it.split():
            found["it"].update(expand_romance(word, "it"))
        for word in fr.split():
            found["fr"].update(expand_french(word))
        for word in de.split():
            found["de"].update(expand_german(word))
        for word in es.split():
            found["es"].update(expand_romance(word, "es"))
    if code in RUSSIAN:
        found["ru"].update(expand_russian(RUSSIAN[code][1]))
    return {lang: sorted(forms) for lang, forms in found.items() if forms}


def names_for(code: str, record: dict[str, Any]) -> dict[str, list[str]]:
    names: dict[str, set[str]] = {}
    for lang, iso3 in LANGS.items():
        source = record["name"] if iso3 is None else record["translations"].get(iso3, {})
        names[lang] = {value for key in ("common", "official") if (value := source.get(key))}
    names["*"] = {alt for alt in record.get("altSpellings", []) if len(alt) > 3}
    for lang, extra in EXTRA_NAMES.get(code, {}).items():
        names.setdefault(lang, set()).update(extra)
    if code in RUSSIAN:
        names.setdefault("ru", set()).update(filter(None, RUSSIAN[code][0].split("|")))
    if "de" in names:
        names["de"].update(german_genitives(names["de"]))
    return {lang: sorted(values) for lang, values in names.items() if values}


def german_genitives(names: Iterable[str]) -> list[str]:
    """``"Schweden"`` → ``"Schwedens"`` ("die Regierung Schwedens", "Kiews Truppen"): the
    genitive of a one-word name not ending in a hissing sound or in the "-ei" of a
    feminine name (whose genitive takes no "s")."""
    return [
        name + "s"
        for name in names
        if " " not in name
        and "-" not in name
        and len(name) > 3
        and not name.endswith(("s", "ß", "x", "z", "ei", "insel", "inseln"))
    ]


def russian_cases(name: str) -> list[str]:
    """``"Ереван"`` → the nominative, genitive, dative, accusative and prepositional forms.

    Only the last part of a hyphenated name declines ("Аддис-Абебы"); names of several
    words, names ending in a vowel other than -а/-я, and RUSSIAN_INDECLINABLE stay as given.
    """
    if " " in name or name in RUSSIAN_INDECLINABLE:
        return [name]
    last = name[-1]
    if last in "йь":
        stem = name[:-1]
        return [name, stem + "я", stem + "е", stem + "ю"]
    if name.endswith("ия"):
        stem = name[:-1]
        return [name, stem + "и", stem + "ю"]
    if last == "я":
        stem = name[:-1]
        return [name, stem + "и", stem + "е", stem + "ю"]
    if last == "а":
        stem = name[:-1]
        genitive = stem + ("и" if stem[-1] in "гкхжшчщ" else "ы")
        return [name, genitive, stem + "е", stem + "у"]
    if last in "аеёиоуыэюя":
        return [name]
    return [name, name + "а", name + "е", name + "у"]


def capital_slug(code: str, name: str) -> str:
    if code in KEPT_IDS:
        return KEPT_IDS[code]
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_name = "".join(char for char in decomposed if not unicodedata.combining(char))
    return "city/" + re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def capital_spellings(code: str, country_aliases: set[str]) -> dict[str, list[str]]:
    """The capital's names per language, from CAPITALS/MORE_CAPITALS and the Russian tables.

    Names added since countries-2026.2 (MORE_CAPITALS, RUSSIAN_CAPITAL_NAMES) that are
    also a country's name ("Алжир", "Túnez") are dropped, with their case forms: such a
    name stays the country's. The names of the older capitals are kept as they were.
    """
    en, it, fr, de, es, _ = CAPITALS.get(code) or MORE_CAPITALS[code]
    spellings = {"en": en, "it": it, "fr": fr, "de": de, "es": es}
    groups = {lang: [[name] for name in value.split("|")] for lang, value in spellings.items()}
    if code in RUSSIAN_CAPITALS:
        groups["ru"] = [[name] for name in RUSSIAN_CAPITALS[code].split("|")]
    elif code in RUSSIAN_CAPITAL_NAMES:
        groups["ru"] = [russian_cases(name) for name in RUSSIAN_CAPITAL_NAMES[code].split("|")]
    groups["de"] = [[name, *german_genitives([name])] for [name] in groups["de"]]
    names: dict[str, list[str]] = {}
    for lang, forms in groups.items():
        legacy = code in CAPITALS and (lang != "ru" or code in RUSSIAN_CAPITALS)
        kept: list[str] = []
        for group in forms:
            if not legacy and normalise_alias(group[0]) in country_aliases:
                logger.info("capital %s: %s name %r is a country's name", code, lang, group[0])
                continue
            kept.extend(form for form in group if form not in kept)
        if kept:
            names[lang] = kept
    return names


def capital_entity(code: str, country_name: str, country_aliases: set[str]) -> dict[str, Any]:
    aliases = capital_spellings(code, country_aliases)
    main = aliases["en"][0]
    return {
        "id": capital_slug(code, main),
        "type": "GPE",
        "name": main,
        "country": code,
        "wikidata": None,
        "aliases": aliases,
        "capital_of": code,
        "metonym": (CAPITALS.get(code) or MORE_CAPITALS[code])[5],
        "description": f"capital of {country_name}",
    }


def country_entity(record: dict[str, Any]) -> dict[str, Any]:
    code = CODE_FIXES.get(record["cca3"], record["cca3"])
    return {
        "id": f"country/{code}",
        "type": "GPE",
        "name": record["name"]["common"],
        "country": code,
        "wikidata": WIKIDATA.get(code),
        "aliases": names_for(code, record),
        "demonyms": demonyms_for(code, record),
        "capital": record.get("capital", []),
        "independent": bool(record.get("independent")),
    }


def drop_shared_demonyms(countries: list[dict[str, Any]]) -> None:
    """A demonym shared by several entries ("Français": France and its Southern Lands) keeps
    only the country whose hand-written forms name it ("Dominican": the Dominican Republic,
    not Dominica), else the hand-curated or independent one; one still ambiguous is dropped."""
    written = {
        entity["id"]: {
            form.lower() for forms in demonyms_for(entity["country"], {}).values() for form in forms
        }
        for entity in countries
    }
    owners: dict[str, list[dict[str, Any]]] = {}
    for entity in countries:
        for forms in entity["demonyms"].values():
            for form in set(forms):
                owners.setdefault(form.lower(), []).append(entity)
    for form, entities in owners.items():
        if len({entity["id"] for entity in entities}) < 2:
            continue
        keep = (
            [e for e in entities if form in written[e["id"]]]
            or [e for e in entities if e["country"] in DEMONYMS]
            or [e for e in entities if e["independent"]]
        )
        keep_ids = {e["id"] for e in keep} if len({e["id"] for e in keep}) == 1 else set()
        for entity in entities:
            if entity["id"] in keep_ids:
                continue
            for lang, forms in entity["demonyms"].items():
                entity["demonyms"][lang] = [f for f in forms if f.lower() != form]
        logger.debug("demonym %r shared; kept %s", form, sorted(keep_ids))
    for entity in countries:
        entity["demonyms"] = {lang: forms for lang, forms in entity["demonyms"].items() if forms}


def build(source: Path) -> dict[str, Any]:
    records = json.loads(source.read_text(encoding="utf-8"))
    countries = sorted((country_entity(record) for record in records), key=lambda e: e["id"])
    drop_shared_demonyms(countries)
    names = {entity["country"]: entity["name"] for entity in countries}
    codes = set(CAPITALS) | set(MORE_CAPITALS)
    missing = sorted((codes | set(OMITTED_CAPITALS) | set(RUSSIAN_CAPITAL_NAMES)) - set(names))
    if missing:
        raise SystemExit(f"capital tables name unknown country codes: {missing}")
    both = sorted(set(CAPITALS) & set(MORE_CAPITALS) | codes & set(OMITTED_CAPITALS))
    if both:
        raise SystemExit(f"capital tables name a country twice: {both}")
    country_aliases = {
        normalise_alias(alias)
        for entity in countries
        for values in entity["aliases"].values()
        for alias in values
    }
    cities = [capital_entity(code, names[code], country_aliases) for code in sorted(codes)]
    return {
        "licence": LICENCE,
        "source": "https://github.com/mledoze/countries (mledoze_countries.json)",
        "version": VERSION,
        "entities": countries + cities,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    data = build(args.source)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
    args.out.write_text(text + "\n", encoding="utf-8")
    logger.info("wrote %d entities to %s (%d bytes)", len(data["entities"]), args.out, len(text))


if __name__ == "__main__":
    main()
