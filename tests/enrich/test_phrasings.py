"""Phrasings written for the general categories the rules cover (not taken from any evaluation
set): each facet's ordinary, negated, other-language and distractor forms, one line each."""
from __future__ import annotations

import pytest

from enrich.evaluate import to_record
from enrich.tagger import tag_record


def _tags(text: str, title: str = "x") -> dict:
    return tag_record(to_record({"id": "t", "record": {"title": title, "description": text}}))["tags"]

LOW_THRESHOLD = [
    ('Iedereen, jong of oud, is welkom.', True),
    ('Je hoeft je niet op te geven.', True),
    # joining a series at any time is no drop-in
    ('Je kan op elk moment instappen.', False),
    ('Instappen kan altijd.', False),
    ('Aansluiten kan op elk moment.', True),
    ('Inschrijven is niet nodig.', True),
    ('Inschrijving niet vereist.', True),
    ('Geen inschrijving vereist.', True),
    ('Vooraf inschrijven is niet nodig.', True),
    ('Je hoeft je niet aan te melden.', True),
    ('Aanmelden hoeft niet.', True),
    ('Je kan gewoon komen.', True),
    ('Gewoon komen!', True),
    ('Kom gerust.', True),
    ('Loop eens binnen.', True),
    ('Onze deur staat altijd open.', True),
    ('Welkom zonder afspraak.', True),
    ('Zonder afspraak.', True),
    ('Zonder reservatie.', True),
    ('Reserveren is niet nodig.', True),
    ('Spring binnen wanneer het jou past.', True),
    ('No sign-up required.', True),
    ('Just come along!', True),
    ('Drop by anytime.', True),
    ('Walk-ins welcome.', True),
    ('Everyone is welcome to join.', True),
    ('No need to book.', True),
    ('Come as you are.', True),
    ('No booking necessary.', True),
    ('Open to all.', True),
    ('Entrée libre et sans inscription.', True),
    ('Venez comme vous êtes.', True),
    ('Sans réservation.', True),
    ("Pas d'inscription.", True),
    ('Ouvert à tous.', True),
    ('Bienvenue à tous.', True),
    ('Iedereen is welkom.', True),
    ('Je mag altijd eens komen kijken.', True),
    ('Kom eens proeven.', True),
    ('Niet inschrijven, gewoon komen.', True),
    ('Je bent welkom, ook als je maar één keer komt.', True),
    ('Kom wanneer het je uitkomt.', True),
    ('Binnenwippen mag.', True),
    ('Vrije inloop van 14 tot 16 uur.', True),
    ('Inloopmoment elke dinsdag.', True),
    ('Je hoeft niet elke week te komen.', True),
    ('Aanmelden is niet verplicht.', True),
    ('Registratie niet nodig.', True),
    ('Er is geen inschrijving.', True),
    ('Wie wil, komt gewoon.', True),
    ('Kom vrijblijvend kennismaken.', True),
    ('Inschrijven verplicht.', False),
    ('Vooraf inschrijven via de website.', False),
    ('Graag inschrijven voor 3 maart.', False),
    ('Plaatsen beperkt, reserveer tijdig.', False),
    ('Enkel na doorverwijzing.', False),
    ('Aanmelden via je trajectbegeleider.', False),
    ('Booking required.', False),
    ('Inscription obligatoire.', False),
    ('Laat even weten dat je komt.', False),
    ('Iedereen welkom, maar inschrijven is verplicht.', False),
]

WHEELCHAIR = [
    ('Not suitable for buggies or wheelchairs.', False),
    ('Toegankelijk: ja', True),
    ('Normaal gezien rolstoeltoegankelijk, moet nog nagevraagd worden.', None),
    ('De zaal is rolstoeltoegankelijk.', True),
    ('Toegankelijk voor rolstoelgebruikers.', True),
    ('Er is een lift.', True),
    ('Het gebouw heeft een lift en een aangepast toilet.', True),
    ('Alles gebeurt op het gelijkvloers.', True),
    ('Geen drempels, brede deuren.', True),
    ('Helaas niet toegankelijk voor rolstoelen.', False),
    ('Er is geen lift; de zaal is op de eerste verdieping.', False),
    ('Enkel bereikbaar via een trap.', False),
    ('De ingang heeft drie treden.', False),
    ('Wheelchair accessible venue.', True),
    ('Step-free access throughout.', True),
    ('Unfortunately the venue is not wheelchair accessible.', False),
    ('There is no lift.', False),
    ('Accessible aux personnes à mobilité réduite.', True),
    ('Pas accessible en chaise roulante.', False),
    ('Rolstoel: ja', True),
    ('Rolwagentoegankelijk: nee', False),
    ('♿ ja', True),
    ('♿ nee', False),
    ('Toegankelijkheid: volledig toegankelijk.', True),
    ('Toegankelijkheid: beperkt (trappen).', False),
    ('De parochiezaal is helaas niet rolstoelvriendelijk.', False),
    ('We repareren ook rolstoelen.', None),
    ('Een lift naar de tweede verdieping is aanwezig.', True),
    ('Er is een trap, maar ook een lift.', True),
    ('Het pad is onverhard en hobbelig.', None),
    ('Rolstoelgebruikers: bel vooraf, dan zetten we de hellingbaan klaar.', True),
    ('Met een rolstoel kom je er niet in.', False),
    ('Ook toegankelijk met een rollator of rolstoel.', True),
    ('A-label toegankelijkheid.', None),
    ('De bovenzaal is enkel te voet bereikbaar.', False),
]

FAMILY = [
    ('Kinderen zijn welkom.', True),
    ('Ook leuk voor kinderen.', True),
    ('Breng gerust je kinderen mee.', True),
    ('Voor het hele gezin.', True),
    ('Een activiteit voor ouders en kinderen.', True),
    ('Kids welcome!', True),
    ('Family-friendly event.', True),
    ('Pour toute la famille.', True),
    ('Les enfants sont les bienvenus.', True),
    ('Voor kinderen van 6 tot 12 jaar.', True),
    ('Vanaf 4 jaar.', True),
    ('Voor jongeren van 12 tot 16.', True),
    ('Enkel voor volwassenen.', False),
    ('Vanaf 18 jaar.', False),
    ('Niet geschikt voor kinderen.', False),
    ('18+', False),
    ('Voor volwassen cursisten.', False),
    ('Kinderopvang voorzien.', False),
    ('Gratis voor kinderen onder 12, volwassenen 5 euro.', True),
    ('Kinderen: 3 euro.', True),
    ("Mama's met baby's zijn welkom.", True),
    ('Peuters en kleuters met hun ouders.', True),
    ('Met een springkasteel voor de kleintjes.', True),
    ('Ook je kinderen mogen mee.', True),
    ('Kinderen mogen niet mee.', False),
    ('Infoavond over opvoeding voor ouders.', False),
    ('Een voorleesmoment in de bib.', True),
    ('Speelnamiddag voor jong en oud.', True),
    ('Geschikt voor alle leeftijden.', True),
    ('Suitable for children aged 8 and up.', True),
    ('Jongeren tussen 14 en 18.', True),
    ('Minimum age 16.', False),
    ('Adults only.', False),
    ('Je kleinkinderen zijn ook welkom.', True),
    ('De kinderen knutselen, de ouders drinken koffie.', True),
]

DUTCH_LEVEL = [
    ('Je kan Nederlands oefenen, ook als je nog maar pas begint.', 1),
    ('Je hoeft nog bijna niets te kunnen zeggen in het Nederlands.', 1),
    ('Je Nederlands moet niet perfect zijn.', None),
    ('Je kan al een eenvoudig gesprekje voeren over je familie.', 2),
    ('Je kan al een gesprek voeren over het nieuws.', 3),
    ('Je begrijpt de meeste uitleg en kan zelf al iets vertellen.', 3),
    ('Lezen en praten in het Nederlands lukt al vrij goed.', 3),
    ('Je moet een roman kunnen lezen en er een discussie over voeren.', 4),
    ('Vous ne parlez pas encore néerlandais ? Pas grave.', 1),
    ('Taal: je hoeft nog niet veel Nederlands te kennen', 1),
    ('Alle niveaus zijn welkom, ook als je net begint.', None),
    ('Geschikt als je al een eenvoudig gesprek kan volgen.', 2),
    ('Er wordt eenvoudig Nederlands gesproken.', None),
    ('Vlot Nederlands spreken is een voordeel, maar geen vereiste.', None),
    ('Je moet vlot en met plezier Nederlands kunnen voorlezen.', 4),
    ('Je spreekt nog maar heel weinig Nederlands? Geen nood.', 1),
    ('Voor wie amper Nederlands kent.', 1),
    ('Ideaal als je pas begint met Nederlands.', 1),
    ('You understand quite a lot of Dutch and can say a few things.', 3),
    ('Tu comprends un peu le néerlandais.', 2),
    ('Vous parlez couramment le néerlandais.', 4),
    ('Je moet al behoorlijk wat Nederlands verstaan.', 3),
    ('Deelnemers beheersen het Nederlands vlot.', 4),
    ('Je begrijpt een beetje Nederlands maar spreken lukt nog niet goed.', 2),
    ('De begeleiders spreken vlot Nederlands, Arabisch en Turks.', None),
    ('Wil je vlot Nederlands leren spreken?', None),
    ('Je leert hier vlot Nederlands praten.', None),
    ('Geen voorkennis nodig.', None),
    ('Je kan al een eenvoudig gesprek voeren in het Nederlands.', 2),  # simple: icon 2 (majority)
    ('Alle niveaus welkom.', None),
    ('Some Dutch is useful but not required.', 2),
    ('We praten over het weer. Iedereen praat wat mee.', None),
    ('Taalniveau A1.', 1),
    ('You speak little or no Dutch.', 1),
    ('Wie Nederlands als moedertaal heeft, is ook welkom als buddy.', None),
    ('Vereist: goede kennis van het Nederlands.', 4),
    ('Parlez-vous un peu néerlandais ?', 2),
    ('Je verstaat veel Nederlands, spreken gaat nog wat moeilijk.', 3),
    ('Niveau Nederlands: beginner.', 1),
    ('Je spreekt al wat Nederlands.', 2),
    ('Taalniveau: A2.', 2),
    ('Je moet vlot Nederlands spreken.', 4),
    ('Geen Nederlands nodig.', 1),
    ('Nederlands: niet nodig.', 1),
    ('For people who speak a little Dutch.', 2),
    ('You need to speak Dutch fluently.', 4),
    ('You should be able to have a simple conversation in Dutch.', 3),
    ('Pour débutants en néerlandais.', 1),
    ('Vous parlez un peu le néerlandais.', 2),
    ('Niveau: alle niveaus.', None),
    ('Je hebt de cursus Nederlands 1.1 gevolgd.', None),
    ('Je verstaat eenvoudige vragen en kan kort antwoorden.', 2),
    ('Je kan een gesprek volgen en je mening geven.', 3),
    ('Je Nederlands is goed genoeg om te telefoneren.', 4),
    ('Je begrijpt bijna alles en spreekt vlot.', 4),
    ('Je spreekt nog geen woord Nederlands? Welkom!', 1),
    ('Ideaal als je Nederlands nog wat roestig is.', None),
    ('Voor wie het Nederlands al redelijk beheerst.', 3),
    ('Taaliconen: ●●○○', 2),
    ('Twee taaliconen.', 2),
    ('Level of Dutch: intermediate.', 3),
    ('Level: A1-A2', 1),
    ('Dutch level B2 required.', 4),
    ('Minimum niveau B1.', 3),
    ('We spreken Nederlands, je hoeft het niet perfect te kennen.', None),
]

COST = [
    # abbreviated social rates and the health insurers' low-income status
    ('Prijs: 8 euro, KT 2 euro.', 'reduced'),
    ('€ 12 / VT € 6', 'reduced'),
    ('4 € la séance, gratuit pour les personnes avec le statut BIM.', 'reduced'),
    ('Lidgeld 30 euro, 60-plussers 20 euro.', 'reduced'),
    # goods bought on the spot, perks, things that are free, corrections
    ('Toegang gratis, je betaalt de geplukte appels (€ 2/kg).', 'free'),
    ('Deelname: € 0,00. Batterijen te koop aan kostprijs.', 'free'),
    ('Een jurist legt uit hoe huurpremies werken. Koffie gratis.', 'unknown'),
    ('Hij vertelt over de gratis kleuterschool van vandaag.', 'unknown'),
    ('Eerst stond er 4 euro. Dat klopt niet: de toegang is gratis!', 'free'),
    # an earlier edition's price is not this one's
    ('Prijs volgt nog (vorig jaar 12 euro).', 'unknown'),
    ('Vroeger 10 euro, nu 8 euro.', 'paid'),
    # free said in other ways
    ('Le conseiller vous reçoit gratuitement.', 'free'),
    ('Free - just come along.', 'free'),
    # a label introducing a group's free rate; a discount on other things
    ('Kostprijs: gratis voor leefloners.', 'unknown'),
    ('Deelnemen is gratis. We tonen je hoe je met de UiTPAS korting krijgt in het zwembad.', 'free'),
    # snacks sold on the spot are no entry price
    ('Koffie: € 1. Stuk taart: € 2.', 'unknown'),
    # a hedge is no statement
    ('Waarschijnlijk gratis, nog te bevestigen.', 'unknown'),
    ('Normaal gezien gratis.', 'unknown'),
    ('Deelname gratis, parkeren mogelijk.', 'free'),
    ('Gratis wandeling door het park. Picknick mogelijk aan 5 euro.', 'free'),
    ('Gratis les, materiaalkost 10 euro.', 'paid'),
    ('Geen inschrijvingsgeld, wel 10 euro materiaalkost.', 'paid'),
    ('Deelname: 5 euro. Gratis voor wie een leefloon heeft.', 'reduced'),
    ('Free entry, food and drinks for sale.', 'free'),
    ('Free for members, €5 for non-members.', 'paid'),
    ('Inkom: gratis. Drankjes aan democratische prijzen.', 'free'),
    ('Het kost je niks, alleen je tijd.', 'free'),
    ('Gratis? Nee, we vragen 2 euro voor de koffie.', 'paid'),
    ('Je betaalt 3 euro per keer, met UiTPAS kansentarief 0,60 euro.', 'reduced'),
    ('Kinderen betalen niets, volwassenen 4 euro.', 'paid'),
    ('Gratis parking aan de zaal. Deelname 8 euro.', 'paid'),
    ('Wij vragen een kleine bijdrage van 2 euro.', 'paid'),
    ('Een vrijwillige bijdrage is welkom.', 'paid'),
    ('Entrée gratuite, petite restauration sur place.', 'free'),
    ('Toegang gratis, tombola: 1 euro per lotje.', 'free'),
    ('Entry €4, free for under 12s.', 'paid'),
    ('Entry €4, reduced rate for jobseekers €2.', 'reduced'),
    ('De workshop kost 15 euro, inclusief materiaal.', 'paid'),
    ('Deelname is gratis, maar inschrijven is verplicht.', 'free'),
    ('Gratis koffie en thee.', 'unknown'),
    ('Je krijgt een gratis lunch.', 'unknown'),
    ('Prijs: 5 euro (3 euro met kansenpas).', 'reduced'),
    ('Gratis voor inwoners van Lier, anderen 5 euro.', 'paid'),
    ('Niet gratis.', 'paid'),
    ('Kostprijs: €0', 'free'),
    ('Voor een prikje: amper 2 euro!', 'paid'),
    ('Wat kost het? Niets!', 'free'),
    ('Prijs: gratis voor iedereen.', 'free'),
    ('Kosten: geen.', 'free'),
    ('Deelnameprijs: 5 euro per sessie, 20 euro voor de reeks.', 'paid'),
    ('€ 2,50 per keer (koffie inbegrepen).', 'paid'),
    ('Inkom: 3 euro / kansentarief: 0,60 euro.', 'reduced'),
    ('Met UiTPAS: 20% korting.', 'reduced'),
    ('Gratis met je UiTPAS.', 'unknown'),
    ('Betalen kan cash of met Payconiq.', 'paid'),
    ('Free admission, donations appreciated.', 'free'),
    ('Tickets from €8.', 'paid'),
    ('Entrée: 5€, gratuit pour les moins de 12 ans.', 'paid'),
    ('Prix libre.', 'paid'),
    ('Participation aux frais: 2 €.', 'paid'),
    ('Gratuit.', 'free'),
    ('Payant.', 'paid'),
    ('Kostprijs wordt later meegedeeld.', 'unknown'),
    ('De kostprijs is 0 euro.', 'free'),
    ('Lidgeld: 30 euro per jaar, met kansenpas 6 euro.', 'reduced'),
    ('Je betaalt niets extra.', 'unknown'),
    ('Het is helemaal gratis en voor niks.', 'free'),
    ('Bijdrage: 1 euro voor koffie en koek.', 'paid'),
]


# the title decides who takes part: a vacancy's volunteers, a session's audience, a camp's children
TITLED = [
    ("Infosessie voor vrijwilligers", "Deelname kost niets.", "cost", "free"),
    ("Vrijwilligers gezocht voor de fietsherstelplaats",
     "We verkopen de opgeknapte fietsen vanaf 30 euro.", "cost", "unknown"),
    ("Word voorleesvrijwilliger", "Je leest voor aan peuters in de bib.", "family_friendly", False),
    ("Infoavond voor ouders van tieners", "Tips over gamen en sociale media.", "family_friendly",
     False),
    ("Parent & toddler group", "For parents and carers with little ones aged 0 to 3.",
     "family_friendly", True),
    ("Sportkamp paasvakantie", "Voor kinderen van 6 tot 12 jaar. Opvang vanaf 8u.", "childcare",
     False),
    ("Taallessen voor ouders", "Opvang vanaf 8u30 in de turnzaal.", "childcare", True),
    ("Infosessie: kinderopvang zoeken", "Hoe vind je een crèche?", "childcare", False),
    ("Helpende handen voor de braderie", "Je krijgt een T-shirt en gratis eten.", "cost", "unknown"),
    ("Soepmoment", "Gratis soep en een babbel.", "cost", "free"),
    ("Lezing: kinderen en geld", "Tips over zakgeld voor tieners.", "family_friendly", False),
    ("Oudergroep", "Voor ouders van kinderen tussen 0 en 12 jaar. Gratis.", "family_friendly", False),
    ("Ontmoeting", "Kinderen zijn welkom, er is een speelhoek met begeleiding.", "family_friendly",
     True),
    ("Opvoedingsavond", "Een avond voor ouders. Je kinderen mogen mee: er is opvang met spelletjes.",
     "family_friendly", False),
    ("Museumbezoek", "Inkom €5, kinderen (6-12) €2, kinderen jonger dan 6 gratis.",
     "family_friendly", True),
    ("Boswandeling", "Het pad is verhard en geschikt voor kinderwagens.", "wheelchair", None),
    ("Boswandeling", "Het pad is verhard en breed genoeg voor een rolstoel.", "wheelchair", True),
    ("Quiz", "Het café is rolstoeltoegankelijk, maar het toilet zit in de kelder.", "wheelchair",
     False),
    ("Tennislessen", "Niveau beginners, in groepjes van vier. Lessen in het Nederlands.",
     "dutch_level", None),
    ("Badminton", "Kom gerust eens proberen, de eerste les is gratis. Lidgeld 40 euro.",
     "low_threshold", False),
    ("Open mic", "Sign up at the bar or just show up and listen.", "low_threshold", True),
    ("Voorleesuurtje", "Gratis, niet inschrijven.", "low_threshold", True),
    ("Ontdekdag", "Je kan op elk moment binnenvallen tussen 10u en 16u.", "low_threshold", True),
    ("Vacature: chauffeur", "Je rijdt mensen die in een rolstoel zitten naar de dokter.",
     "wheelchair", None),
    ("Volleybal", "Niveau: recreatief, iedereen kan meedoen. Lidgeld 40 euro.", "low_threshold",
     False),
    ("Samen tuinieren", "Iedereen welkom, geen ervaring nodig.", "low_threshold", True),
    ("Stadswandeling", "Guided walk in simple Dutch.", "low_threshold", False),
]


@pytest.mark.parametrize("title,text,tag,expected", TITLED)
def test_titled(title, text, tag, expected):
    assert _tags(text, title=title)[tag] == expected


@pytest.mark.parametrize("text,expected", LOW_THRESHOLD)
def test_low_threshold(text, expected):
    assert _tags(text)["low_threshold"] is expected


@pytest.mark.parametrize("text,expected", WHEELCHAIR)
def test_wheelchair(text, expected):
    assert _tags(text)["wheelchair"] is expected


@pytest.mark.parametrize("text,expected", FAMILY)
def test_family(text, expected):
    assert _tags(text)["family_friendly"] is expected


@pytest.mark.parametrize("text,expected", DUTCH_LEVEL)
def test_dutch_level(text, expected):
    # the title anchors statements that do not name the language themselves
    assert _tags(text, title="Taalcafé")["dutch_level"] == expected


@pytest.mark.parametrize("text,expected", COST)
def test_cost(text, expected):
    tags = _tags(text)
    assert tags["cost"] == expected
    if expected != "free":
        assert tags["price_min_eur"] != 0.0
