"""Cost: free | reduced | paid | unknown, the lowest adult price, UiTPAS.

Zero false "free" is the target, so "free" needs an unconditional free statement (or the
site's structured isAccessibleForFree / zero-price offers) **and** nothing that contradicts it:
no amount above zero, no pay-what-you-want, no fee word (lidgeld…), no "niet gratis".
Free things that are not the activity (koffie, parking, a trial lesson) and free for one group
only ("gratis voor kinderen", "leden gratis", "gratis voor werkzoekenden") never make the
activity free.

Conventions where the truth rules are silent (a false "free" is the worst error, so a doubt
resolves to "unknown" or "paid", never to "free"). Several were changed after independent
blind sets (tests/eval/BLIND_SET_V*.md) agreed on them:

* A perk for volunteers or participants ("je krijgt een gratis maaltijd") and a free drink say
  nothing about the cost; an amount for drinks or spare parts only ("koffie aan 1 euro", "je
  betaalt enkel de wisselstukken") is no participation price either.
* A bare "vrije bijdrage" is pay-what-you-want: paid, price null. Beside an explicit "gratis"
  an *optional* gift ("gratis, een vrije bijdrage is welkom") leaves it free.
* A free entry ("inkom gratis", "de hulp zelf is kosteloos") makes prices in other sentences
  that name no entry, fee or per-person label extras (a pony ride, the barbecue, ice cream).
* Reduced means a rate: kansentarief, UiTPAS/Paspartoe reductions, social, student, senior or
  -26 rates, a lower price or "free" for a social group (leefloon, jobseekers, OCMW/CPAS
  clients, integration participants) *beside a price*. Help offered for money troubles
  ("niemand blijft thuis omwille van geld", "vraag een regeling", "het OCMW komt tussen") is
  no rate unless its sentence names a lower price or an amount. Free for a social group with
  no other price is unknown. A sibling, child or members' tier is not a reduced rate.
  price_min is the regular adult price, never the reduced one; without any adult price, a
  per-child price ("€ 3 per kind").
* A fee label with a zero amount ("Inschrijvingsgeld: 0,00 euro") is free. "Prijs op
  aanvraag" says a price exists without stating it: paid, price null (blind sets v1, v3, v6);
  a price still to be decided ("prijs: nog te bepalen") is unknown.
* Members' prices are a tier: "leden € 2,50, niet-leden € 4" has price_min 4.
"""
from __future__ import annotations

import math
import re
from typing import Any

from enrich.engine import Rule, evidence, set_aside
from enrich.rules.cues import (FIRST_PERIOD_FREE, HEDGE, ROLE_TITLE, ROMANCE_MEMBERS, VOLUNTEER_OR_ROLE_TITLE,
                               is_vacancy_title, recruits_in_description)
from enrich.text import fold, sentence_span

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
# beside a price a children's tier — see _TOWN_OR_CHILDREN)
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
# a town's people or its children beside a price are a residents' or children's tier, not a social rate
_TOWN_OR_CHILDREN = re.compile(r"(?:kinderen|jongeren|children)$|\b(?:vereniging|club|afdeling|kring|bond)\b")
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
         r"(?!bib|library|bibliothe)(?:[\w-]+ )?(?:badge|card|pass|kaart|pas|attest|carte|doorverwijzing|verwijsbrief)\b|"
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

# -- amounts --------------------------------------------------------------------------------
_UNITS = {"een": 1, "eén": 1, "one": 1, "un": 1, "une": 1, "twee": 2, "two": 2, "deux": 2,
          "drie": 3, "three": 3, "trois": 3, "vier": 4, "four": 4, "quatre": 4, "vijf": 5,
          "five": 5, "cinq": 5, "zes": 6, "six": 6, "zeven": 7, "seven": 7, "sept": 7,
          "acht": 8, "eight": 8, "huit": 8, "negen": 9, "nine": 9, "neuf": 9}
_TEENS = {"tien": 10, "ten": 10, "dix": 10, "elf": 11, "eleven": 11, "onze": 11, "twaalf": 12,
          "twelve": 12, "douze": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
          "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "fifteen": 15,
          "quinze": 15}
_TENS = {"twintig": 20, "twenty": 20, "vingt": 20, "dertig": 30, "thirty": 30, "trente": 30,
         "veertig": 40, "forty": 40, "quarante": 40, "vijftig": 50, "fifty": 50,
         "cinquante": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
         "honderd": 100, "hundred": 100, "cent": 100}
_ALT = lambda words: "|".join(sorted(words, key=len, reverse=True))  # noqa: E731
# "zeven", "vijftien", "twintig", "vijfentwintig", "tweeentwintig", "twenty-five", "vingt-cinq"
_WORD_NUMBER = (rf"(?:(?:{_ALT(_UNITS)})e?n(?:{_ALT(_TENS)})|(?:{_ALT(_TENS)})(?:[- ](?:{_ALT(_UNITS)}))?"
                rf"|{_ALT(_TEENS)}|{_ALT(_UNITS)}|nul|zero)")
# "€1.500" is fifteen hundred (a dot before three digits groups thousands)
_NUMBER = r"(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?![\d.])|\d{1,4}(?:[.,]\d{1,2})?)"
# Ukrainian, Russian, Belarusian; Persian, Arabic (\d also reads ۵۰); Chinese, Japanese, Korean, Thai
# (each with its own end: "5ユーロです", "10유로입니다" run on without a space)
_EURO_SCRIPTS = r"(?:евро|євро|еўра|یورو|يورو)\b|(?:欧元|歐元|欧(?![洲盟美])|ユーロ|유로|ยูโร)(?![0-9a-z])"
_AMOUNT = re.compile(
    rf"(?:€|\beur(?:o|os)?\b)\s?{_NUMBER}(?:,-)?"
    # (a number right after a letter of another script — "门票10欧元", "학기당120유로" — but not after
    # a Latin, Greek, Cyrillic or Arabic letter: "A2", Greek "Α2", Arabic "و10" are read as before)
    rf"|(?<![0-9a-z_.,\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff]){_NUMBER}"
    rf"(?:,-)?\s?(?:€|euro?s?\b|eur\b|{_EURO_SCRIPTS})"
    rf"|\b({_WORD_NUMBER}) (?:euro?s?|eur)\b")
# "2,-" (Flemish for two euros), scanned only in texts that contain ",-"
_AMOUNT_DASH = re.compile(r"(?<![\w.,])(\d{1,4}),-(?![\w-])")


def _to_float(number: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?", number):
        number = number.replace(".", "")
    return float(number.replace(",", "."))


def word_number(text: str) -> float:
    """The value of a number written in words (Dutch, English or French), up to 100."""
    text = text.replace("-", " ").strip()
    if text in ("nul", "zero"):
        return 0.0
    for table in (_UNITS, _TEENS, _TENS):
        if text in table:
            return float(table[text])
    for tens, tv in _TENS.items():
        if text.startswith(tens + " "):
            return float(tv + _UNITS[text[len(tens) + 1:]])
        if text.endswith("n" + tens) or text.endswith("en" + tens):
            unit = text[: -len(tens)]
            unit = unit[:-2] if unit.endswith("en") and unit[:-2] in _UNITS else unit[:-1]
            return float(tv + _UNITS[unit])
    raise ValueError(text)
# a period before a space ends a segment, except in dot leaders ("Volwassenen ........ € 12")
# and abbreviations ("kinderen t.e.m. 12 j.", "p.p.")
# (" - " splits a list of prices; in Ukrainian and Russian "label — 5 євро" is one price)
_SEGMENT_SPLIT = re.compile(r"[;\n|()]|(?<!\.)(?<![\s.][a-z])(?<!\s)\.(?=\s|$)\s*|,(?!\d)\s*|\s/\s|"
                            # ("Для студентів — 15 €": a Cyrillic label and its amount)
                            rf"(?<![\u0400-\u04ff])\s-\s(?!\d+(?:,\d+)? (?:{_EURO_SCRIPTS}))|"
                            r"\bof\b(?=\s(?:€|\d|[a-z]+\s(?:€|\d)))|"
                            r"\s(?:en|and|et)\s(?!met\b)(?=€|\d|(?:[\w+-]+\s){0,3}?[\w+-]+\s?[:=]?\s?(?:€|\d))")
# a refundable deposit is no price ("een waarborg van €10 die je terugkrijgt"), nor money one
# receives ("je kan tot €1.500 premie terugkrijgen", "subsidies (tot € 250 per feest)")
_RECEIVED = re.compile(r"\bwaarborg\w*|\bdeposit\b|\bcaution\b|\bterug ?krijg\w*|\bterugbetaald\b|押金|보증금|デポジット|"
                       r"\bpremies?\b|\bsubsidies?\b|\bterugbetaling\w*|\b\w+budget\b|"
                       r"\bprijzengeld\b|\bte winnen\b|"
                       # "je krijgt er € 4,10 per gewerkt uur bij": money one receives
                       r"\bje krijgt\b|\bkrijg je\b|\bje ontvangt\b|\bontvang je\b|\bper gewerkt uur\b|"
                       # "De wijk krijgt 5.000 euro van de stad", "Jullie straat kan tot 2.500 euro
                       # krijgen" (not "Voor 10 euro krijgen deelnemers een rondleiding": a price)
                       r"\b(?:wijk|buurt|straat|project|vereniging|school|organisatie|initiatief)\w* "
                       r"(?:(?:kan|kunnen) (?:tot |maximaal )?(?:€ ?)?[\d.]+ (?:euro )?(?:krijgen|ontvangen)|"
                       r"(?:krijgt|ontvangt|krijgen|ontvangen) (?:tot |maximaal |ongeveer )?(?:€ ?)?[\d.]+)|"
                       # "Je verdient 90 euro per dag", "Verloning: € 14 per uur": a job's pay
                       r"\b(?:je verdient|verdien je|u verdient|you(?:'ll| will)? earn|verloning|uurloon|brutoloon|"
                       r"nettoloon|dagloon|salaris|salary|wages?)\b|"
                       # "Zakgeld: maximum € 10": what a child takes along to spend
                       # (not "€ 150 inclusief zakgeld": included in the price)
                       r"(?<!inclusief )(?<!incl\. )(?<!incl )\b(?:zakgeld|pocket money|argent de poche)\b"
                       r"(?! (?:inbegrepen|inclus|included))")


_QUALIFIERS = (
    # a previous edition's price is not this one's ("prijs nog te bepalen (vorig jaar €15)")
    # ("Normaal kost een dagticket € 32, maar op deze dag is het gratis": the usual price)
    ("past", re.compile(r"\bnormaal (?:gezien )?(?:kost|betaal)\w*|\bnormally (?:costs?|pay)\b|"

                        r"\bvorig(?:e)? (?:jaar|editie|seizoen)|\bvroeger\b|^\s*was\b|\bvoorheen\b|\blast (?:year|edition|"
                        r"season)|\bl'an (?:dernier|passe)|\bl'annee (?:derniere|passee)")),
    ("object", _RECEIVED),
    # an amount suggested for a pay-what-you-want contribution is no price
    ("pwyw", re.compile(r"richtprijs|richtbedrag|suggested|suggest|suggestie|sugerid[oa]|suggerit[oa]|prix (?:indicatif|conseille)|"
                        # (a bare "внесок"/"взнос" is a fee: "Членський внесок — 10 € на місяць")
                        r"vrije bijdrage|vrijwillige bijdrage|donatie|donation|(?:добровільн|вільн)\w* внес\w*|"
                        r"(?:добровольн|свободн)\w* взнос\w*|пожертв\w*|внесок за бажанням|взнос по желанию")),
    # what volunteers receive is no price
    ("vendor", re.compile(r"vergoeding|allowance|reimburse\w*|defraiement|indemnite")),
    ("vendor", re.compile(r"standgeld|standplaats|standhouder|verkoopstand|kraam|marktkramer|verkopers?\b|"
                          r"exposanten|standhuur|plaatsgeld|stallholder|exhibitor|vendor|"
                          r"traders|exposants|emplacement|per (?:\d+ ?)?(?:stand|tafel|meter|m)\b")),
    ("reduced", re.compile(r"学生|學生|长者|長者|シニア|학생|경로|นักเรียน|นักศึกษา|"
                           r"kansentarief|kansenpas|kansenkaart|uitpas|korting|reductie|sociaal tarief|"
                           r"verminderd|reduced|reduit|social|concession|studenten|students|studentenkaart|"
                           r"student (?:card|price|rate|tarief)|(?<!een )(?<!door )(?<!by a )\bstudent(?=\s?[?:)€\d])|\(student\b|"
                           r"\b2[5-9]-(?=\s?[:=€])|студент\w*|"
                           r"senioren|(?<![€\d.,])(?<![€\d.,] )\b(?:55|60|65)\+|met een (?:handicap|beperking)|mindervaliden|\b(?:55|60|65)[- ]?plus\w*|werkzoekend|leefloon|verhoogde tegemoetkoming|omnio|"
                           r"\b[kv]t\b|\bbim\b|intervention majoree|vrijetijdspas|tarif social|etudiants?|seniors?|job ?seekers?|demandeurs? "
                           r"d'emploi|laag inkomen|beperkt inkomen|klein budget|low income|ocmw|"
                           r"sociaal huis|cpas|-2[5-9]\b|gepensioneerden|kansen|paspartoe|"
                           r"artikel 27|article 27|nieuwkomers|newcomers|primo-arrivants|inburger\w*|"
                           r"integratietraject\w*|integration (?:trajectory|programme|program)|"
                           r"benefits|leefloners|werklozen|chomeurs|groepsprijs nieuwkomers|"
                           r"(?:\b(?:under|onder(?: de)?|jonger dan|moins de|tot(?: en met)?|t/m) |<) ?2[5-9]\b"
                           r"(?! ?(?:km|kg|m|cm|min|minuten|personen|deelnemers|plaatsen|kinderen|stuks)\b)|"
                           r"\b1[6-9] ?(?:tot(?: en met)?|t/m|-) ?2[4-9](?: ?(?:jaar|j)\b)?|cursisten|"
                           # Ukrainian and Russian: a concession rate, a discount, low incomes,
                           # pensioners, "до 26 років"
                           r"пільгов|льготн|знижк|скидк|низьк\w* доход\w*|низк\w* доход\w*|малозабезпечен\w*|"
                           r"малоимущ\w*|пенсіонер\w*|пенсионер\w*|до 2[5-9] (?:років|лет)")),
    # a card for several visits is not the single price ("kaart voor 10 ritten 15 euro")
    ("group", re.compile(r"\bper (?:groep|group|groupe)\b|\bpar groupe\b")),
    ("card", re.compile(r"\bgroep(?:en|starief|sprijs)\b|\bgroups?(?: rate)?\b|"
                        r"\btarif (?:de )?groupe\b|\d+ ?[- ]?(?:beurten|ritten|lessen|sessies|keer|visits?|classes|"
                        r"sessions?)(?:kaart|card)?\b|\b(?:beurten|ritten|lessen|abonnements?)kaart|"
                        r"\bkaart voor \d+|\bcard (?:for|of) \d+|\bcarte (?:de|pour) \d+|"
                        r"\bbeurtenkaart\b")),
    # a sibling tier is neither the regular price nor a reduced rate
    ("child", re.compile(r"broers?|zussen|zusjes|broertjes|zusje|broertje|tweede kind|"
                         r"siblings?|freres|soeurs|gezinskorting|irmaos|hermanos|fratelli|друг(?:ої|ого|ая|ую) (?:дитини|ребенка|ребёнка)|"
                         r"братів (?:і|та|й) сестер|братьев (?:и )?сест[её]р")),
    ("child", re.compile(r"kinderen|kind\b|kinder\w+|kids|kleuters|peuters|jongeren|tieners|"
                         r"leerlingen|jeugd|junior|baby|children|child\b|enfants|enfant\b|"
                         # ("-12 € 5", not the dash of "для студентів - 15 €")
                         r"(?:-\d{1,2}|(?<!\s)-\s\d{1,2})(?:j|jr)?\b|onder de \d+|(?:tot|t/m|tot en met) \d+ ?(?:jaar|j\b)|"
                         r"jonger dan|under \d+|moins de \d+|< ?\d+|\d+ ?-?jarigen|"
                         r"\bдіт\w*|\bдит(?:ина|ини|ину|ячий)\b|\bдет(?:и|ей|ям)\b|"
                         # Polish, Bulgarian, Romanian
                         r"\bdzieci\b|\bdziecko\b|\bдеца\b|\bдецата\b|\bдете\b|\bcopii\b|\bcopil\b|"
                         # Spanish, Portuguese, Italian: "bambini sotto i 10 anni 15 €"
                         r"\bninos\b|\bninas\b|\bcriancas\b|\bmenores\b|\bbambini\b|\bragazzi\b|\bsotto i \d+")),
    # Chinese, Japanese, Korean, Thai: children and members (no word boundaries in those scripts)
    ("child", re.compile(r"儿童|兒童|小朋友|孩子|子供|子ども|こども|小学生|中学生|幼児|어린이|아동|초등학생|유아|เด็ก|"
                         r"(?<!非)会员|(?<!非)會員|(?<!非)会員|(?<!비)회원|(?<!ไม่ใช่)สมาชิก")),
    ("child", re.compile(r"(?<!niet-)(?<!non-)(?<!niet )(?<!non )\b(?:leden|members|membres|"
                         rf"abonnees|{ROMANCE_MEMBERS})\b")),
    ("adult", re.compile(r"成人|大人|一般|非会员|非會員|非会員|비회원|ไม่ใช่สมาชิก|성인|어른|ผู้ใหญ่|"
                         r"volwassenen|volwassene|adults?|adultes?|per persoon|p\.p\.|por persona|por pessoa|"
                         r"a persona|per persona|adultos|adulti|"
                         r"niet-leden|niet leden|non-members?|non-membres|standaard|normaal tarief|basistarief|"
                         r"gewoon tarief|inkom|deelname|lidgeld|abonnement|lidmaatschap|membership|"
                         r"дорослі|дорослих|взрослые|взрослых|"
                         r"per (?:les|keer|sessie|jaar|maand)")),
)


_QUALIFIERS_BY_CLASS = {cls: pattern for cls, pattern in reversed(_QUALIFIERS)}
# consumables: an amount for them alone is no participation price (unless included)
_OBJECT_AMOUNT = re.compile(r"\b(?:koffie|thee|drank\w*|consumpties?|frisdrank\w*|ijsjes?|pint\w*|"
                            r"glas wijn|glaasje|"
                            r"stuk(?:je)? (?:taart|gebak|cake)|portie\w*|bolletjes?|"
                            r"bier|drinks?|coffee|tea|boissons?|parking|parkeren|broodjes?|croques?|"
                            r"hotdogs?|wafels?|snacks?|hapjes?|snoep|chocomelk|chocolademelk|warme chocolade|chips|"
                            r"bevoorrading|rustpost|кав[аиу]|чай|кофе|напо[їи]|напитки|"
                            # an attraction or a snack beside the activity: "Springkasteel: 2 € per kind"
                            r"springkaste\w+|draaimolen|paardenmolen|ponyrit\w*|vieruurtje\w*|"
                            # Spanish, Portuguese, Italian: "Spritz 5 €", "pastéis de nata aan € 1,50"
                            rf"cafe con leche|cafe com leite|cafezinho|cortado|{_ROMANCE_SNACK}|"
                            # "1,50 € pour le café et le gâteau" (a café alone may be the venue)
                            r"popcorn|"
                            r"pour (?:le|la|les|un|une) (?:cafe|the|gateau|gouter|collation|boissons?|consommations?)"
                            r"(?![-\w]| dansant))\b|"
                            # Chinese, Japanese, Korean, Thai drinks and snacks (no word boundaries there)
                            r"饮料|飲料|咖啡|奶茶|蛋糕|茶点|ドリンク|飲み物|お茶|コーヒー|ケーキ|軽食|음료|커피|다과|간식|"
                            r"เครื่องดื่ม|กาแฟ")
# ("Cata de cervezas: 12 €", "Aprende a hacer empanadas: 15 €": the food is what one learns or tastes)
_FOOD_ACTIVITY = re.compile(r"\b(?:taller|cata|catas|curso|clase|corso|lezione|aprende\w*|impara\w*|"
                            r"degustazion\w*|degustacion\w*|workshop|kookles\w*|cursus|proeverij\w*)\b")
# "Springkasteel: 2 € per kind": a thing labels the amount (not "Paaseierenraap met springkasteel: € 3 per kind")
_OBJECT_LABEL = re.compile(r"\W*(?:" + _OBJECT_AMOUNT.pattern + r")\s?[:=-]")
# "Koffie: 2,50€ (zelf te betalen)": paying for it oneself names no entry price
_SELF_PAY = re.compile(r"\bzelf (?:te )?betalen\b|\bbetaal je zelf\b|\bop eigen kosten\b|"
                       r"\bat your own (?:cost|expense)\b")
# optional extras sold on the spot: priced, but only a free entry's companions (see resolve)
_EXTRA_AMOUNT = re.compile(r"\b(?:barbecue|bbq|eten|maaltijd\w*|spaghetti|pannenkoek\w*|"
                           r"wafel\w*|taart\w*|gebak|ontbijt\w*|lunch|soep|hapje\w*|snacks?|"
                           r"broodjes?|frietjes?|ijsjes?|popcorn|snoep\w*|drank\w*|koffie|thee|bier|consumpties?|"
                           r"ritje\w*|pony\w*|paardrit\w*|attractie\w*|tombola|lotje\w*|picknick\w*|"
                           r"picnic|catering|restauration|hapjes|per kilo|per kg|/kg|per stuk|"
                           r"perceel\w*|\w*voer|\w*voeder\w*|voor- en naopvang|naopvang|voorschoolse opvang|extra|"
                           r"premium|upgrade|huren|te huur|verhuur|rent|rental|location|"
                           r"loten|onderdelen|wisselstukken|wol|klei|plantjes?|zaden|boeken|ingredienten|"
                           r"gerecht\w*|tribune\w*|zitplaats\w*|vip\w*|kleurpoeder\w*|colou?r powder|"
                           r"souvenirs?|te koop|kopen|koop je|verkrijgbaar|verkocht|optioneel|"
                           r"facultatief|eventuele?|wie wil|food|meal|drinks?|rides?|for sale|"
                           r"optional|buy|repas|boissons?|a acheter|en option|schmink\w*|face ?painting|"
                           rf"{_ROMANCE_SNACK})\b")
# a label naming the participation price: an amount beside it is the price, whatever else
# the segment names ("Inkom 6 euro met 1 consumptie")
# ("de workshop zelf kost 7,50 EUR per kind": the activity itself, priced)
_ENTRY_LABEL = re.compile(r"\b(?:[a-z]+ zelf kost|bingokaart\w*|kienkaart\w*|inkom|toegang|entree|ticket\w*|deelname\w*|inschrijving\w*|"
                          r"bijdrage|\w*materiaal\w*|syllabus|handboek|cursusboek|"
                          r"lidmaatschap|lidkaart|lid (?:te )?worden|abonnement|membership|cotisation|deelnemers?|"
                          r"per persoon|p\.p|per person|par personne|par (?:soiree|seance|cours|atelier|rencontre)|"
                          r"kostprijs|prijs|lidgeld|lesgeld|cursusgeld|tarief|admission|entry|"
                          r"fee|participation|contribution|prix|je betaalt|betaal je|you pay|vous payez|"
                          r"betaalt|betalen|pay|pays|payez|paient|"
                          r"entrance|tickets?)\b")
_ENTRY_NOUN = re.compile(r"\b(?:bingokaart\w*|kienkaart\w*)|\b(?:inkom|toegang|entree|ticket\w*|deelname\w*|inschrijving\w*|"
                         r"lidmaatschap|lidkaart|abonnement|membership|lidgeld|lesgeld|cursusgeld|"
                         r"admission|entry|entrance|per persoon|p\.p)\b")
# services and goods one may take or leave: never the participation price
_OPTIONAL_SERVICE = re.compile(r"\b(?:voor- en naopvang|naopvang|voorschoolse opvang|(?:de )?(?:kinder)?opvang kost|"
                               r"printen|afdrukken|kopies?|kopieen|per blad|per pagina|"

                               r"per kilo|per kg|/kg|per stuk|parking|parkeren|premium|upgrade|"
                               r"te huur|huren|verhuur|waarborg|deposit|caution)")
_PACKAGE = re.compile(r"\b(?:koffie|thee|coffee|tea|drank\w*|drinks?|cafe)\s?(?:\+|&|en|and|met|with|"
                      r"et)\s?(?:een )?(?:taart|koek\w*|cake|gebak|snacks?|soep|hapje\w*|broodje\w*|"
                      r"pannenkoek\w*|biscuits?|gateau|croissants?)\b|\b(?:taart|koek\w*|cake|"
                      r"gebak|soep|hapje\w*)\s?(?:\+|&|en|and|met|with|et)\s?(?:koffie|thee|coffee|"
                      r"tea|drank\w*|drinks?)\b")
_ONLY = re.compile(r"\b(?:enkel|alleen|slechts|uitsluitend|only|seulement|aan|a)\b")
_INCLUDED = re.compile(r"inbegrepen|inclusief|\bincl\b|included|including|includes|compris|"
                       r"\binclus\b|\(met (?:een )?(?:koffie|thee|drankje)\b|"
                       r"\binbegrip\b")
_PAREN_AFTER = re.compile(r"\s?\(([^()\n]{0,40})\)")
# brackets that name their own amount, or only say that a discount exists, qualify no amount
_PAREN_OWN = re.compile(r"\d\s?(?:€|eur)|€|korting|reductie|discount|mogelijk|possible|available|"
                        r"\bpunt(?:en)?\b|\bspaar\w*|\bsparen\b|"
                        r"beschikbaar|op aanvraag")


# an elliptic segment continuing the previous one's subject ("…, anderen € 5")
_OTHERS = re.compile(r"\s*(?:voor |pour |for )?(?:de |alle |les |all )?(?:anderen|overigen|others|the others|autres|"
                     r"everyone else|everybody else|other (?:visitors|guests|adults|participants)|"
                     r"andere (?:bezoekers|deelnemers|volwassenen))\b")


# "5 euro", "10eur" (not "deur"), "5 євро", "5 евро"
_EUR_WORD = re.compile(rf"(?<![a-z])eur|{_EURO_SCRIPTS}")


def amounts(folded: str) -> list[tuple[float, str, int, int]]:
    """Each amount in the text with the class of the nearest qualifier in its segment, and
    whether its segment names an optional extra (a meal, a ride, parts to buy)."""
    found = []
    # cheap: most texts name no amount ("deur" and "kleur" contain "eur", so test the word start)
    if "€" not in folded and ",-" not in folded and not _EUR_WORD.search(folded):
        return found
    matches = list(_AMOUNT.finditer(folded))
    pays_consumption = _PAY_WHAT_YOU_CONSUME.search(folded)
    if ",-" in folded:
        matches = sorted(matches + list(_AMOUNT_DASH.finditer(folded)), key=lambda m: m.start())
    for m in matches:
        if m.re is _AMOUNT and m.group(3):
            value = word_number(m.group(3))
        else:
            value = float(m.group(1).replace(",", ".")) if m.re is _AMOUNT_DASH else \
                _to_float(m.group(1) or m.group(2))
        # the segment around the amount
        seg_start, seg_end = 0, len(folded)
        for s in _SEGMENT_SPLIT.finditer(folded, 0, m.end()):   # lookaheads may see the amount
            if s.end() > m.start():
                break
            seg_start = s.end()
        paren = _PAREN_AFTER.match(folded, m.end())
        if paren and not _PAREN_OWN.search(paren.group(1)):                     # "€ 4 (met UiTPAS)": the brackets qualify the amount
            seg_end = paren.end()
        else:
            nxt = _SEGMENT_SPLIT.search(folded, m.end())
            if nxt:
                seg_end = nxt.start()
        segment = folded[seg_start:seg_end]
        a_start, a_end = m.start() - seg_start, m.end() - seg_start
        best, best_d, best_q = "general", 41, ""   # a qualifier beyond 40 characters is ignored
        reduced_near = False
        for cls, pattern in _QUALIFIERS:      # listed by priority: ties go to the first
            for q in pattern.finditer(segment):
                d = max(q.start() - a_end, a_start - q.end(), 0)
                if d < best_d:
                    best, best_d, best_q = cls, d, q.group()
                if cls == "reduced" and d <= 40:
                    reduced_near = True
        if best == "reduced" and re.fullmatch(r"korting\w*|reductie", best_q) and \
                _QUALIFIERS_BY_CLASS["child"].search(segment):
            best = "discount"      # "Broertjes of zusjes krijgen 10 € korting": off a price, no price
        # "Normaal kost een dagticket € 32 per volwassene": the usual price, whatever follows
        if best != "past" and _QUALIFIERS_BY_CLASS["past"].search(segment, 0, a_start):
            best = "past"
        if best == "general" and seg_start and _OTHERS.match(segment) and any(
                pattern.search(folded, sentence_span(folded, seg_start, seg_start)[0], seg_start)
                for cls, pattern in _QUALIFIERS if cls == "vendor"):
            best = "vendor"        # "Standplaatsen gratis voor ouders, anderen € 5": still the stalls
        if best == "adult" and best_q.startswith("per ") and reduced_near:
            best = "reduced"       # "met kansentarief betaal je 1 euro per les": a unit, not adults
        elif best == "adult" and reduced_near and re.search(
                r"\b(?:verminderde?|gereduceerde?|sociale?|reduced|social) " + re.escape(best_q), segment):
            best = "reduced"       # "verminderd lidgeld van € 20": the reduced form of the fee
        if (best == "general" or best == "adult" and (best_q in ("per persoon", "p.p", "per person") or re.search(
                r"\bper " + re.escape(best_q), segment) and re.search(r"\b(?:betaalt|betalen|pays?|paie|paient)\b",
                                                                       segment))) and seg_start:
            # "wie een UiTPAS met kansentarief heeft, betaalt 8 euro": the group comes first
            sentence_start = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, seg_start)),
                                 default=0)
            before = folded[sentence_start:seg_start]
            if re.search(r"\b(?:wie|mensen|personen|iedereen|those|people|anyone|ceux|celles)\b",
                         before) and _QUALIFIERS_BY_CLASS["reduced"].search(before):
                best = "reduced"
            # (not "Sociaal restaurant open vanaf 12u (maaltijd € 7)", a name)
            elif folded[seg_start - 1] == "(" and re.search(r"\b(?:verminderd\w*|sociaal(?! restaurant)|sociale"
                                                           r"(?! kruidenier| economie| dienst)|kansen\w*)\b[\w ]{0,30}$",
                                                           folded[max(sentence_start, seg_start - 41):seg_start - 1]):
                best = "reduced"           # "Verminderd inschrijvingsgeld (€ 40) voor werkzoekenden"
            elif folded[seg_start - 1] == "(" and _RECEIVED.search(folded, max(sentence_start, seg_start - 31),
                                                                    seg_start - 1):
                best = "object"            # "subsidies (tot € 250 per feest)": money received
            elif folded[seg_start - 1] == ")" and not re.search(r"[a-z]", re.sub(
                    r"\b(?:betalen|betaalt|pay|paient)\b", "", folded[seg_start:m.start()])):
                # "kinderen (3-12) € 8", "met UiTPAS (kansentarief) €2", "Cursisten Nederlands (CVO,
                # Ligo) betalen € 5": the qualifier sits before the brackets
                back = folded[max(sentence_start, m.start() - 60):m.start()]
                back = back[max((a.end() for a in _AMOUNT.finditer(back)), default=0):]
                for cls, pattern in _QUALIFIERS:
                    if pattern.search(back):
                        best = cls
                        break
        # "ritje op de pony (€1)": an amount in brackets prices what precedes them
        context = folded[max(0, seg_start - 60):seg_end] if seg_start and \
            folded[seg_start - 1] == "(" else segment
        if (best == "general" and _OBJECT_AMOUNT.search(context) or best == "child" and _OBJECT_LABEL.match(segment)) \
                and not _INCLUDED.search(segment) and not _ENTRY_LABEL.search(_SELF_PAY.sub(" ", segment)) \
                and not _FOOD_ACTIVITY.search(segment):
            # "Koffie + taart: €3", "€2 for coffee & cake": a package is the contribution
            # ("Springkasteel: 2 € per kind": an attraction priced per child is still an extra)
            if not (_PACKAGE.search(segment) and not _ONLY.search(segment)):
                best = "object"
            elif best == "general":
                best = "adult"
        if best in ("general", "adult") and _OPTIONAL_SERVICE.search(context) \
                and not _ENTRY_LABEL.search(segment) and not _LENDING_FEE.search(segment):
            best = "object"                    # "naopvang (€ 1 per halfuur)", "€1,50/kg"
        extra = best in ("general", "adult", "child", "object") and bool(
            _EXTRA_AMOUNT.search(context)) and not _INCLUDED.search(segment) and not \
            _ENTRY_LABEL.search(segment) and not _REQUIRED_WEL.search(folded, max(0, m.start() - 60), m.start()) \
            and not _LENDING_FEE.search(segment)
        if best in ("general", "adult", "child") and not _ENTRY_NOUN.search(segment) and (
                _OPTIONAL_MARK.search(segment) or _OPTIONAL_MARK.search(_brackets_around(folded, m.start(), m.end()))
                or pays_consumption and _CONSUMED_WORD.search(segment)
                and not _INCLUDED.search(segment) and not re.search(r"\b(?:prijs|prix|price|tarief|tarif)\b", segment)):
            # "Optional dinner €3"; "Je betaalt alleen wat je eet: € 4 voor een maaltijd. Kinderen eten
            # mee voor € 2": a meal or a drink priced, not taking part
            best = "object"
        if found and best in ("general", "adult") and found[-1][1] == "vendor" and not _ENTRY_LABEL.search(segment) \
                and not _SENTENCE_END.search(folded, found[-1][3], m.start()):
            best = "vendor"        # "Standgeld: € 250 per chalet, verenigingen € 125": the associations' stall
        found.append((value, best, m.start(), m.end(), extra))
    return found


# an amount marked optional is no participation price: "Optional dinner €3", "Optionele maaltijd:
# € 8", "repas facultatif", "(optioneel, € 10 heen en terug)"
_OPTIONAL_WORD = r"optional|optioneel|optionele|facultatief|facultatieve|facultatif|facultative|en option"
_OPTIONAL_MARK = re.compile(rf"\b(?:{_OPTIONAL_WORD})\b")
# "je betaalt alleen wat je eet", "you only pay for what you drink", "vous payez ce que vous consommez"
_PAY_WHAT_YOU_CONSUME = re.compile(r"\b(?:je betaalt|betaal je|u betaalt|betaalt u|you pay|you only pay|"
                                   r"vous payez|on paie|tu paies)(?: (?:alleen|enkel|slechts|gewoon|only|just|"
                                   r"seulement|uniquement|juste))?(?: for)? (?:wat|what|ce que) (?:je|u|you|vous|on|tu) "
                                   r"(?:eet|drinkt|consumeert|eat|drink|consume|mangez|buvez|consommez|mange|boit|"
                                   r"consomme|manges|bois|consommes)\b")
_CONSUMED_WORD = re.compile(r"\b(?:eten|eet|maaltijd\w*|drank\w*|drinkt|consumptie\w*|meals?|food|drinks?|"
                       r"repas|boissons?|consommations?)\b")


# "uitlenen kost € 0,50 per stuk": at a lending service the loan is what one pays for, not an extra
_LENDING_FEE = re.compile(r"\b(?:uitlenen|ontlenen|lenen|ontlening|uitlening|leengeld|huurgeld)\b")
_SENTENCE_END = re.compile(r"[.;!?\n]")
# "Geen inschrijvingsgeld, wel 5,- voor de ingrediënten": "wel" marks what one must pay
# beside the thing that is free (64 development listings against 2, both deposits)
_REQUIRED_WEL = re.compile(r"(?:\b(?:betaal|betaalt|betalen|vragen|rekenen)(?: je| we| wij| u)? )?\bwel "
                           r"(?:(?:een|nog|eerst) )?(?:(?:\w*kost(?:en)?|bijdrage|\w*geld|huur)(?: van)? )?(?:€ ?)?$")
# a market, a fair or a car-boot sale named first in the title: what is sold there is priced, not
# the visit (not "Yoga op de markt", "Infomarkt studiekeuze"); how to pay for the entry still counts
_MARKET_TITLE = re.compile(r"^\W*(?!info|job|studie|vrijwilligers)\w*(?:markt|braderie|beurs|garageverkoop|rommelroute)\b")
_MATERIAL_NOT_DUE = re.compile(r"\b(?:betalen|dragen|nemen) (?:wij|we)\b|\b(?:wij|we) (?:betalen|dragen|nemen)\b|"
                               r"\b(?:welkom|eventue\w*|vrijblijvend\w*|optione\w*|extra|voor ons|"
                               r"gemeente|stad|sponsor\w*|gesponsord|gedragen|rekening|valt weg|0 euro|€ ?0\b|"
                               r"inbegrepen|inclusief|over)\b")
_PAYS_ENTRY = re.compile(r"\b(?:inkom|toegang|ingang|entree|deelname|kassa|bezoekers|tickets?)\b")


_MEAL_EVENT = re.compile(r"\b(?:eet\w+|\w*(?:diner|souper|brunch|ontbijt|barbecue|bbq|spaghetti\w*|"
                         r"pannenkoek\w*|mosselfeest|mosselen|wafelenbak|feestmaal|etentje|menu)|"
                         r"\w*maaltijd\w*|dinner|lunch|repas|souper)\b")


def _same_clause(texts, a, b) -> bool:
    """Two hits in the same field with no sentence or comma break between them."""
    if a.field != b.field:
        return False
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    return re.search(r"[.;!?\n,()]", texts[a.field][1][lo:hi]) is None


def _same_segment(texts, a, b) -> bool:
    """Two hits in the same field and sentence."""
    if a.field != b.field:
        return False
    folded = texts[a.field][1]
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    return _SENTENCE_END.search(folded, lo, hi) is None


# a sentence that names a lower price or an amount turns a hardship clause into a rate
_THANKS = re.compile(r"\b(?:als dank|als bedanking|in ruil|as a thank you|as thanks|in return|"
                     r"en remerciement|pour vous remercier)\b")
# "Wat bieden we? - Vrijwilligersvergoeding - Gratis cursus": what a role offers
_OFFER_QUESTION = (r"\b(?:wat (?:bieden|geven) (?:we|wij)(?: je| jou)?|wat krijg je(?: ervoor| terug| van ons)?|"
                   r"(?:we|wij) bieden (?:je|jou)|what we offer|we offer you|what do you get|ce que nous offrons)")
_OFFERED = re.compile(_OFFER_QUESTION + r"\b[^.!\n]{0,3}[?:]?\s*$")
# a lending service's title ("Spelotheek", "Fietsbieb"): what it lends for free is the activity
# a lending service's title ("Spelotheek", "Buurtbib", "Voorleeskoffers lenen")
_LENDING_TITLE = re.compile(r"theek\b|bieb\b|\w*bib\b|uitleen\w*|\bleen\w*|ontleen\w*|lenen\b|\blending\b")
# … or the question on the same line: "Wat krijg je? Een gratis vorming, een verzekering …"
_OFFERED_INLINE = re.compile(_OFFER_QUESTION + r"\s?[?:]\s*[^?!.\n]*$")
# (what a role offers: only where the text recruits — "Wat krijg je? Een gratis workshop" is the activity)
_RECRUITS = re.compile(r"\bwat vragen (?:we|wij)\b|\bvrijwillig\w*|\bgezocht\b|\bvacature\b|\bwe zoeken\b|"
                       r"\bwij zoeken\b|\bword (?:\w+ )?(?:buddy|maatje|vrijwilliger|coach|taalcoach)\b")
_MONEY = re.compile(r"€|\beur|\d|bijdrage|minder|korting|reductie|verminderd|goedkoper|"
                    r"less|moins|reduced|contribution")
_SOCIAL_RE = re.compile(_SOCIAL)
_TARGET_GROUP_RE = re.compile(_TARGET_GROUP)
_SIBLINGS = re.compile(r"\b(?:tweede|derde|2de|2e|second|third|deuxieme|troisieme|2e|2eme) "
                       r"(?:kind|enfant|child)\b|\bbroers?\b|\bzussen\b|\bsiblings?\b|"
                       r"\bfreres\b|\bsoeurs\b|\bgezinskorting\b|\b(?:tweede|2de|2e|volgende) "
                       r"(?:gezinslid|lid)\b|\bgezinsleden\b")
_MEMBERS = re.compile(r"\b(?:leden|lid|members?|membres?|abonnees|abonnement\w*|"
                      r"gezinsbond\w*)\b"
                      # "Lidgeld 28 euro, daarmee krijg je korting op al onze activiteiten"
                      r"|\b(?:lidgeld|lidkaart|lidmaatschap|membership)\b[^.;]{0,60}\b(?:daarmee|"
                      r"hiermee|waarmee|with it|which gives)\b[^.;]{0,30}\b(?:korting|reductie|discount)")


def _sentence_at(folded: str, start: int, end: int) -> str:
    lo, hi = sentence_span(folded, start, end)
    return folded[lo:hi]


def _sentence_and_before(folded: str, start: int, end: int) -> str:
    """The sentence and the one before it ("Wil je daarna lid worden? Het lidgeld …")."""
    lo, hi = sentence_span(folded, start, end)
    before_lo, _ = sentence_span(folded, max(0, lo - 2), max(0, lo - 2))
    return folded[before_lo:hi]


def _sentence_of(texts, hit) -> str:
    return _sentence_at(texts[hit.field][1], hit.start, hit.end)


# right after a free word: a ticket or pass one has paid for ("Gratis met je toegangsticket",
# "free with admission", "gratuit avec votre billet d'entrée") — not a library card or a UiTPAS
_WITH_PAID_ADMISSION = re.compile(
    r",? ?\(?(?:met|bij|with|avec|op vertoon van|bij aankoop van|inbegrepen in|included in|"
    r"sur presentation d[eu]|a l'achat d[eu]) (?:(?:je|jouw|uw|een|het|de|your|a|an|the|votre|ton|le|un) )?"
    r"(?:geldig\w* |valid )?(?:(?:museum|toegangs|inkom|entree|dag|zwembad|festival|zoo|park)(?:ticket|kaartje)s?|"
    r"tickets?|toegangsbewijs|inkombewijs|museumpas|museum (?:ticket|pass)|(?:admission|entrance|entry) (?:ticket|fee)|"
    r"(?:museum |general |paid )?admission|billet(?: d'entree)?|ticket d'entree)\b"
    # ("gratis met een toegangsbewijs, dat je vooraf kan afhalen": a free ticket to collect)
    r"(?!,? (?:dat|die|af te halen|op te halen|te verkrijgen|aan te vragen|te reserveren)\b)")
# what one saves up and trades in for a reward
_SAVED = r"(?:punten|stempels|zegels|spaarkaart|kaart|bonnen?|vouchers?)"
# a prize named at most four words before the free word, in its clause ("en win een jaar gratis
# les", "maak kans op gratis tickets"; not "win mooie prijzen, deelname is gratis", "win-win",
# "win aan zelfvertrouwen", "gagner en confiance", "win tijd")
_PRIZE_BEFORE = re.compile(r"(?<![\w-])(?:win|wint|winnen|wins|gagne[rz]?|gagnez|(?:maak|maakt|maken) (?:ook )?kans op|"
                           r"kans maken op|te winnen)(?![\w-]| (?:aan|en|tijd)\b)(?: [\w'-]+){0,4}? ?$|"
                           # a reward for saved points: "ruil 10 punten in voor een gratis zwembeurt"
                           rf"\b(?:ruil|ruilt|ruilen) (?:[\w'-]+ ){{0,3}}?{_SAVED}\w* in voor(?: [\w'-]+){{0,2}}? ?$|"
                           rf"\b{_SAVED}\w* (?:[\w'-]+ ){{0,2}}?in (?:te )?ruilen voor(?: [\w'-]+){{0,2}}? ?$")
# the prize's own tickets or vouchers, not the entrants' fee ("inschrijvingsgeld per ploeg")
_PRIZE_THING = re.compile(r"\w*(?:tickets?|kaartjes?|abonnement\w*|bons?|cheques?|vouchers?)")


def _a_prize(texts, hit) -> bool:
    folded = texts[hit.field][1]
    lo, _ = sentence_span(folded, hit.start, hit.end)
    return bool(_PRIZE_BEFORE.search(folded, max(lo, hit.start - 60), hit.start))


_SCOPE_BEFORE = re.compile(r"(?:(?:inkom|toegang|entree|deelname|deelnemen|participation|entrance|"
                           r"entry|admission|acces|zelf|itself|elle-meme|lui-meme)\b[\w' ]{0,30}:?\s?|"
                           # "(barbecue € 15) De rest is gratis": everything but the extra named
                           r"\b(?:de|al de|alle) rest (?:is|blijft) (?:helemaal |volledig )?|"
                           r"\beverything else is |\ble reste est |"
                           # "meehelpen is gratis", "ontlenen blijft gratis"
                           r"\b[a-z]{4,}en (?:zelf )?(?:is|blijft) )$")
# "op deze dag is het gratis voor jou en je gezin": a "free" stated for all who come
_FOR_EVERYONE = re.compile(r"\s(?:voor|for|pour) (?:iedereen|jou|u|everyone|everybody|you|all|tout le monde|"
                           r"tous|toi|vous)\b")
# the materials a workshop uses up ("klei en bakken", "knutselmateriaal", "ingrediënten")
_MATERIALS = (r"(?:\w*materiaal\w*|klei|hout|stof|stoffen|wol|garen|verf|grondstoffen|benodigdheden|ingredienten|"
              r"bakken|werkboek\w*|syllabus|cursusboek|"
              # French and English: "matériel : 20 €", "materials: €8"
              r"materiel|fournitures|materials?|supplies|ingredients|tissus?)")
# a price that is itself the materials' fee, wherever it stands ("Stoffen en garen: € 3 per keer.
# Deelname gratis.", "je betaalt enkel € 5 voor de ingrediënten"): due, so the listing is paid
_MATERIAL_FEE_BEFORE = re.compile(rf"\b(?:{_MATERIALS})(?:(?: en | & |, ?)(?:de |het )?(?:{_MATERIALS})){{0,3}}"
                                  r" ?(?::|kost|kosten|bedraagt|bedragen|van|vragen (?:we|wij)|betaal je|betaalt u)? ?$")
_MATERIAL_FEE_AFTER = re.compile(rf"\s?(?:per (?:persoon|keer|les|sessie|deelnemer) )?voor (?:de |het |je |jouw )?"
                                 rf"(?:{_MATERIALS})\b")
_PAYS_MATERIAL = re.compile(rf"\b(?:je|u) betaalt (?:wel |enkel |alleen |slechts |ook )?(?:de |het |je |jouw |uw )?"
                            rf"(?:{_MATERIALS})\b")
_OPTIONAL_FEE = re.compile(r"\b(?:wie wil|als je wil|indien gewenst|optioneel|facultatief|eventueel|te koop|"
                           r"kan je kopen|kun je kopen|kan je (?:ook )?(?:kopen|bestellen))\b")
# one's own thing instead of the priced one: "Breng je eigen lampion mee of knutsel er ter plaatse
# een (materiaal € 2)" before the amount, "Huur van schaatsen: € 5 (of breng je eigen schaatsen
# mee)" right after it (not "De cursus kost 40 euro, breng je eigen laptop mee of huur er een", nor
# "breng je eigen schort mee of een oud T-shirt": a list of things to bring)
_OWN_INSTEAD_BEFORE = re.compile(r"\bbreng (?:je|jouw|uw) eigen [\w-]+ (?:mee )?of (?!een\b|ander\w*\b)[^.;!?\n€\d]{0,60}$")
_OWN_INSTEAD_AFTER = re.compile(r"[^.;!?\n,(]{0,12}?(?:,\s?|\(\s?)of breng (?:je|jouw|uw) eigen\b")


# "Geen skeelers? Huur er ter plaatse voor € 3": gear for those who have none
_NO_GEAR_BEFORE = re.compile(r"\bgeen [\w-]+(?: of [\w-]+)?\s?\?\s*(?:je kan |u kan |dan )?(?:er |ze |die )?"
                             r"(?:[\w-]+ ){0,3}?(?:huren|huur|lenen|leen|ontlenen)\b[^.;!?\n]{0,40}$")


def _own_instead(folded: str, s: int, e: int) -> bool:
    lo = sentence_span(folded, s, e)[0]
    return bool(_OWN_INSTEAD_BEFORE.search(folded, lo, s) or _OWN_INSTEAD_AFTER.match(folded, e)
                or _NO_GEAR_BEFORE.search(folded, max(0, s - 90), s)
                and not re.search(r"\bverplicht|\bmandatory|\brequired", folded[e:e + 80].split("\n")[0]))


def _beside(folded: str, hit, spans: list[tuple[int, int]]) -> bool:
    """A span in the hit's own sentence or the one just before or after it."""
    lo, hi = sentence_span(folded, hit.start, hit.end)
    # (past the break and any further breaks or spaces: ".\n" ends one sentence, not two)
    prev_end = len(folded[:lo].rstrip(".;!?\n \t"))
    next_start = hi + len(folded[hi:]) - len(folded[hi:].lstrip(".;!?\n \t"))
    before = sentence_span(folded, prev_end, prev_end)[0] if prev_end else 0
    after = sentence_span(folded, next_start, next_start)[1] if next_start < len(folded) else hi
    return any(before <= start and end <= after for start, end in spans)


def _material_fee(folded: str, s: int, e: int) -> bool:
    lo, hi = sentence_span(folded, s, e)
    return bool((_MATERIAL_FEE_BEFORE.search(folded, max(lo, s - 60), s)
                 or _MATERIAL_FEE_AFTER.match(folded, e, hi))
                and not _OPTIONAL_FEE.search(folded, lo, hi))


# a listing open only to a club's members or to the holders of a card or a referral ("Enkel voor
# leden; deelname gratis", "Gratis boekentas … Enkel op vertoon van je kansenpas"): free for them
# (not a ticket or booking every visitor gets: "enkel met een (gratis) ticket")
_ONLY_FOR = re.compile(r"\b(?:enkel|alleen|uitsluitend|only|exclusivement|seulement|uniquement) (?:(?:toegankelijk|open) )?"
                       r"(?:voor|for|to|pour|aux) (?:de |onze |our |les |nos )?(?:leden|members|membres)\b"
                       r"(?! (?:en|and|et) (?:niet|non))|"
                       r"\b(?:enkel|alleen|uitsluitend|only|seulement|uniquement) (?:(?:op vertoon van|on showing|"
                       r"sur presentation d[e'] ?) ?(?:je |jouw |uw |een |your |a |votre |ta |une? )?|"
                       # ("Betalen kan enkel met kaart", "… met je bankkaart": how one pays)
                       r"(?:met|with|avec) (?:je|jouw|uw|your|votre|ta) )"
                       rf"(?:(?!toegangs|inkom|entree|ticket|bank|betaal|krediet|credit|debet){_GROUP_CARD}|"
                       r"referral|card|pass)")
_PUBLIC_FREE = re.compile(r"\b(?:toeschouwers|supporters|publiek|bezoekers|spectators|visitors)\b[^.!?\n]{0,20}\b(?:gratis|free)\b")
# "Geen inschrijvingsgeld, maar wel materiaalkost van 10 euro": a cost the free statement's own
# sentence says remains (not "… maar wel vooraf reserveren", not "maar je betaalt zelf (3 euro)")
# ("Geen inschrijvingsgeld, wel € 10 materiaalkost": the amount may come first)
_STILL_PAID = re.compile(r"(?:\bmaar|[,;]) (?:wel|je betaalt|u betaalt|jullie betalen)(?: (?:wel|enkel|alleen|slechts))? (?:een |de |het |je |ook )?"
                         r"(?:€ ?\d+(?:[.,]\d+)? |\d+(?:[.,]\d+)? ?(?:euro|eur|€) )?"
                         # (a material itself, "je betaalt enkel de klei (€ 3 per kilo)", cancels the extra
                         # its "per kilo" makes; _PAYS_MATERIAL makes it a price when read as goods)
                         rf"(?:\w*(?:kost|kosten|bijdrage|prijs|vergoeding|materiaal\w*|waarborg|inschrijvingsgeld|lidgeld)|{_MATERIALS})\b")
# a price for joining later ("het lidgeld betaal je pas als je daarna lid wordt") is not the
# price of the free start day or trial
_LATER = re.compile(r"\bvolgend (?:school)?jaar\b|\bvolgende? (?:seizoen|schooljaar)\b|\bnext (?:year|season)\b|"
                    r"\bhet nieuwe (?:school|academie|werk)?(?:jaar|seizoen)\b|"
                    r"\b(?:daarna|nadien|achteraf|later|afterwards|ensuite|pas als|wie (?:daarna |"
                    r"nadien )?(?:aansluit|lid wordt|blijft)|if you (?:join|stay)|als je (?:lid wordt|"
                    r"blijft|aansluit))\b|"
                    # "Na de opendeurdag kan je lid worden: lidgeld € 120" (not "na de kennismakingsles":
                    # a try at a paying club)
                    r"\bna (?:de|het|onze|ons) (?:opendeurdag|open ?dag|open deur\w*|startdag)\b")
# at an open day, "Na afloop kan je lid worden (€ 20/jaar)" (not after a free try at a club:
# "Kom gratis meespelen. Wil je blijven, dan kan je lid worden: € 90")
_JOIN_AFTER = re.compile(r"\b(?:kan je|je kan|kun je|u kunt|kunt u) (?:daarna |nadien |dan |achteraf )?lid worden\b")
# at an open day or open training, the fee new members are told of is the price of joining later
_NEW_MEMBERS = re.compile(r"\bnieuwe leden\b|\bnew members\b|\bnouveaux membres\b")
_TRIAL = re.compile(r"\b(?:proef\w*|probeer\w*|proberen|uitproberen|kennismaking\w*|trial|try|"
                    # "gratis tot de herfstvakantie, daarna € 60 lidgeld", "In september gratis, daarna
                    # drie euro per keer": a free while at a paying club or session
                    r"(?:gratis|free|gratuit) (?:tot|until|jusqu'(?:a|au|en)) (?:de |het |eind |einde |the |end |la |le )?|"
                    r"(?:gratis|free|gratuit)\w*,? (?:daarna|nadien|vervolgens|after that|afterwards|ensuite|puis)\b"
                    r"[^.;!?\n]{0,25}?(?:€|\d|euro\b)|"
                    r"(?:eerste|first|premiere?) [a-z]+|"
                    r"essai|essayer|(?:een|1|eerste|twee|drie|\d) ?(?:keer|les|lessen|training|"
                    r"trainingen|sessies?|weken|repetities)|"
                    # "Je mag drie zaterdagen gratis meedoen voor je beslist"
                    r"voor je (?:beslist|kiest|lid wordt))\b")
_FREE_TRIAL = re.compile(FIRST_PERIOD_FREE.pattern + r"|"
                         # "Je betaalt niks voor de eerste 3 ritten; daarna word je lid"
                         r"\b(?:gratis|kosteloos|(?:je betaalt|betaal je|kost(?: je)?) (?:niks|niets)) (?:voor|tijdens) de eerste "
                         r"(?:\d|twee|drie|vier|vijf) (?:ritten|lessen|keren|trainingen|sessies|repetities)\b|"
                         r"\b(?:gratis|free|kosteloos) (?:een keer |eens |1 keer |twee keer |drie keer )?"
                         r"(?:komen )?(?:proberen|uitproberen|proefdraaien|proeftrainen)\b|\b(?:een|1) keer "
                         r"(?:gratis )?(?:mee\w+ )?(?:om te )?proberen\b|\bproef(?:les|training)\w* (?:is |zijn )?"
                         r"(?:altijd )?(?:gratis|free)\b|\bgratis proef(?:les|training)\w*|"
                         # "Je mag drie zaterdagen gratis meedoen voor je beslist. Daarna betaal je het lidgeld"
                         r"(?<!om de )(?<!elke )(?<!iedere )\b(?:twee|drie|vier|vijf|[2-5]) (?:keer|weken|lessen|trainingen|repetities|sessies|"
                         r"(?:zater|zon|woens|vrij)dagen|namiddagen) gratis (?:mee\w+|proberen|deelnemen|komen)\b")
# the thing a fee word prices, just before it: "wisselstukken betaal je zelf", "drank betalend"
_FEE_OBJECT_BEFORE = re.compile(r"\b(?:drank\w*|drankjes?|consumpties?|koffie|thee|eten|"
                                r"wisselstukken|vervangstukken|onderdelen|materiaal|ijsjes?|pony\w*|"
                                r"ritje\w*|"
                                r"attracties?|snacks?|hapjes?|bar|drinks?|food|eetstand\w*|eetkraam\w*|"
                                r"foodtrucks?|standjes?)\b[\w' ,()-]{0,30}$")
_SCOPE_AFTER = re.compile(r"^\s?(?:entrance|entry|admission|toegang|inkom|entree)\b")
_MEMBERSHIP = re.compile(r"\b(?:lidgeld|lidmaatschap|lidkaart|abonnement|inschrijvingsgeld|"
                         r"cursusgeld|lesgeld|membership|cotisation)\b")
_EXCEPTION = re.compile(r"\b(?:met uitzondering van|uitgezonderd|behalve|except|excepted|apart "
                        r"from|sauf|a l'exception|hormis|maar (?:je betaalt|wel)|but you pay)\b")
_OPTIONAL = re.compile(r"\b(?:welkom|mag|mogen|kan|mogelijk|optioneel|facultatief|niet verplicht|"
                       r"wie wil|als je wil|if you (?:like|wish|want)|si vous (?:voulez|le souhaitez)|"
                       r"gewaardeerd|geapprecieerd|op prijs gesteld|helpt ons|helpen ons|steunt ons|helps us|"
                       r"vrijblijvend|welcome|appreciated|optional|bienvenue?s?|possible|"
                       r"facultative?|вітаю\w*|вітаєт\w*|приветству\w*|за бажанням|по желанию|"
                       r"bienvenid[oa]s?|bem-vind[oa]s?|benvenut[oaie]|gradit[oaie]|apreciad[oa])\b")


# the card or status that names a social group ("met een kansenpas"), not a rate
_GROUP_CARD_WORD = re.compile(r"kansenpas|kansenkaart|kansentarief|uitpas(?: met kansentarief)?|paspartoe|leefloon|"
                              r"verhoogde tegemoetkoming|omnio|vrijetijdspas")
# a listing for children by its title ("Speelplein", "Kinderfeest", "Plaine de jeux")
_CHILDREN_TITLE = re.compile(r"\b(?:kinder\w*|kids|jeugd\w*|speelplein\w*|\w*speeldag\w*|"
                             r"speelbos|speelnamiddag|paaseieren\w*|eierenraap|sinterklaas\w*|plaine de jeux|"
                             r"enfants|children)\b")
# ("gratis voor kinderen van 0 tot 3 jaar": babies go free wherever they come)
_CHILDREN_AUDIENCE_AFTER = re.compile(r"(?: (?:van|tussen|vanaf|de|from|aged|of|a partir de) (?![0-2]\b)\d{1,2}\b"
                                      r"(?: (?:tot|en|a|to|-) \d{1,2})?(?: (?:jaar|ans|years?(?: old)?))?|"
                                      r" (?:en|and|et) (?:hun |their |leurs |de )?(?:ouders|parents)\b|"
                                      r",? (?:ouders|parents) (?:zijn |are |sont )?(?:ook )?(?:welkom|welcome|bienvenus)\b)"
                                      r"\s*(?:[.!,;\n]|$)")


def _scoped_free(texts, hit) -> bool:
    """A free statement about entry or the activity itself ("toegang tot de boerderij vrij",
    "free entrance", "de initiatie zelf is gratis") — unless its sentence makes an exception
    ("kosteloos, met uitzondering van het cursusmateriaal")."""
    folded = texts[hit.field][1]
    lo = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, hit.start)), default=0)
    if _EXCEPTION.search(_sentence_of(texts, hit)) or _TRIAL.search(_sentence_of(texts, hit)):
        return False                 # "een keer meestappen om te proberen is gratis": a trial
    return bool(_SCOPE_BEFORE.search(folded, lo, hit.start) or
                _SCOPE_AFTER.match(folded[hit.end:hit.end + 20]) or
                re.search(r"(?:inkom|toegang|entree|entrance|entry|admission|deelname|deelnemen|"
                          r"participation|vrij toegankelijk)", hit.match.lower()))


def _fee_for_extra(texts, hit) -> bool:
    """"Wisselstukken betaal je zelf", "drank betalend", "(die betaal je zelf)": the fee word
    prices an extra named just before it in its clause."""
    folded = texts[hit.field][1]
    lo = max((m.end() for m in re.finditer(r"[.;!?\n]|,\s", folded[:hit.start])), default=0)
    # "daarna betaal je je drankjes zelf": the extra named right after the fee words
    if re.match(r"\s(?:je |jouw |uw |de |het )?(?:eigen )?(?:drank\w*|consumpties?|koffie|eten|snacks?|"
                r"hapjes?|ijsjes?)\b", folded[hit.end:hit.end + 30]):
        return True
    if _FEE_OBJECT_BEFORE.search(folded, lo, hit.start) or (
            folded[max(0, hit.start - 5):hit.start].endswith("die ")
            and "zelf" in folded[hit.end:hit.end + 8]):
        return True
    # "X betaal je zelf / apart / per stuk": X is an extra unless X is the entry or the fee
    # "you pay your own train ticket", "je eigen ticket"
    if re.search(r"\b(?:own|eigen|your|je eigen)\s(?:[a-z]+\s)?$", folded[max(lo, hit.start - 25):hit.start]):
        return True
    # "je betaalt de geplukte kersen (€ 4/kg)", "remblokjes te koop aan kostprijs": goods
    hi = _SENTENCE_END.search(folded, hit.end)
    if re.search(r"\bte koop\b|\bverkocht\b|\bper (?:kilo|kg|stuk)\b|/kg\b|\bgeplukte?\b|"
                 r"\bwaarborg\b|\bterugkrijgt\b|\bdeposit\b|\bcaution\b|\bwat je (?:plukt|drinkt|"
                 r"eet|koopt|neemt|verbruikt)\b",
                 folded[lo:hi.start() if hi else len(folded)]) and not _ENTRY_LABEL.search(
                     folded, lo, hit.start):
        return True
    return bool(re.match(r"\s(?:(?:wel|ook|dus) )?(?:zelf|apart|per stuk|ter plaatse bij|extra|aan "
                         r"kostprijs)\b",
                         folded[hit.end:hit.end + 20])) and hit.match.lower() in (
        "betaal je", "je betaalt", "en betaalt", "maar betaalt") and not _ENTRY_LABEL.search(folded, lo, hit.start)


def _extra_sentence(texts, fld: str, start: int, end: int, scoped) -> bool:
    """Beside a scoped free statement, a price whose sentence names no entry or fee label
    (apart from that statement itself) is an extra's."""
    folded = texts[fld][1]
    lo = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, start)), default=0)
    nxt = _SENTENCE_END.search(folded, end)
    hi = nxt.start() if nxt else len(folded)
    sentence = folded[lo:hi]
    for h in scoped:                       # blank the free statement itself
        if h.field == fld and lo <= h.start < hi:
            clause = max((m.end() for m in re.finditer(r"[,:(]", folded[lo:h.start])), default=0)
            a, b = max(h.start - 40 - lo, clause), h.end - lo
            sentence = sentence[:a] + " " * (b - a) + sentence[b:]
    if any(h.field == fld and lo <= h.start < hi and "zelf" in folded[lo:hi] for h in scoped):
        # "onderdelen betaal je aan kostprijs, de hulp zelf is gratis" — but a membership
        # ("lidmaatschap € 5, ontlenen zelf is gratis") is still the price of taking part
        return not _MEMBERSHIP.search(sentence)
    if _EXTRA_AMOUNT.search(sentence):      # "wie mee-eet aan de barbecue betaalt €8"
        return not _ENTRY_NOUN.search(sentence)
    return not _ENTRY_LABEL.search(sentence)


def _brackets_around(folded: str, start: int, end: int) -> str:
    """The bracketed text an amount stands in ("(€ 35 per persoon, busreis inbegrepen)"), or ""."""
    lo, hi = folded.rfind("(", 0, start), folded.find(")", end)
    if lo < 0 or hi < 0 or ")" in folded[lo:start] or "(" in folded[end:hi]:
        return ""
    return folded[lo:hi + 1]


def _for_the_others(folded: str, at: int) -> bool:
    """"Inkom gratis voor mama's, de anderen 5 euro", "entrée gratuite pour les mamans, les autres
    5 euro": the clause prices the same entry for everyone else, no extra."""
    lo = max(folded.rfind(c, 0, at) for c in ",;:(") + 1
    end = _SENTENCE_END.search(folded, at)
    # (not "de anderen betalen € 2 per drankje": a drink's price)
    return bool(_OTHERS.match(folded, lo)) and at - lo <= 40 and not _OBJECT_AMOUNT.search(
        folded, lo, end.start() if end else len(folded))


def _extra_line(folded: str, at: int) -> bool:
    lo = folded.rfind("\n", 0, at) + 1
    hi = folded.find("\n", at)
    line = folded[lo:hi if hi >= 0 else len(folded)]
    return bool(_EXTRA_AMOUNT.search(line) or re.search(r"\bmiddagmaal|\bparking|\bparkeren",
                                                          line)) and not _ENTRY_LABEL.search(line)


def _members_only(texts, hit) -> bool:
    """A discount for members ("leden krijgen € 2 korting") is a membership tariff."""
    return _members_sentence(_sentence_of(texts, hit))


def _members_sentence(sentence: str) -> bool:
    """A members' or siblings' discount: a tier, not a social rate."""
    return bool(_MEMBERS.search(sentence) or _SIBLINGS.search(sentence)) and \
        not _SOCIAL_RE.search(sentence)


_CORRECTION = re.compile(r"\b(?:update|toch gratis|nu gratis|dat klopt niet|klopt niet|foutief|"
                         r"aanpassing|niet meer zo|"
                         r"vergissing|nieuwe prijs|nieuwe tarieven|new price|"
                         r"nouveau prix|prijswijziging|prijs gewijzigd|gewijzigde prijs|aangepaste "
                         r"prijs|correctie|rectificatie|erratum|rectification)\b")


_NEVER_THE_ACTIVITY = re.compile(r"(?:parking|parkeren|wifi|kinderopvang|opvang|childcare|"
                                 r"materiaal|app|download|audiogids(?:en)?|audioguides?)")


# "een gratis workshop" frees the listing; "de gratis kleuterschool van vandaag" a thing
_ARTICLE_BEFORE = re.compile(r"\b(?:de|het|een|onze|hun|jullie|die|deze|the|a|an|our|their|la|le|"
                             r"les|un|une|nos|leur)\s$")


# "Een fiets lenen kan (gratis)", "Lampionnen maken kan vooraf in de bib (gratis)": an option
# beside the activity — unless the option is taking part ("Meedoen kan (gratis) …")
_OPTION = re.compile(r"\b(?:kan|kun|kunnen|can|is mogelijk|mogelijk|possible)\b")
_OPTION_IS_TAKING_PART = re.compile(rf"\b(?:{_TAKING_PART}|aansluiten|inschrijven|binnenlopen|"
                                    r"binnenspringen|entree|join|participate)\b")


def _bracketed_for_a_thing(texts, hit) -> bool:
    """"koffie en thee ook (gratis)", "kinderopvang voorzien (gratis, wel vooraf melden)",
    "parkeren op de parking van het station (gratis)": a bracketed "gratis" frees what its
    clause names."""
    folded = texts[hit.field][1]
    # ("Visverlof nodig (gratis voor vijvers van de gemeente)": whom or where it frees may follow)
    if folded[hit.start - 1:hit.start] != "(" or (folded[hit.end:hit.end + 1] not in (")", ",")
                                                  and not re.match(r" voor [^()]{0,50}\)", folded[hit.end:])):
        return False
    lo = max((m.end() for m in re.finditer(r"[.;:!?\n]", folded[:hit.start - 1])), default=0)
    clause = folded[lo:hit.start - 1]
    if re.search(rf"\b{_OBJECT}\b|\b{_TREAT}\b", clause):
        return True
    # "Je hebt een bibliotheekkaart nodig (gratis)": a required thing, not the activity
    title = set(re.findall(r"[a-z]{4,}", texts.get("title", ("", ""))[1]))
    words = re.findall(r"[a-z]{4,}", clause)
    # "Braderie … Kinderanimatie en grimeren aan de kiosk (gratis)": an attraction at the event —
    # unless the clause names the event or an activity too ("Gezinsdag met springkasteel en een
    # wandeling (gratis)"), or shares a word's start with the title ("Ponydag: Ponyritjes (gratis)")
    if re.search(rf"\b{_ATTRACTION}", clause) and not re.search(r"\britje", clause) and not any(
            _ACTIVITY_NOUN.fullmatch(w) for w in words) and not any(w[:4] in clause for w in title):
        return True
    names_no_activity = not any(_ACTIVITY_NOUN.fullmatch(w) or w in title for w in words)
    if re.search(r"\bnodig\s*$|\bheb(?:t|ben)?\b", clause):
        return names_no_activity
    return bool(_OPTION.search(clause)) and not _OPTION_IS_TAKING_PART.search(clause) and names_no_activity


# a session or class named before "met" in a title ("Yoga met ontbijt", "Film met popcorn")
_CLASS_BEFORE_MET = re.compile(r"\b(?:yoga|zumba|pilates|film|filmavond|lezing|gym|turnen|quiz|dans\w*|concert|"
                           r"voorstelling|repetitie|training|taalcafe|praattafel)\b")
# a gathering named before "met" in a title: what comes with it is a side attraction
_EVENT_HEAD = re.compile(r"(?:feest|barbecue|bbq|fuif|festival|markt|braderie|kermis|receptie|drink|picknick|"
                         r"kerstmarkt|wijkdag|buurtdag|opendeurdag|dag)\b")


_SCRIPT_FREE = re.compile(r"無料|무료|ฟรี|免[费費]|mien phi|besplatn\w*|falas|pa pagese|hyrja (?:e lire|falas)|"
                          r"ulaz (?:je )?slobodan|slobodan ulaz")
_NOT_ALL_FREE = re.compile(
    # groups
    r"\bdjec\w*|\bclan\w*|\bstudent\w*|\bpenzioner\w*|\bfemij\w*|\banetar\w*|\bucenik\w*|\bumirovljenik\w*|"
    r"\bmlad\w*|\bpensionist\w*|\bnxenes\w*|\btre em\b|\bhoc sinh\b|\bnguoi cao tuoi\b|\bhoi vien\b|\bthanh vien\b|"
    r"子供|子ども|こども|お子|会員|学生|以上|以下|未満|小学生|中学生|高校生|未就学児|幼児|シニア|障害者|"
    r"아동|어린이|아이(?!디어)|회원|학생|이상|이하|미만|유아|어르신|청소년|장애인|"
    r"เด็ก|สมาชิก|นักเรียน|นักศึกษา|ผู้สูงอายุ|ผู้พิการ|"
    r"儿童|兒童|孩子|小朋友|会员|會員|學生|老人|长者|長者|残疾人|青少年|女士|"
    # trials ("첫 수업", "prvi put"; not "첫째 주", "prvog petka")
    r"初回|첫(?!째)|ทดลอง|\bi pare\b|\bprv(?:i|a|u) (?:put|cas|trening|sat)\b|\bprobn\w*|首次|试听|試聽|"
    # denials (not "ไม่มีค่าใช้จ่าย": "no cost"; not "ไม่ต้องลงทะเบียน")
    r"ではな|じゃな|じゃあり|아닙|않|ไม่(?!มีค่าใช้จ่าย|ต้อง)|\bnije\b|\bnuk\b|不是|并非|"
    # perks
    r"\bkaf\w*|\bcaj\b|\bhran\w*|\bpic\w*|\bparking\w*|\bparkim\w*|\bushqim\w*|\bpije\b|\btransport\w*|"
    r"お茶|お菓子|菓子|駐車|送迎|ドリンク|飲み物|軽食|주차|다과|커피|음료|간식|셔틀|"
    r"จอดรถ|กาแฟ|เครื่องดื่ม|ขนม|wi-?fi|饮料|咖啡|停车|点心|小吃|教材|接送")
# ... unless the clause frees everyone: "大人も子どもも無料", "学生和成人均免费", "Besplatno za odrasle i djecu"
_FREE_FOR_ALL = re.compile(r"大人|成人|一般|일반인|성인|어른|모두|누구나|どなたでも|とも|均|ทุกคน|ผู้ใหญ่|"
                           r"\bodrasl\w*|\bnecl\w*|\bsvi\b|\bte gjithe\b|\bte rritur\b")
_CLAUSE_END = "[.;!?\n,，。、；！？・（(\u3000]"


def _not_all_free(clause: str) -> bool:
    """The clause names a group, a perk, a trial or a denial, and frees no one else."""
    return bool(_NOT_ALL_FREE.search(clause)) and not _FREE_FOR_ALL.search(clause)


def _short_clause(folded: str, start: int, end: int) -> str:
    """A free word's clause, at most 25 characters before and 20 after it. A colon does not end it
    ("djeca do 12 godina: besplatno"); after a Chinese, Japanese or Thai free word a space does
    ("参加無料 駐車場あり"); Korean puts spaces between words, so there "…이고 " does ("참가는
    무료이고 커피는 2유로")."""
    ends = _CLAUSE_END[:-1] + (" ]" if _NO_SPACE_FREE.match(folded, start) else "]")
    before = folded[max(0, start - 25):start]
    cut = max((m.end() for m in re.finditer(ends, before)), default=0)
    after = folded[end:end + 20]
    # (Korean writes spaces between words; "무료이고 커피는 2유로" ends the clause at "이고")
    stop = re.search(ends + r"|(?<=이고|이며)\s", after)
    return before[cut:] + folded[start:end] + (after[:stop.start()] if stop else after)


_NO_SPACE_FREE = re.compile(r"無料|ฟรี|免[费費]")


def _title_head(title: str) -> str:
    """The title's own activity: "Buurtbarbecue met kinderanimatie" → the barbecue (what comes with
    it is a side attraction), "Yoga met ontbijt" → the yoga; but "Genieten met pannenkoeken" names
    no activity before "met", so the whole title counts."""
    side = re.search(r"\s(?:met|with|avec|\+)\s", title)
    if not side:
        return title
    before = title[:side.start()]
    if re.search(_ATTRACTION, title[side.end():]) or _EVENT_HEAD.search(before) or \
            _ACTIVITY_NOUN.search(before) or _CLASS_BEFORE_MET.search(before):
        return before
    return title


def _thing_is_the_activity(noun: str, match: str, title: str) -> bool:
    """"Soep op de stoep: gratis soep": the free thing the title names is the activity — but
    free coffee at a "Koffieklets" is a treat (writers v49, v55, v64), and a thing lent or given
    to the first comers is not, unless lending is the service ("Spelotheek")."""
    if _NEVER_THE_ACTIVITY.match(noun):
        return False
    head = _title_head(title)
    # "Opendeurdag + proeverij: alle hapjes zijn gratis": at a tasting or a meal the food is
    # what one comes for (not the coffee of a "Koffieklets", below; not "Yoga met ontbijt")
    if re.fullmatch(_FOOD, noun) and not re.fullmatch(rf"{_DRINK}|water", noun) and (
            _MEAL_EVENT.search(head) or re.search(r"proeverij\w*|\bproeven\b|tasting|degustati\w*|eetfestijn|"
                                                   r"buffet", title)):
        return True
    lent = re.search(r"\bte (?:leen|lenen|ontlenen)\b", match)
    if _LENDING_TITLE.search(title):
        if lent:
            return True
    elif lent or "voor de eerste" in match:       # "Gratis fiets te leen" under "Samen fietsen"
        return False
    elif re.search(r"\bmee naar huis\b|\bmeenemen\b", match):
        return False                               # "Werkdag in de zadentuin … gratis zaden mee naar huis"
    if re.fullmatch(r"vervoer|transport|ophaaldienst|taxi|(?:pendel)?busjes?", noun):
        # "Boodschappendienst: gratis vervoer naar de winkel", "Marktbusje: gratis busje" — not
        # "Jobinfo fruitpluk - busje vanuit Mechelen: gratis busje": the ride is the service
        return bool(re.search(r"dienst|vervoer|centrale|taxi|\britten?\b|mobiel|transport", title)
                    or re.match(r"\W*\w*bus", title))
    # "Community dinner: dinner will be served, free of charge", "Soep op de stoep: food is provided
    # for free" — but under a talk, a fair or a volunteer day ("Volunteer day: … Lunch is provided
    # for free") the food comes with the activity
    if re.fullmatch(_EN_FOOD, noun) and re.search(
            r"\b(?:will be|provided|served|offered|included)\b", match):
        return not any(_ACTIVITY_NOUN.fullmatch(w) for w in re.findall(r"[a-z]+", head)) and not re.search(
            r"\b(?:day|service|session|meeting|class|volunteers?|work)\b", head)
    return not re.fullmatch(_DRINK, noun) and any(
        noun in word for word in re.findall(r"[a-z]+", head))


def _required_paid_oneself(texts) -> list[tuple[str, int, int]]:
    """Sentences naming a thing one must have and pay oneself, with no amount ("je hebt wel een
    geldig visverlof nodig (zelf te betalen)", "trein zelf te betalen", "consumptie verplicht"):
    (field, sentence start, sentence end)."""
    found = []
    for fld, (original, folded) in texts.items():
        for m in _PAID_ONESELF.finditer(folded):
            lo, hi = sentence_span(folded, m.start(), m.end())
            # ("Je hebt een eigen kaartlezer nodig; die koop je zelf": the need may come just before,
            # named by a pronoun — not "Je hebt niets nodig. Drankjes koop je zelf")
            if _REQUIRED_THING.search(folded, lo, hi) or re.search(r"\b(?:die|dat|deze)\s$", folded[max(0, m.start() - 6):m.start()]) \
                    and _REQUIRED_THING.search(_sentence_and_before(folded, m.start(), m.end())):
                found.append((fld, lo, hi))
        for m in _BOUGHT_ONESELF.finditer(folded) if ("koop" in folded or "you buy" in folded) else ():
            if not any(noun and re.fullmatch(_CONSUMED, noun) for noun in m.groups()):
                found.append((fld, *sentence_span(folded, m.start(), m.end())))
        for m in (*_TRAVEL_ONESELF.finditer(folded), *(
                p for p in _REQUIRED_PURCHASE.finditer(folded) if not _NEGATED_BEFORE.search(
                    folded, sentence_span(folded, p.start(), p.end())[0], p.start())),
                  *_PAYS_OWN.finditer(folded)):
            found.append((fld, *sentence_span(folded, m.start(), m.end())))
    return found


def _own_travel_near(texts, hit) -> bool:
    """"je betaalt (wel) zelf je bus- of treinticket": one's own travel named around a fee word
    (the ticket may come 40 characters on)."""
    return bool(_OWN_TRAVEL.search(texts[hit.field][1], max(0, hit.start - 30), hit.end + 45))


def _frees_a_thing(texts, hit) -> bool:
    """"gratis" inside a clause that describes a place or a perk ("waar je gratis kranten
    leest", "where you get free coffee"), or before a noun that is no activity ("de gratis
    kleuterschool van vandaag"): that thing is free, not the listing."""
    folded = texts[hit.field][1]
    lo = max((m.end() for m in re.finditer(r"[.;:!?\n,(]", folded[:hit.start])), default=0)
    if re.search(r"\b(?:waar|waarin|waarbij|where|ou) (?:je|u|men|you|vous|on)\b",
                 folded[lo:hit.start]):
        return True
    # "De stad levert gratis de hekken en borden": a thing supplied (not "we leveren gratis een workshop")
    supplied = re.match(r" (?:de |het |een |alle |je |jouw )?([a-z]{3,})(?: ([a-z]{3,}))?", folded[hit.end:hit.end + 40])
    if supplied and re.search(r"\b(?:levert|leveren|bezorgt|bezorgen|schenkt|schenken|plaatst|plaatsen|installeert|"
                              r"installeren) (?:je |u |ook |er )?$",
                              folded[lo:hit.start]):
        # ("we leveren gratis een leuke workshop": an adjective may come first; "Rookmelders: de
        # brandweer installeert gratis rookmelders": the title names the service)
        title = texts.get("title", ("", ""))[1]
        return not any(w and (_ACTIVITY_NOUN.fullmatch(w) or w in title) for w in supplied.groups())
    # ("op deze dag is het gratis voor jou": a preposition follows, no noun)
    noun = re.match(r" (?!(?:voor|for|pour|met|bij|tot|aan|van|with|avec)\b)([a-z]{3,})\b(?: ([a-z]{3,})\b)?",
                    folded[hit.end:hit.end + 40])
    if not noun or hit.match.lower() not in ("gratis", "free", "gratuit", "gratuite", "kosteloze",
                                             "gratuits", "gratuites"):
        return False
    if not _ARTICLE_BEFORE.search(folded[max(0, hit.start - 12):hit.start]):
        return False
    title = texts.get("title", ("", ""))[1]
    # ("een gratis geleide wandeling": an adjective may stand before the activity noun)
    head = noun.group(2) if noun.group(2) and re.fullmatch(r"[a-z]+(?:de|te|ke|ige|ische|e)",
                                                            noun.group(1)) else None
    return not (_ACTIVITY_NOUN.fullmatch(noun.group(1)) or noun.group(1) in title or
                head is not None and _ACTIVITY_NOUN.fullmatch(head))


# "je leent de boeken gratis", "je kan er gratis laarzen lenen": one borrows a thing for free
_LENT_FREE = re.compile(r"\b(?:je|u|jullie|we|wij) (?:kan |kunt |kunnen |mag |mogen )?(?:er )?(?:leen|leent|"
                        r"ontleen|ontleent|lenen|ontlenen)\b[^.,;:!?()\n]{0,40}\b(?:gratis|kosteloos)\b|"
                        r"\b(?:je|u) (?:gratis|kosteloos) (?:leent|ontleent|kan lenen|kunt lenen)\b|"
                        r"\b(?:je|u|jullie|we|wij) (?:kan|kunt|kunnen|mag|mogen) (?:er |ook )?(?:gratis|kosteloos)\b"
                        r"[^.,;:!?()\n]{0,30}\b(?:lenen|ontlenen)\b|\b(?:you can )?borrow\b[^.,;:!?()\n]{0,30}\bfor free\b")


def _lent_for_free(texts, hit) -> bool:
    """"Je leent de boeken gratis in de bib" under "Leesclub": what one borrows is free, not
    the club — unless lending is the listing's service ("Spelotheek", "Voorleeskoffers lenen")."""
    title = texts.get("title", ("", ""))[1]
    if _LENDING_TITLE.search(title):
        return False
    folded = texts[hit.field][1]
    return any(m.start() <= hit.start and hit.end <= m.end()
               for m in _LENT_FREE.finditer(folded, max(0, hit.start - 80), hit.end + 50))


def _thing_label(texts, hit) -> bool:
    """"Kinderopvang: ja, gratis", "Koffie: gratis": a field line whose label is a thing given
    beside the activity, not its price."""
    folded = texts[hit.field][1]
    line = folded[folded.rfind("\n", 0, hit.start) + 1:hit.start]
    m = re.match(r"\W*([a-z][a-z ]{1,30}?)\s?:\s*(?:(?:ja|yes|oui|voorzien|aanwezig)\b,?\s*)?$", line)
    return bool(m) and bool(_NEVER_THE_ACTIVITY.fullmatch(m.group(1)) or re.fullmatch(
        rf"(?:{_OBJECT})(?: (?:en|&) (?:{_OBJECT}))?", m.group(1)))


_CORRECTION_KEYS = ("update", "toch gratis", "nu gratis", "klopt niet", "foutief", "vergissing",
                    "aanpassing", "niet meer zo", "nieuwe prijs", "nieuwe tarie",
                    "new price", "nouveau prix", "prijswijziging", "prijs gewijzigd",
                    "gewijzigde prijs", "aangepaste prijs", "correctie", "rectifica", "errat")


def _after_correction(hits, texts):
    """A price corrected later in the text ("Let op: nieuwe prijs …", "UPDATE: toch gratis!")
    replaces what came before it: hits before the correction are dropped when cost hits
    follow it. Returns the kept hits and the cut-off per field."""
    cut = {}
    priced = [h for h in hits if h.rule.kind not in ("uitpas", "vendor")]
    priced_fields = {h.field for h in priced}
    for fld, (_, folded) in texts.items():
        # a correction matters only where cost statements or amounts follow it
        if fld not in priced_fields and "€" not in folded and not _EUR_WORD.search(folded):
            continue
        if not any(k in folded for k in _CORRECTION_KEYS):      # substring tests are cheap
            continue
        # the last correction that cost statements follow: "Aanpassing: eerder stond hier 2 euro
        # inkom. Dat is niet meer zo: de toegang is gratis" cuts at "niet meer zo"
        for m in reversed(list(_CORRECTION.finditer(folded))):
            if any(h.field == fld and h.start >= m.start() for h in priced) or \
                    _AMOUNT.search(folded, m.start()):
                cut[fld] = m.start()
                break
    if "description" in cut and "price_text" not in cut and "price_text" in texts:
        # "In de eerste versie stond '€3 inkom'. Dat klopt niet": the price field is stale too
        cut["price_text"] = len(texts["price_text"][1]) + 1
    return [h for h in hits if h.rule.kind in ("uitpas", "vendor")
            or h.start >= cut.get(h.field, 0)], cut


_FREED_AFTER = re.compile(r"\s?[:=-]?\s?(?:(?:zijn|is|are|sont|est|blijven|blijft) )?(?:ook |altijd |"
                          r"helemaal |volledig |completely |always )?(?:gratis|kosteloos|free|"
                          r"gratuite?s?)\b")
# the public transport one may have to pay for oneself (read by every travel pattern below)
_VEHICLE = r"trein|bus|tram|metro"
_OWN_TRAVEL = re.compile(rf"\bzelf (?:je|jouw|uw) (?:{_VEHICLE}|reis|verplaatsing)\b|"
                         rf"\b(?:own |eigen |zelf (?:je |jouw |uw )?)(?:[a-z]+ |(?:bus|trein|tram)- (?:of|en) )?(?:{_VEHICLE}|"
                         r"train)?(?:ticket|tickets|kaartje|biljet|vervoer|transport|benzine|brandstof|"
                         r"carpool\w*|"
                         r"reis|verplaatsing|treinrit|busrit|travel|fare)\w*|"
                         # "Het busticket betaal je zelf"
                         rf"\b(?:{_VEHICLE}|train|de lijn)\w*(?:ticket|kaartje|biljet|rit|abonnement)\w*|"
                         # "de bus naar Brussel betaal je zelf"
                         rf"\b(?:de|het) (?:{_VEHICLE}|autocar|boot|veerpont)(?:reis|rit)?"
                         r"(?: (?:naar|tot|van|vanuit|terug)(?: [\w-]+){1,2})? (?:betaal je|betaalt u|betaalt "
                         r"iedereen|betalen we|betalen de deelnemers) (?:wel |dus |natuurlijk )?zelf\b")
# "Gratis fitness voor jobzoekers": an activity word between, for a low-income group only
# (not "gratis Nederlandse les voor nieuwkomers", whose newcomers are the whole audience)
_POOR_GROUP_AFTER = re.compile(r"\s[a-z-]{3,} (?:voor|for|pour) (?:de |alle |les |all )?(?:leefloners|"
                               r"mensen met een leefloon|werkzoekenden|werklozen|jobzoekers|jobseekers|"
                               r"kansengroepen|kansarmen|kansarme \w+|mensen in armoede|"
                               r"uitpas(?:houders)? met kansentarief|ocmw-?clienten)\b|"
                               # "Sportpas: gratis sporten met een leefloon"
                               r"\s[a-z-]{3,} (?:met|with|avec) (?:een |je |a |your |le )?(?:leefloon|"
                               r"uitkering|kansentarief|kansenpas|vrijetijdspas|statut bim|verhoogde tegemoetkoming)\b")
_SOCIAL_AUDIENCE = re.compile(r"^(?!.*\book voor\b).*\bvoor (?:\w+ ){0,2}?(?:gezinnen|mensen|personen|"
                              r"inwoners|ouders|kinderen|jongeren|volwassenen|senioren|families|vrouwen|mannen)"
                              r"(?: [\w-]+){0,2}? met (?:een |het |de )?(?:kansenpas\w*|kansenkaart\w*|leefloon|uitkering|"
                              r"vrijetijdspas|paspartoe|uitpas met kansentarief|kansentarief|verhoogde tegemoetkoming|"
                              r"laag inkomen|beperkt inkomen|krap budget|ocmw-?\w*)\b")
# "Ontvang je een leefloon? Dan kan je een sportpas aanvragen. Daarmee zwem je gratis": the
# sentence refers back to what the group obtains
_BACK_REFERENCE = re.compile(r"\W*(?:daarmee|met (?:die|deze|dat|dit|die|de|je|jouw) (?:pas|kaart|"
                             r"attest|bon|cheque|sportpas|vrijetijdspas))\b")
# ("Gratis toegang voor kinderen tot 12 jaar": the entry word may come between)
_GROUP_AFTER = re.compile(rf"\s?(?:(?:toegang|inkom|entree|deelname|entry|admission|access|acces)\s)?"
                          rf"(?:for|voor|pour|para|com|con)\s(?:de |the |les |alle |all |los |las |os |as )?(?:(?:{_GROUP}|{_PERSON_PLURAL}){_NOT_NON_MEMBERS}|"
                          r"(?:under|onder|below|moins de|jonger dan)(?: de| the)?[\s-]?\d{1,2}s?\b|-\s?\d{1,2}\b)")
# an option some take on top of the free activity: "Wie een eigen perceeltje wil, betaalt 15 euro"
_OWN_OPTION = re.compile(r"\bwie (?:ook |nog |daarnaast )?(?:een |z'n |zijn |haar )?(?:eigen|extra|"
                         r"aparte?|bijkomende?|prive)\b[^.;!?]{0,40}\b(?:wil|wilt|willen|wenst|"
                         r"huurt|neemt)\b")
# a place or equipment a title names ("Klein skatepark in Deurne", "Nieuwe beweegtoestellen"): what
# a standalone "Gratis te gebruiken." frees
_FACILITY_TITLE = re.compile(r"\w*park\b|\w*baan\b|\w*plein\w*|\w*toestel\w*|\w*terrein\w*|\w*tuin\b|\w*veld\b|"
                             r"\w*kooi\b|\w*muur\b|\w*zone\b|skate\w*|calisthenics\w*|fitness\w*|petanque\w*|"
                             r"\w*speelplaats\w*|\w*pleintje\b|\w*bos\b|\w*strand\b|\w*ruimte\b|\w*tafels?\b")
# "Toegang gratis. Wie meedoet aan de best-trick contest betaalt € 5 inleg": a side contest or
# game's entrants pay (not when the title names it: "Petanquetornooi … Publiek gratis")
_SIDE_ENTRY = re.compile(r"\bwie (?:mee ?doet|deelneemt|meespeelt|meeloopt|mee ?speelt) aan (?:de|het|een) "
                         r"([\w-]+)(?: ([\w-]+))?")


_OTHER_SESSION_FREE = re.compile(r"\b(?:info\w*|kennismaking\w*|introductie\w*|opendeur\w*|proefles\w*|"
                                 r"voorstelling van)\b")


def _side_entry(sentence: str, title: str) -> bool:
    m = _SIDE_ENTRY.search(sentence)
    return bool(m) and not any(w and len(w) > 3 and w in title for w in m.groups())


_ARRANGE_TRAVEL = re.compile(r"\b(?:je |u )?(?:zorgt|zorg) (?:wel |dus |ook )?zelf voor (?:je |jouw |het |eigen )?"
                             r"(?:vervoer|transport|verplaatsing)\b|\beigen vervoer (?:is )?(?:nodig|vereist|"
                             r"verplicht)\b|\b(?:own|your own) transport (?:is )?(?:needed|required)\b|"
                             # "wel zelf je treinticket betalen": the infinitive, without a fee rule
                             rf"\bzelf (?:je |jouw |uw |het |een )?(?:{_VEHICLE})?(?:ticket|kaartje|biljet|"
                             r"vervoer|rit)\w* (?:te )?(?:betalen|kopen|regelen|voorzien)\b|"
                             # "maar je koopt zelf je treinticket"
                             r"\b(?:koopt|koop|kopen) (?:je |u |jullie )?(?:wel |dus |ook )?zelf (?:je |jouw |uw |een |het )?"
                             rf"(?:{_VEHICLE})?(?:ticket|kaartje|biljet|abonnement)\w*|"
                             # "Treinticket zelf betalen", "Treinticket: zelf te betalen", "je busticket betaal je
                             # zelf", "De treintickets betalen de deelnemers zelf" (not "Het treinticket zelf
                             # wordt betaald", "Haal je treinticket zelf af")
                             rf"\b(?:{_VEHICLE})(?:ticket|kaartje|biljet)\w*(?: ?[:(] ?| (?:is |moet je |moeten jullie )?)(?:wel |dus |ook )?"
                             r"zelf (?:te )?(?:betalen|kopen|aan te kopen)\b|"
                             rf"\b(?:{_VEHICLE})(?:ticket|kaartje|biljet)\w* (?:betaal|koop) (?:je|u) (?:wel |dus |ook )?zelf\b|"
                             rf"\b(?:{_VEHICLE})(?:ticket|kaartje|biljet)\w* (?:betalen|kopen) (?:de deelnemers|jullie|we|wij) "
                             r"(?:wel |dus |ook )?zelf\b|"
                             # "vervoer zelf te regelen (trein tot Oostende)", "je vervoer regel je zelf
                             # met de trein": a fare, when a train or bus is named (not "Vervoer zelf
                             # te regelen." alone: one may walk or cycle)
                             r"\b(?:(?:vervoer|verplaatsing|reis)(?: naar (?:[\w-]+ ){0,2}?[\w-]+)?:? (?:is )?zelf (?:te )?regelen|"
                             r"(?:je|jouw|uw|het|de) (?:vervoer|verplaatsing|reis)(?: naar (?:[\w-]+ ){0,2}?[\w-]+)? "
                             r"regel(?:t|en)? (?:je|u|jullie) zelf|(?:vervoer|verplaatsing|reis) regelen (?:jullie|we|wij) zelf)\b"
                             # ("te voet, met de fiets of met de bus": the fare is optional)
                             r"(?![^.!?\n]{0,40}\b(?:te voet|fiets\w*|wandel\w*)\b)"
                             rf"(?=[^.!?\n]{{0,40}}\b(?:{_VEHICLE})\b)")
# "Eerste zondag gratis … (Andere dagen: € 5 / € 1 met kansentarief.)": another day's prices
# (three writers against one: v39-033, v51-058, v54-003; v18-069 relabelled)
_OTHER_DAYS = re.compile(r"\b(?:op )?andere (?:\w+)?dagen\b|\bde rest van het jaar\b|\bother days\b|"
                         r"\brest of the year\b|\bautres jours\b")
# "Eerste zondag gratis. De rest van de maand betaal je € 12": beside a free statement only (not
# "wie halverwege instapt, betaalt € 15 voor de rest van de maand")
_OTHER_PERIOD = re.compile(r"\bde rest van de (?:maand|week)\b|\b(?:op )?andere (?:weken|maanden)\b|"
                           r"\brest of the (?:month|week)\b|\ble reste du mois\b")


def _about_other_days(sentence: str, free: list) -> bool:
    """A sentence about another day's price (or, beside a free statement, another period's)."""
    return bool(_OTHER_DAYS.search(sentence) or free and _OTHER_PERIOD.search(sentence))
# "Ontvang je een leefloon?": a question naming a social group
_ASKS_GROUP = (rf"\b(?:ben|heb|krijg|woon|zit|bent|hebt|ontvang|ontvangt|geniet|val|valt) (?:je|u)\b[^.!?\n]{{0,60}}?"
               rf"{_SOCIAL}[^.!?\n]{{0,30}}\?")
# … with the free statement right after it ("… Dan is deelname gratis")
_GROUP_QUESTION = re.compile(_ASKS_GROUP + r"\s*(?:(?:dan|in dat geval) [^.!?\n]{0,60}|[^.!?\n]{0,12})$")
_GROUP_QUESTION_BEFORE = re.compile(_ASKS_GROUP)
# ("Wie een leefloon ontvangt, kan zijn fiets gratis laten herstellen": "wie" needs no "met")
_GROUP_SUBJECT = re.compile(rf"^\W*(?:(?:gezinnen|mensen|personen|inwoners|ouders|families|people|"
                            rf"those|residents|wie) (?:met|die|with|who|in|op|on)\b|wie\b)[^.!?\n]{{0,50}}?"
                            rf"{_SOCIAL}[^.!?\n]{{0,40}}?\b(?:kunnen|kan|mogen|mag|krijgen|krijgt|"
                            rf"ontvangen|can|may|get|receive)\b[^.!?\n]{{0,30}}$")
_EXPLAINED = re.compile(r"\b(?:legt|leggen|leg) (?:[\w']+ ){0,4}uit\b[^.!?\n]*\b(?:waarom|hoe|wanneer|wat|welke|"
                        r"of)\b[^.!?\n]{0,40}$|\b(?:explains?|explaining)\b[^.!?\n]*\b(?:why|how|when|"
                        r"what|whether)\b[^.!?\n]{0,40}$")


def _offered_before(texts, hit) -> bool:
    """A "free" in the list under "Wat bieden we?" (up to a blank line or four lines back)."""
    folded = texts[hit.field][1]
    # "Wat krijg je? Een gratis vorming, een verzekering …": the question on the same line
    if _OFFERED_INLINE.search(folded, folded.rfind("\n", 0, hit.start) + 1, hit.start) and \
            _RECRUITS.search(folded):
        return True
    lines = folded[:folded.rfind("\n", 0, hit.start) + 1].split("\n")[-6:-1]
    for line in reversed(lines):
        if not line.strip():
            return False
        if _OFFERED.search(line):
            return True
    return False


def _asked_not_stated(texts, hit) -> bool:
    """"Gratis?" as an exhibition's title states nothing (answered "Is it free? A: Yes!" it is a
    statement); "Gratis fietsherstelling? Nee, wij herstellen je fiets niet" is answered no."""
    after = texts[hit.field][1][hit.end:]
    if hit.rule.id == "cost.free" and after[:2].lstrip().startswith("?") and not re.match(
            r"\s?\?\s*(?:a\s?:\s*)?(?:ja|yes|oui|jazeker|yep|natuurlijk|of course)\b", after[:30]):
        return True
    if re.match(r"[^.!?\n]{0,40}\?\s*(?:a\s?:\s*)?(?:nee|neen|no|non|helaas niet)\b", after):
        return True
    # "Quelles formations gratuites chez VDAB ?", "Welke gratis activiteiten zijn er?": which free
    # things exist is a topic (not "Hoe schrijf je je in voor de gratis workshop?", a practical question)
    folded = texts[hit.field][1]
    lo = sentence_span(folded, hit.start, hit.end)[0]
    return bool(re.match(r"[^.!?\n]*\?", after) and _WHICH_QUESTION.match(folded, lo)
                and not re.search(r"[,;:]", folded[lo:hit.start]))


def _word_after(texts, hit) -> str | None:
    """The word a "gratis" hit frees: "gratis zwemmen" → "zwemmen"."""
    m = re.search(r"\b(?:gratis|free|gratuite?s?) ([a-z]{3,})\b", texts[hit.field][1][hit.start:hit.end + 40])
    return m.group(1) if m else None


def _freed_for_a_group(kinds, texts) -> set[str]:
    """What the text frees for a group only: the word after the "gratis" of a conditional hit
    or of a free thing whose sentence has a social group as its subject."""
    words = {_word_after(texts, h) for h in kinds.get("object", []) if _group_is_subject(texts, h)}
    # (a social group only: "voor wie voor 19u komt een gratis dessert" frees no headline)
    words |= {_word_after(texts, c) for c in kinds.get("conditional", [])
              if _SOCIAL_RE.search(_sentence_of(texts, c))}
    return words - {None, "voor", "for", "pour", "met", "with", "avec", "and", "en", "et"}


# "Met een attest leefloon betaal je niets": the group opens the sentence
_WITH_GROUP = re.compile(rf"^\W*(?:met|with|avec) (?:een |je |jouw |uw |an? |your )?(?:attest |bewijs |kaart )?"
                         rf"(?:van )?(?:een |de )?{_SOCIAL}|"
                         # "Voor cursisten van het CVO is deze uitstap gratis"
                         rf"^\W*(?:voor|for|pour) (?:de |alle |onze |les |the )?(?:{_SOCIAL}|leden|members|"
                         rf"abonnees|pashouders|houders)\b[^.!?\n]{{0,40}}\b(?:is|zijn|blijft|wordt|are|est)\b")


def _group_is_subject(texts, hit) -> bool:
    folded = texts[hit.field][1]
    lo = sentence_span(folded, hit.start, hit.start)[0]
    return bool(_GROUP_SUBJECT.search(folded, lo, hit.start) or _WITH_GROUP.match(folded[lo:hit.start]))


_HELP_WITH = re.compile(r"\b(?:we |wij |ze |zij |die )?(?:helpen|helpt|help|hulp bij|ondersteunen|"
                        r"begeleiden|uitleg over|"
                        r"info(?:rmatie)? over|vragen over|questions about)\b")
# "Koffie en taart voor een vrije bijdrage": a treat opens the sentence
_TREAT_OPENING = re.compile(r"\W*(?:[\w-]+ ){0,2}?(?:koffie|thee|drank\w*|drankje|soep|hapje\w*|snack\w*|"
                            r"taart\w*|koek\w*|cake|gebak|wafels?|pannenkoek\w*|ijsjes?|coffee|tea|"
                            r"drinks?|cafe)\b")
# what one must own to take part ("je hebt een visvergunning nodig", "you will need a bike"), not
# a booking obligation
_NEEDED = (r"\bheb(?:t|ben)? (?:wel )?(?!(?:niets|niks|geen)\b)(?:een |je |jouw |uw )?(?:\w+ ){0,4}nodig\b|"
           r"\bmoet je (?:\w+ ){0,3}(?:hebben|kopen|aanschaffen)\b|\byou (?:will )?need (?:a |an |your )?\w+|"
           # "Om deel te nemen moet je lid zijn van de bib (volwassenen 6 euro per jaar)": another
           # membership one must hold, like a licence
           # (not "geen lidmaatschap nodig", nor a membership that is itself free)
           r"\b(?:moet (?:je|u)|(?:je|u) moet) (?!(?:\w+ )?(?:geen|niet)\b)(?:\w+ ){0,2}lid zijn\b"
           r"(?![^.;!?\n]{0,40}\b(?:gratis|kosteloos)\b)|(?<!geen )\blidmaatschap (?:is )?(?:vereist|verplicht|nodig)\b|"
           # "потрібна ліцензія на риболовлю", "нужна лицензия"
           r"(?<!не )\b(?:потрібн|необхідн|нужн|необходим)\w*|"
           r"\bil (?:vous )?faut (?:un |une |votre )?\w+|\bbesoin d'une? ")
_REQUIRED_THING = re.compile(_NEEDED + r"|"
                             # "een koptelefoon huren kost € 3 (verplicht)"
                             # ("busrit € 8, verplicht" in brackets after the amount too)
                             r"\(\s?(?:[^()]{0,30}[,;]\s?)?(?:verplicht|mandatory|required|compulsory|obligatoire)\s?\)|"
                             r"\b(?:huren|huur|aankopen|aankoop|kopen) (?:is )?verplicht\b|"
                             r"\b\w*(?:vergunning|licentie)\w*\b|"
                             r"\b(?:vis|jacht)verlof\b")
# "vervoer met de bus van de vereniging (2 euro)": the trip there, priced in brackets
_TRAVEL = rf"(?:{_VEHICLE}|vervoer|busvervoer|autocar|busje|treinrit|busrit|(?:fiets)?veer\w*|pont|carpool\w*|samenrit\w*)"
# ("Treinticket zelf te betalen (heen en terug ongeveer € 9)": the brackets may say more first)
_TRAVEL_PRICED = re.compile(rf"\b{_TRAVEL}(?:tickets?|kaartjes?|biljet)?\b[^.;!?\n()]{{0,50}}\([^()\n]{{0,40}}$|"
                            # "Participation is free; the carpool costs €5 per passenger"
                            rf"\b{_TRAVEL}\b[^.;!?\n()]{{0,25}}? (?:costs?|kost|kosten|bedraagt)\s*$")
# "je hebt wel een geldig visverlof nodig (zelf te betalen)": a required thing one pays oneself
# ("… een geldig visverlof nodig (te koop bij het postkantoor)": sold in a shop, bought by each)
_PAID_ONESELF = re.compile(r"\bzelf te betalen\b|\bop eigen kosten\b|\b(?:betaal|koop) je (?:die |dat |het |deze )?zelf\b|"
                           r"\bte koop (?:bij|in|op) (?:de|het|een|elke|alle)\b")
# "Gratis rondleiding, trein zelf te betalen": the trip there, paid by each (not a drink on the way)
_TRAVEL_ONESELF = re.compile(rf"\b{_TRAVEL}\w*(?: [\w-]+){{0,3}}? (?:is |wordt |zijn |worden )?(?:zelf te betalen|"
                             r"op eigen kosten|voor eigen rekening)\b|"
                             # Turkish: "Otobüs bileti kendi cebinizden"
                             r"\b(?:otobus|tren|tramvay|metro|bilet)\w*(?: [\w-]+){0,3}? (?:kendi cebinizden|kendiniz "
                             r"(?:odersiniz|kars[iı]lars[iı]n[iı]z)|kat[iı]l[iı]mc[iı]lara aittir)\b")
# "je betaalt zelf je licentie bij de bond", "chacun paie son propre billet de train": a ticket,
# entry, licence or journey each participant must pay for oneself — beside a free statement
# neither free nor this listing's price (a drink one buys oneself stays an optional extra)
_OWN_THING = (r"(?:[a-z]+-)?(?:\w*ticket\w*|\w*kaartje|toegang\w*|inkom|entree|\w*licentie\w*|\w*vergunning\w*|"
              r"(?:vis|jacht)verlof|trein\w*|bus\w*|tram\w*|vervoer|"
              r"billets?|entrees?|licences?|permis|transport|tickets?|train|entry|fare|licen[cs]es?|"
              r"квит\w*|билет\w*|проїзд\w*|проезд\w*|вхід\w*|вход\w*)")
# the amount right after one's own materials in its sentence: "je koopt zelf je materiaal (ongeveer
# € 30)", "Verf koop je zelf, reken op € 25"
_OWN_MATERIALS_BEFORE = re.compile(
    rf"(?:\b(?:je koopt|koop je|u koopt|koopt u) (?:wel |dus |ook )?zelf (?:je |jouw |uw |het |de )?(?:eigen )?"
    rf"{_MATERIALS}|\b{_MATERIALS} (?:koop je|koopt u|koopt iedereen) (?:wel |dus |ook )?zelf)\b[^.!?\n€\d]{{0,80}}$")
_PAYS_OWN = re.compile(
    r"\b(?:je betaalt|betaal je|u betaalt|betaalt u|betaalt iedereen|iedereen betaalt|betalen de deelnemers|"
    r"deelnemers betalen|betaalt elke deelnemer|elke deelnemer betaalt|ieder betaalt|iedereen koopt)"
    # ("je betaalt enkel je treinticket", "je betaalt zelf de licentie", "je betaalt wel de toegang
    # tot het domein"; not "je betaalt een ticket", "je betaalt enkel de verzekering")
    r"(?: (?:wel|enkel|alleen|nog|dus|natuurlijk))*(?: zelf (?:voor )?(?:je |jouw |uw |het |de |zijn |z'n |haar |hun )?|"
    r" (?:je|jouw|uw|zijn|z'n|haar|hun) |"
    r" de (?=(?:toegang|inkom|entree)\w* (?:tot|van|in|voor) (?:het|de)\b))(?:eigen )?"
    rf"{_OWN_THING}\b|"
    rf"\b(?:de |het |je |jouw |uw )?{_OWN_THING}(?: [\w-]+){{0,4}}? (?:betaal je|betaalt u|betaalt iedereen) "
    r"(?:wel |dus |natuurlijk |nog )?zelf\b|"
    rf"\b(?:chacun|chacune|chaque participant|vous|on) (?:paie|paye|payez|payent) (?:son|sa|ses|votre|vos) "
    rf"(?:propres? )?{_OWN_THING}\b|\byou pay (?:for )?your own {_OWN_THING}\b|"
    # ("drinks at your own cost" is an optional extra: the thing must be one the trip requires)
    rf"\b{_OWN_THING}\b(?:(?! - )[^.;!?\n,]){{0,30}}?(?:\bat your own (?:cost|expense)\b|\ba (?:vos|ses|leurs) (?:propres )?"
    rf"frais\b)|\b{_OWN_THING}[^.;!?\n,]{{0,30}}?\bза (?:власний|свій|свой) (?:рахунок|сч[её]т)\b")
# a third party's licence or permit one needs, priced right after it: "je hebt een visvergunning
# nodig (€ 16)" (not "Lidgeld € 120 (inclusief verzekering en licentie)", nor "Inschrijving
# renners: € 8 (je hebt een licentie nodig)")
_LICENCE_BEFORE = re.compile(r"\b(?:\w*(?:vergunning|licentie)\w*|(?:vis|jacht)verlof|licen[cs]es?|permis|ліцензі\w*|лицензи\w*)\b"
                             r"[^.;!?\n€\d]{0,30}$")
# "het boek koop je zelf", "verf en penselen koop je zelf": a thing the activity needs, bought by
# each (not "drankjes koop je zelf onderweg", "je lunch koop je zelf": food and drink are extras)
_BOUGHT_ONESELF = re.compile(r"\b([a-z]+)(?: (?:en|of) ([a-z]+))? (?:koop je|koopt u|koop jij|koopt iedereen) "
                             r"(?:die |dat |het |deze )?zelf\b|\byou buy (?:the |your )?([a-z]+)(?: and ([a-z]+))? yourself\b")
_CONSUMED = (rf"{_DRINK}|consumpties?|frisdrank\w*|bier|wijn|eten|drinken|brood|beleg|popcorn|chips|fruit|water|pizza|"
             r"lunch\w*|middagmaal|maaltijd\w*|picknick\w*|"
             r"snacks?|hapjes?|ijsjes?|broodjes?|frietjes?|snoep\w*|versnapering\w*|wafels?|taart\w*|gebak|koek\w*|"
             r"souvenirs?|cadeau\w*|drinks?|food|meals?|die|dat|deze|de|het|je|jouw|uw|een|the|your|that|it")
# ("Niemand is verplicht om een drankje te nemen": the obligation denied)
_NEGATED_BEFORE = re.compile(r"\b(?:niet|geen|niemand|nooit|geenszins|nergens|hoeft|hoef)\b")
# "Gratis – consumptie verplicht": a purchase one cannot skip
_REQUIRED_PURCHASE = re.compile(r"\b(?:consumptie|drankje|drank)\w* (?:is |zijn )?verplicht\b|\bverplichte consumptie\w*|"
                                r"\bminimum ?consumptie\b|\bconsumptieplicht\b|\b(?:purchase|drink) (?:is )?(?:required|"
                                r"mandatory|compulsory)\b|\bconsommation obligatoire\b|"
                                # "wel verplicht één consumptie", "je bent verplicht een drankje te nemen"
                                r"\bverplicht (?:om )?(?:minstens |minimum )?(?:een|1) (?:consumptie|drankje|drank)\w*|"
                                r"\bverplicht (?:om )?(?:een |iets )(?:consumptie |drankje )?te (?:nemen|drinken|kopen|"
                                r"bestellen|consumeren)\b")
# ("Gratis toegang voor nieuwkomers" frees a group's entry: no activity named)
_ENTRY_WORD = re.compile(rf"{_TAKING_PART}|entree|admission|entry|access|acces")
_PARTICIPANTS_OF = re.compile(r"\b(?:deelnemers|deelneemsters|participants) (?:aan|van|of) (?:het |de |ons |onze |the |our )?(.+)$")
# ("Gratis muziekworkshop voor jongeren van 12 tot 18 jaar uit de OKAN-klassen": its audience too)
# ("Gratis taalles voor mensen met tijdelijke bescherming"; not "voor alleenstaande moeders en nieuwkomers":
# a second group)
_NEWCOMER_ACTIVITY = re.compile(r"(?:gratis|kosteloze?|free|gratuite?) ([a-z]{3,20}) (?:voor|for|pour) (?:de |alle |les )?"
                                r"(?:(?:jongeren|kinderen|leerlingen|meisjes|jongens|tieners|vrouwen|mannen|ouders)"
                                r"(?: van \d{1,2} tot \d{1,2}(?: jaar)?)? (?:uit|van|in)(?: de| het)? )?"
                                # ("voor (alle) volwassen anderstalige nieuwkomers": words of their own)
                                r"(?:(?!en |of |and |or )[a-z]+ ){0,2}(?:nieuwkomers|newcomers|anderstaligen|primo-arrivants|okan|"
                                r"(?:mensen |personen |gezinnen )?met tijdelijke bescherming)$")
# "De infosessie is gratis; de opleiding zelf kost € 250": at an information session, the
# price of what it informs about (a course, a procedure) is not the session's
_SESSION_TITLE = re.compile(r"\binfo(?:moment|sessie|avond|namiddag|session)s?\b|\binformatie(?:sessie|avond|moment|"
                            r"bijeenkomst)\b|\binformation (?:session|evening|meeting)\b|\bseance d'information\b|"
                            r"інформаційн\w* зустріч\w*|информационн\w* встреч\w*")
_GROUP_PURCHASE = re.compile(r"\b(?:samen|groeps)aankoop\w*|\bgroup (?:purchase|buying)\b|\bachat group\w*")
# an evening that presents or explains ("Ouderavond", "Infoavond zomerkamp"), and the verbs
# that make a fee one of its topics
_EVENING_TITLE = re.compile(_SESSION_TITLE.pattern + r"|\b(?:ouder|kennismakings)(?:avond|moment|sessie|namiddag)\w*|"
                            r"\bouderbijeenkomst\w*")
_PRESENTED = re.compile(r"\b(?:leggen|legt|leg) (?:\w+ )?uit\b|\buitleg over\b|\bstellen (?:we |wij )?[^.!?\n]{0,60}\bvoor\b|"
                        r"\bvertellen (?:we |wij )?(?:je |jullie |u )?(?:alles |meer )?over\b|\binfo(?:rmatie)? over\b")
# (the free statement about the session or its entry: not "het cursusmateriaal is gratis")
_SESSION_WORD = re.compile(r"\b(?:info\w*|sessie|session|bijeenkomst|toegang|deelname|inkom|entree|entry|admission|"
                           r"зустріч\w*|встреч\w*|вхід|вход|seance)\b")
def _about_a_session(texts, free) -> bool:
    """An information session's title and a free statement about the session or its entry."""
    return bool(free) and bool(_SESSION_TITLE.search(texts.get("title", ("", ""))[1])) and any(
        _SESSION_WORD.search(_sentence_of(texts, h)) for h in free)


_ITSELF_COSTS = re.compile(r"\b[a-z]+ (?:zelf|op zich) kost\b|\b[a-z]+ itself costs\b|\b[a-z]+ (?:elle|lui)-meme coute\b|"
                           r"\bсам[аоіе]? \w+ (?:коштує|коштують|стоит|стоят)\b|"
                           # "Het inschrijvingsgeld voor de lessen is 1,50 euro per lesuur"
                           r"\b(?:inschrijvingsgeld|lesgeld|cursusgeld|kostprijs|prijs)\b (?:voor|van) (?:de|het) "
                           r"(?:lessen|les|cursus|cursussen|opleiding|reeks|traject|procedure|aanvraag)\b")
# "je krijgt korting bij de lokale sportwinkel": a shop's discount, not a reduced rate here
_SHOP_DISCOUNT = re.compile(r"\b(?:korting|discount|reduction)\b[^.;!?\n]{0,30}?\b(?:bij|in|at|chez) (?:de |het |een |onze |the |a |"
                            r"la |le )?(?:lokale |local )?\w*(?:winkel|shop|store|zaak|magasin|boutique)\b|"
                            r"\b\w*(?:winkel|shop|store|zaak|magasin) (?:geeft|gives|offers|biedt|accorde) "
                            r"[^.;!?\n]{0,20}?(?:korting|discount|reduction)\b")
_POINTS_ELSEWHERE = re.compile(r"(?: (?:en|of) (?:de |het )?[a-z]+)?\s?[:=-]?\s?(?:zie|see|voir)\b")
_INFO_TITLE = re.compile(r"\binfo(?:moment|sessie|avond|namiddag|dag|session)?\b|\binformatie\w*")
# ("Kom te weten hoe de gratis vrijwilligersverzekering werkt": what it is about, further on)
_ABOUT_OPENING = re.compile(r"\W*[\w' ]{0,40}?\b(?:hoe|how|comment) (?:de|het|een|je|the|a|le|la|les) |"
                            r"\W*[\w' ]{0,40}?\b(?:over|about|sur) (?:de|het|the|le|la|les) |"
                            r"\W*(?:informatie|info|uitleg|information|infos?) (?:over|rond|about|on|sur) "
                            r"(?:de |het |the |la |le |les )?")
_WHICH_QUESTION = re.compile(r"\W*(?:welke?|which|what|quel(?:le)?s?|waar vind je|where (?:can you find|to find)|"
                             r"zijn er|are there|existe-t-il|y a-t-il)\b")
_WH_QUESTION = re.compile(r"\W*(?:wat|hoe|hoeveel|waar|wanneer|welke?|what|how|where|comment|combien|quand|quel\w*)\b")
# (the question's answer: "…? Vraag dan een tussenkomst aan bij het OCMW")
_ASK_HELP = re.compile(r"[^.!?\n]*\?\s*(?:dan )?(?:vraag|vraagt|contacteer|neem contact)[^.!?\n]{0,50}?"
                       r"\b(?:tussenkomst|steun|hulp|tegemoetkoming|premie|ocmw|sociale dienst)\b")
# (a lower price named in the answer: "… dan betaal je € 30", "je betaalt dan 20%")
_ANSWER_PRICE = re.compile(r"€|\beuro\b|%|\b(?:betaal|betaalt)\b|\bgratis\b|\bkorting\b|\bgoedkoper\b|\bminder\b")


def _rest_of_sentence(folded: str, at: int) -> str:
    end = _SENTENCE_END.search(folded, at)
    return folded[at:end.start() if end else len(folded)]


_NAMED_PRICE = re.compile(r"€|\beur|\d|gratis|free|kosteloos|korting|goedkoper|minder|procent|%")


def resolve(hits, record: dict[str, Any], texts: dict[str, tuple[str, str]]):
    found = {fld: amounts(folded) for fld, (_, folded) in texts.items()}
    if not hits and not any(found.values()) and not record.get("offers") and \
            record.get("is_free") not in (True, False):
        # nothing about cost at all (most listings): the answer below, without the bookkeeping
        return {"cost": "unknown", "price_min_eur": None, "uitpas": False}, []
    ev: list[dict[str, Any]] = []
    hits, corrected = _after_correction(hits, texts)
    kinds: dict[str, list] = {}
    for h in hits:
        kinds.setdefault(h.rule.kind, []).append(h)
    free = [h for h in kinds.get("free", []) if h.value == "free"]
    # "kan iedereen van 6 tot 16 jaar gratis meespelen": the age range is the audience, not a bracket
    audience = [h for h in kinds.get("conditional", []) if re.search(
        r"\b(?:iedereen|everyone|anyone) (?:van|tussen|from|aged|between) \d{1,2} $",
        texts[h.field][1][max(0, h.start - 40):h.start])]
    # "Kinderen van 6 tot 12 jaar kunnen gratis deelnemen" where no price is named at all: the
    # children are the ones taking part (a children's event), not a tariff bracket
    if not any(found.values()) and not record.get("offers"):
        # (but "Kinderen uit gezinnen met een leefloon kunnen gratis deelnemen" frees a social group)
        audience += [h for h in kinds.get("conditional", []) if h not in audience and not _SOCIAL_RE.search(
            texts[h.field][1], max(sentence_span(texts[h.field][1], h.start, h.end)[0], h.start - 40), h.end)
            and (re.match(
            r"(?:de |alle )?(?:kinderen|kids|jongeren|kinders)\b", h.match.lower()) or re.search(
            r"\b(?:kinderen|kids|jongeren)\b[^.!?\n]{0,25}$", texts[h.field][1][max(0, h.start - 30):h.start]))
            and re.match(
            r"\s(?:en zonder inschrijving )?(?:deelnemen|aansluiten|meedoen|meespelen|meelopen|"
            r"meefietsen|spelen|komen|langskomen|binnen)\b", texts[h.field][1][h.end:h.end + 40])]
    # "Gratis voor alle kinderen van 4 tot 12 jaar", "Plaine de jeux gratuite pour les enfants de 6
    # à 12 ans", "gratis voor alle kinderen en hun ouders": with no price named at all, the
    # children (with their ages or their parents) are the listing's audience
    if not any(found.values()) and not record.get("offers"):
        audience += [h for h in kinds.get("conditional", []) if h not in audience and _CHILDREN_TITLE.search(
            texts.get("title", ("", ""))[1]) and not any(re.search(r"\bbetal(?:en|end|t)\b", folded)
                                                        for _, folded in texts.values()) and re.search(
            r"(?:kinderen|kids|children|enfants)$", h.match.lower()) and (_CHILDREN_AUDIENCE_AFTER.match(
            texts[h.field][1], h.end) or re.search(r"\b(?:alle|all) ", h.match.lower()) and re.match(
            r"\s*(?:[.!\n]|$)", texts[h.field][1][h.end:])) and not re.search(
            # ("Garderie gratuite pour les enfants de 0 à 3 ans": the childcare is free)
            rf"\b(?:{_AMENITY}|garderie|creche|oppas)\s$", texts[h.field][1][max(0, h.start - 20):h.start]) and not _SOCIAL_RE.search(texts[h.field][1], h.end, h.end + 60)]
    # "Gratis stadswandeling voor nieuwkomers": an activity for newcomers names its audience,
    # not a group that goes free while others pay (as "gratis voor nieuwkomers" alone may)
    if not any(found.values()) and not record.get("offers"):
        audience += [h for h in kinds.get("conditional", []) if h not in audience and (
            m := _NEWCOMER_ACTIVITY.match(fold(h.match))) and _ACTIVITY_NOUN.fullmatch(m.group(1))
            and not _ENTRY_WORD.fullmatch(m.group(1))]
    # "Workshop keramiek … Gratis voor deelnemers van de workshop": the listing's own participants
    audience += [h for h in kinds.get("conditional", []) if h not in audience and (
        p := _PARTICIPANTS_OF.search(fold(h.match))) and any(w in texts.get("title", ("", ""))[1] for w in re.findall(r"[a-z]{4,}", p.group(1)))]
    kinds["conditional"] = [h for h in kinds.get("conditional", []) if h not in audience]
    free += audience
    # "Entrance free for under-18s, adults €10": the free statement names a group after it
    # "Ben je werkzoekend of heb je een leefloon? Dan betaal je niets.": the question names the group
    asked = [h for h in free if _GROUP_QUESTION.search(texts[h.field][1], max(0, h.start - 120), h.start)]
    # "Gezinnen met een leefloon kunnen een gratis pakket aanvragen": the group is the subject
    asked += [h for h in free if h not in asked and _group_is_subject(texts, h)]
    asked += [h for h in free if h not in asked and _BACK_REFERENCE.match(_sentence_of(texts, h))
              and _GROUP_QUESTION_BEFORE.search(texts[h.field][1], max(0, h.start - 250,
                                                                       texts[h.field][1].rfind("\n\n", 0, h.start)), h.start)]
    for_group = [h for h in free if h in asked or _GROUP_AFTER.match(texts[h.field][1], h.end)
                 or _POOR_GROUP_AFTER.match(texts[h.field][1], h.end)]
    # "Zomer met UiTPAS: gratis naar het zwembad … Vraag je gratis toegangskaarten aan": the title
    # frees for a social group; the description's other "gratis" are that same offer
    title_group = any(h.field == "title" and (h in asked or _SOCIAL_RE.search(h.match.lower())
                                              or "uitpas" in h.match.lower()
                                              or _POOR_GROUP_AFTER.match(texts[h.field][1], h.end))
                      for h in for_group + kinds.get("conditional", []))
    if title_group and any(h in asked for h in free):
        for_group += [h for h in free if h not in for_group and h.field != "title"]
    # "Zeedag voor gezinnen met een kansenpas … Gratis.": a title naming a social group as the
    # audience makes every "gratis" that group's rate
    if _SOCIAL_AUDIENCE.search(texts.get("title", ("", ""))[1]) and not any(
            re.search(r"\biedereen\b", folded) for _, folded in texts.values()):
        for_group += [h for h in free if h not in for_group]
    free = [h for h in free if h not in for_group]
    kinds.setdefault("conditional", []).extend(for_group)
    # a title "Gratis zwemmen" or "Gratis sinterklaaspakket" is the same statement as the
    # description's "houders van een kansentarief kunnen gratis zwemmen": free for that group
    for_a_group = _freed_for_a_group(kinds, texts)
    headline = [h for h in free if h.field == "title" and _word_after(texts, h) in for_a_group]
    # "Gratis energiescan voor huurders" above "Gratis voor huurders met een leefloon": the
    # description's bare "gratis voor <a group>" says whom the title's "gratis" frees
    if not any(h.field != "title" for h in free) and any(
            c.field != "title" and (_word_after(texts, c) in ("voor", "for", "pour")
                                    or re.match(r"(?:gratis|kosteloos) op vertoon\b", c.match.lower()))
            for c in kinds.get("conditional", [])):
        headline += [h for h in free if h.field == "title" and h not in headline]
    free = [h for h in free if h not in headline]
    asked += headline
    kinds["conditional"].extend(headline)
    # "als dank eet je gratis mee": a thank-you is a perk (also "Voor vrijwilligers zijn koffie,
    # soep en een broodje gratis", and the list under "Wat bieden we?")
    free = set_aside(free, ev, "cost", "a thank-you, not the price: ignored", lambda h: bool(
        _THANKS.search(_sentence_of(texts, h)) or _offered_before(texts, h)
        or re.match(r"\W*voor (?:de |onze |alle )?(?:vrijwilligers|helpers|medewerkers)\b",
                    _sentence_of(texts, h))))
    # "Er staat ook een grote pot soep klaar, gratis voor iedereen": a treat laid out, free
    free = set_aside(free, ev, "cost", "a treat laid out, not the price: ignored", lambda h: bool(re.search(
        rf"\b(?:staat|staan|ligt|liggen|er is|er zijn) (?:er )?(?:ook |altijd )?(?:een |de )?(?:[\w-]+ ){{0,3}}?"
        rf"{_OBJECT} (?:klaar|op tafel|voor iedereen)\b", _sentence_of(texts, h))))
    free = set_aside(free, ev, "cost", "a question, not a statement: ignored",
                     lambda h: _asked_not_stated(texts, h))
    # "sommige clubs laten je achteraf gratis een keer proberen": a free trial is no price
    # — unless the listing is the trial itself ("Proeftrainingen atletiek")
    trials = [] if re.search(r"proef|kennismak|open (?:training|les|dag)|startdag|opendeur",
                             texts.get("title", ("", ""))[1]) else \
        [h for h in free if _FREE_TRIAL.search(_sentence_of(texts, h))]
    free = set_aside(free, ev, "cost", "a free trial, not the price: ignored", lambda h: h in trials)
    # "Geen lidgeld het eerste jaar": a fee is due afterwards — paid, its amount unknown
    implied_fee = [h for h in trials if _MEMBERSHIP.search(_sentence_of(texts, h))]
    # "Een vroedvrouw legt uit hoe het onderzoek werkt … en waarom het gratis is": explained
    free = set_aside(free, ev, "cost", "what a session explains, not its price: ignored", lambda h: bool(
        _EXPLAINED.search(texts[h.field][1], sentence_span(texts[h.field][1], h.start, h.start)[0],
                          h.start)))
    # "Psychologische hulp voor vluchtelingen – infomoment. Informatie over gratis psychologische
    # hulp": under an information session's title, what the information is about
    if _INFO_TITLE.search(texts.get("title", ("", ""))[1]):
        free = set_aside(free, ev, "cost", "the session's subject, not its price: ignored",
                         lambda h: h.field != "title" and _ABOUT_OPENING.fullmatch(
                             texts[h.field][1], sentence_span(texts[h.field][1], h.start, h.end)[0], h.start))
    # "Infomoment: gratis en goedkoop op stap met De Lijn": free things are the session's topic
    title = texts.get("title", ("", ""))[1]
    free = set_aside(free, ev, "cost", "the session's topic, not its price: ignored", lambda h: bool(
        h.field == "title" and re.match(
            r"\W*(?:info\w*|lezing|workshop|vorming|debat|talk|lecture)\b[^:]{0,30}:", title)
        and h.start > title.find(":")))
    # "Gratis te gebruiken." frees a place or equipment the title names ("Klein skatepark in Deurne"),
    # not the lockers or the wifi a course mentions before it
    free = set_aside(free, ev, "cost", "free to use, but the title names no place or equipment: ignored",
                     lambda h: h.rule.id == "cost.free-to-use" and not _FACILITY_TITLE.search(title))
    # "Besplatno za djecu", "お子様は無料です", "무료 주차", "ทดลองเรียนฟรี", "nuk është falas": the free words
    # of Bosnian, Albanian, Japanese, Korean, Thai, Chinese and Vietnamese with a group, a perk, a trial
    # or a denial in their clause (their lookbehinds catch only what stands right before them)
    free = set_aside(free, ev, "cost", "free for a group, a perk, a trial or denied: ignored",
                     lambda h: bool(_SCRIPT_FREE.fullmatch(fold(h.match))) and _not_all_free(
                         _short_clause(texts[h.field][1], h.start, h.end)))
    # "Gratis met je museumticket": included in an admission one pays, at a price not given here
    free = set_aside(free, ev, "cost", "included in a paid admission: ignored",
                     lambda h: bool(_WITH_PAID_ADMISSION.match(texts[h.field][1], h.end)))
    # "win een jaar gratis les", "maak kans op gratis tickets": a prize, not the price
    free = set_aside(free, ev, "cost", "a prize, not the price: ignored", lambda h: _a_prize(texts, h))
    # "waarschijnlijk gratis, nog te bevestigen": a hedged "free" is not a statement
    free = set_aside(free, ev, "cost", "hedged, not stated: ignored",
                     lambda h: bool(HEDGE.search(_sentence_of(texts, h))))
    # "waar je gratis kranten leest": "gratis" before a noun frees that thing; only an
    # activity noun ("gratis workshop") or what the title is about frees the listing
    free = set_aside(free, ev, "cost", "free thing, not the activity: ignored",
                     lambda h: _frees_a_thing(texts, h) or _bracketed_for_a_thing(texts, h)
                     or _lent_for_free(texts, h) or _thing_label(texts, h))
    # "Soep op de stoep: we delen gratis soep uit": the free thing is what the listing is about
    for h in kinds.get("object", []):
        if h.rule.id == "cost.free-gear" and _NOT_GEAR_BEFORE.search(texts[h.field][1], 0, h.start):
            free.append(h)             # "The class is available for free": the activity itself
            ev.append(evidence("cost", "free: what is available is the activity or its entry", h))
            continue
        # ("Springkastelendag … Alle springkastelen zijn gratis": the attraction is the listing)
        # ("Buurtlunch … Je lunch is gratis": one's meal is the listing too)
        # ("Health talk: … blood pressure — Free blood pressure check": the check, not the topic)
        noun = re.match(r"free (?:[a-z]+ ){1,2}(checks?|check-ups?|tests?|screenings?)\b", h.match.lower()) or \
            re.match(r"(?:gratis|free|gratuite?s?) ([a-z]{3,})\b", h.match.lower()) or \
            re.match(rf"({_EN_FOOD})\b(?= (?:and [a-z]+ )?(?:will be|is|are)\b)", h.match.lower()) or \
            re.match(rf"({_ATTRACTION}) (?:is|zijn)\b", h.match.lower()) or \
            re.match(r"(?:je|jouw|uw|your) ([a-z]{3,}) (?:is|zijn|are)\b", h.match.lower()) or \
            re.match(rf"({_ROMANCE_PERK})\b", h.match.lower()) or \
            re.match(rf"({_FOOD})\b", h.match.lower()) or \
            re.match(r"(?:er is|er zijn|is er|zijn er) (?:[\w-]+ ){0,4}?([a-z]{3,})\b", h.match.lower())
        # (that last: the first longer word after "er is", the food when nothing comes before it)
        if noun and _thing_is_the_activity(noun.group(1), h.match.lower(), title):
            if noun.group(1) in for_a_group:
                asked.append(h)
                kinds.setdefault("conditional", []).append(h)
                continue
            free.append(h)
            ev.append(evidence("cost", "free: the free thing is the activity", h))
    # "Enkel voor leden; deelname gratis", "Gratis boekentas … enkel op vertoon van je kansenpas"
    # (but "Toeschouwers gratis welkom": the public goes free too)
    only_for = {fld: [m.span() for m in _ONLY_FOR.finditer(folded)]
                for fld, (_, folded) in texts.items() if fld != "price_text"}
    if any(only_for.values()) and not any(_PUBLIC_FREE.search(folded) for _, folded in texts.values()):
        # the condition must stand beside the free statement (not "De vergaderzaal boven is alleen
        # voor leden" under a free exhibition); a title's "Gratis X" is the description's statement
        near = [h for h in free if h.field != "title" and _beside(texts[h.field][1], h, only_for.get(h.field, []))]
        if near or not any(h.field != "title" for h in free) and only_for.get("description"):
            near += [h for h in free if h.field == "title"]
        for h in near:
            ev.append(evidence("cost", "free only for members or a card's holders", h))
        kinds.setdefault("conditional", []).extend(near)
        free = [h for h in free if h not in near]
    vacancy = is_vacancy_title(title, VOLUNTEER_OR_ROLE_TITLE) or bool(ROLE_TITLE.match(title)) or \
        recruits_in_description(texts.get("description", ("", ""))[1])
    if vacancy:
        # a volunteer vacancy: volunteers do not pay, so "voor ons gratis festival zoeken we
        # helpers" describes the event and "als dank eet je gratis mee" is a perk
        # — an explicit "je betaalt niets" still states the volunteer's cost, but "visitors pay
        # nothing" speaks of the public the volunteers serve
        # ("Deelnemen kost niets" speaks of taking part, as the volunteer does)
        described = [h for h in free if not re.match(
            r"(?:deelnemen|deelname|meedoen|meedoe|participation|taking part|joining)\b",
            h.match.lower()) and (h.rule.id != "cost.free-nil" or re.search(
            r"\b(?:bezoekers|visitors|klanten|customers|bewoners|residents|mensen|people|"
            r"neighbours|buren|deelnemers|participants|gasten|guests)\b[\w' ]{0,12}$",
            texts[h.field][1][max(0, h.start - 30):h.start]))]
        for h in described:
            ev.append(evidence("cost", "describes the event volunteers serve: ignored", h))
        free = [h for h in free if h not in described]
        task_fees = [h for h in kinds.get("fee", []) if not _MEMBERSHIP.search(h.match.lower())]
        for h in task_fees:
            ev.append(evidence("cost", "a volunteer's task, not a price: ignored", h))
        kinds["fee"] = [h for h in kinds.get("fee", []) if h not in task_fees]
    if _GROUP_PURCHASE.search(title) and not _EVENING_TITLE.search(title) and not any(
            _EVENING_TITLE.search(folded) or re.search(r"\bworkshop\w*", folded) for _, folded in texts.values()):
        # "Samenaankoop zonnepanelen … Inschrijven is gratis en vrijblijvend": signing up for
        # a group purchase is free, what one buys through it is not (an information evening
        # about it, or help with it, is the listing and may well be free)
        free = set_aside(free, ev, "cost", "signing up for a group purchase: not the price", lambda h: bool(
            re.search(r"\b(?:inschrijv\w*|inschrijving|aanmeld\w*|registration|sign-?up)\b",
                      _sentence_of(texts, h))))
    not_free = [h for h in kinds.get("free", []) if h.value == "not-free"]
    # "De infosessie is gratis. (De cursussen zelf zijn niet gratis.)": what the session is about
    if _about_a_session(texts, free):
        # (not a second activity the title names: "Infosessie en proefles … De proefles zelf is niet gratis")
        not_free = set_aside(not_free, ev, "cost", "what the session is about, not free: ignored", lambda h: bool(
            (z := re.search(r"\b([a-z]+) (?:zelf|op zich|itself|themselves|eux-memes|elles-memes)\b", _sentence_of(texts, h)))
            and not re.search(rf"(?:\ben|&|\+) (?:\w+ )?{re.escape(z.group(1))}", texts.get("title", ("", ""))[1])))
    # "na de donatie een drankje serveren" at a blood drive: no pay-what-you-want
    pwyw = [h for h in kinds.get("pwyw", []) if not re.search(
        r"\b(?:bloed\w*|plasma|donoren|donor|organen)\b", _sentence_of(texts, h))]
    # "Herstellen is gratis. Koffie en taart voor een vrije bijdrage.": a treat's contribution
    # beside a free activity (the treat opens the sentence)
    if free:
        treats = [h for h in pwyw if _TREAT_OPENING.match(_sentence_of(texts, h))]
        for h in treats:
            ev.append(evidence("cost", "a treat's free-will contribution beside a free activity: ignored", h))
        pwyw = [h for h in pwyw if h not in treats]
    conditional = kinds.get("conditional", [])
    # ("Broertjes en zusjes: 10 % korting": a sibling tier, not a social rate — the convention)
    reduced = [h for h in kinds.get("reduced", []) if not _members_only(texts, h)
               and not _about_other_days(_sentence_of(texts, h), free)
               and not _SHOP_DISCOUNT.search(_sentence_of(texts, h))
               and not re.search(r"\b(?:broers|zussen|broertjes|zusjes|tweede kind|gezinskorting)\b[^,;|\n–().!?-]{0,25}$",
                                 texts[h.field][1][max(0, h.start - 40):h.start])]
    # "Gratis voor mensen met een leefloon of een UiTPAS met kansentarief": the rate word names
    # the group that goes free, not a second rate
    reduced = [h for h in reduced if not any(
        c.field == h.field and c.start <= h.start <= c.end + 60 and _SOCIAL_RE.search(c.match.lower())
        and not re.search(r"[.;!?\n]", texts[h.field][1][c.start:h.start]) for c in kinds.get("conditional", []))]
    # "… enkel op vertoon van je kansenpas": the card names who goes free, not a second rate
    reduced = [h for h in reduced if not any(lo <= h.start < hi for lo, hi in only_for.get(h.field, []))]
    # "Op andere dagen betaal je het gewone ticket": fee words about another day
    kinds["fee"] = [h for h in kinds.get("fee", []) if not _about_other_days(_sentence_of(texts, h), free)]
    # "We helpen ook met je UiTPAS en het kansentarief": a service about rates, no rate named
    # "Wat is UiTPAS en hoe krijg je er een met kansentarief?": a question about rates is a topic
    about = [h for h in reduced if (_HELP_WITH.search(_sentence_of(texts, h)) or _WH_QUESTION.match(
        _sentence_of(texts, h)) and re.match(r"[^.!?\n]*\?", texts[h.field][1][h.end:]))
             and not _NAMED_PRICE.search(_sentence_of(texts, h))]
    # "Heb je een verhoogde tegemoetkoming? Vraag dan een tussenkomst aan bij het OCMW": help to ask for
    # (a status, not a rate named: "Kansentarief? Vraag dan hulp" still names one; nor an answer naming a price)
    about += [h for h in reduced if h not in about and (m := _ASK_HELP.match(texts[h.field][1], h.end))
              and re.fullmatch(r"verhoogde tegemoetkoming|leefloon|omnio|bim|statut bim|kansenpas", fold(h.match))
              and not _NAMED_PRICE.search(_sentence_of(texts, h))
              and not _ANSWER_PRICE.search(m.group() + _rest_of_sentence(texts[h.field][1], m.end()))]
    for h in about:
        ev.append(evidence("cost", "help with or a question about reduced rates, no rate named: ignored", h))
    reduced = [h for h in reduced if h not in about]
    # "Wat krijg je? … 20 % korting op je aankopen": a volunteer's perk, not a rate of the listing
    # ("Wat krijg je? Een verzekering en 20 % korting": the question may end the sentence before)
    perk_discount = [h for h in reduced if vacancy and re.search(
        rf"\b(?:{_YOU_GET}|we bieden|wij bieden)\b", texts[h.field][1][max(0, h.start - 80):h.end])]
    for h in perk_discount:
        ev.append(evidence("cost", "a discount a volunteer gets: ignored", h))
    reduced = [h for h in reduced if h not in perk_discount]
    # "een vrije bijdrage als dat moeilijk is": hardship as a condition of a price
    reduced += [h for h in kinds.get("hardship", []) if _MONEY.search(_sentence_of(texts, h))]
    # "gratis voor wie een leefloon ontvangt": free for a social group is a social rate (when
    # others pay; see below)
    # "gratuit pour les personnes avec le statut BIM": the group may follow the match
    # ("gratis voor UiTPAS-houders; anderen betalen € 3": the pass's holders' rate)
    # ("Volwassenen € 14, gratis voor -26": a -26 rate is reduced, the convention)
    social_free = [h for h in conditional if _SOCIAL_RE.search(h.match.lower()) or "uitpas" in h.match.lower() or re.search(
        r"(?:-|onder |jonger dan |under )2[5-9]\b|\b(?:studenten|students?|etudiants?)\b|студент",
        h.match.lower()) or (
        re.search(r"vrijgesteld|vrijstelling|exempt|exoneration", h.match.lower())
        and _SOCIAL_RE.search(_sentence_of(texts, h))) or (
        re.search(r"\b(?:met|with|avec|die|who|qui)$", h.match.lower())
        and _SOCIAL_RE.search(texts[h.field][1][h.start:h.end + 60])) or h in asked
        # "Gratis voor kinderen uit gezinnen met een leefloon": the clause goes on to name the group
        # (right after it, not a place: "Gratis voor kinderen onder 12 jaar in het Sociaal Huis", nor a
        # second group: "(ook voor kinderen van nieuwkomers)", "en hun begeleiders uit het OCMW-project")
        or (a := re.match(r"\s(?:(?:(?:tot|onder|van|t/m) )?\d{1,2}(?: (?:tot|-) \d{1,2})? jaar\s|jaar\s)?\(?"
                          r"(?:uit|van|met|die|from|with|whose|en|of|and|or)\b",
                          texts[h.field][1][h.end:h.end + 30])) and any(
            not re.search(r"\b(?:in|naast|bij|aan|achter|voor) (?:het|de) $", c.string[max(0, c.start() - 12):c.start()])
            for c in _SOCIAL_RE.finditer(re.split(r"[.;!?\n,()]", texts[h.field][1][h.end + a.end():h.end + 70])[0]))
        or (g := _TARGET_GROUP_RE.search(fold(h.match))) and not _TOWN_OR_CHILDREN.search(g.group())]
    fees = kinds.get("fee", []) + implied_fee
    # "Het inschrijvingsgeld voor de lessen is 1,50 euro per lesuur. De infosessie is gratis": the
    # fee word of what the session is about
    if _about_a_session(texts, free):
        fees = set_aside(fees, ev, "cost", "the price of what the session is about: ignored",
                         lambda h: bool(_ITSELF_COSTS.search(_sentence_of(texts, h))))
    # "Gratis. De materiaalkost betalen wij", "een bijdrage voor het materiaal is welkom", "Wil je
    # extra stof, dan betaal je enkel de materiaalkost", "Infoavond over … de materiaalkost van een
    # installatie": borne by others, optional or a topic, not due
    fees = set_aside(fees, ev, "cost", "a material cost that is not due: ignored", lambda h: (
        h.rule.id == "cost.material-fee" and bool(_MATERIAL_NOT_DUE.search(_sentence_of(texts, h)))))
    # "Zondagsmarkt … Betalen kan cash of met de kaart": at a market one pays for the goods
    if _MARKET_TITLE.search(title):
        fees = set_aside(fees, ev, "cost", "how to pay for a market's goods: ignored",
                         lambda h: h.rule.id == "cost.payment-method"
                         and not _PAYS_ENTRY.search(_sentence_of(texts, h)))
    # "Gratis voor alle deelnemers: de vzw betaalt de tickets": what the organiser pays
    fees = set_aside(fees, ev, "cost", "paid by the organiser: ignored", lambda h: any(
        f.rule.id == "cost.free-sponsor" and _same_segment(texts, h, f) for f in free))
    # "Hoe betaal je veilig met je smartphone?": a question about paying is a topic; "onderdelen
    # aan kostprijs": goods sold at cost
    # ("Kostprijs? Spreek ons aan": a label asked, not a price stated)
    topic_fees = [h for h in fees if texts[h.field][1][h.end:h.end + 2].lstrip().startswith("?")
                  and h.rule.id == "cost.fee" and re.fullmatch(r"kostprijs|prijs|lidgeld|ticket(?:prijs)?|"
                                                               r"deelnameprijs|inkomprijs", h.match.lower())]
    topic_fees += [h for h in fees if h not in topic_fees and re.match(r"\W*(?:hoe|how|comment|waarmee|wanneer|is there|is er|"
                                             r"moet ik|do i|does it)\b",
                                             _sentence_of(texts, h))
                  # "Infosessie: hoe schrijf je in, wat kost het, welk tarief betaal je?"
                  or re.search(r"[:;]\s*(?:hoe|wat|welk|welke|wanneer|waar)\b[^.!?\n]*$",
                               texts[h.field][1][:h.start]) and
                  re.match(r"[^.!\n]{0,40}\?", texts[h.field][1][h.end:])
                  or re.search(r"\b(?:aan|tegen) $", texts[h.field][1][max(0, h.start - 6):h.start])
                  # "Welke rekeningen betaal je eerst?": paying as a workshop's topic
                  or h.rule.id == "cost.fee" and _WH_QUESTION.match(_sentence_of(texts, h))
                  and re.match(r"[^.!?\n]*\?", texts[h.field][1][h.end:])]
    # "Ouderavond: we stellen het werkjaar voor: de leiding, het kamp en het lidgeld", "Kost het
    # lidgeld een probleem? Vraag een regeling": the fee is a topic or a worry, not stated
    topic_fees += [h for h in fees if h not in topic_fees and h.rule.id == "cost.fee" and _MEMBERSHIP.fullmatch(
        h.match.lower()) and (_PRESENTED.search(_sentence_of(texts, h)) and _EVENING_TITLE.search(title)
                              or re.match(r"\W*(?:kost|is|vormt|zijn)\b[^.!?\n]*\b(?:probleem|te duur|te veel|"
                                          r"moeilijk)\b", _sentence_of(texts, h))
                              and re.match(r"[^.!?\n]*\?", texts[h.field][1][h.end:]))]
    for h in topic_fees:
        ev.append(evidence("cost", "a question about paying or goods at cost: ignored", h))
    fees = [h for h in fees if h not in topic_fees]
    # "win gratis cinematickets": the tickets are the prize
    fees = set_aside(fees, ev, "cost", "a prize, not the price: ignored", lambda h: bool(
        _PRIZE_THING.fullmatch(fold(h.match))) and _a_prize(texts, h))
    # "Tickets zijn gratis, maar reserveer ze wel": the fee word is what the free statement frees
    # ("Gratis lidmaatschap!": stated free before it)
    freed = [h for h in fees if _FREED_AFTER.match(texts[h.field][1], h.end) or re.search(
        r"\b(?:gratis|kosteloos|kosteloze|free)\s$", texts[h.field][1][max(0, h.start - 10):h.start])]
    for h in freed:
        ev.append(evidence("cost", "a fee word stated free: ignored", h))
    fees = [h for h in fees if h not in freed]
    # "Kostprijs: gratis voor werkzoekenden": the label introduces the group's free rate
    labels = [h for h in fees if any(c.field == h.field and 0 <= c.start - h.end <= 3
                                     for c in conditional)]
    # "Kostprijs: je betaalt niets", "Kostprijs: je betaalt enkel je eigen drankje": a label
    # introduces the statement after it (an amount after it prices by itself)
    labels += [h for h in fees if h not in labels and re.fullmatch(
        r"kostprijs|prijs|deelnameprijs|inkomprijs|kosten", h.match.lower()) and re.match(
        r"\s?[:=-]\s?(?:je|u|jij|we|wij|de|het)\b(?![^.;\n]{0,40}(?:€|\d|euro))", texts[h.field][1][h.end:h.end + 60])]
    # "Inschrijvingsgeld: zie website", "Kostprijs: zie retributiereglement op www.bornem.be",
    # "Lidgeld en verzekering: zie onze tarievenlijst": the price is elsewhere — unknown here (the
    # convention; not "Lidgeld: vraag het aan het bestuur", a price on request)
    labels += [h for h in fees if h not in labels and _POINTS_ELSEWHERE.match(texts[h.field][1], h.end, h.end + 80)]
    fees = [h for h in fees if h not in labels]
    extra_fees = [h for h in fees if _fee_for_extra(texts, h)]
    # "Je betaalt zelf je treinticket": a required own expense is no optional extra; beside a
    # free statement the listing is then neither free nor priced (a wrong "free" is the worst
    # error: the newcomer finds out at the station)
    own_travel = [h for h in extra_fees if _own_travel_near(texts, h)]
    # "je zorgt wel zelf voor vervoer tot in Muizen": the same without a fee word
    arranges_travel = any(_ARRANGE_TRAVEL.search(folded) for _, folded in texts.values())
    for h in extra_fees:
        ev.append(evidence("cost", "a required own travel expense: not free" if h in own_travel
                           else "what an extra costs: ignored", h))
    fees = [h for h in fees if h not in extra_fees]
    # "Inkom gratis", "de hulp zelf is kosteloos": the participation itself is free, so what
    # other sentences price without naming entry (a pony ride, ice cream, spare parts) is extra
    scoped = [h for h in free if _scoped_free(texts, h)]
    # a free start day or open day beside the yearly fee for those who join afterwards — but
    # not a free *trial* ("drie keer gratis meespelen, daarna lidgeld"): that prices the club
    # an open day lets everyone try for free; a trial lesson of a club is not the price
    open_day = re.search(r"open (?:training|dag|deur|repetitie|speel|les|namiddag|avond)\w*|startdag|opendeur\w*|"
                         r"kennismakingsdag", texts.get("title", ("", ""))[1]) or re.search(
        r"\b(?:tijdens|op) (?:de|onze) (?:opendeurdag|open deur\w*|open dag|startdag)\b|"
        r"\b(?:houdt|organiseert) (?:een|haar|zijn|onze) open (?:dag|speel|repetitie|training|les)\w*",
        texts.get("description", ("", ""))[1])
    free_event = [h for h in free if open_day or not _TRIAL.search(_sentence_of(texts, h))]
    if free_event:
        # (not "Lidmaatschap €10 per jaar, daarna is ontlenen gratis": the fee comes first)
        later = [h for h in fees if (_LATER.search(_sentence_and_before(texts[h.field][1], h.start, h.end))
                                     or open_day and (_NEW_MEMBERS.search(_sentence_of(texts, h))
                                                      or _JOIN_AFTER.search(_sentence_of(texts, h))))
                 and not re.match(r"[^.!?\n]{0,40}\b(?:daarna|nadien)\b[^.!?\n]{0,30}\b(?:gratis|kosteloos)\b",
                                  texts[h.field][1][h.end:])]
        for h in later:
            ev.append(evidence("cost", "price for joining later: ignored", h))
        fees = [h for h in fees if h not in later]
    if scoped:
        kept = [h for h in fees if not _extra_sentence(texts, h.field, h.start, h.end, scoped)]
        for h in fees:
            if h not in kept:
                # ("je betaalt zelf je treinticket (met een Railpass …)": own travel all the same)
                travel = _own_travel_near(texts, h)
                if travel:
                    own_travel.append(h)
                ev.append(evidence("cost", "a required own travel expense: not free" if travel
                                   else "price of an extra beside a free entry: ignored", h))
        fees = kept
    # "Alles is gratis, een vrije bijdrage mag": an optional gift beside a plain "free"
    if free and pwyw and all(_OPTIONAL.search(_sentence_of(texts, h)) for h in pwyw):
        for h in pwyw:
            ev.append(evidence("cost", "optional gift beside a free statement: ignored", h))
        pwyw = []
    uitpas_hits = kinds.get("uitpas", [])
    vendor = kinds.get("vendor", [])
    if vendor:       # a fee for stallholders says nothing about what visitors pay
        fees = [h for h in fees if not any(_same_segment(texts, h, v) for v in vendor)]
        # "een standje kost niets": free for sellers, not for visitors
        free = [h for h in free if not any(_same_clause(texts, h, v) for v in vendor)]
        for v in vendor:
            ev.append(evidence("cost", "stallholder fee: ignored", v))

    # structured data first
    struct_free = struct_paid = False
    offer_prices: list[float] = []
    offer_reduced = False
    child_offer_prices: list[tuple[str, float]] = []
    if record.get("is_free") is True:
        struct_free = True
        ev.append(evidence("cost", "free", field="is_free", match="true",
                           rule="cost.struct.is-accessible-for-free"))
    elif record.get("is_free") is False:
        struct_paid = True
        ev.append(evidence("cost", "paid", field="is_free", match="false",
                           rule="cost.struct.is-accessible-for-free"))
    # "Toegang: 0" beside "Barbecue: 12": the meal is an extra one may skip (not at an "Eetfestijn")
    # (a plain entry at 0, not a group's tier: "Inkom -12: 0", "Deelname leden: 0")
    free_entry_offer = not _MEAL_EVENT.search(title) and any(
        isinstance(o, dict) and str(o.get("price")) in ("0", "0.0", "0,0", "0.00") and
        re.fullmatch(r"\W*(?:toegang|inkom|entree|deelname|admission|entry)(?: gratis)?\W*", fold(str(o.get("name") or "")))
        for o in record.get("offers") or [])
    for offer in record.get("offers") or []:
        if not isinstance(offer, dict):
            continue
        name = str(offer.get("name") or "")
        # (never an entry that includes the extra: "Inkom inclusief consumptie", "Toegang + koffie")
        if free_entry_offer and _EXTRA_AMOUNT.search(fold(name)) and not re.search(
                r"\b(?:toegang|inkom|entree|deelname|ticket\w*|incl\w*|inbegrepen|met|admission|entry|workshop)\b|\+",
                fold(name)):
            ev.append(evidence("cost", "an optional extra beside a free entry: not the participation price",
                               field="offers", match=f"{name}: {offer.get('price')}", rule="cost.struct.offer-optional"))
            continue
        try:
            price = float(str(offer.get("price")).replace(",", "."))
        except (TypeError, ValueError):
            continue
        if not math.isfinite(price) or price < 0:      # "inf", "nan", "-5": no price
            continue
        lname = name.lower()
        reduced_offer = r"kansen|uitpas|reduc|korting|sociaal|verminderd|student|senior|65\+|" \
            r"-2[5-9]|werkzoek|jobseek|etudiant|concession|paspartoe|arti(?:kel|cle) ?27|omnio|\bbim\b|" \
            r"verhoogde tegemoetkoming|leefloon|ocmw|cpas|vrijetijdspas"
        if re.search(r"(?<!niet-)(?<!non-)(?<!niet )\b(?:leden|lid|members?|membres?|abonnees)\b",
                     lname):
            continue                   # a members' offer is a tier, not the regular price
        if re.search(r"\b(?:optioneel|optionele|facultatief|optional|en option|facultati[fv]e?)\b", lname) and not re.search(
                r"\b(?:toegang|ticket|inkom|entree|deelname|inschrijving|admission|entry|incl|inclusief|met)\b", lname):
            # "Versierpakket (optioneel): 8" beside a free workshop: an extra one may buy
            ev.append(evidence("cost", "an optional offer: not the participation price", field="offers",
                               match=f"{name}: {price}", rule="cost.struct.offer-optional"))
            continue
        if re.search(r"\bbegeleid|\bcompanion|\baccompagn|\bchaperon", lname):
            # "Begeleidende volwassene: 0" beside "Kind: 3": the one who comes along is not
            # the participant (v185-117)
            ev.append(evidence("cost", "a companion's price: not the participant's", field="offers",
                               match=f"{name}: {price}", rule="cost.struct.offer-companion"))
            continue
        # ("Workshop (duo kind + volwassene)": a duo with an adult is the regular price)
        if re.search(reduced_offer + r"|kind|child|jonger", lname) and not (
                re.search(r"volwassen|adult|\bduo\b", lname) and not re.search(reduced_offer, lname)):
            if re.search(reduced_offer, lname):
                offer_reduced = True
                ev.append(evidence("cost", "reduced", field="offers", match=f"{name}: {price}",
                                   rule="cost.struct.offer-reduced"))
            elif price > 0 and not re.search(r"\b(?:tweede|derde|volgend\w*|ander\w*|extra) kind|"
                                             r"\b(?:broer|zus)|\bsibling|\bsecond child", lname):
                # (not "Tweede kind: 100": a sibling's rate beside the first child's)
                child_offer_prices.append((name, price))
            continue
        offer_prices.append(price)
        ev.append(evidence("price_min_eur", price, field="offers", match=f"{name}: {price}",
                           rule="cost.struct.offer"))
    if not offer_prices and not offer_reduced and child_offer_prices:
        # only the children's place is priced: a children's activity priced per child
        for name, price in child_offer_prices:
            offer_prices.append(price)
            ev.append(evidence("price_min_eur", price, field="offers", match=f"{name}: {price}",
                               rule="cost.struct.offer-child"))
    if offer_prices and max(offer_prices) == 0 and not struct_paid:
        struct_free = True
    elif any(p > 0 for p in offer_prices):
        struct_paid = True

    # "Eetfestijn": the meal is the activity, so its menu prices are the participation price
    meal_event = bool(_MEAL_EVENT.search(title))
    # (a side contest is an extra unless the free statement is another session's: "De infoavond is
    # gratis. Wie deelneemt aan de reis betaalt € 650")
    other_session_free = any(_OTHER_SESSION_FREE.search(_sentence_of(texts, h)) for h in free)
    # amounts in the text
    required_expense: list = []
    adult, child, reduced_amounts, pwyw_amounts, extras, cards, group_totals = ([] for _ in
                                                                                  range(7))
    for fld, (original, folded) in texts.items():
        if fld not in ("price_text", "description", "title", "schedule"):
            continue
        for value, cls, s, e, extra in found[fld]:
            if value == 0 or s < corrected.get(fld, 0):
                continue
            if cls == "discount":
                ev.append(evidence("cost", "a sibling discount: ignored", field=fld, match=original[s:e],
                                   rule="cost.amount.discount"))
                continue
            span = sentence_span(folded, s, e)
            sentence = folded[span[0]:span[1]]
            own_instead = bool(free) and _own_instead(folded, s, e)
            if _ITSELF_COSTS.search(sentence) and _about_a_session(texts, free):
                ev.append(evidence("cost", "the price of what the session is about: ignored", field=fld,
                                   match=original[s:e], rule="cost.amount.subject"))
                continue
            if _about_other_days(sentence, free) or _OTHER_DAYS.search(
                    folded, max(0, s - 30), s):
                # "gratis (op andere dagen € 5 toegang)": another day's price, not this listing's
                ev.append(evidence("cost", "price on other days: ignored", field=fld,
                                   match=original[s:e], rule="cost.amount.other-days"))
                continue
            if cls == "reduced" and _members_sentence(sentence):
                cls = "child"                  # a members' rate: a tier, not a social rate
            if cls in ("object", "vendor") and free and _PAYS_MATERIAL.search(sentence):
                # "Deelname gratis, je betaalt enkel de klei die je gebruikt (€ 3 per kilo)": sold by
                # the kilo or the metre, but a material the activity uses up: due, not a purchase
                # one may skip
                cls = "general"
            if vacancy and fld != "price_text" and cls in ("general", "adult") and not _MEMBERSHIP.search(
                    sentence):
                # "we verkopen de fietsen vanaf 40 euro": in a vacancy's text an amount prices
                # what the volunteers handle, not what they pay (the price field still counts)
                ev.append(evidence("cost", "a price in a volunteer vacancy: ignored", field=fld,
                                   match=original[s:e], rule="cost.amount.vacancy"))
                continue
            if scoped and cls != "reduced" and not meal_event and not _for_the_others(folded, s) and (
                    _extra_line(folded, s) if fld == "price_text"
                    else _extra_sentence(texts, fld, s, e, scoped)):
                # the price field states the listing's price unless its line names an extra
                # ("Middagmaal (optioneel): €12")
                extra = True
            if free_event and (cls != "reduced" or open_day) and (_LATER.search(_sentence_and_before(folded, s, e)) or open_day and (
                    # "Open training … Gratis. Nieuwe leden welkom (lidgeld € 180 per jaar)", "de lidgelden
                    # (vanaf € 140 per jaar) vind je op onze website": what joining costs afterwards
                    _MEMBERSHIP.search(sentence) or re.search(r"\blidgelden\b", sentence)
                    or _NEW_MEMBERS.search(sentence) or _JOIN_AFTER.search(sentence))):
                if cls == "reduced":
                    # "De opendeurdag is gratis. Wie zich daarna inschrijft betaalt € 150; verminderd
                    # tarief € 50": the reduced rate of joining afterwards, not of the open day
                    ev.append(evidence("cost", "a reduced rate of joining afterwards: ignored", field=fld,
                                       match=original[s:e], rule="cost.amount.later"))
                    continue
                extra = True                   # "wie daarna aansluit betaalt 220 euro"
            if free and cls != "reduced" and (_OWN_OPTION.search(sentence) or own_instead or (
                    _side_entry(sentence, title) and not other_session_free)):
                extra = True                   # "wie een eigen perceeltje wil, betaalt 15 euro"
            if free and cls != "reduced" and not meal_event and _MEAL_EVENT.search(sentence) \
                    and not re.search(r"\bverplicht", sentence):
                # "De volksspelen zijn gratis. Spaghettiavond om 18u: 12 euro", "mosselfeest (22 euro)":
                # a meal beside a free event is an extra one may skip (not at a meal listing, whose
                # meal is the activity, nor when the text makes it compulsory)
                extra = True
            if extra and _STILL_PAID.search(sentence) and any(
                    h.field == fld and sentence_span(folded, h.start, h.end) == span
                    for h in free):
                extra = False                  # "Geen inschrijvingsgeld, maar wel materiaalkost van 10 euro"
            if extra and free and _material_fee(folded, s, e) and not own_instead:
                # "Stoffen en garen: € 3 per keer. Deelname gratis.", "Deelname gratis, klei en
                # bakken kosten € 8", "we vragen wel € 3 voor de ingrediënten"
                extra = False
            if _OWN_MATERIALS_BEFORE.search(folded, span[0], s):
                # "je koopt zelf je verf (reken op € 25)": bought elsewhere, never this listing's
                # price; beside a free statement a required own expense
                if free:
                    required_expense.append((fld, *span))
                ev.append(evidence("cost", "a required own expense: not free" if free else
                                   "own materials bought elsewhere: ignored", field=fld, match=original[s:e],
                                   rule="cost.amount.required" if free else "cost.amount.own-materials"))
                continue
            if cls not in ("reduced", "vendor") and free and (
                    extra and _REQUIRED_THING.search(sentence) or _TRAVEL_PRICED.search(folded, max(0, s - 100), s)
                    # ("Met de bus naar Aken (€ 35 per persoon, busreis en gids inbegrepen)": the trip's price)
                    and not re.search(r"\b(?:per persoon|p\.p|inschrijving)\b|" + _INCLUDED.pattern, _brackets_around(folded, s, e))
                    or _PAYS_OWN.search(sentence)
                    or _LICENCE_BEFORE.search(folded, max(0, s - 45), s) and re.search(_NEEDED, sentence)) and not any(
                    pattern.search(sentence) for c, pattern in _QUALIFIERS if c == "vendor"):
                # "Je hebt een visvergunning nodig (€16 per jaar)": a required expense beside a
                # free statement — neither free nor this listing's price (like own travel)
                required_expense.append((fld, *span))
                ev.append(evidence("cost", "a required own expense: not free", field=fld,
                                   match=original[s:e], rule="cost.amount.required"))
                continue
            if extra and cls != "reduced":     # kept aside: ignored only beside a free entry
                extras.append((value, cls, fld, original[s:e]))
                continue
            if cls in ("vendor", "object", "pwyw", "past"):
                what = {"vendor": "stallholder fee", "object": "price of a drink or extra",
                        "pwyw": "suggested contribution", "past": "an earlier price"}[cls]
                ev.append(evidence("cost", f"{what}: ignored", field=fld,
                                   match=original[s:e], rule=f"cost.amount.{cls}"))
                if cls == "pwyw":
                    pwyw_amounts.append(value)
                continue
            if cls == "group":               # "€ 80 per groep": paid, but no price per person
                group_totals.append(value)
                ev.append(evidence("cost", "paid", field=fld, match=original[s:e],
                                   rule="cost.amount.group"))
                continue
            bucket = {"reduced": reduced_amounts, "child": child, "card": cards}.get(cls, adult)
            bucket.append(value)
            ev.append(evidence("price_min_eur" if cls in ("adult", "general") else "cost",
                               value if cls in ("adult", "general") else "paid",
                               field=fld, match=original[s:e], rule=f"cost.amount.{cls}"))
    free_signal = bool(free or struct_free)
    if free:
        for fld, lo, hi in _required_paid_oneself(texts):
            required_expense.append((fld, lo, hi))
            ev.append(evidence("cost", "a required own expense: not free", field=fld,
                               match=texts[fld][0][lo:hi].strip()[:200], rule="cost.required-oneself"))
    if extras and not (free_signal and not (adult or child or struct_paid or fees or not_free
                                            or pwyw or pwyw_amounts)):
        # no free entry to set them against: an extra's price is read like any other
        for value, cls, fld, match in extras:
            if cls == "object":
                ev.append(evidence("cost", "price of a drink or extra: ignored", field=fld,
                                   match=match, rule="cost.amount.object"))
                continue
            if adult and cls != "child":
                ev.append(evidence("cost", "price of an extra beside an entry price: ignored",
                                   field=fld, match=match, rule="cost.amount.extra"))
                continue
            (child if cls == "child" else adult).append(value)
            ev.append(evidence("price_min_eur" if cls != "child" else "cost",
                               value if cls != "child" else "paid", field=fld, match=match,
                               rule=f"cost.amount.{cls}"))
    else:
        for value, cls, fld, match in extras:
            ev.append(evidence("cost", "optional extra beside a free entry: ignored", field=fld,
                               match=match, rule="cost.amount.extra"))
    if cards and not adult:          # only a card is priced: its price it is
        adult = cards
    if free and not reduced_amounts and not offer_reduced and reduced and not (
            adult or child or fees or pwyw or pwyw_amounts or struct_paid or group_totals):
        # "Deelnemen is gratis; we geven tips om met je UiTPAS korting te krijgen": a discount
        # on other things, in other sentences, does not contradict a free participation
        elsewhere = [h for h in reduced if not any(_same_segment(texts, h, f) for f in free)]
        for h in elsewhere:
            ev.append(evidence("cost", "a discount on other things beside a free entry: ignored",
                               h))
        reduced = [h for h in reduced if h not in elsewhere]
    # "… maar je betaalt wel de toegang tot het domein (€ 4)": the fee word of a required own
    # expense prices that expense, not the listing
    fees = set_aside(fees, ev, "cost", "what a required own expense costs: ignored", lambda h: (
        h.field, *sentence_span(texts[h.field][1], h.start, h.end)) in required_expense)
    paid_signals = bool(adult or child or struct_paid or fees or not_free or pwyw or pwyw_amounts
                        or group_totals)
    if conditional and not paid_signals and not reduced_amounts and not offer_reduced:
        # "Gratis voor kinderen met een kansenpas" and nothing else priced: free for one group
        # only, so unknown — the card that names the group is no reduced rate beside a price
        # (a rate stated beside it stays: "Gratis voor kinderen tot 3 jaar, UiTPAS-kansentarief: 80% korting")
        reduced = set_aside(reduced, ev, "cost", "the group a free offer is for: no reduced rate", lambda h: bool(
            _GROUP_CARD_WORD.fullmatch(fold(h.match)) and (h.field == "title" or any(
                c.field == h.field and 0 <= h.start - c.end <= 40 or c.start <= h.start < c.end
                for c in conditional))))
    if social_free and paid_signals:
        reduced += social_free
    reduced_signal = bool(reduced or reduced_amounts or offer_reduced)

    if free_signal and not paid_signals and not reduced_signal and (own_travel or arranges_travel
                                                                    or required_expense):
        cost = "unknown"
    elif free_signal and not paid_signals and not reduced_signal:
        cost = "free"
        for h in free:
            e = evidence("cost", "free", h)
            if h.rule.id == "cost.free" and _FOR_EVERYONE.match(texts[h.field][1], h.end):
                # "op deze dag is het gratis voor jou en je gezin": stated for all who come, a
                # ground the second reader does not review
                e["rule"] = "cost.free-everyone"
            ev.append(e)
    elif reduced_signal and (paid_signals or reduced_amounts or (
            reduced and not free_signal and not social_free)):
        cost = "reduced"
        for h in reduced:
            ev.append(evidence("cost", "reduced", h))
    elif paid_signals:
        cost = "paid"
        for h in fees + not_free + pwyw:
            ev.append(evidence("cost", "paid", h))
    else:
        cost = "unknown"
    if cost != "free" and (free or struct_free):
        for h in free:
            ev.append(evidence("cost", "not free: contradicted", h))
    for h in conditional:
        ev.append(evidence("cost", "free for a group only", h))

    # no adult price: a children's activity priced per child ("€ 3 per kind")
    prices = (adult or child) + [p for p in offer_prices if p > 0]
    price_min = min(prices) if prices else (0.0 if cost == "free" else None)

    uitpas = False
    if uitpas_hits:
        uitpas = all(h.value is not False for h in uitpas_hits)
        for h in uitpas_hits:
            ev.append(evidence("uitpas", h.value, h))
    for offer in record.get("offers") or []:
        if isinstance(offer, dict) and "uitpas" in str(offer.get("name") or "").lower():
            uitpas = True
            ev.append(evidence("uitpas", True, field="offers", match=str(offer.get("name")),
                               rule="cost.struct.offer-uitpas"))
    ev = [e for e in ev if e["tag"] != "price_min_eur" or price_min is not None]
    if cost == "free":
        ev += _review_marker(ev, record, texts, free)
    return {"cost": cost, "price_min_eur": price_min, "uitpas": uitpas}, ev


REVIEW = "te controleren: 'gratis' in één langere zin / to check: one 'free' inside a longer sentence"
REVIEW_NO_FEE = ("te controleren: enkel 'geen lidgeld' of 'vrij toegankelijk', geen 'gratis' / to check: only "
                 "'no membership fee' or 'open access', never 'free'")


def _no_fee_only(e: dict[str, Any]) -> bool:
    """"geen lidgeld", "vrij toegankelijk" outside the price field: a fee's absence, no "free"."""
    return e["field"] != "price_text" and (e["rule"] == "cost.free-none" or e["rule"] == "cost.free-nil"
                                            and fold(e["match"]).startswith("vrij toegankelijk"))


def _review_marker(ev, record, texts, free_hits) -> list[dict[str, Any]]:
    """A "free" resting on one bare "gratis" inside a longer sentence gets a marker for a
    coordinator to confirm (Datasette's "Gratis — nakijken" query). On fresh blind sets most false
    "free" were of this shape (9 of 12 in session 6's 18 sets, scored on the rules before them),
    while a short statement ("Gratis.", "Deelname: gratis"), the price field and structured data
    are reliable; the marker flags about one free listing in six. A "free" that rests only on a
    fee's absence ("geen lidgeld", "vrij toegankelijk") gets its own marker (session 7: 29 of
    7,048 free development listings, 3 of them not free)."""
    if record.get("is_free") is True or record.get("offers"):
        return []
    free = [e for e in ev if e["tag"] == "cost" and e["value"] == "free"]
    # "Geen club, geen lidgeld: gewoon komen", "Vrij toegankelijk voor iedereen": no fee named,
    # but no "free" either — writers split on these (free in 18 of 24 "geen lidgeld" listings, 12
    # of 17 "vrij toegankelijk"), and they were half of the false "free" left in session 7
    if free and all(_no_fee_only(e) for e in free):
        first = free[0]
        return [evidence("cost", REVIEW_NO_FEE, field=first["field"], match=first["match"],
                         rule="cost.review.no-fee-only")]
    if len(free) != 1 or free[0]["rule"] not in ("cost.free", "cost.free-object", "cost.free-everyone") or \
            free[0]["field"] not in texts or free[0]["field"] == "price_text":
        return []
    # the hit itself, not the first "gratis" of its field ("Gratis parking. … is gratis …")
    hit = next((h for h in free_hits if h.field == free[0]["field"] and h.match == free[0]["match"]),
               None)
    if hit is None:
        return []
    original, folded = texts[hit.field]
    lo, hi = sentence_span(folded, hit.start, hit.end)
    if len(re.findall(r"[a-z0-9']+", folded[lo:hi])) <= 5:
        return []
    return [evidence("cost", REVIEW, field=free[0]["field"], match=original[lo:hi].strip()[:200],
                     rule="cost.review.single-free")]
