#!/usr/bin/env python3
"""Lists the ISO 3166-1 countries and territories the actor lexicon lacks.

Reads Debian's iso-codes list (/usr/share/iso-codes/json/iso_3166-1.json, or
the file given as the first argument) and the entry heads of every
data/lexicon/*.actors file, and prints each ISO alpha-3 code with no entry head
of that code, with its ISO name. It also lists the ISO codes whose entry does
not have its own alpha-3 code as a name ("RUS   case=exact"), which every
entry has unless the code is a common word or another actor's acronym (those
are listed in SKIP_CODE_NAME with the reason).

The lexicon never reads iso-codes at run time; this is a check for the people
who edit it. Exit status: 0 when nothing is missing, 1 when something is,
0 with a note when iso-codes is not installed (apt-get install iso-codes).

usage: python3 tools/check_iso_countries.py [ISO_JSON] [LEXICON_DIR]
"""
import glob
import json
import os
import re
import sys

# Alpha-3 codes deliberately not written as names, with the reason: English
# words, given names, abbreviations and acronyms that news uses for something
# else. Every other code is a case=exact name of its entry ("RUS", "UKR").
SKIP_CODE_NAME = {
    "AGO": "English word",
    "AIA": "AIA insurance group",
    "ALA": "American Library Association",
    "AND": "English word",
    "ARE": "English word",
    "ARM": "English word",
    "ASM": "ASM International",
    "ATA": "Air Transport Association",
    "ATF": "US Bureau of Alcohol, Tobacco and Firearms",
    "AUS": "slang for Australia",
    "BEL": "given name",
    "BEN": "given name",
    "BES": "abbreviation",
    "BFA": "Bachelor of Fine Arts",
    "BHS": "British Home Stores",
    "BLM": "Black Lives Matter, Bureau of Land Management",
    "BRA": "English word",
    "BRN": "Barisan Revolusi Nasional (Thai rebels)",
    "BRB": "chat abbreviation",
    "BTN": "abbreviation (button)",
    "CAF": "Confederation of African Football",
    "CAN": "English word",
    "CHE": "Che Guevara",
    "CIV": "abbreviation (civilian)",
    "COD": "English word",
    "COG": "English word",
    "COL": "Colonel",
    "COM": "abbreviation (company)",
    "CUB": "English word",
    "DJI": "drone maker",
    "DMA": "EU Digital Markets Act",
    "DOM": "given name",
    "ECU": "European Currency Unit",
    "ERI": "given name",
    "ESP": "English word",
    "EST": "Eastern Standard Time",
    "ETH": "Ether (cryptocurrency)",
    "FIN": "English word",
    "FRA": "title (Fra), Frankfurt airport",
    "FSM": "abbreviation",
    "GAB": "English word",
    "GEO": "prefix",
    "GIB": "slang",
    "GIN": "English word",
    "GUM": "English word",
    "GUY": "English word",
    "HUN": "English word",
    "IND": "Independent",
    "IOT": "Internet of Things",
    "IRL": "abbreviation (in real life)",
    "ISR": "intelligence, surveillance and reconnaissance",
    "ITA": "news agency",
    "JAM": "English word",
    "KEN": "given name",
    "LAO": "the Lao people",
    "LCA": "life-cycle assessment",
    "LIE": "English word",
    "LSO": "London Symphony Orchestra",
    "LUX": "unit, brand",
    "MAC": "English word",
    "MAF": "abbreviation",
    "MAR": "English word",
    "MCO": "Malaysia's movement control order",
    "MDA": "drug",
    "MDG": "Millennium Development Goals",
    "MLI": "abbreviation",
    "MMR": "vaccine",
    "MNE": "multinational enterprise",
    "MRT": "mass rapid transit",
    "MUS": "abbreviation (music)",
    "NAM": "Vietnam, Non-Aligned Movement",
    "NGA": "US National Geospatial-Intelligence Agency",
    "NIC": "abbreviation",
    "NLD": "National League for Democracy (Myanmar)",
    "NOR": "English word",
    "NPL": "non-performing loan",
    "PAN": "Mexican party (PAN)",
    "PER": "English word",
    "PHL": "abbreviation (Philadelphia)",
    "POL": "slang (politician)",
    "PRI": "Mexican party (PRI)",
    "PSE": "Philippine Stock Exchange",
    "REU": "abbreviation (Reuters)",
    "RWA": "risk-weighted assets",
    "SDN": "US sanctions list (Specially Designated Nationals)",
    "SEN": "Senator",
    "SGS": "inspection company",
    "SLB": "oil-service company",
    "SMR": "small modular reactor",
    "SOM": "abbreviation",
    "SPM": "abbreviation",
    "SSD": "solid-state drive",
    "STP": "abbreviation",
    "SUR": "Spanish word",
    "TLS": "Transport Layer Security",
    "TON": "English word",
    "TUN": "English word",
    "TUV": "inspection company",
    "UGA": "University of Georgia",
    "VAT": "value-added tax",
    "WLF": "abbreviation",
}


def lexicon_entries(lexicon_dir):
    """Maps each entry head code to the set of its names, as written."""
    entries = {}
    head = None
    for path in sorted(glob.glob(os.path.join(lexicon_dir, "*.actors"))):
        for line in open(path, encoding="utf-8"):
            text = line.split("#", 1)[0].rstrip()
            if not text or text.startswith("@"):
                continue
            if not text[0].isspace():
                head = text.split()[0]
                entries.setdefault(head, set())
            elif head and not text.lstrip().startswith("=>"):
                names = re.sub(r"\S+=(\"[^\"]*\"|\S+)", "", text)
                entries[head].update(n.strip() for n in names.split("|"))
    return entries


def main():
    iso_path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json/iso_3166-1.json"
    here = os.path.dirname(os.path.abspath(__file__))
    lexicon_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "data", "lexicon")
    if not os.path.exists(iso_path):
        print(f"skipped: {iso_path} not found (apt-get install iso-codes)")
        return 0
    countries = json.load(open(iso_path, encoding="utf-8"))["3166-1"]
    entries = lexicon_entries(lexicon_dir)
    missing = [c for c in countries if c["alpha_3"] not in entries]
    no_code = [c for c in countries
               if c["alpha_3"] in entries and c["alpha_3"] not in SKIP_CODE_NAME
               and c["alpha_3"] not in entries[c["alpha_3"]]]
    for c in missing:
        print(f"missing entry: {c['alpha_3']}  {c.get('common_name', c['name'])}")
    for c in no_code:
        print(f"no code name:  {c['alpha_3']}  {c.get('common_name', c['name'])}")
    print(f"{len(countries)} ISO 3166-1 entries, {len(missing)} missing, "
          f"{len(no_code)} without their alpha-3 code as a name")
    return 1 if missing or no_code else 0


if __name__ == "__main__":
    sys.exit(main())
