# ruff: noqa: RUF001
"""Pages s01-s12 of the sixth held-out set: en (US, AU), de (AT, DE), fr (CA, FR), es-MX, pt-PT, it, nl, pl,
sv. Invented stories, people, places and sites."""

from __future__ import annotations

from kit6 import FIG, H2, LIVE, QA, QUOTE, RAW, TABLE, UL, P, Page, jsonld, page

PAGES: list[Page] = []

# s01 -- US regional daily: AP-style date line with an "Updated" time, byline of two, photo credit, advert,
# newsletter box and a "Read more" link inside the story, comments.
PAGES.append(
    page(
        id="s01-en-us-pier-rebuild",
        url="https://harlowbaycourier.example/news/local/council-approves-pier-3-rebuild",
        language="en",
        declared="en-US",
        site="The Harlow Bay Courier",
        title="Council approves $4.2 million rebuild of Pier 3 ferry terminal",
        nav=["Local", "Schools", "Business", "Sports", "Opinion", "Obituaries", "e-Edition"],
        kicker="Local News",
        below=(
            '<div class="byline">By <a href="/staff/dana-whitcomb">Dana Whitcomb</a> and '
            '<a href="/staff/luis-ortega">Luis Ortega</a></div>'
            '<div class="photo-credit">Photos by Ken Alder</div>'
            '<div class="timestamp">Published 6:15 p.m. EDT Mar. 14, 2025 '
            '<span class="updated">Updated 9:42 p.m. EDT Mar. 14, 2025</span></div>'
        ),
        blocks=[
            FIG("", "Ken Alder/The Harlow Bay Courier", "pier3.jpg", story=False),
            P(
                "HARLOW BAY — After more than two years of patchwork repairs and three emergency closures, the "
                "city's busiest ferry landing is finally getting a new deck."
            ),
            P(
                "The City Council voted 6-1 on Thursday night to spend $4.2 million rebuilding the Pier 3 "
                "terminal, where commuter boats to Gull Island dock roughly 40 times a day."
            ),
            P(
                "Most of the money will come from a state harbor grant awarded last fall, with the rest drawn "
                "from the city's capital reserve."
            ),
            RAW(
                '<p class="read-more"><strong>Read more:</strong> <a href="/news/2024/11/gull-island-fares">'
                "Gull Island ferry fares to rise 50 cents in January</a></p>"
            ),
            P(
                "Councilmember Rosa Delgado, who cast the lone vote against the plan, said she supported the "
                "repairs but objected to awarding the contract without a second round of bids."
            ),
            P(
                "“We are about to spend more on one pier than we spent on all of our parks last year, and we "
                "took one bid,” Delgado said."
            ),
            RAW(
                '<div class="ad-container"><span class="ad-label">Advertisement</span>'
                '<div class="ad-slot" data-slot="midarticle-1"></div></div>'
            ),
            P(
                "Harbor Master Glen Iverson told the council that divers found corroded pilings under the north "
                "side of the pier during an inspection in January. Until the work begins, the north berth will "
                "stay closed and boats will use only the south side."
            ),
            RAW(
                '<div class="newsletter-promo"><h3>Get the Morning Tide</h3><p>Sign up for our free daily '
                "newsletter with the news that matters in Harlow Bay.</p>"
                '<form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>'
            ),
            P(
                "Construction is scheduled to start in September and last about eight months. The city plans to "
                "run a temporary shuttle boat from the Marina Street dock while the terminal is closed."
            ),
        ],
        teasers_head="More local news",
        teasers=[
            ("Harbor district weighs new parking fees near the marina", "Feb. 27, 2025"),
            ("Gull Island school board names interim superintendent", "Mar. 3, 2025"),
        ],
        comments_head="Comments (12)",
        comments=[
            (
                "BayRider77",
                "2 hours ago",
                "Finally. I've been stuck on that pier twice this winter when they closed it with no warning.",
            ),
            ("mkowalski", "1 hour ago", "One bid for a four million dollar job? Delgado is right."),
        ],
        cookie=(
            "We use cookies to personalize content and ads and to analyze our traffic. By clicking Accept you "
            "agree to our use of cookies."
        ),
        cookie_button="Accept",
        footer="© 2025 The Harlow Bay Courier. All rights reserved. Terms of Service · Privacy Policy",
        authors=["Dana Whitcomb", "Luis Ortega"],
        published="2025-03-14",
        shapes=[
            "site-regional",
            "article-p",
            "byline-text",
            "date-text",
            "updated-line",
            "photo-credit",
            "read-also-inline",
            "ad-slot",
            "newsletter-box",
            "comments",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "The City Council voted 6-1 on Thursday night to spend $4.2 million rebuilding the Pier 3 terminal, "
            "where commuter boats to Gull Island dock roughly 40 times a day.",
            "Most of the money will come from a state harbor grant awarded last fall, with the rest drawn from "
            "the city's capital reserve.",
            "Councilmember Rosa Delgado, who cast the lone vote against the plan, said she supported the repairs "
            "but objected to awarding the contract without a second round of bids.",
            "Construction is scheduled to start in September and last about eight months.",
        ],
        must_not=[
            "I've been stuck on that pier twice this winter when they closed it with no warning.",
            "Harbor district weighs new parking fees near the marina",
            "We use cookies to personalize content and ads and to analyze our traffic.",
            "© 2025 The Harlow Bay Courier. All rights reserved.",
            "Sign up for our free daily newsletter with the news that matters in Harlow Bay.",
            "Updated 9:42 p.m. EDT Mar. 14, 2025",
        ],
    )
)

# s02 -- Australian news site, live blog on a CSS-in-JS framework; authors and a local date (UTC day before)
# only in JSON-LD; an embedded social post; the framework's JSON states the UTC instant.
_s02_title = "Live: Severe storms lash the Banksia Coast as thousands lose power"
PAGES.append(
    page(
        id="s02-en-au-storm-live",
        url="https://coastlinenews.example/live/banksia-coast-storms-power-outages",
        language="en",
        declared="en-AU",
        site="Coastline News",
        style="hashed",
        hash_prefix="css-",
        title=_s02_title,
        head=jsonld(
            {
                "@context": "https://schema.org",
                "@type": "LiveBlogPosting",
                "headline": _s02_title,
                "datePublished": "2025-06-02T06:05:00+10:00",
                "dateModified": "2025-06-02T09:20:00+10:00",
                "coverageStartTime": "2025-06-02T06:05:00+10:00",
                "author": [
                    {
                        "@type": "Person",
                        "name": "Mia Tran",
                        "url": "https://coastlinenews.example/people/mia-tran",
                    },
                    {"@type": "Person", "name": "Callum Reid"},
                ],
                "publisher": {"@type": "NewsMediaOrganization", "name": "Coastline News"},
            }
        ),
        nav=["Just In", "Local", "Weather", "Sport", "Business", "Listen"],
        kicker="Live",
        below='<div class="css-1x9ab3">Latest update <span class="css-kq2b1c">9:20am</span></div>',
        blocks=[
            LIVE(
                "9:20am",
                "Northline Energy says crews have restored supply to about 12,000 properties since dawn, but "
                "38,000 homes between Port Keller and Wattle Heads remain in the dark. The company warns some "
                "customers may not be reconnected until Wednesday.",
                "38,000 homes still without electricity",
            ),
            RAW(
                '<div class="css-7hd2k1"><blockquote class="css-0fe3a9">Crews are working around the clock. '
                "Please treat every fallen line as live and keep well clear. — Northline Energy (@NorthlineEnergy)"
                "</blockquote></div>"
            ),
            LIVE(
                "8:15am",
                "Volunteer rescue crews pulled a man from the roof of his ute on the Brindle Creek "
                "causeway just after 7am. He was checked by paramedics and did not need hospital treatment.",
                "Rescue crews free driver from flooded causeway",
            ),
            LIVE(
                "7:02am",
                "The weather bureau has issued a severe weather warning for damaging winds gusting up to 110 kilometres "
                "per hour along the coast until at least midday. Residents are asked to tie down loose outdoor "
                "items and stay away from fallen power lines.",
            ),
            RAW(
                '<div class="css-p0q8z2"><strong>Get storm alerts on your phone</strong><div>Download the '
                "Coastline News app and switch on emergency notifications for your area.</div></div>"
            ),
            LIVE(
                "6:05am",
                "Good morning and welcome to our live coverage of the storms that swept across the Banksia "
                "Coast overnight. We'll bring you the latest on outages, road closures and evacuation centres as "
                "it comes in.",
            ),
        ],
        teasers_head="Top stories",
        teasers=[
            ("Council flags levy rise to fund seawall upgrades", "28 May 2025"),
            ("Whale watching season opens early off Wattle Heads", "30 May 2025"),
        ],
        cookie=(
            "Coastline News uses cookies to improve your experience and to show you relevant advertising. "
            "You can change your preferences at any time."
        ),
        cookie_button="Got it",
        footer=(
            "Coastline News acknowledges the Traditional Custodians of the lands on which we work. "
            "© 2025 Coastline Media Pty Ltd"
        ),
        next_data={
            "props": {
                "pageProps": {
                    "post": {
                        "id": "lb-58213",
                        "type": "liveblog",
                        "firstPublished": "2025-06-01T20:05:00.000Z",
                        "section": "weather",
                    }
                }
            },
            "page": "/live/[slug]",
            "buildId": "k2Jx81aQ",
        },
        authors=["Mia Tran", "Callum Reid"],
        published="2025-06-02T06:05:00+10:00",
        shapes=[
            "site-national",
            "live-blog",
            "jsonld",
            "jsonld-authors",
            "local-offset",
            "embed-social",
            "app-box",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "but 38,000 homes between Port Keller and Wattle Heads remain in the dark.",
            "Volunteer rescue crews pulled a man from the roof of his ute on the Brindle Creek "
            "causeway just after 7am.",
            "Residents are asked to tie down loose outdoor items and stay away from fallen power lines.",
            "Good morning and welcome to our live coverage of the storms that swept across the Banksia Coast "
            "overnight.",
        ],
        must_not=[
            "Please treat every fallen line as live and keep well clear.",
            "Download the Coastline News app and switch on emergency notifications for your area.",
            "Council flags levy rise to fund seawall upgrades",
            "Coastline News uses cookies to improve your experience and to show you relevant advertising.",
            "© 2025 Coastline Media Pty Ltd",
        ],
    )
)

# s03 -- Austrian public broadcaster: "Jänner" date above the headline, the author and an editor only at the
# end, subheadings and an embedded video.
PAGES.append(
    page(
        id="s03-de-at-hochwasserschutz",
        url="https://ooe.donauwelle.example/stories/3288145/",
        language="de",
        declared="de-AT",
        site="Donauwelle Oberösterreich",
        title="Hochwasserschutz: Sarnitztal bekommt mobile Schutzwände",
        nav=["Nachrichten", "Wetter", "Verkehr", "Sport", "Radio", "Fernsehen"],
        above='<div class="story-meta"><span class="date">3. Jänner 2025, 18.30 Uhr</span></div>',
        lead=(
            "Nach den Überschwemmungen im September rüstet das Sarnitztal beim Hochwasserschutz nach: Das Land "
            "und zwei Gemeinden kaufen gemeinsam 1,8 Kilometer mobile Schutzwände aus Aluminium."
        ),
        blocks=[
            RAW(
                '<div class="video-player"><iframe src="https://player.donauwelle.example/embed/88412" '
                'title="Video" width="640" height="360"></iframe>'
                '<p class="video-caption">Video: So werden die Schutzwände aufgebaut (2:14)</p></div>'
            ),
            P(
                "Die Elemente lagern künftig in einem Depot in Sarnau und sollen im Ernstfall innerhalb von sechs "
                "Stunden entlang der Sarnitz aufgebaut werden können. Geübt wird das gemeinsam mit den Feuerwehren "
                "zweimal im Jahr."
            ),
            H2("Kosten von 2,4 Millionen Euro"),
            P(
                "Die Anschaffung kostet rund 2,4 Millionen Euro. Zwei Drittel übernimmt das Land, den Rest teilen "
                "sich die Gemeinden Sarnau und Grießbach nach ihrer Einwohnerzahl."
            ),
            P(
                "„Wir haben im September gesehen, wie schnell das Wasser steigt. Mit den Wänden gewinnen wir Zeit, "
                "die wir damals nicht hatten“, sagt Sarnaus Bürgermeisterin Andrea Hinterleitner."
            ),
            H2("Kritik an fehlenden Rückhaltebecken"),
            P(
                "Umweltschützer begrüßen die Schutzwände, fordern aber zusätzlich Rückhalteflächen am Oberlauf. "
                "Ohne sie werde das Problem nur flussabwärts verlagert, heißt es von der Initiative Lebendige Sarnitz."
            ),
            P(
                "Das Land verweist auf ein Gutachten, das bis Sommer klären soll, wo solche Flächen möglich wären. "
                "Mit den betroffenen Grundbesitzern werde bereits gesprochen."
            ),
        ],
        after=(
            '<div class="story-footer"><p class="author">Katharina Pölzl, ooe.donauwelle.example</p>'
            '<p class="editor">Redaktion: Florian Gruber</p></div>'
        ),
        teasers_head="Mehr aus Oberösterreich",
        teasers=[
            ("Neue Radbrücke in Sarnau nach Verzögerung eröffnet", "18. Dezember 2024"),
            ("Schneefall: Kettenpflicht auf mehreren Passstraßen", "2. Jänner 2025"),
        ],
        cookie=(
            "Wir verwenden Cookies, um Ihnen ein optimales Angebot zu bieten. Details finden Sie in unserer "
            "Datenschutzerklärung."
        ),
        cookie_button="Einverstanden",
        footer="Donauwelle Rundfunk · Impressum · Offenlegung · Barrierefreiheit",
        authors=["Katharina Pölzl"],
        published="2025-01-03",
        shapes=[
            "site-public-broadcaster",
            "article-p",
            "subheadings",
            "embed-video",
            "date-text",
            "byline-end",
            "editor-credit",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "Die Elemente lagern künftig in einem Depot in Sarnau und sollen im Ernstfall innerhalb von sechs "
            "Stunden entlang der Sarnitz aufgebaut werden können.",
            "Zwei Drittel übernimmt das Land, den Rest teilen sich die Gemeinden Sarnau und Grießbach nach ihrer "
            "Einwohnerzahl.",
            "Ohne sie werde das Problem nur flussabwärts verlagert, heißt es von der Initiative Lebendige Sarnitz.",
        ],
        must_not=[
            "Video: So werden die Schutzwände aufgebaut",
            "Redaktion: Florian Gruber",
            "Neue Radbrücke in Sarnau nach Verzögerung eröffnet",
            "Wir verwenden Cookies, um Ihnen ein optimales Angebot zu bieten.",
            "Impressum · Offenlegung · Barrierefreiheit",
        ],
    )
)

# s04 -- German business paper on a framework site: author as a plain string and a local date whose UTC day
# is the day before, both only in JSON-LD; a paywall box, an advert and a table of figures in the story.
_s04_title = "Maschinenbauer Kessler Antriebe streicht 400 Stellen in Schwaben"
PAGES.append(
    page(
        id="s04-de-stellenabbau",
        url="https://wirtschaftskurier.example/unternehmen/industrie/kessler-antriebe-stellenabbau/29481736.html",
        language="de",
        declared="de",
        site="Wirtschaftskurier",
        style="hashed",
        title=_s04_title,
        doc_title=f"Kessler Antriebe: {_s04_title}",
        head=jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": _s04_title,
                "datePublished": "2025-02-28T00:40:00+01:00",
                "dateModified": "2025-02-28T07:10:00+01:00",
                "author": "Jens Möller",
                "isAccessibleForFree": False,
                "publisher": {"@type": "Organization", "name": "Wirtschaftskurier"},
            }
        ),
        nav=["Unternehmen", "Finanzen", "Politik", "Technologie", "Karriere", "WK Plus"],
        kicker="Stellenabbau",
        below='<div class="sc-7b1e0f">28.02.2025 · 00:40 Uhr</div>',
        blocks=[
            P(
                "Der Antriebshersteller Kessler aus Donauhofen baut in Deutschland rund 400 Arbeitsplätze ab. Das teilte "
                "das Familienunternehmen in der Nacht zum Freitag nach einer Sitzung des Aufsichtsrats mit."
            ),
            P(
                "Betroffen sind vor allem die Werke in Donauhofen und Ehrstetten, wo Getriebe für Landmaschinen gefertigt "
                "werden. Die Nachfrage aus der Agrarbranche sei im vergangenen Jahr um fast ein Viertel "
                "eingebrochen, hieß es."
            ),
            TABLE(
                "Kessler Antriebe in Zahlen",
                ["", "2023", "2024"],
                ["Umsatz in Mio. Euro", "1.240", "1.015"],
                ["Beschäftigte weltweit", "5.800", "5.650"],
                ["Ergebnis vor Steuern in Mio. Euro", "96", "-18"],
            ),
            RAW(
                '<div class="sc-44c1d9"><span class="sc-0a7e2b">Anzeige</span>'
                "<div>Depot eröffnen und drei Monate ohne Ordergebühren handeln</div></div>"
            ),
            P(
                "Vorstandschefin Miriam Kessler sprach von einem „schmerzhaften, aber notwendigen Schritt“. "
                "Betriebsbedingte Kündigungen wolle man möglichst vermeiden und setze auf Altersteilzeit und "
                "Abfindungen."
            ),
            RAW(
                '<div class="sc-f19a2c"><strong>Exklusiv für Abonnenten</strong><div>Lesen Sie alle Analysen '
                "und das E-Paper mit WK Plus – jetzt vier Wochen für 1 Euro testen.</div>"
                "<button>Jetzt testen</button></div>"
            ),
            P(
                "Die Gewerkschaft kündigte Widerstand an. Der Abbau komme zur Unzeit, weil die Beschäftigten erst im "
                "Herbst auf Teile der Tariferhöhung verzichtet hätten, sagte Bezirksleiter Uwe Kranich."
            ),
        ],
        teasers_head="Das könnte Sie auch interessieren",
        teasers=[
            ("Zulieferer unter Druck: Wie die Agrarkrise den Mittelstand erreicht", "14.01.2025"),
            ("Donauhofener Stadtwerke erhöhen Fernwärmepreise", "07.02.2025"),
        ],
        cookie=(
            "Wir und unsere Partner verarbeiten Ihre Daten, um Inhalte und Werbung zu personalisieren. "
            "Sie können Ihre Einwilligung jederzeit widerrufen."
        ),
        cookie_button="Alle akzeptieren",
        cookie_wall=True,
        footer="© Wirtschaftskurier GmbH 2025 · Impressum · Datenschutz · Abo kündigen",
        authors=["Jens Möller"],
        published="2025-02-28T00:40:00+01:00",
        shapes=[
            "site-business",
            "article-p",
            "lists-tables",
            "jsonld",
            "jsonld-author-string",
            "local-offset",
            "paywall-box",
            "ad-slot",
            "teasers-dated",
            "cookie-wall",
        ],
        must=[
            "Das teilte das Familienunternehmen in der Nacht zum Freitag nach einer Sitzung des Aufsichtsrats mit.",
            "Beschäftigte weltweit",
            "Betriebsbedingte Kündigungen wolle man möglichst vermeiden und setze auf Altersteilzeit und "
            "Abfindungen.",
            "Der Abbau komme zur Unzeit, weil die Beschäftigten erst im Herbst auf Teile der Tariferhöhung "
            "verzichtet hätten, sagte Bezirksleiter Uwe Kranich.",
        ],
        must_not=[
            "Lesen Sie alle Analysen und das E-Paper mit WK Plus",
            "Depot eröffnen und drei Monate ohne Ordergebühren handeln",
            "Zulieferer unter Druck: Wie die Agrarkrise den Mittelstand erreicht",
            "Wir und unsere Partner verarbeiten Ihre Daten, um Inhalte und Werbung zu personalisieren.",
            "© Wirtschaftskurier GmbH 2025",
        ],
    )
)

# s05 -- Quebec regional paper: "Publié le ... à 5 h 45 / Mis à jour à 14 h 10", the author's name then a
# line with her role, an "À lire aussi" link, comments as <article>s.
PAGES.append(
    page(
        id="s05-fr-ca-traversier",
        url="https://courrierdufjord.example/actualites/2024/09/12/la-traverse-reprendra-plus-tot",
        language="fr",
        declared="fr-CA",
        site="Le Courrier du Fjord",
        title="La traverse de Baie-des-Hérons reprendra du service plus tôt que prévu",
        nav=["Actualités", "Économie", "Sports", "Culture", "Opinions", "Avis de décès"],
        kicker="Transport",
        below=(
            '<div class="auteur"><a href="/auteurs/genevieve-tremblay" rel="author">Geneviève Tremblay</a>'
            '<div class="auteur-role">Journaliste de l\'Initiative de journalisme local</div></div>'
            '<div class="dates"><span class="publie">Publié le 12 septembre 2024 à 5 h 45</span> '
            '<span class="maj">Mis à jour à 14 h 10</span></div>'
        ),
        blocks=[
            P(
                "Les usagers de la traverse entre Baie-des-Hérons et L'Anse-aux-Pins n'auront finalement pas à "
                "attendre le printemps. Le traversier Héron-Bleu reprendra ses allers-retours dès le 30 septembre, "
                "a confirmé mercredi la Société des traversiers régionaux."
            ),
            P(
                "Le navire était immobilisé depuis la fin juillet en raison d'un bris de l'hélice de propulsion. "
                "Les pièces de remplacement, commandées en Norvège, sont arrivées au chantier naval plus "
                "rapidement qu'annoncé."
            ),
            RAW(
                '<p class="a-lire-aussi"><strong>À lire aussi :</strong> <a href="/actualites/2024/08/02/detour">'
                "Les camionneurs dénoncent le détour imposé par la fermeture de la traverse</a></p>"
            ),
            P(
                "Pendant l'arrêt, les automobilistes devaient contourner le fjord par la route régionale, un détour "
                "d'environ deux heures. Plusieurs commerçants de L'Anse-aux-Pins affirment avoir perdu jusqu'au "
                "tiers de leur achalandage estival."
            ),
            P(
                "« C'est un soulagement, mais l'été est passé et on ne le rattrapera pas », résume Martine "
                "Gagnon, propriétaire de la boulangerie du quai."
            ),
            P(
                "La Société promet un horaire bonifié en octobre, avec deux départs supplémentaires le vendredi "
                "soir, afin d'absorber la demande des travailleurs saisonniers."
            ),
        ],
        teasers_head="À la une",
        teasers=[
            ("Le festival de la crevette attire un record de 40 000 visiteurs", "18 août 2024"),
            ("Pénurie de places en garderie : les parents s'organisent", "3 septembre 2024"),
        ],
        comments_head="Commentaires",
        comments=[
            (
                "Réjean B.",
                "12 septembre 2024 à 8 h 02",
                "Enfin une bonne nouvelle! Reste à voir si le bateau va tenir tout l'hiver.",
            ),
            (
                "Lise Côté",
                "12 septembre 2024 à 9 h 15",
                "Trop tard pour les commerces du quai, malheureusement.",
            ),
        ],
        comments_as_article=True,
        cookie=(
            "Nous utilisons des témoins (cookies) pour améliorer votre expérience de navigation et mesurer "
            "l'audience du site."
        ),
        cookie_button="J'accepte",
        footer="Le Courrier du Fjord · Tous droits réservés © 2024 · Politique de confidentialité",
        authors=["Geneviève Tremblay"],
        published="2024-09-12",
        shapes=[
            "site-regional",
            "article-p",
            "byline-text",
            "byline-role-line",
            "date-text",
            "updated-line",
            "read-also-inline",
            "comments-article",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "Le traversier Héron-Bleu reprendra ses allers-retours dès le 30 septembre, a confirmé mercredi la "
            "Société des traversiers régionaux.",
            "Le navire était immobilisé depuis la fin juillet en raison d'un bris de l'hélice de propulsion.",
            "Plusieurs commerçants de L'Anse-aux-Pins affirment avoir perdu jusqu'au tiers de leur achalandage "
            "estival.",
            "La Société promet un horaire bonifié en octobre, avec deux départs supplémentaires le vendredi soir, "
            "afin d'absorber la demande des travailleurs saisonniers.",
        ],
        must_not=[
            "Enfin une bonne nouvelle! Reste à voir si le bateau va tenir tout l'hiver.",
            "Le festival de la crevette attire un record de 40 000 visiteurs",
            "Nous utilisons des témoins (cookies) pour améliorer votre expérience de navigation",
            "Tous droits réservés © 2024",
            "Les camionneurs dénoncent le détour imposé par la fermeture de la traverse",
            "Mis à jour à 14 h 10",
        ],
    )
)

# s06 -- French national daily, interview (questions in bold, answers in <p>), microdata author and date;
# the visible date says only "aujourd'hui"; no declared language; subscription box in the story.
PAGES.append(
    page(
        id="s06-fr-entretien-bibliotheques",
        url="https://journaldusoir.example/culture/article/2024/11/05/les-bibliotheques-salles-d-attente_6518",
        language="fr",
        declared=None,
        site="Le Journal du Soir",
        title="« Les bibliothèques sont devenues les dernières salles d'attente du pays »",
        nav=["International", "Politique", "Société", "Économie", "Culture", "Idées"],
        kicker="Entretien",
        article_attrs='itemscope itemtype="https://schema.org/NewsArticle"',
        above='<meta itemprop="datePublished" content="2024-11-05T19:30:00+01:00">',
        below=(
            '<p class="signature">Propos recueillis par <span itemprop="author" itemscope '
            'itemtype="https://schema.org/Person"><a itemprop="url" href="/signataires/marion-lefebvre">'
            '<span itemprop="name">Marion Lefebvre</span></a></span></p>'
            '<p class="date">Publié aujourd\'hui à 19h30</p>'
        ),
        lead=(
            "La sociologue Hélène Castagné a passé deux ans dans une vingtaine de bibliothèques municipales. "
            "Elle en tire un livre sur ces lieux où l'on vient aussi pour se chauffer, recharger son téléphone ou "
            "remplir un dossier administratif."
        ),
        blocks=[
            QA(
                "Pourquoi parler de « salles d'attente » ?",
                "Parce que c'est ce que j'ai observé le plus souvent. Des gens qui attendent un rendez-vous à la "
                "préfecture, un rappel de l'agence pour l'emploi, la fin d'une averse ou simplement l'heure de "
                "rentrer. La bibliothèque est l'un des rares lieux chauffés où l'on peut rester sans rien acheter.",
            ),
            QA(
                "Les bibliothécaires sont-ils préparés à ce rôle ?",
                "Pas vraiment. Ils ont été formés pour conseiller des lectures, et ils se retrouvent à aider "
                "quelqu'un à déclarer ses revenus en ligne. Beaucoup le font avec une grande générosité, mais ils le "
                "vivent parfois comme un glissement de leur métier.",
            ),
            RAW(
                '<div class="encart-abonnement"><p>Cet article vous est offert. Abonnez-vous pour soutenir une '
                'information indépendante : 1 € le premier mois.</p><a href="/abonnement">Je m\'abonne</a></div>'
            ),
            QA(
                "Faut-il s'en inquiéter ?",
                "Je dirais plutôt qu'il faut en tirer les conséquences. Si les bibliothèques deviennent des "
                "guichets sociaux de fait, il faut leur en donner les moyens, avec des horaires élargis le soir et "
                "des agents formés à l'accompagnement numérique.",
            ),
        ],
        after="<p class=\"ouvrage\"><em>Les Salles d'attente</em>, d'Hélène Castagné, éditions du Ponant, 224 p.</p>",
        teasers_head="Lire aussi",
        teasers=[
            ("Les librairies indépendantes face à la hausse des loyers", "2 octobre 2024"),
            ("Prix des lycéens : une sélection très politique", "21 octobre 2024"),
        ],
        comments_head="Réactions",
        comments=[
            (
                "Anne-Sophie",
                "il y a 35 min",
                "Bibliothécaire depuis vingt ans, je me reconnais entièrement dans ce portrait.",
            )
        ],
        cookie=(
            "Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour "
            "stocker et accéder à des informations personnelles."
        ),
        cookie_button="Accepter et fermer",
        footer="Le Journal du Soir · Mentions légales · Conditions générales de vente · Nous contacter",
        authors=["Marion Lefebvre"],
        published="2024-11-05T19:30:00+01:00",
        shapes=[
            "site-national",
            "qa-interview",
            "microdata",
            "microdata-author",
            "date-relative-visible",
            "paywall-box",
            "comments",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "La bibliothèque est l'un des rares lieux chauffés où l'on peut rester sans rien acheter.",
            "Ils ont été formés pour conseiller des lectures, et ils se retrouvent à aider quelqu'un à déclarer "
            "ses revenus en ligne.",
            "Si les bibliothèques deviennent des guichets sociaux de fait, il faut leur en donner les moyens, avec "
            "des horaires élargis le soir et des agents formés à l'accompagnement numérique.",
        ],
        must_not=[
            "Cet article vous est offert. Abonnez-vous pour soutenir une information indépendante",
            "Bibliothécaire depuis vingt ans, je me reconnais entièrement dans ce portrait.",
            "Les librairies indépendantes face à la hausse des loyers",
            "Avec votre accord, nous et nos partenaires utilisons des cookies",
            "Conditions générales de vente",
        ],
    )
)

# s07 -- Mexican sports site on a framework: "Por" byline, date line with "hrs", JSON-LD author and a local
# evening date whose UTC day is the next day; an embedded post and a carousel inside the story.
_s07_title = "Los Halcones de Tonalco remontan y se meten a la final del Clausura"
PAGES.append(
    page(
        id="s07-es-mx-halcones-final",
        url="https://canchamx.example/futbol/liga/halcones-tonalco-remontada-final-clausura",
        language="es",
        declared="es-MX",
        site="Cancha MX",
        style="hashed",
        title=_s07_title,
        head=jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": _s07_title,
                "datePublished": "2025-05-18T22:40:00-06:00",
                "author": {"@type": "Person", "name": "Rodrigo Salgado"},
                "publisher": {"@type": "Organization", "name": "Cancha MX"},
            }
        ),
        nav=["Futbol", "Liga", "Selección", "Box", "Beisbol", "NFL", "Videos"],
        kicker="Liga",
        below=(
            '<div class="sc-91b3aa"><span class="sc-4c7e12">Por Rodrigo Salgado</span>'
            '<span class="sc-2d0f5e">18 de mayo de 2025 · 22:40 hrs</span></div>'
        ),
        para="div",
        blocks=[
            P(
                "Los Halcones de Tonalco firmaron una remontada histórica este domingo en el Estadio Río "
                "Blanco. Tras perder 2-0 en la ida, vencieron 3-0 al Atlético Sierra Madre y jugarán la final del "
                "torneo Clausura por primera vez en once años."
            ),
            P(
                "El colombiano Julián Arboleda abrió el marcador al minuto 17 con un disparo cruzado, y el "
                "juvenil Emiliano Ruiz empató el global de cabeza antes del descanso."
            ),
            RAW(
                '<div class="sc-e8a1f0"><blockquote class="sc-71bd33">¡FINALISTAS! Gracias, afición, esto es '
                "para ustedes. 🦅 — Halcones FC (@HalconesTnc) 18 de mayo de 2025</blockquote></div>"
            ),
            P(
                "El gol que selló el pase llegó al minuto 81, cuando el capitán Óscar Medina aprovechó un rebote "
                "dentro del área. La afición, que llenó el estadio por tercera vez en la temporada, invadió la "
                "cancha al silbatazo final."
            ),
            RAW(
                '<div class="sc-0b9c47"><div class="sc-5a2e19">Te puede interesar</div>'
                '<a href="/futbol/liga/emiliano-ruiz-canterano">¿Quién es Emiliano Ruiz? El canterano de 19 años '
                "que ilusiona a Tonalco</a>"
                '<a href="/futbol/liga/boletos-final">Precios de boletos para la final: lo que sabemos</a></div>'
            ),
            P(
                "El técnico argentino Sergio Baldini evitó hablar de favoritismos. «Todavía no ganamos nada; el "
                "jueves empieza otra historia», dijo en conferencia de prensa."
            ),
            P(
                "La final de ida se jugará el jueves en Tonalco y la vuelta el domingo en la cancha del rival "
                "que salga de la otra semifinal."
            ),
        ],
        teasers_head="Lo más visto",
        teasers=[
            ("Sierra Madre despide a su director técnico tras la eliminación", "19 de mayo de 2025"),
            ("Tabla de goleo: Arboleda alcanza a los líderes", "12 de mayo de 2025"),
        ],
        cookie=(
            "Utilizamos cookies propias y de terceros para mejorar tu experiencia y mostrarte publicidad "
            "relacionada con tus preferencias."
        ),
        cookie_button="Aceptar",
        footer="Cancha MX · Todos los derechos reservados 2025 · Aviso de privacidad",
        next_data={
            "props": {"pageProps": {"article": {"slug": "halcones-tonalco-remontada", "section": "liga"}}},
            "page": "/futbol/[...slug]",
        },
        authors=["Rodrigo Salgado"],
        published="2025-05-18T22:40:00-06:00",
        shapes=[
            "site-sports",
            "jsonld",
            "jsonld-authors",
            "byline-text",
            "local-offset",
            "embed-social",
            "carousel-inline",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "Tras perder 2-0 en la ida, vencieron 3-0 al Atlético Sierra Madre y jugarán la final del torneo "
            "Clausura por primera vez en once años.",
            "El colombiano Julián Arboleda abrió el marcador al minuto 17 con un disparo cruzado, y el juvenil "
            "Emiliano Ruiz empató el global de cabeza antes del descanso.",
            "El gol que selló el pase llegó al minuto 81, cuando el capitán Óscar Medina aprovechó un rebote "
            "dentro del área.",
            "La final de ida se jugará el jueves en Tonalco y la vuelta el domingo en la cancha del rival que "
            "salga de la otra semifinal.",
        ],
        must_not=[
            "¡FINALISTAS! Gracias, afición, esto es para ustedes.",
            "¿Quién es Emiliano Ruiz? El canterano de 19 años que ilusiona a Tonalco",
            "Sierra Madre despide a su director técnico tras la eliminación",
            "Utilizamos cookies propias y de terceros para mejorar tu experiencia",
            "Todos los derechos reservados 2025",
        ],
    )
)

# s08 -- Portuguese municipality's news page: breadcrumbs, unsigned, a list in the story, the date only at
# its end ("Publicado em 07/03/2025"), a documents box.
PAGES.append(
    page(
        id="s08-pt-pt-obras-rua-direita",
        url="https://cm-alvoradadotejo.example/noticias/obras-de-requalificacao-da-rua-direita",
        language="pt",
        declared="pt-PT",
        site="Município de Alvorada do Tejo",
        title="Obras de requalificação da Rua Direita arrancam a 17 de março",
        nav=["Município", "Viver", "Investir", "Visitar", "Serviços Online", "Notícias"],
        breadcrumbs=["Início", "Notícias", "Obras e Mobilidade"],
        blocks=[
            P(
                "A Câmara Municipal de Alvorada do Tejo informa que as obras de requalificação da Rua Direita, no "
                "centro histórico, têm início no dia 17 de março e deverão prolongar-se por cerca de sete meses."
            ),
            P(
                "A intervenção inclui a substituição das redes de água e saneamento, o enterramento de cabos "
                "elétricos e a colocação de novo pavimento em calçada de granito, com passeios mais largos e "
                "acessíveis."
            ),
            P("Durante os trabalhos, a circulação automóvel será condicionada nos seguintes arruamentos:"),
            UL(
                "Rua Direita, entre o Largo da Misericórdia e a Travessa do Forno;",
                "Rua dos Ferradores, apenas no sentido descendente;",
                "Largo do Pelourinho, onde o estacionamento fica suspenso durante toda a obra.",
            ),
            P(
                "O acesso pedonal ao comércio e às habitações será garantido em permanência. Os moradores com "
                "garagem na zona de obra podem pedir um cartão de acesso temporário no Balcão Único do Munícipe."
            ),
            P(
                "A empreitada, no valor de 1,2 milhões de euros, é cofinanciada por fundos europeus no âmbito do "
                "programa regional de regeneração urbana."
            ),
            RAW(
                '<div class="documentos"><h3>Documentos</h3><ul><li><a href="/files/planta.pdf">Planta de '
                "condicionamentos de trânsito (PDF, 1,4 MB)</a></li></ul></div>"
            ),
        ],
        after='<p class="data-publicacao">Publicado em 07/03/2025</p><div class="partilhar">Partilhar</div>',
        teasers_head="Outras notícias",
        teasers=[
            ("Inscrições abertas para as Férias Desportivas de verão", "21/02/2025"),
            ("Biblioteca municipal alarga horário aos sábados", "14/02/2025"),
        ],
        cookie=(
            "Este sítio utiliza cookies para melhorar a sua experiência de navegação. Ao continuar a navegar "
            "está a consentir a sua utilização."
        ),
        cookie_button="Aceitar",
        footer="Município de Alvorada do Tejo · Praça da República, 1 · Linha de atendimento 800 210 210",
        authors=[],
        published="2025-03-07",
        shapes=[
            "site-local-government",
            "article-p",
            "lists-tables",
            "breadcrumbs",
            "unsigned",
            "date-end",
            "documents-box",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "A Câmara Municipal de Alvorada do Tejo informa que as obras de requalificação da Rua Direita, no "
            "centro histórico, têm início no dia 17 de março e deverão prolongar-se por cerca de sete meses.",
            "Rua dos Ferradores, apenas no sentido descendente;",
            "Os moradores com garagem na zona de obra podem pedir um cartão de acesso temporário no Balcão Único "
            "do Munícipe.",
            "A empreitada, no valor de 1,2 milhões de euros, é cofinanciada por fundos europeus",
        ],
        must_not=[
            "Planta de condicionamentos de trânsito (PDF, 1,4 MB)",
            "Inscrições abertas para as Férias Desportivas de verão",
            "Este sítio utiliza cookies para melhorar a sua experiência de navegação.",
            "Praça da República, 1 · Linha de atendimento 800 210 210",
            "Obras e Mobilidade",
        ],
    )
)

# s09 -- Italian local paper on an old CMS: table layout, <br><br> paragraphs, declares English, date line
# with weekday and "ore", "di" byline, an advert between paragraphs, comments in <div>s.
PAGES.append(
    page(
        id="s09-it-latteria-valmarina",
        url="http://www.vocedivalmarina.example/index.php?option=com_content&view=article&id=18342",
        language="it",
        declared="en",
        site="La Voce di Valmarina",
        style="table",
        para="br",
        title="Valmarina, chiude dopo 62 anni la storica latteria sociale",
        nav=["Home", "Cronaca", "Economia", "Sport", "Cultura", "Lettere"],
        above='<div class="data"><font size="2">Venerdì 21 febbraio 2025, ore 17:12</font></div>',
        below='<div class="autore"><font size="2"><i>di Paolo Ferraris</i></font></div>',
        blocks=[
            P(
                "Dopo sessantadue anni di attività, la latteria sociale di Valmarina chiuderà i battenti alla fine "
                "di marzo. La decisione è stata presa mercoledì sera dall'assemblea dei soci, con 31 voti "
                "favorevoli e 9 contrari."
            ),
            P(
                "A pesare sono stati soprattutto il calo dei conferimenti e l'aumento dei costi energetici. Delle "
                "quaranta stalle che portavano il latte negli anni Novanta ne restano oggi undici, quasi tutte "
                "gestite da allevatori oltre i sessant'anni."
            ),
            RAW(
                '<table class="banner" align="center"><tr><td><font size="1">PUBBLICITÀ</font><br>'
                '<a href="http://www.bertelli-auto.example">Autofficina Bertelli: tagliandi e gomme invernali '
                "a prezzi di fabbrica</a></td></tr></table>"
            ),
            P(
                "«È una ferita per tutta la valle, ma tenere aperto significava accumulare debiti», ha spiegato il "
                "presidente Gianluigi Rota, che guida la cooperativa dal 2009."
            ),
            P(
                "Il latte dei soci rimasti verrà ritirato da un caseificio di Sondelio, a una ventina di "
                "chilometri. Il Comune valuta invece di acquistare lo stabile per farne uno spazio dedicato ai "
                "prodotti del territorio."
            ),
            P(
                "Sabato mattina, nello spaccio di via Roma, i clienti erano in fila per le ultime forme di "
                "formaggio d'alpeggio. Molti hanno lasciato un biglietto di ringraziamento sulla bacheca "
                "all'ingresso."
            ),
        ],
        teasers_head="Ultime notizie",
        teasers=[
            ("Strada provinciale 14, riapre il ponte di Serrate", "12/02/2025"),
            ("Carnevale dei bambini, sfilata rinviata per maltempo", "15/02/2025"),
        ],
        comments_head="Commenti dei lettori",
        comments=[
            (
                "Marisa T.",
                "21/02/2025 18:40",
                "Che tristezza, ci andavo da bambina con mio nonno a prendere il burro.",
            )
        ],
        cookie=(
            "Questo sito utilizza cookie tecnici e di terze parti. Proseguendo nella navigazione accetti l'uso "
            "dei cookie."
        ),
        footer="La Voce di Valmarina - Reg. Trib. di Sondelio n. 4/1998 - P.IVA 01234560987",
        authors=["Paolo Ferraris"],
        published="2025-02-21",
        shapes=[
            "site-regional",
            "old-cms",
            "byline-text",
            "date-text",
            "ad-slot",
            "comments",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "La decisione è stata presa mercoledì sera dall'assemblea dei soci, con 31 voti favorevoli e 9 "
            "contrari.",
            "Delle quaranta stalle che portavano il latte negli anni Novanta ne restano oggi undici, quasi tutte "
            "gestite da allevatori oltre i sessant'anni.",
            "Il latte dei soci rimasti verrà ritirato da un caseificio di Sondelio, a una ventina di chilometri.",
        ],
        must_not=[
            "Che tristezza, ci andavo da bambina con mio nonno a prendere il burro.",
            "Strada provinciale 14, riapre il ponte di Serrate",
            "Proseguendo nella navigazione accetti l'uso dei cookie.",
            "Reg. Trib. di Sondelio n. 4/1998",
            "Autofficina Bertelli: tagliandi e gomme invernali a prezzi di fabbrica",
        ],
    )
)

# s10 -- Dutch university news on a framework site: long read with subheadings and a pull quote, "Tekst: ... |
# Foto's: ..." credits, date above the headline, a press-contact box in the story.
PAGES.append(
    page(
        id="s10-nl-zeewier-onderzoek",
        url="https://www.unilindeweg.example/nieuws/2024/10/waarom-zeewier-de-boerenpolder-in-trekt",
        language="nl",
        declared="nl",
        site="Universiteit Lindeweg",
        style="hashed",
        hash_prefix="_",
        title="Waarom zeewier de boerenpolder in trekt",
        nav=["Onderwijs", "Onderzoek", "Samenwerken", "Over de universiteit", "Nieuws en agenda"],
        breadcrumbs=["Home", "Nieuws", "Wetenschap"],
        above='<div class="_a81f2c">14 oktober 2024</div>',
        below='<div class="_c02b9e">Tekst: Sanne de Vries | Foto\'s: Joris Bakker</div>',
        lead=(
            "Kan gedroogd zeewier kunstmest op zandgrond deels vervangen? Op een proefveld in Wieringerdijk zoekt "
            "een promovendus het uit."
        ),
        blocks=[
            FIG(
                "Promovendus Thijs Oosterhout bij de proefbakken in Wieringerdijk.",
                "Foto: Joris Bakker",
                "zeewier.jpg",
                story=False,
            ),
            P(
                "Op een proefveld aan de rand van Wieringerdijk staan geen aardappelen of uien, maar bakken met "
                "zeewier. Promovendus Thijs Oosterhout onderzoekt of het gedroogde wier kunstmest op zandgronden "
                "gedeeltelijk kan vervangen."
            ),
            P(
                "Het idee is niet nieuw: boeren langs de kust strooiden al eeuwenlang aangespoeld wier over hun "
                "land. Nieuw is de schaal waarop Oosterhout het wil toepassen, en de vraag wat het met het "
                "bodemleven doet."
            ),
            H2("Minder uitspoeling"),
            P(
                "In het eerste groeiseizoen spoelde op de percelen met zeewier ruim een derde minder stikstof uit "
                "naar het grondwater dan op de percelen met kunstmest. De opbrengst van de gerst lag slechts vijf "
                "procent lager."
            ),
            QUOTE("Een boer stapt pas over als het in zijn portemonnee klopt", "Thijs Oosterhout"),
            P(
                "Toch blijft Oosterhout voorzichtig. ‘Een boer stapt pas over als het in zijn portemonnee klopt. "
                "Zolang zeewier duurder is dan kunstmest, blijft het een nichemarkt,’ zegt hij."
            ),
            H2("Kweken op zee"),
            P(
                "Daarom werkt de vakgroep samen met een kwekerij voor de kust van Texwerd, waar wier aan lijnen "
                "tussen windturbines groeit. Als die teelt opschaalt, kan de prijs volgens de onderzoekers binnen "
                "tien jaar halveren."
            ),
            P(
                "Oosterhout hoopt in 2026 te promoveren. Zijn begeleider, hoogleraar bodemecologie Fatima el "
                "Amrani, noemt het onderzoek ‘precies het soort vraag waar een landbouwregio als de onze "
                "antwoorden op nodig heeft’."
            ),
            RAW(
                '<div class="_9d3e7a"><strong>Meer weten?</strong> Neem contact op met de persvoorlichter via '
                "pers@unilindeweg.example of 053 489 0000.</div>"
            ),
        ],
        teasers_head="Meer nieuws",
        teasers=[
            ("Nieuwe studentenhuisvesting op campus Noord opgeleverd", "2 september 2024"),
            ("Eredoctoraat voor klimaatjurist Amaal Yusuf", "25 september 2024"),
        ],
        cookie=(
            "Deze website gebruikt cookies om het gebruik van de site te analyseren. Lees meer in onze "
            "cookieverklaring."
        ),
        cookie_button="Akkoord",
        footer="Universiteit Lindeweg · Postbus 900 · 7500 AB Lindeweg · Disclaimer · Privacy",
        authors=["Sanne de Vries"],
        published="2024-10-14",
        shapes=[
            "site-university",
            "article-p",
            "long-read",
            "subheadings",
            "pull-quote",
            "breadcrumbs",
            "byline-text",
            "photo-credit",
            "date-text",
            "contact-box",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "Promovendus Thijs Oosterhout onderzoekt of het gedroogde wier kunstmest op zandgronden gedeeltelijk "
            "kan vervangen.",
            "In het eerste groeiseizoen spoelde op de percelen met zeewier ruim een derde minder stikstof uit "
            "naar het grondwater dan op de percelen met kunstmest.",
            "Als die teelt opschaalt, kan de prijs volgens de onderzoekers binnen tien jaar halveren.",
        ],
        must_not=[
            "Neem contact op met de persvoorlichter via pers@unilindeweg.example",
            "Foto: Joris Bakker",
            "Nieuwe studentenhuisvesting op campus Noord opgeleverd",
            "Deze website gebruikt cookies om het gebruik van de site te analyseren.",
            "Postbus 900 · 7500 AB Lindeweg",
        ],
    )
)

# s11 -- Polish news agency's wire page in an ASP.NET form: paragraphs in <div>s, "Name (AGENCY)" byline,
# dotted date with time, agency copyright and editors' initials after the story.
PAGES.append(
    page(
        id="s11-pl-most-kamionow",
        url="https://serwis.pawr.example/depesze/Article.aspx?id=4418273",
        language="pl",
        declared="pl",
        site="PAWR – Polska Agencja Wiadomości Regionalnych",
        style="aspnet",
        para="div",
        title="Kamionów: nowy most na Modrzance otwarty z trzymiesięcznym opóźnieniem",
        nav=["Kraj", "Regiony", "Gospodarka", "Świat", "Sport", "Foto"],
        above='<div class="depesza-data">03.04.2025, 08:17</div>',
        below='<div class="depesza-autor">Anna Kowalczyk (PAWR)</div>',
        blocks=[
            P(
                "Kamionów (PAWR) - W czwartek rano otwarto dla ruchu nowy most drogowy na Modrzance w Kamionowie. "
                "Przeprawa miała być gotowa jeszcze przed świętami Bożego Narodzenia, ale prace opóźniły się przez "
                "wysoki stan rzeki jesienią."
            ),
            P(
                "Most ma 412 metrów długości, dwie jezdnie po dwa pasy ruchu oraz wydzieloną drogę dla rowerów. "
                "Inwestycja kosztowała 286 mln zł, z czego ponad połowę pokryły środki unijne."
            ),
            P(
                "Jak poinformował prezydent miasta Wojciech Sadowski, nowa przeprawa ma odciążyć stary most "
                "Piastowski, po którym codziennie przejeżdżało ponad 30 tys. pojazdów. Stary most zostanie "
                "zamknięty w maju na czas remontu."
            ),
            RAW(
                '<div class="promo-serwis">Serwis PAWR dla mediów – zamów dostęp do pełnego serwisu depesz i '
                "zdjęć</div>"
            ),
            P(
                "Wykonawca zapłaci miastu kary umowne za opóźnienie. Ich wysokość nie została jeszcze ustalona; "
                "według nieoficjalnych informacji może to być kilka milionów złotych."
            ),
        ],
        after=(
            '<div class="redakcja">akw/ mrk/</div><div class="copyright">© Copyright by Polska Agencja '
            "Wiadomości Regionalnych S.A. Wszelkie prawa zastrzeżone.</div>"
        ),
        teasers_head="Zobacz także",
        teasers=[
            ("Kamionów: radni przyjęli budżet na 2025 rok", "19.12.2024"),
            ("Remont dworca w Kamionowie potrwa do jesieni", "27.03.2025"),
        ],
        cookie=(
            "Korzystamy z plików cookies, aby zapewnić prawidłowe działanie serwisu. Możesz zmienić ustawienia "
            "w swojej przeglądarce."
        ),
        cookie_button="Zgadzam się",
        footer="PAWR S.A. · Regulamin serwisu · Polityka prywatności · Kontakt z redakcją",
        authors=["Anna Kowalczyk"],
        published="2025-04-03",
        shapes=[
            "site-news-agency",
            "byline-text",
            "agency-tag",
            "date-text",
            "agency-copyright",
            "promo-box",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "Most ma 412 metrów długości, dwie jezdnie po dwa pasy ruchu oraz wydzieloną drogę dla rowerów.",
            "Stary most zostanie zamknięty w maju na czas remontu.",
            "Wykonawca zapłaci miastu kary umowne za opóźnienie.",
        ],
        must_not=[
            "© Copyright by Polska Agencja Wiadomości Regionalnych S.A. Wszelkie prawa zastrzeżone.",
            "zamów dostęp do pełnego serwisu depesz i zdjęć",
            "Kamionów: radni przyjęli budżet na 2025 rok",
            "Korzystamy z plików cookies, aby zapewnić prawidłowe działanie serwisu.",
            "Regulamin serwisu · Polityka prywatności",
        ],
    )
)

# s12 -- Swedish public broadcaster on a framework site, no declared language: two authors each with a role
# line, "Publicerad ... / Uppdaterad ..." in <time datetime>, dash-quotes, an audio embed.
PAGES.append(
    page(
        id="s12-sv-busslinje-granbacka",
        url="https://riksradion.example/artikel/busslinjen-till-granbacka-laggs-ner",
        language="sv",
        declared=None,
        site="Riksradion Nyheter",
        style="hashed",
        title="Busslinjen till Granbacka läggs ner – ersätts med anropsstyrd trafik",
        nav=["Nyheter", "Lokalt", "Ekot", "Sport", "Kultur", "Poddar"],
        kicker="Riksradion Norrmark",
        below=(
            '<div class="sc-0d1e2f"><div class="sc-7a6b5c"><a href="/person/elin-sjoberg">Elin Sjöberg</a>'
            '<div class="sc-3e4f5a">Reporter</div></div><div class="sc-7a6b5c">'
            '<a href="/person/oskar-lind">Oskar Lind</a><div class="sc-3e4f5a">Reporter</div></div></div>'
            '<div class="sc-9f8e7d">Publicerad <time datetime="2024-12-02T07:14:00+01:00">2 december 2024 kl. '
            '07.14</time></div><div class="sc-9f8e7d">Uppdaterad <time datetime="2024-12-02T09:03:00+01:00">'
            "2 december 2024 kl. 09.03</time></div>"
        ),
        para="div",
        blocks=[
            RAW(
                '<div class="sc-a1b2c3"><button class="sc-d4e5f6">Lyssna: Hör inslaget i Riksradion Norrmark '
                "(2 min)</button></div>"
            ),
            P(
                "Regionen har beslutat att lägga ner busslinje 347 mellan Granbacka och Östbyn från och med "
                "årsskiftet. I stället ska invånarna beställa resor med anropsstyrd trafik minst två timmar i "
                "förväg."
            ),
            P(
                "Linjen har i dag sju avgångar per vardag, men enligt regionens egna räkningar reser i genomsnitt "
                "färre än fyra personer per tur."
            ),
            P(
                "– Vi kan inte motivera att köra stora bussar som går nästan tomma, säger Lena Holmqvist, "
                "trafikdirektör på Region Norrmark."
            ),
            P(
                "Beskedet har väckt oro bland dem som pendlar till gymnasiet och vårdcentralen i Östbyn. "
                "Föräldraföreningen i Granbacka har på kort tid samlat in över 600 namnunderskrifter mot beslutet."
            ),
            P(
                "– Min dotter börjar skolan tjugo över åtta. Hur ska hon kunna boka en taxi två timmar innan, varje "
                "dag, säger Maria Eriksson, en av initiativtagarna."
            ),
        ],
        teasers_head="Mer från Riksradion Norrmark",
        teasers=[
            ("Länsstyrelsen varnar för halka i hela länet", "29 november 2024"),
            ("Ny förskola i Östbyn försenas ett år", "25 november 2024"),
        ],
        cookie=(
            "Vi använder kakor för att ge dig en bättre upplevelse och för att förstå hur sajten används. "
            "Du kan ändra dina val när som helst."
        ),
        cookie_button="Godkänn alla",
        footer="Riksradion · Ansvarig utgivare: Karin Welander · Om webbplatsen",
        next_data={
            "props": {"pageProps": {"articleId": 9128734, "unit": "norrmark"}},
            "page": "/artikel/[id]",
        },
        authors=["Elin Sjöberg", "Oskar Lind"],
        published="2024-12-02T07:14:00+01:00",
        shapes=[
            "site-public-broadcaster",
            "byline-text",
            "byline-role-line",
            "time-datetime",
            "first-and-updated",
            "embed-audio",
            "teasers-dated",
            "cookie-banner",
        ],
        must=[
            "I stället ska invånarna beställa resor med anropsstyrd trafik minst två timmar i förväg.",
            "Linjen har i dag sju avgångar per vardag, men enligt regionens egna räkningar reser i genomsnitt "
            "färre än fyra personer per tur.",
            "Föräldraföreningen i Granbacka har på kort tid samlat in över 600 namnunderskrifter mot beslutet.",
        ],
        must_not=[
            "Lyssna: Hör inslaget i Riksradion Norrmark",
            "Länsstyrelsen varnar för halka i hela länet",
            "Vi använder kakor för att ge dig en bättre upplevelse",
            "Ansvarig utgivare: Karin Welander",
            "2 december 2024 kl. 09.03",
        ],
    )
)
