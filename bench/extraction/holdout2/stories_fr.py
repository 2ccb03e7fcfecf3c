# ruff: noqa: RUF001
"""French pages of the second held-out set (k08-k10)."""

from __future__ import annotations

from kit2 import (
    Comment,
    Page,
    Site,
    Teaser,
    amp,
    canonical,
    classic,
    jsonld,
    meta,
    og,
    person,
    publisher,
    share_bar,
    t,
)

FR = {
    "skip": "Aller au contenu",
    "search": "Rechercher",
    "menu": "Menu",
    "related": "Voir aussi",
    "most_read": "Les plus lus",
    "comments": "Commentaires",
    "reply": "Répondre",
    "accept": "Accepter",
    "settings": "Paramétrer",
    "newsletter_button": "Je m'inscris",
    "email": "Adresse e-mail",
    "share": "Partager",
    "share_items": "Facebook|X|WhatsApp|Copier le lien",
    "login": "Se connecter",
    "ad": "Publicité",
    "ticker": "En direct",
    "top_stories": "À la une",
}

NBSP = "\u00a0"

# --- k08: photo gallery, the story in figcaptions, photo credits, OpenGraph --------------------------------

CAUSSES = Site(
    name="Le Courrier des Causses",
    domain="courrier-causses.example",
    lang="fr",
    nav=["Actualité", "Millau", "Causses", "Sports", "Loisirs", "Diaporamas", "Annonces"],
    cookie="Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations sur votre appareil.",
    newsletter="Recevez chaque vendredi le meilleur de nos diaporamas et reportages.",
    footer="© Le Courrier des Causses 2024 – Tous droits réservés",
    labels=FR,
    footer_links=["Mentions légales", "Données personnelles", "Nous contacter", "Abonnement"],
)

K08_INTRO = [
    "Près de 1 800 brebis et une trentaine de bergers ont traversé dimanche matin le village de Saint-Ferréol-des-Combes, première étape de la montée vers les estives du plateau de la Garde.",
    "La fête, relancée en 2019 après quarante ans d'interruption, a attiré plusieurs milliers de visiteurs. Retour en images sur une journée rythmée par les sonnailles.",
]
K08_CAPTIONS = [
    "Les premières bêtes sont arrivées sur la place de l'église peu après 7 heures, guidées par les chiens de la famille Vergnes, qui mène le troupeau depuis trois générations.",
    "Les brebis de tête portent des pompons rouges et des sonnailles fabriquées à la main. Certaines cloches ont plus de cent ans.",
    "Au passage du pont de la Rouvière, les bergers ont dû ralentir la marche : le troupeau s'étire alors sur près d'un kilomètre.",
    "Les enfants de l'école communale avaient préparé des panneaux pour encourager les marcheurs. « On fait ça pour les brebis, mais aussi pour le village », sourit l'institutrice, Claire Bousquet.",
    "Vers midi, la halte au col des Trois-Fontaines a laissé le temps d'un repas partagé : aligot, fromage de brebis et fouace.",
    "Le troupeau restera sur le plateau jusqu'à la mi-octobre, avant la redescente vers les bergeries de la vallée.",
]
K08_CREDIT = "Photo : Anaïs Roubaud / Le Courrier des Causses"
K08_OTHER = "EN IMAGES. Le festival des Nuits du Causse en dix photos"
K08_COMMENT = "Magnifiques photos, on y était avec les petits, quelle ambiance !"


def _k08() -> Page:
    url = "https://courrier-causses.example/diaporamas/en-images-la-grande-transhumance-traverse-saint-ferreol-des-combes-11487"
    headline = "EN IMAGES. La grande transhumance traverse Saint-Ferréol-des-Combes"
    slides = "\n".join(
        f'<figure class="slide" data-index="{i + 1}"><div class="slide__counter">{i + 1}/{len(K08_CAPTIONS)}</div>'
        f'<img src="https://courrier-causses.example/photos/transhumance-{i + 1}.jpg" alt="" width="1200" height="800">'
        f'<span class="slide__credit">{t(K08_CREDIT)}</span><figcaption class="slide__caption">{t(x)}</figcaption></figure>'
        for i, x in enumerate(K08_CAPTIONS)
    )
    slides = slides.replace(
        '<figure class="slide" data-index="4">',
        '<div class="pub pub--diapo"><span>Publicité</span><div id="dfp-diapo-1"></div></div>\n<figure class="slide" data-index="4">',
    )
    article = f"""<article class="diaporama">
<header class="diaporama__header">
<p class="surtitre">Aveyron</p>
<h1>{t(headline)}</h1>
<p class="auteur">Par Mathilde Serrano</p>
<p class="date">Publié le 9 juin 2024 à 18h05</p>
{share_bar(CAUSSES)}
</header>
<div class="chapo">{"".join(f"<p>{t(x)}</p>" for x in K08_INTRO)}</div>
<div class="diaporama__slides">
{slides}
</div>
</article>"""
    head = "\n".join(
        [
            canonical(url),
            og(
                headline,
                url,
                CAUSSES,
                description=K08_INTRO[0],
                published="2024-06-09T18:05:00+02:00",
                author_urls=["https://courrier-causses.example/auteurs/mathilde-serrano"],
                author_names=["Mathilde Serrano"],
                section="Diaporamas",
                locale="fr_FR",
            ),
        ]
    )
    html = classic(
        CAUSSES,
        title=f"{headline} - Le Courrier des Causses",
        head=head,
        article=article,
        teasers=[
            Teaser(K08_OTHER, "/diaporamas/nuits-du-causse-11412"),
            Teaser("EN IMAGES. Le marché aux fleurs de Sévérac", "/diaporamas/marche-fleurs-11380"),
        ],
        most_read=[
            "Un nouveau médecin s'installe à Saint-Ferréol",
            "Les gorges fermées à la baignade après un orage",
        ],
        comments=[Comment("Josiane12", "2024-06-09T20:14:00+02:00", "9 juin 2024 à 20h14", K08_COMMENT)],
    )
    return Page(
        id="k08-fr-photo-gallery-figcaptions",
        url=url,
        language="fr",
        declared_language="fr",
        title=headline,
        authors=["Mathilde Serrano"],
        published="2024-06-09T18:05:00+02:00",
        shapes=["gallery", "figcaption", "opengraph", "byline-text"],
        html=html,
        must_contain=[
            K08_INTRO[0],
            K08_CAPTIONS[2],
            "Certaines cloches ont plus de cent ans.",
            K08_CAPTIONS[5],
        ],
        must_not_contain=[
            K08_CREDIT,
            K08_OTHER,
            K08_COMMENT,
            "nous et nos partenaires utilisons des cookies",
            CAUSSES.footer,
            CAUSSES.newsletter,
        ],
        story=K08_INTRO + K08_CAPTIONS,
    )


# --- k09: opinion column with pull quote and author bio box, microdata ------------------------------------

ECHO = Site(
    name="L'Écho de l'Estuaire",
    domain="echo-estuaire.example",
    lang="fr",
    nav=["Actualités", "Port-Varenne", "Estuaire", "Économie", "Opinions", "Sports", "Culture"],
    cookie="Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés.",
    newsletter="La lettre des Opinions : chaque dimanche, les tribunes et débats de la semaine.",
    footer="© 2024 L'Écho de l'Estuaire SAS. Reproduction interdite.",
    labels=FR | {"related": "Dans la même rubrique"},
    footer_links=["Qui sommes-nous ?", "Mentions légales", "CGU", "Contact"],
)

K09_STORY = [
    "Le 15 décembre prochain, le dernier train de voyageurs quittera la gare de Port-Varenne pour Sainte-Colombe. Après 121 ans de service, la ligne sera « suspendue », selon le mot pudique employé par la région. Chacun sait ce que vaut ce genre de suspension.",
    "On nous explique que la ligne coûte trop cher pour trop peu de voyageurs : 640 par jour en moyenne. Mais ce chiffre est le résultat d'années de renoncement, pas une fatalité. Quand les horaires ne correspondent plus à ceux des lycées ni des usines, les usagers partent, et l'on invoque ensuite leur absence.",
    "Fermer une ligne n'est jamais neutre. Les cars de substitution mettront quarante minutes de plus pour relier les deux villes, sur une départementale déjà saturée l'été. Les plus pénalisés seront ceux qui n'ont pas de voiture : les jeunes, les personnes âgées, les ménages modestes.",
    "D'autres choix sont possibles. Ailleurs en Europe, des lignes comparables ont été sauvées par des trains légers, des haltes rouvertes et un cadencement simple : un train toutes les heures, à la même minute.",
    "Cela suppose d'investir, certes. Mais la rénovation de la voie est estimée à 38 millions d'euros, soit moins que le contournement routier que la même région s'apprête à financer à quelques kilomètres de là.",
    "Nous demandons un moratoire d'un an et une étude indépendante, associant les usagers, les communes et les entreprises de la vallée.",
    "Les petites lignes ne sont pas un luxe. Elles sont la condition pour que vivre loin des métropoles reste un choix, et non une peine.",
]
K09_BIO = "Hélène Marchetti est urbaniste et présidente de l'association Rails de l'Ouest."
K09_TEASER = "Tribune : « Le port a besoin d'un plan pour ses quais nord »"
K09_COMMENT = "Enfin quelqu'un qui le dit. Ma fille met déjà une heure pour aller au lycée."


def _k09() -> Page:
    url = "https://echo-estuaire.example/opinions/tribune-les-petites-lignes-ne-sont-pas-un-luxe-2024-02-20-xk81"
    headline = f"«{NBSP}Les petites lignes de train ne sont pas un luxe{NBSP}»"
    body = [f"<p>{t(x)}</p>" for x in K09_STORY]
    body.insert(
        3,
        f'<blockquote class="exergue"><p>«{NBSP}Les petites lignes ne sont pas un luxe.{NBSP}»</p></blockquote>',
    )
    article = f"""<article class="tribune" itemscope itemtype="https://schema.org/OpinionNewsArticle">
<header>
<p class="tribune__label">Tribune</p>
<h1 itemprop="headline">{t(headline)}</h1>
<p class="tribune__chapeau" itemprop="description">Pour l'urbaniste Hélène Marchetti, la fermeture de la ligne Port-Varenne–Sainte-Colombe serait une erreur que la région paierait longtemps.</p>
<p class="tribune__signature">Par <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="/auteurs/helene-marchetti"><span itemprop="name">Hélène Marchetti</span></a></span>, urbaniste</p>
<p class="tribune__date">Publié le <time itemprop="datePublished" datetime="2024-02-20T06:00:00+01:00">20 février 2024 à 6h00</time></p>
</header>
<div class="tribune__corps" itemprop="articleBody">
{chr(10).join(body)}
</div>
<aside class="auteur-bio">
<img src="https://echo-estuaire.example/auteurs/marchetti.jpg" alt="">
<p><strong>{t(K09_BIO)}</strong> Elle a publié «{NBSP}La France des gares oubliées{NBSP}» (Éditions du Quai, 2022).</p>
<p class="auteur-bio__plus">Du même auteur : <a href="#">Rendre les gares aux villes</a></p>
</aside>
<p class="tribune__avertissement">Les tribunes publiées dans cette rubrique n'engagent que leurs auteurs.</p>
</article>"""
    head = "\n".join(
        [
            canonical(url),
            meta(
                "description",
                "Pour l'urbaniste Hélène Marchetti, la fermeture de la ligne serait une erreur.",
            ),
        ]
    )
    html = classic(
        ECHO,
        title=f"{headline} | L'Écho de l'Estuaire",
        head=head,
        article=article,
        teasers=[
            Teaser(K09_TEASER, "/opinions/tribune-quais-nord"),
            Teaser("Éditorial : l'estuaire mérite mieux", "/opinions/editorial-estuaire"),
        ],
        most_read=[
            "Le pont tournant en travaux jusqu'en avril",
            "Port-Varenne : la halle aux poissons rouvre",
        ],
        comments=[Comment("Usager_PV", "2024-02-20T08:41:00+01:00", "20/02/2024 à 08h41", K09_COMMENT)],
        breadcrumbs=["Accueil", "Opinions", "Tribunes"],
    )
    return Page(
        id="k09-fr-opinion-author-bio-microdata",
        url=url,
        language="fr",
        declared_language="fr",
        title=headline,
        authors=["Hélène Marchetti"],
        published="2024-02-20T06:00:00+01:00",
        shapes=["opinion", "author-bio", "microdata", "article-p", "pull-quote"],
        html=html,
        must_contain=[
            "Le 15 décembre prochain, le dernier train de voyageurs quittera la gare de Port-Varenne pour Sainte-Colombe.",
            "Les cars de substitution mettront quarante minutes de plus pour relier les deux villes, sur une départementale déjà saturée l'été.",
            "Nous demandons un moratoire d'un an et une étude indépendante, associant les usagers, les communes et les entreprises de la vallée.",
            "Elles sont la condition pour que vivre loin des métropoles reste un choix, et non une peine.",
        ],
        must_not_contain=[
            K09_BIO,
            K09_TEASER,
            K09_COMMENT,
            "Nous utilisons des cookies pour mesurer l'audience",
            ECHO.footer,
            ECHO.newsletter,
        ],
        story=K09_STORY,
    )


# --- k10: AMP page, JSON-LD with two authors ---------------------------------------------------------------

LITTORAL = Site(
    name="Le Littoral Républicain",
    domain="littoral-republicain.example",
    lang="fr",
    nav=["Port-Saint-Elme", "Côte", "Faits divers", "Économie", "Mer", "Sports"],
    cookie="En poursuivant votre navigation, vous acceptez l'utilisation de cookies à des fins de mesure d'audience.",
    newsletter="",
    footer="© Le Littoral Républicain – 2024",
    labels=FR | {"accept": "OK", "related": "Sur le même sujet"},
    footer_links=["Mentions légales", "Politique de confidentialité", "Version complète"],
)

K10_STORY = [
    "La préfecture maritime a prolongé d'un an l'interdiction de la pêche aux oursins sur tout le littoral de Port-Saint-Elme, une mesure prise en 2021 après l'effondrement des populations dans la baie.",
    "Les comptages réalisés cet été par le parc marin montrent une légère remontée : 2,4 oursins par mètre carré en moyenne, contre 1,1 il y a trois ans. Les scientifiques estiment qu'il en faudrait au moins cinq pour rouvrir la pêche sans risque.",
    "Pour les restaurateurs du port, la nouvelle est une déception. « Les oursinades de février, c'était un tiers de notre chiffre d'affaires d'hiver », rappelle Gilles Amato, qui tient une brasserie sur le quai depuis vingt ans.",
    "Les pêcheurs professionnels, eux, se disent partagés. Plusieurs d'entre eux participent aux comptages et reconnaissent que la ressource n'est pas encore reconstituée.",
    "La préfecture a annoncé un renforcement des contrôles, notamment le week-end, après la verbalisation d'une dizaine de plongeurs de loisir l'hiver dernier. L'amende peut atteindre 22 500 euros.",
    "Un nouveau bilan sera présenté au comité local des pêches en septembre 2025.",
]
K10_READ = "Port-Saint-Elme : les herbiers de posidonie reprennent du terrain"
K10_TEASER = "Thon rouge : une saison record pour les pêcheurs de la baie"
K10_ADTEXT = "Publicité – La suite de l'article après cette annonce"


def _k10() -> Page:
    url = "https://littoral-republicain.example/amp/mer/peche-aux-oursins-l-interdiction-prolongee-d-un-an-5521907"
    headline = "Pêche aux oursins : l'interdiction prolongée d'un an à Port-Saint-Elme"
    authors = ["Bastien Lefort", "Inès Chaabane"]
    body = [f"<p>{t(x)}</p>" for x in K10_STORY]
    body.insert(
        2,
        f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/4417/littoral/amp_mer_1"><div placeholder>{t(K10_ADTEXT)}</div><div fallback></div></amp-ad>',
    )
    body.insert(
        5,
        f'<p class="lire-aussi"><strong>À lire aussi :</strong> <a href="/amp/mer/herbiers-posidonie-5519002">{t(K10_READ)}</a></p>',
    )
    article = f"""<article class="art">
<p class="art__rubrique">Mer</p>
<h1 class="art__titre">{t(headline)}</h1>
<p class="art__auteurs">Par Bastien Lefort et Inès Chaabane</p>
<p class="art__date"><time datetime="2024-10-03T07:00:00+02:00">Le 03/10/2024 à 07:00</time></p>
<amp-img src="https://img.littoral-republicain.example/oursins-1200.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>
<div class="art__partage"><amp-social-share type="facebook" width="36" height="36" data-param-app_id="1234"></amp-social-share><amp-social-share type="twitter" width="36" height="36"></amp-social-share><amp-social-share type="whatsapp" width="36" height="36"></amp-social-share></div>
<div class="art__corps">
{chr(10).join(body)}
</div>
</article>"""
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": url.replace("/amp/", "/"),
            "headline": headline,
            "image": ["https://img.littoral-republicain.example/oursins-1200.jpg"],
            "datePublished": "2024-10-03T07:00:00+02:00",
            "dateModified": "2024-10-03T07:00:00+02:00",
            "author": [person(n, LITTORAL) for n in authors],
            "publisher": publisher(LITTORAL),
        }
    )
    html = amp(
        LITTORAL,
        title=f"{headline} - Le Littoral Républicain",
        head=head,
        url=url,
        article=article,
        teasers=[
            Teaser(K10_TEASER, "/amp/mer/thon-rouge-5518440"),
            Teaser("Le sentier du littoral rouvert après l'éboulement", "/amp/cote/sentier-5517001"),
        ],
    )
    return Page(
        id="k10-fr-amp-jsonld-two-authors",
        url=url,
        language="fr",
        declared_language="fr",
        title=headline,
        authors=authors,
        published="2024-10-03T07:00:00+02:00",
        shapes=["amp", "jsonld", "article-p", "read-also-inline", "ad-slots"],
        html=html,
        must_contain=[
            K10_STORY[0],
            "Les scientifiques estiment qu'il en faudrait au moins cinq pour rouvrir la pêche sans risque.",
            "Plusieurs d'entre eux participent aux comptages et reconnaissent que la ressource n'est pas encore reconstituée.",
            K10_STORY[5],
        ],
        must_not_contain=[
            K10_READ,
            K10_TEASER,
            K10_ADTEXT,
            "vous acceptez l'utilisation de cookies",
            LITTORAL.footer,
        ],
        story=K10_STORY,
    )


PAGES = [_k08(), _k09(), _k10()]
