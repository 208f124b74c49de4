"""The public page's limits, without a browser: client addresses, per-client windows, answer slots."""

from __future__ import annotations

import threading

from assistant.app.rate_limit import AnswerSlots, ClientLimits, RateLimiter, client_address


def test_client_address_trusts_only_listed_proxies():
    proxies = ["10.0.0.0/8"]
    assert client_address("203.0.113.5", None, proxies) == "203.0.113.5"
    # a client cannot pick its own key by sending the header
    assert client_address("203.0.113.5", "198.51.100.7", proxies) == "203.0.113.5"
    # behind a trusted proxy: the nearest hop that is not a proxy
    assert client_address("10.0.0.2", "198.51.100.7, 10.0.0.9", proxies) == "198.51.100.7"
    assert client_address("10.0.0.2", "1.2.3.4, 198.51.100.7", proxies) == "198.51.100.7"
    assert client_address("10.0.0.2", "10.0.0.3", proxies) == "10.0.0.2"
    assert client_address(None, None, proxies) == "unknown"
    assert client_address("10.0.0.2", "not-an-address", []) == "10.0.0.2"


def test_sliding_window():
    limiter = RateLimiter(2, window=60)
    assert limiter.allow(0) and limiter.allow(1) and not limiter.allow(2)
    assert limiter.wait_seconds(2) == 59
    assert limiter.allow(61)  # the first question left the window


def test_each_client_has_its_own_window():
    limits = ClientLimits(1, window=60)
    assert limits.allow("a", now=0) == (True, 0)
    assert limits.allow("a", now=1) == (False, 60)
    assert limits.allow("b", now=1) == (True, 0)
    assert limits.allow("a", now=62) == (True, 0)


def test_answer_slots_turn_away_beyond_the_wait():
    slots = AnswerSlots(1, wait=0.05)
    held, release = threading.Event(), threading.Event()

    def hold():
        with slots.slot() as got:
            assert got
            held.set()
            release.wait(5)

    worker = threading.Thread(target=hold)
    worker.start()
    held.wait(5)
    with slots.slot() as got:
        assert got is False  # every slot busy for the whole wait
    release.set()
    worker.join(5)
    with slots.slot() as got:
        assert got is True
