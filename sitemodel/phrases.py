"""Phrase pools for the model catalogue, written the way Flemish providers write.

Every *facet* phrase carries the labels a correct tagger should derive from it, so the
generator builds each activity's ``truth`` from the phrases it actually used — never by
parsing its own output. Kind pools (titles, intros, extras) are deliberately free of facet
vocabulary (prices, "gratis", children, wheelchairs, childcare, Dutch level, "welkom"…), so
they cannot contradict the labels.

All organisation names, people, phone numbers and e-mail domains are invented (``.example``).
"""
from __future__ import annotations

GOALS = {
    "nederlands-oefenen": {"nl": "Nederlands oefenen", "en": "Practise Dutch", "fr": "Pratiquer le néerlandais"},
    "mensen-ontmoeten": {"nl": "Mensen ontmoeten", "en": "Meet people", "fr": "Rencontrer des gens"},
    "vrienden-maken": {"nl": "Vrienden maken", "en": "Make friends", "fr": "Se faire des amis"},
    "iets-nieuws-leren": {"nl": "Iets nieuws leren", "en": "Learn something new", "fr": "Apprendre quelque chose"},
    "vrijwilligerswerk": {"nl": "Vrijwilligerswerk", "en": "Volunteering", "fr": "Bénévolat"},
    "voorbereiden-op-werk": {"nl": "Voorbereiden op werk", "en": "Prepare for work", "fr": "Se préparer au travail"},
}
GOAL_SLUGS = list(GOALS)

LANGUAGE_NAMES = {
    "nl": {"nl": "Nederlands", "en": "Dutch", "fr": "néerlandais"},
    "en": {"nl": "Engels", "en": "English", "fr": "anglais"},
    "fr": {"nl": "Frans", "en": "French", "fr": "français"},
    "ar": {"nl": "Arabisch", "en": "Arabic", "fr": "arabe"},
    "tr": {"nl": "Turks", "en": "Turkish", "fr": "turc"},
    "uk": {"nl": "Oekraïens", "en": "Ukrainian", "fr": "ukrainien"},
    "es": {"nl": "Spaans", "en": "Spanish", "fr": "espagnol"},
    "ps": {"nl": "Pasjtoe", "en": "Pashto", "fr": "pachto"},
}

# ---------------------------------------------------------------------------------------
# Activity kinds. format: group | duo | solo. mode: how dates usually work.
#   recurring = schedule text only; series = schedule + first/last session; oneoff = a date.
# Titles may use {loc} (locality), {venue}, {org}.
KINDS: dict[str, dict] = {
    "conversation": {
        "format": "group", "goals": ["nederlands-oefenen", "mensen-ontmoeten"],
        "extra_goals": ["vrienden-maken"], "modes": ["recurring", "recurring", "series"],
        "times": [("19:00", "21:00"), ("14:00", "16:00"), ("09:30", "11:30"), ("10:00", "12:00"), ("18:30", "20:00")],
        "titles": ["Conversatietafel Nederlands", "Praattafel {loc}", "Babbelbar", "Taalcafé {venue}",
                   "Babbelonië {loc}", "Conversatietafel in de bib", "Praatgroep Nederlands",
                   "Koffie & Klap", "Taaltafel op dinsdag", "Babbelbar {loc}", "Praatcafé",
                   "Nederlands oefenen bij een tas koffie", "Taalcafé"],
        "intros": [
            "Wil je je Nederlands oefenen in een kleine groep? Aan onze conversatietafel praten we over alledaagse onderwerpen: het weer, je buurt, je werk, koken, vakantie.",
            "Aan de praattafel oefen je Nederlands met andere anderstaligen en een vrijwilliger die het gesprek begeleidt.",
            "In de babbelbar zit je samen met mensen uit allerlei landen. Een vrijwilliger brengt elke keer een thema mee en we praten erover bij een kop koffie of thee.",
            "Het taalcafé is een plek om te praten, te luisteren en fouten te maken. Want zo leer je een taal!",
            "Je volgt Nederlandse les of je hebt al les gevolgd, maar je vindt weinig kansen om te praten? Dan is deze conversatietafel iets voor jou.",
            "Elke week komen we samen om Nederlands te praten. We werken in kleine groepjes van 4 à 5 personen, met telkens een begeleider.",
            "Samen praten, samen lachen, samen leren. Onze praatgroep bestaat al meer dan tien jaar en er komen elke keer nieuwe gezichten bij.",
        ],
        "extras": [
            "De thema's kiezen we samen met de groep.",
            "Na afloop kan je nog even blijven voor een babbel.",
            "Onze vrijwilligers zijn geen leerkrachten, maar gewone mensen die graag praten.",
            "We spelen ook af en toe een gezelschapsspel of doen een quiz.",
            "Koffie & thee staan klaar.",
            "Je kan op elk moment instappen.",
        ],
    },
    "buddy": {
        "format": "duo", "goals": ["nederlands-oefenen", "vrienden-maken"],
        "extra_goals": ["mensen-ontmoeten"], "modes": ["recurring", "series"],
        "times": [("10:00", "12:00")],
        "titles": ["Duo in de stad: word buddy", "Taalkoppel: samen Nederlands oefenen", "Buddyproject Samen op Stap",
                   "Duo's voor nieuwkomers", "Zoek je een taalmaatje?", "Buddy gezocht (en gevonden!)"],
        "intros": [
            "In ons duoproject vormt een nieuwkomer samen met een Vlaming een duo. Zes maanden lang spreken jullie ongeveer twee keer per maand af: een wandeling, een koffie, een bezoek aan de markt of de bib.",
            "Een taalmaatje is iemand die al langer hier woont en graag tijd maakt om samen Nederlands te praten en de stad te leren kennen. Wij zoeken de match die bij jou past.",
            "Samen op stap gaan met een vaste buddy: dat is de kern van ons project. Je leert de buurt kennen, je oefent Nederlands en je bouwt een netwerk op.",
            "Je bent nieuw in de regio en je wil mensen leren kennen? Of je woont hier al lang en je wil een nieuwkomer op weg helpen? Stel je kandidaat voor een duo.",
        ],
        "extras": [
            "Wat jullie samen doen, beslissen jullie zelf.",
            "Na een kennismakingsgesprek koppelen we jou aan een buddy met dezelfde interesses.",
            "Nieuwkomers in het participatietraject krijgen voorrang.",
            "Halverwege en op het einde is er een groepsmoment met alle duo's.",
            "Een coach volgt de duo's op en helpt als er vragen zijn.",
        ],
    },
    "walking": {
        "format": "group", "goals": ["mensen-ontmoeten"], "extra_goals": ["nederlands-oefenen", "vrienden-maken"],
        "modes": ["recurring", "series", "oneoff"],
        "times": [("14:00", "16:00"), ("09:30", "11:30"), ("10:00", "12:30")],
        "titles": ["Wandelen en praten", "Samen stappen in {loc}", "Stapvoets: wandelgroep", "Wandelclub",
                   "Babbelwandeling langs de Nete", "Wandel mee!", "Zondagswandeling rond {loc}"],
        "intros": [
            "We wandelen samen een tocht van ongeveer 5 km door de velden en langs de rivier. Onderweg praten we Nederlands en leren we elkaar kennen.",
            "Een rustige wandeling van een uurtje of twee, met een stop voor een drankje op het einde.",
            "Wandelen is gezond en samen wandelen is nog leuker. Elke keer kiezen we een andere route in de streek.",
            "We vertrekken aan het ontmoetingscentrum en stappen in een rustig tempo. Onderweg vertelt onze gids iets over de geschiedenis van de buurt.",
        ],
        "extras": [
            "Stevige schoenen aanbevolen!",
            "Bij heel slecht weer gaat de wandeling niet door; we laten het dan weten via WhatsApp.",
            "De wandeling is ongeveer 4 tot 6 km.",
            "Breng een flesje water mee.",
        ],
    },
    "cooking": {
        "format": "group", "goals": ["mensen-ontmoeten", "iets-nieuws-leren"], "extra_goals": ["vrienden-maken"],
        "modes": ["recurring", "series", "oneoff"],
        "times": [("18:00", "21:00"), ("10:00", "13:00")],
        "titles": ["Samen koken, samen eten", "Kookatelier: keukens van de wereld", "Wereldkeuken {loc}",
                   "Kookclub", "Soep op zaterdag", "Koken met seizoensgroenten", "Kookavond in {venue}"],
        "intros": [
            "Elke maand kookt iemand anders een gerecht uit zijn of haar land. Samen snijden, roeren, proeven en daarna samen aan tafel.",
            "In ons kookatelier leer je eenvoudige en gezonde gerechten maken met groenten van het seizoen.",
            "We koken samen een driegangenmenu en eten het daarna op in de zaal. Recepten krijg je mee naar huis.",
            "Koken is een taal die iedereen spreekt. Kom mee aan het fornuis en leer nieuwe smaken kennen.",
        ],
        "extras": [
            "Schort & goed humeur meebrengen!",
            "We houden rekening met allergieën en met halal of vegetarisch eten.",
            "De boodschappen doen we samen op de markt.",
            "Wil je zelf een keer een gerecht voorstellen? Laat het ons weten.",
        ],
    },
    "singing": {
        "format": "group", "goals": ["mensen-ontmoeten", "iets-nieuws-leren"], "extra_goals": ["nederlands-oefenen"],
        "modes": ["recurring", "series"],
        "times": [("19:30", "21:30"), ("14:00", "15:30")],
        "titles": ["Wereldkoor", "Zingen in het Nederlands", "Samenzang op vrijdag", "Koor {org}",
                   "Zangatelier", "Meezingcafé"],
        "intros": [
            "In ons koor zingen we liedjes uit alle windstreken, maar ook Nederlandstalige klassiekers. Noten lezen hoeft niet.",
            "Zingen is een leuke manier om Nederlands te oefenen: je leert nieuwe woorden en je uitspraak wordt beter.",
            "Meezingen met bekende Vlaamse liedjes, met een pianist en teksten op groot scherm.",
            "Onze dirigent leert ons stap voor stap een nieuw lied aan. Op het einde van het seizoen geven we een klein optreden.",
        ],
        "extras": [
            "Je hoeft geen ervaring te hebben.",
            "De teksten krijg je op papier mee.",
            "In de pauze is er koffie en iets lekkers.",
        ],
    },
    "museum": {
        "format": "group", "goals": ["iets-nieuws-leren", "mensen-ontmoeten"], "extra_goals": ["nederlands-oefenen"],
        "modes": ["oneoff", "oneoff", "series"],
        "times": [("14:00", "16:00"), ("10:30", "12:00")],
        "titles": ["Museumbezoek in eenvoudig Nederlands", "Samen naar het museum", "Rondleiding: de stad vroeger en nu",
                   "Kunst kijken en praten", "Erfgoedwandeling", "Op ontdekking in het stadsmuseum"],
        "intros": [
            "Een gids neemt je mee door het museum en vertelt in eenvoudig Nederlands over de stad, haar geschiedenis en haar mensen.",
            "We bekijken samen een paar schilderijen en praten erover: wat zie je, wat voel je, wat vind je ervan?",
            "Tijdens deze rondleiding ontdek je de oude gebouwen en de verhalen erachter.",
            "Na het bezoek drinken we samen iets in de cafetaria en praten we na.",
        ],
        "extras": [
            "We spreken af aan de ingang van het museum.",
            "De rondleiding duurt ongeveer anderhalf uur.",
            "Er zijn stoelen voorzien om onderweg even te rusten.",
        ],
    },
    "sports": {
        "format": "group", "goals": ["mensen-ontmoeten", "vrienden-maken"], "extra_goals": ["iets-nieuws-leren"],
        "modes": ["recurring", "series"],
        "times": [("19:00", "20:30"), ("10:00", "11:30"), ("18:00", "19:30")],
        "titles": ["Voetbal voor iedereen", "Badminton op woensdagavond",
                   "Volleybal recreatief", "Yoga op zondagochtend", "Samen sporten in {loc}",
                   "Loopgroep: start to run", "Badminton voor beginners"],
        "pairs": [("Fietsles: leren fietsen", "Leer in een kleine groep fietsen, met een ervaren lesgever. We beginnen op een afgesloten terrein en gaan daarna de straat op."),
                  ("Zwemles voor volwassenen", "Zwemmen leren als volwassene? Het kan! Onze lesgevers hebben veel geduld."),
                  ("Vrouwenzwemmen", "Zwemmen leren als volwassene? Het kan! Onze lesgevers hebben veel geduld.")],
        "intros": [
            "Onze club speelt recreatief, zonder competitie. Het gaat om plezier en om samen te bewegen.",
            "We trainen in de sporthal en sluiten af met een drankje in de cafetaria.",
            "Een uur bewegen op je eigen tempo, onder begeleiding van een sportmonitor.",
        ],
        "extras": [
            "Sportkledij en sportschoenen meebrengen.",
            "Materiaal is aanwezig.",
            "Je mag eerst een keer komen proberen.",
            "Douches zijn aanwezig.",
        ],
    },
    "volunteering": {
        "format": "group", "goals": ["vrijwilligerswerk"], "extra_goals": ["mensen-ontmoeten", "voorbereiden-op-werk"],
        "modes": ["recurring", "recurring"],
        "times": [("09:00", "12:00"), ("13:30", "16:30")],
        "titles": [], "intros": [],
        "pairs": [
            ("Vrijwilliger in de sociale kruidenier", "We zoeken mensen die enkele uren per week willen meehelpen: rekken aanvullen, klanten helpen, een babbeltje slaan."),
            ("Vrijwilligerswerk in de kringwinkel", "We zoeken mensen die enkele uren per week willen meehelpen: rekken aanvullen, klanten helpen, een babbeltje slaan."),
            ("Help mee in ons buurtrestaurant", "Als vrijwilliger help je mee in de keuken of in de zaal van ons buurtrestaurant. Je werkt samen met andere vrijwilligers en leert veel mensen kennen."),
            ("Helpende handen gezocht", "Als vrijwilliger help je mee in de keuken of in de zaal van ons buurtrestaurant. Je werkt samen met andere vrijwilligers en leert veel mensen kennen."),
            ("Vrijwilligers gezocht voor het repair café", "In het repair café herstellen we samen kapotte spullen. We zoeken mensen die graag met hun handen werken, maar ook mensen die onthalen en koffie schenken."),
            ("Word vrijwilliger in het woonzorgcentrum", "Bewoners van ons woonzorgcentrum kijken uit naar een bezoekje, een wandeling of een spelletje."),
            ("Mee op de fiets met bewoners", "Bewoners van ons woonzorgcentrum kijken uit naar een bezoekje, een wandeling of een spelletje."),
        ],
        "extras": [
            "Je bent verzekerd tijdens je vrijwilligerswerk.",
            "Je krijgt een korte opleiding.",
            "Ervaring is niet nodig, zin om te helpen wel.",
            "Je kiest zelf hoeveel tijd je wil geven.",
            "Vrijwilligerswerk is ook een goede manier om ervaring op te doen voor een job.",
        ],
    },
    "library": {
        "format": "group", "goals": ["nederlands-oefenen", "mensen-ontmoeten"], "extra_goals": ["iets-nieuws-leren"],
        "modes": ["recurring", "series", "oneoff"], "family": True,
        "times": [("10:00", "11:00"), ("14:00", "15:00")],
        "titles": ["Voorleesmoment voor peuters", "Boekenbabbels: voorlezen in de bib", "Voorleesuurtje",
                   "Bib-moment voor ouders en kleuters", "Verhalen op zaterdag", "Voorlezen in {loc}"],
        "intros": [
            "Een vrijwilliger leest prentenboeken voor en daarna is er tijd om samen te spelen en boekjes te ontdekken.",
            "We lezen voor, we zingen liedjes en we knutselen iets kleins. Een fijn moment om samen Nederlands te horen en te spreken.",
            "Kom samen naar de bib voor een verhaal, een liedje en een babbel met andere ouders.",
            "Voorlezen is belangrijk voor de taal van je kind, ook als je thuis een andere taal spreekt.",
        ],
        "extras": [
            "Na afloop kan je boeken ontlenen met je bibkaart.",
            "Er zijn ook boeken in andere talen.",
            "Tip: vraag aan de balie naar onze taaltassen.",
        ],
    },
    "jobprep": {
        "format": "solo", "goals": ["voorbereiden-op-werk"], "extra_goals": ["iets-nieuws-leren", "nederlands-oefenen"],
        "modes": ["recurring", "series"],
        "times": [("09:00", "12:00"), ("13:00", "16:00")],
        "titles": ["Jobcoaching: je cv en sollicitatiebrief", "Werkwinkel: klaar voor de arbeidsmarkt",
                   "Sollicitatietraining", "Kennismakingsstage in de zorg", "Nederlands op de werkvloer",
                   "Digitaal solliciteren", "Jobclub"],
        "intros": [
            "Een jobcoach helpt je individueel met je cv, je sollicitatiebrief en het zoeken naar vacatures.",
            "Tijdens deze opleiding oefenen we sollicitatiegesprekken en leer je hoe je je sterke punten voorstelt.",
            "Via een korte stage maak je kennis met een job in de zorg, de logistiek of de horeca.",
            "Je leert de woorden en zinnen die je nodig hebt op het werk: veiligheid, afspraken maken, een collega iets vragen.",
        ],
        "extras": [
            "Breng je identiteitskaart en je diploma's mee, als je die hebt.",
            "Afspraken gebeuren op maat.",
            "We werken samen met de VDAB.",
            "Na afloop krijg je een attest.",
        ],
    },
    "familyday": {
        "format": "group", "goals": ["mensen-ontmoeten"], "extra_goals": ["vrienden-maken", "iets-nieuws-leren"],
        "modes": ["oneoff"], "family": True,
        "times": [("13:00", "17:00"), ("10:00", "16:00"), ("14:00", "18:00")],
        "titles": ["Gezinsdag in het park", "Familiedag: spelen en ontmoeten", "Speelnamiddag {loc}",
                   "Buurtfeest", "Ontdekkingsdag op de boerderij", "Pannenkoekennamiddag", "Sinterklaasfeest in de buurt"],
        "intros": [
            "Een namiddag vol spelletjes, een springkasteel, schminken en muziek. Ouders kunnen elkaar ontmoeten bij een drankje.",
            "Op onze familiedag ontdek je de boerderij: dieren voederen, een ritje op de tractor en zelf boter maken.",
            "Het hele buurthuis wordt een speelplein! Er zijn ateliers, een tuin om in te ravotten en een bar met soep en pannenkoeken.",
            "Samen met de buren vieren we het einde van het jaar met muziek, hapjes en verrassingen.",
        ],
        "extras": [
            "Vergeet je zonnecrème of je regenjas niet!",
            "Er is een verrassing voor wie verkleed komt.",
            "Vrijwilligers begeleiden de spelletjes.",
        ],
    },
    "neighbourhood": {
        "format": "group", "goals": ["mensen-ontmoeten", "vrienden-maken"], "extra_goals": ["nederlands-oefenen"],
        "modes": ["recurring", "recurring"],
        "times": [("13:30", "17:00"), ("09:00", "12:00")],
        "titles": ["Open ontmoetingsmoment in het buurthuis", "Dienstencentrum: koffienamiddag", "Buurthuis open",
                   "Soep & babbel", "Ontmoetingscafé {loc}", "De Huiskamer"],
        "intros": [
            "In het buurthuis kan je terecht voor een koffie, een krant, een spelletje kaarten of gewoon een babbel.",
            "De koffienamiddag is hét moment om je buren te leren kennen. Er staat altijd een vrijwilliger klaar om je te ontvangen.",
            "Onze huiskamer is een warme plek in de wijk. Je kan er lezen, praten, breien of mee helpen in de tuin.",
            "Elke week is er verse soep en een plek aan tafel om te praten met mensen uit de buurt.",
        ],
        "extras": [
            "Er is ook een kleine bibliotheek met boeken die je mag meenemen.",
            "Vragen over brieven of formulieren? Een vrijwilliger helpt je op weg.",
            "Soms organiseren we een uitstap.",
        ],
    },
    "creative": {
        "format": "group", "goals": ["iets-nieuws-leren", "mensen-ontmoeten"], "extra_goals": ["vrienden-maken"],
        "modes": ["recurring", "series", "oneoff"],
        "times": [("19:00", "21:30"), ("14:00", "16:30")],
        "titles": [], "intros": [],
        "pairs": [
            ("Breiclub", "We breien, haken en naaien samen. Beginners leren de basis van iemand met ervaring."),
            ("Naaiatelier: herstellen en maken", "We breien, haken en naaien samen. Beginners leren de basis van iemand met ervaring."),
            ("Samentuin: tuinieren met de buurt", "In de samentuin kweken we groenten en kruiden. Iedereen heeft een stukje grond en we helpen elkaar."),
            ("Moestuinieren in {loc}", "In de samentuin kweken we groenten en kruiden. Iedereen heeft een stukje grond en we helpen elkaar."),
            ("Computercursus: je smartphone beter gebruiken", "Leer je smartphone beter gebruiken: apps installeren, berichten sturen, afspraken maken bij de dokter."),
            ("Digitaal café", "Leer je smartphone beter gebruiken: apps installeren, berichten sturen, afspraken maken bij de dokter."),
            ("Schilderen voor beginners", "Onder begeleiding van een kunstenaar leer je tekenen en schilderen met waterverf."),
            ("Repair café", "Breng je kapotte broodrooster, fiets of broek mee: samen met onze vrijwilligers probeer je het te herstellen."),
        ],
        "extras": [
            "Materiaal is aanwezig.",
            "Wat je maakt, mag je mee naar huis nemen.",
            "Tussendoor is er tijd voor een koffie.",
        ],
    },
}

# English- and French-language activities (written by the provider in that language).
KINDS_EN = {
    "conversation": {
        "titles": ["Dutch Conversation Table for Expats", "Language café (Dutch / English)", "Practise your Dutch over coffee"],
        "intros": ["New in town and learning Dutch? Join our informal conversation table: we talk in Dutch about everyday topics, and switch to English only when we really get stuck.",
                   "Our language café brings together newcomers and locals. Half the evening we speak Dutch, the other half English."],
        "extras": ["Coffee and tea are provided by our volunteers.", "We meet in the cafeteria."],
    },
    "walking": {
        "titles": ["Newcomers' Walking Group", "Sunday walk and talk"],
        "intros": ["A relaxed walk of about 5 km through the parks and along the canal, with plenty of time to chat and meet other newcomers.",
                   "We walk, we talk, we discover the area. Everyone walks at their own pace."],
        "extras": ["Wear comfortable shoes."],
    },
    "neighbourhood": {
        "titles": ["International Women's Circle", "Newcomers' Coffee Morning"],
        "intros": ["A monthly meeting for women from all over the world who live in the region. We share stories, tips and recipes.",
                   "Meet other newcomers and people from the neighbourhood over coffee and cake."],
        "extras": ["Bring a friend!"],
    },
    "jobprep": {
        "titles": ["Job search workshop for internationals"],
        "intros": ["In this workshop a career coach explains how the Flemish job market works, how to write a Belgian-style CV and where to find vacancies."],
        "extras": ["Bring your laptop if you have one."],
    },
}
KINDS_FR = {
    "conversation": {
        "titles": ["Table de conversation en néerlandais", "Café des langues"],
        "intros": ["Vous apprenez le néerlandais et vous cherchez des occasions de le parler ? Rejoignez notre table de conversation, dans une ambiance conviviale.",
                   "Chaque semaine, nous nous retrouvons pour parler néerlandais autour d'un café. Un bénévole anime la discussion."],
        "extras": ["Le thé et le café sont offerts par nos bénévoles."],
    },
    "neighbourhood": {
        "titles": ["Rencontre des nouveaux arrivants"],
        "intros": ["Un moment de rencontre pour les nouveaux arrivants francophones qui veulent découvrir leur commune et ses associations."],
        "extras": ["Des informations sur les cours de néerlandais sont disponibles."],
    },
}

# ---------------------------------------------------------------------------------------
# Facet phrases. Each: (text, labels). Labels use the truth keys of issue 3.
# Cost: cost, price_min_eur, uitpas; "offers" = the structured form (name, price) when a
# structured page may carry it; "free" marks isAccessibleForFree.
COST_NL = [
    ("Gratis", dict(cost="free", price_min_eur=0.0, offers=[("Deelname", 0.0)], free=True)),
    ("Deelname is gratis.", dict(cost="free", price_min_eur=0.0, offers=[("Deelname", 0.0)], free=True)),
    ("gratis deelname", dict(cost="free", price_min_eur=0.0, offers=[("Deelname", 0.0)], free=True)),
    ("Kosteloos.", dict(cost="free", price_min_eur=0.0, offers=[("Deelname", 0.0)], free=True)),
    ("Er zijn geen kosten aan verbonden.", dict(cost="free", price_min_eur=0.0, offers=None, free=True)),
    ("Vrije toegang", dict(cost="free", price_min_eur=0.0, offers=None, free=True)),
    ("Gratis. Met je UiTPAS spaar je een punt!", dict(cost="free", price_min_eur=0.0, uitpas=True, offers=[("Deelname", 0.0)], free=True)),
    ("€ 2,50 per keer (koffie inbegrepen)", dict(cost="paid", price_min_eur=2.5, offers=[("Per keer", 2.5)], free=False)),
    ("5 euro", dict(cost="paid", price_min_eur=5.0, offers=[("Deelname", 5.0)], free=False)),
    ("Lidgeld: 25 euro per jaar.", dict(cost="paid", price_min_eur=25.0, offers=[("Lidgeld per jaar", 25.0)], free=False)),
    ("€ 3 per sessie, de eerste keer is gratis", dict(cost="paid", price_min_eur=3.0, offers=[("Per sessie", 3.0)], free=False)),
    ("gratis voor kinderen, volwassenen 4 euro", dict(cost="paid", price_min_eur=4.0, family=True, offers=[("Volwassenen", 4.0), ("Kinderen", 0.0)], free=False)),
    ("Gratis voor leden, niet-leden betalen € 3.", dict(cost="paid", price_min_eur=3.0, offers=[("Niet-leden", 3.0), ("Leden", 0.0)], free=False)),
    ("Inschrijvingsgeld: 12 euro voor de hele reeks.", dict(cost="paid", price_min_eur=12.0, offers=[("Reeks", 12.0)], free=False)),
    ("Vrije bijdrage", dict(cost="paid", price_min_eur=None, offers=None, free=None)),
    ("Vrijwillige bijdrage voor de koffiepot.", dict(cost="paid", price_min_eur=None, offers=None, free=None)),
    ("€ 6 (kansentarief met UiTPAS: € 1,20)", dict(cost="reduced", price_min_eur=6.0, uitpas=True, offers=[("Basistarief", 6.0), ("Kansentarief UiTPAS", 1.2)], free=False)),
    ("10 euro. Sociaal tarief mogelijk, vraag ernaar bij je maatschappelijk werker.", dict(cost="reduced", price_min_eur=10.0, offers=[("Basistarief", 10.0)], free=False)),
    ("Inschrijvingsgeld € 15; met een UiTPAS aan kansentarief betaal je maar 20%.", dict(cost="reduced", price_min_eur=15.0, uitpas=True, offers=[("Basistarief", 15.0), ("Kansentarief", 3.0)], free=False)),
    ("Prijs: 4 euro per les, verminderd tarief: 2 euro", dict(cost="reduced", price_min_eur=4.0, offers=[("Per les", 4.0), ("Verminderd tarief", 2.0)], free=False)),
    ("8,00 EUR (korting met UiTPAS)", dict(cost="reduced", price_min_eur=8.0, uitpas=True, offers=[("Basistarief", 8.0)], free=False)),
]
COST_EN = [
    ("Free", dict(cost="free", price_min_eur=0.0, offers=[("Admission", 0.0)], free=True)),
    ("Free of charge.", dict(cost="free", price_min_eur=0.0, offers=None, free=True)),
    ("€5 per session", dict(cost="paid", price_min_eur=5.0, offers=[("Per session", 5.0)], free=False)),
    ("Pay what you can", dict(cost="paid", price_min_eur=None, offers=None, free=None)),
]
COST_FR = [
    ("Gratuit", dict(cost="free", price_min_eur=0.0, offers=[("Participation", 0.0)], free=True)),
    ("2 € par séance", dict(cost="paid", price_min_eur=2.0, offers=[("Par séance", 2.0)], free=False)),
    ("Participation libre", dict(cost="paid", price_min_eur=None, offers=None, free=None)),
]

WHEEL_NL = [
    ("De zaal is rolstoeltoegankelijk.", True),
    ("Rolstoeltoegankelijk.", True),
    ("Toegankelijk voor rolstoelgebruikers, er is een lift en aangepast sanitair.", True),
    ("Alles is gelijkvloers en rolstoelvriendelijk.", True),
    ("Helaas niet rolstoeltoegankelijk.", False),
    ("Let op: de zaal is op de eerste verdieping en er is helaas geen lift.", False),
    ("De locatie is niet toegankelijk met een rolstoel.", False),
]
WHEEL_EN = [("The venue is wheelchair accessible.", True), ("Unfortunately the room is not wheelchair accessible (no lift).", False)]
WHEEL_FR = [("La salle est accessible aux personnes en chaise roulante.", True)]

CHILDCARE_NL = [
    ("Kinderopvang voorzien.", True),
    ("Er is gratis kinderopvang tijdens de sessies.", True),
    ("Er is opvang voor je kinderen in de zaal ernaast.", True),
    ("Geen kinderopvang.", False),
    ("Er is geen kinderopvang voorzien.", False),
]
CHILDCARE_EN = [("Childcare is provided.", True), ("No childcare available.", False)]

# family_friendly, age_min, age_max
FAMILY_NL = [
    ("Voor ouders met kindjes van 0 tot 3 jaar.", (True, 0, 3)),
    ("Kinderen zijn welkom!", (True, None, None)),
    ("Voor het hele gezin.", (True, None, None)),
    ("Vanaf 6 jaar.", (True, 6, None)),
    ("Voor kinderen van 6 tot 12 jaar en hun ouders.", (True, 6, 12)),
    ("Voor ouders en kleuters (3 tot 6 jaar).", (True, 3, 6)),
    ("Enkel voor volwassenen (18+).", (False, 18, None)),
    ("Voor jongeren van 16 tot 25 jaar.", (False, 16, 25)),
]
FAMILY_ONLY_NL = [p for p in FAMILY_NL if p[1][0]]
FAMILY_EN = [("Children are welcome.", (True, None, None)), ("Adults only (18+).", (False, 18, None))]

DUTCH_PROSE_NL = [
    ("Je hoeft nog niet veel Nederlands te kennen.", 1),
    ("Ook als je nog maar pas Nederlands leert, kan je meedoen: je hoeft nog niet veel Nederlands te spreken.", 1),
    ("Een beetje Nederlands spreken is genoeg.", 2),
    ("Je begrijpt al een beetje Nederlands.", 2),
    ("Je spreekt al vrij goed Nederlands.", 3),
    ("Voor deze activiteit spreek je vlot Nederlands.", 4),
    ("Alle niveaus welkom.", None),
]
DUTCH_PROSE_EN = [("No Dutch needed to join.", 1), ("Basic Dutch is enough.", 2), ("All levels welcome.", None)]
DUTCH_PROSE_FR = [("Pas besoin de parler beaucoup le néerlandais.", 1), ("Tous les niveaux sont les bienvenus.", None)]

LOW_NL = [
    ("Laagdrempelig en gezellig.", True),
    ("Iedereen welkom, gewoon binnenlopen!", True),
    ("Zonder inschrijving.", True),
    ("Vrije inloop.", True),
    ("In een ongedwongen sfeer.", True),
    ("Vooraf inschrijven verplicht.", False),
    ("Inschrijven is verplicht (max. 12 deelnemers).", False),
]
LOW_EN = [("Everyone welcome, just drop in.", True), ("Registration required.", False)]
LOW_FR = [("Ouvert à tous, sans inscription.", True)]

FULL_NOTE = ["Momenteel volzet. Je kan je op de wachtlijst zetten.", "VOLZET – wachtlijst", "Deze reeks is volzet."]
CANCEL_NOTE = ["Deze activiteit is geannuleerd.", "AFGELAST wegens ziekte van de begeleider.", "Geannuleerd: onvoldoende inschrijvingen."]

# Schedules: (text, language). Times are indicative; weekdays in schedule text do not match
# the relative dates (the dates move with "today").
SCHEDULES_NL = [
    "elke woensdag van 19u tot 21u", "1ste en 3de zaterdag van de maand, 10u-12u",
    "Iedere dinsdagnamiddag (14.00 - 16.00 uur)", "ma & do 9u30-11u30",
    "tijdens het schooljaar, elke vrijdag van 13u30 tot 15u", "Elke maandag, behalve tijdens de schoolvakanties",
    "om de twee weken op donderdagavond", "elke eerste zondag van de maand",
    "Wekelijks op dinsdag, 18u30 - 20u", "woensdagvoormiddag van 9u tot 12u",
    "in overleg met je buddy (ongeveer 2x per maand)", "ELKE ZATERDAG 10U - 12U",
    "Elke 2de en 4de donderdag, 19.30u", "van september tot juni, elke dinsdag",
]
SCHEDULES_EN = ["every Thursday, 7-9 pm", "first Sunday of the month, 10 am"]
SCHEDULES_FR = ["chaque mardi de 18h à 20h", "le premier samedi du mois"]

FIRST_NAMES = ["An", "Bart", "Sofie", "Youssef", "Fatma", "Koen", "Els", "Pieter", "Nadia", "Ahmed",
               "Liesbeth", "Tom", "Ines", "Jan", "Marieke", "Samira", "Hilde", "Dirk", "Olena", "Karim",
               "Griet", "Wim", "Leen", "Mehmet", "Saar", "Kristof", "Amina", "Veerle"]
LAST_NAMES = ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Goossens", "Mertens", "Willems",
              "Vermeulen", "De Smet", "Van den Broeck", "Aerts", "El Amrani", "Yilmaz", "Verbruggen",
              "Hermans", "Smets", "Van Dyck", "Bosmans", "Kovalenko"]
