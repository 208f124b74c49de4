"""The one ``ask`` path shared by the CLI, the Streamlit pages and evaluation.

``Assistant`` holds the embedding model and the published index, loaded once
per process. It notices a newly published index (the ``CURRENT`` pointer
changed) and swaps to it between questions, without a restart.
"""

from __future__ import annotations

import logging
import threading
import time
import unicodedata

from .asked_record import asked_record_type, header_sentences
from .backend import IndexBackend, open_backend
from .compose import ComposedAnswer, compose, nearby_citations, unstated_figure
from .conversation import (
    Conversation,
    Focus,
    FollowUp,
    Reading,
    asks_if_done,
    asks_same_heading,
    generic_words,
    read,
    remember,
)
from .corpus import corpus_checksum
from .embeddings import load_query_encoder
from .index_store import IndexProblem, LoadedIndex, Manifest
from .labels import contradicts, find_refs
from .passages import sentences
from .query import parse_query
from .retrieve import (
    Filters,
    Retriever,
    SearchResult,
    above,
    first_peer,
    fuse_rankings,
    headings_above,
    holders_first,
    holding_most_first,
    label_kinds,
    led_by,
    of_type_first,
    others_first,
    searchable_text,
)
from .settings import AnswerSettings, Settings
from .tokenize_ja import TOKENIZER_NAME, chat_words, tagged_tokens, tokenize
from .types import AnswerResult, Record

log = logging.getLogger(__name__)

# C0 and C1 control characters (but tab and newline) and the bidi embedding/override/isolate
# controls, which can make a question display differently from what it says.
_CONTROL = dict.fromkeys(
    [c for c in range(0x20) if chr(c) not in "\t\n"] + list(range(0x7F, 0xA0))
    + list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A))
)


class QuestionError(ValueError):
    """A question that cannot be asked (empty, too long). The message is safe to show."""


def joined_runs(terms: list[str], texts: list[str]) -> list[list[str]]:
    """``terms`` in runs: each run the longest that follows on in ``terms`` and is printed joined in every one of
    ``texts`` (['合計', '特殊', '出生', '率'] for 合計特殊出生率), a term alone otherwise."""
    runs: list[list[str]] = []
    i = 0
    while i < len(terms):
        j = i + 1
        while j < len(terms) and all("".join(terms[i:j + 1]) in text for text in texts):
            j += 1
        runs.append(terms[i:j])
        i = j
    return runs


def clean_question(question: str, max_chars: int) -> str:
    """Drop control characters (C0, C1, bidi overrides) and lone surrogates; refuse empty or over-long text."""
    if not isinstance(question, str):
        raise QuestionError("質問は文字列で入力してください。")
    text = question.encode("utf-8", "replace").decode("utf-8")  # lone surrogates -> '?'
    text = text.translate(_CONTROL)
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        raise QuestionError("質問が空です。質問を入力してください。(The question is empty.)")
    if len(text) > max_chars:
        raise QuestionError(
            f"質問が長すぎます（{len(text)}文字）。{max_chars}文字以内で入力してください。"
            f" (The question is too long: {len(text)} characters; the limit is {max_chars}.)"
        )
    return text


def incompatibility(manifest: Manifest, settings: Settings) -> str | None:
    """Why this code cannot search a version built under ``manifest`` (None: it can)."""
    if manifest.settings_hash != settings.index_settings_hash():
        return f"was built with other settings (model {manifest.model!r})"
    if manifest.tokenizer != TOKENIZER_NAME:  # its keyword index holds other terms than questions are cut into
        return f"was built with the tokenizer {manifest.tokenizer!r}, this version cuts words with {TOKENIZER_NAME!r}"
    return None


def check_compatible(index: LoadedIndex, settings: Settings) -> None:
    problem = incompatibility(index.manifest, settings)
    if problem:
        raise IndexProblem(f"index {index.path.name} {problem}; rebuild with `python -m assistant build`")


class Assistant:
    def __init__(self, settings: Settings, model=None, index: LoadedIndex | None = None) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._marker: object = None
        self._backend: IndexBackend | None = None
        self._retriever: Retriever | None = None
        if index is None:  # read (and check) the index first: a missing or damaged one fails fast
            index = self._read_published()
        self.model = model if model is not None else load_query_encoder(settings)
        self._set_index(index)

    # -- index lifecycle -------------------------------------------------
    def _set_index(self, index: LoadedIndex) -> None:
        check_compatible(index, self.settings)
        if self.settings.corpus_dir.is_dir() and index.manifest.corpus_checksum != corpus_checksum(self.settings.corpus_dir):
            index.stale_corpus = True
            log.warning(
                "index %s was built from another version of the corpus; run `python -m assistant build`",
                index.path.name,
            )
        self._retriever = Retriever(index, self.model, self.settings.retrieval, self.settings.english_dictionary)

    @property
    def backend(self) -> IndexBackend:
        if self._backend is None:
            self._backend = open_backend(self.settings)
        return self._backend

    def _read_published(self) -> LoadedIndex:
        self._marker = self.backend.published_marker()
        version = self.backend.current()
        if version is None:
            raise IndexProblem(f"no published index in {self.settings.index_dir}"
                               + (f" (Milvus {self.settings.milvus.uri})" if self.settings.backend == "milvus" else "")
                               + ": run `python -m assistant build` (or `make run`)")
        return self.backend.load(version)

    def refresh(self) -> bool:
        """Swap to a newly published index, if any. Returns True when it swapped."""
        if self._marker is None:  # an index given by the caller, not the published one
            return False
        marker = self.backend.published_marker()
        if marker is None or marker == self._marker:
            return False
        with self._lock:
            if marker == self._marker:
                return False
            try:
                version = self.backend.current()
                if version is None or (self._retriever and version == self._retriever.index.path.name):
                    self._marker = marker
                    return False
                index = self.backend.load(version)
                self._set_index(index)
            except IndexProblem as exc:
                log.error("kept the current index: the newly published one cannot be loaded: %s", exc)
                self._marker = marker
                return False
            self._marker = marker
            log.info("switched to index %s", version)
            return True

    @property
    def retriever(self) -> Retriever:
        assert self._retriever is not None
        return self._retriever

    @property
    def index(self) -> LoadedIndex:
        return self.retriever.index

    # -- questions ---------------------------------------------------------
    def _search(
        self, question: str, k: int | None, filters: Filters | None, language: str | None = None,
        about: list[str] | None = None, prefer: list[str] | None = None, context_cities: list[str] | None = None,
        own_words: str | None = None,
    ) -> tuple[Retriever, SearchResult]:
        text = clean_question(question, self.settings.answer.max_question_chars)
        if own_words:  # what the user typed is checked for named things (places, other cities' terms): cleaned too
            own_words = clean_question(own_words, self.settings.answer.max_question_chars)
        self.refresh()
        retriever = self.retriever  # one index for the whole question, even if another is swapped in meanwhile
        query = parse_query(text, citizen_glossary=self.settings.retrieval.citizen_glossary)
        if language and language != query.language:  # a follow-up read with Japanese item names stays English
            query = query.model_copy(update={"language": language})
        return retriever, retriever.search(query, k=k, filters=filters, about=about, prefer=prefer,
                                           context_cities=context_cities, own_words=own_words)

    def search(self, question: str, k: int | None = None, filters: Filters | None = None) -> SearchResult:
        return self._search(question, k, filters)[1]

    def answer(
        self, question: str, k: int | None = None, filters: Filters | None = None,
        conversation: Conversation | None = None,
    ) -> tuple[SearchResult, ComposedAnswer]:
        """Answer ``question``; within a ``conversation`` a follow-up is first read against what the chat is
        about (``composed.reading``), and the turn is recorded in the conversation."""
        k = k or self.settings.retrieval.k
        reading = None
        held: list[str] = []  # the cities a follow-up names that documents are of
        settings = self.settings.answer
        if conversation is not None:
            reading = read(clean_question(question, settings.max_question_chars), conversation,
                           self.index.english.words, self.retriever.inventory.prints, self.retriever.inventory.years,
                           self.retriever.inventory.prints_in_years)
            # a city no document is of (「調布市は？」) filters nothing: the documents may speak of it (a table that
            # lists it), else the answer says the documents do not cover it
            held = [c for c in reading.cities if c in self.retriever.corpus_cities]
            filters = (filters or Filters()).model_copy(update={
                "record_ids": reading.record_ids,
                "exclude_ids": [*reading.exclude_ids, *self._of_offices(reading.exclude_departments)],
                "cities": (filters.cities if filters and filters.cities else held)})
            if reading.follow_up == FollowUp.DETAIL:
                settings = settings.model_copy(update={"max_sentences_per_item": settings.detail_sentences})
        asked = (reading.search or reading.question) if reading else question
        retriever, result = self._search(asked, max(k, settings.max_items), filters,
                                         reading.language if reading else None, reading.about_ids if reading else None,
                                         reading.prefer_ids if reading else None,
                                         reading.context_cities if reading else None, own_words=question)
        shown: frozenset[str] = frozenset()
        topic_result: SearchResult | None = None  # a city follow-up's search by the topic, before the titles'
        if reading is not None and reading.follow_up == FollowUp.OTHERS and conversation.focus is not None:
            same = asks_same_heading(question, conversation.focus.labels)  # 「同じ章でほかには？」: other items
            result = (None if same else self._others(asked, result, filters, settings, reading.language)) \
                or self._peer_first(asked, question, result, conversation.focus, filters, reading.language)
            if not reading.exclude_departments and not same:  # 「他の部では？」 asks for none of the last item's rest
                result = self._rest_of_last(asked, result, conversation.focus, filters, reading.language)
            shown = frozenset(conversation.focus.shown_sentences)
        if reading is not None and reading.follow_up == FollowUp.DETAIL and conversation.focus is not None:
            result = self._more_detail(asked, result, conversation.focus, filters, reading.language)
        if reading is not None and reading.follow_up == FollowUp.DEMONSTRATIVE:
            result = result.model_copy(update={"typed": question})  # searched after the topic's titles
        if reading is not None and reading.follow_up == FollowUp.DEMONSTRATIVE and self.settings.retrieval.own_search_weight:
            # its own words, searched alone in the chat's cities, may point to another item than the one discussed
            _, own = self._search(reading.own_search or question, max(k, settings.max_items), filters,
                                  reading.language, own_words="")
            result = fuse_rankings(result, own, self.settings.retrieval.own_search_weight,
                                   self.settings.retrieval.own_search_rank_k)
        done_note = ""
        if reading is not None and reading.follow_up == FollowUp.DEMONSTRATIVE and asks_if_done(question):
            result, done_note = self._done_elsewhere(question, asked, result, conversation, filters, reading.language)
        if reading is not None and reading.follow_up == FollowUp.CITY and reading.titles \
                and self.settings.retrieval.city_titles_weight:
            topic_result, result = result, self._with_titles(result, reading, filters, max(k, settings.max_items))
        if reading is not None and reading.follow_up == FollowUp.FACET and reading.prefer_ids:
            result = result.model_copy(update={"leads": reading.prefer_ids[:1]})  # the item the chat led with
        if reading is not None and reading.own_terms:
            result = holding_most_first(result, reading.own_terms, self.settings.retrieval.own_terms_among)
        if reading is not None and reading.besides_ids:
            if conversation.focus is not None:
                result = self._peer_first(asked, question, result, conversation.focus, filters, reading.language)
            result = others_first(result, set(reading.besides_ids), self.settings.retrieval.own_terms_among)
            if result.listed:  # a listing (「同じＢ評価で…ほかに…取組は？」): the items discussed after the others
                behind = set(reading.besides_ids)
                result = result.model_copy(update={"listed": [*(i for i in result.listed if i not in behind),
                                                              *(i for i in result.listed if i in behind)]})
        # the years searched come from the chat, unless the turn names its own (「R3の実績は？」 of the item discussed)
        inherited = reading is not None and reading.follow_up not in (FollowUp.NEW, FollowUp.YEAR) and not parse_query(
            question).fiscal_years
        replayed = reading is not None and reading.follow_up in (FollowUp.YEAR, FollowUp.CITY, FollowUp.UNIT,
                                                                   FollowUp.OTHERS)
        on_topic: frozenset[str] = frozenset()  # another city's records that hold the topic's distinctive word
        if reading is not None and reading.follow_up == FollowUp.CITY and conversation.focus is not None and held:
            discussed = self._records(conversation.focus.record_ids)
            absent = retriever.inventory.missing_topic(asked, discussed, held,
                                                       self.settings.retrieval.topic_term_chars,
                                                       self.settings.retrieval.other_city_name_chars)
            if absent:
                result = result.model_copy(update={"missing": [*result.missing, *absent]})
            words = [t for t in result.query_terms if len(t) >= 2]  # 「今」「市」 are no topic
            on_topic = frozenset(self._distinctive(words, discussed, filters or Filters()) or [])
            if len(on_topic) <= settings.max_items:
                result = holders_first(result, on_topic)
        kind = asked_record_type(question)
        unquoted: frozenset[str] = frozenset()
        if kind is not None:  # 「委員からどんな意見が出た？」: the meeting's summary before the sheets it discussed
            result = of_type_first(result, kind, k)
            # …quoting what was said there, not its date, place and attendance
            unquoted = frozenset(s for e in result.evidence[:k] if e.record.record_type == kind
                                 for s in header_sentences(e.record, settings.header_field_chars))
        composed = compose(result, settings, set(retriever.corpus_cities), reading.quote_by if reading else None,
                           inherited, shown, replayed, on_topic, question, unquoted)
        if topic_result is not None and not composed.abstained:
            # titles match titles: how close the city's items are to the topic is judged by the topic's search
            judged = compose(topic_result, settings, set(retriever.corpus_cities), None, inherited, shown, replayed,
                             on_topic, question)
            if judged.reason == "weak_match":
                result, composed = topic_result, judged
        if reading is not None and reading.follow_up == FollowUp.FACET and composed.reason == "no_figure" \
                and conversation is not None and conversation.focus is not None:
            widened = self._figure_elsewhere(asked, reading, conversation, filters, settings)
            if widened is not None:
                result, composed = widened
        if reading is not None and reading.own_subject and composed.reason == "year_not_in_corpus":
            # the topic's other words (環境部, シナリオ) hold the search to documents of other years: the subject the
            # turn names, in the year it names, as a question of its own
            _, alone = self._search(reading.own_subject, max(k, settings.max_items), filters, reading.language,
                                    own_words=question)
            answered = compose(alone, settings, set(retriever.corpus_cities), None, False, shown, True, on_topic,
                               question)
            if not answered.abstained:
                note = (f"(Read as: “{reading.own_subject}”)" if reading.language == "en"
                        else f"（「{reading.own_subject}」として回答）")
                reading = reading.model_copy(update={"question": reading.own_subject, "note": note})
                result, composed = alone, answered
        if done_note and not composed.abstained and composed.items[:1] and composed.items[0].record.id in result.leads:
            composed.answer = f"{done_note}\n{composed.answer}"  # only when that item does answer first
        if self.settings.answer.llm_provider:
            from .llm_answer import generate

            composed = generate(result.query, result.evidence, composed, settings)
        if conversation is not None and reading is not None:
            composed.reading = reading
            if reading.note and reading.follow_up != FollowUp.NEW:  # how the follow-up was read, above the answer
                composed.answer = f"{reading.note}\n{composed.answer}"
            cited = [] if composed.abstained else [e.record for e in composed.items]
            if reading.follow_up == FollowUp.NEW and not cited:
                # a new question declined still says which town the chat is about ("Will Seseragidai start …?"):
                # the next new topic is asked of it
                named = [c for c in result.query.cities if c in retriever.corpus_cities]
                reading = reading.model_copy(update={"cities": named or reading.cities})
            scope = [i for r in cited for i in retriever.sub_items(r.id)]
            quoted = [] if composed.abstained else [s for r in cited for s in composed.quoted.get(r.id, [])]
            remember(conversation, question, reading, cited, composed.abstained, scope, quoted)
        return result, composed

    def _with_titles(self, result: SearchResult, reading: Reading, filters: Filters | None, k: int) -> SearchResult:
        """Another city asked of the topic: ``result`` (the topic's question searched there) fused with the titles
        of the items the last answer cited searched there too, the topic in the documents' words. The titles add
        candidates; the item the topic's own question finds first still leads."""
        _, titled = self._search("、".join(reading.titles), k, filters, reading.language, own_words="")
        fused = fuse_rankings(result, titled, self.settings.retrieval.city_titles_weight,
                              self.settings.retrieval.own_search_rank_k)
        first = result.evidence[:1]
        rest = [e for e in fused.evidence if e.record.id not in {f.record.id for f in first}]
        return fused.model_copy(update={"evidence": [*first, *rest][:len(fused.evidence)]})

    def _distinctive(self, terms: list[str], shown: list[Record], filters: Filters, joined: bool = False
                     ) -> list[str] | None:
        """Of ``terms`` that every shown record has, the one the fewest records (within ``filters``) have: the
        ids of those records. None: no term is shared by all of ``shown``. ``joined``: terms that follow one
        another in ``terms`` and are printed together in every shown record count as one word (合計・特殊・出生・率
        of 合計特殊出生率: the other items on it are not those on 特殊詐欺). Not for another city, which may write
        the compound otherwise (電子決裁 where the item discussed says 電子決裁率)."""
        texts = [searchable_text(r) for r in shown]
        if not texts:
            return None
        holders: list[str] | None = None
        shared = [t for t in terms if all(t in text for text in texts)]
        for run in joined_runs(shared, texts) if joined else [[t] for t in shared]:
            found = min((self.retriever.holders(t, filters) for t in run), key=len)  # a run: its rarest word's
            if len(run) > 1:
                word = "".join(run)
                found = [i for i in found if word in searchable_text(self._records([i])[0])]
            if found and (holders is None or len(found) < len(holders)):
                holders = found
        return holders

    def _of_offices(self, offices: list[str]) -> list[str]:
        """Ids of the records that name no office but ``offices`` (「他の部では？」: not answered with; a record
        that names none is no other office's)."""
        if not offices:
            return []
        return [r.id for r in self.index.records if all(any(o in d for o in offices) for d in r.departments)]

    def _records(self, ids: list[str]) -> list[Record]:
        return [self.index.records[self.index.record_pos[i]] for i in ids if i in self.index.record_pos]

    def _others(self, asked: str, result: SearchResult, filters: Filters | None, settings: AnswerSettings,
                language: str) -> SearchResult | None:
        """「他には？」: the items not shown yet that have the topic's most distinctive word (of the topic's words
        the items shown so far all have, the one the fewest records have: 「LINE」 of 「LINEを使ってる取組は？」),
        all of them answering, when they are few. None: the next items are searched as usual."""
        scope = filters or Filters()
        holders = self._distinctive(result.query_terms, self._records(scope.exclude_ids), scope, joined=True)
        if not holders or len(holders) > settings.max_items:
            return None
        _, listed = self._search(asked, settings.max_items, scope.model_copy(update={"record_ids": holders}), language,
                                     own_words="")
        return listed.model_copy(update={"listed": [e.record.id for e in listed.evidence]})

    def _peer_first(self, asked: str, question: str, result: SearchResult, focus: Focus, filters: Filters | None,
                    language: str) -> SearchResult:
        """「他には？」「自主財源を確保する取組は他には？」: when what would answer first stands above the item the
        chat led with (its parent 基本方針2, an overview 施策の体系 the topic's words find too), an item numbered
        like that one (No.5 of No.7) answers first if the topic's search finds one among its first
        ``peers_among`` items; one whose title or heading names a noun of the turn before the others
        (:func:`~assistant.retrieve.first_peer`). What would answer first beside the item, or in another
        document, stays first (「遊具のほかに公園で直したものってある？」 asks within the item)."""
        lead, among = self._records(focus.record_ids[:1]), self.settings.retrieval.peers_among
        # what would answer first: the first item not shown yet (``others_first``)
        first = next((e.record for e in result.evidence[:self.settings.retrieval.own_terms_among]
                      if e.record.id not in focus.shown_ids), None)
        if lead and asks_same_heading(question, focus.labels):  # 「同じ章で他には？」: the items under its heading
            peers = self._under_same_heading(lead[0], set(focus.shown_ids))
            return self._leading(asked, result, peers, filters, language, []) if peers else result
        if not lead or not among or first is None or not above(first, lead[0]):
            return result  # it is beside the item already, or elsewhere
        _, deep = self._search(asked, among, filters, language, own_words="")
        words = [w for w, pos in tagged_tokens(question) if pos == "名詞" and w not in chat_words()
                 and w not in generic_words() and w not in self.retriever.city_terms]
        peer = first_peer(deep.evidence, lead[0], set(focus.shown_ids), words)
        return led_by(result, peer) if peer is not None else result

    def _under_same_heading(self, lead: Record, shown: set[str]) -> list[Record]:
        """The items numbered like ``lead`` under the nearest heading above it that has any besides it and those
        ``shown``, in the document's order from the one after it (then those before it): at most ``max_items``."""
        records = self.retriever.document_records(lead.source_file)
        kinds = label_kinds(lead.label)
        at = next((n for n, r in enumerate(records) if r.id == lead.id), 0)
        for heading in headings_above(lead):
            under = [(n, r) for n, r in enumerate(records) if r.id != lead.id and r.id not in shown
                     and label_kinds(r.label) == kinds and f"{r.section} > ".startswith(f"{heading} > ")]
            if under:
                return [r for _, r in sorted(under, key=lambda nr: (nr[0] < at, nr[0]))][:self.settings.answer.max_items]
        return []

    def _with_rest(self, records: list[Record], focus: Focus) -> list[Record]:
        """Of ``records``, those with a sentence the chat has not quoted yet (at least ``rest_min_chars`` long:
        shorter ones are headings and labels)."""
        shown, least = set(focus.shown_sentences), self.settings.answer.rest_min_chars
        return [r for r in records if any(s not in shown and len(s) >= least for s in sentences(r.text))]

    def _leading(self, asked: str, result: SearchResult, records: list[Record], filters: Filters | None,
                 language: str, listed: list[str]) -> SearchResult:
        """``result`` with ``records`` answering first, in this order, then the items of ``listed``."""
        only = (filters or Filters()).model_copy(update={"record_ids": [r.id for r in records], "exclude_ids": []})
        _, own = self._search(asked, len(records), only, language, own_words="")
        found = {e.record.id: e for e in own.evidence}
        first = [found[r.id] for r in records if r.id in found]
        if not first:
            return result
        leads = [e.record.id for e in first]
        led = set(leads)
        evidence = [*first, *(e for e in result.evidence if e.record.id not in led)]
        return result.model_copy(update={"evidence": evidence, "listed": [*leads, *listed], "leads": leads})

    def _rest_of_last(self, asked: str, result: SearchResult, focus: Focus, filters: Filters | None,
                      language: str) -> SearchResult:
        """「他には？」 also asks for the rest of the items the last answer cited: an item is one action item, so
        what it says besides the sentences quoted already is on the topic. Those that have such sentences answer
        first, in the order the last answer cited them, with them (``compose``'s ``shown``); the items not shown
        yet after them."""
        rest = self._with_rest(self._records(focus.record_ids), focus)
        if not rest:
            return result
        return self._leading(asked, result, rest, filters, language,
                             result.listed or [e.record.id for e in result.evidence[:1]])

    def _more_detail(self, asked: str, result: SearchResult, focus: Focus, filters: Filters | None,
                     language: str) -> SearchResult:
        """「もっと詳しく」 is answered with the whole text of the items the last answer cited; when it quoted all of
        them already (a section's short text: Group2 3『戦略』), with the items under them (Group2 3-1, 3-2,
        3-3), in their documents' order."""
        cited = self._records(focus.record_ids)
        if self._with_rest(cited, focus):
            return result
        under = self._with_rest(self._records(list(dict.fromkeys(
            i for r in cited for i in self.retriever.sub_items(r.id)))), focus)
        return self._leading(asked, result, under, filters, language, []) if under else result

    def _words(self, text: str, language: str) -> list[str]:
        """``text``'s words in the documents' words (English words: their Japanese words), no city names."""
        words = ([w for group in self.retriever.index.english.translate(text)[0] for w in group] if language == "en"
                 else tokenize(text))
        return [w for w in dict.fromkeys(words) if w not in self.retriever.city_terms]

    def _done_elsewhere(self, question: str, asked: str, result: SearchResult, conversation: Conversation,
                        filters: Filters | None, language: str) -> tuple[SearchResult, str]:
        """「そこに実際Wi-Fi入ったの？」 of a proposal or a plan: what the city did is reported in its other documents
        (a progress report's 取組項目07 for a strategy meeting's Wi-Fi proposal). Of the words the user has used
        in this topic that an item cited last has, one that few records have (``done_term_records``), some of them
        in another document, the fewest there (「wi-fi」, not 予算): the best of those records answers first, with
        a line saying where it is. None: ``result`` as it was."""
        focus = conversation.focus
        cited = self._records(focus.record_ids) if focus else []
        if not cited:
            return result, ""
        asked_before = []
        for turn in reversed(conversation.turns):
            asked_before.append(turn.question)
            if turn.follow_up == FollowUp.NEW:
                break
        texts = [unicodedata.normalize("NFKC", r.text).lower() for r in cited]  # what they say, not their labels
        documents = {r.source_file for r in cited}
        city = (filters or Filters()).model_copy(update={"record_ids": [], "exclude_ids": [], "source_files": []})
        best: list[Record] = []
        for term in (w for w in self._words(" ".join([question, *asked_before]), language)
                     if len(w) >= 2 and any(w in text for text in texts)):
            holders = self._records(self.retriever.holders(term, city))
            elsewhere = [r for r in holders if r.source_file not in documents]
            if elsewhere and len(holders) <= self.settings.retrieval.done_term_records \
                    and (not best or len(elsewhere) < len(best)):
                best = elsewhere
        if not best:  # none of the user's words is rare: the record elsewhere that shares the most rare words
            best = self._sharing_rare_words(focus.shown_sentences, texts, documents, city)
        if not best:
            return result, ""
        result = self._leading(asked, result, best, filters, language, [])
        first = self._records(result.leads[:1])[0] if result.leads else best[0]
        where = f"{first.label}『{first.title}』"
        return result, (f"(What was done is reported in {where})" if language == "en" else f"（実施の状況は{where}にあります）")

    def _sharing_rare_words(self, shown: list[str], texts: list[str], documents: set[str], city: Filters
                            ) -> list[Record]:
        """Of the records outside ``documents``, those that share the most words (at least two) with the sentences
        the chat quoted (``shown``, what the user read: 「あいとぴあセンター」「wi-fi」 of a budget proposal) that few
        records have (``done_term_records``); none: []."""
        counts: dict[str, int] = {}
        for term in dict.fromkeys(w for w in tokenize(" ".join(shown)) if len(w) >= 2 and any(w in t for t in texts)):
            holders = self.retriever.holders(term, city)
            if len(holders) <= self.settings.retrieval.done_term_records:
                for r in self._records(holders):
                    if r.source_file not in documents:
                        counts[r.id] = counts.get(r.id, 0) + 1
        most = max(counts.values(), default=0)
        return self._records([i for i, n in counts.items() if n == most]) if most >= 2 else []

    def _figure_elsewhere(self, asked: str, reading: Reading, conversation: Conversation, filters: Filters | None,
                          settings: AnswerSettings) -> tuple[SearchResult, ComposedAnswer] | None:
        """A chat's 「予算は？」 that none of the cited items answers: the item of the same documents that
        prints the figure asked and has the topic's most distinctive word (see ``_distinctive``: a report's
        「次年度予算に向けた提案」 section for the 街路灯 just discussed) answers, with a line saying where the
        figure is. None: nothing does."""
        focus = conversation.focus
        retriever = self.retriever
        cited = self._records(focus.record_ids)
        if not cited:
            return None
        documents = (filters or Filters()).model_copy(update={
            "record_ids": [], "exclude_ids": [], "source_files": sorted({r.source_file for r in cited})})
        topic_terms = self._words(focus.topic, focus.language)
        # the topic's most distinctive word the cited items have (街路灯, not 取組): the answering item has it too
        on_topic = set(self._distinctive(topic_terms, cited, documents) or [])
        wider = documents.model_copy(update={"exclude_ids": focus.scope_ids})
        _, result = self._search(asked, settings.max_items, wider, reading.language, own_words="")
        named = find_refs(focus.topic)  # 「Group2は…」: not Group1's budget, though it has the topic's word
        for e in result.evidence:
            if unstated_figure(result.query, e) or e.record.id not in on_topic or contradicts(named, retriever.unit_refs(e.record.id)):
                continue
            found = result.model_copy(update={"evidence": [e], "scoped": True})
            composed = compose(found, settings, set(retriever.corpus_cities))
            if composed.abstained:
                return None
            where = f"{e.record.label}『{e.record.title}』"
            note = (f"(The figure is in {where})" if reading.language == "en" else f"（ご質問の数値は{where}にあります）")
            composed.answer = f"{note}\n{composed.answer}"
            return found, composed
        return None

    def replay(self, history: list[str], filters: Filters | None = None) -> Conversation:
        """A conversation rebuilt from its earlier questions, oldest first (``ask --history``)."""
        conversation = Conversation()
        for earlier in history:
            self.answer(earlier, filters=filters, conversation=conversation)
        return conversation

    def ask(
        self, question: str, k: int | None = None, filters: Filters | None = None, id: str | None = None,
        history: list[str] | None = None, conversation: Conversation | None = None,
    ) -> AnswerResult:
        """The ``ask --json`` contract. ``history``: the earlier questions of the same conversation, replayed
        to rebuild it (or pass the ``conversation`` itself, which the turn is added to)."""
        started = time.perf_counter()
        if conversation is None and history is not None:
            conversation = self.replay(history, filters)
        _, composed = self.answer(question, k=k, filters=filters, conversation=conversation)
        return AnswerResult(
            id=id,
            question=question,
            answer=composed.answer,
            abstained=composed.abstained,
            citations=composed.citations,
            latency_ms=round((time.perf_counter() - started) * 1000, 2),
            nearby=nearby_citations(composed, self.settings.answer),
            interpreted_question=composed.reading.question if composed.reading else question,
        )

    def record(self, source_file: str, label: str) -> Record | None:
        """A record of the published index by its document and label (a citation's record)."""
        pos = self.retriever.by_file_label.get((source_file, label))
        return None if pos is None else self.index.records[pos]
