"""French pages of the held-out set (invented stories)."""

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
    tail_scripts,
    teasers,
)
from sites import FR

PAGES: list[Page] = []
s = FR

# --- 1. Byline "Par ... et ..." in the text, date only in the URL --------------------------------------------------

title = "Millau : le marché couvert rouvrira ses portes après deux ans de travaux"
body = f"""{mega_nav(s)}
<main id="main"><div class="article-container">
{breadcrumbs(["Aveyron", "Millau"])}
<h1 class="article-title">{esc(title)}</h1>
<p class="chapo">La halle du XIXe siècle, fermée pour désamiantage et rénovation, accueillera de nouveau les commerçants dès le mois de mai.</p>
<div class="signature">Par Julien Marchetti et Aurélie Fontaine</div>
{share(s)}
<div class="article-content">
<p>Les Millavois pourront de nouveau faire leur marché sous la grande halle de la place Foch à partir du samedi 4 mai, a annoncé la mairie lundi soir.</p>
<p>Le bâtiment, construit en 1886, était fermé depuis février 2022 pour des travaux de désamiantage, de reprise de la charpente et de mise aux normes électriques.</p>
{ad(s, "pave-1")}
<p>Le chantier a coûté 4,7 millions d'euros, dont un tiers financé par la région et l'État au titre de la revitalisation des centres-villes.</p>
<p>« Les commerçants ont tenu bon pendant deux ans sur le parking, sous la pluie comme sous le soleil, ils méritent ce retour », a déclaré l'adjointe au commerce, Nadine Cabrol.</p>
<p>Vingt-deux emplacements sont prévus, dont quatre réservés à des producteurs bio du Larzac, ainsi qu'un petit espace de restauration à l'étage.</p>
</div>
<div class="article-tags"><a href="/tag/millau">Millau</a> <a href="/tag/commerce">Commerce</a></div>
</div>
{teasers(s, [("Viaduc : un week-end de fermeture pour inspection", "La circulation sera déviée par la RD 911."), ("Roquefort : la fromagerie Vernhes ouvre ses caves au public", "Visites guidées tout l'été.")])}
<aside>{most_read(s, ["Rodez : un incendie détruit un entrepôt", "Météo : retour de la neige sur l'Aubrac"])}{newsletter(s)}</aside>
</main>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h15-fr-url-date-byline-par",
        url="https://www.courrier-causses.example/aveyron/millau/2024/02/19/le-marche-couvert-rouvrira-en-mai",
        language="fr",
        declared_language="fr-FR",
        title=title,
        authors=["Julien Marchetti", "Aurélie Fontaine"],
        published="2024-02-19",
        shapes=["url-date", "byline-text"],
        html=head(s, f"{title} - {s.name}") + body + tail_scripts(s),
        must_contain=[
            "Les Millavois pourront de nouveau faire leur marché sous la grande halle de la place Foch",
            "Le chantier a coûté 4,7 millions d'euros",
            "ils méritent ce retour",
            "dont quatre réservés à des producteurs bio du Larzac",
        ],
        must_not_contain=[
            "Viaduc : un week-end de fermeture pour inspection",
            "Rodez : un incendie détruit un entrepôt",
            s.newsletter,
            s.footer_note,
            s.cookie,
        ],
    )
)

# --- 2. List-heavy article: <ul> and <ol>; JSON-LD --------------------------------------------------------------

title = "Canicule : les dix gestes à adopter selon l'agence régionale de santé"
ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": title,
    "datePublished": "2024-07-29T10:15:00+02:00",
    "author": {"@type": "Person", "name": "Sophie Vialaret"},
}
gestes = [
    "Boire régulièrement de l'eau, sans attendre d'avoir soif.",
    "Se rafraîchir le corps plusieurs fois par jour, avec un brumisateur ou un gant humide.",
    "Éviter les efforts physiques entre 11 heures et 21 heures.",
    "Fermer volets et fenêtres le jour, et aérer la nuit quand l'air est plus frais.",
    "Passer quelques heures dans un lieu climatisé, comme une médiathèque ou un supermarché.",
    "Manger en quantité suffisante et éviter l'alcool.",
    "Prendre des nouvelles de ses voisins âgés ou isolés au moins une fois par jour.",
]
ol = "".join(f"<li>{esc(g)}</li>" for g in gestes)
body = f"""{mega_nav(s)}
<main id="main"><article class="article">
<h1>{esc(title)}</h1>
<div class="meta">Sophie Vialaret · Publié le 29/07/2024 à 10h15</div>
<div class="article-content">
<p>Alors que le département est placé en vigilance orange canicule jusqu'à jeudi au moins, l'agence régionale de santé rappelle les précautions à prendre pour limiter les risques.</p>
<p>Les personnes les plus exposées sont :</p>
<ul class="list">
<li>les personnes âgées de plus de 65 ans, surtout si elles vivent seules ;</li>
<li>les nourrissons et les enfants de moins de quatre ans ;</li>
<li>les travailleurs en extérieur, notamment dans le bâtiment et l'agriculture ;</li>
<li>les personnes souffrant de maladies chroniques ou prenant certains médicaments.</li>
</ul>
<h2>Les gestes recommandés</h2>
<ol>{ol}</ol>
<p>En cas de malaise, de fièvre ou de confusion, l'ARS demande d'appeler sans attendre le 15.</p>
<p>Un registre des personnes vulnérables est ouvert dans chaque mairie : les proches peuvent y inscrire un parent pour qu'il reçoive un appel quotidien pendant l'épisode de chaleur.</p>
</div>
{share(s)}
<div class="newsletter-inline">{newsletter(s)}</div>
</article>
{teasers(s, [("Sécheresse : restrictions d'eau renforcées dans 80 communes", "Arrosage interdit en journée."), ("Piscines municipales : horaires élargis", "Ouverture jusqu'à 21 heures.")])}
</main>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h16-fr-lists-jsonld",
        url="https://www.courrier-causses.example/sante/canicule-dix-gestes-ars-11822.php",
        language="fr",
        declared_language="fr-FR",
        title=title,
        authors=["Sophie Vialaret"],
        published="2024-07-29T10:15:00+02:00",
        shapes=["lists", "jsonld"],
        html=head(s, f"{title} | {s.name}", jsonld(ld)) + body + tail_scripts(s),
        must_contain=[
            "Alors que le département est placé en vigilance orange canicule",
            "les nourrissons et les enfants de moins de quatre ans",
            "Éviter les efforts physiques entre 11 heures et 21 heures.",
            "Prendre des nouvelles de ses voisins âgés ou isolés au moins une fois par jour.",
            "Un registre des personnes vulnérables est ouvert dans chaque mairie",
        ],
        must_not_contain=[
            "Sécheresse : restrictions d'eau renforcées dans 80 communes",
            s.newsletter,
            s.footer_note,
            s.cookie,
        ],
    )
)

# --- 3. Photo gallery: the captions are the story; OpenGraph ---------------------------------------------------

title = "En images : la transhumance des brebis sur l'Aubrac"
meta = f"""<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{esc(s.name)}">
<meta property="article:published_time" content="2024-05-26T18:00:00+02:00">
<meta property="article:author" content="Baptiste Roumégoux">"""
photos = [
    "Au petit matin, près de 1 200 brebis quittent la bergerie de Nasbinals pour rejoindre les estives, à une vingtaine de kilomètres.",
    "Les bergers et leurs chiens encadrent le troupeau sur les drailles, ces anciens chemins bordés de murets de pierre sèche.",
    "À mi-parcours, une halte est organisée au lac de Saint-Andéol, où les familles venues en spectateurs pique-niquent.",
    "Les brebis sont décorées de pompons et de sonnailles, une tradition que les éleveurs ont remise à l'honneur il y a une dizaine d'années.",
    "En fin d'après-midi, le troupeau atteint les pâturages d'altitude, où il restera jusqu'à la mi-octobre.",
]
slides = "".join(
    f'<figure class="slide" data-index="{i + 1}"><img src="/img/transhumance-{i + 1}.jpg" alt=""><figcaption><span class="count">{i + 1}/{len(photos)}</span> {esc(p)} <span class="credit">© B. Roumégoux</span></figcaption></figure>'
    for i, p in enumerate(photos)
)
body = f"""{mega_nav(s)}
<main id="main"><div class="gallery-page">
<h1>{esc(title)}</h1>
<div class="meta">Photos : Baptiste Roumégoux · 26/05/2024</div>
<p class="gallery-intro">Comme chaque dernier week-end de mai, des milliers de visiteurs ont suivi la montée des troupeaux vers les estives.</p>
<div class="gallery">{slides}</div>
<div class="gallery-nav"><button>Précédent</button><button>Suivant</button></div>
{ad(s, "gallery", "Publicité : Découvrez nos séjours randonnée en Aveyron")}
{teasers(s, [("Diaporama : la fête de la tripe à Espalion", "Retour en images."), ("Diaporama : le festival du Roquefort", "Les plus belles photos.")], heading="Autres diaporamas")}
</div></main>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h17-fr-photo-gallery-opengraph",
        url="https://www.courrier-causses.example/diaporamas/transhumance-aubrac-2024-3321",
        language="fr",
        declared_language="fr-FR",
        title=title,
        authors=["Baptiste Roumégoux"],
        published="2024-05-26T18:00:00+02:00",
        shapes=["gallery-captions", "opengraph"],
        html=head(s, f"{title} | {s.name}", meta) + body + tail_scripts(s),
        must_contain=[
            "des milliers de visiteurs ont suivi la montée des troupeaux vers les estives.",
            photos[0],
            photos[2],
            photos[4],
        ],
        must_not_contain=[
            "Découvrez nos séjours randonnée en Aveyron",
            "Diaporama : la fête de la tripe à Espalion",
            s.footer_note,
            s.cookie,
        ],
    )
)

# --- 4. Long-form magazine with pull quotes and figures; microdata -------------------------------------------

title = "Les derniers gardiens du phare de Cordouan"
body = f"""{mega_nav(s)}
<main id="main"><article class="magazine" itemscope itemtype="https://schema.org/Article">
<header class="mag-header"><span class="rubrique">Le grand format</span><h1 itemprop="headline">{esc(title)}</h1>
<p class="chapo" itemprop="description">Ils se relaient par deux, une semaine sur deux, au milieu de l'estuaire. Reportage.</p>
<p class="auteurs">Un reportage de <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Camille Berthelot</span></span>, photos de Yann Le Goff · <time itemprop="datePublished" datetime="2024-08-17T07:00:00+02:00">17 août 2024</time></p></header>
<div class="mag-body" itemprop="articleBody">
<p>À marée basse, il faut une heure de marche sur le platier rocheux pour atteindre la porte du phare, et les gardiens connaissent chaque flaque du chemin.</p>
<p>Cordouan est l'un des derniers phares de France encore habités : depuis l'automatisation de la lanterne, ses gardiens ne veillent plus sur la lumière, mais sur le monument.</p>
<figure class="full"><img src="/img/cordouan-1.jpg" alt=""><figcaption>La chapelle royale, au troisième étage du phare.</figcaption></figure>
<p>Ils accueillent les visiteurs l'été, surveillent l'état des pierres après chaque tempête et tiennent un journal de bord que personne n'oblige plus à remplir.</p>
<blockquote class="exergue">« Ici, on ne s'ennuie jamais. On écoute la mer, et elle parle beaucoup. »</blockquote>
<p>Sylvain, 58 ans, y passe sa dix-neuvième saison. Il ne donne pas son nom de famille, « parce que le phare est plus important que nous ».</p>
<p>Quand la relève arrive, le mardi, les deux équipes partagent un café dans la cuisine ronde, puis le bateau repart vers Le Verdon et le silence revient.</p>
</div>
<footer class="mag-footer"><p>Ce grand format fait partie de notre série estivale « Sentinelles ». <a href="/sentinelles">Retrouvez tous les épisodes</a>.</p></footer>
</article>
{teasers(s, [("Sentinelles : la dernière garde-barrière du Lot", "Épisode 3."), ("Sentinelles : le veilleur de feu du mont Aigoual", "Épisode 4.")])}
</main>
{newsletter(s)}
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h18-fr-longform-microdata",
        url="https://www.courrier-causses.example/grand-format/gardiens-phare-cordouan-8804",
        language="fr",
        declared_language="fr-FR",
        title=title,
        authors=["Camille Berthelot"],
        published="2024-08-17T07:00:00+02:00",
        shapes=["longform", "pull-quote", "figures", "microdata"],
        html=head(s, f"{title} | Le grand format | {s.name}") + body + tail_scripts(s),
        must_contain=[
            "il faut une heure de marche sur le platier rocheux pour atteindre la porte du phare",
            "ses gardiens ne veillent plus sur la lumière, mais sur le monument.",
            "tiennent un journal de bord que personne n'oblige plus à remplir.",
            "puis le bateau repart vers Le Verdon et le silence revient.",
        ],
        must_not_contain=[
            "Sentinelles : la dernière garde-barrière du Lot",
            "Retrouvez tous les épisodes",
            s.newsletter,
            s.footer_note,
            s.cookie,
        ],
    )
)
