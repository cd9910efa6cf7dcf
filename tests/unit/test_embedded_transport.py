"""The embedded broker: woken by arrivals, not by polling; a bounded drain still ends on time."""

from __future__ import annotations

import socket
import threading
import time

import pytest
from kombu import Connection, Exchange, Queue

from pacts_farm.farm import dispatch


@pytest.fixture
def connection():
    with Connection("memory://localhost/", transport=dispatch.EmbeddedTransport) as conn:
        yield conn


def _consumer(conn: Connection, name: str, received: list[object]):
    queue = Queue(name, Exchange(name, type="direct"), routing_key=name)
    consumer = conn.Consumer([queue], callbacks=[lambda body, message: (received.append(body), message.ack())])
    consumer.consume()
    return queue


def test_embedded_transport_wakes_a_blocked_drain_when_a_message_arrives(connection: Connection) -> None:
    received: list[object] = []
    queue = _consumer(connection, "wake-test", received)
    looks = 0
    get = connection.transport.cycle.get

    def counting_get(*args: object, **kwargs: object) -> object:
        nonlocal looks
        looks += 1
        return get(*args, **kwargs)

    connection.transport.cycle.get = counting_get

    def publish_later() -> None:
        time.sleep(0.3)
        with Connection("memory://localhost/", transport=dispatch.EmbeddedTransport) as other:
            other.Producer().publish({"n": 1}, exchange=queue.exchange, routing_key="wake-test", declare=[queue])

    sender = threading.Thread(target=publish_later)
    sender.start()
    connection.drain_events(timeout=None)  # blocks until the message: no timeout for a None drain
    sender.join()
    assert received == [{"n": 1}]
    # 0.3 s idle: a look per 50 ms slice at most (kombu's memory transport polled every 5 ms: ~60 looks)
    assert looks <= 10


def test_embedded_transport_bounded_drain_times_out_without_a_message(
    connection: Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    _consumer(connection, "timeout-test", [])
    waits: list[float] = []
    wait_past = dispatch._arrivals.wait_past

    def recording_wait_past(seen: int, timeout: float) -> None:
        waits.append(timeout)
        wait_past(seen, timeout)

    monkeypatch.setattr(dispatch._arrivals, "wait_past", recording_wait_past)
    with pytest.raises(socket.timeout):
        connection.drain_events(timeout=2.0)  # bounded to EMBEDDED_DRAIN_S, so a stopping worker is seen soon
    assert waits and sum(waits) <= dispatch.EMBEDDED_DRAIN_S  # one slice of waiting, not the 2 s asked for
