# ruff: noqa: RUF001
"""Pages q01-q12 of the fourth held-out set: English, German, French, Spanish, Italian, Portuguese."""

from __future__ import annotations

from kit4 import Page, Site, build, ld, og

PAGES: list[Page] = []

# --- q01 en-US: wire story, dateline and copyright line, OpenGraph date with a local offset ----------------

LEDGER = Site(
    name="The Harbor Ledger",
    domain="harborledger.example",
    nav=["News", "Local", "Business", "Sports", "Opinion", "Obituaries", "Weather"],
    cookie="We use cookies and similar technologies to personalize content and ads and to analyze our traffic.",
    cookie_ok="Accept all",
    footer="© 2024 Harbor Ledger Media Group. All rights reserved.",
    footer_links=["About us", "Contact", "Advertise", "Terms of Use", "Privacy Policy"],
    related="More from the region",
    comments="Conversation",
    most_read_items=[
        "School board delays vote on later start times",
        "Diner on Wharf Street closes after 41 years",
    ],
)
Q01_URL = "https://www.harborledger.example/news/national/seawall-surge-port-halloran-c41d77"
PAGES.append(
    build(
        id="q01-en-wire-dateline-og-local-offset",
        site=LEDGER,
        url=Q01_URL,
        language="en",
        declared="en-US",
        title="Storm surge tests Port Halloran's new seawall as waterfront floods",
        authors=["Dana Whitcombe"],
        published="2024-09-18T21:40:00-04:00",
        shapes=["wire-dateline", "copyright-line", "opengraph", "local-offset", "byline-text", "article-p"],
        kicker="National",
        head=og(
            LEDGER,
            "Storm surge tests Port Halloran's new seawall as waterfront floods",
            "The barrier held, but water found its way around the ends.",
            Q01_URL,
            published="2024-09-18T21:40:00-04:00",
            section="National",
            locale="en_US",
        ),
        meta_top=(
            '<div class="byline">By Dana Whitcombe, Coastline Press</div>'
            '<div class="dateline-time">Sept. 18, 2024, 9:40 PM EDT</div>'
        ),
        blocks=[
            (
                "p",
                "PORT HALLORAN (Coastline Press) — The $38 million seawall that Port Halloran finished in the spring "
                "faced its first real test Wednesday, and city officials said it mostly held, even as seawater "
                "poured around both ends and flooded three blocks of the old waterfront.",
            ),
            (
                "p",
                "The surge peaked a little after 4 p.m., about two feet above the highest tide recorded last winter. "
                "Crews had closed the steel flood gates on Cannery Row by noon, but water backed up through storm "
                "drains on Tillman Street, where sandbags had been stacked only waist high.",
            ),
            (
                "p",
                "“The wall did what it was designed to do,” said Harbor Commissioner Renée Castellano, standing in "
                "ankle-deep water outside the fish market. “What we learned today is that the water doesn't care "
                "where our design stops.”",
            ),
            (
                "box",
                '<div class="newsletter-inline"><strong>Get the Ledger Morning Brief.</strong> The day\'s top '
                'local stories in your inbox before 7 a.m. <a href="/newsletters">Sign up free</a></div>',
            ),
            (
                "p",
                "No injuries were reported. Fire crews used two flat-bottomed boats to check on residents of a senior "
                "apartment building, and about 60 people spent the afternoon at the high school gym, which the Red "
                "Harbor Relief Society opened as a shelter.",
            ),
            (
                "p",
                "Engineers will walk the length of the wall Thursday morning. The city council had already set aside "
                "money to extend it north toward the ferry landing, a project that Mayor Owen Tuttle said on Wednesday "
                "evening would now “go to the top of the list.”",
            ),
            (
                "box",
                '<div class="copyright-line"><small>Copyright 2024 Coastline Press. All rights reserved. This '
                "material may not be published, broadcast, rewritten or redistributed without permission.</small>"
                "</div>",
            ),
        ],
        related=(
            (
                "Harbor commission approves seawall contract after two-year debate",
                "March 3, 2023",
                "2023-03-03",
            ),
            (
                "Ferry landing repairs to close lot through summer",
                "May 14, 2024",
                "2024-05-14T08:00:00-04:00",
            ),
        ),
        comments=(
            (
                "mainecoaster",
                "Sept. 19, 2024",
                "2024-09-19",
                "They should have built it to Tillman in the first place.",
            ),
            (
                "J. Pruitt",
                "Sept. 19, 2024",
                "2024-09-19",
                "Thank you to the fire crews who checked on my mother.",
            ),
        ),
        must=[
            "The $38 million seawall that Port Halloran finished in the spring faced its first real test Wednesday",
            "Crews had closed the steel flood gates on Cannery Row by noon",
            "No injuries were reported.",
            "a project that Mayor Owen Tuttle said on Wednesday evening would now “go to the top of the list.”",
        ],
        must_not=[
            "Copyright 2024 Coastline Press. All rights reserved.",
            "The day's top local stories in your inbox before 7 a.m.",
            "Harbor commission approves seawall contract after two-year debate",
            "They should have built it to Tillman in the first place.",
            "We use cookies and similar technologies to personalize content and ads",
            "© 2024 Harbor Ledger Media Group. All rights reserved.",
        ],
    )
)

# --- q02 en-GB: date and byline only in text, "updated" trap, hashed classes, comments as <article> ---------

COURIER = Site(
    name="The Wexmoor Courier",
    domain="wexmoorcourier.example",
    nav=["Home", "News", "Environment", "Politics", "Sport", "Lifestyle", "Puzzles"],
    cookie="We and our partners store and access information on your device. You can change your choices at any time.",
    cookie_ok="I agree",
    footer="The Wexmoor Courier is published by Fenwright Regional Press Ltd, registered in England.",
    footer_links=["Contact us", "Complaints", "Cookie settings", "Terms and conditions"],
    skip="Skip to main content",
    related="More on this story",
    comments="Comments",
    most_read_items=["Bypass roadworks to overrun until autumn", "Village fete raises record sum"],
)
PAGES.append(
    build(
        id="q02-en-gb-date-text-updated-hashed",
        site=COURIER,
        url="https://www.wexmoorcourier.example/news/environment/river-lenn-sewage-fine-2214981",
        language="en",
        declared="en-GB",
        title="Water firm told to pay £4.2m over sewage spills into River Lenn",
        authors=["Fiona Rackham"],
        published="2024-03-05",
        shapes=[
            "date-text",
            "byline-text",
            "updated-date-trap",
            "no-metadata",
            "hashed-classes",
            "comments-article",
            "read-also-inline",
            "article-p",
        ],
        kicker="Environment",
        hashed=True,
        comments_article=True,
        meta_top=(
            '<div class="css-9a1f0c"><span>Published Tuesday 5 March 2024, 7.15am</span> '
            "<span>Updated Wednesday 6 March 2024, 10.02am</span></div>"
            '<div class="css-4be2d1"><span class="css-7d01aa">By Fiona Rackham</span>, '
            "<span>Environment Correspondent</span></div>"
        ),
        blocks=[
            (
                "p",
                "A water company has been ordered to pay £4.2 million after admitting that untreated sewage was "
                "released into the River Lenn on more than 300 occasions over three years.",
            ),
            (
                "p",
                "Eastmere Water pleaded guilty to eleven offences at Wexmoor Crown Court, where the judge said the "
                "company had treated the river “as a convenient drain” while its treatment works at Holby Fen ran "
                "well beyond capacity.",
            ),
            (
                "box",
                '<div class="css-55e0b3"><strong>Read more:</strong> <a href="/news/anglers-river-lenn">'
                "Anglers say fish stocks in the Lenn have halved since 2019</a></div>",
            ),
            (
                "p",
                "Campaigners from the Friends of the Lenn, who first logged the spills with volunteer sampling, "
                "packed the public gallery. Their chair, Marjorie Pell, said outside court that the fine was "
                "welcome but that it would not bring back the kingfishers.",
            ),
            (
                "p",
                "The company said it had already spent £19m upgrading the Holby Fen works and apologised to "
                "residents. It has until the end of the year to pay, and part of the money will go to a habitat "
                "fund run by the county council.",
            ),
            (
                "p",
                "The Environment Agency said the case was the largest it had brought in the region and that two "
                "further investigations into the same company were still open.",
            ),
        ],
        related=(
            ("Swimmers warned to stay out of the Lenn after heavy rain", "14 August 2023", "2023-08-14"),
            ("Holby Fen works upgrade to begin in spring", "2 November 2023", "2023-11-02T09:00:00Z"),
        ),
        comments=(
            (
                "RiverWatcher",
                "6 March 2024",
                "2024-03-06T08:14:00Z",
                "Customers will end up paying this fine through their bills, as always.",
            ),
            (
                "Tom H",
                "6 March 2024",
                "2024-03-06T09:40:00Z",
                "Well done to the volunteers who did the sampling.",
            ),
        ),
        must=[
            "A water company has been ordered to pay £4.2 million after admitting that untreated sewage was "
            "released into the River Lenn on more than 300 occasions over three years.",
            "Their chair, Marjorie Pell, said outside court that the fine was welcome",
            "The Environment Agency said the case was the largest it had brought in the region",
        ],
        must_not=[
            "Updated Wednesday 6 March 2024, 10.02am",
            "Anglers say fish stocks in the Lenn have halved since 2019",
            "Customers will end up paying this fine through their bills, as always.",
            "Swimmers warned to stay out of the Lenn after heavy rain",
            "We and our partners store and access information on your device.",
            "The Wexmoor Courier is published by Fenwright Regional Press Ltd, registered in England.",
        ],
    )
)

# --- q03 de: story in <div>s, "Von A und B", date and update line in text -------------------------------------

ANZEIGER = Site(
    name="Kellerbacher Anzeiger",
    domain="kellerbacher-anzeiger.example",
    nav=["Lokales", "Region", "Politik", "Wirtschaft", "Sport", "Kultur", "Service"],
    cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
    cookie_ok="Alle akzeptieren",
    footer="© Kellerbacher Anzeiger Verlags-GmbH & Co. KG 2024",
    footer_links=["Impressum", "Datenschutz", "AGB", "Mediadaten", "Kontakt"],
    search="Suche",
    skip="Zum Inhalt springen",
    share="Teilen",
    related="Mehr aus Kellerbach",
    comments="Kommentare",
    most_read="Meistgelesen",
    most_read_items=["Umleitung an der B 412 ab Montag", "Bäckerei Hanewinkel schließt nach 90 Jahren"],
)
PAGES.append(
    build(
        id="q03-de-divs-date-text-updated-byline-von",
        site=ANZEIGER,
        url="https://www.kellerbacher-anzeiger.example/lokales/hallenbad-sanierung-beschlossen-id58812",
        language="de",
        declared="de",
        title="Hallenbad wird saniert – Stadtrat stimmt nach langer Debatte zu",
        authors=["Jonas Terhoeven", "Miriam Kastl"],
        published="2024-11-13",
        shapes=["divs", "date-text", "byline-text", "updated-date-trap", "no-metadata", "read-also-inline"],
        kicker="Kellerbach",
        body="divs",
        meta_top=(
            '<div class="article-meta"><span class="date">Mittwoch, 13.11.2024, 17:45 Uhr</span>'
            '<span class="update">Aktualisiert am 14.11.2024 um 08:20 Uhr</span></div>'
            '<div class="article-authors">Von <a href="/autor/jonas-terhoeven">Jonas Terhoeven</a> und '
            '<a href="/autor/miriam-kastl">Miriam Kastl</a></div>'
        ),
        blocks=[
            (
                "lead",
                "Nach fast drei Stunden Debatte hat der Kellerbacher Stadtrat am Mittwochabend die Sanierung des "
                "Hallenbads am Mühlgraben beschlossen.",
            ),
            (
                "p",
                "Die Kosten werden auf 14,6 Millionen Euro geschätzt, rund ein Drittel davon soll aus einem "
                "Förderprogramm des Landes kommen. Das Bad ist seit dem Frühjahr wegen Schäden an der Lüftungsanlage "
                "geschlossen.",
            ),
            (
                "p",
                "Vor allem die Fraktion der Freien Wähler hatte einen Neubau am Stadtrand ins Spiel gebracht. "
                "Bürgermeisterin Annegret Wohlfahrt hielt dagegen, ein Neubau würde mindestens vier Jahre länger "
                "dauern und die Schulen stünden so lange ohne Schwimmunterricht da.",
            ),
            (
                "box",
                '<div class="read-also">Lesen Sie auch: <a href="/lokales/schwimmkurse-warteliste">'
                "Warteliste für Schwimmkurse wird immer länger</a></div>",
            ),
            (
                "p",
                "Am Ende stimmten 27 Ratsmitglieder für die Sanierung, neun dagegen, zwei enthielten sich. Die "
                "Vereine im Zuschauerraum applaudierten.",
            ),
            (
                "p",
                "Die Arbeiten sollen im Sommer 2025 beginnen. Wenn alles nach Plan läuft, kann das Bad zum "
                "Schuljahr 2026/27 wieder öffnen, teilte die Stadtverwaltung mit.",
            ),
        ],
        related=(
            ("Hallenbad bleibt vorerst geschlossen", "12.04.2024", "2024-04-12T10:00:00+02:00"),
            ("Freie Wähler fordern Neubau am Stadtrand", "03.09.2024", "2024-09-03T15:30:00+02:00"),
        ),
        comments=(
            (
                "Gerd_K",
                "14.11.2024, 07:12 Uhr",
                "2024-11-14T07:12:00+01:00",
                "Endlich eine Entscheidung, meine Enkel lernen sonst nie schwimmen.",
            ),
            (
                "Sabine R.",
                "14.11.2024, 09:03 Uhr",
                "2024-11-14T09:03:00+01:00",
                "Warum dauert das denn bis 2026?",
            ),
        ),
        must=[
            "Nach fast drei Stunden Debatte hat der Kellerbacher Stadtrat am Mittwochabend die Sanierung des "
            "Hallenbads am Mühlgraben beschlossen.",
            "Die Kosten werden auf 14,6 Millionen Euro geschätzt",
            "Bürgermeisterin Annegret Wohlfahrt hielt dagegen",
            "Wenn alles nach Plan läuft, kann das Bad zum Schuljahr 2026/27 wieder öffnen, teilte die "
            "Stadtverwaltung mit.",
        ],
        must_not=[
            "Aktualisiert am 14.11.2024 um 08:20 Uhr",
            "Warteliste für Schwimmkurse wird immer länger",
            "Endlich eine Entscheidung, meine Enkel lernen sonst nie schwimmen.",
            "Freie Wähler fordern Neubau am Stadtrand",
            "Wir verwenden Cookies und ähnliche Technologien",
            "© Kellerbacher Anzeiger Verlags-GmbH & Co. KG 2024",
        ],
    )
)

# --- q04 de: press release on a press portal, dateline only, no language declared --------------------------

PRESSE = Site(
    name="PresseFenster",
    domain="pressefenster.example",
    nav=["Pressemitteilungen", "Unternehmen", "Branchen", "Regionen", "Termine", "Newsroom anlegen"],
    cookie="Diese Website nutzt Cookies. Mit der Nutzung der Website stimmen Sie der Verwendung zu.",
    cookie_ok="Verstanden",
    footer="PresseFenster ist ein Dienst der Lindmark Kommunikation GmbH. Für die Inhalte sind die Herausgeber verantwortlich.",
    footer_links=["Impressum", "Datenschutz", "Preise", "Hilfe"],
    search="Pressemitteilungen durchsuchen",
    skip="Zum Inhalt",
    share="Teilen",
    related="Weitere Mitteilungen dieses Herausgebers",
    most_read="Meistgelesen",
    most_read_items=["Stadtwerke Ostrach senken Fernwärmepreis"],
)
PAGES.append(
    build(
        id="q04-de-press-release-dateline-no-lang",
        site=PRESSE,
        url="https://www.pressefenster.example/pm/vallmer-hydraulik-werk-hohenbrueck-44120",
        language="de",
        declared=None,
        title="Vallmer Hydraulik eröffnet neues Werk in Hohenbrück und schafft 180 Arbeitsplätze",
        authors=[],
        published="2024-06-04",
        shapes=["press-release", "date-text", "no-metadata", "lang-missing", "article-p"],
        kicker="Pressemitteilung · Maschinenbau",
        meta_top='<div class="issuer">Herausgeber: <a href="/newsroom/vallmer">Vallmer Hydraulik GmbH</a></div>',
        blocks=[
            (
                "p",
                "Hohenbrück, 4. Juni 2024 – Die Vallmer Hydraulik GmbH hat am Dienstag ihr neues Werk im "
                "Gewerbegebiet Hohenbrück-Süd in Betrieb genommen. Auf 22.000 Quadratmetern fertigt das "
                "Familienunternehmen dort künftig Hydraulikzylinder für Land- und Baumaschinen.",
            ),
            (
                "p",
                "In den Standort hat Vallmer rund 46 Millionen Euro investiert. Bis Ende 2025 sollen dort 180 neue "
                "Arbeitsplätze entstehen, davon 24 Ausbildungsplätze in gewerblichen und technischen Berufen.",
            ),
            (
                "p",
                "„Mit Hohenbrück verdoppeln wir unsere Fertigungskapazität und bleiben zugleich in der Region "
                "verwurzelt“, sagte Geschäftsführerin Dr. Katrin Vallmer bei der Eröffnung vor rund 300 Gästen.",
            ),
            (
                "p",
                "Das Werk wird zu einem großen Teil mit Strom aus der eigenen Photovoltaikanlage auf dem Hallendach "
                "versorgt. Die Abwärme der Lackiererei heizt die Büro- und Sozialräume.",
            ),
            (
                "box",
                '<div class="boilerplate"><h3>Über die Vallmer Hydraulik GmbH</h3><p>Die Vallmer Hydraulik GmbH '
                "wurde 1962 gegründet und beschäftigt an drei Standorten rund 950 Mitarbeiterinnen und Mitarbeiter. "
                "Das Unternehmen ist bis heute in Familienbesitz.</p></div>",
            ),
            (
                "box",
                '<div class="press-contact"><h3>Pressekontakt</h3><p>Vallmer Hydraulik GmbH, Unternehmenskommunikation, '
                "Tel. 0000 12345-0, presse@vallmer.example</p></div>",
            ),
        ],
        related=(
            ("Vallmer Hydraulik beruft neue Technikchefin", "12.02.2024", "2024-02-12T09:00:00+01:00"),
            ("Vallmer übernimmt Zylinderspezialisten aus Ostrach", "08.11.2023", "2023-11-08T11:00:00+01:00"),
        ),
        must=[
            "Die Vallmer Hydraulik GmbH hat am Dienstag ihr neues Werk im Gewerbegebiet Hohenbrück-Süd in Betrieb "
            "genommen.",
            "Bis Ende 2025 sollen dort 180 neue Arbeitsplätze entstehen",
            "Die Abwärme der Lackiererei heizt die Büro- und Sozialräume.",
        ],
        must_not=[
            "wurde 1962 gegründet und beschäftigt an drei Standorten rund 950 Mitarbeiterinnen und Mitarbeiter",
            "Vallmer Hydraulik GmbH, Unternehmenskommunikation, Tel. 0000 12345-0",
            "Vallmer übernimmt Zylinderspezialisten aus Ostrach",
            "Diese Website nutzt Cookies.",
            "PresseFenster ist ein Dienst der Lindmark Kommunikation GmbH.",
        ],
    )
)

# --- q05 fr: photo gallery told in captions, "Par", "Publié le … à 18h05", "Mis à jour" trap -------------

ECHO = Site(
    name="L'Écho de Sarrebonne",
    domain="echo-sarrebonne.example",
    nav=["Actualité", "Sarrebonne", "Département", "Sports", "Loisirs", "Vidéos", "Photos"],
    cookie="Avec votre accord, nous et nos partenaires utilisons des cookies pour stocker et accéder à des informations sur votre appareil.",
    cookie_ok="Accepter et fermer",
    footer="© L'Écho de Sarrebonne 2024 – Tous droits réservés",
    footer_links=["Mentions légales", "Contact", "Publicité", "Gestion des cookies"],
    search="Rechercher",
    skip="Aller au contenu",
    share="Partager",
    related="Autres diaporamas",
    comments="Commentaires",
    most_read="Les plus lus",
    most_read_items=["Le marché du samedi déménage place Carnot", "Travaux : la rue des Tanneurs fermée"],
)
PAGES.append(
    build(
        id="q05-fr-gallery-figcaptions-date-text-updated",
        site=ECHO,
        url="https://www.echo-sarrebonne.example/loisirs/en-images-fete-de-la-riviere-8841200.php",
        language="fr",
        declared="fr",
        title="EN IMAGES. La fête de la rivière a rassemblé des milliers de curieux sur les quais",
        authors=["Clémence Aubrac"],
        published="2024-06-08",
        shapes=["gallery", "figcaption", "photo-credit", "date-text", "byline-text", "updated-date-trap"],
        kicker="Diaporama",
        meta_top=(
            '<div class="signature">Par <a href="/auteur/clemence-aubrac">Clémence Aubrac</a></div>'
            '<div class="dates">Publié le 8 juin 2024 à 18h05 · Mis à jour le 9 juin 2024 à 09h30</div>'
        ),
        blocks=[
            (
                "lead",
                "Courses de barques, guinguettes et feu d'artifice : pour sa vingtième édition, la fête de la rivière "
                "a attiré samedi une foule record sur les bords de la Sarre.",
            ),
            (
                "fig",
                "Dès dix heures du matin, les équipages des quartiers se sont affrontés lors de la traditionnelle "
                "course de barques, remportée cette année par l'équipe du Faubourg.",
                "Photo Lucie Varenne / L'Écho de Sarrebonne",
            ),
            (
                "fig",
                "Sur le quai des Mariniers, une vingtaine de stands proposaient fritures, crêpes et vin blanc du pays.",
                "Photo Lucie Varenne / L'Écho de Sarrebonne",
            ),
            (
                "fig",
                "Les enfants ont pu s'initier à la pêche avec les bénévoles de l'association La Gaule sarrebonnaise.",
                "Photo Maxime Thiry / L'Écho de Sarrebonne",
            ),
            (
                "fig",
                "Le bal populaire a commencé à la tombée de la nuit, au son de l'orchestre Les Copains d'abord.",
                "Photo Maxime Thiry / L'Écho de Sarrebonne",
            ),
            (
                "fig",
                "Le feu d'artifice, tiré depuis la passerelle, a clôturé la soirée peu avant minuit.",
                "Photo Lucie Varenne / L'Écho de Sarrebonne",
            ),
        ],
        related=(
            ("EN IMAGES. Le carnaval des écoles a égayé le centre-ville", "15 mars 2024", "2024-03-15"),
            ("EN IMAGES. Les vieilles voitures ont fait le show à la foire", "22 sept. 2023", "2023-09-22"),
        ),
        comments=(
            (
                "Jeannot57",
                "9 juin 2024",
                "2024-06-09T08:10:00+02:00",
                "Superbe soirée, bravo aux organisateurs et aux bénévoles !",
            ),
        ),
        must=[
            "les équipages des quartiers se sont affrontés lors de la traditionnelle course de barques",
            "Sur le quai des Mariniers, une vingtaine de stands proposaient fritures, crêpes et vin blanc du pays.",
            "Le bal populaire a commencé à la tombée de la nuit, au son de l'orchestre Les Copains d'abord.",
            "Le feu d'artifice, tiré depuis la passerelle, a clôturé la soirée peu avant minuit.",
        ],
        must_not=[
            "Photo Maxime Thiry / L'Écho de Sarrebonne",
            "Mis à jour le 9 juin 2024 à 09h30",
            "Superbe soirée, bravo aux organisateurs et aux bénévoles !",
            "Les vieilles voitures ont fait le show à la foire",
            "nous et nos partenaires utilisons des cookies",
            "© L'Écho de Sarrebonne 2024 – Tous droits réservés",
        ],
    )
)

# --- q06 fr declared en: JSON-LD @graph with a local offset, paywall box mid-story, hashed classes ---------

QUOTIDIEN = Site(
    name="Le Quotidien de Vaubrisson",
    domain="quotidien-vaubrisson.example",
    nav=["À la une", "Politique", "Économie", "Société", "Culture", "Sports", "Abonnez-vous"],
    cookie="Nous utilisons des traceurs pour mesurer l'audience et vous proposer des publicités adaptées.",
    cookie_ok="Tout accepter",
    footer="Le Quotidien de Vaubrisson, société éditrice du groupe Presse de l'Orne-Vallée.",
    footer_links=["Qui sommes-nous ?", "Conditions générales", "Nous contacter"],
    search="Rechercher",
    skip="Aller au contenu principal",
    share="Partager",
    related="Sur le même sujet",
    comments="Réactions",
    most_read="Les plus lus",
    most_read_items=["Le budget 2024 adopté de justesse"],
)
Q06_URL = "https://www.quotidien-vaubrisson.example/economie/article/2024/01/fermeture-sucrerie-bellegrange"
PAGES.append(
    build(
        id="q06-fr-declared-en-jsonld-graph-local-offset-paywall",
        site=QUOTIDIEN,
        url=Q06_URL,
        language="fr",
        declared="en",
        title="La sucrerie de Bellegrange fermera ses portes à la fin de la campagne",
        authors=["Héloïse Darmont"],
        published="2024-01-15T00:20:00+01:00",
        shapes=["jsonld-graph", "local-offset", "paywall", "lang-wrong", "hashed-classes", "article-p"],
        kicker="Industrie",
        hashed=True,
        head=ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "WebSite",
                        "@id": "https://www.quotidien-vaubrisson.example/#site",
                        "name": "Le Quotidien de Vaubrisson",
                    },
                    {
                        "@type": "BreadcrumbList",
                        "itemListElement": [
                            {
                                "@type": "ListItem",
                                "position": 1,
                                "name": "Économie",
                                "item": "https://www.quotidien-vaubrisson.example/economie",
                            },
                            {"@type": "ListItem", "position": 2, "name": "Industrie"},
                        ],
                    },
                    {
                        "@type": "NewsArticle",
                        "headline": "La sucrerie de Bellegrange fermera ses portes à la fin de la campagne",
                        "datePublished": "2024-01-15T00:20:00+01:00",
                        "dateModified": "2024-01-15T08:05:00+01:00",
                        "author": {"@type": "Person", "name": "Héloïse Darmont"},
                        "isAccessibleForFree": False,
                        "isPartOf": {"@id": "https://www.quotidien-vaubrisson.example/#site"},
                        "mainEntityOfPage": Q06_URL,
                    },
                ],
            }
        ),
        meta_top=(
            '<div class="css-a1b2c3">Par <span>Héloïse Darmont</span></div>'
            '<div class="css-d4e5f6">Publié le 15 janv. 2024 à 00h20</div>'
        ),
        blocks=[
            (
                "p",
                "C'est la fin d'une histoire industrielle vieille de cent trente ans. Le groupe coopératif Terres "
                "d'Orne a annoncé dimanche soir aux représentants du personnel que la sucrerie de Bellegrange "
                "cesserait toute activité à l'issue de la campagne betteravière.",
            ),
            (
                "p",
                "Le site emploie 142 salariés permanents et près de 90 saisonniers à l'automne. La direction invoque "
                "la baisse des surfaces de betteraves dans la région et le coût de la mise aux normes des chaudières.",
            ),
            (
                "p",
                "Les syndicats, qui avaient été reçus à la préfecture en décembre, dénoncent une décision « prise "
                "depuis longtemps » et réclament la reprise du site par un autre industriel.",
            ),
            (
                "box",
                '<div class="css-0f9e8d"><strong>Cet article est réservé aux abonnés.</strong> Il vous reste 60 % '
                'à découvrir. <a href="/abonnement">Je m\'abonne à partir de 1 € le premier mois</a> '
                '<a href="/connexion">Déjà abonné ? Se connecter</a></div>',
            ),
            (
                "p",
                "Pour les planteurs, la question est désormais celle des distances. Les betteraves devront être "
                "livrées à l'usine de Saint-Ourlin, à plus de cent kilomètres, ce qui pèsera sur les marges.",
            ),
            (
                "p",
                "Le maire de Bellegrange, Patrice Lemonnier, a demandé un rendez-vous au ministère de l'Industrie. "
                "« On ne laissera pas fermer la sucrerie sans se battre », a-t-il déclaré lundi matin.",
            ),
        ],
        related=(
            ("Terres d'Orne annonce un plan d'économies", "3 oct. 2023", "2023-10-03T10:00:00+02:00"),
            (
                "Betteraves : une campagne marquée par la sécheresse",
                "28 sept. 2023",
                "2023-09-28T07:00:00+02:00",
            ),
        ),
        comments=(
            (
                "Gilles B.",
                "15 janv. 2024",
                "2024-01-15T09:12:00+01:00",
                "Mon grand-père y a travaillé toute sa vie, quelle tristesse.",
            ),
        ),
        must=[
            "Le groupe coopératif Terres d'Orne a annoncé dimanche soir aux représentants du personnel",
            "Le site emploie 142 salariés permanents et près de 90 saisonniers à l'automne.",
            "Les betteraves devront être livrées à l'usine de Saint-Ourlin, à plus de cent kilomètres",
            "« On ne laissera pas fermer la sucrerie sans se battre », a-t-il déclaré lundi matin.",
        ],
        must_not=[
            "Cet article est réservé aux abonnés.",
            "Mon grand-père y a travaillé toute sa vie, quelle tristesse.",
            "Terres d'Orne annonce un plan d'économies",
            "Nous utilisons des traceurs pour mesurer l'audience",
            "Le Quotidien de Vaubrisson, société éditrice du groupe Presse de l'Orne-Vallée.",
        ],
    )
)

# --- q07 es: live blog, JSON-LD LiveBlogPosting without author, "Por A y B" ----------------------------------

CRONICA = Site(
    name="Crónica de Valdemora",
    domain="cronicadevaldemora.example",
    nav=["Portada", "Valdemora", "Provincia", "España", "Deportes", "Cultura", "Opinión"],
    cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias.",
    cookie_ok="Aceptar",
    footer="© Ediciones Crónica de Valdemora S.L. Todos los derechos reservados.",
    footer_links=["Aviso legal", "Política de privacidad", "Contacto", "Publicidad"],
    search="Buscar",
    skip="Ir al contenido",
    share="Compartir",
    related="Más noticias",
    comments="Comentarios",
    most_read="Lo más leído",
    most_read_items=["Cortes de tráfico por las fiestas de Santiago"],
)
Q07_URL = "https://www.cronicadevaldemora.example/provincia/directo-incendio-sierra-almendral_302214.html"
PAGES.append(
    build(
        id="q07-es-liveblog-jsonld-byline-por",
        site=CRONICA,
        url=Q07_URL,
        language="es",
        declared="es-ES",
        title="Directo | El incendio de la sierra de Almendral obliga a desalojar dos aldeas",
        authors=["Lucía Cernuda", "Andrés Valbuena"],
        published="2024-07-26T08:00:00+02:00",
        shapes=["liveblog", "jsonld-liveblog", "byline-text", "load-more"],
        kicker="Última hora",
        head=ld(
            {
                "@context": "https://schema.org",
                "@type": "LiveBlogPosting",
                "headline": "Directo | El incendio de la sierra de Almendral obliga a desalojar dos aldeas",
                "datePublished": "2024-07-26T08:00:00+02:00",
                "dateModified": "2024-07-26T19:35:00+02:00",
                "coverageStartTime": "2024-07-26T08:00:00+02:00",
                "publisher": {"@type": "Organization", "name": "Crónica de Valdemora"},
                "url": Q07_URL,
            }
        ),
        meta_top=(
            '<div class="firma">Por <strong>Lucía Cernuda</strong> y <strong>Andrés Valbuena</strong></div>'
            '<div class="fecha">Valdemora · 26 jul 2024 · 08:00</div>'
        ),
        blocks=[
            (
                "entry",
                "19:35",
                "Estabilizado el flanco norte",
                "Los bomberos forestales dan por estabilizado el flanco norte del incendio, aunque el viento sigue "
                "complicando los trabajos en la ladera que mira a Valdehiguera.",
            ),
            (
                "entry",
                "16:10",
                "Desalojadas Cañada Honda y Los Berrocales",
                "La Guardia Civil ha desalojado de forma preventiva a los vecinos de Cañada Honda y Los Berrocales, "
                "unas 230 personas, que pasarán la noche en el polideportivo municipal.",
            ),
            (
                "entry",
                "12:45",
                "Cortada la carretera comarcal",
                "Permanece cortada la carretera comarcal entre Almendral y Valdehiguera. Tráfico recomienda usar la "
                "autovía como itinerario alternativo.",
            ),
            (
                "entry",
                "08:00",
                "Primer aviso",
                "El servicio de emergencias recibió el primer aviso a las 6.20 horas. El fuego se originó junto a "
                "una pista forestal, por causas que todavía se desconocen.",
            ),
            ("box", '<button class="load-more" type="button">Cargar más actualizaciones</button>'),
        ],
        related=(
            (
                "La sequía dispara el riesgo de incendios en la provincia",
                "12 jun 2024",
                "2024-06-12T09:00:00+02:00",
            ),
            ("Así se prepara el plan de verano contra el fuego", "30 may 2024", "2024-05-30T10:00:00+02:00"),
        ),
        comments=(
            (
                "vecina_almendral",
                "26 jul 2024 17:02",
                "2024-07-26T17:02:00+02:00",
                "Mucho ánimo a los bomberos, están haciendo un trabajo enorme.",
            ),
        ),
        must=[
            "Los bomberos forestales dan por estabilizado el flanco norte del incendio",
            "unas 230 personas, que pasarán la noche en el polideportivo municipal.",
            "El fuego se originó junto a una pista forestal, por causas que todavía se desconocen.",
        ],
        must_not=[
            "Cargar más actualizaciones",
            "Mucho ánimo a los bomberos, están haciendo un trabajo enorme.",
            "La sequía dispara el riesgo de incendios en la provincia",
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios",
            "© Ediciones Crónica de Valdemora S.L. Todos los derechos reservados.",
        ],
    )
)

# --- q08 es-MX: unsigned wire story in an ASP.NET form, dateline and copyright, no language -----------------

HERALDO = Site(
    name="El Heraldo de San Quirino",
    domain="heraldosanquirino.example",
    nav=["Inicio", "Local", "Estado", "Nacional", "Deportes", "Espectáculos", "Clasificados"],
    cookie="Este sitio usa cookies para ofrecerte una mejor experiencia. Al continuar navegando aceptas su uso.",
    cookie_ok="Entendido",
    footer="Todos los derechos reservados © Editorial Heraldo del Noroeste, S.A. de C.V.",
    footer_links=["Directorio", "Aviso de privacidad", "Contacto"],
    search="Buscar",
    skip="Saltar al contenido",
    share="Compartir",
    related="Te puede interesar",
    comments="Comentarios",
    most_read="Lo más visto",
    most_read_items=["Reabren el mercado municipal tras remodelación"],
)
PAGES.append(
    build(
        id="q08-es-mx-wire-aspnet-form-date-text-no-lang",
        site=HERALDO,
        url="https://www.heraldosanquirino.example/Nota.aspx?id=118204&seccion=estado",
        language="es",
        declared=None,
        title="Inauguran planta desaladora que abastecerá a 40 mil habitantes de la costa",
        authors=[],
        published="2024-10-03",
        shapes=[
            "wire-dateline",
            "copyright-line",
            "form",
            "date-text",
            "no-metadata",
            "lang-missing",
            "article-p",
        ],
        kicker="Estado",
        form=True,
        meta_top='<div class="nota-fecha">Jueves 03 de Octubre de 2024 | 21:30 hrs.</div><div class="nota-fuente">Agencia AIP</div>',
        blocks=[
            (
                "p",
                "SAN QUIRINO, 3 de octubre de 2024 (AIP).- Con una inversión de 612 millones de pesos, este jueves "
                "entró en operación la planta desaladora de Punta Arenillas, que abastecerá de agua potable a unos "
                "40 mil habitantes de la franja costera.",
            ),
            (
                "p",
                "La planta tiene capacidad para tratar 200 litros por segundo y funciona en parte con energía de un "
                "parque solar construido en terrenos contiguos, informó la Comisión Estatal del Agua.",
            ),
            (
                "p",
                "Durante la ceremonia, el titular de la Comisión, Heriberto Salcido Ruelas, reconoció que la obra "
                "llevaba cuatro años de retraso y pidió paciencia a las colonias que todavía reciben agua por tandeo.",
            ),
            (
                "p",
                "Pescadores de la cooperativa Bahía Grande expresaron su preocupación por la descarga de salmuera y "
                "solicitaron que se publiquen los resultados del monitoreo ambiental cada tres meses.",
            ),
            (
                "box",
                '<div class="nota-copy">© 2024 Agencia Informativa del Pacífico (AIP). Prohibida su reproducción '
                "total o parcial sin autorización.</div>",
            ),
        ],
        related=(
            ("Colonias del poniente seguirán con tandeo de agua", "15/08/2024", "2024-08-15"),
            ("Aprueban presupuesto para parque solar", "02/02/2023", "2023-02-02"),
        ),
        comments=(
            (
                "Rosario M.",
                "04/10/2024 08:15",
                "2024-10-04T08:15:00-07:00",
                "Ojalá ahora sí llegue el agua a mi colonia.",
            ),
        ),
        must=[
            "este jueves entró en operación la planta desaladora de Punta Arenillas",
            "La planta tiene capacidad para tratar 200 litros por segundo",
            "solicitaron que se publiquen los resultados del monitoreo ambiental cada tres meses.",
        ],
        must_not=[
            "© 2024 Agencia Informativa del Pacífico (AIP).",
            "Ojalá ahora sí llegue el agua a mi colonia.",
            "Colonias del poniente seguirán con tandeo de agua",
            "Este sitio usa cookies para ofrecerte una mejor experiencia.",
            "Todos los derechos reservados © Editorial Heraldo del Noroeste, S.A. de C.V.",
        ],
    )
)

# --- q09 it: no <p> at all, "di … | 22 feb 2024 alle 21:05", last-update trap ---------------------------------

GAZZETTA = Site(
    name="Gazzetta di Roccaverde",
    domain="gazzettaroccaverde.example",
    nav=["Home", "Cronaca", "Politica", "Economia", "Sport", "Cultura", "Provincia"],
    cookie="Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti.",
    cookie_ok="Accetta",
    footer="Gazzetta di Roccaverde – Registrazione Tribunale n. 112/1998 – P.IVA 00000000000",
    footer_links=["Chi siamo", "Redazione", "Privacy", "Pubblicità"],
    search="Cerca",
    skip="Vai al contenuto",
    share="Condividi",
    related="Leggi anche",
    comments="Commenti",
    most_read="I più letti",
    most_read_items=["Mercato coperto, via ai lavori"],
)
PAGES.append(
    build(
        id="q09-it-no-p-date-text-pipe-updated",
        site=GAZZETTA,
        url="https://www.gazzettaroccaverde.example/cronaca/frana-strada-provinciale-san-lio-77310",
        language="it",
        declared="it",
        title="Frana sulla provinciale per San Lio, frazione isolata per una notte",
        authors=["Chiara Montefusco"],
        published="2024-02-22",
        shapes=["no-p", "date-text", "byline-text", "meta-line-pipe", "updated-date-trap"],
        kicker="Cronaca",
        body="br",
        meta_top=(
            '<div class="meta">di <a href="/autori/chiara-montefusco">Chiara Montefusco</a> | 22 feb 2024 alle 21:05</div>'
            '<div class="agg">Ultimo aggiornamento: 23 feb 2024, 07:40</div>'
        ),
        blocks=[
            (
                "p",
                "Una frana di terra e massi si è staccata giovedì pomeriggio dal versante sopra la strada provinciale "
                "che collega Roccaverde alla frazione di San Lio, bloccando completamente la carreggiata.",
            ),
            (
                "p",
                "Nessun veicolo è stato coinvolto. Un automobilista che scendeva verso il paese ha visto cadere i "
                "primi sassi e ha dato l'allarme ai vigili del fuoco, che hanno chiuso la strada in pochi minuti.",
            ),
            (
                "p",
                "Le circa ottanta persone che vivono a San Lio sono rimaste isolate per tutta la notte. Il sindaco "
                "Fulvio Anselmi ha fatto consegnare acqua e farmaci con un fuoristrada della protezione civile "
                "lungo una vecchia mulattiera.",
            ),
            (
                "p",
                "Secondo i tecnici della Provincia le piogge delle ultime due settimane hanno saturato il terreno. "
                "La riapertura a senso unico alternato è prevista non prima di lunedì.",
            ),
        ],
        related=(
            ("Maltempo, chiuse le scuole in tre comuni", "14 nov 2023", "2023-11-14"),
            ("San Lio chiede la messa in sicurezza del versante", "3 mar 2022", "2022-03-03"),
        ),
        comments=(
            (
                "Ernesto",
                "23 feb 2024 08:02",
                "2024-02-23T08:02:00+01:00",
                "Sono anni che chiediamo di sistemare quel versante.",
            ),
        ),
        must=[
            "Una frana di terra e massi si è staccata giovedì pomeriggio dal versante sopra la strada provinciale",
            "Nessun veicolo è stato coinvolto.",
            "Le circa ottanta persone che vivono a San Lio sono rimaste isolate per tutta la notte.",
            "La riapertura a senso unico alternato è prevista non prima di lunedì.",
        ],
        must_not=[
            "Ultimo aggiornamento: 23 feb 2024, 07:40",
            "Sono anni che chiediamo di sistemare quel versante.",
            "San Lio chiede la messa in sicurezza del versante",
            "Questo sito utilizza cookie tecnici",
            "Gazzetta di Roccaverde – Registrazione Tribunale n. 112/1998",
        ],
    )
)

# --- q10 it: microdata with a local offset, comments as <article>, no language declared -------------------

MESSAGGERO = Site(
    name="Il Messaggero del Sarvo",
    domain="messaggerodelsarvo.example",
    nav=["Ultime notizie", "Città", "Valle del Sarvo", "Economia", "Sport", "Spettacoli"],
    cookie="Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.",
    cookie_ok="Accetta e chiudi",
    footer="© Copyright 2024 Edizioni del Sarvo S.r.l. Riproduzione riservata.",
    footer_links=["Contatti", "Privacy policy", "Cookie policy"],
    search="Cerca",
    skip="Salta al contenuto",
    share="Condividi",
    related="Potrebbe interessarti",
    comments="Commenti dei lettori",
    most_read="Più letti",
    most_read_items=["Sagra del tartufo, boom di presenze"],
)
PAGES.append(
    build(
        id="q10-it-microdata-local-offset-comments-article-no-lang",
        site=MESSAGGERO,
        url="https://www.messaggerodelsarvo.example/citta/concerto-piazza-notte-bianca-n412907",
        language="it",
        declared=None,
        title="Notte bianca, in piazza oltre diecimila persone per il concerto finale",
        authors=["Tommaso Ravagli"],
        published="2024-07-31T01:10:00+02:00",
        shapes=["microdata", "local-offset", "comments-article", "lang-missing", "article-p"],
        kicker="Città",
        comments_article=True,
        article_attrs=' itemscope itemtype="https://schema.org/NewsArticle"',
        h1_attrs=' itemprop="headline"',
        body_attrs=' itemprop="articleBody"',
        meta_top=(
            '<div class="autore" itemprop="author" itemscope itemtype="https://schema.org/Person">'
            '<span itemprop="name">Tommaso Ravagli</span></div>'
            '<time itemprop="datePublished" datetime="2024-07-31T01:10:00+02:00">31 luglio 2024, 01:10</time>'
        ),
        blocks=[
            (
                "p",
                "Oltre diecimila persone hanno riempito piazza Garibaldi e le vie del centro per l'ultima serata "
                "della notte bianca, chiusa poco dopo l'una con il concerto della banda cittadina e di un coro di "
                "duecento voci.",
            ),
            (
                "p",
                "Negozi e bar sono rimasti aperti fino a tarda notte. Secondo l'associazione dei commercianti, gli "
                "incassi sono stati superiori del trenta per cento rispetto all'anno scorso.",
            ),
            (
                "p",
                "Non sono mancati i disagi: i parcheggi di via Roma erano pieni già alle nove e le navette dalla "
                "stazione hanno accumulato ritardi fino a mezz'ora.",
            ),
            (
                "p",
                "L'assessora al turismo Valeria Brunetti ha annunciato che dal prossimo anno la festa durerà tre "
                "giorni invece di due.",
            ),
        ],
        related=(
            ("Notte bianca, il programma completo", "20 luglio 2024", "2024-07-20T12:00:00+02:00"),
            ("Navette gratuite dalla stazione per l'estate", "1 luglio 2024", "2024-07-01T09:00:00+02:00"),
        ),
        comments=(
            (
                "Marisa_77",
                "31 luglio 2024, 09:22",
                "2024-07-31T09:22:00+02:00",
                "Bellissima serata ma le navette erano un disastro.",
            ),
            (
                "Gianni P.",
                "31 luglio 2024, 10:05",
                "2024-07-31T10:05:00+02:00",
                "Tre giorni? Speriamo bene per chi abita in centro.",
            ),
        ),
        must=[
            "Oltre diecimila persone hanno riempito piazza Garibaldi e le vie del centro",
            "gli incassi sono stati superiori del trenta per cento rispetto all'anno scorso.",
            "L'assessora al turismo Valeria Brunetti ha annunciato che dal prossimo anno la festa durerà tre "
            "giorni invece di due.",
        ],
        must_not=[
            "Bellissima serata ma le navette erano un disastro.",
            "Navette gratuite dalla stazione per l'estate",
            "Noi e terze parti selezionate utilizziamo cookie",
            "© Copyright 2024 Edizioni del Sarvo S.r.l. Riproduzione riservata.",
            "Tre giorni? Speriamo bene per chi abita in centro.",
        ],
    )
)

# --- q11 pt-BR: old table layout, "Por …", "Publicado em 14/08/2024 às 16h20", no metadata ----------------

GAZETA = Site(
    name="Gazeta de Pedra Branca do Sul",
    domain="gazetapedrabranca.example",
    nav=["Início", "Cidade", "Região", "Política", "Esportes", "Classificados", "Fale conosco"],
    cookie="Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
    cookie_ok="Aceitar",
    footer="Gazeta de Pedra Branca do Sul - Todos os direitos reservados - Desde 1987",
    footer_links=["Expediente", "Anuncie", "Assinaturas"],
    most_read="Mais lidas",
    most_read_items=["Feira do produtor muda de endereço", "Vereadores aprovam reajuste do IPTU"],
    related="Leia também",
    comments="Comentários",
    share="Compartilhe",
)
PAGES.append(
    build(
        id="q11-pt-br-table-layout-date-text-no-lang",
        site=GAZETA,
        url="https://www.gazetapedrabranca.example/noticia.php?id=20931",
        language="pt",
        declared=None,
        title="Ponte do Ribeirão Fundo é liberada após oito meses de obras",
        authors=["Reginaldo Tavares"],
        published="2024-08-14",
        shapes=["table-layout", "no-h1", "date-text", "byline-text", "no-metadata", "lang-missing"],
        kicker="CIDADE",
        shell="tables",
        title_tag="Gazeta de Pedra Branca do Sul - Notícias",
        meta_top='<font size="2" color="#666666">Por Reginaldo Tavares<br>Publicado em 14/08/2024 às 16h20</font><br>',
        blocks=[
            (
                "p",
                "A ponte sobre o Ribeirão Fundo, na estrada que liga o centro ao distrito de Santa Cruz da Serra, foi "
                "liberada para o tráfego na tarde desta quarta-feira, depois de oito meses de obras.",
            ),
            (
                "p",
                "A estrutura antiga, de madeira, havia sido interditada em dezembro após as chuvas de verão levarem "
                "parte da cabeceira. Durante a obra, moradores do distrito precisaram fazer um desvio de 27 "
                "quilômetros por estrada de terra.",
            ),
            (
                "p",
                "A nova ponte é de concreto, tem duas faixas e uma passarela para pedestres. O investimento foi de "
                "R$ 3,8 milhões, segundo a Secretaria Municipal de Obras.",
            ),
            (
                "p",
                "O prefeito Valdir Anacleto disse que a próxima etapa será o asfaltamento dos quatro quilômetros "
                "restantes até o distrito, ainda sem data para começar.",
            ),
        ],
        related=(
            ("Chuva derruba cabeceira de ponte no Ribeirão Fundo", "12/12/2023", "2023-12-12"),
            ("Prefeitura assina contrato da nova ponte", "20/02/2024", "2024-02-20"),
        ),
        comments=(
            (
                "Dona Cida",
                "14/08/2024 18:40",
                "2024-08-14T18:40:00-03:00",
                "Graças a Deus, não aguentava mais aquele desvio.",
            ),
        ),
        must=[
            "foi liberada para o tráfego na tarde desta quarta-feira, depois de oito meses de obras.",
            "moradores do distrito precisaram fazer um desvio de 27 quilômetros por estrada de terra.",
            "O prefeito Valdir Anacleto disse que a próxima etapa será o asfaltamento dos quatro quilômetros "
            "restantes até o distrito",
        ],
        must_not=[
            "Graças a Deus, não aguentava mais aquele desvio.",
            "Chuva derruba cabeceira de ponte no Ribeirão Fundo",
            "Feira do produtor muda de endereço",
            "Utilizamos cookies para melhorar sua experiência.",
            "Gazeta de Pedra Branca do Sul - Todos os direitos reservados - Desde 1987",
        ],
    )
)

# --- q12 pt-PT: OpenGraph with two meta authors, hashed classes, "Leia também" ------------------------------

DIARIO = Site(
    name="Diário de Vilarinho",
    domain="diariodevilarinho.example",
    nav=["Última hora", "Região", "País", "Economia", "Desporto", "Cultura", "Opinião"],
    cookie="Este site utiliza cookies para lhe proporcionar uma melhor experiência de navegação.",
    cookie_ok="Aceito",
    footer="© 2024 Diário de Vilarinho. Todos os direitos reservados. Estatuto editorial.",
    footer_links=["Ficha técnica", "Contactos", "Política de privacidade"],
    search="Pesquisar",
    skip="Saltar para o conteúdo",
    share="Partilhar",
    related="Relacionados",
    comments="Comentários",
    most_read="Mais lidas",
    most_read_items=["Feira medieval regressa em setembro"],
)
Q12_URL = "https://www.diariodevilarinho.example/regiao/comboio-linha-do-vale-reabre-ao-fim-de-13-anos"
PAGES.append(
    build(
        id="q12-pt-pt-opengraph-two-authors-hashed",
        site=DIARIO,
        url=Q12_URL,
        language="pt",
        declared="pt-PT",
        title="Comboio volta à Linha do Vale ao fim de 13 anos",
        authors=["Inês Carvalhal", "Duarte Meireles"],
        published="2024-10-12T10:00:00+01:00",
        shapes=["opengraph", "hashed-classes", "read-also-inline", "article-p"],
        kicker="Transportes",
        hashed=True,
        head=og(
            DIARIO,
            "Comboio volta à Linha do Vale ao fim de 13 anos",
            "A primeira composição saiu às 7h12 com passageiros de pé.",
            Q12_URL,
            published="2024-10-12T10:00:00+01:00",
            authors=("Inês Carvalhal", "Duarte Meireles"),
            section="Região",
            locale="pt_PT",
        ),
        meta_top='<div class="css-77aa10">Inês Carvalhal e Duarte Meireles</div><div class="css-77aa11">12 out 2024 10:00</div>',
        blocks=[
            (
                "p",
                "Treze anos depois do último comboio, a Linha do Vale voltou a ter passageiros. A primeira composição "
                "saiu da estação de Vilarinho às 7h12 deste sábado, com várias pessoas de pé.",
            ),
            (
                "p",
                "A reabertura do troço de 41 quilómetros custou cerca de 58 milhões de euros e incluiu a "
                "eletrificação da via e a reconstrução de duas pontes metálicas.",
            ),
            (
                "box",
                '<div class="css-19fe02"><strong>Leia também</strong> <a href="/regiao/autocarros-substituicao">'
                "Autocarros de substituição deixam de circular no domingo</a></div>",
            ),
            (
                "p",
                "Haverá nove ligações diárias em cada sentido. A viagem até à sede de distrito demora agora 48 "
                "minutos, menos de metade do tempo que levava o autocarro.",
            ),
            (
                "p",
                "Entre os passageiros estava Albertina Sousa, de 81 anos, que trabalhou como guarda de passagem de "
                "nível. «Nunca pensei voltar a ouvir o comboio», disse, emocionada.",
            ),
        ],
        related=(
            ("Obras na Linha do Vale entram na reta final", "2 mai 2024", "2024-05-02T09:00:00+01:00"),
            ("Câmara pede mais horários para estudantes", "18 set 2024", "2024-09-18T12:00:00+01:00"),
        ),
        comments=(
            (
                "Rui F.",
                "12 out 2024",
                "2024-10-12T11:30:00+01:00",
                "Finalmente! Agora falta o fim de semana ter mais horários.",
            ),
        ),
        must=[
            "Treze anos depois do último comboio, a Linha do Vale voltou a ter passageiros.",
            "A reabertura do troço de 41 quilómetros custou cerca de 58 milhões de euros",
            "Haverá nove ligações diárias em cada sentido.",
            "«Nunca pensei voltar a ouvir o comboio», disse, emocionada.",
        ],
        must_not=[
            "Autocarros de substituição deixam de circular no domingo",
            "Finalmente! Agora falta o fim de semana ter mais horários.",
            "Obras na Linha do Vale entram na reta final",
            "Este site utiliza cookies para lhe proporcionar uma melhor experiência de navegação.",
            "© 2024 Diário de Vilarinho. Todos os direitos reservados.",
        ],
    )
)
