"""Spanish pages of the held-out set (invented stories), one from a Mexican site."""

from __future__ import annotations

from build_holdout import Page
from chrome import (
    ad,
    breadcrumbs,
    cookie,
    esc,
    footer,
    head,
    jsonld,
    mega_nav,
    most_read,
    newsletter,
    share,
    simple_nav,
    tail_scripts,
    ticker,
)
from sites import ES, MX

PAGES: list[Page] = []

# --- 1. Comments as <article> elements; teaser <article>s above the story; JSON-LD ------------------------------

s = ES
title = "Cádiz estrena un carril bici que une la playa con el casco antiguo"
ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": title,
    "datePublished": "2024-04-03T13:20:00+02:00",
    "author": {"@type": "Person", "name": "Rocío Villalba"},
}
top = "".join(
    f'<article class="card"><h3><a href="/local/{i}.html">{esc(h)}</a></h3><p>{esc(d)}</p><time datetime="2024-04-0{i + 1}T09:00:00+02:00">hace {i + 2} horas</time></article>'
    for i, (h, d) in enumerate(
        [
            (
                "El puerto recibe el primer crucero de la temporada",
                "Más de 3.000 pasajeros desembarcan en la ciudad.",
            ),
            ("La Diputación aprueba el plan de playas", "Nuevas pasarelas accesibles en seis municipios."),
            (
                "Detenido un hombre por robar en varias farmacias",
                "La Policía Nacional recupera parte del botín.",
            ),
        ]
    )
)
comments = "".join(
    f'<article class="comment" id="c{i}"><header><span class="comment-author">{esc(w)}</span> <time datetime="2024-04-03T1{5 + i}:00:00+02:00">03/04/2024</time></header><p>{esc(t)}</p><footer><button>Responder</button> <button>Me gusta</button></footer></article>'
    for i, (w, t) in enumerate(
        [
            (
                "ManoloCadiz",
                "Ya era hora, pero lo han hecho estrechísimo y los patinetes van a ir por ahí también, ya veréis.",
            ),
            (
                "Lucía R.",
                "Yo lo he probado esta mañana con mis hijos y se va muy bien, sobre todo por la zona de la Alameda.",
            ),
            (
                "vecino_santamaria",
                "¿Y dónde se supone que vamos a aparcar ahora los que vivimos en el centro?",
            ),
        ]
    )
)
body = f"""{mega_nav(s)}
<main id="main"><section class="top-stories"><h2>Lo último</h2>{top}</section>
<article class="noticia">
<header><h1>{esc(title)}</h1><p class="entradilla">El nuevo trazado, de 3,4 kilómetros, conecta la playa de la Victoria con la Puerta de Tierra.</p>
<p class="firma">Rocío Villalba · <time datetime="2024-04-03T13:20:00+02:00">3 abr 2024 - 13:20</time></p></header>
{share(s)}
<div class="cuerpo">
<p>El Ayuntamiento de Cádiz abrió este miércoles al tráfico el nuevo carril bici que une la playa de la Victoria con el casco antiguo a lo largo de 3,4 kilómetros.</p>
<p>El trazado discurre por la avenida principal, separado de la calzada por un bordillo y una hilera de naranjos, y cuenta con once aparcamientos para bicicletas.</p>
<p>La obra ha costado 2,1 millones de euros, financiados en su mayor parte con fondos europeos de movilidad sostenible.</p>
<p>La concejala de Movilidad, Inmaculada Ortega, aseguró que el objetivo es que «ir en bici al trabajo sea más rápido que ir en coche».</p>
<p>Las asociaciones de comerciantes del centro, sin embargo, critican la pérdida de unas 120 plazas de aparcamiento en superficie.</p>
</div></article>
<section class="comentarios"><h2>Comentarios (3)</h2>{comments}<form class="comment-form"><textarea placeholder="Escribe tu comentario"></textarea><button>Publicar</button></form></section>
</main>
{newsletter(s)}
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h19-es-comments-as-article",
        url="https://www.diariodellitoral.example/cadiz/carril-bici-victoria-casco-antiguo_4471.html",
        language="es",
        declared_language="es-ES",
        title=title,
        authors=["Rocío Villalba"],
        published="2024-04-03T13:20:00+02:00",
        shapes=["comments-article", "teaser-articles", "jsonld"],
        html=head(s, f"{title} | {s.name}", jsonld(ld)) + body + tail_scripts(s),
        must_contain=[
            "El Ayuntamiento de Cádiz abrió este miércoles al tráfico el nuevo carril bici",
            "La obra ha costado 2,1 millones de euros",
            "ir en bici al trabajo sea más rápido que ir en coche",
            "critican la pérdida de unas 120 plazas de aparcamiento en superficie.",
        ],
        must_not_contain=[
            "los patinetes van a ir por ahí también",
            "Yo lo he probado esta mañana con mis hijos",
            "El puerto recibe el primer crucero de la temporada",
            "Más de 3.000 pasajeros desembarcan en la ciudad.",
            s.newsletter,
            s.cookie,
        ],
    )
)

# --- 2. AMP page -------------------------------------------------------------------------------------------------

title = "Huelva bate su récord de exportación de fresas"
ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "mainEntityOfPage": "https://www.diariodellitoral.example/economia/fresas-record-exportacion_5012.html",
    "headline": title,
    "datePublished": "2024-06-18T09:00:00+02:00",
    "author": {"@type": "Person", "name": "Álvaro Quintero"},
    "publisher": {
        "@type": "Organization",
        "name": s.name,
        "logo": {"@type": "ImageObject", "url": "https://cdn.diariodellitoral.example/logo.png"},
    },
    "image": ["https://cdn.diariodellitoral.example/img/fresas.jpg"],
}
amp = f"""<!doctype html>
<html ⚡ lang="es">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<title>{esc(title)} | {esc(s.name)}</title>
<link rel="canonical" href="https://www.diariodellitoral.example/economia/fresas-record-exportacion_5012.html">
<meta name="viewport" content="width=device-width">
{jsonld(ld)}
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Georgia,serif}}.amp-header{{background:#003366;color:#fff;padding:8px}}.amp-article{{padding:16px}}</style>
</head>
<body>
<amp-sidebar id="menu" layout="nodisplay" side="left"><ul>{"".join(f'<li><a href="/{n.lower()}/">{esc(n)}</a></li>' for n in s.nav)}</ul></amp-sidebar>
<header class="amp-header"><button on="tap:menu.toggle">☰</button> <a href="/">{esc(s.name)}</a></header>
<article class="amp-article">
<h1>{esc(title)}</h1>
<div class="amp-byline">Álvaro Quintero · 18/06/2024 09:00</div>
<amp-img src="https://cdn.diariodellitoral.example/img/fresas.jpg" width="1200" height="675" layout="responsive" alt="Recogida de fresas en Moguer"></amp-img>
<p>Las exportaciones de fresa de la provincia de Huelva alcanzaron en la última campaña las 312.000 toneladas, la cifra más alta de su historia.</p>
<p>Alemania, Francia y el Reino Unido concentran más del sesenta por ciento de las ventas al exterior, según los datos de la asociación de productores.</p>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp_mpu"><div placeholder>Publicidad</div></amp-ad>
<p>El sector atribuye el crecimiento a unas lluvias más regulares en primavera y a la ampliación de la superficie cubierta con invernaderos.</p>
<p>Los agricultores advierten, no obstante, de que la falta de agua en el acuífero de Doñana sigue siendo la principal amenaza para las próximas campañas.</p>
<amp-social-share type="whatsapp"></amp-social-share><amp-social-share type="twitter"></amp-social-share>
</article>
<section class="amp-related"><h2>{esc(s.related)}</h2><ul><li><a href="/economia/1.html">El precio del aceite de oliva baja por tercer mes consecutivo</a></li><li><a href="/economia/2.html">Los arándanos ganan terreno en la campiña onubense</a></li></ul></section>
<footer class="amp-footer"><p>{esc(s.footer_note)}</p><a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Privacidad</a></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-EXAMPLE01"}}}}</script></amp-analytics>
</body>
</html>
"""
PAGES.append(
    Page(
        id="h20-es-amp",
        url="https://www.diariodellitoral.example/economia/fresas-record-exportacion_5012.amp.html",
        language="es",
        declared_language="es",
        title=title,
        authors=["Álvaro Quintero"],
        published="2024-06-18T09:00:00+02:00",
        shapes=["amp", "jsonld"],
        html=amp,
        must_contain=[
            "Las exportaciones de fresa de la provincia de Huelva alcanzaron en la última campaña las 312.000 toneladas",
            "a unas lluvias más regulares en primavera",
            "la falta de agua en el acuífero de Doñana sigue siendo la principal amenaza",
        ],
        must_not_contain=[
            "El precio del aceite de oliva baja por tercer mes consecutivo",
            "Los arándanos ganan terreno en la campiña onubense",
            s.footer_note,
        ],
    )
)

# --- 3. Mexican site: local time with offset (UTC day is the next one) ------------------------------------------

s = MX
title = "Granizada sorprende a León y deja calles inundadas"
ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": title,
    "datePublished": "2024-08-27T22:30:00-06:00",
    "author": [{"@type": "Person", "name": "Eduardo Salcedo"}, {"@type": "Person", "name": "Brenda Ocampo"}],
}
body = f"""{mega_nav(s)}
{ticker("Última hora", ["Cierran la carretera León-Silao por obras", "Suspenden clases en tres municipios"])}
<div id="main" class="contenedor"><div class="nota">
{breadcrumbs(["Inicio", "Estado", "León"])}
<h1>{esc(title)}</h1>
<div class="autores">Eduardo Salcedo y Brenda Ocampo | 27/08/2024 22:30</div>
<div class="nota-cuerpo">
<p>Una fuerte granizada cayó la noche de este martes sobre León y cubrió de hielo calles y avenidas del centro y del norte de la ciudad en apenas veinte minutos.</p>
<p>Protección Civil informó que al menos catorce colonias registraron encharcamientos y que varios vehículos quedaron varados en el bulevar Adolfo López Mateos.</p>
{ad(s, "nota-1")}
<p>No se reportaron personas lesionadas, aunque el granizo rompió tragaluces en dos escuelas y en un mercado municipal.</p>
<p>El servicio meteorológico prevé más tormentas para el resto de la semana, por lo que las autoridades pidieron a los automovilistas evitar los pasos a desnivel.</p>
</div>
{share(s)}</div>
<div class="lateral">{most_read(s, ["Así quedó el estadio tras la remodelación", "Precio del gas LP en Guanajuato esta semana"])}</div></div>
{newsletter(s)}
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h21-es-mx-local-offset",
        url="https://www.vigiabajio.example/leon/granizada-calles-inundadas-7781.html",
        language="es",
        declared_language="es-MX",
        title=title,
        authors=["Eduardo Salcedo", "Brenda Ocampo"],
        published="2024-08-27T22:30:00-06:00",
        shapes=["local-offset", "jsonld"],
        html=head(s, f"{title} - {s.name}", jsonld(ld)) + body + tail_scripts(s),
        must_contain=[
            "Una fuerte granizada cayó la noche de este martes sobre León",
            "al menos catorce colonias registraron encharcamientos",
            "las autoridades pidieron a los automovilistas evitar los pasos a desnivel.",
        ],
        must_not_contain=[
            "Cierran la carretera León-Silao por obras",
            "Así quedó el estadio tras la remodelación",
            s.newsletter,
            s.footer_note,
            s.cookie,
        ],
    )
)

# --- 4. Malformed HTML: stray </div>s, unclosed <div>/<span>, an unclosed <header>; OpenGraph ----------------------

s = ES
title = "Un velero de 1920 vuelve a navegar tras diez años de restauración"
meta = f"""<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="article:published_time" content="2024-10-05T19:10:00+02:00">
<meta name="author" content="Iñaki Goikoetxea">"""
body = f"""<header class="cabecera"><div class="logo"><a href="/">{esc(s.name)}</a>
{simple_nav(s)}
</div></div></div>
<div id="main" class="principal"><div class="columna">
<h1>{esc(title)}</h1>
<span class="firma">Iñaki Goikoetxea
<div class="texto">
<p>El <i>Itsaslore</i>, un velero de madera construido en 1920 en los astilleros de Pasajes, volvió este sábado a navegar frente a la bahía de La Concha.
<p>Un grupo de voluntarios de la asociación Ontziola ha dedicado diez años y unas 40.000 horas de trabajo a sustituir el casco, los mástiles y las velas.</div>
<p>Buena parte de la madera de roble procede de árboles caídos en los temporales de 2019 en los montes de Oiartzun.</p>
</div></div></span>
<div class="publi">{esc(s.ad_label)}: <a href="/promo">Gana un crucero por el Mediterráneo con tu suscripción</a></div>
<p>El barco se utilizará a partir de la próxima primavera para cursos de navegación tradicional dirigidos a escolares.
</div>
<div class="relacionadas"><h3>{esc(s.related)}</h3><ul><li><a href="/r/1">La trainera de Orio gana la bandera de La Concha</a><li><a href="/r/2">Abre el nuevo museo naval de San Sebastián</a></ul></div>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h22-es-malformed-opengraph",
        url="https://www.diariodellitoral.example/gipuzkoa/velero-itsaslore-restauracion_5530.html",
        language="es",
        declared_language="es-ES",
        title=title,
        authors=["Iñaki Goikoetxea"],
        published="2024-10-05T19:10:00+02:00",
        shapes=["malformed", "unclosed-header", "opengraph"],
        html=head(s, f"{title} | {s.name}", meta) + body + tail_scripts(s),
        must_contain=[
            "volvió este sábado a navegar frente a la bahía de La Concha.",
            "Un grupo de voluntarios de la asociación Ontziola ha dedicado diez años",
            "Buena parte de la madera de roble procede de árboles caídos",
            "cursos de navegación tradicional dirigidos a escolares.",
        ],
        must_not_contain=[
            "Gana un crucero por el Mediterráneo con tu suscripción",
            "La trainera de Orio gana la bandera de La Concha",
            s.footer_note,
            s.cookie,
        ],
    )
)
