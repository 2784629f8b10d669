"""Demo entries for the address directory: twenty-six per Sozialraum.

Every Sozialraum gets the same kinds of places – a Träger with its Familienzentrum, Jugendzentrum and
Beratungsstellen, Kitas, Grundschulen, two church parishes and a mosque community, the library branch,
the Bürgeramt, initiatives, a Tafel-Ausgabe, a Kleiderkammer and a winter night shelter or café – and
three more from a pool. Streets and postcodes are real streets of the Sozialraum's Stadtteile and the
coordinates lie next to them (near their KVB stops); names, phone numbers (0221 99 99 5-…), e-mail
addresses and websites (on .example) are invented, and associations, parishes and Träger carry
"(Demo)" so that nobody takes them for real ones. Contacts are offices and roles, never persons.

What differs between the Sozialräume (names, opening hours, languages, which entries are closed for a
while or have not been checked for long) follows from the slug and the position in the fixture, never
from chance: the demo is built idempotently. Dates are relative to `today`.

Each dict holds Organisation field values plus "slots" [(weekday, "HH:MM", "HH:MM")], "topics",
"target_groups" (slugs), "further" (slugs of further Sozialräume) and "parent" (the name of an entry
earlier in the same list).
"""

import datetime
import zlib
from dataclasses import dataclass
from decimal import Decimal

from django.utils.text import slugify

MO, TU, WE, TH, FR, SA, SU = range(7)
ENTRIES_PER_SOZIALRAUM = 26
POOL_SIZE = 3
POOL_STEP = 4
MICRO = Decimal("0.000001")
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
# How far an address may lie from its street's anchor point: about 90 metres either way.
LATITUDE_SPREAD = 800
LONGITUDE_SPREAD = 1200


@dataclass(frozen=True)
class Street:
    name: str
    postcode: str
    latitude: str
    longitude: str


@dataclass(frozen=True)
class Area:
    label: str  # what names call it: "Vingst", "Kölnberg", "Keupstraße"
    stadtteil: str  # the official Stadtteil: "Meschenich", "Humboldt/Gremberg"
    streets: tuple


@dataclass(frozen=True)
class Profile:
    areas: tuple
    bezirk: str
    bezirk_seat: bool  # the Bürgeramt of the Stadtbezirk is here; elsewhere it is an Außenstelle
    languages: tuple  # the most asked-for languages besides German, most frequent first
    sports_club: str
    neighbours: tuple = ()  # Sozialräume next door that some entries also serve


S = Street
PROFILES = {
    "bickendorf": Profile(
        areas=(
            Area(
                "Bickendorf",
                "Bickendorf",
                (
                    S("Rochusstraße", "50827", "50.956581", "6.903370"),
                    S("Akazienweg", "50827", "50.960311", "6.894591"),
                    S("Häuschensweg", "50827", "50.961174", "6.901278"),
                    S("Feltenstraße", "50827", "50.963039", "6.900283"),
                    S("Emilstraße", "50827", "50.966414", "6.897908"),
                ),
            ),
            Area(
                "Ossendorf",
                "Ossendorf",
                (
                    S("Rektor-Klein-Straße", "50827", "50.973481", "6.904760"),
                    S("Margaretastraße", "50827", "50.968127", "6.905537"),
                    S("Frohnhofstraße", "50827", "50.975500", "6.903000"),
                ),
            ),
        ),
        bezirk="Ehrenfeld",
        bezirk_seat=False,
        languages=("tr", "it", "pl", "ar"),
        sports_club="Sportverein Bickendorf 1912 (Demo)",
        neighbours=("bocklemuend", "bilderstoeckchen"),
    ),
    "bilderstoeckchen": Profile(
        areas=(
            Area(
                "Bilderstöckchen",
                "Bilderstöckchen",
                (
                    S("Escher Straße", "50739", "50.964800", "6.934042"),
                    S("Alzeyer Straße", "50739", "50.970353", "6.927167"),
                    S("Ebernburgweg", "50739", "50.969011", "6.931882"),
                    S("Am Bilderstöckchen", "50739", "50.973297", "6.926383"),
                    S("Frankenthaler Straße", "50739", "50.968934", "6.936665"),
                ),
            ),
        ),
        bezirk="Nippes",
        bezirk_seat=False,
        languages=("tr", "ar", "it", "ru"),
        sports_club="Turn- und Sportverein Bilderstöckchen 1926 (Demo)",
        neighbours=("bickendorf",),
    ),
    "chorweiler": Profile(
        areas=(
            Area(
                "Chorweiler",
                "Chorweiler",
                (
                    S("Pariser Platz", "50765", "51.020947", "6.898123"),
                    S("Florenzer Straße", "50765", "51.022808", "6.893519"),
                    S("Weichselring", "50765", "51.026252", "6.896297"),
                    S("Havelstraße", "50765", "51.027017", "6.888492"),
                    S("Neißestraße", "50765", "51.029981", "6.893896"),
                    S("Weserpromenade", "50765", "51.032665", "6.888415"),
                ),
            ),
            Area("Blumenberg", "Blumenberg", (S("Kallbergstraße", "50765", "51.040221", "6.883340"),)),
            Area(
                "Seeberg",
                "Seeberg",
                (
                    S("Merianstraße", "50765", "51.026501", "6.909351"),
                    S("Karl-Marx-Allee", "50765", "51.023890", "6.904053"),
                ),
            ),
        ),
        bezirk="Chorweiler",
        bezirk_seat=True,
        languages=("tr", "ru", "ar", "pl", "fa"),
        sports_club="Sportgemeinschaft Chorweiler 1974 (Demo)",
    ),
    "bocklemuend": Profile(
        areas=(
            Area(
                "Bocklemünd",
                "Bocklemünd/Mengenich",
                (
                    S("Görlinger-Zentrum", "50829", "50.980581", "6.870092"),
                    S("Ollenhauerring", "50829", "50.975685", "6.871116"),
                    S("Nüssenberger Straße", "50829", "50.977353", "6.864631"),
                    S("Grevenbroicher Straße", "50829", "50.972663", "6.866073"),
                    S("Heinrich-Mann-Straße", "50829", "50.983650", "6.865188"),
                ),
            ),
            Area(
                "Mengenich",
                "Bocklemünd/Mengenich",
                (
                    S("Buschweg", "50829", "50.984574", "6.860221"),
                    S("Dohmengasse", "50829", "50.980580", "6.857850"),
                ),
            ),
        ),
        bezirk="Ehrenfeld",
        bezirk_seat=False,
        languages=("tr", "ru", "pl", "ar"),
        sports_club="Sportverein Bocklemünd 1921 (Demo)",
        neighbours=("bickendorf",),
    ),
    "buchheim": Profile(
        areas=(
            Area(
                "Buchheim",
                "Buchheim",
                (
                    S("Herler Straße", "51063", "50.958081", "7.025347"),
                    S("Frankfurter Straße", "51063", "50.953391", "7.015016"),
                    S("Wichheimer Straße", "51063", "50.961272", "7.030998"),
                ),
            ),
            Area(
                "Buchforst",
                "Buchforst",
                (
                    S("Waldecker Straße", "51065", "50.950963", "7.004801"),
                    S("Kalk-Mülheimer Straße", "51065", "50.953440", "7.004442"),
                    S("Klaprothstraße", "51065", "50.948569", "7.006162"),
                    S("Beuthener Straße", "51065", "50.949923", "7.018376"),
                ),
            ),
        ),
        bezirk="Mülheim",
        bezirk_seat=False,
        languages=("tr", "ar", "ku", "bg"),
        sports_club="Ballspielverein Buchheim 1911 (Demo)",
        neighbours=("muelheim-nord",),
    ),
    "hoehenberg-vingst": Profile(
        areas=(
            Area(
                "Höhenberg",
                "Höhenberg",
                (
                    S("Frankfurter Straße", "51103", "50.941746", "7.029730"),
                    S("Fuldaer Straße", "51103", "50.941605", "7.023159"),
                    S("Würzburger Straße", "51103", "50.939045", "7.019550"),
                    S("Germaniastraße", "51103", "50.940500", "7.026000"),
                ),
            ),
            Area(
                "Vingst",
                "Vingst",
                (
                    S("Kuthstraße", "51107", "50.933136", "7.022804"),
                    S("Ostheimer Straße", "51107", "50.931800", "7.027500"),
                    S("Kürtenstraße", "51107", "50.928533", "7.017341"),
                ),
            ),
        ),
        bezirk="Kalk",
        bezirk_seat=False,
        languages=("tr", "ar", "ru", "ro"),
        sports_club="Sportverein Vingst 1920 (Demo)",
        neighbours=("kalk", "ostheim"),
    ),
    "kalk": Profile(
        areas=(
            Area(
                "Kalk",
                "Kalk",
                (
                    S("Kalker Hauptstraße", "51103", "50.938923", "7.008830"),
                    S("Vietorstraße", "51103", "50.937000", "6.999800"),
                    S("Remscheider Straße", "51103", "50.944440", "7.007764"),
                    S("Steinmetzstraße", "51103", "50.942642", "7.008194"),
                    S("Eythstraße", "51103", "50.940218", "7.010945"),
                    S("Dillenburger Straße", "51105", "50.934008", "7.011156"),
                ),
            ),
            Area(
                "Humboldt-Gremberg",
                "Humboldt/Gremberg",
                (
                    S("Rolshover Straße", "51105", "50.929289", "6.999236"),
                    S("Sauerlandstraße", "51105", "50.926242", "6.999647"),
                    S("Esserstraße", "51105", "50.930091", "6.996575"),
                    S("Lüderichstraße", "51105", "50.927614", "7.004228"),
                    S("Wiedstraße", "51105", "50.926102", "7.008760"),
                ),
            ),
        ),
        bezirk="Kalk",
        bezirk_seat=True,
        languages=("tr", "ar", "bg", "ro"),
        sports_club="Turn- und Sportverein Kalk 1893 (Demo)",
        neighbours=("hoehenberg-vingst",),
    ),
    "meschenich": Profile(
        areas=(
            Area(
                "Meschenich",
                "Meschenich",
                (
                    S("Brühler Landstraße", "50997", "50.861166", "6.927687"),
                    S("Engeldorfer Straße", "50997", "50.858957", "6.928495"),
                    S("Kettelerstraße", "50997", "50.861105", "6.932069"),
                    S("Alte Kölnstraße", "50997", "50.859800", "6.930200"),
                ),
            ),
            Area(
                "Kölnberg",
                "Meschenich",
                (
                    S("An der Fuhr", "50997", "50.863600", "6.929400"),
                    S("Am Rondorfer Pfad", "50997", "50.864400", "6.928100"),
                    S("Alte Brühler Straße", "50997", "50.863000", "6.926500"),
                ),
            ),
            Area(
                "Rondorf",
                "Rondorf",
                (
                    S("Bödinger Straße", "50997", "50.874486", "6.950636"),
                    S("Westerwaldstraße", "50997", "50.872064", "6.946752"),
                    S("Reiherstraße", "50997", "50.875716", "6.960236"),
                    S("Habichtstraße", "50997", "50.875961", "6.958109"),
                    S("Lerchenweg", "50997", "50.877931", "6.961314"),
                ),
            ),
        ),
        bezirk="Rodenkirchen",
        bezirk_seat=False,
        languages=("ar", "ro", "bg", "tr"),
        sports_club="Sportverein Meschenich 1927 (Demo)",
    ),
    "muelheim-nord": Profile(
        areas=(
            Area(
                "Mülheim-Nord",
                "Mülheim",
                (
                    S("Berliner Straße", "51063", "50.974959", "7.014807"),
                    S("Von-Sparr-Straße", "51063", "50.970582", "7.011541"),
                    S("Von-Lohe-Straße", "51063", "50.973460", "7.006265"),
                    S("Schützenhofstraße", "51063", "50.970159", "7.008187"),
                ),
            ),
            Area(
                "Keupstraße",
                "Mülheim",
                (
                    S("Keupstraße", "51063", "50.966294", "7.006866"),
                    S("Schanzenstraße", "51063", "50.966523", "7.009812"),
                    S("Dünnwalder Straße", "51063", "50.968781", "7.006870"),
                ),
            ),
        ),
        bezirk="Mülheim",
        bezirk_seat=True,
        languages=("tr", "ku", "ar", "bg"),
        sports_club="Sportverein Mülheim-Nord 1908 (Demo)",
        neighbours=("buchheim",),
    ),
    "ostheim": Profile(
        areas=(
            Area(
                "Ostheim",
                "Ostheim",
                (
                    S("Frankfurter Straße", "51107", "50.929159", "7.042401"),
                    S("Buchheimer Weg", "51107", "50.933904", "7.037370"),
                    S("Servatiusstraße", "51107", "50.929841", "7.046541"),
                    S("Saarbrücker Straße", "51107", "50.925155", "7.044853"),
                    S("Gernsheimer Straße", "51107", "50.927500", "7.040500"),
                ),
            ),
            Area(
                "Neubrück",
                "Neubrück",
                (
                    S("Europaring", "51109", "50.937946", "7.064400"),
                    S("Straßburger Platz", "51109", "50.935005", "7.062886"),
                    S("Ludwig-Quidde-Platz", "51109", "50.931431", "7.055656"),
                    S("Neubrücker Ring", "51109", "50.936500", "7.058500"),
                ),
            ),
        ),
        bezirk="Kalk",
        bezirk_seat=False,
        languages=("tr", "ru", "ar", "fa"),
        sports_club="Sportverein Ostheim 1919 (Demo)",
        neighbours=("hoehenberg-vingst", "porz-ost"),
    ),
    "porz-ost": Profile(
        areas=(
            Area(
                "Porz-Ost",
                "Porz",
                (
                    S("Siemensstraße", "51149", "50.885624", "7.071104"),
                    S("Voltastraße", "51149", "50.883220", "7.071187"),
                    S("Celsiusstraße", "51149", "50.882042", "7.068537"),
                    S("Humboldtstraße", "51149", "50.891761", "7.070189"),
                    S("Dorotheenstraße", "51149", "50.886197", "7.073311"),
                ),
            ),
            Area(
                "Finkenberg",
                "Finkenberg",
                (
                    S("Stresemannstraße", "51149", "50.897006", "7.061300"),
                    S("Theodor-Heuss-Straße", "51149", "50.896863", "7.064555"),
                    S("Brüsseler Straße", "51149", "50.895500", "7.066500"),
                    S("Konrad-Adenauer-Straße", "51149", "50.894800", "7.063000"),
                ),
            ),
            Area(
                "Gremberghoven",
                "Gremberghoven",
                (
                    S("Talweg", "51149", "50.903628", "7.053050"),
                    S("Rather Straße", "51149", "50.904500", "7.057000"),
                    S("Hohenstaufenstraße", "51149", "50.903000", "7.056000"),
                ),
            ),
            Area(
                "Eil",
                "Eil",
                (
                    S("Heumarer Straße", "51145", "50.897289", "7.077822"),
                    S("Frankfurter Straße", "51145", "50.892334", "7.078031"),
                    S("Neue Eiler Straße", "51145", "50.892934", "7.074846"),
                    S("Im Falkenhorst", "51145", "50.888247", "7.080173"),
                ),
            ),
        ),
        bezirk="Porz",
        bezirk_seat=True,
        languages=("tr", "ru", "pl", "ar"),
        sports_club="Sportverein Porz-Ost 1964 (Demo)",
        neighbours=("ostheim",),
    ),
}


def fallback_profile(sozialraum):
    """A Sozialraum the demo has no streets for (in tests): one generic area in the city centre."""
    area = Area(sozialraum.name, sozialraum.name, (S("Rathausplatz", "50667", "50.938100", "6.958700"),))
    return Profile(
        areas=(area,),
        bezirk="Innenstadt",
        bezirk_seat=False,
        languages=("tr", "ar", "ru"),
        sports_club=f"Sportverein {sozialraum.name} (Demo)",
    )


def ascii_slug(text):
    """'Höhenberg' -> 'hoehenberg': for domain names, where slugify alone would drop the umlaut."""
    for umlaut, spelled in UMLAUTS.items():
        text = text.replace(umlaut, spelled)
    return slugify(text.replace("(Demo)", "").replace("/", "-"))


def lines(*offers):
    return "\n".join(offers)


def week(days, opens, closes):
    return [(day, opens, closes) for day in days]


def german_list(items):
    items = list(items)
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} und {items[-1]}"


class Directory:
    """The deterministic variations of one Sozialraum's directory, chosen from its slug and position."""

    def __init__(self, sozialraum, sozialraeume, today):
        self.slug = sozialraum.slug
        self.today = today
        slugs = [other.slug for other in sozialraeume]
        self.position = slugs.index(self.slug) if self.slug in slugs else len(slugs)
        self.profile = PROFILES.get(self.slug) or fallback_profile(sozialraum)
        self.neighbours = [slug for slug in self.profile.neighbours if slug in slugs and slug != self.slug]
        # A street ("Keupstraße") reads wrong after "in": texts name the Stadtteile only.
        labels = [area.label for area in self.profile.areas if not area.label.endswith("straße")]
        self.region = german_list(dict.fromkeys(labels)) if labels else sozialraum.name
        self.names = {}
        self.taken = set()  # addresses already given: no two entries share a house
        self.traeger_domain = ""
        # Which advice centre also serves the neighbours, which entries are closed for a while.
        self.serving_advice = self.pick("beratung:further", ["schulden", "migration", "erziehung"])

    def number(self, salt):
        return zlib.crc32(f"{self.slug}:{salt}".encode())

    def pick(self, salt, options):
        options = list(options)
        return options[self.number(salt) % len(options)]

    @property
    def main(self):
        return self.profile.areas[0]

    def area(self, salt):
        return self.pick(f"{salt}:area", self.profile.areas)

    def address(self, salt, area):
        street = self.pick(f"{salt}:street", area.streets)
        number = 1 + self.number(f"{salt}:number") % 118
        while (street.name, number) in self.taken:
            number += 2  # the same side of the street
        self.taken.add((street.name, number))
        suffix = "a" if number % 11 == 0 else ""
        lat_offset = self.number(f"{salt}:lat") % (2 * LATITUDE_SPREAD + 1) - LATITUDE_SPREAD
        lon_offset = self.number(f"{salt}:lon") % (2 * LONGITUDE_SPREAD + 1) - LONGITUDE_SPREAD
        return {
            "street": f"{street.name} {number}{suffix}",
            "postcode": street.postcode,
            "stadtteil": area.stadtteil,
            "latitude": (Decimal(street.latitude) + lat_offset * MICRO).quantize(MICRO),
            "longitude": (Decimal(street.longitude) + lon_offset * MICRO).quantize(MICRO),
        }

    def languages(self, count, *extra):
        codes = ["de", *extra, *self.profile.languages[:count]]
        return ",".join(dict.fromkeys(codes))

    def serves(self, advice):
        return self.neighbours[:1] if advice == self.serving_advice else []

    def own(self, domain, role="info", path=""):
        """E-mail, website and upkeep address of an entry with its own (invented) domain."""
        return {
            "email": f"{role}@{domain}.example",
            "website": f"https://{domain}.example/{path}",
            "upkeep_email": f"verwaltung@{domain}.example",
        }

    def member(self, path):
        """Contact of an entry under the Träger's (invented) domain."""
        return {
            "email": f"{path}@{self.traeger_domain}.example",
            "website": f"https://{self.traeger_domain}.example/{path}/",
            "upkeep_email": f"qualitaet-{path}@{self.traeger_domain}.example",
        }


# -- the twenty-three entries every Sozialraum has --------------------------


def traeger(d):
    area = d.main
    name = d.pick(
        "traeger:name",
        [
            "Sozialwerk {a} (Demo)",
            "Stadtteilwerk {a} (Demo)",
            "Verein für Stadtteilarbeit {a} (Demo)",
            "Nachbarschaftswerk {a} (Demo)",
        ],
    ).format(a=area.label)
    d.traeger_domain = ascii_slug(name)
    return {
        "key": "traeger",
        "area": area,
        "name": name,
        "kind": "traeger",
        "short_description": (
            f"Gemeinnütziger Träger der Kinder-, Jugend-, Familien- und Sozialarbeit in {d.region}. "
            "Unter seinem Dach arbeiten das Familienzentrum, das Jugendzentrum, mehrere Beratungsstellen "
            "und viele Ehrenamtliche."
        ),
        "offers": lines(
            "Geschäftsstelle und Verwaltung",
            "Koordination der Ehrenamtlichen",
            "Plätze im Freiwilligen Sozialen Jahr und im Bundesfreiwilligendienst",
            "Fortbildungen für Ehrenamtliche",
            "Spendenquittungen",
        ),
        **d.own(d.traeger_domain),
        "slots": week((MO, TU, WE, TH), "09:00", "16:00") + [(FR, "09:00", "13:00")],
        "opening_notes": (
            "Öffnungszeiten der Geschäftsstelle. Gespräche mit der Geschäftsführung nach Vereinbarung."
        ),
        "holiday_note": "Zwischen Weihnachten und Neujahr ist die Geschäftsstelle geschlossen.",
        "step_free": "ja",
        "accessible_toilet": True,
        "languages": "de,en",
        "topics": ["soziales", "kinder-jugend-familie", "engagement"],
        "target_groups": ["alle"],
        "further": list(d.neighbours),
    }


def catholic_parish(d):
    area = d.area("katholisch")
    name = f"Katholische Kirchengemeinde {area.label} (Demo)"
    domain = f"kath-kirche-{ascii_slug(area.label)}"
    return {
        "key": "katholisch",
        "area": area,
        "name": name,
        "kind": "religion",
        "short_description": (
            "Katholische Pfarrgemeinde mit Kirche, Pfarrsaal und Pfarrbüro. Neben den Gottesdiensten gibt "
            "es Gruppen für Kinder, Familien und Ältere und einen Besuchsdienst für Kranke."
        ),
        "offers": lines(
            "Gottesdienste",
            "Taufe, Erstkommunion und Firmung",
            "Besuchsdienst für Kranke und Ältere",
            "Kinder- und Jugendgruppen",
            "Pfarrsaal für Feiern und Treffen aus dem Veedel",
        ),
        **d.own(domain, role="pfarrbuero"),
        "slots": week((MO, TU, TH, FR), "09:00", "12:00") + [(WE, "15:00", "18:00")],
        "opening_notes": "Öffnungszeiten des Pfarrbüros. Die Kirche ist tagsüber geöffnet.",
        "step_free": "teilweise",
        "accessible_toilet": True,
        "hearing_loop": True,
        "accessibility_note": (
            "Die Kirche ist über die Seitentür stufenlos erreichbar. Das Pfarrbüro liegt im ersten Stock "
            "ohne Aufzug."
        ),
        "languages": d.pick("katholisch:languages", ["de", "de,pl", "de,it", "de,pl,it"]),
        "topics": ["soziales", "engagement", "kultur"],
        "target_groups": ["alle", "familien", "senioren"],
    }


def protestant_parish(d):
    area = d.area("evangelisch")
    name = f"Evangelische Kirchengemeinde {area.label} (Demo)"
    domain = f"ev-gemeinde-{ascii_slug(area.label)}"
    return {
        "key": "evangelisch",
        "area": area,
        "name": name,
        "kind": "religion",
        "short_description": (
            "Evangelische Gemeinde mit Kirche, Gemeindehaus und Gemeindebüro. Im Gemeindehaus treffen sich "
            "Gruppen aller Generationen, und die Räume stehen auch Initiativen aus dem Veedel offen."
        ),
        "offers": lines(
            "Gottesdienste",
            "Konfirmandenzeit",
            "Seniorenkreis",
            "Chor",
            "Räume für Initiativen aus dem Veedel",
            "Seelsorge nach Vereinbarung",
        ),
        **d.own(domain, role="gemeindebuero"),
        "slots": [(TU, "10:00", "12:00"), (TH, "15:00", "18:00")],
        "opening_notes": "Öffnungszeiten des Gemeindebüros.",
        "step_free": d.pick("evangelisch:step", ["ja", "teilweise"]),
        "accessible_toilet": True,
        "hearing_loop": True,
        "accessibility_note": "Das Gemeindehaus hat einen Eingang mit Rampe auf der Hofseite.",
        "languages": "de,en",
        "topics": ["soziales", "engagement", "kultur"],
        "target_groups": ["alle", "senioren", "jugendliche"],
    }


def citizens_association(d):
    area = d.main
    name = f"Bürgerverein {area.label} (Demo)"
    domain = f"buergerverein-{ascii_slug(area.label)}"
    return {
        "key": "buergerverein",
        "area": area,
        "name": name,
        "kind": "verein",
        "short_description": (
            "Ehrenamtlicher Verein von Menschen aus dem Veedel, der sich für ein sauberes, sicheres und "
            "lebendiges Wohnumfeld einsetzt. Der Verein organisiert das Veedelsfest und bringt Anliegen der "
            "Nachbarschaft in die Bezirksvertretung."
        ),
        "offers": lines(
            "Veedelsfest im Sommer",
            "Frühjahrsputz mit Kindern und Schulen",
            "Stammtisch für Neue im Veedel",
            "Anliegen an Politik und Verwaltung weitergeben",
            "Offener Bücherschrank",
        ),
        **d.own(domain, role="kontakt"),
        "upkeep_email": f"vorstand@{domain}.example",
        "phone": "",
        "slots": [(WE, "17:00", "19:00")],
        "opening_notes": "Sprechstunde im Vereinsraum. Sonst erreichen Sie den Vorstand per E-Mail.",
        "holiday_note": "In den Sommerferien keine Sprechstunde.",
        "step_free": "nein",
        "accessibility_note": "Der Vereinsraum liegt im Souterrain, fünf Stufen. Wir kommen gern zu Ihnen.",
        "languages": "de",
        "topics": ["gemeinwesen-politik", "engagement", "stadtentwicklung"],
        "target_groups": ["alle"],
    }


def family_centre(d):
    area = d.area("familienzentrum")
    slots = d.pick(
        "familienzentrum:slots",
        [
            week((MO, TU, WE, TH), "09:00", "12:30")
            + week((MO, TU, WE, TH), "14:00", "17:00")
            + [(FR, "09:00", "12:30")],
            week((MO, TU, WE, TH, FR), "08:30", "16:00"),
        ],
    )
    return {
        "key": "familienzentrum",
        "area": area,
        "name": f"Familienzentrum {area.label}",
        "kind": "einrichtung",
        "parent": d.names["traeger"],
        "short_description": (
            "Anlaufstelle für Familien mit Kindern bis zehn Jahre: Beratung, Elterncafé und Kurse unter "
            "einem Dach. Das Team vermittelt auch zu Hebammen, Kinderärztinnen und "
            "Beratungsstellen im Veedel."
        ),
        "offers": lines(
            "Elterncafé mit Kinderbetreuung",
            "Babytreff und Krabbelgruppe",
            "Sprechstunde der Erziehungsberatung",
            "Deutschkurs für Mütter mit Kinderbetreuung",
            "Hilfe bei Anträgen: Kindergeld, Elterngeld, Bildung und Teilhabe",
        ),
        **d.member("familienzentrum"),
        "slots": slots,
        "holiday_note": "In den Sommerferien zwei Wochen geschlossen. Die Termine hängen im Schaukasten aus.",
        "step_free": "ja",
        "accessible_toilet": True,
        "accessibility_note": "Im Eingang ist Platz für Kinderwagen. Wickelraum im Erdgeschoss.",
        "languages": d.languages(3),
        "topics": ["kinder-jugend-familie", "fruehe-hilfen", "bildung"],
        "target_groups": ["familien", "eltern", "kinder"],
    }


def youth_centre(d):
    area = d.area("jugendzentrum")
    name = d.pick(
        "jugendzentrum:name",
        ["Jugendzentrum {a}", "Offenes Kinder- und Jugendzentrum {a}", "Jugendtreff {a}"],
    ).format(a=area.label)
    slots = d.pick(
        "jugendzentrum:slots",
        [
            week((MO, TU, WE, TH), "14:00", "20:00") + [(FR, "14:00", "22:00")],
            week((TU, WE, TH, FR, SA), "15:00", "21:00"),
        ],
    )
    return {
        "key": "jugendzentrum",
        "area": area,
        "name": name,
        "kind": "einrichtung",
        "parent": d.names["traeger"],
        "short_description": (
            "Offener Treff für Kinder ab 8 und Jugendliche bis 21 Jahre – ohne Anmeldung und kostenlos. "
            "Es gibt Platz zum Chillen, Kicker und Billard, eine Küche und Fachkräfte, die zuhören."
        ),
        "offers": lines(
            "Offener Treff",
            "Hausaufgabenhilfe",
            "Mädchentag am Mittwoch",
            "Tonstudio und Medienprojekte",
            "Ferienprogramm",
            "Beratung zu Schule, Ausbildung und Job",
        ),
        **d.member("jugendzentrum"),
        "slots": slots,
        "holiday_note": "In den Schulferien gibt es ein eigenes Ferienprogramm mit anderen Zeiten.",
        **d.pick(
            "jugendzentrum:access",
            [
                {
                    "step_free": "nein",
                    "accessibility_note": "Der Treff ist im ersten Stock. Es gibt leider keinen Aufzug.",
                },
                {"step_free": "ja", "accessible_toilet": True},
            ],
        ),
        "languages": d.languages(1, "en"),
        "topics": ["kinder-jugend-familie", "bildung", "kultur"],
        "target_groups": ["kinder", "jugendliche"],
    }


def seniors_network(d):
    area = d.area("seniorennetzwerk")
    return {
        "key": "seniorennetzwerk",
        "area": area,
        "name": f"Seniorennetzwerk {area.label}",
        "kind": "initiative",
        "parent": d.names["traeger"],
        "short_description": (
            "Ältere Menschen aus dem Veedel planen hier zusammen mit einer hauptamtlichen Koordinatorin "
            "Treffen, Ausflüge und Hilfe unter Nachbarn. Wer neu dazukommen möchte, ist bei jedem Treffen "
            "willkommen."
        ),
        "offers": lines(
            "Seniorencafé",
            "Spaziergruppe",
            "Handy- und Computerhilfe",
            "Besuchsdienst",
            "Ausflüge und Kulturfahrten",
            "Gedächtnistraining",
        ),
        **d.member("seniorennetzwerk"),
        "slots": [(TU, "10:00", "12:00"), (TH, "14:00", "17:00")],
        "opening_notes": "Sprechzeiten im Netzwerkbüro. Die Gruppen treffen sich auch an anderen Tagen.",
        "step_free": "ja",
        "accessible_toilet": True,
        "hearing_loop": True,
        "languages": d.languages(1),
        "topics": ["senioren", "engagement", "gesundheit-ernaehrung"],
        "target_groups": ["senioren"],
    }


def first_kita(d):
    area = d.area("kita-a")
    hours = d.pick("kita-a:hours", [("07:00", "16:30", "15:00"), ("07:15", "16:15", "14:30")])
    base = {
        "key": "kita-a",
        "area": area,
        "kind": "kita",
        "slots": week((MO, TU, WE, TH), hours[0], hours[1]) + [(FR, hours[0], hours[2])],
        "opening_notes": "Besichtigung für neue Familien nach Vereinbarung.",
        "holiday_note": "Drei Wochen in den Sommerferien und zwischen Weihnachten und Neujahr geschlossen.",
        "step_free": "ja",
        "accessible_toilet": True,
        "languages": d.languages(1),
        "topics": ["kinder-jugend-familie", "bildung", "fruehe-hilfen"],
        "target_groups": ["kinder", "familien"],
    }
    if d.number("kita-a:parish") % 2:
        domain = f"kath-kirche-{ascii_slug(d.area('katholisch').label)}"
        return {
            **base,
            "name": f"Katholische Kita {area.label}",
            "parent": d.names["katholisch"],
            "short_description": (
                "Katholische Kindertagesstätte mit vier Gruppen für Kinder von einem Jahr bis zur "
                "Einschulung. Die Feste im Kirchenjahr gehören ebenso zum Alltag wie Ausflüge in den Wald."
            ),
            "offers": lines(
                "Betreuung 35 oder 45 Stunden pro Woche",
                "Gruppe für Kinder unter drei Jahren",
                "Religionspädagogik",
                "Waldtag jede Woche",
                "Elterncafé am Freitag",
            ),
            "email": f"kita@{domain}.example",
            "website": f"https://{domain}.example/kita/",
            "upkeep_email": f"kita-leitung@{domain}.example",
        }
    domain = f"kita-{ascii_slug(area.label)}.stadt-koeln"
    return {
        **base,
        "name": f"Städtische Kita {area.label}",
        "short_description": (
            "Städtische Kindertagesstätte mit fünf Gruppen für Kinder ab vier Monaten bis zum Schuleintritt. "
            "Sprachbildung und Bewegung sind die Schwerpunkte, ein großes Außengelände gehört dazu."
        ),
        "offers": lines(
            "Betreuung 25, 35 oder 45 Stunden pro Woche",
            "Gruppe für Kinder ab vier Monaten",
            "Sprachbildung im Alltag",
            "Bewegungsraum und großes Außengelände",
            "Zusammenarbeit mit dem Familienzentrum",
        ),
        "email": f"leitung@{domain}.example",
        "website": "",
        "upkeep_email": f"verwaltung@{domain}.example",
    }


KITA_NAMES = ("Sonnenblume", "Regenbogen", "Pusteblume", "Löwenzahn", "Kleine Strolche", "Wirbelwind")


def second_kita(d):
    area = d.area("kita-b")
    return {
        "key": "kita-b",
        "area": area,
        "name": f"Kita {d.pick('kita-b:name', KITA_NAMES[:4])} {area.label}",
        "kind": "kita",
        "parent": d.names["traeger"],
        "short_description": (
            "Kita mit drei Gruppen in einem Haus mit Garten, für Kinder von zwei bis sechs Jahren. Im Alltag "
            "sprechen die Kinder viele Sprachen – das Team auch."
        ),
        "offers": lines(
            "Betreuung bis 45 Stunden pro Woche",
            "Mehrsprachiges Team",
            "Frühstück und Mittagessen aus der eigenen Küche",
            "Entwicklungsgespräche, auf Wunsch mit Dolmetscherin",
            "Vorschulgruppe",
        ),
        **d.member(f"kita-{ascii_slug(area.label)}"),
        "slots": week((MO, TU, WE, TH, FR), d.pick("kita-b:opens", ["07:00", "07:30"]), "16:30"),
        "holiday_note": "Drei Wochen in den Sommerferien geschlossen, dazu zwei Planungstage im Jahr.",
        "step_free": d.pick("kita-b:step", ["ja", "teilweise"]),
        "accessible_toilet": True,
        "languages": d.languages(2),
        "topics": ["kinder-jugend-familie", "bildung"],
        "target_groups": ["kinder", "familien", "zugewanderte-gefluechtete"],
    }


def primary_school(d):
    area = d.area("grundschule-a")
    domain = f"ggs-{ascii_slug(area.label)}"
    return {
        "key": "grundschule-a",
        "area": area,
        "name": f"Gemeinschaftsgrundschule {area.label}",
        "kind": "schule",
        "short_description": (
            "Städtische Gemeinschaftsgrundschule mit offenem Ganztag bis 16 Uhr. Sie ist eine Schule des "
            "Gemeinsamen Lernens für Kinder mit und ohne Förderbedarf."
        ),
        "offers": lines(
            "Offener Ganztag bis 16 Uhr",
            "Deutsch als Zweitsprache",
            "Schulsozialarbeit",
            "Schulbücherei",
            "Arbeitsgemeinschaften: Fußball, Chor, Schulgarten",
        ),
        **d.own(domain, role="sekretariat"),
        "upkeep_email": f"schulleitung@{domain}.example",
        "slots": week((MO, TU, WE, TH, FR), "07:30", "13:00"),
        "opening_notes": (
            "Öffnungszeiten des Sekretariats. Anmeldung der Schulanfängerinnen und Schulanfänger im Herbst."
        ),
        "holiday_note": "In den Schulferien ist das Sekretariat nur an einzelnen Tagen besetzt.",
        "step_free": "ja",
        "accessible_toilet": True,
        "accessibility_note": "Aufzug zu allen Etagen.",
        "languages": d.languages(2),
        "topics": ["bildung", "kinder-jugend-familie"],
        "target_groups": ["kinder", "eltern"],
    }


def second_primary_school(d):
    area = d.area("grundschule-b")
    if d.number("grundschule-b:kind") % 2:
        name = f"Katholische Grundschule {area.label}"
        domain = f"kgs-{ascii_slug(area.label)}"
        description = (
            "Städtische katholische Grundschule, die Kinder aller Bekenntnisse aufnimmt. Sie ist zweizügig "
            "und hat einen offenen Ganztag und eine Schulband."
        )
        offers = ("Offener Ganztag bis 16 Uhr", "Schulband und Flötengruppe", "Lesepatenschaften")
    else:
        name = f"Montessori-Grundschule {area.label}"
        domain = f"montessori-grundschule-{ascii_slug(area.label)}"
        description = (
            "Städtische Grundschule, die nach der Pädagogik Maria Montessoris arbeitet. Die Kinder lernen in "
            "altersgemischten Klassen im eigenen Tempo."
        )
        offers = ("Altersgemischte Klassen 1 bis 4", "Offener Ganztag bis 16 Uhr", "Freiarbeit und Projekte")
    return {
        "key": "grundschule-b",
        "area": area,
        "name": name,
        "kind": "schule",
        "short_description": description,
        "offers": lines(*offers, "Schulsozialarbeit", "Elterncafé einmal im Monat"),
        **d.own(domain, role="sekretariat"),
        "upkeep_email": f"schulleitung@{domain}.example",
        "slots": week((MO, TU, WE, TH), "07:45", "12:30") + [(FR, "07:45", "11:30")],
        "opening_notes": "Öffnungszeiten des Sekretariats.",
        "holiday_note": "In den Schulferien geschlossen.",
        "step_free": "teilweise",
        "accessibility_note": (
            "Das Erdgeschoss ist stufenlos erreichbar, die oberen Klassenräume nur über Treppen."
        ),
        "languages": d.languages(1),
        "topics": ["bildung", "kinder-jugend-familie"],
        "target_groups": ["kinder", "eltern"],
    }


def debt_advice(d):
    area = d.area("schulden")
    return {
        "key": "schulden",
        "area": area,
        "name": f"Schuldner- und Insolvenzberatung {area.label}",
        "kind": "beratungsstelle",
        "parent": d.names["traeger"],
        "short_description": (
            "Kostenlose und vertrauliche Beratung, wenn Rechnungen, Mahnungen oder Kredite über den Kopf "
            "wachsen. Die Stelle ist als Insolvenzberatungsstelle anerkannt und hilft auch beim P-Konto."
        ),
        "offers": lines(
            "Offene Sprechstunde für dringende Fälle",
            "Haushaltsplan und Budgetberatung",
            "Bescheinigung für das Pfändungsschutzkonto",
            "Verhandlungen mit Gläubigern",
            "Begleitung in die Verbraucherinsolvenz",
        ),
        **d.member("schuldnerberatung"),
        "by_appointment": True,
        "slots": [(TU, "09:00", "12:00"), (TH, "14:00", "17:00")],
        "opening_notes": "Offene Sprechstunde ohne Termin. Beratungsgespräche sonst nach Vereinbarung.",
        "step_free": "ja",
        "accessible_toilet": True,
        "languages": d.languages(2),
        "topics": ["soziales", "wirtschaft-arbeit", "wohnen"],
        "target_groups": ["alle", "familien"],
        "further": d.serves("schulden"),
    }


def migration_advice(d):
    area = d.area("migration")
    return {
        "key": "migration",
        "area": area,
        "name": f"Migrationsberatung {area.label}",
        "kind": "beratungsstelle",
        "parent": d.names["traeger"],
        "short_description": (
            "Beratung für Zugewanderte und Geflüchtete zu Aufenthalt, Sprachkursen, Arbeit und Wohnen. Die "
            "Beratung ist kostenlos und auf Wunsch in Ihrer Sprache."
        ),
        "offers": lines(
            "Beratung zu Aufenthalt und Familiennachzug",
            "Vermittlung in Integrations- und Sprachkurse",
            "Anerkennung ausländischer Berufsabschlüsse",
            "Hilfe bei Briefen und Anträgen von Ämtern",
            "Begleitung zu Behörden",
        ),
        **d.member("migrationsberatung"),
        "by_appointment": True,
        "slots": [
            (MO, "09:00", "12:00"),
            (WE, "13:00", "16:00"),
            (TH, "09:00", "12:00"),
            (TH, "13:00", "15:00"),
        ],
        "opening_notes": (
            "Offene Sprechstunde. Für ausführliche Gespräche vereinbaren Sie bitte einen Termin."
        ),
        "step_free": "ja",
        "accessible_toilet": True,
        "languages": d.languages(5, "en"),
        "topics": ["soziales", "bildung", "wirtschaft-arbeit"],
        "target_groups": ["zugewanderte-gefluechtete", "familien"],
        "further": d.serves("migration"),
    }


def parenting_advice(d):
    area = d.area("erziehung")
    domain = f"erziehungsberatung-{ascii_slug(area.label)}.stadt-koeln"
    return {
        "key": "erziehung",
        "area": area,
        "name": f"Erziehungs- und Familienberatung {area.label}",
        "kind": "beratungsstelle",
        "short_description": (
            "Beratung für Eltern, Kinder und Jugendliche bei Sorgen in der Familie, in der Schule oder nach "
            "einer Trennung. Die Gespräche sind kostenlos, vertraulich und auf Wunsch anonym."
        ),
        "offers": lines(
            "Erziehungsberatung",
            "Beratung bei Trennung und Scheidung",
            "Beratung für Jugendliche, auch ohne Eltern",
            "Elternkurse",
            "Sprechstunde im Familienzentrum",
        ),
        **d.own(domain, role="anmeldung"),
        "by_appointment": True,
        "slots": week((MO, TU, WE, TH), "09:00", "12:30")
        + week((MO, TU, WE, TH), "13:30", "17:00")
        + [(FR, "09:00", "13:00")],
        "opening_notes": "Zu diesen Zeiten nimmt das Sekretariat Anmeldungen an. Beratung nach Vereinbarung.",
        "step_free": "ja",
        "accessible_toilet": True,
        "hearing_loop": True,
        "languages": d.languages(1, "en"),
        "topics": ["kinder-jugend-familie", "fruehe-hilfen"],
        "target_groups": ["eltern", "familien", "jugendliche"],
        "further": d.serves("erziehung"),
    }


def sports_club(d):
    area = d.main
    name = d.profile.sports_club
    return {
        "key": "sport",
        "area": area,
        "name": name,
        "kind": "verein",
        "short_description": (
            "Breitensportverein mit Fußball, Turnen, Tischtennis und Gymnastik für alle "
            "Altersgruppen. Kinder "
            "aus Familien mit wenig Geld können über das Bildungs- und Teilhabepaket mitmachen."
        ),
        "offers": lines(
            "Fußball für Kinder und Jugendliche",
            "Eltern-Kind-Turnen",
            "Tischtennis",
            "Rückengymnastik",
            "Rehasport",
            "Probetraining ohne Anmeldung",
        ),
        **d.own(ascii_slug(name), role="geschaeftsstelle"),
        "upkeep_email": f"vorstand@{ascii_slug(name)}.example",
        "slots": [(TU, "18:00", "20:00"), (TH, "18:00", "19:30")],
        "opening_notes": (
            "Öffnungszeiten der Geschäftsstelle. Die Trainingszeiten stehen auf der Internetseite."
        ),
        "holiday_note": (
            "In den Sommerferien ist die Geschäftsstelle geschlossen, Training findet eingeschränkt statt."
        ),
        "step_free": "teilweise",
        "accessible_toilet": True,
        "accessibility_note": "Die Sporthalle ist stufenlos, das Vereinsheim am Platz hat zwei Stufen.",
        "languages": d.languages(1),
        "topics": ["sport", "gesundheit-ernaehrung"],
        "target_groups": ["alle", "kinder", "jugendliche"],
    }


def mosque(d):
    area = d.area("moschee")
    name = f"Moschee-Gemeinde {area.label} (Demo)"
    domain = f"moschee-{ascii_slug(area.label)}"
    return {
        "key": "moschee",
        "area": area,
        "name": name,
        "kind": "religion",
        "short_description": (
            "Moscheegemeinde mit Gebetsraum, Teestube und Unterrichtsräumen. Die Gemeinde lädt zum Tag der "
            "offenen Moschee ein und führt Schulklassen und Gruppen nach Absprache durch das Haus."
        ),
        "offers": lines(
            "Freitagsgebet",
            "Koranunterricht für Kinder",
            "Hausaufgabenhilfe",
            "Frauengruppe",
            "Fastenbrechen im Ramadan für Nachbarinnen und Nachbarn",
            "Führungen nach Absprache",
        ),
        **d.own(domain),
        "upkeep_email": f"vorstand@{domain}.example",
        "slots": [(FR, "12:00", "15:00"), (SA, "10:00", "18:00"), (SU, "10:00", "18:00")],
        "opening_notes": "Zeiten der Teestube und des Büros. Der Gebetsraum ist zu allen Gebetszeiten offen.",
        "closed_on_holidays": False,
        "step_free": d.pick("moschee:step", ["teilweise", "unbekannt"]),
        "languages": d.pick("moschee:languages", ["de,tr", "de,ar", "de,tr,ar", "de,tr,ku"]),
        "topics": ["kultur", "engagement", "soziales"],
        "target_groups": ["alle", "familien"],
    }


def library(d):
    area = d.area("bibliothek")
    slots = d.pick(
        "bibliothek:slots",
        [
            [
                (TU, "10:00", "13:00"),
                (TU, "14:00", "18:00"),
                (WE, "14:00", "18:00"),
                (TH, "10:00", "13:00"),
                (TH, "14:00", "19:00"),
                (FR, "10:00", "14:00"),
                (SA, "10:00", "13:00"),
            ],
            [(TU, "11:00", "18:00"), (WE, "11:00", "18:00"), (FR, "11:00", "18:00"), (SA, "10:00", "14:00")],
        ],
    )
    return {
        "key": "bibliothek",
        "area": area,
        "name": f"Stadtteilbibliothek {area.label}",
        "kind": "einrichtung",
        "short_description": (
            "Zweigstelle der Stadtbibliothek mit Büchern, Zeitschriften, Spielen und Filmen für alle "
            "Altersgruppen. Der Ausweis ist für Kinder und Jugendliche kostenlos."
        ),
        "offers": lines(
            "Ausleihe von Büchern, Filmen und Spielen",
            "E-Books und Onleihe",
            "Vorlesestunde für Kinder",
            "Computerplätze und Drucker",
            "Sprachcafé für Deutschlernende",
            "Führungen für Kitas und Schulklassen",
        ),
        "email": f"{ascii_slug(area.label)}@stadtbibliothek-koeln.example",
        "website": f"https://stadtbibliothek-koeln.example/{ascii_slug(area.label)}/",
        "upkeep_email": "zweigstellen@stadtbibliothek-koeln.example",
        "slots": slots,
        "step_free": "ja",
        "accessible_toilet": True,
        "hearing_loop": True,
        "accessibility_note": (
            "Der stufenlose Eingang ist an der Seite des Hauses. Lupen und Großdruckbücher sind da."
        ),
        "languages": d.languages(2, "en"),
        "topics": ["bildung", "kultur"],
        "target_groups": ["alle", "kinder", "jugendliche"],
    }


def buergeramt(d):
    area = d.main
    bezirk = d.profile.bezirk
    domain = "stadt-koeln"
    if d.profile.bezirk_seat:
        name = f"Bürgeramt {bezirk}"
        description = (
            f"Das Bürgeramt für den Stadtbezirk {bezirk}: Hier beantragen Sie Personalausweis und Reisepass, "
            "melden Ihre Wohnung an oder um und bekommen Bescheinigungen. Für die meisten Anliegen brauchen "
            "Sie einen Termin."
        )
        slots = [
            (MO, "08:00", "12:00"),
            (TU, "08:00", "12:00"),
            (TU, "13:00", "16:00"),
            (WE, "07:30", "13:00"),
            (TH, "10:00", "18:00"),
            (FR, "08:00", "12:00"),
        ]
    else:
        name = f"Bürgeramt {bezirk}, Außenstelle {area.label}"
        description = (
            f"Außenstelle des Bürgeramts {bezirk} mit kleinerem Angebot. Personalausweis, Reisepass und "
            "Ummeldung sind hier mit Termin möglich, für alles andere ist das Bürgeramt im Bezirksrathaus da."
        )
        slots = [(TU, "08:00", "12:00"), (TH, "13:00", "17:00")]
    return {
        "key": "buergeramt",
        "area": area,
        "name": name,
        "kind": "behoerde",
        "short_description": description,
        "offers": lines(
            "Personalausweis und Reisepass",
            "An- und Ummeldung der Wohnung",
            "Führungszeugnis",
            "Beglaubigungen",
            "Bewohnerparkausweis",
        ),
        "email": f"buergeramt-{ascii_slug(bezirk)}@{domain}.example",
        "website": f"https://{domain}.example/buergeraemter/{ascii_slug(bezirk)}/",
        "upkeep_email": f"buergeraemter-redaktion@{domain}.example",
        "by_appointment": True,
        "slots": slots,
        "opening_notes": "Nur mit Termin. Termine gibt es online und telefonisch.",
        "step_free": "ja",
        "accessible_toilet": True,
        "hearing_loop": True,
        "accessibility_note": "Ein Schalter ist niedrig und mit dem Rollstuhl unterfahrbar.",
        "languages": "de,en",
        "topics": ["gemeinwesen-politik"],
        "target_groups": ["alle"],
    }


def repair_cafe(d):
    area = d.area("repair")
    with_association = d.number("repair:parent") % 2 == 0
    return {
        "key": "repair",
        "area": area,
        "name": f"Repair-Café {area.label}",
        "kind": "initiative",
        "parent": d.names["buergerverein"] if with_association else None,
        "short_description": (
            "Ehrenamtliche reparieren mit Ihnen kaputte Toaster, Lampen, Fahrräder und Kleidung, statt sie "
            "wegzuwerfen. Bezahlt wird mit einer Spende, Kaffee und Kuchen gibt es auch."
        ),
        "offers": lines(
            "Reparatur von Elektrogeräten",
            "Fahrradreparatur",
            "Nähen und Flicken",
            "Hilfe bei Handy und Laptop",
            "Tipps zum Energiesparen",
        ),
        **d.own(f"repaircafe-{ascii_slug(area.label)}", role="team"),
        "upkeep_email": f"team@repaircafe-{ascii_slug(area.label)}.example",
        "phone": "",
        "slots": [
            (SA, d.pick("repair:opens", ["11:00", "13:00"]), d.pick("repair:closes", ["15:00", "16:00"]))
        ],
        "opening_notes": "Jeden letzten Samstag im Monat. Letzte Annahme eine Stunde vor Schluss.",
        "step_free": "ja",
        "languages": "de,en",
        "topics": ["klima-umwelt", "engagement"],
        "target_groups": ["alle"],
    }


def community_garden(d):
    area = d.area("garten")
    name = d.pick(
        "garten:name", ["Gemeinschaftsgarten {a}", "Interkultureller Garten {a}", "Veedelsgarten {a}"]
    ).format(a=area.label)
    return {
        "key": "garten",
        "area": area,
        "name": name,
        "kind": "initiative",
        "short_description": (
            "Auf einer früheren Brachfläche gärtnern Nachbarinnen und Nachbarn aus vielen Ländern"
            " zusammen in "
            "Hochbeeten. Alle können mitmachen, auch ohne Vorkenntnisse und ohne eigenes Beet."
        ),
        "offers": lines(
            "Gemeinsame Gartentage",
            "Hochbeete für Kitas und Schulklassen",
            "Saatgut- und Pflanzentausch",
            "Kompostkurs",
            "Erntefest im Herbst",
        ),
        **d.own(ascii_slug(name), role="mitmachen"),
        "upkeep_email": f"orga@{ascii_slug(name)}.example",
        "phone": "",
        "website": "",
        "slots": [(WE, "16:00", "19:00"), (SA, "10:00", "14:00")],
        "opening_notes": "Von April bis Oktober. Im Winter trifft sich die Gruppe einmal im Monat.",
        "closed_on_holidays": False,
        "holiday_note": "Auch an Feiertagen, wenn das Wetter mitspielt.",
        "step_free": "teilweise",
        "accessibility_note": (
            "Die Hauptwege sind befestigt. Zwei Hochbeete sind mit dem Rollstuhl erreichbar."
        ),
        "languages": d.languages(2),
        "topics": ["klima-umwelt", "engagement", "gesundheit-ernaehrung"],
        "target_groups": ["alle", "familien"],
    }


def tafel(d):
    area = d.area("tafel")
    at_church = d.number("tafel:parent") % 2 == 0
    return {
        "key": "tafel",
        "area": area,
        "name": f"Tafel-Ausgabe {area.label}",
        "kind": "sonstiges",
        "parent": d.names["evangelisch"] if at_church else d.names["traeger"],
        "short_description": (
            "Ehrenamtliche geben gespendete Lebensmittel an Menschen mit wenig Geld aus. Wer zum ersten Mal "
            "kommt, bringt bitte einen Nachweis mit, zum Beispiel den Bescheid über Bürgergeld, Rente oder "
            "Wohngeld."
        ),
        "offers": lines(
            "Lebensmittel gegen einen kleinen Beitrag",
            "Obst und Gemüse",
            "Brot vom Vortag",
            "Kaffeetreff in der Wartezeit",
            "Hinweise auf Beratungsstellen",
        ),
        **d.own(f"tafel-ausgabe-{ascii_slug(area.label)}", role="ausgabe"),
        "phone": "",
        "website": "",
        "slots": d.pick(
            "tafel:slots",
            [[(TU, "14:00", "16:00"), (FR, "10:00", "12:00")], [(WE, "13:00", "15:30")]],
        ),
        "opening_notes": (
            "Bitte eine eigene Tasche mitbringen. Neue Kundinnen und Kunden melden sich bei der "
            "ersten Ausgabe der Woche an."
        ),
        "step_free": "ja",
        "languages": d.languages(2),
        "topics": ["soziales", "gesundheit-ernaehrung"],
        "target_groups": ["alle", "familien", "senioren"],
        "further": d.neighbours[:1] if d.position % 2 == 0 else [],
    }


def clothes_store(d):
    area = d.area("kleiderkammer")
    return {
        "key": "kleiderkammer",
        "area": area,
        "name": f"Kleiderkammer {area.label}",
        "kind": "einrichtung",
        "parent": d.names["traeger"],
        "short_description": (
            "Gut erhaltene Kleidung, Schuhe und Bettwäsche für Erwachsene und Kinder gegen einen kleinen "
            "Betrag. Spenden nimmt das Team zu den Öffnungszeiten an."
        ),
        "offers": lines(
            "Kleidung für Erwachsene und Kinder",
            "Babyausstattung",
            "Schuhe und Wintermäntel",
            "Bettwäsche und Handtücher",
            "Annahme von Kleiderspenden",
        ),
        **d.member("kleiderkammer"),
        "slots": d.pick(
            "kleiderkammer:slots",
            [
                [(MO, "10:00", "12:00"), (TH, "15:00", "18:00")],
                [(TU, "15:00", "18:00"), (SA, "10:00", "13:00")],
            ],
        ),
        "step_free": d.pick("kleiderkammer:step", ["ja", "nein"]),
        "accessibility_note": "",
        "languages": d.languages(2),
        "topics": ["soziales"],
        "target_groups": ["alle", "familien"],
    }


def night_shelter(d):
    """The winter's night café, shelter or warm room: open past midnight."""
    area = d.area("nacht")
    variant = d.pick("nacht:variant", ["nachtcafe", "notschlafstelle", "waermestube"])
    at_church = d.number("nacht:parent") % 3 == 0
    base = {
        "key": "nacht",
        "area": area,
        "kind": "einrichtung",
        "parent": d.names["evangelisch"] if at_church else d.names["traeger"],
        **d.member("kaeltehilfe"),
        "closed_on_holidays": False,
        "holiday_note": "Auch an Feiertagen geöffnet, auch an Heiligabend und Silvester.",
        "step_free": "ja",
        "accessible_toilet": True,
        "languages": d.languages(2, "en"),
        "topics": ["soziales", "wohnen", "gesundheit-ernaehrung"],
        "target_groups": ["alle"],
        "further": d.neighbours[:1] if d.position % 2 else [],
    }
    if variant == "nachtcafe":
        return {
            **base,
            "name": f"Nachtcafé der Kältehilfe {area.label}",
            "short_description": (
                "Im Winter ein warmer Ort für die Nacht: Wer obdachlos ist oder nicht nach Hause "
                "kann, bekommt "
                "eine warme Mahlzeit, Tee und einen Platz zum Ausruhen. Ohne Anmeldung, anonym und kostenlos."
            ),
            "offers": lines(
                "Warmes Abendessen",
                "Tee und Kaffee",
                "Platz zum Ausruhen",
                "Schlafsäcke und warme Kleidung",
                "Beratung durch Streetworker",
            ),
            "slots": d.pick(
                "nacht:days",
                [week((FR, SA), "20:00", "02:00"), week((MO, WE, FR), "20:00", "02:00")],
            ),
            "opening_notes": "Von November bis März. Einlass bis eine Stunde vor Schluss.",
        }
    if variant == "notschlafstelle":
        return {
            **base,
            "name": f"Notschlafstelle {area.label}",
            "short_description": (
                "Notschlafstelle für wohnungslose Erwachsene mit Duschen, Schlafplätzen und Frühstück. "
                "Sozialarbeiterinnen und Sozialarbeiter beraten zu Unterkunft, Geld und Gesundheit."
            ),
            "offers": lines(
                "Schlafplatz für die Nacht",
                "Duschen und Waschmaschine",
                "Frühstück",
                "Beratung zu Unterkunft und Sozialleistungen",
                "Sprechstunde einer Ärztin einmal pro Woche",
            ),
            "slots": week((MO, TU, WE, TH, FR, SA, SU), "21:00", "08:00"),
            "opening_notes": (
                "Von November bis März jede Nacht. Aufnahme bis Mitternacht, Tiere nach Absprache."
            ),
        }
    return {
        **base,
        "name": f"Wärmestube {area.label}",
        "short_description": (
            "Warmer Aufenthaltsraum für wohnungslose und einsame Menschen in den Wintermonaten, auch spät am "
            "Abend. Es gibt eine warme Suppe, heiße Getränke und jemanden zum Reden."
        ),
        "offers": lines(
            "Warme Suppe",
            "Heiße Getränke",
            "Gespräche und Beratung",
            "Handy aufladen",
            "Warme Kleidung aus der Kleiderkammer",
        ),
        "slots": week((TU, TH, SA), "19:00", "00:30"),
        "opening_notes": "Von November bis März.",
    }


# -- the pool: three of these per Sozialraum --------------------------------


def parents_kita(d):
    area = d.area("kita-c")
    name = f"Elterninitiative Kita {d.pick('kita-c:name', KITA_NAMES[4:])} {area.label}"
    return {
        "key": "kita-c",
        "area": area,
        "name": name,
        "kind": "kita",
        "short_description": (
            "Kleine Kita in Elternhand mit zwei Gruppen und 30 Plätzen. Die Eltern übernehmen Aufgaben wie "
            "Einkauf, Gartenpflege und Kochdienst."
        ),
        "offers": lines(
            "Betreuung 35 oder 45 Stunden pro Woche",
            "Kleine Gruppen",
            "Bio-Mittagessen",
            "Musik und Bewegung",
            "Mitarbeit der Eltern",
        ),
        **d.own(ascii_slug(name), role="vorstand"),
        "upkeep_email": f"vorstand@{ascii_slug(name)}.example",
        "slots": week((MO, TU, WE, TH, FR), "07:30", "15:30"),
        "opening_notes": "Plätze werden im Frühjahr vergeben. Infonachmittag nach Vereinbarung.",
        "holiday_note": "Drei Wochen in den Sommerferien und zwischen Weihnachten und Neujahr geschlossen.",
        "step_free": "teilweise",
        "languages": "de,en",
        "topics": ["kinder-jugend-familie", "bildung"],
        "target_groups": ["kinder", "eltern"],
    }


def meeting_centre(d):
    area = d.area("begegnung")
    return {
        "key": "begegnung",
        "area": area,
        "name": f"Begegnungszentrum {area.label}",
        "kind": "einrichtung",
        "parent": d.names["traeger"],
        "short_description": (
            "Offenes Haus für alle im Veedel mit Café, Gruppenräumen und einem Saal für Feste. Vereine und "
            "Initiativen können die Räume günstig mieten."
        ),
        "offers": lines(
            "Stadtteilcafé mit Mittagstisch",
            "Sprachcafé",
            "Räume für Gruppen und Vereine",
            "Saal für Familienfeiern",
            "Sozialberatung am Dienstag",
        ),
        **d.member("begegnungszentrum"),
        "slots": week((MO, TU, WE, TH), "10:00", "17:00") + [(FR, "10:00", "14:00")],
        "step_free": "ja",
        "accessible_toilet": True,
        "hearing_loop": True,
        "languages": d.languages(3),
        "topics": ["engagement", "soziales", "kultur"],
        "target_groups": ["alle"],
    }


def homework_help(d):
    area = d.area("hausaufgaben")
    return {
        "key": "hausaufgaben",
        "area": area,
        "name": f"Hausaufgabenhilfe {area.label}",
        "kind": "initiative",
        "short_description": (
            "Ehrenamtliche, darunter Studierende und pensionierte Lehrkräfte, helfen Schulkindern bei den "
            "Hausaufgaben und beim Lesen. Das Angebot ist kostenlos und ohne Anmeldung."
        ),
        "offers": lines(
            "Hausaufgabenhilfe für die Klassen 1 bis 6",
            "Lesetraining",
            "Vorbereitung auf Klassenarbeiten",
            "Obst und Getränke",
        ),
        **d.own(f"hausaufgabenhilfe-{ascii_slug(area.label)}", role="kontakt"),
        "upkeep_email": f"orga@hausaufgabenhilfe-{ascii_slug(area.label)}.example",
        "phone": "",
        "website": "",
        "slots": week((MO, WE, TH), "14:30", "17:00"),
        "holiday_note": "In den Schulferien keine Hausaufgabenhilfe.",
        "step_free": "ja",
        "languages": d.languages(2),
        "topics": ["bildung", "kinder-jugend-familie", "engagement"],
        "target_groups": ["kinder"],
    }


def tenants_advice(d):
    area = d.area("mieter")
    return {
        "key": "mieter",
        "area": area,
        "name": f"Mieter- und Wohnberatung {area.label}",
        "kind": "beratungsstelle",
        "short_description": (
            "Beratung bei Ärger mit der Miete, der Nebenkostenabrechnung oder Schimmel in der Wohnung. Das "
            "Team hilft auch beim Antrag auf Wohngeld und bei der Suche nach einer Sozialwohnung."
        ),
        "offers": lines(
            "Prüfung von Nebenkostenabrechnungen",
            "Beratung bei Mieterhöhung und Kündigung",
            "Hilfe beim Wohngeldantrag",
            "Wohnberechtigungsschein",
            "Vermittlung bei Streit mit dem Vermieter",
        ),
        **d.own(f"wohnberatung-{ascii_slug(area.label)}"),
        "by_appointment": True,
        "slots": d.pick("mieter:slots", [[(WE, "16:00", "18:30")], []]),
        "opening_notes": "Beratung nach Vereinbarung. Bitte bringen Sie Mietvertrag und Schreiben mit.",
        "step_free": "unbekannt",
        "languages": d.languages(1),
        "topics": ["wohnen", "soziales"],
        "target_groups": ["alle", "familien"],
    }


def womens_meeting(d):
    area = d.area("frauen")
    return {
        "key": "frauen",
        "area": area,
        "name": f"Frauentreff {area.label}",
        "kind": "einrichtung",
        "parent": d.names["traeger"],
        "short_description": (
            "Ein geschützter Ort nur für Frauen: zum Reden, Lernen und Kraft tanken. Kinder bis drei Jahre "
            "dürfen mitkommen, für ältere gibt es eine Betreuung."
        ),
        "offers": lines(
            "Frauenfrühstück",
            "Deutschkurs für Frauen",
            "Nähwerkstatt",
            "Fahrradkurs für Frauen",
            "Beratung bei Gewalt und in Krisen",
        ),
        **d.member("frauentreff"),
        "slots": [(TU, "09:30", "12:30"), (TH, "15:00", "18:00")],
        "step_free": "ja",
        "accessible_toilet": True,
        "languages": d.languages(4),
        "topics": ["soziales", "bildung"],
        "target_groups": ["frauen", "zugewanderte-gefluechtete"],
    }


def inclusive_meeting(d):
    area = d.area("inklusion")
    return {
        "key": "inklusion",
        "area": area,
        "name": f"Inklusiver Treff {area.label}",
        "kind": "initiative",
        "short_description": (
            "Treffpunkt für Menschen mit und ohne Behinderung: Spielen, Kochen, Ausflüge und Gespräche. Alle "
            "Infos gibt es auch in Leichter Sprache."
        ),
        "offers": lines(
            "Offener Treff",
            "Kochgruppe",
            "Ausflüge mit Begleitung",
            "Beratung zu Hilfen im Alltag",
            "Infos in Leichter Sprache",
        ),
        **d.own(f"inklusiver-treff-{ascii_slug(area.label)}"),
        "slots": [(WE, "15:00", "19:00"), (SA, "14:00", "18:00")],
        "step_free": "ja",
        "accessible_toilet": True,
        "hearing_loop": True,
        "accessibility_note": (
            "Automatische Tür, Leitsystem für blinde Menschen, Parkplatz für Rollstuhlfahrende vor dem Haus."
        ),
        "languages": "de",
        "topics": ["soziales", "kultur"],
        "target_groups": ["menschen-mit-behinderung", "alle"],
    }


def seniors_advice(d):
    area = d.area("seniorenberatung")
    domain = f"seniorenberatung-{ascii_slug(area.label)}.stadt-koeln"
    return {
        "key": "seniorenberatung",
        "area": area,
        "name": f"Seniorenberatung {area.label}",
        "kind": "beratungsstelle",
        "short_description": (
            "Beratung für ältere Menschen und ihre Angehörigen zu Pflege, Wohnen im Alter und Hilfen im "
            "Haushalt. Auf Wunsch kommt die Beraterin auch nach Hause."
        ),
        "offers": lines(
            "Beratung zu Pflegegrad und Pflegediensten",
            "Wohnungsanpassung im Alter",
            "Hausnotruf und Essen auf Rädern",
            "Hausbesuche",
            "Unterstützung für pflegende Angehörige",
        ),
        **d.own(domain, role="beratung"),
        "by_appointment": True,
        "slots": week((MO, TU, WE, TH), "09:00", "12:00"),
        "opening_notes": "Telefonische Sprechzeiten. Hausbesuche nach Vereinbarung.",
        "step_free": "ja",
        "accessible_toilet": True,
        "hearing_loop": True,
        "languages": d.languages(1),
        "topics": ["senioren", "gesundheit-ernaehrung", "wohnen"],
        "target_groups": ["senioren"],
    }


def carnival_society(d):
    area = d.main
    name = f"Karnevalsgesellschaft {area.label} (Demo)"
    return {
        "key": "karneval",
        "area": area,
        "name": name,
        "kind": "verein",
        "short_description": (
            "Veedelsverein, der die Sitzungen und den Veedelszoch im Stadtteil organisiert. Die Kinder- und "
            "Jugendtanzgruppe freut sich über Nachwuchs."
        ),
        "offers": lines(
            "Kindertanzgruppe",
            "Veedelszoch",
            "Seniorensitzung",
            "Kostümbörse im Januar",
            "Sommerfest",
        ),
        **d.own(ascii_slug(name), role="kontakt"),
        "upkeep_email": f"vorstand@{ascii_slug(name)}.example",
        "phone": "",
        "slots": [(TH, "19:00", "22:00")],
        "opening_notes": "Vereinsabend. In der Session proben die Tanzgruppen auch am Wochenende.",
        "step_free": "unbekannt",
        "languages": "de",
        "topics": ["kultur", "engagement"],
        "target_groups": ["alle", "kinder"],
    }


def history_workshop(d):
    area = d.area("geschichte")
    return {
        "key": "geschichte",
        "area": area,
        "name": f"Geschichtswerkstatt {area.label}",
        "kind": "initiative",
        "short_description": (
            "Ehrenamtliche sammeln Fotos, Dokumente und Erinnerungen aus dem Veedel und erzählen seine "
            "Geschichte bei Rundgängen. Wer alte Bilder hat, ist herzlich willkommen."
        ),
        "offers": lines(
            "Rundgänge durchs Veedel",
            "Erzählcafé",
            "Fotoarchiv zum Anschauen",
            "Ausstellungen",
            "Projekte mit Schulen",
        ),
        **d.own(f"geschichtswerkstatt-{ascii_slug(area.label)}"),
        "phone": "",
        "slots": [(WE, "17:00", "19:00")],
        "opening_notes": "Archiv und Treffen mittwochs. Rundgänge nach Ankündigung.",
        "step_free": "nein",
        "accessibility_note": "Das Archiv ist im Keller. Rundgänge sind meist mit Rollstuhl möglich.",
        "languages": "de",
        "topics": ["kultur", "stadtentwicklung"],
        "target_groups": ["alle", "senioren"],
    }


def youth_job_help(d):
    area = d.area("beruf")
    return {
        "key": "beruf",
        "area": area,
        "name": f"Jugendberufshilfe {area.label}",
        "kind": "beratungsstelle",
        "parent": d.names["traeger"],
        "short_description": (
            "Beratung für junge Menschen bis 27 Jahre auf dem Weg in Ausbildung und Arbeit. Das Team hilft "
            "bei Bewerbungen, Praktika und beim Schulabschluss."
        ),
        "offers": lines(
            "Bewerbungstraining",
            "Praktikumsbörse",
            "Hilfe beim Nachholen des Schulabschlusses",
            "Begleitung zur Agentur für Arbeit",
            "Sprechstunde in der Schule",
        ),
        **d.member("jugendberufshilfe"),
        "slots": [(TU, "13:00", "16:00"), (TH, "13:00", "16:00")],
        "opening_notes": "Offene Sprechstunde. Termine auch am Abend nach Absprache.",
        "step_free": "ja",
        "accessible_toilet": True,
        "languages": d.languages(3, "en"),
        "topics": ["wirtschaft-arbeit", "bildung"],
        "target_groups": ["jugendliche", "zugewanderte-gefluechtete"],
    }


def clubs_association(d):
    area = d.main
    name = f"Interessengemeinschaft der Vereine {area.label} (Demo)"
    return {
        "key": "ig-vereine",
        "area": area,
        "name": name,
        "kind": "verband",
        "short_description": (
            "Zusammenschluss der Vereine, Kirchengemeinden und Initiativen im Veedel. Die "
            "Gemeinschaft stimmt "
            "Termine ab, verleiht Bierzeltgarnituren und organisiert das Herbstfest."
        ),
        "offers": lines(
            "Gemeinsamer Veranstaltungskalender",
            "Verleih von Bänken, Zelten und Technik",
            "Herbstfest",
            "Treffen der Vereine viermal im Jahr",
        ),
        **d.own(ascii_slug(name).replace("interessengemeinschaft-der-vereine", "ig-vereine")),
        "phone": "",
        "by_appointment": True,
        "slots": [],
        "opening_notes": "Kein Büro: Anfragen bitte per E-Mail.",
        "step_free": "unbekannt",
        "languages": "de",
        "topics": ["engagement", "gemeinwesen-politik"],
        "target_groups": ["alle"],
    }


EVERY_SOZIALRAUM = [
    traeger,
    catholic_parish,
    protestant_parish,
    citizens_association,
    family_centre,
    youth_centre,
    seniors_network,
    first_kita,
    second_kita,
    primary_school,
    second_primary_school,
    debt_advice,
    migration_advice,
    parenting_advice,
    sports_club,
    mosque,
    library,
    buergeramt,
    repair_cafe,
    community_garden,
    tafel,
    clothes_store,
    night_shelter,
]
POOL = [
    parents_kita,
    meeting_centre,
    homework_help,
    tenants_advice,
    womens_meeting,
    inclusive_meeting,
    seniors_advice,
    carnival_society,
    history_workshop,
    youth_job_help,
    clubs_association,
]

# Why an entry is closed for a while; one or two per Sozialraum, chosen from its slug.
CLOSURES = {
    "bibliothek": (
        "Die Zweigstelle wird renoviert und bekommt einen neuen Eingang. Medien können Sie in jeder "
        "anderen Stadtteilbibliothek zurückgeben."
    ),
    "jugendzentrum": (
        "Wasserschaden im Erdgeschoss. Der offene Treff zieht so lange ins Gemeindehaus der evangelischen "
        "Kirchengemeinde."
    ),
    "familienzentrum": "Die Räume werden umgebaut. Die Beratung läuft in dieser Zeit telefonisch weiter.",
    "repair": "Das Team macht eine Pause und sucht neue Räume. Die nächsten Termine stehen dann hier.",
    "kleiderkammer": "Umzug in neue Räume. Bitte bringen Sie bis dahin keine Kleiderspenden vorbei.",
    "sport": "Die Geschäftsstelle wird renoviert. Das Training läuft weiter, Fragen bitte per E-Mail.",
    "garten": "Die Fläche ist wegen Arbeiten an der Wasserleitung gesperrt.",
}


def demo_organisations(sozialraum, sozialraeume, today):
    """Organisation field values (with slots, topics, target groups, further Sozialräume and parent)."""
    d = Directory(sozialraum, sozialraeume, today)
    offset = d.number("pool") % len(POOL)
    chosen = (POOL[offset:] + POOL[:offset])[::POOL_STEP][:POOL_SIZE]
    closed = closures(d)
    entries = []
    for index, make in enumerate(EVERY_SOZIALRAUM + chosen):
        entry = make(d)
        d.names[entry["key"]] = entry["name"]
        entries.append(finish(d, index, entry, closed))
    return entries


def closures(d):
    keys = sorted(CLOSURES)
    first = d.pick("closed:first", keys)
    if d.position % 3 != 1:
        return {first}
    return {first, d.pick("closed:second", [key for key in keys if key != first])}


def finish(d, index, entry, closed):
    """Address, phone, checking date and closure; the defaults of every field the entry leaves out."""
    key, area = entry.pop("key"), entry.pop("area")
    result = {
        **d.address(key, area),
        # Obviously fictitious numbers, one per entry city-wide (the coordinators' are 0221 99 99 0-…).
        "phone": f"0221 99 99 5-{100 + d.position * ENTRIES_PER_SOZIALRAUM + index}",
        "email": "",
        "website": "",
        "by_appointment": False,
        "opening_notes": "",
        "closed_until": None,
        "closed_note": "",
        "closed_on_holidays": True,
        "holiday_note": "",
        "step_free": "unbekannt",
        "accessible_toilet": False,
        "hearing_loop": False,
        "accessibility_note": "",
        "languages": "de",
        "upkeep_email": "",
        "last_verified": last_verified(d, index, key),
        "slots": [],
        "topics": [],
        "target_groups": [],
        "further": [],
        "parent": None,
        **entry,
    }
    result["slots"] = sorted(result["slots"])  # by weekday, then time: the order they are shown in
    if key in closed:
        result["closed_until"] = d.today + datetime.timedelta(days=14 + d.number(f"{key}:closed") % 70)
        result["closed_note"] = CLOSURES[key]
    return result


def last_verified(d, index, key):
    """Most entries were checked within the last year, three 13 to 20 months ago, two over two years ago."""
    rank = (index * 7 + d.position * 5) % ENTRIES_PER_SOZIALRAUM
    number = d.number(f"{key}:verified")
    if rank < 2:
        days = 760 + number % 200
    elif rank < 5:
        days = 400 + number % 190
    else:
        days = 3 + number % 350
    return d.today - datetime.timedelta(days=days)
