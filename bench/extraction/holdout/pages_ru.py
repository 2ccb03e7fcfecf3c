"""Russian pages of the held-out set (invented stories)."""

# ruff: noqa: RUF001, RUF003

from __future__ import annotations

from build_holdout import Page
from chrome import (
    ad,
    breadcrumbs,
    cookie,
    esc,
    footer,
    head,
    mega_nav,
    most_read,
    newsletter,
    share,
    tail_scripts,
    teasers,
    ticker,
)
from sites import RU

PAGES: list[Page] = []
s = RU

# --- 1. Agency-style dateline ("САМАРА, 12 апреля."); OpenGraph + meta author ---------------------------------------

title = "В Самаре открылся первый в регионе речной трамвай на электротяге"
meta = f"""<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{esc(s.name)}">
<meta property="article:published_time" content="2024-04-12T14:05:00+04:00">
<meta name="author" content="Ольга Тимофеева">"""
body = f"""{mega_nav(s)}
{ticker("Срочно", ["На Московском шоссе ограничат движение", "Синоптики обещают заморозки"])}
<main id="main"><div class="news-page">
{breadcrumbs(["Главное", "Город"])}
<h1>{esc(title)}</h1>
<div class="news-meta">Ольга Тимофеева, 12 апреля 2024, 14:05</div>
{share(s)}
<div class="news-text">
<p>САМАРА, 12 апреля. Первый в регионе речной трамвай на электрической тяге вышел в пятницу на линию между центральным речным вокзалом и пляжами на левом берегу Волги.</p>
<p>Судно рассчитано на 80 пассажиров и может пройти на одной зарядке около 60 километров, сообщили в городской транспортной компании.</p>
{ad(s, "in-text", "Реклама: Квартиры с видом на Волгу от застройщика, ипотека от 6%")}
<p>Зарядка занимает около полутора часов и проводится на причале ночью, когда рейсов нет.</p>
<p>По словам капитана Андрея Белова, пассажиры в первую очередь замечают тишину: «Слышно только воду и чаек».</p>
<p>До конца навигации на линию планируют вывести ещё два таких судна.</p>
</div>
<div class="news-tags">Теги: <a href="/t/transport">транспорт</a>, <a href="/t/volga">Волга</a></div>
</div>
{teasers(s, [("Набережную закроют на реконструкцию до осени", "Работы начнутся в мае."), ("Цены на проезд в автобусах вырастут с июня", "Решение принято на заседании.")])}
<aside>{most_read(s, ["Жители Кировского района остались без горячей воды", "Открытие пляжного сезона перенесли"])}{newsletter(s)}</aside>
</main>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h33-ru-dateline-opengraph",
        url="https://povolzhsky-vestnik.example/gorod/rechnoy-tramvay-elektro-55012",
        language="ru",
        declared_language="ru",
        title=title,
        authors=["Ольга Тимофеева"],
        published="2024-04-12T14:05:00+04:00",
        shapes=["wire-dateline", "opengraph", "ad-caption"],
        html=head(s, f"{title} — {s.name}", meta) + body + tail_scripts(s),
        must_contain=[
            "Первый в регионе речной трамвай на электрической тяге вышел в пятницу на линию",
            "может пройти на одной зарядке около 60 километров",
            "Слышно только воду и чаек",
            "До конца навигации на линию планируют вывести ещё два таких судна.",
        ],
        must_not_contain=[
            "Квартиры с видом на Волгу от застройщика, ипотека от 6%",
            "Набережную закроют на реконструкцию до осени",
            "На Московском шоссе ограничат движение",
            s.newsletter,
            s.footer_note,
            s.cookie,
        ],
    )
)

# --- 2. Comments as <article>s, a table, microdata ------------------------------------------------------------------

title = "Тарифы на вывоз мусора: сколько будут платить жители области с 1 июля"
comments = "".join(
    f'<article class="comment"><header><b>{esc(w)}</b> <time datetime="2024-06-1{i}T12:00:00+04:00">1{i} июня</time></header><p>{esc(t)}</p></article>'
    for i, (w, t) in enumerate(
        [
            ("Сергей_63", "Опять подняли, а контейнеры у нас во дворе вывозят раз в три дня."),
            ("Наталья", "В частном секторе вообще непонятно, как считают — по людям или по площади?"),
        ]
    )
)
body = f"""{mega_nav(s)}
<main id="main"><article class="news-page" itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">{esc(title)}</h1>
<div class="news-meta"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Дмитрий Орлов</span></span>, <time itemprop="datePublished" datetime="2024-06-10T09:00:00+04:00">10 июня 2024</time></div>
<div class="news-text" itemprop="articleBody">
<p>С 1 июля в области вырастут тарифы на вывоз твёрдых коммунальных отходов, сообщил региональный оператор.</p>
<p>Повышение составит в среднем 9,5 процента и связано с ростом стоимости топлива и обслуживания мусоровозов.</p>
<table class="tariffs"><thead><tr><th>Тип жилья</th><th>До 1 июля</th><th>С 1 июля</th></tr></thead>
<tbody><tr><td>Многоквартирный дом, с человека</td><td>112,40 руб.</td><td>123,08 руб.</td></tr>
<tr><td>Частный дом, с человека</td><td>131,70 руб.</td><td>144,21 руб.</td></tr></tbody></table>
<p>Льготы для многодетных семей и пенсионеров сохранятся в прежнем объёме.</p>
</div>
</article>
<section class="comments"><h2>{esc(s.comments)} (2)</h2>{comments}</section>
{teasers(s, [("Где в городе поставят новые контейнеры для раздельного сбора", "Список адресов.")])}
</main>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h34-ru-table-comments-article-microdata",
        url="https://povolzhsky-vestnik.example/obshchestvo/tarify-vyvoz-musora-55390",
        language="ru",
        declared_language="ru",
        title=title,
        authors=["Дмитрий Орлов"],
        published="2024-06-10T09:00:00+04:00",
        shapes=["table", "comments-article", "microdata"],
        html=head(s, f"{title} — {s.name}") + body + tail_scripts(s),
        must_contain=[
            "С 1 июля в области вырастут тарифы на вывоз твёрдых коммунальных отходов",
            "Многоквартирный дом, с человека",
            "Льготы для многодетных семей и пенсионеров сохранятся в прежнем объёме.",
        ],
        must_not_contain=[
            "контейнеры у нас во дворе вывозят раз в три дня",
            "как считают — по людям или по площади?",
            "Где в городе поставят новые контейнеры для раздельного сбора",
            s.footer_note,
            s.cookie,
        ],
    )
)
