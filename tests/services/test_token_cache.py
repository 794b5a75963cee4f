"""The in-process token cache: only trusted while revocations are heard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from messenger.services.token_cache import TokenCache

SOON = datetime.now(UTC) + timedelta(hours=1)


def test_an_untrusted_cache_stores_and_returns_nothing():
    cache = TokenCache()
    cache.put(b"t", {"id": 1}, SOON)
    cache.set_trusted(True)
    assert cache.get(b"t") is None


def test_a_trusted_cache_returns_what_it_stored_until_evicted():
    cache = TokenCache()
    cache.set_trusted(True)
    cache.put(b"t", {"id": 1}, SOON)
    assert cache.get(b"t") == {"id": 1}
    cache.evict(b"t")
    assert cache.get(b"t") is None


def test_losing_trust_forgets_every_entry():
    cache = TokenCache()
    cache.set_trusted(True)
    cache.put(b"t", {"id": 1}, SOON)
    cache.set_trusted(False)
    cache.set_trusted(True)
    assert cache.get(b"t") is None


def test_an_entry_never_outlives_its_ttl_or_the_token():
    cache = TokenCache(ttl_seconds=0.0)
    cache.set_trusted(True)
    cache.put(b"t", {"id": 1}, SOON)
    assert cache.get(b"t") is None
    lasting = TokenCache(ttl_seconds=60.0)
    lasting.set_trusted(True)
    lasting.put(b"expired", {"id": 2}, datetime.now(UTC) - timedelta(seconds=1))
    assert lasting.get(b"expired") is None


def test_the_oldest_entries_go_first_past_the_size_limit():
    cache = TokenCache(max_entries=2)
    cache.set_trusted(True)
    for name in (b"a", b"b", b"c"):
        cache.put(name, {"name": name.decode()}, SOON)
    assert cache.get(b"a") is None
    assert cache.get(b"b") == {"name": "b"}
    assert cache.get(b"c") == {"name": "c"}
