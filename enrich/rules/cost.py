"""Cost: free | reduced | paid | unknown, the lowest adult price, UiTPAS.

Zero false "free" is the target, so "free" needs an unconditional free statement (or the
site's structured isAccessibleForFree / zero-price offers) **and** nothing that contradicts it:
no amount above zero, no pay-what-you-want, no fee word (lidgeld…), no "niet gratis".
Free things that are not the activity (koffie, parking, a trial lesson) and free for one group
only ("gratis voor kinderen", "leden gratis", "gratis voor werkzoekenden") never make the
activity free.

This module holds the facet's vocabulary (word lists for groups, perks, things, food…) and its
declarative ``RULES``. Reading amounts is in ``cost_amounts``, what a free statement or a price
covers in ``cost_scope``, and combining the hits into the tag in ``cost_resolve`` (whose
``resolve`` the tagger calls: ``enrich.rules.ALL`` lists that module).
"""
from __future__ import annotations

import re

from enrich.engine import Rule
from enrich.rules.cues import ROMANCE_MEMBERS

FACET = "cost"

# people on a low income: a price or "free" for them alone is a social (reduced) rate
_SOCIAL = (r"(?:leefloon\w*|leefloners|ocmw-?\w*|cpas|werkzoekend\w*|werklozen|job ?seekers?|jobzoekend\w*|jobzoekers?|"
           r"demandeurs? d'emploi|chomeurs|kansenpas\w*|kansenkaart\w*|kansarm\w*|kansengroep\w*|paspartoe|"
           r"artikel 27|article 27|nieuwkomers|newcomers|primo-arrivants|asielzoekers|in armoede|"
           r"vluchtelingen|refugees|people on benefits|tijdelijke bescherming|temporary protection|"
           r"protection temporaire|okan\w*|verhoogde tegemoetkoming|безробітн\w*|безработн\w*|"
           r"inburgering\w*|integratietraject\w*|integration programme|parcours d'integration|"
           r"werkloosheidsuitkering|uitkering|benefits|sociaal huis|sociale dienst|cursisten|"
           # a course's learners: "course participants", "учасники курсів", "участники курсов"
           r"participants (?:of|in) (?:the |our )?(?:dutch |language |integration )(?:courses|classes)|"
           r"(?:учасник|участник|слухач)\w* (?:\w+ )?курс(?:ів|ов)\b|"
           # "gratis voor wie les volgt bij het CVO": the course's learners
           r"wie (?:les|lessen|een cursus|een taalcursus|een opleiding) volgt|"
           r"schooltoelage|studietoelage|schooltoeslag|"
           r"vdab|actiris|forem|inscrite?s? (?:chez|au|a)|ingeschreven bij|inburgeraar\w*|"
           # "Gratis voor patiënten van het wijkgezondheidscentrum", "… met een zorgtraject": one
           # practice's patients (not "patiënten met diabetes", who are the audience)
           r"patienten (?:van|uit) (?:de|het|onze|ons|dokter|dr)\b|patients (?:of|from) (?!(?:all|any|every) (?:ages?|kinds?|backgrounds?)\b)|"
           r"patienten met (?:een )?(?:zorgtraject|voortraject|verwijsbrief|verwijzing|doorverwijzing|voorschrift|"
           r"attest)\b|"
           # "Gratis voor ingeschreven huishoudens / klanten" at a food bank: its registered clients (not
           # "ingeschreven gezinnen" alone, who may be those signing up for the event)
           r"ingeschreven (?:huishoudens|klanten|clienten)\b|"
           r"ingeschreven gezinnen van (?:de |het )?(?:voedselbank|ocmw|cas|caw|kind en gezin|sociale kruidenier|sociaal huis)\b|"
           r"kansentarief|sociaal tarief|verminderd tarief|tarif social|"
           # the health insurers' status for low incomes, in both languages
           r"statut bim|\bbim\b|intervention majoree|omnio\w*|vrijetijdspas\w*|"
           r"(?:mensen |gezinnen |personen )?(?:zonder of )?(?:met|op) (?:een )?(?:laag|beperkt|klein|weinig|krap) "
           r"(?:inkomen|budget)|zonder inkomen|(?:people|families|those|persons|households) (?:on|with) (?:a )?"
           r"(?:low|small|limited) (?:income|budget)|"
           r"(?:het )?financieel (?:moeilijk|krap)|financiele (?:moeilijkheden|problemen|zorgen)|"
           r"(?:dat|het|dit) niet (?:kan |kunt )?betalen)")
# "gratis voor leden en (voor) niet-leden", "free for members and non-members": everyone
_NOT_NON_MEMBERS = (r"(?! (?:en|and|et|&|of|or|ou|y|e) (?:voor |for |pour |les |para |i |gli |le |los |las |os |as )?(?:niet-?|non-?|no )"
                    rf"(?:leden|members|membres|{ROMANCE_MEMBERS})\b)")
_GROUP = (r"(?:kinderen|kids|kind|kleuters|peuters|baby'?s|jongeren|kinderen onder|toeschouwers|(?<!onder )(?<!deskundige )leiding|"
          r"supporters|ouders die|ouders om|"
          r"-\s?\d{1,2}(?:\s?jarigen| jaar)?(?![\d:.]|u\b|h\b)|\d{1,2}\s?-(?!\s?\d{1,2}\s?(?:u|h)\b)|onder (?:de )?\d+|beneden \d+|"
          r"jonger dan \d+|tot (?:en met )?\d+ jaar|\d+-?(?:plussers|jarigen)|tieners|scholieren|"
          r"leerlingen|gepensioneerden|werkzoekenden|vrijwilligers|mantelzorgers|abonnees|"
          rf"pashouders|kaarthouders|helpers|medewerkers|personeel\w*|staff|employees|{ROMANCE_MEMBERS}|"
          r"leden|members|membres|studenten|students|senioren|65\+|inwoners|bewoners|residents|"
          r"spectateurs|spectators|"
          r"uitpas\w*|kansentarief|houders|begeleiders?|children|child|enfants|cursisten|"
          rf"{_SOCIAL}|"
          # ("under 3s free", "under-12s")
          r"under[- ]?\d+s?|moins de \d+ ans)\b")
# Any plural person noun after "gratis voor" names a group, not only the listed ones: fresh text
# keeps bringing new ones ("patiënten van het wijkgezondheidscentrum", "huurders", "Mechelaars")
# — except the roles every participant has ("gratis voor bezoekers", "voor alle deelnemers")
_PERSON_PLURAL = (r"(?![a-z]*(?:deelnemers|deelneemsters|bezoekers|bezoeksters|wandelaars|voetgangers|fietsers|"
                  r"kopers|kijkers|luisteraars|liefhebbers|gebruikers|geinteresseerden|beginners|starters|"
                  r"others|anderen|"
                  # the ones who take part in a club ("Geen lidgeld voor muzikanten")
                  r"spelers|speelsters|zangers|zangeressen|dansers|danseressen|muzikanten|lopers|"
                  r"sporters|participants|visitors|walkers|players|singers|dancers)\b)"
                  r"[a-z]{2,}(?:ers|sters|aars|eurs|anten|enten|isten|lingen)(?![\w-])"
                  # ("gratis voor werknemers en werkgevers", "voor ouders en (hun) kinderen": a
                  # public of several, not one group)
                  r"(?! (?:en|and|et|&|of|or|met|with|avec) (?:hun |de |alle |their |leurs )?[a-z]{3,})")
# another way in beside a referral ("of gewoon binnenlopen", "of op eigen initiatief", "ook zonder
# doorverwijzing", "ben je ook welkom"), not a list of referrers ("van het OCMW of het CAW")
_ANOTHER_WAY_IN = (r"[^.;!?\n]{0,60}?\b(?:of (?:gewoon|op eigen initiatief|rechtstreeks|spontaan|zonder)|ook zonder|"
                   r"or without|or just|ook welkom|also welcome)\b")
# target groups named by origin or by another programme ("gratis voor Oekraïense gezinnen", "gratis
# voor deelnemers aan de taalcafés", "free for participants of the 'Welcome' programme"): free for
# them alone, and beside a price their rate (the participants of this listing: "van deze workshop")
# (origin, not a town: "Mechelse kinderen" is a children's rate; a programme, not an age, the
# event itself or a club: "deelnemers van alle leeftijden", "bezoekers van het park", "deelnemers
# van onze vereniging")
# (a list of origins too: "Syrische en Iraakse gezinnen"; a town's people are a group as well, and
# beside a price a children's tier — see _TIER_GROUP)
_GROUP_ADJECTIVE = r"(?:[a-z]{3,}(?:se|sche)|kwetsbare|kansarme|alleenstaande)"
_TARGET_GROUP = (rf"(?:{_GROUP_ADJECTIVE}(?:(?:, | en | of ){_GROUP_ADJECTIVE})* (?:gezinnen|families|"
                 r"mensen|personen|vrouwen|mannen|moeders|mama'?s|jongeren|kinderen|ouders|studenten|senioren)|"
                 r"[a-z]{3,}(?:ian|ese|ish) (?:families|people|women|men|mothers|children|students)|"
                 # (not of an age or level, nor of this listing: "deelnemers van alle leeftijden",
                 # "van deze workshop"; the listing's own title is checked in resolve)
                 r"(?:deelnemers|deelneemsters|participants) (?:aan|van|of) (?!(?:alle|elke|iedere|all|any|every) "
                 r"(?:leeftijd\w*|niveau\w*|ages?|levels?)\b|jong\b|\d|tien\b|deze\b|dit\b|this\b|the event\b|"
                 r"het evenement\b|de activiteit\b)(?:het |de |ons |onze |the |our )?(?:['\w-]+ ){0,3}?['\w-]{3,}|"
                 # the visitors of a service ("bezoekers van de voedselbank"), not of a place or an event
                 r"(?:bezoekers|visitors) (?:van|of) (?:het |de |ons |onze |the |our )?(?:voedselbank|woonzorgcentrum|wzc|"
                 r"dienstencentrum|inloophuis|ocmw|sociale kruidenier|opvangcentrum|food bank))")
# a target group that is a tier beside a price, not a social rate: children or young people (of a
# town or an origin), a club's participants
_TIER_GROUP = re.compile(r"(?:kinderen|jongeren|children)$|\b(?:vereniging|club|afdeling|kring|bond)\b")
# what the participants would otherwise pay, and who may pay it on their behalf (cost.free-sponsor)
_PARTICIPANTS_COST = (r"(?:tickets?|toegangstickets?|inkomtickets?|toegang\w*|inkom|deelname|kosten|rekening|bezoek|"
                      r"uitstap|entree)")
_ORGANISER = (r"(?:vzw|vereniging|organisatie|organisatoren|stad|gemeente|ocmw|school|club|buurthuis|"
              r"sociaal huis|[a-z]*team|[a-z]*dienst|[a-z]*centrum|federatie|fonds)")
# drinks and snacks in the Romance languages (folded: "băuturi" → "bauturi"): handed out free, a
# perk; priced alone, a consumption ("Spritz 5 €", "Cada tapa cuesta 2 €")
_ROMANCE_SNACK = (r"gouter|collation|boissons?|rafraichissements?|bebidas?|bevande|bibite|bibita|refrescos?|"
                  r"rinfresco|merienda|lanche|gustare|cafea|bauturi|caffe|cappuccino|espresso|cervezas?|"
                  r"cervejas?|birra|birre|vino|vinho|sangria|spritz|aperol|prosecco|mojitos?|cocktails?|"
                  r"tapas?|pinchos|pintxos|empanadas?|bocadillos?|galletas|dulces|dolci|pasteles|pasteis|"
                  r"pastel|pastelitos?|salgados|bolos?|churros|arepas?|bifanas?|panino|panini|gelat[oi]|"
                  r"helados?|stuzzichini|porchetta|arancini|cannoli|pizzas?")
# meals, drinks and parking in the Romance languages (folded: "masă" → "masa")
_ROMANCE_PERK = (rf"{_ROMANCE_SNACK}|repas|petit-dejeuner|aperitif|"
                 r"parking|stationnement|comida|almuerzo|desayuno|aparcamiento|"
                 r"masa|parcare|almoco|estacionamento|pranzo|"
                 # ("café y empanadas gratis", not "Le concert au Café Belga est gratuit": a café coordinated
                 # with a treat)
                 r"cafe (?:y|e|con|com) (?:\w+ )?(?:empanadas?|tapas|galletas|dulces|pasteles|pasteis|"
                 r"bolos?|bocadillos?|pan|pao)")
# refreshments, facilities, trials, handouts and childcare: given for free, never the listing
_AMENITY = (r"koffie|thee|chai|drank\w*|frisdrank\w*|drankje|hapje|snack\w*|vieruurtje|parking|parkeren|"
            r"parkeerplaats\w*|wifi|wi-fi|proefles\w*|proeftraining\w*|kennismakingsles\w*|"
            r"materiaal|brochure\w*|folder\w*|e-book|apps?|download\w*|audiogids(?:en)?\b|audioguides?\b|coffee|tea|drinks?|"
            # (French "thé" folds to "the": only beside another perk or a price word, never the
            # English article of "The walk is free")
            r"snacks?|trial|cafe|the(?=\s?(?:[,:=/-]|et\b|offerts?\b|gratuits?\b|compris\b|inclus\b))|"
            r"(?<=\bcafe et )the|(?<=\bcafe, )the|boissons?|kinderopvang|opvang|childcare|babysit|"
            r"consumpties?|consumptions?")
# the free things that are perks, not the listing, in "koffie is gratis" as in "gratis koffie";
# meals only when given ("je krijgt een gratis maaltijd"): "het ontbijt is gratis" at a
# breakfast says the event is free
_PERK = rf"(?:{_AMENITY}|wol|garen|naalden|klei|verf|papier|gereedschap|fiets\w*stalling|fiets\w*parking)"
# what "gratis …" hands out beside the listing: amenities, meals, treats, the shuttle
_OBJECT = (rf"(?:{_AMENITY}|soep|popcorn|kleurpoeder\w*|fiets\w*stalling|fietsparking|fietsenparking|stalling|maaltijd\w*|"
           r"lunch|ontbijt|middagmaal|avondmaal|broodjes?|meals?|breakfast|repas|"
           r"chocomelk|chocolademelk|warme chocolade|koek\w*|cake|vat|vaatje|chips|snoep\w*|"
           r"taart\w*|gebak|ijsjes?|pannenkoek\w*|wafels?|fruit|limonade|gluhwein|jenever|"
           r"versnapering\w*|pendelbus\w*|pendeldienst|shuttle\w*|busvervoer|pendelvervoer|(?:pendel)?busjes?|"
           # "Gratis vervoer. Bel ons en we halen je op": the ride there
           r"vervoer|transport|ophaaldienst|taxi|"
           # (not "gratis pizza-avond": a compound naming the event)
           r"pizza'?s?(?!-)|frietjes?|hotdogs?|hamburgers?|sandwich\w*|croissants?|pistolets?|boterhammen)")

# what a volunteer is told they receive ("je krijgt een gratis cursus", "Wat krijg je? Korting")
_YOU_GET = r"(?:je krijgt|krijg je|ontvang je|you get|you receive|vous recevez|tu recois)"

# a card, pass, certificate or ticket some hold ("op vertoon van je cursistenkaart / kansenpas /
# attest / ticket van gisteren"), not a booking or identity card every visitor holds
_GROUP_CARD = (r"(?!identiteitskaart|identiteitsbewijs|reservati\w+|reservering\w*|bevestiging\w*|eid\b)"
               r"(?:\w*kaart|\w*pas|attest\w*|\w*bewijs|(?:e-)?\w*tickets?|\w*verwijzing|verwijsbrief)\b")
# what entertains at an event: "gratis springkasteel", "het springkasteel is gratis"
_ATTRACTION = (r"(?:springkaste\w+|schmink\w*|grime|kinderanimatie|draaimolen|paardenmolen|ponyrit\w*|"
               r"ritje\w*|tombola|photobooth|fotobooth|suikerspin\w*)")
# what may follow a perk in a list of refreshments ("koffie, thee en koekjes")
_TREAT = (rf"(?:{_PERK}|koek\w*|hapjes?|fruit|taart\w*|vlaai\w*|cake|versnapering\w*|water|chocomelk|chips|snoep\w*|"
          r"limonade|cookies|biscuits?|gebak|wafels?|brood|popcorn)")
# a treat or a sandwich: what may be named before "gratis" ("Koffie en broodjes gratis")
_FOOD = rf"(?:{_TREAT}|broodjes?|sandwich\w*)"
# food served in English ("Lunch is provided for free", "Dinner will be served"): a perk or the meal itself
_EN_FOOD = r"food|meals?|dinner|lunch|breakfast|refreshments"
# drinks: at a "Koffieklets" the coffee is a treat, never the activity
_DRINK = r"koffie|thee|coffee|tea|chai|drank\w*|drankjes?|drinks?"

# food, drink and parking in Vietnamese (folded: "nước uống" → "nuoc uong") and Chinese
_VI_PERK = (r"nuoc uong|do uong|tra|ca phe|do an(?: nhe)?|an nhe|banh ngot|gui xe|giu xe|cho dau xe|bai do xe|"
            r"tai lieu|dua don|wifi")
_ZH_PERK = (r"茶水|茶点|茶點|饮料|飲料|饮品|飲品|咖啡(?!品鉴|品鑑|课|課|会|會)|茶(?!艺|藝|道|会|會)|点心|點心|小吃|零食|午餐|"
            r"晚餐|早餐|停车|停車|教材|资料|資料|接送|班车|wifi|无线网络|無線網絡")
# food, drink and parking in Turkish, folded with the dotless ı ("çay", "kahvaltı", "otoparkımız")
_TR_PERK = (r"(?:cay|kahve|ikram\w*|otopark\w*|icecek\w*|yemek\w*|kahvalt[iı]\w*|at[iı]st[iı]rmal[iı]k\w*|"
            r"simit\w*|corba\w*)")
# things lent or handed out on the spot ("Boards and helmets are available for free", "Hapjes
# liggen gratis klaar"), not the activity or its entry ("The class is available for free",
# "Toegangsbewijzen zijn gratis beschikbaar", "This is provided free of charge")
_NOT_GEAR = (r"(?:this|class|classes|sessions?|lessons?|workshops?|tours?|walks?|lectures?|talks?|courses?|"
             r"trainings?|tickets?|places|spots|seats|activities|events|its|lessen|rondleidingen|wandelingen|"
             r"voorstellingen|activiteiten|toegangsbewijzen|toegangskaarten|kaarten|plaatsen|inschrijvingen|"
             r"polsbandjes|inkombandjes|sessies|cursussen)")
_NOT_GEAR_BEFORE = re.compile(rf"\b{_NOT_GEAR}\s$")
# taking part itself, the thing a "gratis" frees when it names it ("Deelname is gratis")
_TAKING_PART = r"meedoen|deelnemen|deelname|meespelen|toegang|inkom"
# nouns naming an activity: "een gratis workshop" frees the listing, "een gratis ijsje" a thing
_ACTIVITY_NOUN = re.compile(r"[a-z]*(?:les|lessen|cursus|workshop|wandeling|tocht|rondleiding|"
                            r"tentoonstelling|expo|expositie|exhibition|exposition|"
                            r"lezing|voorstelling|activiteit|namiddag|avond|ochtend|voormiddag|dag|"
                            r"sessie|training|concert|film|toegang|inkom|entree|deelname|feest|"
                            r"markt|cafe|uur|uurtje|moment|bijeenkomst|kamp|spel|event|evenement|"
                            r"festival|fest|kermis|braderie|optreden|show|parade|stoet|fair|"
                            r"info\w*|tour|bezoek|quiz|atelier|club|begeleiding|hulp|advies|"
                            r"spreekuur|permanentie|consult|gesprek|groep|ontmoeting|vorming|"
                            r"opleiding|initiatie|kennismaking|proef\w*|voorlezing|reeks|"
                            r"class|lesson|session|walk|tour|talk|event|entry|admission|visit|webinar|"
                            r"cours|atelier|visite|balade|seance|activite|entree|soiree)s?")

RULES = (
    # -- pay what you want: never free -----------------------------------------------------
    Rule("cost.pwyw", r"\b(?:vrije|vrijwillige|vrijblijvende|vrij te kiezen) (?:bijdrage|gift|"
         r"donatie)\b|\bbijdrage naar (?:keuze|vermogen)\b|\bbetaal(?:en)? wat je (?:wil|wilt|kan)\b|"
         r"\bpay what you (?:want|can|like)\b|\b(?:suggested|voluntary|free-will|free) "
         r"(?:donation|contribution)\b|\b(?:participation|contribution|prix) (?:libre|consciente?)\b|"
         r"\bdonation\b|\bdonatie\b|\bfreewill\b|"
         # Spanish, Portuguese, Italian: "contribución libre", "aporte voluntario", "offerta libera"
         r"\b(?:contribucion|contribuicao|aportacion|aporte|contributo|donativo|offerta) (?:libre|livre|libera|libero|"
         r"voluntari[ao]|volontari[ao])\b|\ba offerta libera\b|"
         # Ukrainian and Russian: "вільний внесок", "добровольный взнос", "пожертва"
         r"\b(?:вільн|добровільн|свободн|добровольн)\w* (?:внесок|внески|взнос|пожертв)\w*",
         value="pwyw", kind="pwyw"),
    # "Klein skatepark … Gratis te gebruiken.": a place or equipment free to use, said in a sentence
    # of its own (before the free things below: "Gereedschap is gratis te gebruiken" names a thing)
    Rule("cost.free-to-use", r"(?:^|(?<=[.!?\n] )|(?<=[.!?\n]))(?:gratis|kosteloos) te gebruiken\b"
         r"(?=\s*(?:[.,;!\n]|$))", value="free", negated="not-free", kind="free"),
    # -- free things that are not the activity ---------------------------------------------
    # "Boards and helmets are available for free", "Helmen zijn gratis beschikbaar": gear lent for the
    # occasion, matched from its verb (a pattern opening on any noun would be tried at every word);
    # the noun before is read in resolve ("Tickets are available for free": the entry)
    Rule("cost.free-gear", r"(?:(?<=s )|(?<=en ))(?:are|is|zijn|liggen|ligt) (?:also |ook |er )?(?:available |provided )?"
         r"(?:for free|free of charge|gratis (?:beschikbaar|klaar|ter plaatse))\b", value="object", kind="object"),
    Rule("cost.free-object", r"\bgratis (?!toegang|inkom|entree)[a-z]*(?:kaart|kaartje|brochure|"
         r"folder|boekje|plan|drankje|attentie|geschenk|cadeau\w*|shirt|t-shirt|tas|tasje|badge|"
         r"poster|affiche|voucher|bon|bonnetje|krant|kranten|stickers?|goodies|pakket|proevertjes?|"
         rf"attractie\w*|animatie)\b|\bgratis {_ATTRACTION}|"
         r"\b(?:get|gets|receive|receives|krijgen|krijgt|ontvangen|ontvangt|recoivent|recoit) "
         r"(?:(?:ook|daarbij|als dank|also|in return) )?(?:een |a |an |une |un )?(?:gratis|free|"
         r"gratuite?)\b|"
         # ("Na afloop gratis warme chocomelk": an adjective may come before the thing)
         rf"\bgratis (?:(?:warme?|koude?|verse?|lekkere?|heerlijke?|zelfgemaakte?|belegde?|gezonde?) ){{0,2}}{_OBJECT}\b|"
         # "Gratis honingsnoepjes!", "gratis (drink)water": a treat, also in a compound
         # (not "gratis peperkoekworkshop", "speculaaskoekjes bakken", "water- en zandspelen")
         r"\bgratis (?:[a-z]+(?:snoep|koek)(?:je|jes|en|s)?|(?:drink|kraantjes|bron)?water)\b(?!-| (?:bakken|maken|versieren))|"
         rf"\b{_PERK}\s?[:=-]\s?(?:ook )?(?:gratis|free|gratuite?s?)\b|"
         # "Gratis water en koffie.": treats listed after "gratis" are perks
         rf"\bgratis {_TREAT}(?:(?:, ?| en | of ){_TREAT}){{1,3}}\b|"
         # "het springkasteel is gratis": an attraction at the event (unless the title names it)
         rf"\b{_ATTRACTION} (?:is|zijn) (?:ook |altijd )?gratis\b|"
         # "Tea and biscuits are free", "Koffie en broodjes gratis": treats named before "free"
         rf"\b{_FOOD}(?:(?:, ?| en | and | & | of | or ){_FOOD}){{0,3}} "
         r"(?:(?:is|zijn|are|blijft|blijven) )?(?:ook |altijd |also |always |steeds )?(?:gratis|free|kosteloos)\b|"
         # Persian and Arabic too: "چای رایگان", "قهوة مجانية"
         # (Persian links the noun to its adjective: "غذای رایگان", "نوشیدنی‌های رایگان")
         r"(?:چای|قهوه|شیرینی|غذا|ناهار|شام|پذیرایی|نوشیدنی|پارکینگ|شاي|قهوة|القهوة|الشاي|طعام|وجبة|"
         r"وجبات|غداء|عشاء|حلويات|مشروبات|موقف)(?:ی|\u200cها|\u200cهای|\u200cی)?(?: \w+)? (?:رایگان|(?:ال)?مجان\w*)|"
         # French, Spanish, Portuguese, Italian and Romanian put the adjective after its noun:
         # "repas gratuit après la messe", "masă festivă gratuită" — a meal or a drink given
         # (not "El taller de tapas es gratis", "Tapas proeverij gratis": the treat names the activity)
         r"(?<!taller de )(?<!clase de )(?<!curso de )(?<!cours de )(?<!atelier )"
         rf"\b(?:{_ROMANCE_PERK})(?: (?!proeverij|workshop|avond|les|cursus|taller|clase|curso|atelier|cours)[a-z]+)? "
         r"(?:(?:est|es|este|e|sont|son|sunt|sera) )?"
         # (Spanish and Portuguese also say "gratis": "café y empanadas gratis")
         r"(?:gratuit|gratuite|gratuits|gratuites|gratuita|gratuito|gratuitos|gratuitas|gratuiti|gratis)\b|"
         # Ukrainian and Russian: "безкоштовна кава та чай", "бесплатная парковка"
         # Polish and Bulgarian: "bezpłatny poczęstunek", "безплатен паркинг"
         r"\bbezp[lł]atn\w* (?:poczestun\w*|kaw\w*|herbat\w*|napo\w*|przekask\w*|parking\w*|obiad\w*|"
         r"posi[lł]e?k\w*|wi-?fi)|\bбезплатн\w* (?:паркинг\w*|кафе|чай|напитк\w*|почерпк\w*|закуск\w*|wi-?fi)|"
         r"\b(?:безкоштовн|бесплатн)\w* (?:кав\w*|чай|напо\w*|напит\w*|перекус\w*|парков\w*|паркуванн\w*|"
         r"wi-?fi|вайфай)|"
         # Belarusian "Бясплатная кава", Turkish "ücretsiz çay", "Otoparkımız ücretsizdir" (a meal is
         # not named before: "Yemek ücretsizdir" at an iftar is the activity), Indonesian "Parkir
         # tanpa biaya"
         r"\bбясплатн\w* (?:кав\w*|гарбат\w*|паркоўк\w*|напо\w*|пачастун\w*|перакус\w*)|"
         rf"\b(?:ucretsiz|bedava) {_TR_PERK}|\b(?!yemek){_TR_PERK}(?: (?:ve|ile) {_TR_PERK})? (?:ucretsiz\w*|bedava)\b|"
         r"\b(?:parkir|kopi|teh|makanan|minuman|makan siang|camilan)(?: (?:dan|&) \w+)? (?:juga )?(?:gratis|tanpa biaya)\b|"
         # Vietnamese (folded) and Chinese: "Nước uống miễn phí", "miễn phí gửi xe", "免费茶水", "停车免费"
         rf"\b(?:{_VI_PERK})(?: (?:va|&) (?:{_VI_PERK}))? (?:(?:la|duoc) )?mien phi\b|\bmien phi (?:{_VI_PERK})\b|"
         rf"免[费費](?:提供)?(?:{_ZH_PERK})|(?:{_ZH_PERK})(?:[和及、](?:{_ZH_PERK}))?(?:也|都)?(?:是)?免[费費]|"
         # "Gratis compostvat voor de eerste 10 deelnemers": a giveaway
         r"\bgratis (?!inkom|toegang|entree|deelname|ticket|tickets\b)[a-z-]+ voor de eerste \d+\b|"
         # "Soep met brood voor vijf euro. Tweede kom gratis!": a second serving or item (not "vanaf het
         # derde kind gratis": a sibling tier)
         r"\b(?:tweede|2de|2e|derde|3de) (?:kom|kommetje|portie|drankje|pint|pintje|bord|stuk|glas|glaasje|koffie|"
         r"consumptie|bol|bolletje|soep|pannenkoek|wafel|ijsje|broodje|taartje) (?:is |zijn )?(?:gratis|free)\b|"
         # "Gratis tandenborstel voor elk kind", "Gratis zoektochtblad aan de start": a thing handed
         # to each or at the start (not "gratis workshop voor elk kind": an activity noun)
         rf"\bgratis (?!inkom|toegang|entree|deelname|deelnemen|meedoen|meespelen|inschrijv\w*|ticket|tickets\b|"
         rf"{_ACTIVITY_NOUN.pattern}\b|beschikbaar|verkrijgbaar|te\b)(?:(?:zakje|doosje|pakje|tasje|potje|bakje|flesje|bosje) )?[a-z-]+ "
         r"(?:voor (?:elk|ieder)e? (?:kind|kindje|deelnemer|deelneemster|bezoeker|gezin|wandelaar)|"
         r"per (?:kind|deelnemer|gezin|bezoeker)|(?:aan|bij) (?:de|het) (?:start|ingang|onthaal|balie|vertrek|aankomst))\b|"
         # "Lidkaart bib: gratis", "Gratis fiets te leen"
         r"\b(?:lid|bib|bibliotheek|lener|leners|museum)kaart(?: \w+)?\s?[:=-]\s?(?:ook )?gratis\b|"
         # "De klantenkaart is gratis", "Een klantenkaart kost niets": the card, not the activity
         r"\b(?:de|een|je|jouw|uw|die) (?:klanten|lid|spaar|bib|bibliotheek|uit|museum|voordeel|kansen|leners?|"
         r"getrouwheids)(?:kaart|pas)(?: \w+)? (?:is|kost|blijft) (?:ook |altijd |steeds )?(?:gratis|kosteloos|niets|niks)\b|"
         # ("De routebrochure is gratis", "Het programmaboekje is gratis": the booklet)
         r"\b(?:de|het|een|die|dat) [a-z]*(?:brochure|folder|boekje) (?:is|kost|blijft) (?:ook |altijd |steeds )?"
         r"(?:gratis|kosteloos|niets|niks)\b|\bgratis [a-z-]+ te (?:leen|lenen|ontlenen)\b|"
         # "je maaltijden zijn gratis" (a volunteer's meals): one's own meal or drink is a perk
         r"\b(?:je|jouw|uw|your) (?:maaltijd\w*|eten|lunch|middagmaal|avondmaal|ontbijt|"
         r"drank\w*|drankjes?|koffie|meals?|food|drinks?|lunch(?:es)?) (?:is|zijn|are) (?:ook |altijd |"
         r"daar |also |always )?(?:gratis|free|kosteloos)\b|"
         # "een lijstje met gratis en goedkope activiteiten": other offers, described
         r"\bgratis (?:en|of|&) (?:goedkope|betaalbare|budgetvriendelijke)\b|"
         r"\b(?:goedkope|betaalbare|budgetvriendelijke) (?:en|of|&) gratis\b|"
         r"\bfree (?:and|or|&) (?:cheap|low-cost|affordable)\b|\b(?:cheap|low-cost|affordable) (?:and|or|&) free\b|"
         # "boeken leen je gratis", "gratis te ontlenen": a thing lent or given for free
         # "Materiaal (grijpers, handschoenen) wordt gratis voorzien": a thing provided free
         r"\b(?:wordt|worden) (?:ook )?(?:gratis|kosteloos) (?:voorzien|ter beschikking gesteld|uitgeleend|"
         r"meegegeven|aangeboden|bezorgd)\b|"
         # "helpt je om lid te worden (gratis)": the membership is free, not the listing
         r"\blid (?:te )?worden \((?:gratis|kosteloos|free)\)|"
         # "Een opleidingsavond is gratis inbegrepen": what a package includes, not the listing
         r"\b(?:is|zijn) (?:ook |telkens |altijd )?(?:gratis inbegrepen|inbegrepen en gratis)\b|"
         # "Vooraf volg je een vorming (gratis)": a training the volunteer receives
         # ("Je krijgt een vorming 'Voorlezen met verve' (gratis)": its name may follow)
         r"\b(?:volg|krijg)t? (?:je |u )?(?:eerst |vooraf |ook )?(?:een |de )?(?:\w+ )?(?:vorming|opleiding|"
         r"training|cursus|infosessie)\w* (?:['\"][^'\"\n]{1,50}['\"] )?\((?:gratis|kosteloos|free)\)|"
         # "Krant gratis." at a reading group: the paper read there (not "Het tijdschrift is gratis, de
         # leesgroep ook"; not a route's map or booklet, which the writers split on: "De routekaart is
         # gratis" free twice, unknown twice)
         r"\b(?:de |het )?(?:krant|kranten|tijdschrift|tijdschriften)(?: en (?:krant|kranten|tijdschrift|tijdschriften))? "
         r"(?:is |zijn )?(?:gratis|kosteloos)\b(?![,;] ?(?:de |het )?(?:leesgroep|leesclub|leesuurtje|leesmoment|deelname|activiteit|lessen|les|"
         r"cursus|workshop|bijeenkomst)\w* (?:ook|eveneens)\b)|"
         # "Voor je start volg je een gratis vorming van twee avonden": the same, before the work
         # ("Eerst volg je een gratis infosessie, daarna 10 lessen voor € 60": an introduction before
         # the course, not the course; "Cursus fietsen … Eerst volg je een gratis cursus" is read as
         # unknown too, rather than risk the first)
         r"\b(?:voor (?:je|u) (?:start|begint|aan de slag gaat)|vooraf|eerst),? (?:volg|krijg)t? (?:je|u) (?:eerst |ook )?"
         r"(?:een |de )?gratis (?:\w+ )?(?:vorming|opleiding|training|cursus|infosessie)\w*|"
         # "Je eet gratis mee", "drinken doe je gratis": a meal or a drink given, a perk
         r"\b(?:eet|eten|drink|drinken) (?:je |u |jij |jullie )?(?:ook )?(?:gratis|kosteloos) mee\b|"
         r"\b(?:leen|ontleen|krijg|ontvang|haal|neem|download|gebruik)(?:t|en)? (?:je |u |jij |"
         r"men )?(?:ze |het |die |deze |er )?(?:ook )?(?:gratis|kosteloos)\b|\b(?:gratis|kosteloos) "
         r"(?:te )?(?:lenen|ontlenen|gebruiken|downloaden|meenemen|afhalen|uitlenen|stallen|parkeren)\b|"
         r"\bgratis (?:een |\w+ ){1,5}?(?:uit )?(?:meenemen|lenen|ontlenen|halen|mee naar huis)\b|"
         # "Gratis kinderopvang voorzien": a service provided free, whatever its (misspelt) name
         r"\bgratis [a-z]+ (?:is |wordt )?(?:voorzien|aanwezig|beschikbaar|ter beschikking)\b|"
         r"\bgratis (?:\w+ ){1,5}?(?:aanvragen|bestellen)\b|"
         rf"\b{_PERK}(?: en \w+)?(?: [\w']+){{0,4}}? (?:is|zijn|zit|kan|mag|"
         r"zitten|staan|staat|inbegrepen en) ?(?:ook )?(?:gratis|free|gratuite?s?)\b|\b(?:(?:je|de|your|the|la|le|"
         r"ta|votre) )?(?:eerste|1e|1ste|first|premiere?) (?:[a-z-]+ ){0,2}?(?:is |zijn |are |est )?"
         r"(?:altijd |always |toujours )?(?:gratis|free|gratuite?s?)\b|"
         r"\b(?:kosteloos|gratis) annuleren\b|\bfree (?:parking|coffee|tea|wifi|wi-fi|trial|drinks?|"
         # "Free blood pressure check after the talk": a check offered beside the activity
         r"snacks?|audio ?guides?|(?:blood (?:pressure|sugar) |health |eye |hearing )(?:checks?|check-ups?|tests?|screenings?))\b|"
         # "Lunch is provided for free": food served at the event
         rf"\b(?:{_EN_FOOD}|snacks|drinks)(?: and [a-z]+)? (?:is|are) (?:also )?"
         r"(?:provided|offered|served|included) (?:for free|free of charge)\b|"
         # "Food will be shared after midnight, free of charge": food served at the event
         rf"\b(?:{_EN_FOOD}|snacks?|drinks)(?: and (?:food|meals?|snacks?|drinks|"
         r"refreshments|tea|coffee))? will be (?:served|shared|offered|provided|available)\b"
         r"(?:(?!\b(?:is|are|entry|entrance|admission|participation|everything|all)\b)[^.!?\n,;]){0,40}?,? "
         r"(?:free of charge|for free)\b|\b(?:first|trial) (?:lesson|session|class) (?:is )?free\b|\bgratis te downloaden\b|"
         # "Download vooraf gratis de fietskaart", "Download de wandelkaart gratis op onze website"
         # (not "Download de app en volg gratis lessen": a second clause)
         r"\bdownload\w* (?:(?!en |of |and |or |et )[\w-]+ ){0,4}?(?:gratis|for free|free of charge|gratuitement)\b|"
         rf"\b{_YOU_GET} "
         r"(?:(?:ook|daarbij|daarvoor|als dank|in ruil) )*(?:(?:een |a |an |une |un )?[\w-]+,? "
         r"(?:en|and|et|,) )?(?:een |a |an |une |un )?(?:gratis|free|gratuite?)\b|"
         # "Koffie en thee staan klaar, gratis": set out for free ("Koffie ligt gratis klaar" too)
         rf"\b{_PERK}(?:(?:, ?| en | and ){_TREAT}){{0,3}} (?:ligt|liggen|staat|staan) (?:al |ook |altijd )?"
         r"(?:gratis|kosteloos) klaar\b|"
         rf"\b{_PERK}(?:(?:, ?| en | and ){_TREAT}){{0,3}} (?:staan|staat|zijn|is) (?:al |ook |altijd )?klaar,? "
         r"(?:en )?(?:gratis|kosteloos)\b|"
         # "Koffie gratis.", "koffie en thee gratis"
         # "Koffie en koekjes gratis.": treats listed after a perk are perks too
         rf"\b{_PERK}(?:(?:, ?| en | and | et | & )(?:een |a )?{_TREAT}){{0,3}}(?: ?: ?| )(?:ook |altijd |always )?"
         r"(?:gratis|free|gratuite?s?)\b(?! (?:voor|for|pour|tot|met)\b(?! (?:iedereen|everyone|everybody|"
         r"tous|tout le monde)\b))|\b(?:gluten|lactose|sugar|alcohol|smoke|barrier|step|hands|fragrance)"
         r"[- ]free\b|\bfeel free\b|\bfree time\b|\btemps libre\b|\bvrije tijd\b|"
         # "Verf en penselen zijn gratis ter beschikking": things put at one's disposal (not tickets)
         r"(?<!tickets )(?<!kaarten )(?<!kaartjes )(?<!toegangskaarten )(?<!plaatsen )"
         r"\b(?:zijn|is|worden|wordt|staan|staat) (?:er )?(?:ook )?gratis ter beschikking\b|"
         r"\bgratis ter beschikking (?:gesteld|van)\b|"
         # "Grijpers en handschoenen stellen we gratis ter beschikking": lent for the occasion
         r"\b(?:stellen|stelt) (?:we |wij |ze |zij |jullie |u |de \w+ )?(?:ook |altijd )?gratis ter beschikking\b|"
         # "Wij zorgen voor soep en koffie, gratis": what the organisers provide
         rf"\b(?:we|wij|zij|ze) (?:zorgen|voorzien) (?:voor )?(?:(?:de|het|een|wat|lekkere?|warme?|verse?) ){{0,2}}{_OBJECT}"
         rf"(?:(?:, ?| en | & )(?:(?:de|het|een|wat|lekkere?|warme?|verse?) ){{0,2}}(?:{_OBJECT}|{_TREAT})){{0,3}},? (?:en )?"
         r"(?:ook )?(?:gratis|kosteloos)\b|"
         # "Er is de hele dag eten en drinken voorzien, gratis aangeboden door de families": food set out
         rf"\b(?:er is|er zijn|is er|zijn er) (?:[\w-]+ ){{0,4}}?(?:{_OBJECT}|eten|drinken)(?:(?:, ?| en | & )"
         rf"(?:{_OBJECT}|{_TREAT}|eten|drinken)){{0,3}} (?:voorzien|aanwezig|klaar),? (?:en )?(?:ook )?(?:gratis|kosteloos)\b"
         # (not "…, gratis inkom", "…, gratis voor alle buren": the entry or the people)
         r"(?! (?:inkom|toegang|deelname|entree|admission|voor)\b)|"
         # "De aanvraag zelf is gratis": the procedure a session explains, not the session
         r"\b(?:de |een |je )?aanvraag (?:zelf |op zich )?(?:is|blijft) (?:ook |volledig |helemaal )?(?:gratis|kosteloos)\b|"
         # "Een bibkaart is gratis": the card one gets, not the visit or the tour
         # ("… maakt meteen een bibkaart: die is gratis voor volwassenen")
         r"\b(?:bib|bibliotheek)(?:kaart|pas)(?:je)?(?:[:,] (?:die|deze|dat))? (?:is|blijft) (?:ook |altijd |helemaal )?(?:gratis|kosteloos)\b|"
         r"\blibrary card is (?:also |always )?free\b",
         value="object", kind="object"),
    # "Bij de meeste feesten is de toegang gratis", "Deelname is vaak gratis": a free said of most
    # of what a calendar lists, or of some times, is no statement of this listing's price
    Rule("cost.free-hedged", r"\b(?:bij|op|in|voor) (?:de )?(?:meeste|sommige|veel|vele|enkele) [\w-]+ "
         r"(?:[\w-]+ ){0,3}?(?:is|zijn) (?:de |het )?(?:toegang |inkom |deelname |entree )?(?:ook )?(?:gratis|kosteloos)\b|"
         r"\b(?:de )?(?:meeste|sommige|vele|enkele) [\w-]+ (?:zijn|is) (?:ook )?(?:gratis|kosteloos)\b|"
         r"\b(?:is|zijn) (?:ook )?(?:vaak|meestal|soms|dikwijls|doorgaans) (?:gratis|kosteloos)\b|"
         r"\b(?:most|some|many) (?:of (?:the|them) )?(?:[\w-]+ )?(?:are|is) free\b|\b(?:often|usually|sometimes) free\b",
         value=None, kind="topic"),
    # -- free for one group only -------------------------------------------------------------
    Rule("cost.free-conditional", rf"\bvoor (?:wie|mensen die|personen die|iedereen die) "
         rf"[\w' ]{{0,40}}?{_SOCIAL}[\w' ]{{0,20}}?,? (?:is |zijn )?(?:de |het )?(?:deelname |toegang |inkom |"
         r"het |[a-z]{3,} )?(?:is )?(?:gratis|kosteloos|free)\b|"
         r"\b(?:gratis|kosteloos|free|gratuite?) (?:voor )?(?:de )?"
         r"(?:kinderen |kids |children |enfants )?(?:onder|tot|beneden|under|below|jonger dan|"
         r"younger than|moins de|-) ?(?:de |the |age )?\d{1,2}\b|"
         rf"\b(?:gratis|kosteloos|free|gratuite?|gratuit[oa]s?) (?:(?:riservat[oa]|reservad[oa]) )?(?:voor|for|pour|para|com|con|"
         rf"tot|until|jusqu'a|met|with|avec|per|ai|agli|alle) (?:de |het |alle |les |je |jouw |uw |your |een |los |las |os |as |"
         rf"i |gli |le )?"
         # ("gratis voor leden en niet-leden": everyone; "gratis voor OKAN-leerlingen": a compound)
         # ("gratis voor bestuursleden van sportclubs": a compound of a group word)
         rf"(?:geldig(?:e)? )?(?:[a-z]+-|[a-z]{{3,}}(?=leden|leerlingen|studenten|cursisten|medewerkers|"
         rf"vrijwilligers|bewoners))?{_GROUP}{_NOT_NON_MEMBERS}|"
         # "Üyelerimiz için ücretsizdir", "Tanpa biaya untuk anggota": members only
         r"\b(?:uyelerimiz|uyeler|uyelere|uyelerimize|uyelerimiz icin|dernek uyeleri) icin (?:ucretsiz\w*|bedava)\b|"
         r"\b(?:tanpa biaya|gratis) (?:untuk|bagi) (?:para )?anggota\b|"
         # "Voor werkzoekenden, gratis via VDAB": a social group, then the free statement
         rf"\bvoor (?:de |alle )?{_SOCIAL},? (?:gratis|kosteloos)\b|"
         # "We nodigen mensen met een UiTPAS uit. Voor hen is de brunch gratis": a group named before
         # ("Voor de ouders is de toegang gratis"; not "voor de bezoekers", the public)
         rf"\bvoor (?:de |alle |onze )?(?:{_GROUP}|{_PERSON_PLURAL}),? (?:is|zijn) (?:de |het )?(?:toegang |inkom |"
         r"deelname |entree )?(?:gratis|kosteloos)\b|"
         r"\b(?:voor|for|pour) (?:hen|them|eux)\b,? (?:is|zijn|is het|are|it's|it is|est|sont) "
         r"(?:[\w'-]+ ){0,3}?(?:gratis|kosteloos|free|gratuite?s?)\b|"
         r"\b(?:gratis|kosteloos|free|gratuite?s?) (?:voor|for|pour) (?:hen|them|eux)\b|"
         # "gratis rondleiding voor deelnemers van het inburgeringstraject", "Gratis kinderkleding
         # (maten 0 tot 12 jaar) voor gezinnen die doorverwezen worden door CAW of OCMW"
         # ("Free of charge for people in the integration programme", "Безкоштовно для учасників курсів")
         r"\b(?:gratis|kosteloos|free|gratuite?|безкоштовн\w*|бесплатн\w*)(?: of charge)?(?: [a-z]{3,20})?"
         r"(?: \([^()\n]{0,40}\))? (?:voor|for|pour|для) "
         rf"[\w' -]{{0,60}}?{_SOCIAL}|"
         # "Free entry with your trainee badge": free for those holding one (a library card is free)
         r"\b(?:gratis|kosteloos|free|gratuite?)(?: (?:entry|entrance|admission|toegang|inkom|entree|acces))? "
         # ("Gratis op voorstelling van een attest van het OCMW of een doorverwijzing"; not "gratis met
         # een kaart van de dienst toerisme": a map)
         r"(?:(?:with|met|avec|on showing|op vertoon van) (?:your|je|jouw|uw|votre|ton)|(?:op vertoon van|op voorstelling van|"
         r"op presentatie van|on showing) (?:een|an?)) "
         # ("Gratis toegang met je inburgeringsattest": a compound names the card too)
         # ("met je (geldige) identiteitskaart", "met je (eigen) bibpas", "met je wandelkaart": everyone's;
         # "met je Oekraïense identiteitskaart", "met je stadspas": a group's)
         r"(?!(?:(?:geldige|eigen|persoonlijke|elektronische|gratis|nieuwe) )?(?:bib|library|bibliothe|identiteit|identity|"
         r"id-?kaart|eid\b|\w*(?:wandel|fiets|route)kaart))(?:[\w-]+ )?[a-z-]*?(?:badge|card|pass|kaart|pas|attest|carte|doorverwijzing|verwijsbrief)\b|"
         # "een advocaat die volledig of gedeeltelijk gratis is, afhankelijk van je inkomen"
         r"\b(?:volledig of )?gedeeltelijk (?:gratis|kosteloos)\b|\b(?:partly|partially) free\b|"
         r"\b(?:gratis|kosteloos|free)\b[^.!?\n]{0,60}\b(?:afhankelijk van|depending on|selon) (?:je |uw |het |your |votre |vos )?"
         r"(?:inkomen|income|revenus?)\b|"
         # "free if you receive a leefloon or are a registered jobseeker"
         rf"\b(?:gratis|kosteloos|free) (?:if|als|wanneer|when) (?:you |je |u )?[\w' ()-]{{0,40}}?{_SOCIAL}|"
         # "newcomers in an integration trajectory take part free of charge"
         rf"\b{_SOCIAL}(?: [\w'()-]+){{0,6}}? (?:take part|participate|join|attend|nemen|neemt|doen|"
         r"doet|mogen|kunnen) (?:(?:gratis|kosteloos) (?:deel|mee)|for free|free(?: of charge)?|"
         r"gratuitement)\b|\b(?:is|zijn|worden|wordt) vrijgesteld\b|\bexempt(?:ed)?\b|"
         r"\bvrijstelling (?:voor|van)\b|\bexemption for\b|\bexoneration pour\b|"
         # "Op vertoon van je cursistenkaart kom je gratis binnen": free for those holding a card
         rf"\bop vertoon van (?:je |jouw |uw |een |de |het )?{_GROUP_CARD}(?: [\w()-]+){{0,4}}? (?:\w+ ){{0,3}}?(?:gratis|kosteloos)\b|"
         # a card or proof may stand further off ("Op vertoon van je inschrijvingsbewijs van de VDAB
         # zwem je op weekdagen tussen 9u en 12u gratis"; not a ticket: "Op vertoon van je ticket van
         # de voorstelling kan je … gratis parkeren" is the ticket holder's perk)
         rf"\bop vertoon van (?:je |jouw |uw |een |de |het )?(?!\w*ticket){_GROUP_CARD}(?: [\w()-]+){{5,12}}? (?:gratis|kosteloos)\b|"
         rf"\b(?:gratis|kosteloos)\b[\w ]{{0,30}} op vertoon van (?:je |jouw |uw |een |de |het )?{_GROUP_CARD}|"
         r"\bwie (?:[\w'-]+ ){0,4}?[\w'-]+,? (?:[a-z]+ )?(?:ook )?(?:gratis|kosteloos)\b|"
         # "Leerlingen van onze muziekschool kunnen gratis een instrument lenen": a group's privilege
         r"\b(?:leerlingen|cursisten|studenten|leden) van (?:onze|ons|de|het) (?!gezin|familie|huishouden)[\w-]+ "
         r"(?:kunnen|mogen) (?:ook )?(?:gratis|kosteloos)\b|"
         # "Bewoners van het LOI zwemmen elke zaterdag gratis": residents of one place, freed
         r"\b(?:bewoners|residents) (?:van|uit|of|from) (?:het |de |the |een |an? )?[\w-]+(?: [\w'-]+){0,7}? "
         r"(?:gratis|kosteloos|for free|free of charge)\b|"
         # "de integratiedienst betaalt voor deelnemers in een inburgeringstraject"
         rf"\b(?:betaalt|betalen|draagt|dragen) (?:de kosten |het )?voor (?:de |alle )?(?:deelnemers|mensen|"
         rf"personen|wie)[\w' ]{{0,30}}?{_SOCIAL}|"
         # "Kan je dat niet betalen? Dan kom je gratis, geen vragen."
         r"\b(?:kan|kun|kunt) (?:je|u) (?:dat|het|dit) niet betalen\s?\?\s*(?:dan )?(?:kom|mag|kan) (?:je|u) "
         r"(?:(?:gewoon|ook) )?(?:gratis|kosteloos)\b|"
         # "Wie het financieel moeilijk heeft, betaalt niets"
         rf"\bwie [\w' ]{{0,30}}?{_SOCIAL}[\w' ]{{0,15}}?,? (?:betaalt|betalen) (?:niets|niks|geen cent|"
         r"geen euro)\b|"
         r"\b(?:gratis|kosteloos) voor wie (?!wil\b|zin\b|interesse\b|komt\b|meedoet\b|graag\b|"
         r"er is\b|langskomt\b)[a-z]+|\b(?:free|gratuit\w*) (?:for|pour) (?:whoever|anyone who|those "
         r"who|ceux qui|celles qui) (?!want|wish|comes|veulent|viennent)[a-z]+|"
         r"\b(?:gratis|kosteloos|free|gratuite?s?) (?:voor|for|pour) (?:les |de |the )?(?:personnes|"
         r"mensen|personen|people|those|ceux|celles|iedereen) (?:qui|die|who|met|with|avec|"
         # ("gratis voor mensen zonder papieren", not "voor iedereen zonder (voorafgaande) inschrijving")
         r"(?<!iedereen )(?:zonder|without|sans)(?! (?:[a-z]+e )?(?:inschrijving|reservatie|afspraak|rendez-vous|"
         r"inscription|reservation|registration|booking|appointment|uitzondering|exception)\b)|"
         r"inscrite?s?|ingeschreven|registered)\b|"
         # "de hulp van de vrijwilligers is gratis": the providers, not a group that pays less
         rf"(?<![\w-])(?:(?<!van )(?<!van de )(?<!van onze )(?<!door )(?<!door de )(?<!door onze )"
         rf"(?=vrijwilligers|medewerkers|begeleid|helpers)|(?!vrijwilligers|medewerkers|begeleid|helpers))"
         # (one line: "springkasteel voor de kids" above "Gratis!" is no tariff)
         # ("onze vrijwilligers herstellen gratis je fiets": what the providers do, for everyone)
         rf"{_GROUP}(?:(?!\b(?:je|jou|u|you|herstellen|repareren|helpen|begeleiden|tonen|geven)\b)[ \w+-]|"
         rf"\([\w ]{{0,30}}\)){{0,20}}?[ \t]?[:=]?[ \t]?"
         r"(?:(?:zijn |is |mogen )?(?:(?:entree|toegang|inkom|entry|admission) )?(?:gratis|free|"
         r"gratuite?|kosteloos)\b|betalen (?:niets|niks|geen cent)\b|(?:nihil|niets|niks)\b|"
         # ("Kinderen 10 euro": the 0 of 10 is no zero price)
         r"€ ?0(?![\d,.]*[1-9])|(?<![\d,.])0(?:[.,]00?)? ?(?:euro|eur|€)(?!\w))|"
         # any other plural person noun (tried last: the alternatives above name the social groups)
         rf"\b(?:gratis|kosteloos|free|gratuite?s?) (?:voor|for|pour) (?:de |alle |onze |les |the )?"
         rf"{_PERSON_PLURAL}{_NOT_NON_MEMBERS}|"
         # institutions: "Gratis voor scholen en Centra voor Volwassenenonderwijs"
         r"\b(?:gratis|kosteloos|free|gratuite?) (?:voor|for|pour) (?:de |alle |les |the )?(?:[a-z]+-)?(?:scholen|klassen|"
         r"verenigingen|organisaties|bedrijven|werkgevers|instellingen|centra|schools|classes|associations|employers|"
         r"organisations|organizations|ecoles)\b"
         # ("kosteloos voor werkgevers én werknemers": a public of several)
         r"(?! (?:en|and|et|&) (?:hun |de |alle |their |leurs )?(?:werknemers|werkzoekenden|medewerkers|personeel|"
         r"particulieren|burgers|iedereen|employees|workers|everyone|salaries|travailleurs)\b"
         # (not "werkgevers en werknemers uit de bouwsector": one sector)
         r"(?![^.;!?\n]{0,20}\b(?:uit|van|in) (?:de|het) \w*sector))|"
         # ("Gratis voor Franse mensen en voor iedereen": everyone)
         rf"\b(?:gratis|kosteloos|free|gratuite?s?)(?: of charge)? (?:voor|for) (?:alle |de |all |the )?{_TARGET_GROUP}"
         r"(?! (?:en|and|of|or) (?:voor |for )?(?:iedereen|everyone|anyone)\b)|"
         # "Gratis, met een doorverwijzing van het OCMW": free for those referred
         # (not "gratis, met attest op het einde": a certificate one receives)
         # (not "op doorverwijzing of op eigen initiatief", "ook welkom", "met verwijzing naar de handleiding")
         r"\b(?:gratis|kosteloos|free|gratuite?),? (?:met|mits|op|na|with|on|upon|avec|sur) (?:een |je |jouw |uw |a |your |une? )?"
         rf"(?:schriftelijke |geldige )?(?:doorverwijzing|verwijsbrief|verwijzing(?! naar)|referral)\b(?!{_ANOTHER_WAY_IN})|"
         r"\b(?:met|mits|op|na|with|upon) (?:een |je |a )?(?:doorverwijzing|verwijsbrief|verwijzing(?! naar)|referral)\b"
         rf"(?!{_ANOTHER_WAY_IN})[^.!?\n;]{{0,60}}?\b(?:gratis|kosteloos|free)\b|"
         # "Passe-partout € 20 – losse sessie € 6 – -26: gratis": an age bracket labelling a free rate
         # (not a time: "Open van 10 - 18: gratis toegang")
         r"(?<![\d:.])(?<!\d )-\d{1,2}\s?(?:jaar|j)?\s?[:=]\s?(?:gratis|free|gratuit)\b|"
         # Ukrainian and Russian: "безкоштовно для людей зі статусом тимчасового захисту", "для всіх, хто …"
         r"\b(?:безкоштовн\w*|бесплатн\w*) для (?:людей|осіб|тих|лиц|тех|всіх|усіх|всех)(?:,)? (?:з|із|зі|с|со|хто|кто|які|яких|которые|у кого)\b|"
         # "Для безробітних безкоштовно", "бесплатно для студентов": one named group
         r"\bдля (?:безробітн|безработн|студент|пенсіонер|пенсионер|член|біженц|беженц)\w* (?:[—–-] ?)?"
         r"(?:безкоштовн|бесплатн)\w*|\b(?:безкоштовн|бесплатн)\w* для (?:безробітн|безработн|студент|"
         r"пенсіонер|пенсионер|член|біженц|беженц)\w*|"
         # Arabic and Persian: "الدورة مجانية للاجئين", "رایگان برای پناهندگان" (not "للجميع", "برای همه":
         # everyone)
         # (named groups only: "مجاني لجميع الأعمار", "للزوار", "لمدة ساعتين" free everyone or say how long)
         r"\b(?:ال|بال)?مجان\w* (?:للاجئين|للطلاب|للطلبة|للأطفال|للاطفال|للأعضاء|للاعضاء|لأعضاء|للمقيمين|للمتطوعين|"
         r"للعاطلين|للمسنين|لذوي|لحاملي|للمسجلين)\b|"
         r"\b(?:رایگان|رايگان|مجانی) برای (?:پناهندگان|دانشجویان|کودکان|اعضا|اعضای|سالمندان|بیکاران|ساکنان|دارندگان)\b",
         value="conditional", kind="conditional"),
    # -- free ---------------------------------------------------------------------------------
    Rule("cost.free", r"\bgratis\b|\bkosteloos\b|\b(?:geen|zonder) (?:deelname|inschrijvings|"
         r"deelnemers)?(?:kosten|kostprijs|kost)\b|\bhet kost (?:je )?niets\b|\bkost niets\b|"
         r"(?<![\d,.])0(?:[.,]00?)? ?(?:euro|eur|€)(?!\w)|€ ?0(?![\d,.]*[1-9])(?:[.,]00?)?(?![\d])|"
         r"\bvrije toegang\b|\bvrij(?:e)? inkom\b|\bvrije deelname\b|"
         # "Costs: nothing.", "Price: free"; "Reserveer een (gratis) ticket"
         r"\b(?:costs?|price|fee|prijs|kostprijs)\s?[:=-]\s?(?:nothing|none|nil|zero)(?=\s*(?:[.;!,\n]|$))|"
         r"\b(?:een |je |uw )?\((?:gratis|kosteloos|free)\) (?:ticket|tickets|toegangsticket|kaartje)\b|"
         r"\b(?:deelname|toegang|inkom|entree) ook(?= ?[.!\n]|$)|\bfree of charge\b|\bat no (?:cost|charge)\b|"
         r"\bno (?:cost|charge|fee)s?\b|\bfor free\b|\bfree (?:entry|entrance|admission|event|"
         r"activity|of cost|conversation|class|classes|lesson|lessons|session|sessions|workshop|tour|"
         r"walk|concert)\b|\b(?:entry|entrance|admission|participation|it|this|attendance) "
         r"(?:is )?(?:totally |completely |entirely )?free\b|\bgratuite?s?\b|\bentree libre\b|"
         # "The museum visit is free for everyone", "the workshop is free to attend"
         r"\b(?:is|are) (?:totally |completely |entirely |always )?free (?=for (?:everyone|everybody|all\b|"
         r"anyone|all ages)|to (?:attend|join|visit|enter|participate|take part))|"
         # Spanish and Portuguese: "taller gratuito", "entrada gratuita", "entrada livre"
         r"\bgratuit[oa]s?\b|\bentrada (?:gratuita|libre|livre|franca)\b|"
         # Italian: "ingresso libero", "entrata libera", "visite gratuite"
         # (not "Ingresso gratuito riservato ai soci": free for members, below)
         r"\b(?:ingresso|entrata) (?:libero|libera|gratuito|gratuita|gratis)\b(?! (?:riservat[oa] )?(?:per (?:i|gli|le) |ai |"
         rf"agli |alle )(?:{ROMANCE_MEMBERS})\b)|"
         # Ukrainian and Russian: "безкоштовно", "бесплатно", "вхід вільний", "вход свободный"
         r"\bбезкоштовн\w*|\bбесплатн\w*|"
         # Belarusian: "бясплатна", "Уваход вольны"
         r"\bбясплатн\w*|"
         r"\b[уў]ваход (?:вольны|бясплатны)\b|\bвольны [уў]ваход\b|"
         # Turkish: "Ücretsiz", "bedava", "Ücretsizdir" (a free perk is an object, above)
         r"\b(?:ucretsiz(?:dir|tir)?|bedava)\b|"
         # ("Giriş serbest", "Giriş ücretsiz")
         r"\bgiris (?:serbest|ucretsiz\w*|bedava)\b|"
         # Tagalog and Indonesian: "Libre ang pasok", "walang bayad", "tanpa biaya"
         # (standing alone, not after a question naming a snack: "Meryenda? Libre!", nor a perk:
         # "Walang bayad ang paradahan", "Parkir tanpa biaya")
         r"\blibre ang (?:pasok|entrance|admission|lahat)\b|\bwalang bayad(?: ang (?:pasok|entrance|lahat))?(?=\s*[!.,](?:\s|$)|\s*$)|"
         r"\btanpa biaya(?=\s*[!.,](?:\s|$)|\s*$)|"
         r"\btidak dipungut biaya\b|(?:^|(?<=[.!\n] )|(?<=[.!\n]))libre(?=\s*[!.](?:\s|$))|\bвхід (?:вільний|безкоштовний)\b|\bвільний вхід\b|"
         r"\bвход (?:свободный|бесплатный)\b|\bсвободный вход\b|"
         # Polish and Bulgarian: "bezpłatnie", "za darmo", "wstęp wolny", "безплатно", "вход свободен"
         r"\bbezp[lł]atn\w*|\bza darmo\b|\bwstep (?:wolny|bezp[lł]atny)\b|\bбезплатн\w*|"
         r"\bвход(?:ът е)? (?:свободен|безплатен)\b|\bсвободен вход\b|\bintrarea? (?:este )?(?:libera|gratuita)\b|"
         # Persian and Arabic: "شرکت رایگان است", "الدخول مجاني"
         # ("مجانی" with the Persian ye, "المجاني", "بالمجان")
         r"\bرایگان|\bرايگان|\b(?:ال|بال)?مجان(?:ي|ی|ا|اً|ًا|ية|يه|یه|يًا)?(?!\w)|\bبەخۆڕایی|"
         # Vietnamese (folded "miễn phí", not "không miễn phí") and Chinese "免费", "免費" (not "不免费")
         # (not "không (phải) miễn phí", "不是免费", "并非免费"; nor free for a group or a trial:
         # "Trẻ em miễn phí", "miễn phí cho hội viên", "儿童免费", "第一节课免费试听", "无料体验")
         r"(?<!khong )(?<!khong phai )(?<!tre em )(?<!dau tien )\bmien phi\b(?! cho (?:hoi vien|thanh vien|tre em|hoc sinh|"
         r"nguoi cao tuoi))|(?<!不)(?<!不是)(?<!非)(?<!儿童)(?<!兒童)(?<!孩子)(?<!会员)(?<!會員)(?<!学生)(?<!學生)(?<!以下)"
         r"免[费費](?!试听|試聽|试课|試課|体验课)|"
         # Japanese "無料", Korean "무료", Thai "ฟรี" (not after a group: "3세 미만 무료", "初等学生以下无料")
         r"(?<!以下)(?<!未満)(?<!子ども)(?<!小学生)無料(?!ではありません|じゃない|体験)|(?<!미만 )(?<!이하 )(?<!어린이 )무료(?! 체험|하|한|함)|"
         r"(?<!ไม่)ฟรี(?!แลนซ์|สไตล์)|"
         # Bosnian, Croatian, Serbian "besplatno", "ulaz slobodan"; Albanian "falas", "hyrja e lirë", "pa pagesë"
         r"(?<!nije )\bbesplatn\w*|\bulaz (?:je )?slobodan\b|\bslobodan ulaz\b|(?<!nuk eshte )\bfalas\b|"
         r"\bhyrja (?:e lire|falas)\b|\bpa pagese\b|"
         r"\bsans frais\b|\bgratuitement\b|\bgratiss+\b|(?:^|(?<=[.!?\n] )|(?<=[.!?\n]))free ?- (?=[a-z])|\bfree\b(?=\s*(?:$|[.,!;\n(·•|–]))|\b(?:it|this|that|everything|all)(?:'s| is) "
         r"(?:totally |completely |entirely |100% )?free\b|(?:^|(?<=[.!?\n] )|(?<=[.!?\n]))free "
         r"(?!(?:parking|coffee|tea|drinks?|snacks?|trial|wifi|wi-fi|gift|sample|time|spirit|"
         r"hugs?|food|lunch|meal|refreshments|t-shirt|goodies|childcare|child care|child-care|"
         r"babysitting|creche|nursery|shuttle|transport|bus|wi-?fi|popcorn|cookies|biscuits|cake|sweets|candy|"
         r"fruit|water|pizza|chai|colou?r powder|powder|paint)\b)(?=[a-z]|\d+ ?(?:km|k|miles?)\b)|\b(?:a|this|our|the) free\b(?! (?:drinks?|coffee|"
         r"tea|parking|snacks?|trial|lesson|wifi|wi-fi|gift|sample|t-shirt|shirt|meal|lunch|contribution|donation|"
         r"voucher|map|bag|goodies)\b)", value="free", negated="not-free",
         kind="free"),
    Rule("cost.free-price-field", r"^(?:free|libre|none|geen|nihil|niets|niks)\s*\.?$",
         value="free", negated="not-free", fields=("price_text",), kind="free"),
    # -- free said without "gratis": a price label with a nil value, a negated payment verb --
    Rule("cost.free-answer", r"\b(?:kost (?:het|dit|deelname|de activiteit) (?:iets|geld|wat)|"
         r"moet (?:ik|je|u) (?:iets )?betalen|is (?:er )?(?:een )?(?:kostprijs|prijs|inkom)|"
         r"betalend|does it cost (?:anything|money)|is there a fee|do (?:i|you) (?:have to|need to) "
         r"pay|c'est payant|faut-il payer)\s?\??\s?[:-]?\s?(?:nee|neen|no|non|niets|niks|"
         r"nope|nothing|rien|free|gratis|gratuit)\b|\b(?:is (?:het|dit|deelname) gratis|gratis|kosteloos|free|"
         r"gratuit)\s?\?\s?[:-]?\s?(?:ja|jazeker|yes|oui|yep)\b",
         value="free", negated="not-free", kind="free"),
    Rule("cost.paid-answer", r"\b(?:kost (?:het|dit|deelname|de activiteit) (?:iets|geld|wat)|"
         r"moet (?:ik|je|u) (?:iets )?betalen|betalend|is (?:het|dit|deelname) gratis|gratis|"
         r"free|does it cost (?:anything|money))\s?\?\s?[:-]?\s?(?:ja\b|yes\b|oui\b|nee\b(?=,? "
         r"(?:je betaalt|het kost|€|\d))|no\b(?=,? (?:it costs|€|\d)))",
         value="paid", kind="fee"),
    Rule("cost.free-activity", rf"\b(?:{_TAKING_PART})"
         # ("Deelname en koffie zijn gratis": the participation named with a perk)
         r"(?: en (?:de |het )?[a-z]+)? (?:is |zijn |kost |blijft |blijven )?(?:allebei |beide |helemaal |volledig )?"
         r"(?:niks|niets|gratis|kosteloos)\b"
         r"(?! (?:voor|for|pour|met|with|avec|tot|dankzij)\b)",
         value="free", negated="not-free", kind="free"),
    Rule("cost.free-none", r"\bno (?:entrance|entry|admission|participation|membership|"
         r"registration|joining) (?:fee|charge|cost)s?\b|\bgeen (?:inkom(?:geld|prijs)?|"
         r"inschrijvingsgeld|lidgeld|deelnameprijs|deelnamekosten|toegangsprijs|inkomgeld|prijskaartje)\b|"
         # "zonder club, zonder lidgeld": as "geen lidgeld"
         r"\bzonder (?:lidgeld|inschrijvingsgeld|inkomgeld)\b|"
         r"\b(?:lidgeld|inschrijvingsgeld|inkom(?:geld)?|deelnameprijs)\s?\??\s*(?:dat |die |het )?"
         r"(?:bestaat|bestaan|vragen we|kennen we|is er) (?:hier |bij ons |gewoon )?niet\b|"
         r"\bpas de (?:frais d'inscription|cotisation|droit d'entree)\b",
         value="free", negated="not-free", kind="free"),
    # the organiser pays: "de vzw betaalt de tickets", "De toegang wordt betaald door het team"
    # (what the participants would pay, not "de lesgevers worden betaald door de gemeente" or
    # "dit project wordt gesponsord door de stad")
    Rule("cost.free-sponsor", rf"\b(?:de |het |je |jouw |alle )?{_PARTICIPANTS_COST} (?:wordt|worden) (?:volledig |helemaal )?"
         rf"(?:betaald|gesponsord|gedragen|terugbetaald) door (?:de |het |onze |jullie )?{_ORGANISER}\b|"
         rf"\b(?:de |het |onze ){_ORGANISER} betaalt (?:de |het |alle |jullie |je |jouw )?{_PARTICIPANTS_COST}\b|"
         # "de gemeente betaalt het lidgeld voor alle kinderen" (not "het OCMW betaalt het lidgeld
         # voor wie het moeilijk heeft": a social group's fee)
         r"\b(?:de |het |onze )(?:gemeente|stad|vzw|vereniging|club|school|organisatie|federatie) betaalt "
         r"(?:het |de |jullie |je )?(?:lidgeld|inschrijvingsgeld|lesgeld|kampprijs) voor (?:alle|al onze|iedereen|elk)\b|"
         r"\b(?:entry|admission|tickets?|the costs?) (?:is|are) paid (?:for )?by (?:the |our )?(?:organi[sz]ers?|"
         r"organi[sz]ation|association|city|club|school|team)\b|\b(?:l'entree|les billets|les frais|le billet) "
         r"(?:est|sont) (?:pris en charge|payee?s?) par (?:l'|la |le |notre )?(?:association|asbl|ville|commune|cpas|"
         r"club|equipe)\b",
         value="free", negated="not-free", kind="free"),
    Rule("cost.free-nil", r"\b(?:er )?hangt (?:er )?geen prijs(?:kaartje)? aan\b|"
         rf"\b(?:kostprijs|prijs|kosten|kost|deelnameprijs|deelname|inkom|"
         r"inkomprijs|toegang|toegangsprijs|entree|tarief|ticket|price|cost|fee|admission|"
         r"entry|prix|tarif|cout|lidgeld|inschrijvingsgeld|deelnamekost(?:en)?|lesgeld|"
         r"cursusgeld)\s?(?:[:=-]|is|bedraagt|is gelijk aan)\s?(?:gratis|kosteloos|free|gratuit|"
         r"nihil|niks|niets|nul|geen|none|nothing|nil|"
         r"rien|aucun|€ ?0(?:[.,]00?)?|0(?:[.,]00?)?)(?=\s?(?:$|[.,;!()\n]|euro|eur\b|€))|"
         r"\b(?:je|u|jij|ge|gij|we|wij|deelnemers|bezoekers) (?:betaalt|betaal|betalen) (?:er |hier )?"
         r"(?:ook |dus |verder |uiteraard |natuurlijk )?(?:helemaal |echt |absoluut )?(?:niks|niets|geen (?:cent|euro|"
         r"geld|frank|eurocent|inkom|deelnameprijs|kosten))\b(?! (?:extra|meer|bij|aan|voor "
         rf"(?:de |het |je |jouw |uw )?{_OBJECT}))|"
         r"\b(?:je|u|jij|ge|gij|we|wij|deelnemers|bezoekers) (?:moet|moeten|hoeft|hoeven) (?:er |hier |daar )?"
         r"(?:ook |dus |verder )?(?:helemaal |echt |absoluut )?(?:niks|niets|geen (?:cent|euro|"
         r"geld)) (?:te )?(?:betalen|te betalen)\b|"
         r"\b(?:betaal je|betaalt u|betaal jij) (?:helemaal |echt |uiteraard |natuurlijk )?(?:niks|niets|geen cent)\b"
         rf"(?! (?:extra|meer|bij|aan|voor (?:de |het |je |jouw |uw )?{_OBJECT}))|"
         r"\b(?:het |dit |deelname |de activiteit |de deelname )?"
         r"kost (?:je |u |jou )?(?:helemaal |echt |absoluut )?(?:niks|niets|(?:geen|gene|genen) (?:cent|"
         r"geld|euro|frank))\b(?! (?:extra|meer))|\bgeen geld nodig\b|(?<!loop )(?<!lopen )(?<!kom )(?<!komen )(?<!wandel )\bvrij binnen\b(?! en buiten|-| - |\s?(?:tussen|van|om|tijdens|wanneer|doorlopend)\b)|\b(?:je|ge|u) (?:moet|hoeft) (?:niet|ni|nie) (?:te )?betalen\b|\b(?:daar|hiervoor|ervoor|bij ons) vragen we (?:nooit |geen )?(?:niks|niets|geen (?:geld|cent)|geld)\b|\bhoeft (?:niks|niets|geen cent) te betalen\b|"
         r"\b(?:costs?|pay) (?:you )?nothing\b|\bdoesn't cost (?:you )?(?:a thing|anything)\b|"
         r"\bne coute rien\b|\b(?:niets|niks|geen cent|geen euro) (?:te|hoeven te|moeten) "
         r"betalen\b|\bwat kost (?:het|dit|dat|deelname|de activiteit)\s?\??\s*(?:niets|niks|"
         r"nul euro|helemaal niets|helemaal niks)\b|"
         # a Q&A: "Kost?\nNiets!", "Vraag: Wat kost het?\nAntwoord: Niks."
         r"\b(?:kost|kosten|prijs|kostprijs|(?:wat|hoeveel) kost (?:het|dit|dat|deelname|de activiteit))\s?\?\s*"
         # ("Wat kost het? Gratis voor wie een UiTPAS met kansentarief heeft": for a group, read below)
         rf"(?:(?:a|antwoord|answer)\s?:\s*)?(?:niets|niks|nul euro|gratis(?! (?:voor|for|pour) [^.!?\n]{{0,50}}?{_SOCIAL})|"
         r"helemaal niets|helemaal "
         r"niks|geen(?=\s*(?:[.!\n]|$)))\b|\bvrij toegankelijk\b(?! (?:voor|met|via) "
         r"(?:de |een )?(?:rol|mensen|personen|minder))|\b(?:ingang|toegang|inkom|entree|deelname) ?:? (?:is )?vrij\b"
         r"(?! (?:te kiezen|bijdrage))|\b(?:toegang|inkom|entree|deelname) (?:tot|van|aan|voor) "
         r"(?:de |het )?[\w-]+(?: [\w-]+)? (?:is )?vrij\b(?! te kiezen| bijdrage)|\b(?:eur|euro) ?0(?:[.,]00?)?(?![\d,.]*[1-9])(?![\d])",
         value="free", negated="not-free", kind="free"),
    # -- what stallholders or exhibitors pay is not the visitor's price -----------------------
    Rule("cost.vendor", r"\b(?:standgeld|standplaats\w*|standhouders?|standhouder\w*|standjes?|"
         # "Zelf verkopen: gratis", "bij de kramers": the sellers' side of a market
         r"kraampjes?|kraam|verkoopstand\w*|zelf (?:iets )?(?:te )?verkopen|als (?:verkoper|standhouder)|verkoper(?=\s?:)|kramers|"
         r"kraamhouders?|marktkramers?|verkopers|exposanten|standhuur|plaatsgeld|"
         r"stallholders?|exhibitors?|vendors?|traders|exposants|emplacements?)\b",
         value="vendor", kind="vendor"),
    # -- reduced rate ---------------------------------------------------------------------------
    # the social tariff for energy is a topic, not a rate of the activity (consumed, ignored)
    Rule("cost.energy-tariff", r"\bsociaal tarief (?:voor|van|op) (?:gas|elektriciteit|energie|"
         r"water|stroom)\b", value=None, kind="topic"),
    # a fee as the subject of questions or help ("vragen stellen over lidgeld", "helpt met de
    # inschrijving en het lidgeld"), and paid parking, say nothing of the activity's price
    # ("Tips over communicatie, lidgeld en kansentarief": a list of topics; "recht op een tussenkomst
    # in het lidgeld": an allowance towards another fee)
    Rule("cost.fee-topic", r"\b(?:vragen (?:stellen )?over|info(?:rmatie)? over|uitleg over|tips over|hulp bij|"
         r"helpt (?:je )?(?:met|bij)|help(?:en)? (?:je )?(?:met|bij)) (?:de inschrijving en |tussenkomsten in )?"
         r"(?:[a-z]+, ){0,3}(?:het |de )?(?:lidgeld|inschrijvingsgeld|kosten|tarieven|kansentarief)"
         r"(?:(?:, | en | of )(?:het |de )?(?:lidgeld|inschrijvingsgeld|kosten|tarieven|kansentarief|uitpas))*\b|"
         r"\b(?:een |de )?tussenkomst(?:en)? in (?:het |de )?(?:lidgeld|inschrijvingsgeld|kosten)\b|"
         r"\bparking\w*(?: (?!en\b|maar\b|deelname\b|inkom\b|toegang\b|les\b|lessen\b)[\w'-]+){0,4} is betalend\b|"
         r"\bbetalend parkeren\b|\bbetalende parking\b",
         value=None, kind="topic"),
    Rule("cost.reduced", r"\b(?:kt|vt)\b(?=\s?[:=]?\s?(?:€|eur\b|\d|gratis|free))|\bkansentarief\b|\bkansenpas\b|\bkansenkaart\b|\bsociaal tarief\b|\bverminderd tarief\b|"
         r"\breductietarief\b|\bkorting(?!s?(?:apps?|bon\w*|codes?|acties?|folders?|websites?|sites?)\b)(?! (?:bij|op) (?:de |je )?(?:groepsaankoop|aankopen)\b)\w*\b|\bverhoogde tegemoetkoming\b|\bomnio\b|\breductie\b|\bvoordeeltarief\b|\bsociale korting\b|"
         r"\b(?:reduced|concession|discounted|social) (?:rate|price|fee|tariff)s?\b|\bdiscount\b|"
         r"\btarif (?:reduit|social)\b|\breduction\b|\btarif preferentiel\b|\bopportunity rate\b|"
         # Ukrainian and Russian: "пільговий тариф", "льготный тариф", "скидка", "знижка"
         r"\b(?:пільгов|льготн)\w* (?:тариф|цін|цен|квит|билет)\w*|\bзнижк\w*|\bскидк\w*|"
         r"\b(?:studenten|senioren|werkzoekenden|jongeren|student|senior|jobseeker|etudiant)"
         r"(?:tarief|prijs|korting|rate|price)s?\b|\bpaspartoe\b|\bart(?:ikel|icle)\.? ?27\b|"
         r"\b(?:payez|paie|paient|payer|pay|pays|paying) (?:un peu |a bit |much )?(?:moins|less)\b|"
         # "Studenten betalen de helft", "students pay half price"
         r"\b(?:studenten|students|etudiants|werkzoekenden|jobseekers|senioren|65-plussers|-26-jarigen) "
         r"(?:betalen|pay|paient) (?:maar |slechts |only )?(?:de helft|half geld|halve prijs|half(?: price)?|"
         r"(?:la )?moitie(?: prix)?|demi-tarif)\b|"
         r"\b(?:mensen|gezinnen|wie|inwoners|deelnemers|personen|"
         r"iedereen) (?:met|op) een (?:laag|beperkt|klein|bescheiden) (?:inkomen|budget) "
         r"(?:betalen|betaalt|krijgen|krijgt|kunnen|kan|genieten|mogen|vragen)\b|\b(?:people|"
         r"those|families) (?:on|with) (?:a )?(?:low|limited) incomes? (?:pay|get|can)\b|"
         r"\b(?:betaal|betaalt|betalen) (?:je |u |jij )?(?:dan |maar |slechts )?minder\b|"
         rf"\bwie (?:een |het )?{_SOCIAL}[\w ]{{0,30}}?,? (?:betaalt|betalen) (?:maar |slechts )?"
         r"(?:de helft|half(?:e)? (?:prijs|tarief))\b|"
         rf"\b(?:volledig |helemaal )?terugbetaald (?:voor|aan) [\w ]{{0,30}}?{_SOCIAL}|"
         rf"\b{_SOCIAL} betalen (?:maar |slechts )?(?:de helft|half(?:e)? (?:prijs|tarief))\b|"
         rf"\bmet (?:een |de |je |het )?(?:attest van (?:het |de )?)?{_SOCIAL}[\w ]{{0,20}}? betaal (?:je|u) "
         r"(?:maar |slechts )?(?:de helft|minder|half(?:e)? (?:prijs|tarief))\b",
         value="reduced", kind="reduced"),
    # help offered for money troubles ("niemand blijft thuis omwille van geld", "vraag een
    # regeling", "het OCMW komt tussen") is no rate: reduced only where its sentence names a
    # lower price or an amount (see resolve)
    Rule("cost.hardship-help", r"\b(?:wie|mensen die|gezinnen die|iemand die) (?:het )?"
         r"(?:financieel )?(?:moeilijk|krap) (?:heeft|hebben|zit|zitten)\b|\b(?:wie|mensen die|"
         r"iemand die) (?:het )?niet (?:kan|kunnen) betalen\b|"
         r"\b(?:geldproblemen|geldzorgen|financiele (?:problemen|moeilijkheden|zorgen))\b|"
         r"\bniemand (?:blijft|moet) (?:thuis|weg)\w* (?:omwille van|wegens|door|om) "
         r"(?:(?:het|de|financiele) )?(?:geld|prijs|kosten|redenen)\b|"
         r"\b(?:geld|de prijs|de kostprijs|het lidgeld) (?:mag|mag nooit|is nooit) (?:geen |een )?"
         r"(?:drempel|reden|probleem)\b|\b(?:een )?(?:betalings|afbetalings)?regeling "
         r"(?:vragen|aanvragen|krijgen|treffen|mogelijk)\b|\b(?:can't|cannot) afford\b",
         value="reduced", kind="hardship"),
    # -- UiTPAS (a mention; a reduction only with kansentarief/korting) ---------------------
    # "of een vrije bijdrage als dat moeilijk is": a hardship condition, a reduced rate only
    # where its sentence speaks of money (see resolve)
    Rule("cost.hardship", r"\b(?:als|indien|wanneer|if) (?:dat|het|betalen|paying) "
         r"(?:financieel |te )?(?:moeilijk|lastig|een probleem|zwaar|difficult|a problem|hard) "
         r"(?:is|ligt|wordt|valt)\b", value="reduced", kind="hardship"),
    Rule("cost.uitpas", r"\buitpas\w*", value=True, negated=False, kind="uitpas"),
    # -- fee words ----------------------------------------------------------------------------
    # -- a price label whose value is still to come says nothing (listed before the fee words) --
    Rule("cost.price-pending", r"\b(?:kostprijs|toegangsprijs|inkomprijs|deelnameprijs|"
         r"ticketprijs|prijs|price|prix|lidgeld|inschrijvingsgeld|deelnamekost(?:en)?|lesgeld|"
         r"cursusgeld|tarief|tarieven|kosten)\s?:?\s?(?:nog )?(?:te bepalen|niet gekend|"
         r"nog niet bekend|onbekend|volgt later|volgt|n\.?t\.?b\.?|tbd|tba|to be confirmed|"
         r"wordt (?:later |nog )?(?:meegedeeld|bekendgemaakt|gecommuniceerd)|later bekend)(?!\w)",
         value="pending", kind="pending"),
    # "Prijs op aanvraag": a price exists but is not stated (paid, price null)
    Rule("cost.price-on-request", r"\b(?:kostprijs|toegangsprijs|deelnameprijs|ticketprijs|groepsprijs|prijs|"
         r"price|prix|tarief|tarieven|kosten|lidgeld|lesgeld|cursusgeld|inschrijvingsgeld)\s?:?\s?(?:op (?:aanvraag|vraag)|on request|sur "
         r"demande|na te vragen)(?!\w)", value="paid", kind="fee"),
    # how to pay says there is something to pay
    Rule("cost.payment-method", r"\bbetalen (?:kan|gebeurt|doe je) (?:cash|contant|met|via|ter plaatse|"
         r"aan de|bij)\b|\bbetaling (?:cash|contant|via|ter plaatse|met)\b|\b(?:cash|contant) "
         r"(?:te )?betalen\b|\bpayment (?:by|in|via) (?:cash|card|bank)\b|\bpaiement (?:en "
         r"especes|en liquide|sur place|par)\b|\bpayconiq\b|\bbancontact\b",
         value="paid", kind="fee"),
    # "Deelname gratis, kleine bijdrage voor het materiaal": a material contribution, due (not a
    # free one, nor one included, waived or paid by others: see resolve)
    Rule("cost.material-fee", r"(?<!vrije )(?<!vrijwillige )(?<!geen )(?<!zonder )\b(?:materiaalbijdrage|"
         r"bijdrage (?:voor|in) (?:de |het )?(?:materiaal|materialen|ingredienten|grondstoffen)|materiaalkost(?:en)?)\b"
         r"(?! (?:is |zijn )?(?:inbegrepen|inclusief|gratis|kosteloos))", value="paid", kind="fee"),
    Rule("cost.fee", r"\b(?:inkom|toegang|entree|ticket|tickets) (?:is )?(?:zelf )?te betalen\b|"
         # "Niet-leden betalen per les", "Prijs per les: zie onze website"
         r"\b(?:niet-leden|leden|deelnemers|volwassenen|bezoekers) betalen (?:per|een|voor)\b|"
         r"\bprijs per (?:les|keer|sessie|beurt|maand)\b|"
         r"\blidgeld\b|\binschrijvingsgeld\b|\bdeelnameprijs\b|\bdeelnamekost\w*\b|"
         r"\bbetalend\b|\bbetalende\b|\bticket(?:s|prijs)?\b(?! to ride)|\btoegangsprijs\b|\bkostprijs\b|"
         # ("Je brengt je eigen fiets mee en betaalt zelf je treinticket": the subject said before)
         r"\b(?:en|maar) betaalt(?= (?:wel )?zelf (?:je|jouw|uw|de|het) )|"
         r"\binkomprijs\b|\b(?:betaal je|je betaalt)\b(?! (?:enkel|alleen|slechts|uitsluitend|only) )"
         r"(?! (?:(?:ook|dus|verder) )?(?:niets|niks|geen|helemaal niets|"
         r"(?:enkel|alleen|wel|zelf|slechts|uitsluitend) (?:(?:de|het|je|jouw|uw|eventuele|"
         r"gebruikte) )*(?:eigen )?(?:wisselstukken|onderdelen|materiaal\w*|consumpties?|"
         r"drank\w*|koffie|eten|klei|wol|stof|hout|verf|wat je (?:drinkt|eet|gebruikt|"
         r"consumeert|koopt|neemt)))| (?:per kilo|per kg|wat je (?:drinkt|eet|gebruikt|consumeert|"
         r"koopt|neemt|plukt)))|\bbijdrage van\b|\blidmaatschap\b|"
         r"\bmembership fee\b|\bfee\b|\bcotisation\b|\bpayant\b|\bpaying\b|\bpaid\b",
         value="paid", kind="fee"),
)
