# ruff: noqa: RUF001, RUF003
"""Pages q13-q24 of the fourth held-out set: Dutch, Polish, Swedish, Danish, Norwegian Bokmål, Finnish,
Hungarian, Czech, Romanian, Turkish, Indonesian."""

from __future__ import annotations

from kit4 import Page, Site, build, ld, og

PAGES: list[Page] = []

# --- q13 nl declared en: "Door …", "za 9 nov 2024, 14:32", "Lees ook", hashed classes -----------------------

COURANT = Site(
    name="De Grevelinger Courant",
    domain="grevelingercourant.example",
    nav=["Nieuws", "Regio", "Binnenland", "Economie", "Sport", "Cultuur", "Puzzels"],
    cookie="Wij en onze partners gebruiken cookies om advertenties en content te personaliseren en om ons verkeer te analyseren.",
    cookie_ok="Akkoord",
    footer="© 2024 Grevelinger Mediahuis B.V. Alle rechten voorbehouden.",
    footer_links=["Over ons", "Colofon", "Privacyverklaring", "Klantenservice"],
    search="Zoeken",
    skip="Direct naar de inhoud",
    share="Delen",
    related="Meer regionieuws",
    comments="Reacties",
    most_read="Meest gelezen",
    most_read_items=["Kermis verhuist naar het havenplein"],
)
PAGES.append(
    build(
        id="q13-nl-declared-en-date-text-door-hashed",
        site=COURANT,
        url="https://www.grevelingercourant.example/regio/veerpont-oosthaven-stopt-a2871144",
        language="nl",
        declared="en",
        title="Veerpont tussen Oosthaven en Kreekdijk vaart vanaf januari niet meer",
        authors=["Femke Olthof"],
        published="2024-11-09",
        shapes=["date-text", "byline-text", "lang-wrong", "hashed-classes", "read-also-inline", "article-p"],
        kicker="Regio",
        hashed=True,
        meta_top=(
            '<div class="css-1q2w3e"><span class="css-4r5t6y">Door Femke Olthof</span>'
            '<span class="css-7u8i9o">za 9 nov 2024, 14:32</span></div>'
        ),
        blocks=[
            (
                "p",
                "Het pontje tussen Oosthaven en Kreekdijk stopt op 1 januari. De provincie wil de jaarlijkse "
                "subsidie van 310.000 euro niet langer betalen en er heeft zich geen nieuwe vervoerder gemeld.",
            ),
            (
                "p",
                "Voor fietsers en scholieren betekent het een flinke omweg. Wie van Kreekdijk naar de scholen in "
                "Oosthaven fietst, is straks via de brug bij Sluiskil ruim veertig minuten onderweg in plaats van "
                "een kwartier.",
            ),
            (
                "box",
                '<div class="css-0p9o8i"><b>Lees ook:</b> <a href="/regio/fietsbrug-sluiskil">'
                "Fietsbrug bij Sluiskil krijgt eindelijk verlichting</a></div>",
            ),
            (
                "p",
                "Schipper Kees Boonstra vaart al negentien jaar op de pont. ‘Op een mooie zomerdag zet ik wel "
                "zeshonderd mensen over’, zegt hij. ‘Dat die nu ineens niet meer tellen, snap ik niet.’",
            ),
            (
                "p",
                "Dorpsraad Kreekdijk is een handtekeningenactie begonnen en wil dat de gemeenteraad van Oosthaven "
                "bijspringt. Wethouder Marloes de Kok laat weten dat de gemeente ‘alle opties bekijkt’, maar dat er "
                "in de begroting voor volgend jaar geen geld voor is gereserveerd.",
            ),
        ],
        related=(
            (
                "Provincie schrapt subsidie voor kleine veerdiensten",
                "12 sep 2024",
                "2024-09-12T10:00:00+02:00",
            ),
            ("Pont Oosthaven vervoerde recordaantal fietsers", "2 okt 2023", "2023-10-02T08:00:00+02:00"),
        ),
        comments=(
            (
                "Jannie V.",
                "za 9 nov 2024, 16:02",
                "2024-11-09T16:02:00+01:00",
                "Zonde! Mijn kinderen gaan elke dag met die pont.",
            ),
        ),
        must=[
            "Het pontje tussen Oosthaven en Kreekdijk stopt op 1 januari.",
            "Voor fietsers en scholieren betekent het een flinke omweg.",
            "Schipper Kees Boonstra vaart al negentien jaar op de pont.",
            "Dorpsraad Kreekdijk is een handtekeningenactie begonnen",
        ],
        must_not=[
            "Fietsbrug bij Sluiskil krijgt eindelijk verlichting",
            "Zonde! Mijn kinderen gaan elke dag met die pont.",
            "Provincie schrapt subsidie voor kleine veerdiensten",
            "Wij en onze partners gebruiken cookies",
            "© 2024 Grevelinger Mediahuis B.V. Alle rechten voorbehouden.",
        ],
    )
)

# --- q14 nl: Drupal with RDFa (dc:created, sioc:has_creator), newsletter box inside the body ----------------

STEDEN = Site(
    name="Stedenblad Oostmark",
    domain="stedenblad-oostmark.example",
    nav=["Home", "Nieuws", "Wonen", "Verkeer", "Onderwijs", "Agenda", "Contact"],
    cookie="Deze website gebruikt functionele en analytische cookies. Lees meer in onze cookieverklaring.",
    cookie_ok="Sluiten",
    footer="Stedenblad Oostmark is een uitgave van Stichting Lokale Media Oostmark.",
    footer_links=["Adverteren", "Redactie", "Privacy"],
    search="Zoek op de site",
    skip="Naar hoofdinhoud",
    share="Deel dit artikel",
    related="Gerelateerde artikelen",
    comments="Reacties",
    most_read="Populair",
    most_read_items=["Nieuwe speeltuin in het Wilgenpark"],
)
PAGES.append(
    build(
        id="q14-nl-drupal-rdfa-newsletter-box",
        site=STEDEN,
        url="https://www.stedenblad-oostmark.example/nieuws/tiny-houses-de-hooiberg",
        language="nl",
        declared="nl",
        title="Eerste bewoners trekken in tiny houses aan De Hooiberg",
        authors=["Bram Oosterhuis"],
        published="2024-05-16T09:30:00+02:00",
        shapes=["drupal", "rdfa", "article-p", "newsletter-inline"],
        kicker="Wonen",
        html_attrs=' prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ foaf: http://xmlns.com/foaf/0.1/ sioc: http://rdfs.org/sioc/ns#"',
        article_attrs=' about="/nieuws/tiny-houses-de-hooiberg" typeof="sioc:Item foaf:Document"',
        h1_attrs=' property="dc:title"',
        body_attrs=' property="content:encoded"',
        meta_top=(
            '<div class="submitted"><span property="dc:date dc:created" content="2024-05-16T09:30:00+02:00" '
            'datatype="xsd:dateTime">do 16 mei 2024 - 09:30</span> door '
            '<span rel="sioc:has_creator"><a href="/users/bram-oosterhuis" typeof="sioc:UserAccount" '
            'property="foaf:name" datatype="">Bram Oosterhuis</a></span></div>'
        ),
        blocks=[
            (
                "p",
                "Op het voormalige sportveld aan De Hooiberg staan sinds deze week de eerste twaalf tiny houses. "
                "De bewoners kregen donderdagochtend de sleutel uit handen van wethouder Gerrit Hazelhoff.",
            ),
            (
                "p",
                "De huisjes zijn tussen de 28 en 45 vierkante meter groot en worden voor tien jaar gehuurd. Daarna "
                "wil de gemeente op de plek gewone woningen bouwen.",
            ),
            (
                "box",
                '<div class="newsletter-signup"><p>Elke vrijdag het nieuws uit Oostmark in je mailbox? '
                'Meld je aan voor onze nieuwsbrief.</p><input type="email" placeholder="E-mailadres">'
                "<button>Aanmelden</button></div>",
            ),
            (
                "p",
                "Voor de huisjes meldden zich ruim vierhonderd belangstellenden. Voorrang ging naar jongeren uit "
                "het dorp en naar ouderen die kleiner willen wonen.",
            ),
            (
                "p",
                "Een van hen is de 71-jarige Riet Dijkstra, die haar boerderij verkocht. ‘Ik hoef geen zolder vol "
                "spullen meer’, zegt ze lachend terwijl ze de eerste dozen uitpakt.",
            ),
        ],
        related=(
            ("Raad stemt in met tiny houses op oud sportveld", "7 nov 2023", "2023-11-07T20:00:00+01:00"),
        ),
        comments=(
            (
                "Hennie",
                "16 mei 2024 - 12:10",
                "2024-05-16T12:10:00+02:00",
                "Mooi initiatief, ik sta nog op de wachtlijst.",
            ),
        ),
        must=[
            "Op het voormalige sportveld aan De Hooiberg staan sinds deze week de eerste twaalf tiny houses.",
            "De huisjes zijn tussen de 28 en 45 vierkante meter groot en worden voor tien jaar gehuurd.",
            "Een van hen is de 71-jarige Riet Dijkstra, die haar boerderij verkocht.",
        ],
        must_not=[
            "Elke vrijdag het nieuws uit Oostmark in je mailbox?",
            "Mooi initiatief, ik sta nog op de wachtlijst.",
            "Raad stemt in met tiny houses op oud sportveld",
            "Deze website gebruikt functionele en analytische cookies.",
            "Stedenblad Oostmark is een uitgave van Stichting Lokale Media Oostmark.",
        ],
    )
)

# --- q15 pl: "Autor:", genitive month "12 marca 2024, 06:30", "Aktualizacja:" trap, comments as <article> ----

KURIER = Site(
    name="Kurier Lipnicki",
    domain="kurierlipnicki.example",
    nav=["Wiadomości", "Lipnica", "Powiat", "Kraj", "Sport", "Kultura", "Ogłoszenia"],
    cookie="Korzystamy z plików cookies, aby ułatwić Ci korzystanie z serwisu oraz w celach statystycznych.",
    cookie_ok="Zgadzam się",
    footer="© 2024 Kurier Lipnicki sp. z o.o. Wszelkie prawa zastrzeżone.",
    footer_links=["Redakcja", "Reklama", "Polityka prywatności", "Regulamin"],
    search="Szukaj",
    skip="Przejdź do treści",
    share="Udostępnij",
    related="Zobacz także",
    comments="Komentarze",
    most_read="Najczęściej czytane",
    most_read_items=["Nowy rozkład autobusów od kwietnia"],
)
PAGES.append(
    build(
        id="q15-pl-date-text-genitive-updated-comments-article",
        site=KURIER,
        url="https://www.kurierlipnicki.example/wiadomosci/tramwaj-na-osiedle-zielone-n31877",
        language="pl",
        declared="pl",
        title="Tramwaj dojedzie na osiedle Zielone. Umowa z wykonawcą podpisana",
        authors=["Katarzyna Wilczyńska"],
        published="2024-03-12",
        shapes=["date-text", "byline-text", "updated-date-trap", "comments-article", "article-p"],
        kicker="Lipnica",
        comments_article=True,
        meta_top=(
            '<div class="author-line">Autor: <a href="/autor/k-wilczynska">Katarzyna Wilczyńska</a></div>'
            '<div class="date-line">12 marca 2024, 06:30 <span class="upd">Aktualizacja: 13 marca 2024, 11:05</span></div>'
        ),
        blocks=[
            (
                "lead",
                "Miasto podpisało umowę na budowę linii tramwajowej na osiedle Zielone. Pierwsze składy mają "
                "pojechać nową trasą pod koniec 2026 roku.",
            ),
            (
                "p",
                "Inwestycja będzie kosztować 214 mln zł, z czego ponad połowę pokryją fundusze unijne. Tory o "
                "długości 3,6 kilometra powstaną wzdłuż ulicy Kwiatowej i alei Sosnowej.",
            ),
            (
                "p",
                "– Mieszkańcy Zielonego czekali na to ponad dwadzieścia lat – mówił podczas podpisania umowy "
                "prezydent miasta Wojciech Sadowski.",
            ),
            (
                "p",
                "Na czas budowy zmieni się organizacja ruchu na kilku skrzyżowaniach. Autobusy linii 12 i 17 "
                "pojadą objazdem, a część przystanków zostanie przeniesiona.",
            ),
            (
                "p",
                "Wykonawca zapowiada, że prace rozpoczną się w czerwcu od przebudowy sieci wodociągowej pod ulicą "
                "Kwiatową.",
            ),
        ],
        related=(
            (
                "Przetarg na tramwaj unieważniony. Oferty za drogie",
                "4 sierpnia 2023",
                "2023-08-04T12:00:00+02:00",
            ),
            ("Mieszkańcy Zielonego piszą petycję", "19 maja 2022", "2022-05-19T09:00:00+02:00"),
        ),
        comments=(
            (
                "mieszkaniec_zielone",
                "12 marca 2024, 08:14",
                "2024-03-12T08:14:00+01:00",
                "Uwierzę, jak zobaczę pierwszy tramwaj.",
            ),
            (
                "Ala",
                "12 marca 2024, 09:30",
                "2024-03-12T09:30:00+01:00",
                "Świetna wiadomość dla całego osiedla!",
            ),
        ),
        must=[
            "Miasto podpisało umowę na budowę linii tramwajowej na osiedle Zielone.",
            "Inwestycja będzie kosztować 214 mln zł, z czego ponad połowę pokryją fundusze unijne.",
            "Autobusy linii 12 i 17 pojadą objazdem, a część przystanków zostanie przeniesiona.",
            "prace rozpoczną się w czerwcu od przebudowy sieci wodociągowej pod ulicą Kwiatową.",
        ],
        must_not=[
            "Aktualizacja: 13 marca 2024, 11:05",
            "Uwierzę, jak zobaczę pierwszy tramwaj.",
            "Przetarg na tramwaj unieważniony. Oferty za drogie",
            "Korzystamy z plików cookies",
            "© 2024 Kurier Lipnicki sp. z o.o. Wszelkie prawa zastrzeżone.",
        ],
    )
)

# --- q16 sv, no language: "Publicerad 4 april 2024 kl. 08.15", "Uppdaterad" trap, "Text:" / "Foto:" -----------

NORRVIK = Site(
    name="Norrvikens Tidning",
    domain="norrvikenstidning.example",
    nav=["Nyheter", "Norrvik", "Länet", "Sport", "Kultur", "Debatt", "Familj"],
    cookie="Vi använder kakor för att webbplatsen ska fungera och för att förbättra din upplevelse.",
    cookie_ok="Godkänn alla",
    footer="Ansvarig utgivare: Karin Wennberg. © Norrvikens Tidning AB",
    footer_links=["Kundservice", "Annonsera", "Om oss", "Integritetspolicy"],
    search="Sök",
    skip="Hoppa till innehållet",
    share="Dela",
    related="Läs mer",
    comments="Kommentarer",
    most_read="Mest läst",
    most_read_items=["Ny förskola byggs i Sjövik"],
)
PAGES.append(
    build(
        id="q16-sv-no-lang-date-text-kl-text-foto",
        site=NORRVIK,
        url="https://www.norrvikenstidning.example/nyheter/varfloden-stiger-i-alvdalen-12a7f",
        language="sv",
        declared=None,
        title="Vårfloden stiger snabbt – boende längs älven uppmanas skydda källare",
        authors=["Elin Vasström"],
        published="2024-04-04",
        shapes=["date-text", "byline-text", "updated-date-trap", "lang-missing", "photo-credit", "article-p"],
        kicker="Norrvik",
        meta_top=(
            '<figure class="hero"><img src="/media/alv.jpg" alt=""><figcaption>Älven vid Storforsen på '
            "onsdagskvällen. Foto: Oskar Lindh</figcaption></figure>"
            '<div class="byline">Text: <strong>Elin Vasström</strong></div>'
            '<div class="dates">Publicerad 4 april 2024 kl. 08.15 <br>Uppdaterad 5 april 2024 kl. 13.40</div>'
        ),
        blocks=[
            (
                "lead",
                "Vattennivån i Norrälven har stigit med nästan en meter på ett dygn. Kommunen uppmanar nu boende "
                "längs älven att skydda sina källare och flytta båtar till land.",
            ),
            (
                "p",
                "Den varma luften under veckan har fått snön i fjällen att smälta fort, och SMHI räknar med att "
                "flödet når sin topp under helgen.",
            ),
            (
                "p",
                "Räddningstjänsten har lagt ut sandsäckar vid pumpstationen i Storforsen och på två ställen längs "
                "Strandvägen, där vattnet redan nått upp till vägkanten.",
            ),
            (
                "p",
                "– Vi har inte sett så här höga nivåer sedan 2018, säger räddningschef Anders Ölund. Men än så "
                "länge har inga bostadshus fått in vatten.",
            ),
            (
                "p",
                "Den som behöver sandsäckar kan hämta dem gratis vid kommunens förråd på Industrigatan mellan klockan "
                "sju och nitton.",
            ),
        ],
        related=(
            ("Isen har gått upp i Storforsen", "28 mars 2024", "2024-03-28T09:00:00+01:00"),
            ("Så blev vårfloden 2018 – bilderna", "12 maj 2018", "2018-05-12T10:00:00+02:00"),
        ),
        comments=(
            (
                "Bengt i Sjövik",
                "4 april 2024 kl. 10.02",
                "2024-04-04T10:02:00+02:00",
                "Har redan flyttat upp allt från källaren.",
            ),
        ),
        must=[
            "Vattennivån i Norrälven har stigit med nästan en meter på ett dygn.",
            "Räddningstjänsten har lagt ut sandsäckar vid pumpstationen i Storforsen",
            "– Vi har inte sett så här höga nivåer sedan 2018, säger räddningschef Anders Ölund.",
            "Den som behöver sandsäckar kan hämta dem gratis vid kommunens förråd på Industrigatan",
        ],
        must_not=[
            "Uppdaterad 5 april 2024 kl. 13.40",
            "Älven vid Storforsen på onsdagskvällen. Foto: Oskar Lindh",
            "Har redan flyttat upp allt från källaren.",
            "Isen har gått upp i Storforsen",
            "Vi använder kakor för att webbplatsen ska fungera",
            "Ansvarig utgivare: Karin Wennberg. © Norrvikens Tidning AB",
        ],
    )
)

# --- q17 da: "Af …", OpenGraph date, paywall box at the end --------------------------------------------------

AVIS = Site(
    name="Skovbølle Avis",
    domain="skovboelleavis.example",
    nav=["Forside", "Lokalt", "Danmark", "Erhverv", "Sport", "Kultur", "E-avis"],
    cookie="Vi bruger cookies til at forbedre din oplevelse, til statistik og til at vise dig relevante annoncer.",
    cookie_ok="Accepter alle",
    footer="Skovbølle Avis A/S · Ansvarshavende chefredaktør: Lone Baggesen",
    footer_links=["Kontakt", "Annoncering", "Privatlivspolitik", "Abonnement"],
    search="Søg",
    skip="Gå til indhold",
    share="Del",
    related="Læs også",
    comments="Kommentarer",
    most_read="Mest læste",
    most_read_items=["Ny cykelsti langs landevejen åbner"],
)
Q17_URL = "https://www.skovboelleavis.example/lokalt/skoler-lukker-sammen-efter-sommerferien"
PAGES.append(
    build(
        id="q17-da-opengraph-byline-af-paywall",
        site=AVIS,
        url=Q17_URL,
        language="da",
        declared="da",
        title="To landsbyskoler lægges sammen efter sommerferien",
        authors=["Rasmus Holmgaard"],
        published="2024-02-01T05:00:00+01:00",
        shapes=["opengraph", "byline-text", "paywall", "article-p"],
        kicker="Lokalt",
        head=og(
            AVIS,
            "To landsbyskoler lægges sammen efter sommerferien",
            "Byrådet har besluttet at samle Ørsted Skole og Lundby Skole.",
            Q17_URL,
            published="2024-02-01T05:00:00+01:00",
            section="Lokalt",
            locale="da_DK",
        ),
        meta_top='<div class="byline">Af <a href="/journalist/rasmus-holmgaard">Rasmus Holmgaard</a></div>',
        blocks=[
            (
                "p",
                "Efter sommerferien skal eleverne fra Ørsted Skole og Lundby Skole gå i samme skole. Det besluttede "
                "et flertal i byrådet onsdag aften efter et møde, der varede til langt ud på natten.",
            ),
            (
                "p",
                "Den nye skole får adresse i Lundby, hvor bygningerne er nyest. Ørsted Skole bliver i stedet til "
                "et fritidscenter med klub og musikskole.",
            ),
            (
                "p",
                "Forældrene i Ørsted har i flere måneder kæmpet for at bevare skolen. Formand for skolebestyrelsen "
                "Sofie Lykke Brandt kalder beslutningen en dårlig dag for landsbyen.",
            ),
            (
                "p",
                "Kommunen regner med at spare omkring 3,1 millioner kroner om året. Pengene skal blandt andet gå "
                "til flere lærere i indskolingen.",
            ),
            (
                "box",
                '<div class="paywall"><h3>Læs videre med Skovbølle Avis Plus</h3><p>Få adgang til alle artikler '
                'for 1 kr. den første måned.</p><a href="/abonnement">Køb abonnement</a></div>',
            ),
        ],
        related=(
            (
                "Forældre i Ørsted samler underskrifter for skolen",
                "9. jan. 2024",
                "2024-01-09T06:00:00+01:00",
            ),
            ("Skolestruktur: se de tre modeller", "15. nov. 2023", "2023-11-15T06:00:00+01:00"),
        ),
        comments=(
            (
                "Henning P.",
                "1. feb. 2024",
                "2024-02-01T08:40:00+01:00",
                "Det er altid de små byer, der taber.",
            ),
        ),
        must=[
            "Efter sommerferien skal eleverne fra Ørsted Skole og Lundby Skole gå i samme skole.",
            "Ørsted Skole bliver i stedet til et fritidscenter med klub og musikskole.",
            "Kommunen regner med at spare omkring 3,1 millioner kroner om året.",
        ],
        must_not=[
            "Læs videre med Skovbølle Avis Plus",
            "Det er altid de små byer, der taber.",
            "Forældre i Ørsted samler underskrifter for skolen",
            "Vi bruger cookies til at forbedre din oplevelse",
            "Skovbølle Avis A/S · Ansvarshavende chefredaktør: Lone Baggesen",
        ],
    )
)

# --- q18 nb, no language: two bylines with roles, "Publisert: 17.10.2024 kl. 21:14", hashed classes ----------

FJORDAVISA = Site(
    name="Fjordavisa Nordre",
    domain="fjordavisa-nordre.example",
    nav=["Nyheter", "Sport", "Kultur", "Meninger", "Næringsliv", "Tips oss"],
    cookie="Vi bruker informasjonskapsler for å gi deg en bedre brukeropplevelse og for å vise relevante annonser.",
    cookie_ok="Godta",
    footer="Fjordavisa Nordre arbeider etter Vær Varsom-plakatens regler for god presseskikk.",
    footer_links=["Kontakt oss", "Personvern", "Annonser", "Abonnement"],
    search="Søk",
    skip="Hopp til innhold",
    share="Del",
    related="Siste nytt",
    comments="Kommentarer",
    most_read="Mest lest",
    most_read_items=["Ny hurtigbåtrute fra januar"],
)
PAGES.append(
    build(
        id="q18-nb-no-lang-date-text-kl-two-bylines-hashed",
        site=FJORDAVISA,
        url="https://www.fjordavisa-nordre.example/nyheter/i/Xk3pQ7/fjelloverga",
        language="nb",
        declared=None,
        title="Snøfall stengte fjellovergangen – vogntog sto fast i flere timer",
        authors=["Ingrid Movik", "Ola Hjertaas"],
        published="2024-10-17",
        shapes=[
            "date-text",
            "byline-text",
            "updated-date-trap",
            "lang-missing",
            "hashed-classes",
            "article-p",
        ],
        kicker="Trafikk",
        hashed=True,
        meta_top=(
            '<div class="css-b7c8d9"><div class="css-e1f2a3"><a href="/journalist/imovik">Ingrid Movik</a> '
            '<span>Journalist</span></div><div class="css-e1f2a3"><a href="/journalist/ohjertaas">Ola Hjertaas</a> '
            "<span>Journalist</span></div></div>"
            '<div class="css-c4d5e6"><span>Publisert: 17.10.2024 kl. 21:14</span> '
            "<span>Oppdatert: 18.10.2024 kl. 07:02</span></div>"
        ),
        blocks=[
            (
                "p",
                "Et kraftig snøfall stengte torsdag ettermiddag riksveien over Kvitfjellet. Flere vogntog sto fast "
                "i bakkene på vestsiden, og bilister måtte vente i over fire timer.",
            ),
            (
                "p",
                "Vegtrafikksentralen opplyser at det kom mer enn tretti centimeter nysnø på kort tid. Mange tunge "
                "kjøretøy hadde ennå ikke lagt om til vinterdekk.",
            ),
            (
                "p",
                "– Det er tidlig i år, men ikke uvanlig. Vi ber alle sjekke føremeldingen før de legger ut på "
                "fjellet, sier vaktleder Terje Solbakken.",
            ),
            (
                "p",
                "Politiet fikk melding om flere mindre utforkjøringer, men ingen personer ble skadet. Et vogntog som hadde kjørt seg fast i en krapp sving, ble trukket løs av en bergingsbil etter flere timers arbeid.",
            ),
            (
                "p",
                "Veien ble åpnet for kolonnekjøring like før klokken ni om kvelden. Det er ventet mer nedbør "
                "utover helgen.",
            ),
        ],
        related=(
            ("Kvitfjellet åpnet etter vinterstengning", "21.05.2024", "2024-05-21T09:00:00+02:00"),
            ("Krever at vogntog må ha kjetting med", "03.02.2024", "2024-02-03T12:00:00+01:00"),
        ),
        comments=(
            (
                "Per O.",
                "17.10.2024 kl. 22:40",
                "2024-10-17T22:40:00+02:00",
                "Sommerdekk i oktober over fjellet, det sier seg selv.",
            ),
        ),
        must=[
            "Et kraftig snøfall stengte torsdag ettermiddag riksveien over Kvitfjellet.",
            "Vegtrafikksentralen opplyser at det kom mer enn tretti centimeter nysnø på kort tid.",
            "Veien ble åpnet for kolonnekjøring like før klokken ni om kvelden.",
        ],
        must_not=[
            "Oppdatert: 18.10.2024 kl. 07:02",
            "Sommerdekk i oktober over fjellet, det sier seg selv.",
            "Krever at vogntog må ha kjetting med",
            "Vi bruker informasjonskapsler for å gi deg en bedre brukeropplevelse",
            "Fjordavisa Nordre arbeider etter Vær Varsom-plakatens regler for god presseskikk.",
        ],
    )
)

# --- q19 fi: story in <div>s, "Julkaistu 23.5.2024 klo 18.47 | Päivitetty …", "Teksti:" -------------------------

SANOMAT = Site(
    name="Järvilahden Sanomat",
    domain="jarvilahdensanomat.example",
    nav=["Uutiset", "Järvilahti", "Maakunta", "Urheilu", "Kulttuuri", "Mielipide"],
    cookie="Käytämme evästeitä sivuston toiminnan varmistamiseen ja mainonnan kohdentamiseen.",
    cookie_ok="Hyväksy kaikki",
    footer="Järvilahden Sanomat · Vastaava päätoimittaja Mikko Rinne · Julkaisija Järvilahden Lehtitalo Oy",
    footer_links=["Asiakaspalvelu", "Ilmoitukset", "Tietosuoja"],
    search="Haku",
    skip="Siirry sisältöön",
    share="Jaa",
    related="Lue myös",
    comments="Kommentit",
    most_read="Luetuimmat",
    most_read_items=["Torin kesäkahvila avautuu perjantaina"],
)
PAGES.append(
    build(
        id="q19-fi-divs-date-text-klo-pipe-updated",
        site=SANOMAT,
        url="https://www.jarvilahdensanomat.example/uutiset/art-2000010877",
        language="fi",
        declared="fi",
        title="Kirjastoauto jatkaa kulkuaan – kaupunginhallitus perui säästöpäätöksen",
        authors=["Aino Kettunen"],
        published="2024-05-23",
        shapes=["divs", "date-text", "byline-text", "meta-line-pipe", "updated-date-trap"],
        kicker="Järvilahti",
        body="divs",
        meta_top=(
            '<div class="byline">Teksti: <span class="name">Aino Kettunen</span></div>'
            '<div class="timestamps">Julkaistu 23.5.2024 klo 18.47 | Päivitetty 24.5.2024 klo 9.15</div>'
        ),
        blocks=[
            (
                "p",
                "Järvilahden kirjastoauto saa sittenkin jatkaa. Kaupunginhallitus perui torstaina huhtikuussa "
                "tekemänsä päätöksen, jonka mukaan auto olisi poistettu käytöstä ensi vuoden alussa.",
            ),
            (
                "p",
                "Päätöstä vastustettiin laajasti. Adressin allekirjoitti kolmessa viikossa lähes 4 000 ihmistä, ja "
                "kyläkoulujen oppilaat kävivät viemässä kaupungintalolle piirustuksia kirjastoautosta.",
            ),
            (
                "p",
                "– Kuulimme kuntalaisia, ja se on hyvä asia, sanoo kaupunginhallituksen puheenjohtaja Jussi "
                "Lehtovaara.",
            ),
            (
                "p",
                "Säästöt haetaan nyt muualta: pääkirjaston aukioloaikoja lyhennetään kesäkuukausina tunnilla "
                "arkipäivisin.",
            ),
            (
                "p",
                "Kirjastoauto pysähtyy viikoittain 46 pysäkillä, ja sillä on vuodessa noin 30 000 lainaa.",
            ),
        ],
        related=(
            ("Kirjastoauto uhkaa jäädä säästöjen jalkoihin", "18.4.2024", "2024-04-18T12:00:00+03:00"),
            ("Uusi kirjastoauto esiteltiin yleisölle", "2.9.2019", "2019-09-02T10:00:00+03:00"),
        ),
        comments=(
            (
                "Kyläläinen",
                "23.5.2024 klo 19.30",
                "2024-05-23T19:30:00+03:00",
                "Hienoa, että kuntalaisten ääni kuului!",
            ),
        ),
        must=[
            "Järvilahden kirjastoauto saa sittenkin jatkaa.",
            "Adressin allekirjoitti kolmessa viikossa lähes 4 000 ihmistä",
            "pääkirjaston aukioloaikoja lyhennetään kesäkuukausina tunnilla arkipäivisin.",
            "Kirjastoauto pysähtyy viikoittain 46 pysäkillä, ja sillä on vuodessa noin 30 000 lainaa.",
        ],
        must_not=[
            "Päivitetty 24.5.2024 klo 9.15",
            "Hienoa, että kuntalaisten ääni kuului!",
            "Kirjastoauto uhkaa jäädä säästöjen jalkoihin",
            "Käytämme evästeitä sivuston toiminnan varmistamiseen",
            "Järvilahden Sanomat · Vastaava päätoimittaja Mikko Rinne",
        ],
    )
)

# --- q20 hu: year-first "2024. szeptember 6., péntek 15:20", "Szerző:", hashed classes --------------------------

HIRLAP = Site(
    name="Tiszavölgyi Hírlap",
    domain="tiszavolgyihirlap.example",
    nav=["Hírek", "Megye", "Belföld", "Gazdaság", "Sport", "Kultúra", "Programok"],
    cookie="Weboldalunk sütiket használ a jobb felhasználói élmény érdekében. Az oldal használatával elfogadod a sütik használatát.",
    cookie_ok="Elfogadom",
    footer="© 2024 Tiszavölgyi Hírlap Kiadó Kft. Minden jog fenntartva.",
    footer_links=["Impresszum", "Adatvédelem", "Hirdetés", "Kapcsolat"],
    search="Keresés",
    skip="Ugrás a tartalomra",
    share="Megosztás",
    related="Kapcsolódó cikkek",
    comments="Hozzászólások",
    most_read="Legolvasottabb",
    most_read_items=["Új körforgalom épül a 44-es úton"],
)
PAGES.append(
    build(
        id="q20-hu-date-text-year-first-szerzo-hashed",
        site=HIRLAP,
        url="https://www.tiszavolgyihirlap.example/megye/ujra-nyit-a-gyogyfurdo-8421",
        language="hu",
        declared="hu",
        title="Két év felújítás után újra megnyílik a kisréti gyógyfürdő",
        authors=["Horváth Réka"],
        published="2024-09-06",
        shapes=["date-text", "byline-text", "hashed-classes", "article-p"],
        kicker="Megye",
        hashed=True,
        meta_top=(
            '<div class="css-f0a1b2"><span>2024. szeptember 6., péntek 15:20</span></div>'
            '<div class="css-f0a1b3">Szerző: <span class="css-0c9d8e">Horváth Réka</span></div>'
        ),
        blocks=[
            (
                "p",
                "Szombattól ismét fogadja a vendégeket a kisréti gyógyfürdő, amely két évig volt zárva a teljes "
                "felújítás miatt.",
            ),
            (
                "p",
                "A beruházás 3,4 milliárd forintba került. Megújult a fedett uszoda, két új termálmedence épült, "
                "és a régi strandépületben wellnessrészleget alakítottak ki.",
            ),
            (
                "p",
                "– A kisréti víz gyógyhatását már a múlt században is ismerték, most végre méltó környezetben "
                "lehet élvezni – mondta a megnyitón Szabó Gergely polgármester.",
            ),
            (
                "p",
                "A felújítás során a fürdő energiaellátását is korszerűsítették: a termálvíz hőjét most már az épület fűtésére is felhasználják, ami évente több tízmillió forintot takaríthat meg a városnak.",
            ),
            (
                "p",
                "A helyi lakosok kedvezményes belépőt kapnak, a diákok pedig hétköznap délutánonként ingyen "
                "úszhatnak. A fürdő reggel hattól este kilencig tart nyitva.",
            ),
        ],
        related=(
            ("Elkezdődött a gyógyfürdő felújítása", "2022. augusztus 29.", "2022-08-29T10:00:00+02:00"),
            ("Csúszik a fürdő átadása", "2024. március 12.", "2024-03-12T09:00:00+01:00"),
        ),
        comments=(
            (
                "Kovácsné Éva",
                "2024. szeptember 6. 17:04",
                "2024-09-06T17:04:00+02:00",
                "Alig várjuk, hogy kipróbáljuk az új medencéket!",
            ),
        ),
        must=[
            "Szombattól ismét fogadja a vendégeket a kisréti gyógyfürdő",
            "A beruházás 3,4 milliárd forintba került.",
            "mondta a megnyitón Szabó Gergely polgármester.",
            "A fürdő reggel hattól este kilencig tart nyitva.",
        ],
        must_not=[
            "Alig várjuk, hogy kipróbáljuk az új medencéket!",
            "Csúszik a fürdő átadása",
            "Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.",
            "© 2024 Tiszavölgyi Hírlap Kiadó Kft. Minden jog fenntartva.",
            "Új körforgalom épül a 44-es úton",
        ],
    )
)

# --- q21 cs: meta line "Autor · 5. února 2024 14:10 · Rubrika", "Čtěte také" and newsletter inside -----------

DENIK = Site(
    name="Deník Horního Poříčí",
    domain="denikporici.example",
    nav=["Zprávy", "Region", "Domácí", "Ekonomika", "Sport", "Kultura", "Bydlení"],
    cookie="Tento web používá soubory cookie k poskytování služeb, personalizaci reklam a analýze návštěvnosti.",
    cookie_ok="Souhlasím",
    footer="© 2024 Poříčská vydavatelská, a. s. Všechna práva vyhrazena.",
    footer_links=["O nás", "Kontakty", "Reklama", "Ochrana osobních údajů"],
    search="Hledat",
    skip="Přejít na obsah",
    share="Sdílet",
    related="Související články",
    comments="Diskuse",
    most_read="Nejčtenější",
    most_read_items=["Na náměstí vyrostou nové lavičky"],
)
PAGES.append(
    build(
        id="q21-cs-meta-line-dot-date-text-boxes",
        site=DENIK,
        url="https://www.denikporici.example/zpravy/region/pivovar-obnovi-vyrobu-c8812.html",
        language="cs",
        declared="cs",
        title="Zavřený pivovar v Lipníku obnoví výrobu, koupil ho místní spolek",
        authors=["Petra Zelenková"],
        published="2024-02-05",
        shapes=[
            "date-text",
            "byline-text",
            "meta-line-dot",
            "read-also-inline",
            "newsletter-inline",
            "article-p",
        ],
        kicker="Region",
        meta_top=(
            '<div class="meta"><a href="/autori/petra-zelenkova">Petra Zelenková</a> · 5. února 2024 14:10 · '
            "Region</div>"
        ),
        blocks=[
            (
                "p",
                "Pivovar v Lipníku, který před šesti lety ukončil výrobu, znovu ožije. Areál koupil spolek Lipnický "
                "ječmen, který založili místní rodáci a sehnal peníze od více než osmi set drobných dárců.",
            ),
            (
                "p",
                "První várka by podle předsedy spolku Vojtěcha Mareše mohla být hotová na podzim. Nejdřív je ale "
                "potřeba opravit střechu sladovny a vyměnit staré kotle.",
            ),
            (
                "box",
                '<div class="read-also"><strong>Čtěte také:</strong> <a href="/zpravy/region/mlyn-na-orlici">'
                "Starý mlýn na Orlici bude sloužit jako muzeum</a></div>",
            ),
            (
                "p",
                "„Nechceme konkurovat velkým pivovarům. Chceme, aby se v Lipníku zase vařilo pivo a aby lidé měli "
                "kde se potkávat,“ říká Mareš.",
            ),
            (
                "box",
                '<div class="newsletter"><p>Nejdůležitější zprávy z regionu každé ráno do vaší schránky. '
                '<a href="/newsletter">Přihlaste se k odběru</a></p></div>',
            ),
            (
                "p",
                "Spolek už také hledá sládka. Podle Mareše se přihlásili tři zájemci, mezi nimi i bývalý zaměstnanec pivovaru, který tu pracoval až do jeho uzavření.",
            ),
            (
                "p",
                "Součástí areálu má být i malá restaurace a prohlídková trasa. Obec slíbila, že opraví přístupovou "
                "cestu od nádraží.",
            ),
        ],
        related=(
            (
                "Pivovar v Lipníku končí, majitel ho chce prodat",
                "14. března 2018",
                "2018-03-14T10:00:00+01:00",
            ),
        ),
        comments=(
            (
                "Jarda K.",
                "5. 2. 2024 16:22",
                "2024-02-05T16:22:00+01:00",
                "Na první pivo přijedu, to je jasné.",
            ),
        ),
        must=[
            "Pivovar v Lipníku, který před šesti lety ukončil výrobu, znovu ožije.",
            "Nejdřív je ale potřeba opravit střechu sladovny a vyměnit staré kotle.",
            "Součástí areálu má být i malá restaurace a prohlídková trasa.",
        ],
        must_not=[
            "Starý mlýn na Orlici bude sloužit jako muzeum",
            "Nejdůležitější zprávy z regionu každé ráno do vaší schránky.",
            "Na první pivo přijedu, to je jasné.",
            "Tento web používá soubory cookie",
            "© 2024 Poříčská vydavatelská, a. s. Všechna práva vyhrazena.",
        ],
    )
)

# --- q22 ro: JSON-LD NewsArticle, "de …" byline, hashed classes -------------------------------------------------

JURNAL = Site(
    name="Jurnalul de Vâlcești",
    domain="jurnaluldevalcesti.example",
    nav=["Actualitate", "Local", "Social", "Economie", "Sport", "Cultură", "Opinii"],
    cookie="Acest site folosește cookie-uri pentru a vă oferi o experiență cât mai bună.",
    cookie_ok="Sunt de acord",
    footer="© 2024 Jurnalul de Vâlcești. Toate drepturile rezervate.",
    footer_links=["Despre noi", "Contact", "Publicitate", "Politica de confidențialitate"],
    search="Caută",
    skip="Mergi la conținut",
    share="Distribuie",
    related="Articole similare",
    comments="Comentarii",
    most_read="Cele mai citite",
    most_read_items=["Se asfaltează drumul spre Pădureni"],
)
Q22_URL = "https://www.jurnaluldevalcesti.example/social/spitalul-judetean-sectie-noua-pediatrie-41277"
PAGES.append(
    build(
        id="q22-ro-jsonld-hashed-byline-de",
        site=JURNAL,
        url=Q22_URL,
        language="ro",
        declared="ro",
        title="Spitalul Județean deschide o nouă secție de pediatrie",
        authors=["Andreea Munteanu"],
        published="2024-01-18T09:30:00+02:00",
        shapes=["jsonld", "hashed-classes", "article-p"],
        kicker="Social",
        hashed=True,
        head=ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Spitalul Județean deschide o nouă secție de pediatrie",
                "datePublished": "2024-01-18T09:30:00+02:00",
                "dateModified": "2024-01-18T12:10:00+02:00",
                "author": [
                    {
                        "@type": "Person",
                        "name": "Andreea Munteanu",
                        "url": "https://www.jurnaluldevalcesti.example/autor/andreea-munteanu",
                    }
                ],
                "publisher": {"@type": "Organization", "name": "Jurnalul de Vâlcești"},
                "mainEntityOfPage": Q22_URL,
            }
        ),
        meta_top=(
            '<div class="css-3b4c5d">de <a href="/autor/andreea-munteanu">Andreea Munteanu</a></div>'
            '<div class="css-3b4c5e">18 ianuarie 2024, 09:30</div>'
        ),
        blocks=[
            (
                "p",
                "Spitalul Județean din Vâlcești a inaugurat joi o nouă secție de pediatrie, cu 48 de paturi și o "
                "sală de tratament destinată exclusiv copiilor cu afecțiuni respiratorii.",
            ),
            (
                "p",
                "Lucrările au durat aproape doi ani și au costat 26 de milioane de lei, bani proveniți în mare parte "
                "din fonduri europene.",
            ),
            (
                "p",
                "Până acum, copiii erau internați într-o clădire construită în anii ’60, în care iarna temperatura "
                "din saloane abia trecea de 18 grade.",
            ),
            (
                "p",
                "Noua secție are și un salon special pentru mame, unde părinții pot rămâne peste noapte alături de copiii internați, precum și o mică bibliotecă cu cărți donate de elevii din oraș.",
            ),
            (
                "p",
                "„Este cea mai bună veste pentru părinții din județ din ultimii ani”, a declarat managerul "
                "spitalului, dr. Mihai Ardeleanu, care a precizat că secția va avea și un loc de joacă.",
            ),
        ],
        related=(
            ("Au început lucrările la pediatrie", "3 martie 2022", "2022-03-03T10:00:00+02:00"),
            ("Părinții reclamă frigul din saloane", "12 decembrie 2021", "2021-12-12T09:00:00+02:00"),
        ),
        comments=(
            (
                "Ioana",
                "18 ianuarie 2024",
                "2024-01-18T11:00:00+02:00",
                "În sfârșit! Copiii merită condiții decente.",
            ),
        ),
        must=[
            "Spitalul Județean din Vâlcești a inaugurat joi o nouă secție de pediatrie",
            "Lucrările au durat aproape doi ani și au costat 26 de milioane de lei",
            "a declarat managerul spitalului, dr. Mihai Ardeleanu",
        ],
        must_not=[
            "În sfârșit! Copiii merită condiții decente.",
            "Părinții reclamă frigul din saloane",
            "Acest site folosește cookie-uri",
            "© 2024 Jurnalul de Vâlcești. Toate drepturile rezervate.",
            "Se asfaltează drumul spre Pădureni",
        ],
    )
)

# --- q23 tr: ASP.NET form, "Muhabir:", "11 Haziran 2024 Salı, saat 14.05", "Güncelleme" trap ----------------------

GAZETE = Site(
    name="Yenikale Gazetesi",
    domain="yenikalegazetesi.example",
    nav=["Gündem", "Yerel", "Ekonomi", "Spor", "Sağlık", "Yaşam", "Yazarlar"],
    cookie="Sitemizde çerezler kullanılmaktadır. Siteyi kullanmaya devam ederek çerez politikamızı kabul etmiş olursunuz.",
    cookie_ok="Tamam",
    footer="Yenikale Gazetesi © 2024 - Tüm hakları saklıdır. İzinsiz kullanılamaz.",
    footer_links=["Künye", "İletişim", "Reklam", "Gizlilik"],
    search="Ara",
    skip="İçeriğe geç",
    share="Paylaş",
    related="İlgili Haberler",
    comments="Yorumlar",
    most_read="Çok okunanlar",
    most_read_items=["Sahil yolunda çalışma başladı"],
)
PAGES.append(
    build(
        id="q23-tr-aspnet-form-date-text-saat-muhabir",
        site=GAZETE,
        url="https://www.yenikalegazetesi.example/HaberDetay.aspx?HaberID=552190",
        language="tr",
        declared="tr",
        title="Yenikale'de kiraz hasadı başladı, üretici fiyatlardan memnun",
        authors=["Serkan Aydemir"],
        published="2024-06-11",
        shapes=["form", "date-text", "byline-text", "updated-date-trap", "article-p"],
        kicker="Yerel",
        form=True,
        meta_top=(
            '<div class="haber-tarih">Yayınlanma: 11 Haziran 2024 Salı, saat 14.05 · '
            "Güncelleme: 12 Haziran 2024 Çarşamba, saat 09.10</div>"
            '<div class="haber-muhabir">Muhabir: <b>Serkan Aydemir</b></div>'
        ),
        blocks=[
            (
                "p",
                "Yenikale'nin yüksek kesimlerindeki bahçelerde kiraz hasadı başladı. Bu yıl ilkbaharda don "
                "yaşanmaması sayesinde verimin geçen yıla göre yüzde kırk daha fazla olması bekleniyor.",
            ),
            (
                "p",
                "Üreticiler sabahın erken saatlerinde toplanan kirazları kasalara yerleştirip ilçedeki soğuk hava "
                "depolarına taşıyor. Ürünün önemli bir kısmı ihracata gidiyor.",
            ),
            (
                "p",
                "Otuz yıldır kiraz yetiştiren Hüseyin Demirtaş, fiyatlardan memnun olduğunu söyledi: “Kilosu "
                "bahçede 60 liradan alınıyor. Emeğimizin karşılığını ilk kez bu kadar iyi alıyoruz.”",
            ),
            (
                "p",
                "İlçe Tarım Müdürlüğü, hasadın temmuz ortasına kadar süreceğini ve yaklaşık 1.200 kişiye mevsimlik "
                "iş imkânı sağlayacağını açıkladı.",
            ),
        ],
        related=(
            ("Kiraz bahçelerinde don korkusu", "4 Nisan 2023", "2023-04-04T08:00:00+03:00"),
            ("Soğuk hava deposu kapasitesi artırılıyor", "20 Şubat 2024", "2024-02-20T10:00:00+03:00"),
        ),
        comments=(
            (
                "Ayşe K.",
                "11.06.2024 16:20",
                "2024-06-11T16:20:00+03:00",
                "Bizim köyde de hasat başladı, maşallah bereketli.",
            ),
        ),
        must=[
            "Yenikale'nin yüksek kesimlerindeki bahçelerde kiraz hasadı başladı.",
            "Ürünün önemli bir kısmı ihracata gidiyor.",
            "Otuz yıldır kiraz yetiştiren Hüseyin Demirtaş, fiyatlardan memnun olduğunu söyledi",
            "hasadın temmuz ortasına kadar süreceğini ve yaklaşık 1.200 kişiye mevsimlik iş imkânı sağlayacağını",
        ],
        must_not=[
            "Güncelleme: 12 Haziran 2024 Çarşamba, saat 09.10",
            "Bizim köyde de hasat başladı, maşallah bereketli.",
            "Kiraz bahçelerinde don korkusu",
            "Sitemizde çerezler kullanılmaktadır.",
            "Yenikale Gazetesi © 2024 - Tüm hakları saklıdır.",
        ],
    )
)

# --- q24 id, no language: "Penulis: … | Editor: …", "Selasa, 20 Agustus 2024 21:35 WIB", "Baca Juga" -----------

WARTA = Site(
    name="Warta Sungaimerah",
    domain="wartasungaimerah.example",
    nav=["Berita", "Daerah", "Nasional", "Ekonomi", "Olahraga", "Hiburan", "Indeks"],
    cookie="Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini.",
    cookie_ok="Setuju",
    footer="Copyright © 2024 Warta Sungaimerah. All Rights Reserved.",
    footer_links=["Redaksi", "Pedoman Media Siber", "Kontak", "Karier"],
    search="Cari berita",
    skip="Langsung ke konten",
    share="Bagikan",
    related="Berita Terkait",
    comments="Komentar",
    most_read="Terpopuler",
    most_read_items=["Jadwal kapal ke pulau seberang berubah"],
)
PAGES.append(
    build(
        id="q24-id-no-lang-date-text-wib-editor-hashed",
        site=WARTA,
        url="https://www.wartasungaimerah.example/daerah/pasar-terapung-dibuka-kembali-a18830",
        language="id",
        declared=None,
        title="Pasar Terapung Sungaimerah Kembali Dibuka Setelah Direvitalisasi",
        authors=["Dimas Prasetyo"],
        published="2024-08-20",
        shapes=[
            "date-text",
            "byline-text",
            "editor-credit",
            "lang-missing",
            "hashed-classes",
            "read-also-inline",
            "article-p",
        ],
        kicker="Daerah",
        hashed=True,
        meta_top=(
            '<div class="css-8e7d6c"><span>Penulis: <a href="/penulis/dimas-prasetyo">Dimas Prasetyo</a></span> | '
            "<span>Editor: Rina Kartika</span></div>"
            '<div class="css-8e7d6d">Selasa, 20 Agustus 2024 21:35 WIB</div>'
        ),
        blocks=[
            (
                "p",
                "Pasar terapung di muara Sungai Merah kembali dibuka pada Selasa (20/8/2024) setelah direvitalisasi "
                "selama delapan bulan. Ratusan warga dan wisatawan memadati dermaga sejak pagi.",
            ),
            (
                "p",
                "Revitalisasi meliputi pembangunan dermaga baru, perbaikan jembatan kayu, serta penataan lapak bagi "
                "sekitar 150 pedagang perahu yang menjual sayur, buah, dan kue tradisional.",
            ),
            (
                "box",
                '<div class="css-2a3b4c"><strong>Baca Juga:</strong> <a href="/daerah/festival-perahu-hias">'
                "Festival Perahu Hias Kembali Digelar Tahun Ini</a></div>",
            ),
            (
                "p",
                "Bupati Sungaimerah, Hendra Wijayakusuma, berharap pasar ini kembali menjadi ikon wisata daerah. "
                '"Pasar terapung ini warisan kita bersama dan harus dijaga," ujarnya.',
            ),
            (
                "p",
                "Salah satu pedagang, Siti Aminah, mengaku senang bisa berjualan lagi. Selama revitalisasi, ia "
                "terpaksa menjual kue dari rumah dengan penghasilan yang jauh berkurang.",
            ),
        ],
        related=(
            ("Revitalisasi Pasar Terapung Dimulai Desember", "5 Desember 2023", "2023-12-05T10:00:00+07:00"),
            (
                "Pedagang Perahu Dipindah Sementara ke Dermaga Lama",
                "12 Januari 2024",
                "2024-01-12T09:00:00+07:00",
            ),
        ),
        comments=(
            (
                "Andi R.",
                "20 Agustus 2024 22:10",
                "2024-08-20T22:10:00+07:00",
                "Mantap, akhir pekan ini langsung ke sana bareng keluarga.",
            ),
        ),
        must=[
            "Pasar terapung di muara Sungai Merah kembali dibuka pada Selasa (20/8/2024) setelah direvitalisasi "
            "selama delapan bulan.",
            "sekitar 150 pedagang perahu yang menjual sayur, buah, dan kue tradisional.",
            "Salah satu pedagang, Siti Aminah, mengaku senang bisa berjualan lagi.",
        ],
        must_not=[
            "Festival Perahu Hias Kembali Digelar Tahun Ini",
            "Mantap, akhir pekan ini langsung ke sana bareng keluarga.",
            "Pedagang Perahu Dipindah Sementara ke Dermaga Lama",
            "Kami menggunakan cookie untuk meningkatkan pengalaman Anda",
            "Copyright © 2024 Warta Sungaimerah. All Rights Reserved.",
        ],
    )
)
