"""English pages of the held-out set (invented stories)."""

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
    simple_nav,
    tail_scripts,
    teasers,
    ticker,
    wp_comments,
    wp_sidebar,
)
from sites import EN_BLOG, EN_NEWS, EN_WIRE

PAGES: list[Page] = []

# --- 1. WordPress blog post: sidebar widgets, comment list, Yoast-style JSON-LD graph -------------------------

s = EN_BLOG
title = "Why we stopped tilling the north beds"
graph = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebSite", "@id": "https://lowervalley-gardens.example/#website", "name": s.name},
        {
            "@type": "Person",
            "@id": "https://lowervalley-gardens.example/#/schema/person/7a1",
            "name": "Marisol Keane",
        },
        {
            "@type": "BlogPosting",
            "headline": title,
            "author": {"@id": "https://lowervalley-gardens.example/#/schema/person/7a1"},
            "datePublished": "2024-04-14T07:02:11-05:00",
            "dateModified": "2024-04-16T18:40:00-05:00",
            "isPartOf": {"@id": "https://lowervalley-gardens.example/#website"},
        },
    ],
}
comments = [
    (
        "Dale from Ohio",
        "April 14, 2024 at 9:31 am",
        "We tried the cardboard trick last year and the slugs loved it more than we did.",
    ),
    (
        "Hen & Hive",
        "April 15, 2024 at 2:07 pm",
        "Great post! Did you notice any difference in how fast the soil warmed up in spring?",
    ),
    (
        "Marisol Keane",
        "April 15, 2024 at 6:55 pm",
        "Hi Hen, yes, the mulched beds were about a week behind, which surprised me.",
    ),
]
body = f"""<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{esc(s.name)}</a></p><p class="site-description">Notes from a half-acre plot on the river flats</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle">Menu</button><ul id="primary-menu" class="menu">{"".join(f'<li class="menu-item"><a href="/{n.lower()}/">{n}</a></li>' for n in s.nav)}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-2281" class="post-2281 post type-post status-publish format-standard has-post-thumbnail hentry category-vegetables tag-no-dig">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="/why-we-stopped-tilling/" rel="bookmark"><time class="entry-date published" datetime="2024-04-14T07:02:11-05:00">April 14, 2024</time><time class="updated" datetime="2024-04-16T18:40:00-05:00">April 16, 2024</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/marisol/">Marisol Keane</a></span></span></div></header>
<div class="post-thumbnail"><img src="/wp-content/uploads/2024/04/north-beds-1024x683.jpg" alt="The north beds under straw in March" width="1024" height="683"></div>
<div class="entry-content">
<p>For eleven years the first job of spring on our plot was to drag the old rotary tiller out of the shed and churn the north beds until they looked like chocolate cake.</p>
<p>Last autumn we put the tiller up for sale instead, and this post is my attempt to explain why, with the numbers we kept along the way.</p>
<h2>What tilling was doing to the soil</h2>
<p>Every year the beds looked wonderful for about three weeks and then set like a pavement after the first heavy rain.</p>
<p>When we finally dug a test pit last June, there was a hard layer at exactly the depth of the tiller tines, and the carrot roots bent sideways when they reached it.</p>
<div class="wp-block-image"><figure class="aligncenter"><img src="/wp-content/uploads/2024/04/test-pit.jpg" alt=""><figcaption>The test pit, June 2023.</figcaption></figure></div>
<h2>What we did instead</h2>
<p>We covered two of the four beds with cardboard and eight centimetres of leaf mould from the council depot and left the other two as they were, so we would have something to compare against.</p>
<p>The mulched beds needed about a third less watering through the dry spell in August, and the onion harvest from them weighed 14 kilos against 9 from the tilled side.</p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>{share(s)}</div>
<p>None of this is a controlled trial, and the slugs were worse under the mulch, but we are not going back: the tiller goes to whoever offers forty dollars first.</p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/vegetables/" rel="category tag">Vegetables</a></span><span class="tags-links">Tagged <a href="/tag/no-dig/" rel="tag">no-dig</a>, <a href="/tag/soil/" rel="tag">soil</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/seed-swap-recap/" rel="prev">Previous post: Seed swap recap and what we brought home</a></div><div class="nav-next"><a href="/bee-hotel/" rel="next">Next post: Building a bee hotel from fence offcuts</a></div></div></nav>
{wp_comments(s, comments)}
</main></div>
{wp_sidebar(s, ["Seed swap recap and what we brought home", "Building a bee hotel from fence offcuts", "Pruning the old pear tree, round two"], ["Vegetables", "Fruit Trees", "Pollinators", "Tools", "Uncategorized"], ["April 2024", "March 2024", "February 2024", "January 2024", "December 2023"])}
</div>
<footer id="colophon" class="site-footer"><div class="site-info">{esc(s.footer_note)}</div></footer>
</div>
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h01-en-wordpress-blog",
        url="https://lowervalley-gardens.example/why-we-stopped-tilling/",
        language="en",
        declared_language="en-US",
        title=title,
        authors=["Marisol Keane"],
        published="2024-04-14T07:02:11-05:00",
        shapes=["wordpress", "sidebar", "comments-list", "jsonld-graph"],
        html=head(s, f"{title} – {s.name}", jsonld(graph)) + body + tail_scripts(s),
        must_contain=[
            "For eleven years the first job of spring on our plot was to drag the old rotary tiller out of the shed",
            "there was a hard layer at exactly the depth of the tiller tines",
            "the onion harvest from them weighed 14 kilos against 9 from the tilled side.",
            "we are not going back: the tiller goes to whoever offers forty dollars first.",
        ],
        must_not_contain=[
            "We tried the cardboard trick last year and the slugs loved it more than we did.",
            "Did you notice any difference in how fast the soil warmed up in spring?",
            "Pruning the old pear tree, round two",
            "Your email address will not be published.",
            s.newsletter,
            s.cookie,
            "Notes from a half-acre plot on the river flats",
        ],
    )
)

# --- 2. News site: mega menu, breaking ticker, teasers, cookie banner; OpenGraph + meta author ----------------

s = EN_NEWS
title = "Ferry operator cancels winter timetable after second engine failure"
meta = f"""<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{esc(s.name)}">
<meta property="og:url" content="https://www.northfield-herald.example/news/uk/ferry-winter-timetable-cancelled-a8812">
<meta property="og:description" content="Islanders face a three-hour detour as the last vessel goes into dry dock.">
<meta property="og:image" content="https://cdn.northfield-herald.example/img/ferry.jpg">
<meta property="article:published_time" content="2024-01-23T17:45:00+00:00">
<meta property="article:modified_time" content="2024-01-23T19:02:00+00:00">
<meta property="article:section" content="UK">
<meta name="author" content="Owen Maddox">
<meta name="twitter:card" content="summary_large_image">"""
body = f"""{mega_nav(s)}
{ticker("Breaking", ["Flood warnings issued for three rivers", "Council tax to rise 4.9% in budget vote", "Striker signs three-year deal"])}
<main id="main" class="wrap"><div class="col-main">
{breadcrumbs(["News", "UK", "Transport"])}
<div class="article-header"><span class="kicker">Transport</span><h1>{esc(title)}</h1>
<p class="standfirst">Islanders face a three-hour detour as the last vessel goes into dry dock.</p>
<div class="byline">By <a href="/profile/owen-maddox">Owen Maddox</a>, Transport correspondent · <span class="date">Tue 23 Jan 2024 17.45 GMT</span></div>
{share(s)}</div>
<div class="article-body">
<p>The only ferry company serving the Skerrin islands has scrapped its winter timetable after a second engine failure in a fortnight left its last working vessel in dry dock.</p>
<p>Harbour Link said on Tuesday it would run a single daily crossing using a chartered landing craft until the end of February, carrying freight and emergency passengers only.</p>
{ad(s, "mpu1")}
<p>Residents said the decision would force many to drive three hours around the estuary to reach the mainland hospital and the nearest secondary school.</p>
<p>"We were promised resilience after last winter, and what we have got is a borrowed barge," said Iona Petrie, who chairs the islands' community council.</p>
<p>The company blamed a shortage of spare parts for its two 1990s-built ferries and said a replacement vessel ordered in 2022 would not arrive before the summer.</p>
<p>The regional transport authority said it was in talks with a Norwegian operator about leasing a second-hand ship and expected to announce a decision within ten days.</p>
</div>
{teasers(s, [("Island school pupils to learn online during ferry crisis", "Head teacher says remote lessons are a stopgap."), ("Harbour Link fined over safety reporting", "Regulator cites late paperwork on three voyages."), ("Bridge plan revived by estuary councils", "Feasibility study to cost £2m.")])}
</div>
<aside class="col-side">{most_read(s, ["Pensioner finds wartime letters under floorboards", "Rail fares: what the new price cap means for you", "Ferry operator cancels winter timetable after second engine failure", "Five walks for a frosty weekend"])}
{ad(s, "side")}{newsletter(s)}</aside></main>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h02-en-news-bignav-opengraph",
        url="https://www.northfield-herald.example/news/uk/ferry-winter-timetable-cancelled-a8812",
        language="en",
        declared_language="en-GB",
        title=title,
        authors=["Owen Maddox"],
        published="2024-01-23T17:45:00+00:00",
        shapes=["news-bignav", "ticker", "teasers", "cookie-banner", "opengraph"],
        html=head(s, f"{title} | UK news | {s.name}", meta) + body + tail_scripts(s),
        must_contain=[
            "The only ferry company serving the Skerrin islands has scrapped its winter timetable",
            "Residents said the decision would force many to drive three hours around the estuary",
            "and what we have got is a borrowed barge,",
            "expected to announce a decision within ten days.",
        ],
        must_not_contain=[
            "Flood warnings issued for three rivers",
            "Island school pupils to learn online during ferry crisis",
            "Pensioner finds wartime letters under floorboards",
            s.cookie,
            s.newsletter,
            s.footer_note,
        ],
    )
)

# --- 3. Wire story with dateline; byline "By ... | Associated Press" -----------------------------------------

s = EN_WIRE
title = "Kiwi orchard growers race to save crop as early frost hits"
meta = f"""<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-09-18T03:20:00Z">"""
body = f"""{simple_nav(s)}
{ticker("TRENDING", ["High school football scores", "Gas prices dip before holiday", "County fair returns"])}
<div id="main" class="page-wrap"><div class="story">
<div class="story-head"><h1 class="headline">{esc(title)}</h1>
<div class="byline-block"><span class="byline">By Hannah Okafor | Associated Press</span> <span class="timestamp">Published: Sep. 18, 2024, 3:20 a.m.</span></div></div>
<div class="story-image"><img src="/img/ap-frost.jpg" alt=""><div class="caption">Growers light frost pots between rows near Te Puke. (AP Photo)</div></div>
<div class="story-body">
<p>WELLINGTON, New Zealand (AP) — Kiwifruit growers on New Zealand's North Island spent a second sleepless night lighting frost pots and running giant fans on Wednesday as temperatures fell below freezing weeks earlier than usual.</p>
<p>The cold snap arrived just as the vines were pushing out new shoots, the stage at which a single hard frost can wipe out a season's fruit.</p>
{ad(s, "in-story-1", "Sponsored: Save 20% on patio heaters this week")}
<p>Industry group Kiwi Growers Aotearoa said early reports suggested damage on about one in ten orchards in the Bay of Plenty, the country's main growing region.</p>
<p>"You stand out there at 3 in the morning watching the thermometer and there's nothing more you can do," said grower Rawiri Tane, whose family has farmed near Te Puke for four decades.</p>
<p>Forecasters expect milder weather from the weekend, but growers said the full extent of the losses would not be known until flowering in November.</p>
<p>Associated Press writer Ben Castillo in Sydney contributed to this report.</p>
</div></div>
<div class="rail">{teasers(s, [("Local dairy wins national cheese award", "Judges praise aged cheddar."), ("City council approves new bike lanes", "Work begins in spring.")], heading="Trending now")}</div></div>
{newsletter(s)}
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h03-en-wire-dateline",
        url="https://www.coastline-daily.example/news/world/kiwi-orchard-frost-ap-3391",
        language="en",
        declared_language="en-US",
        title=title,
        authors=["Hannah Okafor"],
        published="2024-09-18T03:20:00+00:00",
        shapes=["wire-dateline", "byline-text", "ad-caption", "opengraph"],
        html=head(s, f"{title} - {s.name}", meta) + body + tail_scripts(s),
        must_contain=[
            "Kiwifruit growers on New Zealand's North Island spent a second sleepless night lighting frost pots",
            "the stage at which a single hard frost can wipe out a season's fruit.",
            "You stand out there at 3 in the morning watching the thermometer",
            "the full extent of the losses would not be known until flowering in November.",
        ],
        must_not_contain=[
            "Sponsored: Save 20% on patio heaters this week",
            "Local dairy wins national cheese award",
            "High school football scores",
            s.newsletter,
            s.footer_note,
            s.cookie,
        ],
    )
)

# --- 4. Live blog with timestamped entries; JSON-LD LiveBlogPosting with two authors --------------------------

s = EN_NEWS
title = "Storm Ffion live: power cuts and rail closures as 90mph gusts hit the coast"
ld = {
    "@context": "https://schema.org",
    "@type": "LiveBlogPosting",
    "headline": title,
    "datePublished": "2024-02-08T06:10:00+00:00",
    "dateModified": "2024-02-08T15:42:00+00:00",
    "coverageStartTime": "2024-02-08T06:10:00+00:00",
    "author": [{"@type": "Person", "name": "Keziah Long"}, {"@type": "Person", "name": "Martin Ebbs"}],
    "publisher": {"@type": "Organization", "name": s.name},
}
entries = [
    (
        "15:42",
        "That's all from us",
        "We are pausing our live coverage here. Around 31,000 homes are still without power this afternoon and engineers say most will be reconnected by midnight.",
    ),
    (
        "14:18",
        "Rail line reopens",
        "Network Rail says the coastal line between Porthbury and Alnmouth has reopened after a fallen tree was cleared, although trains are running at reduced speed.",
    ),
    (
        "12:55",
        "Schools close early",
        "The county council has asked head teachers to send pupils home at 1pm so that school buses can run before the strongest gusts arrive.",
    ),
    (
        "09:30",
        "Gust record at the lighthouse",
        "The weather station at Skerry Head recorded a gust of 91mph at 9.12am, the strongest there since the station opened in 1987.",
    ),
    (
        "06:10",
        "Good morning",
        "Welcome to our live coverage of Storm Ffion, which brought down trees and power lines across the north coast overnight.",
    ),
]
items = "".join(
    f'<div class="live-entry" id="entry-{i}"><div class="entry-time"><time datetime="2024-02-08T{t}:00+00:00">{t}</time></div><h3>{esc(h)}</h3><div class="entry-text"><p>{esc(txt)}</p></div>{share(s)}</div>'
    for i, (t, h, txt) in enumerate(entries)
)
body = f"""{mega_nav(s)}
{ticker("Live", ["Storm Ffion: latest travel updates", "Met Office red warning explained"])}
<main id="main" class="wrap"><div class="col-main">
<h1 class="live-title">{esc(title)}</h1>
<div class="live-meta"><span class="live-badge">LIVE</span> Updated <time datetime="2024-02-08T15:42:00+00:00">15:42 GMT</time> · Keziah Long and Martin Ebbs</div>
<div class="key-events"><h2>Key events</h2><ul><li><a href="#entry-1">Rail line reopens</a></li><li><a href="#entry-3">Gust record at the lighthouse</a></li></ul></div>
<div class="live-feed">{items}</div>
<button class="load-more">Load earlier posts</button>
{teasers(s, [("How to claim compensation for a power cut", "Payouts start after 12 hours."), ("Photos: storm damage along the coast", "Readers send in their pictures.")])}
</div><aside class="col-side">{newsletter(s)}{ad(s, "side")}</aside></main>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h04-en-liveblog",
        url="https://www.northfield-herald.example/news/live/2024/storm-ffion-live-b1177",
        language="en",
        declared_language="en-GB",
        title=title,
        authors=["Keziah Long", "Martin Ebbs"],
        published="2024-02-08T06:10:00+00:00",
        shapes=["liveblog", "jsonld"],
        html=head(s, f"{title} | {s.name}", jsonld(ld)) + body + tail_scripts(s),
        must_contain=[
            "Around 31,000 homes are still without power this afternoon",
            "the coastal line between Porthbury and Alnmouth has reopened",
            "recorded a gust of 91mph at 9.12am",
            "Welcome to our live coverage of Storm Ffion, which brought down trees and power lines",
        ],
        must_not_contain=[
            "How to claim compensation for a power cut",
            "Met Office red warning explained",
            s.newsletter,
            s.footer_note,
            s.cookie,
        ],
    )
)

# --- 5. Paywall teaser: first paragraphs, then a subscribe box ----------------------------------------------

title = "Inside the quiet collapse of the county's last glassworks"
ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": title,
    "datePublished": "2024-05-30T05:00:00+01:00",
    "author": {
        "@type": "Person",
        "name": "Fenella Grant",
        "url": "https://www.northfield-herald.example/profile/fenella-grant",
    },
    "isAccessibleForFree": False,
    "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywalled"},
}
body = f"""{mega_nav(s)}
<main id="main" class="wrap"><div class="col-main">
{breadcrumbs(["News", "Business"])}
<h1>{esc(title)}</h1>
<p class="standfirst">Exclusive: staff say warnings were ignored for years.</p>
<div class="byline">Fenella Grant · Thu 30 May 2024 05.00 BST · <span class="premium">Subscriber exclusive</span></div>
<div class="article-body">
<p>When the furnace at Harwick Glass was allowed to go cold on a Sunday night in April, it ended 173 years of glassmaking in the county without so much as a notice on the gate.</p>
<p>Former employees told the Herald that managers had been warned repeatedly since 2019 that the furnace lining was failing and that energy costs would sink the business unless it was replaced.</p>
<div class="paywalled" aria-hidden="true"></div>
</div>
<div class="paywall"><h2>Subscribe to continue reading</h2><p>This article is for subscribers. Get unlimited access to award-winning local journalism from £1 a week for the first three months.</p><a class="btn" href="/subscribe?ref=paywall">Subscribe now</a> <a href="/account/login">Already a subscriber? Log in</a></div>
{teasers(s, [("Glass museum appeals for donations of factory memorabilia", "Collection to open in the old canteen."), ("Energy bills push two more firms into administration", "Manufacturers call for support.")])}
</div><aside class="col-side">{most_read(s, ["Dog show cancelled after norovirus outbreak", "Where to watch the eclipse"])}</aside></main>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h05-en-paywall-teaser",
        url="https://www.northfield-herald.example/news/business/harwick-glass-collapse-c2203",
        language="en",
        declared_language="en-GB",
        title=title,
        authors=["Fenella Grant"],
        published="2024-05-30T05:00:00+01:00",
        shapes=["paywall", "jsonld"],
        html=head(s, f"{title} | {s.name}", jsonld(ld)) + body + tail_scripts(s),
        must_contain=[
            "When the furnace at Harwick Glass was allowed to go cold on a Sunday night in April",
            "energy costs would sink the business unless it was replaced.",
            "managers had been warned repeatedly since 2019",
        ],
        must_not_contain=[
            "This article is for subscribers. Get unlimited access to award-winning local journalism",
            "Glass museum appeals for donations of factory memorabilia",
            "Dog show cancelled after norovirus outbreak",
            s.footer_note,
            s.cookie,
        ],
    )
)

# --- 6. Opinion column with author box; microdata --------------------------------------------------------------

title = "Our libraries are not a luxury, and the budget should stop treating them as one"
body = f"""{mega_nav(s)}
<main id="main" class="wrap"><div class="col-main" itemscope itemtype="https://schema.org/OpinionNewsArticle">
<span class="kicker">Opinion</span>
<h1 itemprop="headline">{esc(title)}</h1>
<div class="byline"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="/profile/dana-whitlock"><span itemprop="name">Dana Whitlock</span></a></span> · <time itemprop="datePublished" datetime="2024-03-11T06:00:00+00:00">Mon 11 Mar 2024</time></div>
{share(s)}
<div class="article-body" itemprop="articleBody">
<p>There is a particular silence in a library at four o'clock on a weekday, and if you have never heard it, you have probably never needed it.</p>
<p>It is the silence of children doing homework because there is no table at home, of a man filling in a benefits form on the only computer he can use, of a woman reading the paper because it is warm.</p>
<blockquote class="pull"><p>A library is the last indoor place where nobody asks you to buy anything.</p></blockquote>
<p>The council's draft budget proposes to cut opening hours at seven of our eleven branches and to close two outright, saving £610,000 a year.</p>
<p>That is real money, and I do not envy the people who have to balance the books. But the saving is smaller than the annual cost of the consultants hired to run the parking review.</p>
<p>Councillors will vote on 26 March. Before they do, each of them should spend one afternoon at the Eastgate branch and listen to the silence they are planning to end.</p>
</div>
<div class="author-box"><img src="/img/dana.jpg" alt=""><div><strong>Dana Whitlock</strong> is a Herald columnist and a former head of the county library service.<ul class="author-more"><li><a href="/opinion/dana-1">The bus pass is a lifeline, not a perk</a></li><li><a href="/opinion/dana-2">Why I still write letters by hand</a></li></ul><a href="https://social.example/@danawhitlock">Follow Dana</a></div></div>
<div class="letters-cta">Have an opinion on this piece? Email letters@northfield-herald.example to be considered for publication.</div>
</div><aside class="col-side">{most_read(s, ["Council tax to rise 4.9% in budget vote", "Our libraries are not a luxury"])}{newsletter(s)}</aside></main>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h06-en-opinion-authorbox-microdata",
        url="https://www.northfield-herald.example/opinion/libraries-budget-d9102",
        language="en",
        declared_language="en-GB",
        title=title,
        authors=["Dana Whitlock"],
        published="2024-03-11T06:00:00+00:00",
        shapes=["opinion", "author-box", "pull-quote", "microdata"],
        html=head(s, f"{title} | Dana Whitlock | {s.name}") + body + tail_scripts(s),
        must_contain=[
            "There is a particular silence in a library at four o'clock on a weekday",
            "to cut opening hours at seven of our eleven branches and to close two outright",
            "each of them should spend one afternoon at the Eastgate branch",
        ],
        must_not_contain=[
            "The bus pass is a lifeline, not a perk",
            "Have an opinion on this piece? Email letters@northfield-herald.example",
            "Council tax to rise 4.9% in budget vote",
            s.newsletter,
            s.cookie,
        ],
    )
)

# --- 7. Malformed HTML; date only in the text ("Published 5 March 2024"); byline in text -----------------------

s = EN_WIRE
title = "Volunteers count record number of seals on sandbank"
body = f"""<div id="wrapper"><div id="hdr"><a href="/" id="logo">{esc(s.name)}</a>
<div id="navbar">{" ".join(f'<a href="/{n.lower()}/">{n}</a>' for n in s.nav)}</div></div></div></div>
<table width="100%" cellpadding="0"><tr><td valign="top" width="70%">
<div class="storybox">
<h1>{esc(title)}</h1>
<div class="dateline">By Colm Reddy<br>Published 5 March 2024
<p>A team of 40 volunteers counted 1,312 grey seals and their pups on the Long Sand last weekend, the highest number since the annual survey began in 2003.
<p>The count is made from three boats and a drone, and takes about four hours at low tide, when the animals haul out on the exposed sand.
<div class="inline-ad"><b>Advertisement<br><i>Local plumber — no call-out fee this month</div>
<p>Survey coordinator Ruth Amadi said the colony had grown by about 6 percent a year, <b>helped by quieter waters since the fishing fleet moved to the northern harbour.</p>
<p>She urged walkers to keep dogs on leads along the dunes until the end of the pupping season in late March.</font>
<p>The results will be sent to the national seal database and published in full in the trust's spring newsletter.
</div></div>
</td><td valign="top" class="rightcol">
<div class="box"><h3>Trending now</h3><ul><li><a href="/a">Man rescued after kite surfing accident</li><li><a href="/b">New chip shop wins award</a></ul>
{newsletter(s)}
</td></tr></table>
</div>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h07-en-malformed-date-in-text",
        url="https://www.coastline-daily.example/local/seal-count-record-4410",
        language="en",
        declared_language="en-US",
        title=title,
        authors=["Colm Reddy"],
        published="2024-03-05",
        shapes=["malformed", "date-in-text", "byline-text", "no-metadata"],
        html=head(s, f"{title} - {s.name}") + body + tail_scripts(s),
        must_contain=[
            "A team of 40 volunteers counted 1,312 grey seals and their pups on the Long Sand last weekend",
            "takes about four hours at low tide",
            "helped by quieter waters since the fishing fleet moved to the northern harbour.",
            "published in full in the trust's spring newsletter.",
        ],
        must_not_contain=[
            "Local plumber — no call-out fee this month",
            "Man rescued after kite surfing accident",
            s.newsletter,
            s.footer_note,
            s.cookie,
        ],
    )
)

# --- 8. Date only in the URL; a teaser carries an older <time>; rel=author byline ------------------------------

title = "Harbor pilots to get new boat after 30-year-old launch fails inspection"
body = f"""{mega_nav(s, tag="div", cls="header-wrap")}
<div id="main" class="page-wrap"><div class="story">
<h1 class="headline">{esc(title)}</h1>
<div class="byline-block">Story by <a rel="author" href="/staff/gabriel-soto">Gabriel Soto</a></div>
<div class="story-body">
<p>The Port Authority will buy a new pilot boat for $2.4 million after inspectors found corrosion in the hull of the launch that has ferried harbor pilots to arriving ships since 1994.</p>
<p>Pilots climb from the boat onto rope ladders hanging from the sides of tankers and container ships, often in darkness and heavy swell, to guide them through the channel.</p>
<p>"The old girl has done her job, but you don't want to find the weak spot in the hull at two in the morning beside a 300-meter ship," said Captain Ilse Brandt, the senior harbor pilot.</p>
<p>Until the new boat arrives next year, the authority will rent a launch from a marine contractor at a cost of about $9,000 a week.</p>
</div></div>
<div class="rail"><h3>From the archives</h3><div class="teaser"><a href="/local/2021/pilot-boat"><h4>Harbor pilot honored for night rescue</h4></a><time datetime="2021-11-02T08:00:00-07:00">Nov. 2, 2021</time></div>
<div class="teaser"><a href="/local/2019/channel"><h4>Channel dredging finished ahead of schedule</h4></a><time datetime="2019-06-14T08:00:00-07:00">June 14, 2019</time></div></div></div>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h08-en-url-date-rel-author",
        url="https://www.coastline-daily.example/local/2024/06/11/harbor-pilot-boat-replaced/",
        language="en",
        declared_language="en-US",
        title=title,
        authors=["Gabriel Soto"],
        published="2024-06-11",
        shapes=["url-date", "rel-author", "time-trap"],
        html=head(s, f"{title} | {s.name}") + body + tail_scripts(s),
        must_contain=[
            "The Port Authority will buy a new pilot boat for $2.4 million",
            "to guide them through the channel.",
            "at a cost of about $9,000 a week.",
        ],
        must_not_contain=[
            "Harbor pilot honored for night rescue",
            "Channel dredging finished ahead of schedule",
            s.footer_note,
            s.cookie,
        ],
    )
)

# --- 9. Long-form magazine: pull quotes, figures, JSON-LD only for author and date -------------------------------

s = EN_NEWS
title = "The last lamplighter of Carrow Street"
ld = {
    "@context": "https://schema.org",
    "@type": "Article",
    "author": {"@type": "Person", "name": "Imogen Sayers"},
    "datePublished": "2024-12-01T08:00:00+00:00",
}
body = f"""{mega_nav(s)}
<main id="main" class="longform">
<div class="hero"><img src="/img/lamplighter-hero.jpg" alt=""><div class="hero-text"><span class="kicker">The Long Read</span><h1>{esc(title)}</h1><p class="standfirst">For 41 years, Arthur Penhale has lit the town's gas lamps by hand. Next month, the council switches them to LED.</p><p class="byline">Words by Imogen Sayers · Photographs by Tomasz Wilk</p></div></div>
<div class="longform-body">
<p><span class="dropcap">A</span>rthur Penhale begins his round at dusk, which in December means a quarter to four, with a brass-tipped pole over his shoulder and a torch he rarely needs.</p>
<p>There are 64 gas lamps left on Carrow Street and the lanes around the old market, and he knows each of them by the sound its mantle makes when it catches.</p>
<figure class="wide"><img src="/img/lamp-1.jpg" alt=""><figcaption>Penhale at the lamp outside the former corn exchange. Photograph: Tomasz Wilk</figcaption></figure>
<p>He took the job in 1983, when the gas board still employed six lamplighters in the town, and has outlasted the board itself, two privatisations and a heritage grant that paid for new glass in 2009.</p>
<aside class="pullquote"><blockquote>"People think it's about the light. It's really about the walking."</blockquote></aside>
<p>Most evenings he is stopped at least once, by tourists wanting a photograph or by older residents who remember his predecessor, a Mr Treloar, who whistled hymns as he worked.</p>
<p>The council says the conversion to LED units designed to look like gas will save £38,000 a year in gas and maintenance, and that the lamps themselves will stay.</p>
<figure><img src="/img/lamp-2.jpg" alt=""><figcaption>The brass pole has been re-tipped four times.</figcaption></figure>
<p>Penhale does not argue with the figures. He has asked only to light the last lamp on the last night himself, and the council has agreed.</p>
<p>"After that," he says, leaning the pole against the railings, "I expect I'll just go for a walk at dusk anyway. Old habits."</p>
<div class="endmark">■</div>
</div>
<div class="longform-footer"><p>This article is part of The Long Read series. <a href="/longread">Listen to The Long Read podcast</a>.</p></div>
{teasers(s, [("The woman who mends church clocks", "A life spent up ladders."), ("Britain's last independent ropeworks", "Twisting hemp the old way.")], heading="More from The Long Read")}
</main>
{footer(s)}
{cookie(s)}
"""
PAGES.append(
    Page(
        id="h09-en-longform-magazine-jsonld-only",
        url="https://www.northfield-herald.example/longread/last-lamplighter-carrow-street-e4471",
        language="en",
        declared_language="en-GB",
        title=title,
        authors=["Imogen Sayers"],
        published="2024-12-01T08:00:00+00:00",
        shapes=["longform", "pull-quote", "figures", "jsonld-author-date-only"],
        html=head(s, f"{title} | The Long Read | {s.name}", jsonld(ld)) + body + tail_scripts(s),
        must_contain=[
            "rthur Penhale begins his round at dusk, which in December means a quarter to four",
            "There are 64 gas lamps left on Carrow Street",
            "will save £38,000 a year in gas and maintenance",
            "He has asked only to light the last lamp on the last night himself, and the council has agreed.",
            "I expect I'll just go for a walk at dusk anyway. Old habits.",
        ],
        must_not_contain=[
            "The woman who mends church clocks",
            "Listen to The Long Read podcast",
            s.footer_note,
            s.cookie,
        ],
    )
)
