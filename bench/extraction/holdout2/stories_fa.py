# ruff: noqa: RUF001
"""Persian pages of the second held-out set (k28-k29), right-to-left: one declares lang="ar", one nothing."""

from __future__ import annotations

from kit2 import Comment, Page, Site, Teaser, canonical, classic, jsonld, meta, publisher, share_bar, t


def fa(text: str) -> str:
    """Persian text with "~" standing for the zero-width non-joiner (U+200C) that Persian spelling uses."""
    return text.replace("~", "\u200c")


FA = {
    "skip": "رفتن به محتوای اصلی",
    "search": "جستجو",
    "menu": "منو",
    "related": fa("اخبار مرتبط"),
    "most_read": fa("پربازدیدترین~ها"),
    "comments": "نظرات",
    "reply": "پاسخ",
    "accept": "می~پذیرم".replace("~", "\u200c"),
    "settings": "تنظیمات",
    "newsletter_button": "عضویت",
    "email": "پست الکترونیک",
    "share": fa("اشتراک~گذاری"),
    "share_items": "تلگرام|واتساپ|ایکس|کپی لینک",
    "login": "ورود",
    "ad": "تبلیغات",
    "ticker": "فوری",
    "top_stories": "اخبار مهم",
}

# --- k28: right-to-left Persian page declaring lang="ar", JSON-LD with +03:30 (UTC day is the day before) --

KOUHPAYEH = Site(
    name="روزنامه کوهپایه",
    domain="kouhpayeh.example",
    lang="ar",
    dir="rtl",
    nav=["سیاسی", "اقتصادی", "اجتماعی", "استان~ها".replace("~", "\u200c"), "ورزشی", "فرهنگی", "عکس"],
    cookie=fa("این وب~سایت برای بهبود تجربه کاربری از کوکی استفاده می~کند."),
    newsletter=fa("برای دریافت خبرنامه روزانه کوهپایه نشانی ایمیل خود را وارد کنید."),
    footer=fa("کلیه حقوق مادی و معنوی این سایت متعلق به روزنامه کوهپایه است."),
    labels=FA,
    footer_links=["درباره ما", "تماس با ما", "آگهی~ها".replace("~", "\u200c"), "حریم خصوصی"],
)

K28_STORY = [
    fa(
        "بارش سنگین برف از عصر چهارشنبه، جاده کوهستانی دشت~آباد به سرچشمه را به طور کامل مسدود کرد و ده~ها خودرو در گردنه کوه~سفید گرفتار شدند."
    ),
    fa(
        "به گفته رئیس اداره راهداری شهرستان، ارتفاع برف در برخی نقاط گردنه به بیش از یک متر رسیده و وزش باد شدید کار برف~روبی را دشوار کرده است."
    ),
    fa(
        "نیروهای هلال احمر تا نیمه~شب بیش از ۱۲۰ مسافر را به اسکان اضطراری در مدرسه روستای چشمه~علی منتقل کردند. حال همه مسافران خوب گزارش شده است."
    ),
    fa(
        "مهدی صالحی، راننده کامیونی که از ساعت شش عصر در گردنه مانده بود، گفت: «در بیست سال رانندگی در این مسیر چنین برفی ندیده بودم.»"
    ),
    fa(
        "اداره هواشناسی استان برای روز پنجشنبه نیز هشدار نارنجی صادر کرده و از مردم خواسته است تا اطلاع ثانوی از سفرهای غیرضروری به مناطق کوهستانی خودداری کنند."
    ),
    fa("مدارس دشت~آباد و روستاهای اطراف روز پنجشنبه تعطیل خواهند بود."),
]
K28_READ = fa("بیشتر بخوانید: راهداری برای زمستان ۸۰ دستگاه برف~روب جدید خرید")
K28_TEASER = fa("قیمت نان در استان از اول اسفند تغییر می~کند")
K28_COMMENT = fa("خدا قوت به نیروهای هلال احمر، همیشه اولین نفر می~رسند.")


def _k28() -> Page:
    url = "https://www.kouhpayeh.example/news/208817/"
    headline = fa("بارش سنگین برف جاده دشت~آباد به سرچشمه را مسدود کرد")
    paras = [f"<p>{t(x)}</p>" for x in K28_STORY]
    paras.insert(3, f'<p class="more"><a href="/news/207112/">{t(K28_READ)}</a></p>')
    article = f"""<article class="news">
<div class="news__rutitr">{fa("حوادث جاده~ای")}</div>
<h1 class="news__title">{t(headline)}</h1>
<div class="news__lead">{fa("بیش از ۱۲۰ مسافر در مدرسه یک روستا اسکان داده شدند.")}</div>
<div class="news__info"><span class="news__date">{fa("پنجشنبه ۱۹ بهمن ۱۴۰۲ - ۰۱:۱۰")}</span> <span class="news__code">{fa("کد خبر: ۲۰۸۸۱۷")}</span></div>
<div class="news__reporter">{fa("خبرنگار: مریم رضایی")}</div>
<div class="news__body">
{chr(10).join(paras)}
</div>
{share_bar(KOUHPAYEH)}
</article>"""
    head = "\n".join(
        [
            canonical(url),
            meta("og:title", headline, "property"),
            meta("og:type", "article", "property"),
            jsonld(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": headline,
                    "datePublished": "2024-02-08T01:10:00+03:30",
                    "dateModified": "2024-02-08T08:45:00+03:30",
                    "author": {"@type": "Person", "name": "مریم رضایی"},
                    "publisher": publisher(KOUHPAYEH),
                    "mainEntityOfPage": url,
                }
            ),
        ]
    )
    html = classic(
        KOUHPAYEH,
        title=f"{headline} | روزنامه کوهپایه",
        head=head,
        article=article,
        teasers=[
            Teaser(K28_TEASER, "/news/208790/"),
            Teaser(fa("آغاز ثبت~نام جشنواره فیلم دانش~آموزی"), "/news/208770/"),
        ],
        comments=[Comment("علی", "", fa("۱۹ بهمن ۱۴۰۲ - ۰۹:۳۰"), K28_COMMENT)],
        most_read=[fa("افزایش ساعت کاری ادارات در زمستان"), fa("بازگشایی پل قدیمی پس از مرمت")],
    )
    return Page(
        id="k28-fa-rtl-declared-ar-local-offset",
        url=url,
        language="fa",
        declared_language="ar",
        title=headline,
        authors=["مریم رضایی"],
        published="2024-02-08T01:10:00+03:30",
        shapes=["rtl", "lang-wrong", "jsonld", "local-offset", "read-also-inline", "article-p"],
        html=html,
        must_contain=[
            K28_STORY[0],
            fa(
                "نیروهای هلال احمر تا نیمه~شب بیش از ۱۲۰ مسافر را به اسکان اضطراری در مدرسه روستای چشمه~علی منتقل کردند."
            ),
            K28_STORY[4],
            K28_STORY[5],
        ],
        must_not_contain=[
            K28_READ,
            K28_TEASER,
            K28_COMMENT,
            KOUHPAYEH.cookie,
            KOUHPAYEH.footer,
            KOUHPAYEH.newsletter,
        ],
        story=K28_STORY,
    )


# --- k29: no <p> anywhere (<br><br>), date only in the URL, byline in text, no declared language -----------

K29_STORY = [
    fa(
        "بازار سرپوشیده بندر نخلستان که قدمت آن به دوره قاجار می~رسد، پس از سه سال مرمت روز یکشنبه دوباره به روی مردم باز شد."
    ),
    fa(
        "در این مدت سقف~های گنبدی بازار که در زلزله سال ۱۳۹۹ آسیب دیده بودند، با آجر و ملات سنتی بازسازی شد و سیم~کشی برق و لوله~کشی آب نیز به طور کامل تعویض شد."
    ),
    fa(
        "مدیر میراث فرهنگی شهرستان گفت هزینه مرمت حدود ۸۵ میلیارد ریال بوده که بخشی از آن را خود کسبه پرداخت کرده~اند."
    ),
    fa(
        "از ۱۴۰ حجره بازار، تاکنون ۹۰ حجره بازگشایی شده است. بیشتر آنها به فروش پارچه، ادویه و صنایع دستی محلی اختصاص دارند."
    ),
    fa(
        "عباس نوروزی که مغازه عطاری~اش را از پدرش به ارث برده، می~گوید: «سه سال در یک کانتینر کنار خیابان کار کردیم. امروز انگار دوباره به خانه برگشته~ایم.»"
    ),
    fa("قرار است در ماه~های آینده یک موزه کوچک از تاریخ تجارت بندر نیز در سرای وسط بازار راه~اندازی شود."),
]
K29_TEASER = fa("جشنواره خرمای بندر نخلستان به تعویق افتاد")
K29_COMMENT = fa("خیلی عالی شده، ولی پارکینگ اطراف بازار هنوز مشکل دارد.")
K29_FOOTER = fa("تمامی حقوق برای پایگاه خبری نسیم جنوب محفوظ است. استفاده از مطالب با ذکر منبع آزاد است.")
K29_CHANNEL = fa("برای دریافت آخرین اخبار بندر در کانال تلگرام نسیم جنوب عضو شوید.")
K29_COOKIE = fa("با ادامه مرور این سایت، استفاده از کوکی~ها را می~پذیرید.")


def _k29() -> Page:
    url = "https://nasimjonoub.example/2024/05/20/bazar-bandar-nakhlestan-reopened/"
    headline = fa("بازار تاریخی بندر نخلستان پس از سه سال مرمت بازگشایی شد")
    body = "<br><br>\n".join(t(x) for x in K29_STORY)
    nav = "".join(
        f'<a class="nav-item" href="/cat/{i}/">{x}</a>'
        for i, x in enumerate(["صفحه اصلی", "بندر", "استان", "اقتصاد", "ورزش", fa("چندرسانه~ای")])
    )
    html = f"""<!DOCTYPE html>
<html dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t(headline)} - {fa("نسیم جنوب")}</title>
{canonical(url)}
<link rel="stylesheet" href="/themes/nasim/css/style.min.css?v=31">
<script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']);</script>
</head>
<body class="single">
<div class="top-header"><span class="logo"><a href="/">{fa("نسیم جنوب")}</a></span> <span class="slogan">{fa("پایگاه خبری بندر نخلستان و حومه")}</span></div>
<div class="main-nav">{nav}</div>
<div class="container">
<div class="content-col">
<div class="single-news">
<span class="kicker">{fa("میراث فرهنگی")}</span>
<h1>{t(headline)}</h1>
<div class="single-meta"><span class="author">{fa("نویسنده: حسین کریمی")}</span> <span class="sep">|</span> <span class="views">{fa("۳۴۲ بازدید")}</span></div>
<div class="single-image"><img src="/uploads/bazar-nakhlestan.jpg" alt=""></div>
<div class="single-text">
{body}
</div>
<div class="single-share"><span>{fa("اشتراک~گذاری:")}</span> <a href="#">تلگرام</a> <a href="#">واتساپ</a> <a href="#">ایکس</a></div>
<div class="single-channel">{t(K29_CHANNEL)}</div>
</div>
<div class="related-box"><div class="box-title">{fa("مطالب مرتبط")}</div>
<div class="related-item"><a href="/2024/05/13/jashnvare-khorma/">{t(K29_TEASER)}</a> <time datetime="2024-05-13T10:00:00+03:30">{fa("۲۴ اردیبهشت")}</time></div>
<div class="related-item"><a href="/2024/05/06/eskele/">{fa("اسکله مسافری جدید تا پایان تابستان افتتاح می~شود")}</a> <time datetime="2024-05-06T09:00:00+03:30">{fa("۱۷ اردیبهشت")}</time></div>
</div>
<div class="comments-box"><div class="box-title">{fa("دیدگاه~ها")}</div>
<div class="comment-item"><span class="c-name">{fa("زهرا")}</span> <span class="c-date">{fa("۳۱ اردیبهشت ۱۴۰۳")}</span><div class="c-text">{t(K29_COMMENT)}</div></div>
</div>
</div>
<div class="side-col"><div class="box-title">{fa("پربازدیدترین~ها")}</div><ul><li><a href="#">{fa("ساعت کار ادارات در تابستان تغییر کرد")}</a></li><li><a href="#">{fa("صید میگو از هفته آینده آزاد می~شود")}</a></li></ul></div>
</div>
<div class="footer"><span>{t(K29_FOOTER)}</span></div>
<div class="cookie-note"><span>{t(K29_COOKIE)}</span> <button type="button">{fa("باشه")}</button></div>
</body>
</html>
"""
    return Page(
        id="k29-fa-rtl-br-no-p-url-date",
        url=url,
        language="fa",
        declared_language=None,
        title=headline,
        authors=["حسین کریمی"],
        published="2024-05-20",
        shapes=["rtl", "no-p", "url-date", "byline-text", "lang-missing", "no-metadata"],
        html=html,
        must_contain=[
            K29_STORY[0],
            K29_STORY[2],
            fa("بیشتر آنها به فروش پارچه، ادویه و صنایع دستی محلی اختصاص دارند."),
            K29_STORY[5],
        ],
        must_not_contain=[K29_TEASER, K29_COMMENT, K29_FOOTER, K29_CHANNEL, K29_COOKIE],
        story=K29_STORY,
    )


PAGES = [_k28(), _k29()]
