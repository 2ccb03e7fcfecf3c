# ruff: noqa: RUF001
"""Italian pages of the second held-out set (k14-k15)."""

from __future__ import annotations

from kit2 import Page, Site, Teaser, canonical, classic, drupal, meta, newsletter_box, t

IT = {
    "skip": "Vai al contenuto principale",
    "search": "Cerca",
    "menu": "Menu",
    "related": "Notizie correlate",
    "most_read": "I più letti",
    "comments": "Commenti",
    "reply": "Rispondi",
    "accept": "Accetta",
    "settings": "Personalizza",
    "newsletter_button": "Iscriviti",
    "email": "Indirizzo email",
    "share": "Condividi",
    "share_items": "Facebook|X|WhatsApp|Email",
    "login": "Accedi",
    "ad": "Pubblicità",
    "ticker": "Ultim'ora",
    "top_stories": "In evidenza",
}

# --- k14: Drupal 7 with RDFa (dc:title, dc:created, sioc:has_creator), comments as content:encoded -------

VALBRUNA = Site(
    name="Gazzetta della Valbruna",
    domain="gazzettavalbruna.example",
    lang="it",
    nav=["Cronaca", "Valle", "Economia", "Montagna", "Sport", "Eventi", "Lettere"],
    cookie="Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti.",
    newsletter="Iscriviti alla newsletter della Gazzetta: ogni venerdì le notizie della valle.",
    footer="Gazzetta della Valbruna – Testata registrata presso il Tribunale. Tutti i diritti riservati.",
    labels=IT,
    tagline="Il giornale delle terre alte",
)

K14_STORY = [
    "Dopo sette anni senza un negozio, Roccaforte Alta ha di nuovo la sua bottega. Ha aperto sabato mattina nei locali dell'ex scuola elementare, gestita da una cooperativa di comunità a cui hanno aderito 143 dei 260 residenti.",
    "Si vendono pane, latte, frutta, giornali e prodotti delle aziende agricole della valle, ma il negozio è anche sportello postale, punto di ritiro dei farmaci e, due pomeriggi a settimana, ambulatorio infermieristico.",
    "«Per chi non guida, andare a fare la spesa voleva dire prendere la corriera delle 7.10 e tornare a mezzogiorno», racconta Teresa Bonfanti, 81 anni, prima cliente della giornata.",
    "La cooperativa ha raccolto 48 mila euro di quote sociali e ha ottenuto un contributo regionale di 90 mila euro per i lavori e gli arredi. Il Comune ha concesso i locali in comodato gratuito per dieci anni.",
    "Alla cassa ci sono due dipendenti assunte a tempo parziale, entrambe del paese. Un gruppo di volontari si occupa delle consegne a domicilio per le frazioni più lontane.",
    "Il sindaco, Davide Perrone, parla di «una piccola rivoluzione». Negli ultimi dieci anni Roccaforte Alta ha perso un quarto degli abitanti, e la chiusura dell'ultimo alimentari era stata vissuta come un punto di non ritorno.",
    "Il modello delle cooperative di comunità si sta diffondendo nelle aree interne: in provincia ne sono nate sei negli ultimi tre anni, tra bar, rifugi e servizi di trasporto.",
    "La bottega è aperta dal martedì alla domenica, dalle 7.30 alle 12.30 e dalle 16 alle 19.",
]
K14_COMMENT = "Bravi tutti! Sabato saliamo anche noi da Valbruna a fare la spesa."
K14_RELATED = "Pieve di Sotto, il bar del paese diventa cooperativa"


def _k14() -> Page:
    path = "/valle/roccaforte-alta-riapre-la-bottega-grazie-alla-cooperativa"
    url = "https://www.gazzettavalbruna.example" + path
    headline = "Roccaforte Alta riapre la bottega grazie alla cooperativa di comunità"
    body = "".join(f"<p>{t(x)}</p>" for x in K14_STORY)
    node_html = f"""<h1 class="page__title title" id="page-title">{t(headline)}</h1>
<div id="node-4471" class="node node-article node-promoted view-mode-full clearfix" about="{path}" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="{t(headline)}" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="2" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
<p class="submitted"><span property="dc:date dc:created" content="2024-01-23T09:15:00+01:00" datatype="xsd:dateTime" rel="sioc:has_creator">di <span class="username" xml:lang="" about="/utenti/giulia-ferrandi" typeof="sioc:UserAccount" property="foaf:name" datatype="">Giulia Ferrandi</span> — mar, 23/01/2024 - 09:15</span></p>
<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="https://www.gazzettavalbruna.example/sites/default/files/bottega.jpg"><img typeof="foaf:Image" src="https://www.gazzettavalbruna.example/sites/default/files/styles/large/public/bottega.jpg" width="640" height="400" alt=""></div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tag:&nbsp;</div><div class="field-items"><div class="field-item even" rel="dc:subject"><a href="/tag/aree-interne" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">aree interne</a></div><div class="field-item odd" rel="dc:subject"><a href="/tag/cooperative" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">cooperative</a></div></div></div>
<ul class="links inline"><li class="comment-add first last"><a href="/comment/reply/4471#comment-form" title="Condividi i tuoi pensieri e le tue opinioni relative a questo articolo.">Aggiungi un commento</a></li></ul>
<div id="comments" class="comment-wrapper">
<h2 class="title">Commenti</h2>
<a id="comment-912"></a>
<div class="comment comment-by-anonymous clearfix" about="/comment/912#comment-912" typeof="sioc:Post sioct:Comment"><div class="attribution"><div class="comment__author"><span class="username" typeof="sioc:UserAccount" property="foaf:name">Marco_B</span></div><div class="comment__time"><span property="dc:date dc:created" content="2024-01-23T11:02:00+01:00" datatype="xsd:dateTime">mar, 23/01/2024 - 11:02</span></div></div>
<div class="comment-text"><div class="content"><span rel="sioc:reply_of" resource="{path}" class="rdf-meta element-hidden"></span><div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{t(K14_COMMENT)}</p></div></div></div></div></div></div>
<a id="comment-915"></a>
<div class="comment comment-by-anonymous clearfix" about="/comment/915#comment-915" typeof="sioc:Post sioct:Comment"><div class="attribution"><div class="comment__author"><span class="username" typeof="sioc:UserAccount" property="foaf:name">Lidia</span></div><div class="comment__time"><span property="dc:date dc:created" content="2024-01-23T18:40:00+01:00" datatype="xsd:dateTime">mar, 23/01/2024 - 18:40</span></div></div>
<div class="comment-text"><div class="content"><div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>Speriamo che duri, la corriera delle 7.10 non la rimpiange nessuno.</p></div></div></div></div></div></div>
</div>
</div>"""
    blocks_after = (
        '<div class="block block-views" id="block-views-correlati-block"><h2 class="block__title">Articoli correlati</h2>'
        f'<div class="view-content"><div class="item-list"><ul><li class="views-row views-row-1"><a href="/valle/pieve-di-sotto-bar-cooperativa">{t(K14_RELATED)}</a></li>'
        '<li class="views-row views-row-2"><a href="/montagna/rifugio-colle-nero-nuova-gestione">Rifugio Colle Nero, nuova gestione per l\'estate</a></li></ul></div></div></div>'
    )
    sidebar = (
        '<div class="block block-simplenews" id="block-simplenews-1"><h2 class="block__title">Newsletter</h2>'
        + newsletter_box(VALBRUNA)
        + '</div><div class="block block-views" id="block-views-piu-letti"><h2 class="block__title">I più letti</h2><div class="item-list"><ul>'
        '<li><a href="#">Frana sulla provinciale, strada chiusa fino a lunedì</a></li><li><a href="#">Sci, la stagione parte con due settimane di ritardo</a></li></ul></div></div>'
    )
    head = "\n".join(
        [
            canonical(url),
            meta("og:title", headline, "property"),
            meta("og:site_name", VALBRUNA.name, "property"),
            meta("og:type", "article", "property"),
        ]
    )
    html = drupal(
        VALBRUNA,
        title=f"{headline} | Gazzetta della Valbruna",
        head=head,
        node=4471,
        node_html=node_html,
        blocks_after=blocks_after,
        sidebar=sidebar,
    )
    return Page(
        id="k14-it-drupal-rdfa",
        url=url,
        language="it",
        declared_language="it",
        title=headline,
        authors=["Giulia Ferrandi"],
        published="2024-01-23T09:15:00+01:00",
        shapes=["drupal", "rdfa", "article-p", "byline-text"],
        html=html,
        must_contain=[
            "Dopo sette anni senza un negozio, Roccaforte Alta ha di nuovo la sua bottega.",
            "Il Comune ha concesso i locali in comodato gratuito per dieci anni.",
            K14_STORY[6],
            K14_STORY[7],
        ],
        must_not_contain=[
            K14_COMMENT,
            K14_RELATED,
            "Questo sito utilizza cookie tecnici",
            VALBRUNA.footer,
            VALBRUNA.newsletter,
            "Aggiungi un commento",
        ],
        story=K14_STORY,
    )


# --- k15: agency wire, dateline, <br><br> only, date and byline only in the visible text ------------------

ADRIA = Site(
    name="AdriaPress",
    domain="adriapress.example",
    lang="it",
    nav=["Home", "Cronaca", "Politica", "Economia", "Ambiente", "Regioni", "Video"],
    cookie="Utilizziamo i cookie per offrirti la migliore esperienza sul nostro sito. Continuando la navigazione accetti il loro utilizzo.",
    newsletter="Ricevi ogni sera il notiziario di AdriaPress nella tua casella di posta.",
    footer="AdriaPress Agenzia di Stampa – Via del Porto 12 – Tutti i diritti riservati",
    labels=IT,
    footer_links=["Chi siamo", "Redazione", "Privacy", "Contatti"],
)

K15_STORY = [
    "SAN VITO DEL MARE, 12 FEB - Apre domani nel porto di San Vito del Mare il primo centro di recupero per tartarughe marine della costa meridionale, ricavato in un ex magazzino della capitaneria.",
    "La struttura, gestita dall'associazione Mare Vivo con il supporto dell'università, dispone di dodici vasche e di una piccola sala operatoria. Potrà ospitare fino a quaranta animali contemporaneamente.",
    "Negli ultimi due anni i pescatori della zona hanno segnalato oltre 150 tartarughe rimaste impigliate nelle reti o ferite da ami. Finora gli animali dovevano essere trasportati in un centro a più di 300 chilometri di distanza.",
    "«Un viaggio così lungo, per una tartaruga debilitata, spesso era fatale», spiega la veterinaria Chiara Dell'Aquila, che guiderà il gruppo di lavoro.",
    "Il progetto è costato 640 mila euro, finanziati in gran parte con fondi europei per la pesca sostenibile. Le scuole potranno visitare il centro su prenotazione a partire da marzo.",
    "Per le segnalazioni è attivo un numero verde, in funzione 24 ore su 24.",
]
K15_COPY = "RIPRODUZIONE RISERVATA © Copyright AdriaPress"
K15_READ = "Spiaggiati due delfini sul litorale nord, indaga la capitaneria"
K15_TEASER = "Pesca, via libera al fermo biologico anticipato"


def _k15() -> Page:
    url = "https://www.adriapress.example/regioni/puglia/notizie/centro-recupero-tartarughe-san-vito_8a7f0c21.html"
    headline = "Tartarughe marine, a San Vito del Mare apre un centro di recupero"
    testo = "<br><br>\n".join(t(x) for x in K15_STORY) + "<br><br>\n(AdriaPress)"
    article = f"""<div class="news-detail">
<div class="news-kicker">AMBIENTE</div>
<h1 class="news-title">{t(headline)}</h1>
<div class="news-sub">Dodici vasche e una sala operatoria nell'ex magazzino della capitaneria</div>
<div class="news-info"><span class="news-date">12 febbraio 2024 - 15:32</span> <span class="news-sep">|</span> <span class="news-author">di Roberta Lanzillotta</span></div>
<div class="news-tools"><a href="#">Stampa</a> <a href="#">Scrivi alla redazione</a> <a href="#">Suggerisci</a></div>
<div class="news-text">
{testo}
</div>
<div class="news-copy">{K15_COPY}</div>
<div class="news-leggi-anche"><span>LEGGI ANCHE</span> <a href="/regioni/notizie/delfini-litorale-nord.html">{t(K15_READ)}</a></div>
</div>"""
    head = "\n".join(
        [
            canonical(url),
            meta("og:title", headline, "property"),
            meta("og:site_name", "AdriaPress", "property"),
        ]
    )
    html = classic(
        ADRIA,
        title=f"{headline} - Regioni - AdriaPress",
        head=head,
        article=article,
        teasers=[
            Teaser(K15_TEASER, "/economia/fermo-biologico.html"),
            Teaser("Porti, traffico merci in crescita del 4%", "/economia/porti-merci.html"),
        ],
        most_read=["Maltempo, allerta gialla su tutta la costa", "Treni, nuova linea veloce entro il 2026"],
        ticker=["Borsa: apertura in rialzo", "Maltempo, chiuse due statali"],
    )
    return Page(
        id="k15-it-wire-br-date-in-text",
        url=url,
        language="it",
        declared_language="it",
        title=headline,
        authors=["Roberta Lanzillotta"],
        published="2024-02-12",
        shapes=["wire-dateline", "no-p", "date-text", "byline-text", "read-also-inline"],
        html=html,
        must_contain=[
            "Apre domani nel porto di San Vito del Mare il primo centro di recupero per tartarughe marine della costa meridionale, ricavato in un ex magazzino della capitaneria.",
            "Finora gli animali dovevano essere trasportati in un centro a più di 300 chilometri di distanza.",
            "Le scuole potranno visitare il centro su prenotazione a partire da marzo.",
            K15_STORY[5],
        ],
        must_not_contain=[
            K15_COPY,
            K15_READ,
            K15_TEASER,
            "Utilizziamo i cookie per offrirti la migliore esperienza",
            ADRIA.footer,
            ADRIA.newsletter,
        ],
        story=K15_STORY,
    )


PAGES = [_k14(), _k15()]
