"""Japanese pages of the held-out set (invented stories)."""

# ruff: noqa: RUF001

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
    ticker,
)
from sites import JA

PAGES: list[Page] = []
s = JA

# --- 1. Local time +09:00 early in the morning (UTC day is the day before); JSON-LD --------------------------------

title = "湖畔の旧駅舎、図書館として再出発　地元住民が寄贈本1万冊"
ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": title,
    "datePublished": "2024-09-02T06:15:00+09:00",
    "dateModified": "2024-09-02T10:40:00+09:00",
    "author": {"@type": "Person", "name": "佐藤 美咲"},
}
body = f"""{mega_nav(s)}
{ticker("速報", ["台風10号、週末に接近のおそれ", "県内の高速道路で通行止め"])}
<main id="main"><div class="article-wrap">
{breadcrumbs(["トップ", "地域", "湖北"])}
<article class="news-article">
<h1>{esc(title)}</h1>
<div class="article-meta"><span class="writer">佐藤 美咲</span> <time datetime="2024-09-02T06:15:00+09:00">2024年9月2日 6時15分</time></div>
{share(s)}
<div class="article-body">
<p>廃線となった湖畔線の旧長浜北駅舎が改修され、1日に小さな図書館として開館した。</p>
<p>木造の駅舎は1931年の建築で、待合室だった部屋に書架と閲覧席が並ぶ。蔵書の多くは地元住民から寄贈された約1万冊だという。</p>
{ad(s, "article-mid", "広告：秋の湖北 日帰りバスツアー受付中")}
<p>改修を呼びかけた住民団体の代表、山本健一さん（68）は「列車は来なくなったが、人が集まる場所として残したかった」と話した。</p>
<p>開館は毎週金曜から日曜の午前10時から午後4時まで。ボランティアが交代で受付を担当する。</p>
</div></article>
{teasers(s, [("湖北の棚田でオーナー制度、参加者を募集", "稲刈り体験つき。"), ("市民プール、今季の利用者が過去最多", "猛暑で需要増。")])}
</div>
<aside>{most_read(s, ["駅前の商店街に新しいパン店", "秋祭りの日程が決定"])}{newsletter(s)}</aside>
</main>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h31-ja-local-offset-jsonld",
        url="https://www.kohoku-shimpo.example/news/local/20240902-OYT1T50012/",
        language="ja",
        declared_language="ja",
        title=title,
        authors=["佐藤 美咲"],
        published="2024-09-02T06:15:00+09:00",
        shapes=["local-offset", "jsonld", "ad-caption"],
        html=head(s, f"{title} : {s.name}", jsonld(ld)) + body + tail_scripts(s),
        must_contain=[
            "廃線となった湖畔線の旧長浜北駅舎が改修され、1日に小さな図書館として開館した。",
            "蔵書の多くは地元住民から寄贈された約1万冊だという。",
            "人が集まる場所として残したかった",
            "ボランティアが交代で受付を担当する。",
        ],
        must_not_contain=[
            "秋の湖北 日帰りバスツアー受付中",
            "湖北の棚田でオーナー制度、参加者を募集",
            "台風10号、週末に接近のおそれ",
            s.newsletter,
            s.footer_note,
            s.cookie,
        ],
    )
)

# --- 2. Blog-style page: text in <div>s with <br>, no <p>; date only in the text; author in <meta name=author> --------

title = "商店街の古時計、50年ぶりに時を刻む"
body = f"""<div id="wrap"><div id="header"><div class="logo"><a href="/">{esc(s.name)} ブログ</a></div>
<ul id="gnav">{"".join(f'<li><a href="/{i}/">{esc(n)}</a></li>' for i, n in enumerate(s.nav))}</ul></div>
<div id="main"><div id="contents">
<div class="entry">
<div class="entry-title"><h1>{esc(title)}</h1></div>
<div class="entry-date">2024年6月3日</div>
<div class="entry-body">
駅前商店街の入り口に立つ大時計が、半世紀ぶりに動き出した。<br><br>
時計は1974年に商店街の発足10周年を記念して設置されたが、翌年の落雷で止まったままになっていた。<br><br>
修理を引き受けたのは市内で時計店を営む中村浩二さん。部品の多くは手作りで、完成までに2年かかったという。<br><br>
毎正時には昔と同じチャイムが鳴り、買い物客が足を止めて見上げる姿も見られた。
</div>
<div class="entry-footer">カテゴリ：<a href="/cat/town">まちの話題</a>｜<a href="#comments">コメント(2)</a></div>
</div>
<div id="comments"><h3>{esc(s.comments)}</h3>
<div class="comment">子どもの頃、止まった時計を見て不思議に思っていました。うれしいです。<br><span class="c-name">投稿者：商店街の元住人</span></div>
<div class="comment">チャイムの音、懐かしいですね。<br><span class="c-name">投稿者：みよ</span></div></div>
</div>
<div id="side"><div class="side-box"><h3>最近の記事</h3><ul><li><a href="/e/1">夏祭りの準備が始まりました</a></li><li><a href="/e/2">新しいベンチが設置されました</a></li></ul></div>
<div class="side-box"><h3>アーカイブ</h3><ul><li>2024年6月</li><li>2024年5月</li><li>2024年4月</li></ul></div></div></div>
{footer(s, tag="div")}
</div>
"""
PAGES.append(
    Page(
        id="h32-ja-blog-br-no-p-date-in-text",
        url="https://blog.kohoku-shimpo.example/machi/entry-128.html",
        language="ja",
        declared_language="ja",
        title=title,
        authors=["中村 恵"],
        published="2024-06-03",
        shapes=["no-p", "date-in-text", "meta-author"],
        html=head(s, f"{title} - {s.name} ブログ", '<meta name="author" content="中村 恵">')
        + body
        + tail_scripts(s),
        must_contain=[
            "駅前商店街の入り口に立つ大時計が、半世紀ぶりに動き出した。",
            "翌年の落雷で止まったままになっていた。",
            "毎正時には昔と同じチャイムが鳴り、買い物客が足を止めて見上げる姿も見られた。",
        ],
        must_not_contain=[
            "子どもの頃、止まった時計を見て不思議に思っていました。",
            "夏祭りの準備が始まりました",
            s.footer_note,
        ],
    )
)
