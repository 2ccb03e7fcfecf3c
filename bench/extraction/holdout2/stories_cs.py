# ruff: noqa: RUF001
"""Czech page of the second held-out set (k36): a village website in a table layout, no metadata, no lang."""

from __future__ import annotations

from kit2 import Page, Site, old_tables, t

OBEC = Site(
    name="Obec Zálesná Lhota",
    domain="zalesnalhota.example",
    lang=None,
    nav=["Úvod", "Obecní úřad", "Úřední deska", "Aktuality", "Kultura a sport", "Fotogalerie", "Kontakty"],
    cookie="",
    newsletter="",
    footer="© 2024 Obec Zálesná Lhota, všechna práva vyhrazena",
    labels={},
    footer_links=["Prohlášení o přístupnosti", "Ochrana osobních údajů", "Mapa stránek"],
)

STORY = [
    "Zastupitelstvo obce Zálesná Lhota schválilo na svém březnovém zasedání odbahnění návesního rybníka, který se v posledních letech v létě pravidelně zelenal a zapáchal.",
    "Práce by měly začít v polovině září, kdy bude rybník vypuštěn. Z jeho dna se odveze přibližně 2 400 kubických metrů bahna, které poslouží ke zúrodnění polí místního zemědělského družstva.",
    "Celkové náklady jsou odhadnuty na 3,8 milionu korun. Obec na akci získala dotaci z krajského programu na obnovu vodních ploch ve výši 2,6 milionu korun, zbytek uhradí z vlastního rozpočtu.",
    "„Rybník je srdcem návsi. Pamatuju, jak jsme tu jako děti v zimě bruslili, a chtěli bychom, aby to zase bylo možné,“ uvedl starosta obce Miroslav Kučera.",
    "Součástí prací bude také oprava kamenné hráze a výlovního zařízení. Rybáři z místní organizace rybářského svazu už přislíbili, že před vypuštěním ryby přesunou do nádrže u mlýna.",
    "Během prací bude omezen průjezd po místní komunikaci kolem rybníka. Obec o termínech uzavírky předem informuje na úřední desce a v místním rozhlase.",
]
NOTICE = "Oznámení o době a místě konání voleb do zastupitelstev krajů"
OTHER = "Pálení čarodějnic letos na hřišti za školou"
COUNTER = "Počet návštěv: 184 322"
EVENT = "27. 4. – Jarní úklid obce, sraz v 9:00 u hasičárny"
PRINT = "Verze pro tisk"


def _k36() -> Page:
    url = "https://www.zalesnalhota.example/aktuality/odbahneni-navesniho-rybnika"
    headline = "Obec odbahní návesní rybník"
    article = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="drobky"><font size="1"><a href="/">Úvod</a> &gt; <a href="/aktuality">Aktuality</a></font></td></tr>
<tr><td><h1 class="nadpis">{t(headline)}</h1></td></tr>
<tr><td class="info"><font size="1" color="#777777">Publikováno: 3. 4. 2024 | Autor: Tomáš Řezníček | Rubrika: Aktuality</font></td></tr>
<tr><td class="text">
{chr(10).join(f"<p>{t(x)}</p>" for x in STORY)}
</td></tr>
<tr><td align="right"><font size="1"><a href="javascript:popUp('/tisk.php?id=412')">{PRINT}</a> | <a href="/aktuality">Zpět na aktuality</a></font></td></tr>
<tr><td class="dalsi"><b>Další aktuality:</b><br>
<a href="/aktuality/paleni-carodejnic">{t(OTHER)}</a><br>
<a href="/aktuality/svoz-velkoobjemoveho-odpadu">Svoz velkoobjemového odpadu v sobotu 13. dubna</a></td></tr>
</table>"""
    left = f"""<table width="100%" cellpadding="5" cellspacing="0"><tr><td bgcolor="#2E5E2E"><font color="#FFFFFF" size="2"><b>Úřední deska</b></font></td></tr>
<tr><td><font size="1"><a href="/uredni-deska/117">{t(NOTICE)}</a><br><br><a href="/uredni-deska/116">Rozpočtové opatření č. 2/2024</a></font></td></tr>
<tr><td bgcolor="#2E5E2E"><font color="#FFFFFF" size="2"><b>Kalendář akcí</b></font></td></tr>
<tr><td><font size="1">{t(EVENT)}<br>4. 5. – Hasičská soutěž O pohár starosty</font></td></tr></table>"""
    right = f"""<table width="100%" cellpadding="5" cellspacing="0"><tr><td><font size="1"><b>Obecní úřad</b><br>Zálesná Lhota 12<br>Úřední hodiny: Po, St 8–17</font></td></tr>
<tr><td><img src="/img/znak.gif" width="120" height="140" alt="Znak obce"></td></tr>
<tr><td><font size="1">{COUNTER}</font></td></tr></table>"""
    html = old_tables(
        OBEC,
        title="Obec odbahní návesní rybník :: Obec Zálesná Lhota",
        head="",
        article=article,
        left=left,
        right=right,
        bgcolor="#2E5E2E",
    )
    return Page(
        id="k36-cs-village-table-layout-no-metadata",
        url=url,
        language="cs",
        declared_language=None,
        title=headline,
        authors=["Tomáš Řezníček"],
        published="2024-04-03",
        shapes=["table-layout", "date-text", "byline-text", "no-metadata", "lang-missing"],
        html=html,
        must_contain=[
            STORY[0],
            "Obec na akci získala dotaci z krajského programu na obnovu vodních ploch ve výši 2,6 milionu korun, zbytek uhradí z vlastního rozpočtu.",
            "Rybáři z místní organizace rybářského svazu už přislíbili, že před vypuštěním ryby přesunou do nádrže u mlýna.",
            "Během prací bude omezen průjezd po místní komunikaci kolem rybníka.",
        ],
        must_not_contain=[NOTICE, OTHER, COUNTER, EVENT, OBEC.footer, PRINT],
        story=STORY,
    )


PAGES = [_k36()]
