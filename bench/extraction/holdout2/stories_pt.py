# ruff: noqa: RUF001
"""Portuguese pages of the second held-out set (k16-k17)."""

from __future__ import annotations

from kit2 import (
    Comment,
    Page,
    Site,
    Teaser,
    app,
    canonical,
    classic,
    emotion,
    jsonld,
    og,
    publisher,
    share_bar,
    t,
)

PT = {
    "skip": "Pular para o conteúdo",
    "search": "Buscar",
    "menu": "Menu",
    "related": "Mais lidas",
    "most_read": "Mais lidas",
    "comments": "Comentários",
    "reply": "Responder",
    "accept": "Aceitar",
    "settings": "Configurações",
    "newsletter_button": "Cadastrar",
    "email": "Seu e-mail",
    "share": "Compartilhar",
    "share_items": "Facebook|WhatsApp|X|Copiar link",
    "login": "Entrar",
    "ad": "Publicidade",
    "ticker": "Agora",
    "top_stories": "Destaques",
}

# --- k16: pt-BR, Emotion classes, "Entenda" list, JSON-LD local offset, "Leia também" -------------------

PLANALTO = Site(
    name="Jornal do Planalto Norte",
    domain="jornalplanaltonorte.example",
    lang="pt-BR",
    nav=["Cidades", "Política", "Economia", "Polícia", "Esportes", "Cultura", "Empregos"],
    cookie="Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
    newsletter="Receba as principais notícias do Planalto Norte no seu e-mail, de segunda a sexta.",
    footer="© 2024 Jornal do Planalto Norte. Todos os direitos reservados.",
    labels=PT | {"related": "Veja também"},
    footer_links=["Expediente", "Fale conosco", "Anuncie", "Política de privacidade"],
)

K16_P = [
    "A prefeitura de Santa Luzia do Norte anunciou nesta terça-feira (15) que os ônibus municipais serão gratuitos aos domingos e feriados a partir de novembro. A medida vale para as 23 linhas operadas pela Viação Ipê.",
    "Segundo o secretário de Mobilidade, Renato Figueiredo, o custo estimado é de R$ 4,8 milhões por ano, que serão cobertos com recursos do orçamento municipal e com parte da arrecadação do estacionamento rotativo.",
    "Nos fins de semana, a frota circula hoje com cerca de 40% da capacidade. A expectativa da prefeitura é que a gratuidade aumente em até 60% o número de passageiros aos domingos, como ocorreu em cidades de porte semelhante.",
    "Comerciantes do centro comemoraram o anúncio. «Domingo era um deserto aqui, quem não tem carro não vinha», disse Aparecida Nogueira, dona de uma loja de calçados na Rua Direita.",
    "Já o sindicato dos motoristas pediu garantias de que a escala de trabalho não será ampliada sem contratações. A empresa informou que vai contratar 30 motoristas até o fim do ano.",
    "A Câmara Municipal ainda precisa aprovar o remanejamento do orçamento, o que deve acontecer na próxima semana.",
]
K16_LI = [
    "A gratuidade vale aos domingos e feriados, durante todo o dia.",
    "Não é preciso cadastro: basta embarcar pela porta da frente.",
    "O cartão de transporte continua valendo nos demais dias.",
    "A tarifa comum segue em R$ 4,60.",
]
K16_READ = "Obras do terminal central atrasam e devem terminar só em 2025"
K16_TEASER = "Feira do Produtor muda de endereço a partir de sábado"
K16_COMMENT = "Tinha que ser todo dia, mas já é um começo."


def _k16() -> Page:
    url = "https://jornalplanaltonorte.example/cidades/onibus-gratuitos-aos-domingos-santa-luzia-do-norte"
    headline = "Ônibus serão gratuitos aos domingos em Santa Luzia do Norte a partir de novembro"

    def c(name: str) -> str:
        return emotion("planalto", name)

    p = [f'<p class="{c("p")}">{t(x)}</p>' for x in K16_P]
    body = "\n".join(
        [
            p[0],
            p[1],
            f'<div class="{c("box")}"><h2 class="{c("boxtitle")}">Entenda</h2><ul class="{c("ul")}">'
            + "".join(f'<li class="{c("li")}">{t(x)}</li>' for x in K16_LI)
            + "</ul></div>",
            p[2],
            f'<div class="{c("readmore")}"><span class="{c("readmorelabel")}">Leia também</span><a class="{c("readmorelink")}" href="/cidades/obras-terminal-central">{t(K16_READ)}</a></div>',
            p[3],
            f'<div class="{c("ad")}"><span class="{c("adlabel")}">Publicidade</span></div>',
            p[4],
            p[5],
        ]
    )
    article = f"""<div class="{c("article")}">
<a class="{c("section")}" href="/cidades">Cidades</a>
<h1 class="{c("title")}">{t(headline)}</h1>
<h2 class="{c("subtitle")}">Medida vale para as 23 linhas municipais e ainda depende de aprovação na Câmara</h2>
<div class="{c("meta")}"><span class="{c("author")}">Larissa Monteiro</span><span class="{c("date")}">15/10/2024 - 23h10</span></div>
{share_bar(PLANALTO, c("share"))}
<div class="{c("body")}">
{body}
</div>
</div>"""
    head = "\n".join(
        [
            canonical(url),
            og(
                headline,
                url,
                PLANALTO,
                description="Medida vale para as 23 linhas municipais.",
                locale="pt_BR",
            ),
            jsonld(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": headline,
                    "datePublished": "2024-10-15T23:10:00-03:00",
                    "dateModified": "2024-10-16T08:30:00-03:00",
                    "author": {"@type": "Person", "name": "Larissa Monteiro"},
                    "publisher": publisher(PLANALTO),
                    "mainEntityOfPage": {"@type": "WebPage", "@id": url},
                }
            ),
        ]
    )
    html = app(
        PLANALTO,
        title=f"{headline} | Jornal do Planalto Norte",
        head=head,
        article=article,
        c=c,
        teasers=[
            Teaser(K16_TEASER, "/cidades/feira-do-produtor"),
            Teaser("Vacinação contra a gripe é ampliada", "/cidades/vacinacao-gripe"),
        ],
        comments=[Comment("Mário S.", "2024-10-16T07:12:00-03:00", "há 8 horas", K16_COMMENT)],
        most_read=["Concurso da prefeitura tem 1.200 inscritos", "Chuva forte derruba árvores no centro"],
    )
    return Page(
        id="k16-pt-br-emotion-list-local-offset",
        url=url,
        language="pt",
        declared_language="pt-BR",
        title=headline,
        authors=["Larissa Monteiro"],
        published="2024-10-15T23:10:00-03:00",
        shapes=["hashed-classes", "lists", "jsonld", "local-offset", "read-also-inline"],
        html=html,
        must_contain=[
            K16_P[0].split(". ")[0] + ".",
            K16_LI[1],
            "A empresa informou que vai contratar 30 motoristas até o fim do ano.",
            K16_P[5],
        ],
        must_not_contain=[
            K16_READ,
            K16_TEASER,
            K16_COMMENT,
            "Utilizamos cookies para melhorar sua experiência.",
            PLANALTO.footer,
            PLANALTO.newsletter,
        ],
        story=K16_P + K16_LI,
    )


# --- k17: pt-PT, subscriber box in the middle of a story whose full text is in the page; OpenGraph --------

BEIRA = Site(
    name="Jornal da Beira Serra",
    domain="beiraserra.example",
    lang="pt-PT",
    nav=["Região", "País", "Economia", "Desporto", "Cultura", "Opinião", "Assinaturas"],
    cookie="Este site utiliza cookies para lhe proporcionar uma melhor experiência de navegação.",
    newsletter="Subscreva a newsletter diária do Jornal da Beira Serra.",
    footer="© 2024 Jornal da Beira Serra – Todos os direitos reservados. Estatuto editorial.",
    labels=PT
    | {
        "skip": "Saltar para o conteúdo",
        "search": "Pesquisar",
        "related": "Leia também",
        "settings": "Definições",
        "newsletter_button": "Subscrever",
        "email": "O seu email",
        "share": "Partilhar",
        "login": "Iniciar sessão",
        "ticker": "Última hora",
    },
    footer_links=["Ficha técnica", "Contactos", "Privacidade", "Publicidade"],
)

K17_STORY = [
    "A escola primária de Vilarinho da Serra, encerrada em 2011 por falta de alunos, reabriu esta semana com 14 crianças, a maioria filhas de famílias que se instalaram na aldeia nos últimos dois anos.",
    "Entre os novos habitantes há um casal de agricultores neerlandeses, três famílias brasileiras e vários portugueses que deixaram Lisboa e o Porto para trabalhar à distância.",
    "«Há dez anos, o último aluno saiu daqui a chorar porque ia para a vila de autocarro», recorda a presidente da junta de freguesia, Olívia Marinho. «Hoje temos lista de espera para o pré-escolar.»",
    "A reabertura custou cerca de 85 mil euros à câmara municipal, sobretudo em obras no telhado e no aquecimento. O edifício, de 1958, tinha sido usado como armazém da junta.",
    "A professora colocada, Sónia Pimentel, tem a seu cargo as quatro turmas do primeiro ciclo numa única sala, um modelo que diz conhecer bem. «Os mais velhos ajudam os mais novos. É assim que sempre se fez nas aldeias.»",
    "O município espera que outras duas escolas do concelho possam reabrir até 2026, se a tendência se mantiver.",
]
K17_PAYWALL = (
    "Este artigo é exclusivo para assinantes. Assine já o Jornal da Beira Serra por 1 € no primeiro mês."
)
K17_LOGIN = "Já é assinante? Inicie sessão"
K17_TEASER = "Feira do fumeiro bate recorde de visitantes"


def _k17() -> Page:
    url = "https://www.beiraserra.example/regiao/escola-de-vilarinho-da-serra-reabre-com-14-alunos-2f81c"
    headline = "Escola de Vilarinho da Serra reabre com 14 alunos"
    paras = [f"<p>{t(x)}</p>" for x in K17_STORY]
    paras.insert(
        3,
        f'<div class="paywall-box" data-piano="inline"><p class="paywall-box__lead">{t(K17_PAYWALL)}</p>'
        f'<a class="btn" href="/assinaturas">Assinar</a> <a class="paywall-box__login" href="/login">{t(K17_LOGIN)}</a></div>',
    )
    article = f"""<article class="artigo artigo--premium">
<header>
<p class="artigo__seccao">Região</p>
<h1>{t(headline)}</h1>
<p class="artigo__lead">Novos moradores trouxeram crianças de volta à aldeia, treze anos depois do encerramento.</p>
<p class="artigo__autores">Por Rui Valadares e Teresa Gouveia</p>
<p class="artigo__data">28 de março de 2024, 08:45</p>
</header>
{share_bar(BEIRA)}
<div class="artigo__corpo">
{chr(10).join(paras)}
</div>
</article>"""
    head = "\n".join(
        [
            canonical(url),
            og(
                headline,
                url,
                BEIRA,
                description="Novos moradores trouxeram crianças de volta à aldeia.",
                published="2024-03-28T08:45:00+00:00",
                section="Região",
                locale="pt_PT",
            ),
        ]
    )
    html = classic(
        BEIRA,
        title=f"{headline} – Jornal da Beira Serra",
        head=head,
        article=article,
        teasers=[
            Teaser(K17_TEASER, "/regiao/feira-do-fumeiro"),
            Teaser("Estrada da serra reaberta após derrocada", "/regiao/estrada-serra"),
        ],
        most_read=["Incêndio consome dez hectares de mato", "Mercado municipal com novo horário"],
    )
    return Page(
        id="k17-pt-pt-paywall-box-mid-story",
        url=url,
        language="pt",
        declared_language="pt-PT",
        title=headline,
        authors=["Rui Valadares", "Teresa Gouveia"],
        published="2024-03-28T08:45:00+00:00",
        shapes=["paywall", "opengraph", "byline-text", "article-p"],
        html=html,
        must_contain=[
            K17_STORY[0],
            K17_STORY[1],
            "O edifício, de 1958, tinha sido usado como armazém da junta.",
            K17_STORY[5],
        ],
        must_not_contain=[
            K17_PAYWALL,
            K17_LOGIN,
            K17_TEASER,
            "Este site utiliza cookies",
            BEIRA.footer,
            BEIRA.newsletter,
        ],
        story=K17_STORY,
    )


PAGES = [_k16(), _k17()]
