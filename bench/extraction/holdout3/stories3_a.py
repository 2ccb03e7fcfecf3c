# ruff: noqa: RUF001  (multilingual story text: the "ambiguous" letters are the languages' own)
"""Pages m01-m15 of the third held-out set (invented stories, people, places and sites)."""

from __future__ import annotations

from kit3 import MICRODATA, build, esc, jsonld, md_author, md_time, opengraph

LABELS = {
    "en": dict(
        menu=["News", "Local", "Opinion", "About"],
        search="Search",
        skip="Skip to content",
        comments="Comments",
        related="Keep reading",
        share="Share",
    ),
    "de": dict(
        menu=["Start", "Region", "Politik", "Sport"],
        search="Suche",
        skip="Zum Inhalt springen",
        comments="Kommentare",
        related="Mehr zum Thema",
        share="Teilen",
    ),
    "fr": dict(
        menu=["Accueil", "Société", "Culture", "Idées"],
        search="Rechercher",
        skip="Aller au contenu",
        comments="Réactions",
        related="À lire également",
        share="Partager",
    ),
    "es": dict(
        menu=["Portada", "Deportes", "Sociedad", "Necrológicas"],
        search="Buscar",
        skip="Ir al contenido",
        comments="Condolencias",
        related="Más noticias",
        share="Compartir",
    ),
    "it": dict(
        menu=["Home", "Cronaca", "Economia", "Contatti"],
        search="Cerca",
        skip="Vai al contenuto",
        comments="Commenti",
        related="Altre notizie",
        share="Condividi",
    ),
    "pt": dict(
        menu=["Início", "Cultura", "Agenda", "Contato"],
        search="Pesquisar",
        skip="Pular para o conteúdo",
        comments="Comentários",
        related="Leia mais",
        share="Compartilhar",
    ),
    "nl": dict(
        menu=["Home", "Archief", "Over", "Abonneren"],
        search="Zoeken",
        skip="Naar inhoud",
        comments="Reacties",
        related="Meer berichten",
        share="Delen",
    ),
    "sv": dict(
        menu=["Nyheter", "Kommun", "Kultur", "Sport"],
        search="Sök",
        skip="Hoppa till innehållet",
        comments="Kommentarer",
        related="Fler nyheter",
        share="Dela",
    ),
}


def box(text: str, button: str = "Subscribe", cls: str = "signup-box") -> str:
    return f'<div class="{cls}"><p>{esc(text)}</p><input type="email"><button>{esc(button)}</button></div>'


PAGES = []

# m01 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m01-en-ghost-members-cta-local-offset",
    kind="ghost",
    lang="en",
    declared="en",
    labels=LABELS["en"],
    site="The Copperhill Ledger",
    url="https://copperhill-ledger.example/quarry-pond-swimming-ban/",
    title="Quarry pond swimming ban stays in place through the summer",
    authors=["Delia Marchetti"],
    published="2024-05-08T21:30:00-05:00",
    byline_html='<a class="author" href="/author/delia/">Delia Marchetti</a>',
    date_html='<time datetime="2024-05-08">May 8, 2024</time>',
    story=[
        "The county health board voted late on Wednesday to keep the old Redstone quarry pond closed to swimmers for another season.",
        "Tests taken in April found algae levels four times above the limit the state sets for bathing water.",
        ("box", box("Members get every Ledger story the night it is written. Join free with your email.")),
        "Board member Ansel Okafor said the vote was close but the numbers left little room for doubt.",
        "Families who have swum there for decades packed the meeting, and several asked for a floating barrier instead of a full ban.",
        "The board will review the water again in September, when cooler nights usually bring the algae down.",
    ],
    newsletter="Members get every Ledger story the night it is written. Join free with your email.",
    newsletter_inline=True,
    comments=[
        ("Ruthie P.", "We learned to swim in that pond and never once got sick, this feels like overreach.")
    ],
    comment_date="2024-05-09T08:10:00-05:00",
    related=[
        "Bridge repairs push school bus routes onto Mill Street",
        "Farmers market returns to the depot lot",
    ],
    cookie="This site uses cookies from Ghost and Plausible to keep you signed in.",
    footer="The Copperhill Ledger © 2024 · Published with Ghost · Sign up",
    must=[0, 1, 2, 4],
    must_not=["comment", "related", "cookie", "footer", "newsletter"],
    shapes=["ghost", "article-p", "jsonld", "local-offset", "paywall"],
)
s["head"] = jsonld(s, kind="Article") + opengraph(s)
PAGES.append(build(s))

# m02 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m02-en-press-release-no-lang-dateline",
    kind="press",
    lang="en",
    declared=None,
    labels=LABELS["en"],
    site="Brightwater Robotics Newsroom",
    url="https://news.brightwater-robotics.example/releases/2024/orchard-sensor-pilot",
    title="Brightwater Robotics starts orchard sensor pilot with twelve growers",
    authors=[],
    published="2024-04-02",
    pre='<div class="breadcrumbs"><a href="/">Newsroom</a> › <a href="/releases">Press releases</a></div>',
    byline_html="<b>FOR IMMEDIATE RELEASE</b>",
    date_html="",
    story=[
        "SPRINGVALE, Ore., April 2, 2024 — Brightwater Robotics today announced a pilot of its soil and frost sensors with twelve fruit growers in the Tamsen Valley.",
        "Each orchard will receive forty solar-powered sensors that report soil moisture and air temperature every five minutes.",
        "Growers can see the readings on a phone and get a frost warning up to three hours before temperatures drop below freezing.",
        "We built these sensors for farms that cannot afford to lose a single night of blossom, said chief executive Marguerite Oyelaran.",
        "The pilot runs until the end of the harvest, and the company plans to publish the results in November.",
        "###",
    ],
    after=(
        '<div class="boilerplate"><h3>About Brightwater Robotics</h3><p>Brightwater Robotics designs rugged field sensors '
        "for small and mid-sized farms and employs 85 people in Springvale.</p></div>"
        '<div class="media-contact"><h3>Media contact</h3><p>Corwin Haldane, press@brightwater-robotics.example, +1 555 0142</p></div>'
    ),
    newsletter="Get our press releases by email as soon as they are published.",
    related=[
        "Brightwater opens second assembly line",
        "Brightwater Robotics named regional employer of the year",
    ],
    cookie="We use essential cookies only. Learn more in our privacy notice.",
    footer="© 2024 Brightwater Robotics, Inc. All rights reserved. Terms · Privacy",
    must=[0, 1, 3, 4],
    must_not=[
        "Brightwater Robotics designs rugged field sensors for small and mid-sized farms and employs 85 people in Springvale.",
        "Corwin Haldane, press@brightwater-robotics.example, +1 555 0142",
        "related",
        "cookie",
        "footer",
        "newsletter",
    ],
    shapes=[
        "press-release",
        "article-p",
        "date-text",
        "no-metadata",
        "lang-missing",
        "no-author",
        "boilerplate",
    ],
)
PAGES.append(build(s))

# m03 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m03-de-hugo-declared-en-text-byline",
    kind="hugo",
    lang="de",
    declared="en-us",
    labels=LABELS["de"],
    site="Blog der Freiwilligen Feuerwehr Lindenhain",
    url="https://ff-lindenhain.example/posts/2024/scheunenbrand-oberau/",
    title="Scheunenbrand in Oberau: Vier Wehren im Nachteinsatz",
    authors=["Jana Vogt"],
    published="2024-03-12",
    byline_html="Text: Jana Vogt",
    date_html="12.03.2024 – 09:40",
    story=[
        "In der Nacht auf Dienstag ist in Oberau eine Scheune mit rund zweihundert Heuballen vollständig niedergebrannt.",
        "Ein Nachbar bemerkte gegen halb drei den Feuerschein und wählte sofort den Notruf.",
        "Vier Wehren mit insgesamt einundsechzig Einsatzkräften verhinderten, dass die Flammen auf das angrenzende Wohnhaus übergriffen.",
        ("readalso", "Lesen Sie auch:", "Neues Löschfahrzeug für Lindenhain übergeben"),
        "Verletzt wurde niemand, die Tiere hatte der Landwirt bereits im Herbst in einen neuen Stall gebracht.",
        "Die Nachlöscharbeiten dauerten bis in den Vormittag, die Brandursache ermittelt nun die Polizei.",
    ],
    after='<div class="tags">Schlagwörter: <a href="#">Einsatz</a> <a href="#">Brand</a></div>',
    newsletter="Verpassen Sie keinen Einsatzbericht: Abonnieren Sie unseren RSS-Feed.",
    related=["Jahreshauptversammlung mit drei Beförderungen", "Jugendfeuerwehr gewinnt Kreiswettbewerb"],
    cookie="Diese Website verwendet keine Tracking-Cookies, nur technisch notwendige.",
    footer="© 2024 Freiwillige Feuerwehr Lindenhain · Impressum · Datenschutz · Erstellt mit Hugo",
    must=[0, 2, 3, 4],
    must_not=["Neues Löschfahrzeug für Lindenhain übergeben", "related", "cookie", "footer", "newsletter"],
    shapes=["hugo", "article-p", "byline-text", "date-text", "no-metadata", "lang-wrong", "read-also-inline"],
)
PAGES.append(build(s))

# m04 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m04-de-tv-video-embed-opengraph",
    kind="tv",
    lang="de",
    declared="de",
    labels=LABELS["de"],
    site="Nordwelle Fernsehen",
    url="https://www.nordwelle-tv.example/regional/faehre-sturmschaden-100.html",
    title="Fähre nach Möwenoog nach Sturmschaden wieder in Betrieb",
    authors=["Lars Petersen", "Birte Hansen"],
    published="2024-02-21T17:45:00+01:00",
    pre='<div class="ticker"><b>Eilmeldung</b> <span>Sperrung der Landstraße 12 bei Hollmoor aufgehoben</span></div>',
    kicker="Norddeutschland",
    byline_html="Von Lars Petersen und Birte Hansen",
    date_html='<span class="date">Stand: 21.02.2024 17:45 Uhr</span>',
    media=(
        '<div class="video-player"><iframe src="https://player.nordwelle-tv.example/embed/98321" allowfullscreen></iframe>'
        '<p class="video-caption">Video: Die Fähre legt nach drei Wochen Pause wieder an (1:42 Min)</p></div>'
    ),
    story=[
        "Nach drei Wochen Pause fährt die Fähre zwischen Kliffhaven und der Insel Möwenoog wieder nach Fahrplan.",
        "Ein Sturm Ende Januar hatte die Anlegebrücke auf der Inselseite so schwer beschädigt, dass kein Schiff mehr festmachen konnte.",
        "In der Zwischenzeit brachte ein kleines Versorgungsboot Post, Medikamente und Lebensmittel auf die Insel.",
        "Bürgermeisterin Freya Janssen sprach von einer harten Zeit für die gut dreihundert Einwohner.",
        "Die Reederei will die Brücke im Sommer dauerhaft verstärken lassen.",
    ],
    newsletter="Die wichtigsten Nachrichten aus dem Norden jeden Abend per Mail – jetzt anmelden.",
    related=["Deichverband warnt vor Frühjahrsfluten", "Wattwanderungen starten früher als sonst"],
    cookie="Wir nutzen Cookies, um unser Angebot zu verbessern und Videos einzubinden.",
    footer="Nordwelle Fernsehen ist ein Angebot der Nordwelle Medien GmbH. Impressum | Barrierefreiheit",
    must=[0, 1, 3, 4],
    must_not=[
        "Video: Die Fähre legt nach drei Wochen Pause wieder an (1:42 Min)",
        "Sperrung der Landstraße 12 bei Hollmoor aufgehoben",
        "related",
        "cookie",
        "footer",
        "newsletter",
    ],
    shapes=["tv", "video-embed", "article-p", "opengraph", "two-authors", "ticker"],
)
s["head"] = opengraph(s, title=s["title"] + " | Nordwelle")
PAGES.append(build(s))

# m05 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m05-fr-magazine-longread-pullquote-microdata",
    kind="magazine",
    lang="fr",
    declared="fr",
    labels=LABELS["fr"],
    site="Revue Horizons",
    url="https://revue-horizons.example/grand-format/les-derniers-sonneurs-de-saint-aure",
    title="Les derniers sonneurs de Saint-Aure",
    authors=["Claire Dufresnoy", "Mathis Leroux"],
    published="2024-06-15T08:00:00+02:00",
    kicker="Grand format",
    standfirst="Dans un village du Jura, trois familles se relaient depuis un siècle pour faire sonner les cloches à la main.",
    article_attrs=" " + MICRODATA,
    h1_attrs=' itemprop="headline"',
    byline_html="Par " + md_author("Claire Dufresnoy") + " et " + md_author("Mathis Leroux"),
    date_html=md_time("2024-06-15T08:00:00+02:00", "15 juin 2024"),
    story=[
        (
            "dropcap",
            "Au sommet du clocher de Saint-Aure, la corde est usée à l'endroit exact où les mains se posent depuis cent ans.",
        ),
        "Chaque dimanche, Lucien Berthaud monte les quatre-vingt-douze marches avant l'aube pour sonner la première volée.",
        ("quote", "On ne sonne pas pour les gens, on sonne avec eux."),
        "Son grand-père faisait la même chose, et il dit qu'on ne sonne pas pour les gens, on sonne avec eux.",
        ("h2", "Un savoir qui se perd"),
        "Les deux autres familles de sonneurs n'ont plus qu'un héritier chacune, et aucun ne vit encore au village.",
        "La mairie a reçu une offre pour installer un système électrique, mais le conseil municipal a refusé de voter avant l'automne.",
        "En redescendant, Lucien montre un carnet où chaque mariage et chaque deuil du village est noté à la main depuis 1921.",
    ],
    newsletter="Recevez chaque samedi notre grand format dans votre boîte mail.",
    comments=[
        ("Hélène_39", "Magnifique reportage, j'ai grandi à côté et j'entends encore ces cloches le matin.")
    ],
    related=[
        "Le dernier moulin à huile de la vallée rouvre ses portes",
        "Enquête : où sont passés les facteurs ruraux ?",
    ],
    cookie="Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.",
    footer="Revue Horizons, magazine indépendant de reportage. Mentions légales · Nous contacter",
    must=[0, 1, 2, 4],
    must_not=["comment", "related", "cookie", "footer", "newsletter"],
    shapes=["magazine", "dropcap", "pull-quote", "microdata", "two-authors", "article-p"],
)
PAGES.append(build(s))

# m06 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m06-fr-mairie-form-date-text-no-author",
    kind="gov",
    lang="fr",
    declared="fr",
    form=True,
    labels=LABELS["fr"],
    site="Ville de Montrevel-sur-Loue",
    url="https://www.montrevel-sur-loue.example/actualites/travaux-pont-des-tanneurs.aspx",
    title="Pont des Tanneurs : fermeture aux voitures pendant six semaines",
    authors=[],
    published="2024-03-05",
    pre='<div class="alert-banner">Alerte météo : vigilance orange crues sur la Loue jusqu\'à jeudi</div>',
    date_html="Publié le 5 mars 2024",
    story=[
        "Le pont des Tanneurs sera fermé à la circulation automobile du 18 mars au 26 avril pour des travaux d'étanchéité.",
        "Les piétons et les cyclistes pourront continuer à traverser sur un passage protégé installé côté amont.",
        "Une déviation sera mise en place par l'avenue du Moulin et le rond-point de la Gare.",
        "Les bus de la ligne 3 ne desserviront pas l'arrêt Tanneurs pendant toute la durée du chantier.",
        "Le coût des travaux, soit 410 000 euros, est financé à moitié par le département.",
    ],
    after=(
        '<div class="feedback"><p>Cette page vous a-t-elle été utile ?</p><button>Oui</button><button>Non</button></div>'
        '<div class="contact-box"><p>Services techniques : 03 00 00 12 34, du lundi au vendredi de 8 h à 17 h.</p></div>'
    ),
    newsletter="Abonnez-vous à la lettre d'information municipale.",
    related=["Inscriptions au centre de loisirs d'été", "Conseil municipal du 14 mars : ordre du jour"],
    cookie="Ce site utilise des cookies de mesure d'audience exemptés de consentement.",
    footer="Mairie de Montrevel-sur-Loue, 1 place de l'Hôtel de Ville. Accessibilité : partiellement conforme.",
    must=[0, 1, 2, 4],
    must_not=[
        "Cette page vous a-t-elle été utile ?",
        "Services techniques : 03 00 00 12 34, du lundi au vendredi de 8 h à 17 h.",
        "Alerte météo : vigilance orange crues sur la Loue jusqu'à jeudi",
        "related",
        "cookie",
        "footer",
    ],
    shapes=["gov", "form", "article-p", "date-text", "no-metadata", "no-author"],
)
PAGES.append(build(s))

# m07 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m07-es-match-report-stats-table-local-offset",
    kind="sports",
    lang="es",
    declared="es-AR",
    labels=LABELS["es"],
    site="Tribuna del Sur",
    url="https://tribunadelsur.example/futbol/atletico-pampa-vencio-a-union-ribera",
    title="Atlético Pampa remontó y venció 3-2 a Unión Ribera en el último minuto",
    authors=["Facundo Ibarreta"],
    published="2024-03-09T23:45:00-03:00",
    kicker="Liga Regional",
    byline_html="Por Facundo Ibarreta",
    date_html='<time datetime="2024-03-09T23:45:00-03:00">9 de marzo de 2024</time>',
    story=[
        "Atlético Pampa dio vuelta un partido que perdía 0-2 al descanso y se quedó con el clásico del valle.",
        "Unión Ribera había golpeado dos veces en diez minutos gracias a la velocidad de Tomás Arriola por la banda izquierda.",
        "En el segundo tiempo el ingreso de Lisandro Cuevas cambió todo y el local empató a los 71 minutos.",
        ("h2", "Las claves del partido"),
        (
            "ul",
            [
                "Cuevas participó en los tres goles del local tras entrar en el descanso.",
                "Unión Ribera no remató al arco en todo el segundo tiempo.",
            ],
        ),
        (
            "table",
            [
                ["Estadística", "Atlético Pampa", "Unión Ribera"],
                ["Posesión", "58%", "42%"],
                ["Remates al arco", "9", "3"],
                ["Córners", "7", "2"],
            ],
        ),
        "El gol del triunfo llegó de cabeza en el minuto 94, tras un córner que el arquero visitante no alcanzó a despejar.",
    ],
    aside=(
        '<aside class="standings"><h3>Posiciones</h3><table><tr><td>1</td><td>Deportivo Laguna</td><td>22 pts</td></tr>'
        "<tr><td>2</td><td>Atlético Pampa</td><td>19 pts</td></tr></table></aside>"
    ),
    newsletter="Recibí los resultados de la liga todos los domingos en tu correo.",
    comments=[("hincha_pampa", "Cuevas tiene que ser titular ya, no hay discusión.")],
    related=[
        "Club Sarmiento sigue puntero tras golear en casa",
        "Se suspendió la fecha del torneo femenino por lluvia",
    ],
    cookie="Usamos cookies para mejorar tu experiencia en nuestro sitio.",
    footer="Tribuna del Sur – Diario deportivo regional. Todos los derechos reservados.",
    must=[
        0,
        2,
        "Cuevas participó en los tres goles del local tras entrar en el descanso.",
        "Remates al arco",
    ],
    must_not=["Deportivo Laguna", "comment", "related", "cookie", "footer", "newsletter"],
    shapes=["sports", "lists-tables", "jsonld", "local-offset", "standings-table"],
)
s["head"] = jsonld(s, graph=True)
PAGES.append(build(s))

# m08 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m08-es-obituary-condolences-article-date-text",
    kind="obituary",
    lang="es",
    declared="es",
    labels=LABELS["es"],
    site="El Heraldo de Valdecina",
    url="https://heraldovaldecina.example/necrologicas/fallece-dolores-anglada",
    title="Fallece Dolores Anglada, la maestra que enseñó a leer a medio Valdecina",
    authors=["Inés Carbajo"],
    published="2024-03-05",
    comments_article=True,
    comment_date="2024-03-05T18:20:00+01:00",
    byline_html="Por Inés Carbajo",
    date_html="Publicado el 5 de marzo de 2024 a las 10:15",
    story=[
        "Dolores Anglada murió el lunes en su casa de la calle del Pozo a los 93 años.",
        "Durante cuarenta y un años dio clase en la escuela de Valdecina, donde pasaron por su aula tres generaciones de vecinos.",
        "Sus antiguos alumnos recuerdan que guardaba un cuaderno con el nombre de cada niño que aprendió a leer con ella.",
        "El velatorio será este martes en el tanatorio municipal y el funeral se celebrará el miércoles a las doce en la iglesia de San Roque.",
    ],
    newsletter="Suscríbase al boletín de esquelas y reciba los avisos del día.",
    comments=[
        ("Manuel R.", "Doña Dolores me enseñó a escribir mi nombre, descanse en paz."),
        ("Familia Prado", "Nuestro más sentido pésame a sus hijos y nietos."),
    ],
    related=["Esquela: Andrés Viñuales Soto", "La escuela vieja será centro cultural"],
    aside='<aside class="book"><h3>Libro de condolencias</h3><p>Deje su mensaje para la familia.</p></aside>',
    cookie="Este sitio utiliza cookies propias y de terceros. Al continuar, acepta su uso.",
    footer="El Heraldo de Valdecina S.L. · Aviso legal · Publicidad",
    must=[0, 1, 2, 3],
    must_not=[
        "comment",
        "Nuestro más sentido pésame a sus hijos y nietos.",
        "related",
        "cookie",
        "footer",
        "newsletter",
    ],
    shapes=["obituary", "comments-article", "article-p", "byline-text", "date-text", "no-metadata"],
)
PAGES.append(build(s))

# m09 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m09-it-joomla-tables-br-no-lang",
    kind="joomla",
    lang="it",
    declared=None,
    style="br",
    labels=LABELS["it"],
    site="Il Corriere della Valfonda",
    url="https://corrierevalfonda.example/index.php?option=com_content&task=view&id=4812&Itemid=2",
    title="Riapre il rifugio Cima Sorda dopo tre anni di lavori",
    authors=["Mario Zanetti"],
    published="2024-03-12",
    title_tag="Il Corriere della Valfonda - Riapre il rifugio Cima Sorda dopo tre anni di lavori",
    byline_html="Scritto da Mario Zanetti",
    date_html="martedì 12 marzo 2024 10:15",
    after="Ultimo aggiornamento ( martedì 12 marzo 2024 11:02 )",
    story=[
        "Il rifugio Cima Sorda, a 2.140 metri di quota, riaprirà il primo giugno dopo tre anni di lavori di ristrutturazione.",
        "La sezione locale del club alpino ha rifatto il tetto, isolato le pareti e installato pannelli solari per tutta l'energia.",
        ("readalso", "Leggi anche:", "Sentiero delle Creste, chiuso il tratto sotto la frana"),
        "I posti letto passano da ventiquattro a trenta, e ci sarà finalmente una stanza per le famiglie con bambini.",
        "Il nuovo gestore sarà Davide Rigoni, guida alpina di Valfonda, che ha già aperto le prenotazioni per l'estate.",
    ],
    aside='<div class="moduletable"><h3>Sondaggio</h3><p>Vi piace il nuovo sito del Corriere?</p></div>',
    newsletter="Iscriviti alla newsletter del Corriere della Valfonda.",
    comments=[("gianni77", "Finalmente! Ci salivo da ragazzo con mio padre.")],
    related=["Consiglio comunale, approvato il bilancio", "Neve tardiva, impianti aperti fino a Pasqua"],
    cookie="Questo sito utilizza cookie tecnici. Proseguendo la navigazione accetti.",
    footer="Il Corriere della Valfonda - Reg. Trib. n. 12/1998 - P.IVA 00000000000",
    must=[0, 1, 2, 3],
    must_not=[
        "Sentiero delle Creste, chiuso il tratto sotto la frana",
        "Vi piace il nuovo sito del Corriere?",
        "comment",
        "related",
        "cookie",
        "footer",
    ],
    shapes=[
        "joomla",
        "table-layout",
        "no-h1",
        "no-p",
        "byline-text",
        "date-text",
        "no-metadata",
        "lang-missing",
        "read-also-inline",
    ],
)
PAGES.append(build(s))

# m10 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m10-it-wire-syndicated-agency-copyright",
    kind="wire",
    lang="it",
    declared="it",
    labels=LABELS["it"],
    site="Gazzetta di Portosole",
    url="https://gazzettaportosole.example/economia/2024/04/18/cantiere-navale-nuove-assunzioni",
    title="Cantiere navale di Portosole, in arrivo 140 assunzioni",
    authors=["Lucia Ferraris"],
    published="2024-04-18T13:20:00+02:00",
    byline_html="di Lucia Ferraris (AgenziaMare)",
    date_html="18 aprile 2024 13:20",
    story=[
        "PORTOSOLE, 18 APR - Il cantiere navale di Portosole assumerà 140 persone entro la fine dell'anno per costruire due traghetti elettrici.",
        "L'accordo firmato con la regione prevede anche un corso di saldatura per cinquanta giovani disoccupati della provincia.",
        "I sindacati hanno accolto la notizia con favore, ma chiedono che i nuovi contratti siano a tempo indeterminato.",
        "Il primo dei due traghetti dovrebbe essere varato nella primavera del 2026.",
    ],
    after='<p class="copyright">© Copyright AgenziaMare - Tutti i diritti riservati. RIPRODUZIONE RISERVATA</p>',
    newsletter="Ricevi ogni mattina le notizie di economia della Gazzetta.",
    comments=[("Portuale_61", "Speriamo che questa volta assumano gente del posto.")],
    related=["Porto, nuovo terminal container entro l'estate", "Pesca, fermo biologico anticipato"],
    cookie="Utilizziamo cookie di profilazione, anche di terze parti. Chiudendo il banner acconsenti.",
    footer="Gazzetta di Portosole Srl - Via del Molo 3 - Tutti i diritti riservati",
    must=[0, 1, 2, 3],
    must_not=[
        "© Copyright AgenziaMare - Tutti i diritti riservati.",
        "comment",
        "related",
        "cookie",
        "footer",
        "newsletter",
    ],
    shapes=["wire", "wire-dateline", "agency-copyright", "opengraph", "divs-outer", "article-p"],
)
s["head"] = opengraph(s)
PAGES.append(build(s))

# m11 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m11-pt-squarespace-gallery-figcaptions",
    kind="squarespace",
    lang="pt",
    declared="pt-BR",
    style="sqs",
    labels=LABELS["pt"],
    site="Coletivo Maré Alta",
    url="https://marealta.example/blog/festival-de-barcos-de-papel",
    title="Festival de barcos de papel reúne oitocentas crianças na Lagoa Clara",
    authors=["Renata Albuquerque"],
    published="2024-03-05",
    byline_html='<span class="Blog-meta-item--author">Por Renata Albuquerque</span>',
    date_html='<span class="Blog-meta-item--date">5 de março de 2024</span>',
    story=[
        "O primeiro festival de barcos de papel da Lagoa Clara reuniu oitocentas crianças no domingo.",
        (
            "fig",
            "Os barcos foram dobrados com jornais antigos doados pela biblioteca do bairro.",
            "Foto: Caio Menezes",
        ),
        (
            "fig",
            "A equipe da escola Vila Nova venceu a corrida com um barco pintado de amarelo.",
            "Foto: Caio Menezes",
        ),
        "Cada escola levou uma flotilha, e os barcos que chegaram inteiros à outra margem ganharam medalhas de cortiça.",
        (
            "box",
            '<div class="sqs-block newsletter-block"><p>Receba as novidades do coletivo no seu e-mail.</p><input type="email"><button>Inscrever</button></div>',
        ),
        "A organização promete uma segunda edição em outubro, desta vez com barcos de material reciclado.",
    ],
    newsletter="Receba as novidades do coletivo no seu e-mail.",
    newsletter_inline=True,
    comments=[("Tia Lúcia", "Meu neto ainda está falando do barco amarelo!")],
    related=["Oficina de pipas no sábado", "Mutirão de limpeza da lagoa"],
    cookie="Este site usa cookies para oferecer a melhor experiência.",
    footer="Coletivo Maré Alta · Feito com Squarespace",
    must=[0, 1, "A equipe da escola Vila Nova venceu a corrida com um barco pintado de amarelo.", 2],
    must_not=["Foto: Caio Menezes", "comment", "related", "cookie", "footer", "newsletter"],
    shapes=[
        "squarespace",
        "divs",
        "gallery",
        "figcaption",
        "photo-credit",
        "byline-text",
        "date-text",
        "no-metadata",
    ],
)
PAGES.append(build(s))

# m12 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m12-nl-substack-declared-en-subscribe-widget",
    kind="substack",
    lang="nl",
    declared="en",
    labels=LABELS["nl"],
    site="De Polderbrief",
    url="https://polderbrief.example/p/waarom-de-veerpont-blijft",
    title="Waarom de veerpont bij Ouderkerk toch blijft varen",
    authors=["Sanne de Wilde"],
    published="2024-04-04T06:00:00+00:00",
    standfirst="Een gemeentebesluit dat bijna niemand zag aankomen.",
    byline_html='<a class="pencraft" href="/profile">Sanne de Wilde</a>',
    date_html="4 apr 2024",
    story=[
        "De gemeente wilde de veerpont over de Smalle Vliet dit voorjaar opheffen om tachtigduizend euro per jaar te besparen.",
        "Na een petitie met ruim vierduizend handtekeningen stemde de raad dinsdagavond unaniem voor behoud.",
        (
            "box",
            '<div class="subscription-widget-wrap"><p>Ontvang De Polderbrief elke week gratis in je inbox.</p><input type="email"><button>Subscribe</button></div>',
        ),
        "Schipper Henk Boerema vaart al negentien jaar heen en weer en zegt dat scholieren zijn trouwste passagiers zijn.",
        "Het geld komt nu uit een fonds voor kleine infrastructuur dat tot 2027 is gegarandeerd.",
    ],
    newsletter="Ontvang De Polderbrief elke week gratis in je inbox.",
    newsletter_inline=True,
    comments=[("Wim", "Mooi stuk, ik fiets er elke ochtend overheen met de kinderen.")],
    related=["De dijk die twee keer werd gebouwd", "Een zomer zonder muggen?"],
    cookie="We use cookies to improve your experience and for analytics.",
    footer="© 2024 Sanne de Wilde · Privacy · Terms · Collection notice · Substack is the home for great culture",
    must=[0, 1, 2, 3],
    must_not=["comment", "related", "cookie", "footer", "newsletter"],
    shapes=["substack", "article-p", "jsonld", "lang-wrong", "paywall"],
)
s["head"] = jsonld(s) + opengraph(s)
PAGES.append(build(s))

# m13 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m13-nl-updated-correction-microdata",
    kind="updated",
    lang="nl",
    declared="nl-BE",
    labels=LABELS["nl"],
    site="Het Scheldeblad",
    url="https://scheldeblad.example/regio/zwembad-de-kreek-sluit",
    title="Zwembad De Kreek sluit een jaar voor grondige renovatie",
    authors=["Pieter Vanhoutte"],
    published="2024-01-15T07:30:00+01:00",
    article_attrs=" " + MICRODATA,
    h1_attrs=' itemprop="headline"',
    byline_html="Door " + md_author("Pieter Vanhoutte"),
    date_html=(
        md_time("2024-01-15T07:30:00+01:00", "15 januari 2024, 07.30 uur")
        + ' <span class="updated">Bijgewerkt op <time datetime="2024-01-17T16:05:00+01:00">17 januari 2024, 16.05 uur</time></span>'
    ),
    story=[
        "Het stedelijk zwembad De Kreek gaat vanaf 1 maart een jaar dicht voor een renovatie van 6,2 miljoen euro.",
        "Het dak lekt al jaren en de filterinstallatie dateert nog van de opening in 1978.",
        "Scholen krijgen tijdens de werken busvervoer naar het zwembad van Waarschoot, betaald door de stad.",
        "Update 17 januari: de stad bevestigt dat ook de zwemclub tijdelijk in Waarschoot mag trainen.",
        "Correctie: in een eerdere versie van dit artikel stond dat de renovatie 2,6 miljoen euro kost. Dat is 6,2 miljoen euro.",
    ],
    newsletter="Schrijf je in voor de gratis regionieuwsbrief van Het Scheldeblad.",
    comments=[("Ria V.", "Eindelijk, die kleedkamers waren echt niet meer van deze tijd.")],
    related=["Nieuwe fietsbrug over de Durme open", "Bibliotheek verlengt openingsuren"],
    cookie="Het Scheldeblad gebruikt cookies om de site te verbeteren en advertenties te tonen.",
    footer="Het Scheldeblad is een uitgave van Schelde Media nv. Alle rechten voorbehouden.",
    must=[0, 1, 2, 3],
    must_not=["comment", "related", "cookie", "footer", "newsletter"],
    shapes=["updated", "updated-date-trap", "correction-note", "microdata", "article-p"],
)
PAGES.append(build(s))

# m14 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m14-sv-ghost-av-byline-date-text",
    kind="ghost",
    lang="sv",
    declared="sv",
    labels=LABELS["sv"],
    site="Tallåsens Tidning",
    url="https://tallasens-tidning.example/nattbussen-tillbaka/",
    title="Nattbussen till Tallåsen kommer tillbaka i sommar",
    authors=["Elin Bergkvist"],
    published="2024-03-05",
    byline_html="Av Elin Bergkvist",
    date_html="Publicerad 5 mars 2024 kl. 10.15 · Uppdaterad 6 mars 2024 kl. 08.40",
    story=[
        "Efter två år utan nattbuss får Tallåsen åter en linje som går från centrum efter midnatt.",
        "Regionen har beslutat att köra linje 410 fredagar och lördagar från juni till och med augusti.",
        ("readalso", "Läs också:", "Pendeltåget får tätare turer i höst"),
        "Det var ungdomsrådet som samlade in namn och tog frågan till kollektivtrafiknämnden i höstas.",
        "Om resandet blir tillräckligt stort kan linjen bli permanent från nästa år.",
    ],
    newsletter="Få Tallåsens Tidning i mejlen varje fredag.",
    comments=[("Kalle J", "Äntligen! Slipper betala taxi hem från stan.")],
    related=["Ny förskola byggs vid Granbacken", "Isbanan stänger tidigt efter mildvädret"],
    cookie="Vi använder kakor för att förbättra din upplevelse.",
    footer="Tallåsens Tidning © 2024 · Ansvarig utgivare: Göran Nyström",
    must=[0, 1, 2, 3],
    must_not=["Pendeltåget får tätare turer i höst", "comment", "related", "cookie", "footer", "newsletter"],
    shapes=[
        "ghost",
        "article-p",
        "byline-text",
        "date-text",
        "no-metadata",
        "updated-date-trap",
        "read-also-inline",
    ],
)
PAGES.append(build(s))

# m15 -----------------------------------------------------------------------------------------------------
s = dict(
    id="m15-sv-kommun-rdfa-schema",
    kind="gov",
    lang="sv",
    declared="sv",
    labels=LABELS["sv"],
    site="Björkviks kommun",
    url="https://www.bjorkvik.example/nyheter/2024/nytt-reningsverk",
    title="Nytt reningsverk ska byggas vid Kvarnsjön",
    authors=["Maja Lundgren"],
    published="2024-09-10T14:00:00+02:00",
    article_attrs=' vocab="https://schema.org/" typeof="NewsArticle"',
    h1_attrs=' property="headline"',
    byline_html='Kommunikatör: <span property="author" typeof="Person"><span property="name">Maja Lundgren</span></span>',
    date_html='<span property="datePublished" content="2024-09-10T14:00:00+02:00">10 september 2024</span>',
    story=[
        "Kommunfullmäktige beslutade på måndagskvällen att bygga ett nytt reningsverk vid Kvarnsjön.",
        "Det gamla verket från 1968 klarar inte längre de krav som gäller för utsläpp av kväve och fosfor.",
        (
            "ul",
            [
                "Byggstart planeras till våren 2025.",
                "Verket ska kunna ta emot avloppsvatten från 14 000 invånare.",
            ],
        ),
        "Kostnaden beräknas till 310 miljoner kronor och finansieras genom VA-taxan under trettio år.",
    ],
    after='<div class="page-meta"><p>Sidan granskades senast 10 september 2024</p><p>Hittade du det du sökte?</p></div>',
    newsletter="Prenumerera på nyheter från Björkviks kommun.",
    related=["Vattenläcka på Storgatan åtgärdad", "Sök sommarjobb hos kommunen"],
    cookie="Björkviks kommun använder kakor för statistik. Du kan välja att neka.",
    footer="Björkviks kommun, Box 100, 000 00 Björkvik. Telefon kommunens växel 0000-12 34 00.",
    must=[0, 1, "Verket ska kunna ta emot avloppsvatten från 14 000 invånare.", 2],
    must_not=["Hittade du det du sökte?", "related", "cookie", "footer", "newsletter"],
    shapes=["gov", "rdfa", "lists", "article-p"],
)
PAGES.append(build(s))
