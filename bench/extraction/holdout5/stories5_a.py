# ruff: noqa: RUF001
"""Pages r01-r08 of the fifth held-out set: en, de, fr, es, it, pt, nl, pl (invented stories and sites)."""

from __future__ import annotations

from kit5 import BQ, ENTRY, FIG, H2, OL, QA, RAW, Classes, P, Site, article_ld, build, og

# --- r01 en: live blog ------------------------------------------------------------------------------------

_S1 = Site(
    name="The Cedar Valley Courier",
    domain="cedarvalleycourier.example",
    nav=["News", "Weather", "Sports", "Business", "Opinion", "Obituaries"],
    cookie="[[We use cookies and similar technologies to personalize content and measure traffic.]]",
    accept="Accept all",
    footer="[[© 2024 Cedar Valley Courier Media Group. All rights reserved.]]",
    related="More coverage",
    skip="Skip to content",
)
_U1 = "https://cedarvalleycourier.example/news/live-marren-river-crest-flood-updates"
r01 = build(
    id="r01-en-liveblog-local-offset",
    lang="en",
    declared="en-US",
    site=_S1,
    path="news/live-marren-river-crest-flood-updates",
    headline="Live updates: Marren River crests as Halford evacuates its lower streets",
    kicker="LIVE",
    head=article_ld(
        "Live updates: Marren River crests as Halford evacuates its lower streets",
        _U1,
        _S1,
        published="2024-11-05T19:30:00-05:00",
        modified="2024-11-05T23:05:00-05:00",
        authors=["Dana Whitfield", "Marcus Oyelaran"],
        kind="LiveBlogPosting",
        extra={"coverageStartTime": "2024-11-05T19:30:00-05:00"},
    ),
    meta=(
        '<div class="byline">By <a href="/staff/dana-whitfield">Dana Whitfield</a> and '
        '<a href="/staff/marcus-oyelaran">Marcus Oyelaran</a></div>'
        '<div class="updated">Last updated 11:05 p.m. EST</div>'
        '<ul class="key-events"><li>Crest reached at 10:40 p.m.</li><li>Shelter opens at Lincoln Middle School</li></ul>'
    ),
    blocks=[
        ENTRY(
            "10:52 p.m.",
            "River gauge shows the crest has passed",
            "[[The gauge under the Second Street bridge read 24.6 feet at 10:40 p.m. and has since dropped by two inches.]] "
            "Hydrologists warned that water already in the lower streets will take most of Wednesday to drain.",
        ),
        ENTRY(
            "9:58 p.m.",
            "Lincoln Middle School opens as a shelter",
            "[[About 140 residents had checked in at the Lincoln Middle School gym by 9:45 p.m., according to the county's emergency office.]] "
            "Volunteers from two churches brought cots and dry clothes, and the cafeteria will stay open overnight.",
        ),
        RAW(
            '<div class="ad-slot"><span class="ad-label">Advertisement</span>'
            "<p>[[Get 15% off sump pumps this week at Brackett Hardware on Elm Street.]]</p></div>"
        ),
        ENTRY(
            "8:41 p.m.",
            "Mayor orders evacuation below Canal Avenue",
            "Mayor Lorraine Kessby ordered everyone living south of Canal Avenue to leave their homes before 10 p.m. "
            "Police officers went door to door along Mill Row and Tanner Street with loudspeakers.",
            "[[Kessby said buses would run every 20 minutes from the old depot until the last residents were out.]]",
        ),
        RAW(
            '<div class="alert-signup"><b>[[Get flood alerts by text message from the Courier]]</b>'
            '<form><input type="tel" placeholder="Phone number"><button>Sign up</button></form></div>'
        ),
        ENTRY(
            "7:30 p.m.",
            "What we know so far",
            "Three days of heavy rain upstream pushed the Marren River over its banks near the Halford boat launch on Tuesday afternoon. "
            "Forecasters expect the river to crest late tonight, about a foot below the record set in 1997.",
        ),
    ],
    teasers=[
        (
            "[[Halford council approves new levee study after spring flooding]]",
            "April 12, 2024",
            "2024-04-12T17:20:00-05:00",
        ),
        ("How to file a flood damage claim with the county", "Oct. 30, 2024", "2024-10-30T09:00:00-05:00"),
    ],
    authors=["Dana Whitfield", "Marcus Oyelaran"],
    published="2024-11-05T19:30:00-05:00",
    shapes=[
        "liveblog",
        "jsonld",
        "jsonld-authors-objects",
        "local-offset",
        "ad-label",
        "box-in-story",
        "teasers-older",
    ],
)

# --- r02 de: interview, date only in text, updated trap ---------------------------------------------------

_K2 = Classes(True, "r02")
_S2 = Site(
    name="Rheintaler Rundschau",
    domain="rheintaler-rundschau.example",
    nav=["Region", "Politik", "Wirtschaft", "Kultur", "Sport", "Service"],
    cookie="[[Wir verwenden Cookies, um Ihnen das bestmögliche Leseerlebnis zu bieten.]]",
    accept="Alle akzeptieren",
    footer="[[© Rheintaler Rundschau Verlags-GmbH 2024 – Impressum, Datenschutz, AGB]]",
    related="Mehr aus der Region",
    comments="Leserkommentare",
    search="Suchen",
)
r02 = build(
    id="r02-de-interview-date-text-updated",
    lang="de",
    declared="de-DE",
    site=_S2,
    k=_K2,
    skin="app",
    path="region/interview-brunnhilde-albrecht-regionalbahn-a-88213",
    headline="„Die Bahn ist für viele Dörfer die letzte Verbindung“",
    kicker="Interview",
    head='<meta property="og:title" content="„Die Bahn ist für viele Dörfer die letzte Verbindung“">',
    meta=(
        f'<div class="{_K2("meta")}"><span>Veröffentlicht am 14.03.2024 um 16:05 Uhr</span> '
        f'<span class="{_K2("upd")}">[[Aktualisiert am 15.03.2024 um 09:12 Uhr]]</span></div>'
        f'<p class="{_K2("teaser")}">Ab Dezember sollen auf der Strecke zwischen Altheim und Wendlingen wieder Züge fahren. '
        "Landrätin Brunnhilde Albrecht erklärt, warum sie so lange für die Reaktivierung gekämpft hat.</p>"
        f'<div class="{_K2("author")}">Das Gespräch führte Jonas Reber</div>'
    ),
    blocks=[
        QA(
            "Frau Albrecht, die Strecke war 31 Jahre stillgelegt. Warum jetzt?",
            "[[Weil sich die Rechnung geändert hat: Die Pendlerzahlen im Tal haben sich seit 2010 fast verdoppelt, und die Bundesstraße ist morgens völlig dicht.]] "
            "Wir haben außerdem endlich einen Förderbescheid, der achtzig Prozent der Baukosten abdeckt.",
        ),
        QA(
            "Kritiker sagen, ein Bus wäre billiger gewesen.",
            "Das stimmt auf dem Papier. Aber ein Bus steht im selben Stau wie die Autos. "
            "[[Der Zug braucht von Altheim nach Wendlingen 22 Minuten, der Bus heute zur Hauptverkehrszeit fast eine Stunde.]]",
        ),
        QA(
            "Was passiert mit den alten Bahnhofsgebäuden?",
            "Zwei davon gehören inzwischen Privatleuten, mit denen wir uns geeinigt haben. "
            "In Kirchbach zieht ein Dorfladen mit Café in das Empfangsgebäude, das finde ich ein schönes Zeichen.",
        ),
        QA(
            "Und wenn die Fahrgastzahlen hinter den Erwartungen bleiben?",
            "[[Dann müssen wir ehrlich sein und nachsteuern, etwa beim Takt am Wochenende.]] "
            "Ich bin aber überzeugt, dass die Leute umsteigen, wenn das Angebot verlässlich ist.",
        ),
    ],
    comments=[
        (
            "Gerd_K",
            "14.03.2024, 18:22",
            "[[Endlich! Ich fahre seit zwanzig Jahren jeden Tag über die B 412 und stehe nur im Stau.]]",
        ),
        ("Moni W.", "14.03.2024, 19:03", "Hoffentlich fahren die Züge dann auch pünktlich."),
    ],
    teasers=[
        (
            "[[Kreistag beschließt Haushalt mit Rekordinvestitionen in Schulen]]",
            "02.11.2023",
            "2023-11-02T18:00:00+01:00",
        ),
        ("Neue Radwege zwischen Kirchbach und Altheim geplant", "19.09.2023", "2023-09-19T07:30:00+02:00"),
    ],
    authors=["Jonas Reber"],
    published="2024-03-14",
    shapes=[
        "interview-qa",
        "date-text",
        "updated-trap",
        "byline-text",
        "hashed-classes",
        "comments",
        "teasers-older",
    ],
)

# --- r03 fr: listicle, meta line with "|", no declared language ---------------------------------------------

_S3 = Site(
    name="L’Écho du Causse",
    domain="echoducausse.example",
    nav=["Actualité", "Territoire", "Économie", "Loisirs", "Sports", "Agenda"],
    cookie="[[Ce site utilise des cookies pour mesurer l’audience et vous proposer des contenus adaptés.]]",
    accept="J’accepte",
    footer="[[L’Écho du Causse – Tous droits de reproduction réservés – Mentions légales]]",
    related="À lire aussi",
    comments="Commentaires",
    search="Rechercher",
)
r03 = build(
    id="r03-fr-listicle-meta-pipes-nolang",
    lang="fr",
    declared=None,
    site=_S3,
    skin="blog",
    path="territoire/pont-de-saint-aubrac-reouverture-cinq-choses-a-savoir/",
    headline="Réouverture du pont de Saint-Aubrac : cinq choses à savoir",
    kicker="Territoire",
    title_tag="Réouverture du pont de Saint-Aubrac : cinq choses à savoir - L’Écho du Causse",
    meta=(
        '<div class="entry-meta">Par <a href="/auteur/camille-vasseur/" rel="author">Camille Vasseur</a> | '
        "Publié le 3 avril 2024 à 10h12 | Lecture : 4 min</div>"
    ),
    blocks=[
        P(
            "[[Fermé depuis l’effondrement partiel d’une pile en novembre 2022, le pont de Saint-Aubrac rouvre à la circulation ce jeudi.]] "
            "Voici ce qui change pour les automobilistes, les cyclistes et les riverains."
        ),
        H2("1. Une seule voie pour les poids lourds"),
        P(
            "Les camions de plus de 19 tonnes devront circuler au centre du tablier, à 30 km/h, et un feu alterné régulera leur passage. "
            "[[Le Département promet de lever cette restriction dès la fin des essais de charge prévus à l’automne.]]"
        ),
        RAW(
            '<p class="lire-aussi"><strong>À lire aussi :</strong> '
            '<a href="/loisirs/causse-en-fete-programme/">[[Le Causse en fête : tout le programme du printemps]]</a></p>'
        ),
        H2("2. Une piste cyclable séparée"),
        P(
            "C’est la nouveauté la plus visible : une piste de deux mètres, protégée par une glissière, longe désormais le côté aval. "
            "Les associations de cyclistes la réclamaient depuis plus de dix ans."
        ),
        H2("3. Un chantier plus cher que prévu"),
        P(
            "[[La facture atteint 7,4 millions d’euros, contre 5,1 millions annoncés au lancement des travaux.]] "
            "Le surcoût s’explique surtout par la hausse du prix de l’acier et par deux mois de crue qui ont bloqué les barges."
        ),
        H2("4. La navette provisoire s’arrête"),
        P(
            "La navette gratuite qui reliait les deux rives par la route de Vabre effectuera son dernier trajet vendredi soir. "
            "Elle aura transporté près de 60 000 passagers en dix-sept mois."
        ),
        H2("5. Une fête le 13 avril"),
        P(
            "La commune organise un pique-nique géant sur le pont, fermé aux voitures pour l’occasion, de 11 heures à 17 heures. "
            "La fanfare de Millau ouvrira la journée."
        ),
    ],
    comments=[
        (
            "Josiane R.",
            "3 avril 2024 à 11 h 40",
            "[[Enfin ! Dix-sept mois de détour par Vabre, c’était long pour aller travailler.]]",
            [
                (
                    "Pierre-Alain",
                    "3 avril 2024 à 12 h 05",
                    "Pareil, j’ai fait plus de 6 000 kilomètres en plus.",
                )
            ],
        ),
        ("Un riverain", "3 avril 2024 à 14 h 17", "Et le bruit des camions la nuit, personne n’en parle ?"),
    ],
    nested="ol",
    teasers=[
        (
            "[[Crue du Tarn : les images impressionnantes de la nuit de samedi]]",
            "18 décembre 2023",
            "2023-12-18",
        ),
        ("Pont de Saint-Aubrac : les travaux prennent du retard", "5 septembre 2023", "2023-09-05"),
    ],
    authors=["Camille Vasseur"],
    published="2024-04-03",
    shapes=[
        "listicle-h2",
        "date-text",
        "byline-text",
        "meta-line",
        "wordpress",
        "comments-nested",
        "lang-missing",
        "teasers-older",
    ],
)

# --- r04 es: how-to with <ol> steps, two authors, newsletter box in the story -------------------------------

_S4 = Site(
    name="Diario del Levante Interior",
    domain="diariolevanteinterior.example",
    nav=["Portada", "Comarcas", "Economía", "Sociedad", "Deportes", "Opinión"],
    cookie="[[Utilizamos cookies propias y de terceros para analizar nuestros servicios y mostrarte publicidad.]]",
    accept="Aceptar y continuar",
    footer="[[Diario del Levante Interior S.L. · Aviso legal · Política de privacidad · Contacto]]",
    related="Te puede interesar",
    comments="Comentarios",
    search="Buscar",
)
r04 = build(
    id="r04-es-howto-steps-two-authors",
    lang="es",
    declared="es",
    site=_S4,
    path="economia/como-solicitar-bono-alquiler-joven-requila-paso-a-paso",
    headline="Cómo pedir la nueva ayuda al alquiler joven de Requila, paso a paso",
    kicker="Guía práctica",
    meta=(
        '<div class="firma"><a href="/autor/lucia-ferrandez">Lucía Ferrández</a> / '
        '<a href="/autor/diego-olmedo">Diego Olmedo</a> — Requila — 12 sept. 2024 - 08:30</div>'
    ),
    blocks=[
        P(
            "[[El Ayuntamiento de Requila abrirá el próximo lunes el plazo para solicitar la ayuda municipal al alquiler para menores de 35 años.]] "
            "La subvención cubre hasta 250 euros al mes durante dos años y el plazo estará abierto hasta el 31 de octubre."
        ),
        P(
            "Pueden pedirla quienes estén empadronados en el municipio desde hace al menos un año y no superen unos ingresos de 24.000 euros brutos anuales. "
            "El contrato de alquiler debe estar a nombre del solicitante."
        ),
        RAW(
            '<div class="newsletter-inline"><strong>[[Recibe cada mañana las noticias de tu comarca en tu correo]]</strong>'
            '<input type="email" placeholder="Tu email"><button>Suscribirme</button></div>'
        ),
        P("Estos son los pasos que hay que seguir:"),
        OL(
            "Consigue el certificado de empadronamiento en la sede electrónica o en la oficina de atención ciudadana.",
            "[[Descarga el formulario de la web municipal y rellénalo con los datos del contrato y del propietario.]]",
            "Adjunta la declaración de la renta del último año y los tres últimos recibos del alquiler.",
            "Presenta la solicitud en el registro electrónico con tu certificado digital o pide cita previa en el 010.",
        ),
        P(
            "[[La concejala de Vivienda, Amparo Seguí, calcula que unas 900 personas podrán beneficiarse este año.]] "
            "Las primeras resoluciones se comunicarán por correo electrónico a partir de diciembre."
        ),
    ],
    comments=[
        (
            "Marta_R",
            "12/09/2024 10:14",
            "[[¿Y los que compartimos piso con contrato a nombre de otra persona?]]",
        ),
    ],
    teasers=[
        ("[[El precio del alquiler en Requila sube un 11% en un año]]", "3 de marzo de 2024", "2024-03-03"),
        ("Así será el nuevo barrio de la antigua fábrica de harinas", "20 de enero de 2024", "2024-01-20"),
    ],
    authors=["Lucía Ferrández", "Diego Olmedo"],
    published="2024-09-12",
    shapes=[
        "howto-ol",
        "date-text",
        "byline-text",
        "two-authors",
        "author-links",
        "box-in-story",
        "teasers-older",
    ],
)

# --- r05 it: long blockquote, OpenGraph date, byline "di" ---------------------------------------------------

_K5 = Classes(True, "r05")
_S5 = Site(
    name="Il Corriere delle Valli",
    domain="corrierevalli.example",
    nav=["Home", "Cronaca", "Politica", "Economia", "Cultura", "Sport"],
    cookie="[[Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione.]]",
    accept="Accetta",
    footer="[[Copyright © 2024 Editoriale Valli S.r.l. – P.IVA 01234567890]]",
    related="Leggi anche",
    comments="Commenti",
    search="Cerca",
)
_U5 = "https://corrierevalli.example/cronaca/ghiacciaio-pizzo-rosso-arretramento-record"
r05 = build(
    id="r05-it-blockquote-og-byline-di",
    lang="it",
    declared="it-IT",
    site=_S5,
    k=_K5,
    path="cronaca/ghiacciaio-pizzo-rosso-arretramento-record",
    headline="Il ghiacciaio del Pizzo Rosso arretra di 38 metri in un anno",
    kicker="Ambiente",
    head=og(
        "Il ghiacciaio del Pizzo Rosso arretra di 38 metri in un anno", _U5, _S5, "2024-06-21T18:47:00+02:00"
    ),
    meta=(
        f'<div class="{_K5("byline")}">di <span class="{_K5("name")}">Marta Colasanti</span></div>'
        f'<div class="{_K5("date")}">21 giugno 2024</div>'
    ),
    blocks=[
        P(
            "[[Il ghiacciaio del Pizzo Rosso, in alta Val Fiorina, ha perso 38 metri di fronte tra l’estate scorsa e quella attuale.]] "
            "È il dato più alto da quando, nel 1986, il Club alpino locale ha cominciato a misurarlo ogni anno."
        ),
        P(
            "La misurazione è stata fatta sabato da una squadra di sei volontari guidata dal glaciologo Ettore Bregani, "
            "che da quasi trent’anni sale al rifugio Sasso Bianco con metro, GPS e taccuino."
        ),
        BQ(
            "[[Quando ho cominciato, da qui vedevo il ghiaccio arrivare fino alla morena grande, adesso bisogna camminare quaranta minuti per toccarlo.]] "
            "Non è solo una questione di numeri: il torrente che nasce qui alimenta tre acquedotti della valle, e d’estate "
            "la portata cambia già da un giorno all’altro. Chi dice che è un problema lontano non è mai salito fin quassù.",
            "Ettore Bregani, glaciologo",
        ),
        FIG(
            "https://img.corrierevalli.example/2024/06/pizzo-rosso.jpg",
            "La fronte del ghiacciaio fotografata sabato mattina",
            "[[Foto Luca Ferrandi / Corriere delle Valli]]",
        ),
        P(
            "[[Secondo i volontari, a questo ritmo il ghiacciaio potrebbe dividersi in due corpi separati entro dieci anni.]] "
            "Il Comune di Fiorina ha chiesto alla Regione di installare una stazione di misura permanente."
        ),
    ],
    comments=[
        (
            "alpinista62",
            "21 giugno 2024 alle 20:15",
            "[[Ci sono salito nel 1990, era irriconoscibile rispetto a oggi.]]",
        ),
        ("Giulia", "21 giugno 2024 alle 21:02", "Grazie ai volontari per il lavoro che fanno ogni anno."),
    ],
    teasers=[
        ("[[Siccità, in Val Fiorina razionata l’acqua in quattro frazioni]]", "2 agosto 2023", "2023-08-02"),
        ("Rifugio Sasso Bianco, la nuova gestione punta sui giovani", "14 maggio 2024", "2024-05-14"),
    ],
    authors=["Marta Colasanti"],
    published="2024-06-21T18:47:00+02:00",
    shapes=[
        "blockquote",
        "opengraph",
        "byline-text",
        "photo-credit",
        "hashed-classes",
        "comments",
        "teasers-older",
    ],
)

# --- r06 pt-BR: AMP, JSON-LD author as a string, local offset ------------------------------------------------

_S6 = Site(
    name="Gazeta do Vale do Itaúna",
    domain="gazetaitauna.example",
    nav=["Últimas", "Cidades", "Política", "Economia", "Esportes", "Cultura"],
    cookie="[[Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa política.]]",
    accept="Entendi",
    footer="[[© 2024 Gazeta do Vale do Itaúna. Todos os direitos reservados.]]",
    related="Leia também",
    comments="Comentários",
)
_U6 = "https://gazetaitauna.example/amp/cidades/festival-de-inverno-de-serra-clara-bate-recorde.html"
r06 = build(
    id="r06-pt-br-amp-jsonld-string-author-offset",
    lang="pt",
    declared="pt-BR",
    site=_S6,
    skin="amp",
    path="amp/cidades/festival-de-inverno-de-serra-clara-bate-recorde.html",
    headline="Festival de Inverno de Serra Clara bate recorde de público no primeiro fim de semana",
    head=article_ld(
        "Festival de Inverno de Serra Clara bate recorde de público no primeiro fim de semana",
        _U6.replace("/amp/", "/"),
        _S6,
        published="2024-08-11T22:15:00-03:00",
        authors="Renata Albuquerque",
    ),
    meta='<p class="autor">Por Renata Albuquerque</p><p class="data">11/08/2024 22h15</p>',
    blocks=[
        P(
            "[[O Festival de Inverno de Serra Clara recebeu cerca de 48 mil pessoas entre sexta-feira e domingo, segundo a prefeitura.]] "
            "O número supera em quase 30% o do primeiro fim de semana do ano passado."
        ),
        P(
            "A programação gratuita na Praça da Matriz concentrou o maior público, com shows de viola caipira e de grupos de choro da região. "
            "Os hotéis da cidade relataram ocupação acima de 90%."
        ),
        RAW(
            '<div class="ad"><span class="ad-label">Publicidade</span>'
            '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/gazeta/amp"></amp-ad></div>'
        ),
        P(
            "[[A secretária de Cultura, Helena Barroso, disse que a prefeitura vai ampliar o número de ônibus entre o centro e o Parque das Araucárias.]] "
            "No sábado, a fila para o transporte chegou a uma hora."
        ),
        RAW(
            '<p class="leia-tambem">Leia também: <a href="/cidades/estrada-parque-araucarias">'
            "[[Estrada para o Parque das Araucárias ganha nova iluminação]]</a></p>"
        ),
        P(
            "O festival segue até 25 de agosto. "
            "[[Na próxima sexta-feira, a orquestra municipal abre a noite com um concerto dedicado a compositores mineiros.]]"
        ),
    ],
    teasers=[
        (
            "[[Serra Clara registra a menor temperatura do ano: 1,8 °C]]",
            "12/07/2024",
            "2024-07-12T08:00:00-03:00",
        ),
        (
            "Prefeitura anuncia reforma do coreto da Praça da Matriz",
            "28/05/2024",
            "2024-05-28T15:00:00-03:00",
        ),
    ],
    comments=[
        ("Carla M.", "12/08/2024 09:12", "[[Fui no sábado e estava lindo, mas faltou banheiro na praça.]]")
    ],
    authors=["Renata Albuquerque"],
    published="2024-08-11T22:15:00-03:00",
    shapes=["amp", "jsonld", "jsonld-author-string", "local-offset", "ad-label", "teasers-older"],
)

# --- r07 nl: two h1, breadcrumbs, declared en, weekday date ---------------------------------------------------

_S7 = Site(
    name="Dagblad Zuid-Veluwe",
    domain="dagbladzuidveluwe.example",
    nav=["Nieuws", "Regio", "Economie", "Sport", "Cultuur", "Puzzels"],
    cookie="[[Wij en onze partners gebruiken cookies om advertenties af te stemmen en het gebruik van de site te meten.]]",
    accept="Akkoord",
    footer="[[© 2024 Dagblad Zuid-Veluwe B.V. Alle rechten voorbehouden.]]",
    related="Meer nieuws uit de regio",
    comments="Reacties",
    search="Zoeken",
)
r07 = build(
    id="r07-nl-two-h1-breadcrumbs-lang-en",
    lang="nl",
    declared="en",
    site=_S7,
    logo_h1=True,
    crumbs=["Home", "Regio", "Ede"],
    path="regio/ede/fietsbrug-over-de-griftvaart-eindelijk-open",
    headline="Fietsbrug over de Griftvaart na twee jaar vertraging eindelijk open",
    title_tag="Fietsbrug over de Griftvaart na twee jaar vertraging eindelijk open | Regio | Dagblad Zuid-Veluwe",
    meta=(
        '<div class="article-meta"><span class="auteurs">Door Sanne de Wilde en Bram Koopmans</span>'
        '<span class="datum">woensdag 8 mei 2024, 07:45</span></div>'
    ),
    blocks=[
        P(
            "[[Na twee jaar vertraging kunnen fietsers sinds woensdagochtend over de nieuwe brug over de Griftvaart tussen Ede en Lunteren.]] "
            "Wethouder Ilse van Doorn knipte om zeven uur het lint door, in de regen en met een handvol scholieren als publiek."
        ),
        P(
            "De brug is onderdeel van de snelfietsroute die Ede met Barneveld moet verbinden. "
            "[[Door problemen met de fundering moest de aannemer in 2022 opnieuw beginnen, waardoor de kosten opliepen tot 4,8 miljoen euro.]]"
        ),
        FIG(
            "https://img.dagbladzuidveluwe.example/2024/05/griftvaart.jpg",
            "De nieuwe fietsbrug over de Griftvaart, gezien vanaf de Lunterse kant.",
            "[[Foto: Gerrit Jansen / DZV]]",
        ),
        P(
            "Scholieren van het Pallas College hoeven voortaan niet meer om te fietsen via de drukke Dorpsstraat. "
            "Dat scheelt volgens de gemeente ruim zes minuten per rit."
        ),
        P(
            "Omwonenden zijn minder enthousiast over de verlichting, die de hele nacht brandt. "
            "[[De gemeente belooft na de zomer te onderzoeken of de lampen tussen middernacht en vijf uur gedimd kunnen worden.]]"
        ),
    ],
    comments=[
        (
            "fietser_ede",
            "8 mei 2024 08:31",
            "[[Mooi dat hij open is, maar twee jaar te laat is wel erg lang.]]",
        ),
        ("H. Blom", "8 mei 2024 09:10", "Hopelijk wordt de rest van de route sneller aangelegd."),
    ],
    teasers=[
        ("[[Aannemer fietsbrug Griftvaart moet opnieuw beginnen]]", "14 juni 2022", "2022-06-14"),
        ("Snelfietsroute Ede-Barneveld krijgt extra geld van provincie", "3 oktober 2023", "2023-10-03"),
    ],
    authors=["Sanne de Wilde", "Bram Koopmans"],
    published="2024-05-08",
    shapes=[
        "two-h1",
        "breadcrumbs",
        "date-text",
        "weekday-date",
        "byline-text",
        "two-authors",
        "lang-wrong",
        "teasers-older",
    ],
)

# --- r08 pl: inline carousel, microdata, hashed ---------------------------------------------------------------

_K8 = Classes(True, "r08")
_S8 = Site(
    name="Kurier Nadodrzański",
    domain="kuriernadodrzanski.example",
    nav=["Wiadomości", "Region", "Gospodarka", "Sport", "Kultura", "Ogłoszenia"],
    cookie="[[Korzystamy z plików cookies, aby zapewnić prawidłowe działanie serwisu i dopasować reklamy.]]",
    accept="Zgadzam się",
    footer="[[© 2024 Kurier Nadodrzański Sp. z o.o. Wszelkie prawa zastrzeżone.]]",
    related="Najczęściej czytane",
    comments="Komentarze",
    search="Szukaj",
)
r08 = build(
    id="r08-pl-carousel-microdata-hashed",
    lang="pl",
    declared="pl",
    site=_S8,
    k=_K8,
    skin="app",
    path="region/nowa-przeprawa-promowa-w-brzezinach-uruchomiona",
    headline="Prom w Brzezinach znów pływa. Mieszkańcy czekali na to trzy lata",
    kicker="Region",
    meta=(
        f'<div class="{_K8("meta")}" itemscope itemtype="https://schema.org/NewsArticle">'
        '<meta itemprop="headline" content="Prom w Brzezinach znów pływa. Mieszkańcy czekali na to trzy lata">'
        f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Katarzyna Wróbel</span></span>, '
        f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Michał Zawadzki</span></span>'
        f' <time itemprop="datePublished" datetime="2024-11-20T12:30:00+01:00">20 listopada 2024, 12:30</time></div>'
    ),
    blocks=[
        P(
            "[[Po trzech latach przerwy prom przez Odrę między Brzezinami a Krzywcem znów przewozi samochody i pieszych.]] "
            "Pierwszy kurs we wtorek rano odbył się z udziałem wójta gminy i kilkudziesięciu mieszkańców."
        ),
        P(
            "Stary prom wycofano w 2021 roku po awarii silnika, a na nowy gmina nie miała pieniędzy. "
            "[[Jednostka kosztowała 3,2 mln zł, z czego większość pokryły środki z programu rozwoju obszarów wiejskich.]]"
        ),
        RAW(
            f'<div class="{_K8("carousel")}"><div class="{_K8("carousel-title")}">Zobacz też</div>'
            f'<div class="{_K8("slides")}">'
            f'<a class="{_K8("slide")}" href="/region/most-w-krzywcu"><span>[[Most w Krzywcu nie powstanie przed 2030 rokiem]]</span></a>'
            f'<a class="{_K8("slide")}" href="/region/odra-niski-stan">Niski stan Odry. Żegluga wstrzymana</a>'
            f'<a class="{_K8("slide")}" href="/region/wojt-brzeziny">Wójt Brzezin o planach na przyszły rok</a>'
            "</div></div>"
        ),
        P(
            "Prom kursuje codziennie od 6 do 20, co pół godziny. "
            "Przejazd samochodem osobowym kosztuje 8 zł, piesi i rowerzyści płyną za darmo."
        ),
        P(
            "[[Dla mieszkańców Krzywca to oszczędność prawie 40 kilometrów, bo najbliższy most jest w Nowej Soli.]] "
            "Przewoźnik zapowiada, że przy wysokim lub bardzo niskim stanie wody kursy będą odwoływane."
        ),
    ],
    comments=[
        (
            "Zbyszek z Krzywca",
            "20.11.2024, 13:45",
            "[[Nareszcie, do pracy mam teraz dwadzieścia minut zamiast godziny.]]",
        ),
        ("Ania", "20.11.2024, 15:02", "Szkoda, że nie kursuje dłużej wieczorem."),
    ],
    teasers=[("[[Na Odrze znowu pojawiły się śnięte ryby]]", "12 sierpnia 2023", "2023-08-12")],
    authors=["Katarzyna Wróbel", "Michał Zawadzki"],
    published="2024-11-20T12:30:00+01:00",
    shapes=["carousel-inline", "microdata", "two-authors", "hashed-classes", "comments"],
)

PAGES = [r01, r02, r03, r04, r05, r06, r07, r08]
