# ruff: noqa: RUF001
"""Catalan pages of the second held-out set (k30-k31): one on a WordPress set up in Spanish, one undeclared."""

from __future__ import annotations

from kit2 import (
    Comment,
    Page,
    Site,
    Teaser,
    canonical,
    classic,
    meta,
    newsletter_box,
    og,
    share_bar,
    t,
    wordpress,
)

CA = {
    "skip": "Vés al contingut",
    "search": "Cerca",
    "menu": "Menú",
    "related": "Notícies relacionades",
    "most_read": "El més llegit",
    "comments": "Comentaris",
    "reply": "Respon",
    "accept": "Accepto",
    "settings": "Configuració",
    "newsletter_button": "Subscriu-t'hi",
    "email": "Correu electrònic",
    "share": "Comparteix",
    "share_items": "Facebook|X|WhatsApp|Telegram",
    "login": "Inicia la sessió",
    "ad": "Publicitat",
    "ticker": "Última hora",
    "top_stories": "Destacats",
}

# Theme strings of a WordPress installed in Spanish, which many Catalan local sites leave as they are.
WP_ES = {
    "skip": "Saltar al contenido",
    "search": "Buscar",
    "menu": "Menú",
    "comments": "Comentarios",
    "reply": "Responder",
    "accept": "Accepto",
    "settings": "Configuració",
    "newsletter_button": "Subscriu-t'hi",
    "email": "Correu electrònic",
    "prev": "Entrada anterior",
    "next": "Entrada siguiente",
    "leave_reply": "Deja una respuesta",
    "says": "dice:",
    "recent": "Entradas recientes",
    "categories": "Categorías",
    "archives": "Archivos",
    "post_comment": "Publicar el comentario",
    "comment_notes": "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *",
    "tags": "Etiquetas:",
    "powered": "Funciona gracias a WordPress",
}

# --- k30: Catalan WordPress post on a Spanish-configured install (lang="es-ES"), byline inside the content --

PREGONER = Site(
    name="El Pregoner de Riuclar",
    domain="pregonerriuclar.example",
    lang="es-ES",
    nav=["Inici", "Actualitat", "Cultura", "Esports", "Opinió", "Agenda", "Contacte"],
    cookie="Aquest lloc web utilitza galetes per millorar la vostra experiència de navegació.",
    newsletter="Rep cada divendres el butlletí del Pregoner amb les notícies del poble.",
    footer="© 2024 El Pregoner de Riuclar – Associació Cultural Riuclar Informa",
    labels=WP_ES,
    tagline="Periòdic digital de Riuclar i rodalies",
)

K30_STORY = [
    "Riuclar va celebrar ahir a la nit la revetlla de Sant Joan amb una novetat que no va agradar a tothom: per primera vegada, l'Ajuntament va prohibir encendre petards i coets a menys de cinc-cents metres de la zona boscosa del Puig d'en Roca.",
    "La mesura, aprovada fa tres setmanes, responia a l'avís dels Bombers, que situaven el risc d'incendi en nivell alt després d'una primavera gairebé sense pluja.",
    "La foguera tradicional es va traslladar de l'era de Can Soler a la plaça Major, on un miler de persones van seguir l'arribada de la Flama del Canigó poc després de les deu del vespre.",
    "«Entenem que és una llàstima, però amb el bosc tan sec no ens podíem jugar res», va explicar l'alcaldessa, Laia Serra.",
    "Els agents de la policia local van fer una vintena d'advertiments, però no van haver d'imposar cap sanció. Tampoc no es va registrar cap incendi al terme municipal.",
    "Alguns veïns de les urbanitzacions de la part alta van lamentar que la festa quedés concentrada al centre. L'associació de veïns del Serrat ha demanat que l'any vinent s'habiliti un segon espai amb foguera.",
    "L'Ajuntament farà balanç de la nit en el ple de juliol.",
]
K30_COMMENT = "Doncs a mi m'ha agradat més a la plaça, hi havia més ambient que mai."
K30_RECENT = "La piscina municipal obre dissabte amb horari d'estiu"


def _k30() -> Page:
    url = "https://pregonerriuclar.example/2024/revetlla-sant-joan-sense-petards-puig-den-roca/"
    headline = "Riuclar celebra una revetlla de Sant Joan sense petards a tocar del bosc"
    content = "<p><strong>Per Jordi Casals i Núria Ferrer</strong></p>\n" + "\n".join(
        f"<p>{t(x)}</p>" for x in K30_STORY
    )
    content = content.replace(
        f"<p>{t(K30_STORY[3])}</p>",
        f'<p>{t(K30_STORY[3])}</p>\n<figure class="wp-block-image"><img src="https://pregonerriuclar.example/wp-content/uploads/2024/06/foguera-placa.jpg" alt=""><figcaption>La foguera, aquest any a la plaça Major.</figcaption></figure>',
    )
    entry_meta = '<span class="posted-on">Publicado el <a href="#" rel="bookmark"><time class="entry-date published" datetime="2024-06-24T12:00:00+02:00">24 junio, 2024</time></a></span>'
    head = "\n".join(
        [
            canonical(url),
            og(
                headline,
                url,
                PREGONER,
                description="L'Ajuntament va prohibir els petards a prop del Puig d'en Roca pel risc d'incendi.",
                published="2024-06-24T12:00:00+02:00",
                modified="2024-06-24T12:40:00+02:00",
                locale="es_ES",
            ),
        ]
    )
    html = wordpress(
        PREGONER,
        title=f"{headline} – El Pregoner de Riuclar",
        head=head,
        post_id=2291,
        category="Actualitat",
        headline=headline,
        entry_meta=entry_meta,
        content=content,
        tags=["Sant Joan", "incendis", "festes"],
        prev_next=(
            "Els gegants estrenen vestits per la Festa Major",
            "Tallada la carretera de les Feixes per obres",
        ),
        comments=[
            Comment("Marta P.", "2024-06-24T13:10:00+02:00", "24 junio, 2024 a las 13:10", K30_COMMENT),
            Comment(
                "Quim",
                "2024-06-24T15:22:00+02:00",
                "24 junio, 2024 a las 15:22",
                "Al Serrat ni ens vam assabentar que es feia la foguera.",
            ),
        ],
        recent=[K30_RECENT, "Concert de la coral al claustre", "Nou horari de la deixalleria"],
        categories=["Actualitat", "Cultura", "Esports"],
        archives=["junio 2024", "mayo 2024", "abril 2024"],
        widget_text=newsletter_box(PREGONER),
    )
    return Page(
        id="k30-ca-wordpress-declared-es-byline-text",
        url=url,
        language="ca",
        declared_language="es-ES",
        title=headline,
        authors=["Jordi Casals", "Núria Ferrer"],
        published="2024-06-24T12:00:00+02:00",
        shapes=["wordpress", "lang-wrong", "byline-text", "opengraph", "comments-article"],
        html=html,
        must_contain=[
            "Riuclar va celebrar ahir a la nit la revetlla de Sant Joan amb una novetat que no va agradar a tothom",
            K30_STORY[2],
            "Tampoc no es va registrar cap incendi al terme municipal.",
            K30_STORY[6],
        ],
        must_not_contain=[
            K30_COMMENT,
            K30_RECENT,
            "Aquest lloc web utilitza galetes",
            PREGONER.footer,
            PREGONER.newsletter,
            "Els gegants estrenen vestits per la Festa Major",
        ],
        story=K30_STORY,
    )


# --- k31: castells results table, comments as <article>, microdata, no declared language ------------------

VEU = Site(
    name="La Veu de Vilafosca",
    domain="veuvilafosca.example",
    lang=None,
    nav=["Vilafosca", "Comarca", "Castells", "Esports", "Cultura", "Opinió"],
    cookie="Fem servir galetes pròpies i de tercers per analitzar el trànsit i personalitzar els continguts.",
    newsletter="Subscriu-te al butlletí de La Veu i rep les notícies de la comarca cada dia.",
    footer="La Veu de Vilafosca © 2024. Tots els drets reservats.",
    labels=CA,
    footer_links=["Qui som", "Avís legal", "Política de privacitat", "Publicitat"],
)

K31_P = [
    "Els Xiquets de Vilafosca van descarregar diumenge a la plaça de la Vila el primer 3 de 9 amb folre de la seva història, davant de més de tres mil persones que van omplir els carrers del nucli antic.",
    "La colla, fundada el 1994, feia tres temporades que assajava la construcció. L'havia intentat dues vegades aquest estiu, però en totes dues ocasions el castell es va desmuntar abans de coronar-se.",
    "«Quan l'enxaneta ha fet l'aleta, la plaça ha esclatat. Són anys de feina de molta gent», explicava emocionat el cap de colla, Pere Bosch.",
    "Els Castellers del Pla, convidats a la diada, van completar una actuació sòlida amb el 4 de 8 i el 5 de 7, mentre que els Minyons de l'Estany van tancar la seva millor temporada dels últims deu anys.",
    "L'actuació va acabar amb els pilars de comiat de les tres colles, i la festa va continuar fins a la matinada a l'envelat del parc.",
    "La propera actuació dels Xiquets serà el 20 d'octubre, al concurs comarcal.",
]
K31_ROWS = [
    ("Xiquets de Vilafosca", "3 de 9 amb folre", "4 de 8", "2 de 8 amb folre (intent desmuntat)"),
    ("Castellers del Pla", "4 de 8", "3 de 8", "5 de 7"),
    ("Minyons de l'Estany", "3 de 8", "4 de 7 amb l'agulla", "2 de 7"),
]
K31_TEASER = "La Fira de la Castanya tindrà enguany quaranta parades"
K31_COMMENT = "Quina emoció! Hi era amb la meva filla i encara tinc la pell de gallina."
K31_READ = "Llegeix també: Els Xiquets presenten la camisa del trentè aniversari"


def _k31() -> Page:
    url = "https://veuvilafosca.example/castells/xiquets-vilafosca-primer-3-de-9-amb-folre_109927_102.html"
    headline = "Els Xiquets de Vilafosca descarreguen el primer 3 de 9 amb folre de la seva història"
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in K31_ROWS)
    article = f"""<article class="noticia" itemscope itemtype="https://schema.org/NewsArticle">
<header>
<p class="avantitol">Castells</p>
<h1 itemprop="headline">{t(headline)}</h1>
<p class="subtitol" itemprop="description">Més de tres mil persones a la plaça de la Vila per a la diada de la Festa Major</p>
<div class="signatura"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Montserrat Vila</span></span>
<time itemprop="datePublished" datetime="2024-10-06T21:30:00+02:00">06/10/2024 21:30</time></div>
</header>
<div class="cos" itemprop="articleBody">
<p>{t(K31_P[0])}</p>
<p>{t(K31_P[1])}</p>
<p>{t(K31_P[2])}</p>
<table class="resultats"><caption>Resultats de la diada</caption><thead><tr><th>Colla</th><th>Primera ronda</th><th>Segona ronda</th><th>Tercera ronda</th></tr></thead><tbody>{rows}</tbody></table>
<p>{t(K31_P[3])}</p>
<p class="llegeix"><a href="/castells/camisa-trente-aniversari_109811_102.html">{t(K31_READ)}</a></p>
<p>{t(K31_P[4])}</p>
<p>{t(K31_P[5])}</p>
</div>
{share_bar(VEU)}
</article>"""
    head = "\n".join(
        [
            canonical(url),
            meta(
                "description",
                "Més de tres mil persones a la plaça de la Vila per a la diada de la Festa Major",
            ),
        ]
    )
    html = classic(
        VEU,
        title=f"{headline} | La Veu de Vilafosca",
        head=head,
        article=article,
        teasers=[
            Teaser(K31_TEASER, "/vilafosca/fira-castanya_109901_101.html"),
            Teaser("El Vilafosca CF guanya el derbi comarcal", "/esports/derbi_109880_103.html"),
        ],
        comments=[
            Comment("Anna R.", "2024-10-06T22:05:00+02:00", "06/10/2024 22:05", K31_COMMENT),
            Comment(
                "Jaume",
                "2024-10-07T08:31:00+02:00",
                "07/10/2024 08:31",
                "Enhorabona a tota la colla, s'ho mereixien.",
            ),
        ],
        comments_mode="article",
        most_read=["Talls de trànsit pel mercat medieval", "L'institut estrena laboratori de robòtica"],
    )
    return Page(
        id="k31-ca-table-comments-article-microdata-no-lang",
        url=url,
        language="ca",
        declared_language=None,
        title=headline,
        authors=["Montserrat Vila"],
        published="2024-10-06T21:30:00+02:00",
        shapes=["tables", "comments-article", "microdata", "lang-missing", "read-also-inline"],
        html=html,
        must_contain=[
            K31_P[0],
            "2 de 8 amb folre (intent desmuntat)",
            "L'havia intentat dues vegades aquest estiu, però en totes dues ocasions el castell es va desmuntar abans de coronar-se.",
            K31_P[5],
        ],
        must_not_contain=[
            K31_COMMENT,
            K31_TEASER,
            K31_READ,
            "Fem servir galetes pròpies i de tercers",
            VEU.footer,
            VEU.newsletter,
        ],
        story=K31_P + [x for r in K31_ROWS for x in r],
    )


PAGES = [_k30(), _k31()]
