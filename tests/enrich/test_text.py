"""enrich.text.fold: one character for one character, whatever the script."""
from enrich.text import _TABLE, fold


def _reference(text: str) -> str:
    """The definition: lowercase (per character when that would change the length), then
    every character in the table replaced."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.translate(_TABLE)


def test_fold_examples():
    assert fold("Taalcafé ÉÉN naïef") == "taalcafe een naief"
    assert fold("`t Hof – ‘gratis’\u00a0€ 5") == "'t hof - 'gratis' € 5"
    assert fold("İstanbul Straße") == "istanbul strase"


def test_fold_keeps_length_and_matches_its_definition_on_every_character():
    text = "".join(chr(code) for code in range(1, 0x3000))
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == _reference(text)
    for ascii_text in ("plain ascii text, 5 euro", "back`tick"):
        assert fold(ascii_text) == _reference(ascii_text)


def test_unwrap_joins_a_hard_wrapped_sentence_and_keeps_offsets():
    from enrich.text import unwrap
    wrapped = "De zaal is niet\ntoegankelijk, en de\nlift is stuk,\nhelaas."
    assert unwrap(wrapped) == "De zaal is niet toegankelijk, en de lift is stuk, helaas."
    assert len(unwrap(wrapped)) == len(wrapped)
    # a list's lines stay lines: a line ending on a price or a noun, a capitalised next line,
    # a field line ("Label: value") whatever its last word
    for text in ("Volwassenen: 8 euro\nkinderen: gratis", "Praktisch\nwanneer: zaterdag",
                 "Gratis koffie.\nde zaal is open", "Parking: geen\nRolstoeltoegankelijk: ja",
                 "Inschrijven: niet\nGratis", "Kom met de\nKinderen", "Kookles voor beginners\nNederlands"):
        assert unwrap(text) == text
    # … except a language's name after a word that measures it
    assert unwrap("Je hoeft nog geen\nNederlands te kennen") == "Je hoeft nog geen Nederlands te kennen"
