# ruff: noqa: RUF001
"""Ukrainian pages of the second held-out set (k26-k27): one declares lang="ru", one declares nothing."""

from __future__ import annotations

from kit2 import Comment, Page, Site, Teaser, canonical, classic, jsonld, og, person, publisher, share_bar, t

UK = {
    "skip": "Перейти до змісту",
    "search": "Пошук",
    "menu": "Меню",
    "related": "Читайте також",
    "most_read": "Найпопулярніше",
    "comments": "Коментарі",
    "reply": "Відповісти",
    "accept": "Погоджуюсь",
    "settings": "Налаштування",
    "newsletter_button": "Підписатися",
    "email": "Електронна пошта",
    "share": "Поділитися",
    "share_items": "Facebook|Telegram|Viber|X",
    "login": "Увійти",
    "ad": "Реклама",
    "ticker": "Терміново",
    "top_stories": "Головне",
}

# --- k26: Ukrainian text, lang="ru" declared by the CMS, OpenGraph + meta author --------------------------

VISNYK = Site(
    name="Вербогородський вісник",
    domain="verbohorod-visnyk.example",
    lang="ru",
    nav=["Новини", "Місто", "Громада", "Економіка", "Спорт", "Культура", "Оголошення"],
    cookie="Ми використовуємо файли cookie, щоб покращити роботу сайту та зробити його зручнішим для вас.",
    newsletter="Підпишіться на щотижневу розсилку «Вісника» — головні новини громади щоп'ятниці.",
    footer="© 2024 «Вербогородський вісник». Усі права захищено. Використання матеріалів — лише з посиланням на джерело.",
    labels=UK,
    footer_links=["Про редакцію", "Контакти", "Реклама на сайті", "Політика конфіденційності"],
)

K26_STORY = [
    "У Вербогороді при міській бібліотеці відкрили громадську веломайстерню, де школярі можуть безкоштовно полагодити свої велосипеди під наглядом майстрів. Ініціатива належить місцевому клубу велосипедистів «Колесо».",
    "Майстерня працюватиме тричі на тиждень — у вівторок, четвер і суботу з 15:00 до 19:00. Інструменти та запчастини закупили коштом міського бюджету участі, за проєкт проголосували понад 1200 мешканців.",
    "«Багато дітей їздять до школи на старих велосипедах, які дісталися від старших братів чи сестер. Часто не працюють гальма, і батьки навіть не знають про це», — пояснює голова клубу Андрій Мельничук.",
    "За перший тиждень до майстерні прийшли 37 дітей. Найчастіше доводилося міняти камери, налаштовувати гальма та змащувати ланцюги.",
    "Окрім ремонту, волонтери проводять короткі заняття з безпеки на дорозі. Кожен учасник отримує світловідбивний жилет і дзвоник.",
    "У міській раді кажуть, що наступного року планують облаштувати ще дві велопарковки біля шкіл і продовжити велодоріжку вздовж вулиці Садової.",
    "Дорослі також можуть звертатися до майстерні, але в першу чергу обслуговуватимуть дітей.",
]
K26_READ = "Велодоріжка на Садовій: коли завершать другу чергу"
K26_TEASER = "На центральному ринку встановлять нові навіси"
K26_COMMENT = "Чудова ідея! Мій син уже двічі там був, тепер гальма працюють як нові."


def _k26() -> Page:
    url = "https://verbohorod-visnyk.example/news/misto/u-verbohorodi-vidkryly-bezkoshtovnu-velomaisternyu-dlia-shkoliariv-41877"
    headline = "У Вербогороді відкрили безкоштовну веломайстерню для школярів"
    paras = [f"<p>{t(x)}</p>" for x in K26_STORY]
    paras.insert(
        4,
        f'<p class="read-more"><strong>Читайте також:</strong> <a href="/news/misto/velodorizhka-41702">{t(K26_READ)}</a></p>',
    )
    article = f"""<article class="news-item">
<h1 class="news-item__title">{t(headline)}</h1>
<div class="news-item__info"><span class="news-item__date">14.05.2024, 10:30</span> <span class="news-item__views">1 248 переглядів</span></div>
<div class="news-item__author">Оксана Левчук</div>
<div class="news-item__text">
{chr(10).join(paras)}
</div>
{share_bar(VISNYK)}
</article>"""
    head = "\n".join(
        [
            canonical(url),
            og(
                headline,
                url,
                VISNYK,
                description="Громадська веломайстерня працює при міській бібліотеці тричі на тиждень.",
                published="2024-05-14T10:30:00+03:00",
                author_names=["Оксана Левчук"],
                section="Місто",
            ),
        ]
    )
    html = classic(
        VISNYK,
        title=f"{headline} — Вербогородський вісник",
        head=head,
        article=article,
        teasers=[
            Teaser(K26_TEASER, "/news/misto/rynok-41850"),
            Teaser("Басейн у ліцеї №3 відкриють після ремонту", "/news/osvita/basein-41833"),
        ],
        comments=[Comment("Наталія", "2024-05-14T12:05:00+03:00", "14.05.2024 12:05", K26_COMMENT)],
        most_read=["Графік відключень води на травень", "Футбольний клуб «Верба» вийшов до півфіналу"],
    )
    return Page(
        id="k26-uk-declared-ru-opengraph",
        url=url,
        language="uk",
        declared_language="ru",
        title=headline,
        authors=["Оксана Левчук"],
        published="2024-05-14T10:30:00+03:00",
        shapes=["lang-wrong", "opengraph", "article-p", "read-also-inline"],
        html=html,
        must_contain=[
            K26_STORY[0].split(". ")[0] + ".",
            "Інструменти та запчастини закупили коштом міського бюджету участі, за проєкт проголосували понад 1200 мешканців.",
            "За перший тиждень до майстерні прийшли 37 дітей.",
            K26_STORY[6],
        ],
        must_not_contain=[
            K26_READ,
            K26_TEASER,
            K26_COMMENT,
            "Ми використовуємо файли cookie",
            VISNYK.footer,
            VISNYK.newsletter,
        ],
        story=K26_STORY,
    )


# --- k27: wire story with dateline and agency, list and table, no declared language, JSON-LD --------------

ZAKHID = Site(
    name="ЗахідІнфо",
    domain="zakhidinfo.example",
    lang=None,
    nav=["Стрічка новин", "Регіони", "Економіка", "Суспільство", "Транспорт", "Фото", "Відео"],
    cookie="Цей сайт використовує файли cookie. Продовжуючи перегляд, ви погоджуєтеся з нашою політикою щодо cookie.",
    newsletter="Отримуйте добірку новин агентства ЗахідІнфо щоранку на свою пошту.",
    footer="© 2024 Інформаційне агентство «ЗахідІнфо». При цитуванні посилання обов'язкове.",
    labels=UK,
    footer_links=["Про агентство", "Передплата стрічки", "Контакти"],
)

K27_P = [
    "ОЗЕРНЕ, 4 квітня /ЗахідІнфо/. З 15 квітня в Озерному змінюється розклад руху трамваїв: на трьох маршрутах інтервал у години пік скоротиться до шести хвилин. Відповідне рішення ухвалив виконавчий комітет міської ради.",
    "За словами директора комунального підприємства «Озернеелектротранс» Віктора Бондаренка, зміни стали можливими завдяки десяти вагонам, які місто отримало минулого року.",
    "Вартість проїзду залишається незмінною — 10 гривень, для пільговиків проїзд безкоштовний.",
    "Пасажири можуть перевірити новий розклад на сайті підприємства та в мобільному застосунку міста. Оновлені таблички на зупинках встановлять до кінця тижня.",
    "Раніше мешканці нових районів скаржилися, що в години пік у вагони неможливо потрапити, а на зупинках доводиться чекати понад пів години.",
]
K27_LI = [
    "маршрут № 2 подовжать до нового житлового масиву на Лісовій;",
    "перший трамвай виходитиме на лінію о 5:30 замість 6:00;",
    "останні рейси з центру відправлятимуться о 23:15;",
    "у вихідні інтервал становитиме не більше 12 хвилин.",
]
K27_ROWS = [
    ("№ 1 Вокзал — завод «Промінь»", "9 хв", "6 хв"),
    ("№ 2 Центр — Лісова", "12 хв", "8 хв"),
    ("№ 4 Ринок — Озерна набережна", "10 хв", "6 хв"),
]
K27_TEASER = "У Озерному відновили рух тролейбусів на вулиці Шкільній"
K27_COMMENT = "А що з нічними рейсами? Після зміни в лікарні додому не доїхати."


def _k27() -> Page:
    url = "https://zakhidinfo.example/regions/ozerne/20240404-tramvai-rozklad-15-kvitnia"
    headline = "В Озерному з 15 квітня трамваї ходитимуть частіше"
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in K27_ROWS)
    article = f"""<div class="post">
<div class="post__rubric">Транспорт</div>
<h1 class="post__title">{t(headline)}</h1>
<div class="post__time">4 квітня 2024, 12:40</div>
<div class="post__content">
<p>{t(K27_P[0])}</p>
<p>{t(K27_P[1])}</p>
<p>Основні зміни:</p>
<ul>{"".join(f"<li>{t(x)}</li>" for x in K27_LI)}</ul>
<table class="schedule"><thead><tr><th>Маршрут</th><th>Інтервал зараз</th><th>Інтервал з 15 квітня</th></tr></thead><tbody>{rows}</tbody></table>
<p>{t(K27_P[2])}</p>
<p>{t(K27_P[3])}</p>
<p>{t(K27_P[4])}</p>
</div>
<div class="post__author">Автор: Тарас Гнатюк</div>
<div class="post__tags">Теги: <a href="#">трамваї</a>, <a href="#">Озерне</a>, <a href="#">транспорт</a></div>
</div>"""
    head = "\n".join(
        [
            canonical(url),
            jsonld(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": headline,
                    "datePublished": "2024-04-04T12:40:00+03:00",
                    "author": person("Тарас Гнатюк", ZAKHID, "taras-hnatiuk"),
                    "publisher": publisher(ZAKHID),
                    "mainEntityOfPage": url,
                }
            ),
        ]
    )
    html = classic(
        ZAKHID,
        title=f"{headline} | ЗахідІнфо",
        head=head,
        article=article,
        teasers=[
            Teaser(K27_TEASER, "/regions/ozerne/20240402-troleibusy"),
            Teaser(
                "Автостанцію Озерного реконструюють за кошти ЄІБ", "/regions/ozerne/20240328-avtostantsiia"
            ),
        ],
        comments=[Comment("Ірина", "", "4 квітня 2024, 14:02", K27_COMMENT)],
        ticker=["Уряд затвердив нові правила перевезень", "На заході області очікуються заморозки"],
    )
    return Page(
        id="k27-uk-wire-list-table-no-lang",
        url=url,
        language="uk",
        declared_language=None,
        title=headline,
        authors=["Тарас Гнатюк"],
        published="2024-04-04T12:40:00+03:00",
        shapes=["wire-dateline", "lists-tables", "lang-missing", "jsonld"],
        html=html,
        must_contain=[
            "З 15 квітня в Озерному змінюється розклад руху трамваїв: на трьох маршрутах інтервал у години пік скоротиться до шести хвилин.",
            K27_LI[1],
            "Ринок — Озерна набережна",
            K27_P[4],
        ],
        must_not_contain=[
            K27_TEASER,
            K27_COMMENT,
            "Цей сайт використовує файли cookie.",
            ZAKHID.footer,
            ZAKHID.newsletter,
            "Уряд затвердив нові правила перевезень",
        ],
        story=K27_P + K27_LI + [x for r in K27_ROWS for x in r],
    )


PAGES = [_k26(), _k27()]
