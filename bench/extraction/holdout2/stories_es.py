# ruff: noqa: RUF001
"""Spanish pages of the second held-out set (k11-k13)."""

from __future__ import annotations

from kit2 import (
    Comment,
    Page,
    Site,
    Teaser,
    canonical,
    classic,
    figure,
    jsonld,
    meta,
    og,
    publisher,
    share_bar,
    t,
)

ES = {
    "skip": "Saltar al contenido",
    "search": "Buscar",
    "menu": "Menú",
    "related": "Noticias relacionadas",
    "most_read": "Lo más leído",
    "comments": "Comentarios",
    "reply": "Responder",
    "accept": "Aceptar",
    "settings": "Configurar",
    "newsletter_button": "Suscribirme",
    "email": "Correo electrónico",
    "share": "Compartir",
    "share_items": "Facebook|X|WhatsApp|Telegram",
    "login": "Iniciar sesión",
    "ad": "Publicidad",
    "ticker": "Última hora",
    "top_stories": "Lo más leído",
}

# --- k11: es-AR, teaser <article>s above, comments as <article>, JSON-LD @graph with local offset ---------

LITORAL = Site(
    name="Diario del Litoral Sur",
    domain="litoralsur.example",
    lang="es-AR",
    nav=["Ciudad", "Región", "Política", "Economía", "Policiales", "Deportes", "Espectáculos"],
    cookie="Usamos cookies propias y de terceros para mejorar tu experiencia de navegación.",
    newsletter="Recibí las noticias de la región todas las mañanas en tu correo.",
    footer="© 2024 Diario del Litoral Sur. Todos los derechos reservados. Registro DNDA en trámite.",
    labels=ES | {"comments": "Comentarios de los lectores"},
    footer_links=["Quiénes somos", "Contacto", "Publicidad", "Términos y condiciones"],
)

K11_STORY = [
    "La balsa que une Villa Caraguatá con la isla de San Telmo volvió a funcionar este martes por la noche, después de casi tres meses parada por la bajante del río, que dejó el canal de acceso con menos de un metro de profundidad.",
    "El primer cruce salió a las 21.30 desde el muelle municipal con once autos, un camión de reparto y una veintena de pasajeros. Muchos llevaban semanas haciendo el rodeo de 140 kilómetros por el puente de Paso Hondo.",
    "«Parece poco, pero para nosotros es volver a tener el pueblo cerca», dijo Marta Giménez, que vive en la isla y trabaja en el hospital de Villa Caraguatá.",
    "La empresa concesionaria, Transportes Fluviales del Sur, informó que en una primera etapa habrá seis cruces diarios, la mitad que antes de la bajante. El horario completo se recuperará cuando el río supere los 1,80 metros en el hidrómetro local.",
    "Para habilitar el servicio, la provincia dragó unos 300 metros del canal durante las últimas tres semanas. Los trabajos costaron 96 millones de pesos, según el Ministerio de Obras Públicas.",
    "Los técnicos advierten, sin embargo, que el pronóstico para la primavera es seco y que la balsa podría volver a detenerse si el nivel baja de nuevo.",
    "La tarifa se mantiene en 4.500 pesos por auto y 900 por pasajero.",
]
K11_TOP = "Paro de colectivos: qué líneas funcionan este miércoles"
K11_COMMENT = "Por fin. Tres meses dando la vuelta por Paso Hondo con los chicos para ir al médico."


def _k11() -> Page:
    url = "https://litoralsur.example/region/vuelve-la-balsa-entre-villa-caraguata-y-san-telmo-n412093"
    headline = "Vuelve la balsa entre Villa Caraguatá y San Telmo tras la bajante"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebSite",
                "@id": "https://litoralsur.example/#website",
                "name": "Diario del Litoral Sur",
                "url": "https://litoralsur.example/",
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": 1,
                        "name": "Inicio",
                        "item": "https://litoralsur.example/",
                    },
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Región",
                        "item": "https://litoralsur.example/region",
                    },
                ],
            },
            {
                "@type": "NewsArticle",
                "headline": headline,
                "datePublished": "2024-07-09T22:15:00-03:00",
                "dateModified": "2024-07-09T23:02:00-03:00",
                "author": {"@type": "Person", "name": "Facundo Ibarra"},
                "publisher": publisher(LITORAL),
                "mainEntityOfPage": url,
                "inLanguage": "es-AR",
            },
        ],
    }
    article = f"""<article class="nota">
<header class="nota__header">
<span class="nota__volanta">Transporte fluvial</span>
<h1 class="nota__titulo">{t(headline)}</h1>
<h2 class="nota__bajada">El servicio había quedado suspendido en abril. Por ahora habrá seis cruces diarios.</h2>
<div class="nota__firma"><span class="nota__autor">Facundo Ibarra</span> <time datetime="2024-07-09T22:15:00-03:00">9 de julio de 2024 · 22:15</time></div>
{share_bar(LITORAL)}
</header>
<div class="nota__cuerpo">
{chr(10).join(f"<p>{t(x)}</p>" for x in K11_STORY)}
</div>
</article>"""
    head = "\n".join(
        [
            canonical(url),
            og(headline, url, LITORAL, description="El servicio había quedado suspendido en abril."),
            jsonld(graph),
        ]
    )
    html = classic(
        LITORAL,
        title=f"{headline} | Diario del Litoral Sur",
        head=head,
        article=article,
        teasers_above=[
            Teaser(
                K11_TOP,
                "/ciudad/paro-colectivos-n412088",
                "La UTA confirmó la medida de fuerza desde las 4.",
                "2024-07-09T19:40:00-03:00",
                "Hace 3 horas",
            ),
            Teaser(
                "Cómo quedó el dólar blue en la región",
                "/economia/dolar-n412070",
                "",
                "2024-07-09T17:02:00-03:00",
                "Hace 5 horas",
            ),
        ],
        teasers=[
            Teaser("El puerto de Villa Caraguatá recibe su primer crucero fluvial", "/region/crucero-n411920")
        ],
        comments=[
            Comment("Rosana V.", "2024-07-09T22:48:00-03:00", "hace 2 horas", K11_COMMENT),
            Comment(
                "isleño_63",
                "2024-07-09T23:10:00-03:00",
                "hace 1 hora",
                "Seis cruces no alcanzan, a la mañana se llena.",
            ),
        ],
        comments_mode="article",
    )
    return Page(
        id="k11-es-ar-comments-article-local-offset",
        url=url,
        language="es",
        declared_language="es-AR",
        title=headline,
        authors=["Facundo Ibarra"],
        published="2024-07-09T22:15:00-03:00",
        shapes=["comments-article", "teasers-above", "jsonld-graph", "local-offset", "article-p"],
        html=html,
        must_contain=[
            K11_STORY[0],
            "Muchos llevaban semanas haciendo el rodeo de 140 kilómetros por el puente de Paso Hondo.",
            "El horario completo se recuperará cuando el río supere los 1,80 metros en el hidrómetro local.",
            K11_STORY[6],
        ],
        must_not_contain=[
            K11_TOP,
            K11_COMMENT,
            "Seis cruces no alcanzan, a la mañana se llena.",
            "Usamos cookies propias y de terceros",
            LITORAL.footer,
            LITORAL.newsletter,
        ],
        story=K11_STORY,
    )


# --- k12: ASP.NET form, list and table in the story, date only in the URL, byline "Por A y B" --------------

HERALDO = Site(
    name="El Heraldo de la Vega",
    domain="heraldovega.example",
    lang="es-ES",
    nav=["Portada", "La Vega", "Comarcas", "Campo", "Sucesos", "Deportes", "Agenda"],
    cookie="Este sitio web utiliza cookies para que usted tenga la mejor experiencia de usuario.",
    newsletter="Suscríbase a nuestro boletín y reciba cada mañana la actualidad de la Vega.",
    footer="© Editorial Vega Norte S.L. 2024 – Todos los derechos reservados",
    labels=ES,
    footer_links=["Aviso legal", "Política de privacidad", "Política de cookies", "Contacto"],
)

K12_P = [
    "La Mancomunidad de Aguas de la Vega aprobó este martes un paquete de restricciones que afectará a los 86.000 vecinos de sus catorce municipios a partir del 1 de marzo, tras un invierno en el que apenas ha llovido un tercio de lo habitual.",
    "Los embalses que abastecen a la comarca están al 23 % de su capacidad, el nivel más bajo desde que hay registros. La presidenta de la Mancomunidad, Rocío Santamaría, pidió «responsabilidad a todos» y descartó por ahora los cortes nocturnos.",
    "Las multas por incumplir las restricciones irán de 300 a 3.000 euros, según la ordenanza aprobada en el mismo pleno.",
    "Los regantes, que consumen cerca del 70 % del agua de la cuenca, tendrán su propio calendario, que se negociará la próxima semana con la Confederación Hidrográfica.",
    "Desde la asociación de vecinos de San Lázaro criticaron que las medidas lleguen «tarde y a medias». Su portavoz, Enrique Mora, recordó que hace un año ya pidieron revisar las fugas de la red, por las que se pierde un 18 % del agua.",
    "La Mancomunidad revisará las restricciones el 15 de abril.",
]
K12_LI = [
    "Prohibido regar jardines y zonas verdes privadas entre las 8.00 y las 21.00 horas.",
    "Cierre de las fuentes ornamentales y de las duchas de las playas fluviales.",
    "Prohibido llenar piscinas privadas, salvo las que ya estén llenas el 1 de marzo.",
    "Reducción del 20 % en el riego de parques municipales.",
]
K12_ROWS = [
    ("El Cerrillo", "19 %", "41 %", "Toma de emergencia activada en enero"),
    ("Valdeparra", "27 %", "52 %", "Sin incidencias"),
    ("Los Tejos", "24 %", "38 %", "Aportes del deshielo previstos en abril"),
]
K12_READ = "Lee también: Así se prepararon otras comarcas para la última sequía"
K12_TEASER = "Los agricultores de la Vega piden ayudas por la sequía"
K12_COMMENT = "Y mientras tanto el campo de golf regando a mediodía, como siempre."


def _k12() -> Page:
    url = "https://www.heraldovega.example/la-vega/2024/02/27/restricciones-agua-mancomunidad-86000-vecinos-1458822.html"
    headline = "La Vega restringe el riego y el llenado de piscinas por la sequía"
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in K12_ROWS)
    body = f"""<p>{t(K12_P[0])}</p>
<p>{t(K12_P[1])}</p>
<p><strong>Principales medidas:</strong></p>
<ul class="destacados">{"".join(f"<li>{t(x)}</li>" for x in K12_LI)}</ul>
<p>{t(K12_P[2])}</p>
<p class="relacionada"><a href="/la-vega/2023/sequia-otras-comarcas.html">{t(K12_READ)}</a></p>
<table class="tabla-datos"><caption>Nivel de los embalses (porcentaje de su capacidad)</caption>
<thead><tr><th>Embalse</th><th>Hoy</th><th>Hace un año</th><th>Observaciones</th></tr></thead>
<tbody>{rows}</tbody></table>
<p>{t(K12_P[3])}</p>
<p>{t(K12_P[4])}</p>
<p>{t(K12_P[5])}</p>"""
    article = f"""<div id="ctl00_ContentPlaceHolder1_pnlNoticia" class="noticia">
<div class="antetitulo">Sequía</div>
<h1 id="ctl00_ContentPlaceHolder1_lblTitulo">{t(headline)}</h1>
<h2 class="entradilla">Los 86.000 vecinos de catorce municipios tendrán limitaciones desde el 1 de marzo.</h2>
<div class="firma">Por Nuria Bellido y Álvaro Quintana</div>
{share_bar(HERALDO)}
<div id="ctl00_ContentPlaceHolder1_divCuerpo" class="cuerpo">
{body}
</div>
<div class="encuesta"><span>¿Cree que las medidas son suficientes?</span> <input type="radio" name="ctl00$enc" value="si"> Sí <input type="radio" name="ctl00$enc" value="no"> No
<input type="submit" name="ctl00$ContentPlaceHolder1$btnVotar" value="Votar"></div>
</div>"""
    head = "\n".join(
        [
            canonical(url),
            meta("og:title", headline, "property"),
            meta("og:type", "article", "property"),
            meta("og:site_name", HERALDO.name, "property"),
        ]
    )
    html = classic(
        HERALDO,
        title=f"{headline} - El Heraldo de la Vega",
        head=head,
        article=article,
        teasers=[
            Teaser(
                K12_TEASER,
                "/campo/2024/02/20/ayudas-sequia.html",
                iso="2024-02-20T10:00:00+01:00",
                when="20/02/2024",
            ),
            Teaser(
                "Las reservas de la cuenca, al mínimo del siglo",
                "/la-vega/2024/02/13/reservas.html",
                iso="2024-02-13T09:30:00+01:00",
                when="13/02/2024",
            ),
        ],
        most_read=[
            "Cortes de tráfico en la avenida del Río por obras",
            "El mercado de abastos amplía su horario",
        ],
        comments=[Comment("Vecino de San Lázaro", "", "Hace 2 horas", K12_COMMENT)],
        form=True,
    )
    return Page(
        id="k12-es-aspnet-form-list-table-url-date",
        url=url,
        language="es",
        declared_language="es-ES",
        title=headline,
        authors=["Nuria Bellido", "Álvaro Quintana"],
        published="2024-02-27",
        shapes=["form", "lists-tables", "url-date", "byline-text", "read-also-inline"],
        html=html,
        must_contain=[K12_P[0], K12_LI[1], "Toma de emergencia activada en enero", K12_P[5]],
        must_not_contain=[
            K12_READ,
            K12_TEASER,
            K12_COMMENT,
            "Este sitio web utiliza cookies",
            HERALDO.footer,
            HERALDO.newsletter,
        ],
        story=K12_P + K12_LI + [" ".join(r) for r in K12_ROWS] + [x for r in K12_ROWS for x in r],
    )


# --- k13: es-MX interview (questions in <strong>), microdata, photo credit ---------------------------------

ALTIPLANO = Site(
    name="Diario Altiplano",
    domain="diarioaltiplano.example",
    lang="es-MX",
    nav=["Local", "Estado", "Nacional", "Cultura", "Deportes", "Opinión"],
    cookie="Este sitio usa cookies. Al continuar navegando aceptas nuestro aviso de privacidad.",
    newsletter="Suscríbete al boletín de Cultura de Diario Altiplano y recibe cada jueves la agenda del fin de semana.",
    footer="Diario Altiplano © 2024. Todos los derechos reservados.",
    labels=ES | {"accept": "Entendido", "related": "Te puede interesar"},
    footer_links=["Aviso de privacidad", "Directorio", "Contacto", "Publicidad"],
)

K13_INTRO = [
    "Desde hace 22 años, Lucía Ocampo sube cada semana a los coros de las iglesias de San Isidro de las Peñas para escuchar, limpiar y remendar órganos que nadie más sabe tocar. Este mes terminó la restauración del más antiguo de la región, construido en 1788.",
    "Platicamos con ella en su taller, entre tubos de plomo y fuelles de piel de borrego.",
]
K13_QA = [
    (
        "¿Cómo llegó a este oficio?",
        "Por accidente. Estudié química y entré a trabajar a un laboratorio de restauración de pintura. Un día llegó un órgano desarmado en cajas y nadie sabía qué hacer con él. Me quedé con las cajas.",
    ),
    (
        "¿Qué encontró al abrir el órgano de 1788?",
        "Nidos de murciélago, sobre todo. Y tubos con parches de cera de otras reparaciones. Lo más difícil fue el fuelle: tuvimos que coser de nuevo 40 metros de piel, a mano.",
    ),
    (
        "¿Cuánto cuesta una restauración así?",
        "Esta costó cerca de 1,2 millones de pesos, que pagaron la parroquia y un fondo estatal. Parece mucho, pero un órgano nuevo de ese tamaño costaría diez veces más.",
    ),
    (
        "¿Hay relevo?",
        "Tengo dos aprendices, una de ellas de 19 años. Si aprenden a escuchar, el resto viene solo.",
    ),
]
K13_END = "El órgano volverá a sonar en público el 5 de mayo, en un concierto gratuito en la parroquia de San Isidro."
K13_CREDIT = "Foto: Daniel Ruvalcaba / Diario Altiplano"
K13_TEASER = "La banda de viento de Tepalcingo cumple cien años"
K13_COMMENT = "Qué orgullo que todavía haya gente que se dedique a esto. Felicidades, maestra."


def _k13() -> Page:
    url = "https://diarioaltiplano.example/cultura/lucia-ocampo-organos-san-isidro-entrevista/"
    headline = "Lucía Ocampo, la mujer que devuelve la voz a los órganos de San Isidro"
    qa = "\n".join(f"<p><strong>{t(q_)}</strong></p>\n<p>{t(a_)}</p>" for q_, a_ in K13_QA)
    article = f"""<article class="entry" itemscope itemtype="https://schema.org/NewsArticle">
<div class="entry-cat">Cultura · Entrevista</div>
<h1 class="entry-title" itemprop="headline">{t(headline)}</h1>
<div class="entry-byline"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ximena Arriaga</span></span>
| <time itemprop="datePublished" datetime="2024-04-16T10:30:00-06:00">16 de abril de 2024</time></div>
{figure("https://diarioaltiplano.example/wp-content/uploads/2024/04/ocampo-taller.jpg", "Lucía Ocampo en su taller.", K13_CREDIT)}
<div class="entry-content" itemprop="articleBody">
{chr(10).join(f"<p>{t(x)}</p>" for x in K13_INTRO)}
{qa}
<p>{t(K13_END)}</p>
</div>
{share_bar(ALTIPLANO)}
</article>"""
    head = "\n".join([canonical(url), meta("description", K13_INTRO[0][:150])])
    html = classic(
        ALTIPLANO,
        title=f"{headline} | Diario Altiplano",
        head=head,
        article=article,
        teasers=[
            Teaser(K13_TEASER, "/cultura/banda-tepalcingo/"),
            Teaser("Reabre el museo de la platería tras dos años", "/cultura/museo-plateria/"),
        ],
        comments=[
            Comment("Rogelio M.", "2024-04-16T13:00:00-06:00", "16 abril, 2024 at 1:00 pm", K13_COMMENT)
        ],
        most_read=["Cierran el libramiento norte por obras", "Feria del queso: fechas y horarios"],
    )
    story = K13_INTRO + [x for pair in K13_QA for x in pair] + [K13_END]
    return Page(
        id="k13-es-mx-interview-microdata",
        url=url,
        language="es",
        declared_language="es-MX",
        title=headline,
        authors=["Ximena Arriaga"],
        published="2024-04-16T10:30:00-06:00",
        shapes=["interview", "microdata", "article-p", "photo-credit"],
        html=html,
        must_contain=[
            K13_INTRO[0].split(". ")[0] + ".",
            K13_QA[1][0],
            "Esta costó cerca de 1,2 millones de pesos, que pagaron la parroquia y un fondo estatal.",
            K13_END,
        ],
        must_not_contain=[
            K13_CREDIT,
            K13_TEASER,
            K13_COMMENT,
            "Este sitio usa cookies.",
            ALTIPLANO.footer,
            ALTIPLANO.newsletter,
        ],
        story=story,
    )


PAGES = [_k11(), _k12(), _k13()]
