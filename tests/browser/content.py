"""The pages the browser tests read: a small site in three languages, with photos (a main photo,
an image block, a gallery), a quotation, a video link, cards, the "Most read" block, a story
that lacks its English version, and the cooperation section with an agreement it tells about."""

from datetime import date, timedelta
from types import SimpleNamespace

from django.utils import timezone
from wagtail.rich_text import RichText

from news.models import ArticleDailyViews
from news.viewcounts import local_date
from tests.conftest import make_site
from tests.cooperation.factories import (
    STATUS,
    CountryFactory,
    PartnerPlaceFactory,
    link_article,
    make_agreement,
    make_delegation,
    make_project,
    make_section,
    titles,
)
from tests.factories import ArticlePageFactory, ImageFactory, RegionFactory, TagFactory

LANGUAGES = ("kk", "ru", "en")

# Per language: the main story's text, the alternative text of its photos, captions.
STORY = {
    "kk": {
        "title": "Түркістан облысы мен Шэньси провинциясы бауырлас өңірлер болды",
        "lead": "Екі өңір сауда, ғылым және мәдениет саласында ынтымақтастық туралы келісімге "
        "қол қойды.",
        "text": "Келісімге Сиань қаласында облыс әкімі мен провинция губернаторы қол қойды. "
        "Өткен жылы екі өңір арасындағы тауар айналымы 600 млн АҚШ долларына жетті.",
        "quote": "Бұл келісім екі өңірдің іскерлері үшін жаңа мүмкіндіктер ашады.",
        "speaker": "Облыс әкімі",
        "main_alt": "Облыс әкімі мен губернатор келісімге қол қойып отыр",
        "main_caption": "Қол қою рәсімі",
        "credit": "Фото: облыс әкімінің баспасөз қызметі",
        "photo_alts": [
            "Делегация Сиань қаласындағы индустриялық паркте",
            "Келіссөздер үстелінде екі тарап",
            "Ынтымақтастық туралы меморандумның мәтіні",
        ],
        "photo_caption": "Сапардан көрініс",
        "video": "Қол қою рәсімінің бейнежазбасы",
        "source": "Облыс әкімінің баспасөз қызметі",
    },
    "ru": {
        "title": "Туркестанская область и провинция Шэньси стали побратимами",
        "lead": "Два региона подписали соглашение о сотрудничестве в торговле, науке и культуре.",
        "text": "Соглашение подписали в Сиане аким области и губернатор провинции. "
        "В прошлом году товарооборот между регионами достиг 600 млн долларов США.",
        "quote": "Это соглашение открывает новые возможности для деловых людей двух регионов.",
        "speaker": "Аким области",
        "main_alt": "Аким области и губернатор подписывают соглашение",
        "main_caption": "Церемония подписания",
        "credit": "Фото: пресс-служба акима области",
        "photo_alts": [
            "Делегация в индустриальном парке Сианя",
            "Стороны за столом переговоров",
            "Текст меморандума о сотрудничестве",
        ],
        "photo_caption": "Эпизод визита",
        "video": "Видеозапись церемонии подписания",
        "source": "Пресс-служба акима области",
    },
    "en": {
        "title": "Turkestan region and Shaanxi province become sister regions",
        "lead": "The two regions signed an agreement on cooperation in trade, science and culture.",
        "text": "The akim of the region and the governor of the province signed the agreement "
        "in Xi'an. Trade between the regions reached USD 600 million last year.",
        "quote": "This agreement opens new doors for the business people of both regions.",
        "speaker": "The akim of the region",
        "main_alt": "The akim and the governor sign the agreement",
        "main_caption": "The signing ceremony",
        "credit": "Photo: press service of the akim of the region",
        "photo_alts": [
            "The delegation at an industrial park in Xi'an",
            "The two sides at the negotiating table",
            "The text of the cooperation memorandum",
        ],
        "photo_caption": "A moment of the visit",
        "video": "A video of the signing ceremony",
        "source": "Press service of the akim of the region",
    },
}

# Shorter stories for the cards; the last one has no English version.
CARDS = [
    {
        "kk": "Облыста жаңа көкөніс қоймасы ашылды",
        "ru": "В области открылось новое овощехранилище",
        "en": "A new vegetable store opens in the region",
    },
    {
        "kk": "Корея делегациясы Түркістанда форумға қатысты",
        "ru": "Делегация Кореи приняла участие в форуме в Туркестане",
        "en": "A Korean delegation attends a forum in Turkestan",
    },
    {
        "kk": "Самара облысымен сауда айналымы 15,8% өсті",
        "ru": "Товарооборот с Самарской областью вырос на 15,8%",
        "en": "Trade with Samara region grows by 15.8%",
    },
    {
        "kk": "Облыс әкімі халықаралық мектеп құрылысын аралады",
        "ru": "Аким области осмотрел строительство международной школы",
    },
]

# A word of the main story's title for the search page, and one found nowhere.
SEARCH_HIT = {"kk": "Шэньси", "ru": "Шэньси", "en": "Shaanxi"}
SEARCH_MISS = "zqxjwv"


def story_body(language, images):
    text = STORY[language]
    photos = [
        {"image": image, "alt": alt, "caption": f"{text['photo_caption']} {n}"}
        for n, (image, alt) in enumerate(zip(images, text["photo_alts"], strict=True), start=1)
    ]
    return [
        ("paragraph", RichText(f"<p>{text['text']}</p>")),
        ("quote", {"text": text["quote"], "speaker": text["speaker"], "position": ""}),
        (
            "image",
            {
                "image": images[0],
                "alt": text["photo_alts"][0],
                "caption": text["photo_caption"],
                "credit": text["credit"],
            },
        ),
        ("gallery", {"images": photos, "credit": text["credit"]}),
        ("video", {"url": "https://www.youtube.com/watch?v=abc123", "title": text["video"]}),
    ]


def per_language(field, values):
    return {f"{field}_{language}": value for language, value in values.items()}


def build_content():
    """Create and return the pages (committed: the live server reads them from its threads)."""
    site = make_site()
    region = RegionFactory(
        name_kk="Түркістан облысы", name_ru="Туркестанская область", name_en="Turkestan region"
    )
    tag = TagFactory(name_kk="Қытай", name_ru="Китай", name_en="China")
    photos = [ImageFactory() for _ in range(3)]
    now = timezone.now()

    story = ArticlePageFactory(
        parent=site.news,
        **per_language("title", {code: STORY[code]["title"] for code in LANGUAGES}),
        **per_language("lead", {code: STORY[code]["lead"] for code in LANGUAGES}),
        **per_language("body", {code: story_body(code, photos) for code in LANGUAGES}),
        main_image=ImageFactory(),
        **per_language("main_image_alt", {code: STORY[code]["main_alt"] for code in LANGUAGES}),
        **per_language(
            "main_image_caption", {code: STORY[code]["main_caption"] for code in LANGUAGES}
        ),
        **per_language("main_image_credit", {code: STORY[code]["credit"] for code in LANGUAGES}),
        **per_language("source_name", {code: STORY[code]["source"] for code in LANGUAGES}),
        region=region,
        view_count=1070,
        date=now,
    )
    story.tags.add(tag)
    story.save()

    cards = []
    for number, names in enumerate(CARDS, start=1):
        languages = [code for code in LANGUAGES if code in names]
        cards.append(
            ArticlePageFactory(
                parent=site.news,
                title_kk=names["kk"],
                title_ru=names["ru"],
                title_en=names.get("en", ""),
                lead_en=STORY["en"]["lead"] if "en" in names else "",
                body_en=story_body("en", photos)[:1] if "en" in names else [],
                main_image=ImageFactory() if number % 2 else None,
                **per_language(
                    "main_image_alt",
                    {code: names[code] for code in languages} if number % 2 else {},
                ),
                region=region,
                view_count=100 * number,
                date=now - timedelta(days=number),
            )
        )
    today = local_date()
    for views, article in zip((1070, 400, 300, 200, 100), [story, *cards], strict=True):
        ArticleDailyViews.objects.create(page=article, date=today, views=views)

    section, agreements, delegations, projects = make_section(site.home)
    china = CountryFactory(code="CN", name_kk="Қытай", name_ru="Китай", name_en="China")
    shaanxi = PartnerPlaceFactory(
        name_kk="Шэньси провинциясы",
        name_ru="Провинция Шэньси",
        name_en="Shaanxi province",
        country=china,
    )
    agreement = make_agreement(
        agreements,
        parties=[region, shaanxi],
        statuses=((date(2019, 5, 14), STATUS.SIGNED),),
        sectors=("trade", "science", "culture"),
        signing_place_kk="Сиань",
        signing_place_ru="Сиань",
        signing_place_en="Xi'an",
        summary_kk=STORY["kk"]["lead"],
        summary_ru=STORY["ru"]["lead"],
        summary_en=STORY["en"]["lead"],
        **titles(
            "Түркістан облысы мен Шэньси провинциясы арасындағы бауырластық туралы келісім",
            "Соглашение об установлении побратимских связей между Туркестанской областью и "
            "провинцией Шэньси",
            "Agreement on sister relations between Turkestan region and Shaanxi province",
        ),
    )
    delegation = make_delegation(
        delegations,
        countries=[china],
        places=[shaanxi],
        **titles(
            "Облыс делегациясының Шэньси провинциясына сапары",
            "Визит делегации области в провинцию Шэньси",
            "The region's delegation visits Shaanxi province",
        ),
    )
    make_project(
        projects,
        partners=[],
        **titles("Көкөніс қоймасы", "Овощехранилище", "A vegetable store"),
    )
    link_article(
        story, delegations=[delegation], agreements=[agreement], countries=[china], places=[shaanxi]
    )

    # Published as an editor does (the factories only save): the search documents, the image
    # renditions and the rest that follows a publication are made.
    for page in (story, *cards, agreement, delegation):
        page.save_revision().publish()

    def urls(page, languages=LANGUAGES):
        return {code: page.url_in(code) for code in languages}

    return SimpleNamespace(
        site=site,
        story=story,
        urls={
            "home": urls(site.home),
            "news": urls(site.news),
            "article": urls(story),
            "fallback": urls(cards[-1]),
            "cooperation": urls(section),
            "agreements": urls(agreements),
            "agreement": urls(agreement),
            "search": {code: f"/{code}/search/?q={SEARCH_HIT[code]}" for code in LANGUAGES},
            "nothing-found": {code: f"/{code}/search/?q={SEARCH_MISS}" for code in LANGUAGES},
        },
    )
