"""Portuguese pages of the held-out set (invented stories): one Brazilian, one European."""

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
from sites import PT_BR, PT_PT

PAGES: list[Page] = []

# --- 1. pt-BR: byline "Por ..." in the text, date only in the URL -----------------------------------------------

s = PT_BR
title = "Goiânia ganha primeira feira noturna de produtores orgânicos"
body = f"""{mega_nav(s)}
<main id="main"><div class="materia">
{breadcrumbs(["Cidades", "Goiânia"])}
<h1 class="materia-titulo">{esc(title)}</h1>
<h2 class="materia-subtitulo">Barracas funcionam às quintas-feiras, das 17h às 22h, no Setor Bueno</h2>
<p class="materia-autor">Por Ana Lúcia Ferraz</p>
{share(s)}
<div class="materia-conteudo">
<p>A capital goiana passou a contar nesta quinta-feira com a primeira feira noturna dedicada exclusivamente a produtores orgânicos certificados.</p>
<p>São 28 barracas com hortaliças, frutas do cerrado como pequi e baru, queijos artesanais e pães de fermentação natural, instaladas na praça T-25.</p>
{ad(s, "meio")}
<p>A ideia surgiu de uma cooperativa de agricultores familiares de Hidrolândia, que reclamava da dificuldade de vender para quem trabalha durante o dia.</p>
<p>"O consumidor sai do trabalho, passa aqui e leva a verdura colhida de manhã", disse a presidente da cooperativa, Marlene Siqueira.</p>
<p>A prefeitura informou que avalia levar o modelo para outros dois bairros no ano que vem.</p>
</div></div>
<aside>{most_read(s, ["Calor de 39 graus: Goiás tem alerta laranja", "Concurso da prefeitura abre 300 vagas"])}{newsletter(s)}</aside>
{teasers(s, [("Preço do pequi dispara com safra menor", "Fruto chega a R$ 40 o quilo."), ("Feira hippie muda de endereço", "Mudança vale a partir de março.")])}
</main>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h27-pt-br-url-date-byline-por",
        url="https://www.folhadocerrado.example/cidades/2024/08/15/goiania-feira-noturna-organicos.ghtml",
        language="pt",
        declared_language="pt-BR",
        title=title,
        authors=["Ana Lúcia Ferraz"],
        published="2024-08-15",
        shapes=["url-date", "byline-text"],
        html=head(s, f"{title} | {s.name}") + body + tail_scripts(s),
        must_contain=[
            "A capital goiana passou a contar nesta quinta-feira com a primeira feira noturna",
            "frutas do cerrado como pequi e baru",
            "O consumidor sai do trabalho, passa aqui e leva a verdura colhida de manhã",
            "avalia levar o modelo para outros dois bairros no ano que vem.",
        ],
        must_not_contain=[
            "Calor de 39 graus: Goiás tem alerta laranja",
            "Preço do pequi dispara com safra menor",
            s.newsletter,
            s.footer_note,
            s.cookie,
        ],
    )
)

# --- 2. pt-PT: paywall teaser; JSON-LD -------------------------------------------------------------------------

s = PT_PT
title = "Aldeia do Xisto recupera fornos comunitários para atrair jovens"
ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": title,
    "datePublished": "2024-01-09T07:00:00+00:00",
    "author": {"@type": "Person", "name": "Rui Valadares"},
    "isAccessibleForFree": "False",
}
body = f"""{mega_nav(s)}
<main id="main"><article class="artigo">
<h1>{esc(title)}</h1>
<p class="lead">Projecto de Cerdeira junta padeiros, artesãos e teletrabalhadores.</p>
<div class="autor">Rui Valadares · 9 de Janeiro de 2024, 07:00</div>
<div class="artigo-corpo">
<p>Na aldeia de Cerdeira, na serra da Lousã, os dois fornos comunitários voltaram a cozer pão todas as sextas-feiras depois de quase quarenta anos apagados.</p>
<p>A recuperação foi feita por uma associação de moradores que chegou à aldeia nos últimos cinco anos, muitos deles a trabalhar à distância para empresas de Lisboa e do Porto.</p>
<div class="paywall-fade"></div>
</div>
<div class="paywall-box"><h3>Este artigo é exclusivo para assinantes</h3><p>Assine já e tenha acesso ilimitado a todos os conteúdos por apenas 1 euro no primeiro mês.</p><a href="/assinar">Assinar</a> <a href="/entrar">Já sou assinante</a></div>
</article>
{teasers(s, [("Lousã: nova ciclovia liga vila à serra", "Obra custou 2 milhões."), ("Turismo rural cresce 12% na região Centro", "Dados do INE.")])}
<aside>{most_read(s, ["Temporal provoca cheias em Coimbra", "Preço dos combustíveis desce na segunda-feira"])}</aside>
</main>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h28-pt-pt-paywall-jsonld",
        url="https://www.jornaldaribeira.example/sociedade/aldeia-xisto-fornos-comunitarios-1120334",
        language="pt",
        declared_language="pt-PT",
        title=title,
        authors=["Rui Valadares"],
        published="2024-01-09T07:00:00+00:00",
        shapes=["paywall", "jsonld"],
        html=head(s, f"{title} | {s.name}", jsonld(ld)) + body + tail_scripts(s),
        must_contain=[
            "Na aldeia de Cerdeira, na serra da Lousã, os dois fornos comunitários voltaram a cozer pão",
            "muitos deles a trabalhar à distância para empresas de Lisboa e do Porto.",
            "depois de quase quarenta anos apagados.",
        ],
        must_not_contain=[
            "Assine já e tenha acesso ilimitado a todos os conteúdos",
            "Lousã: nova ciclovia liga vila à serra",
            "Temporal provoca cheias em Coimbra",
            s.footer_note,
            s.cookie,
        ],
    )
)
