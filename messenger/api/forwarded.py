"""The client's address behind load balancers: X-Forwarded-For, believed only as far as
proxies the operator named (`server.trusted_proxies`) wrote it.

Each proxy appends the address it got the request from (nginx's
`$proxy_add_x_forwarded_for` to the header's one line; HAProxy's `option forwardfor` as a
header line of its own, which reads the same). So the chain is read from the right,
starting at the peer of our own TCP connection: while the address at hand is a trusted
proxy, the hop written before it is where that proxy got the request; the first address
that is no proxy of ours is the client. What stands left of it the client wrote itself,
and from a peer that is not trusted the header is ignored altogether: nobody chooses the
address their failed logins are counted against (messenger.services.limits), and the
access log shows who really asked.

Written here rather than taken from aiohttp-remotes: its XForwardedFiltered believes the
header from any peer, and its XForwardedStrict wants an exact number of hops and one
header line (a request straight from a trusted host, or one whose client sent a header
of its own, would be a 400, and HAProxy adds a second line).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable, Iterable, Sequence

from aiohttp import hdrs, web
from aiohttp.typedefs import Middleware

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def trusted_networks(entries: Iterable[str]) -> tuple[Network, ...]:
    """`server.trusted_proxies` as networks (an address is a network of one)."""
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    # A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d.
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def client_address(
    peer: str | None, forwarded_for: Sequence[str], trusted: Sequence[Network]
) -> str | None:
    """The client's address: `peer` (the TCP peer) unless it is a trusted proxy, then
    the rightmost hop of the X-Forwarded-For lines that is not one. A hop that is not an
    address ends the walk at the proxy that passed it on."""
    current = _address(peer) if peer is not None else None
    if current is None:
        return peer
    hops = [hop for line in forwarded_for for hop in line.split(",")]
    while hops and any(current in network for network in trusted):
        previous = _address(hops.pop())
        if previous is None:
            break
        current = previous
    return str(current)


def forwarded_middleware(trusted_proxies: Iterable[str]) -> Middleware:
    """A middleware that hands on the request as coming from the client's address. The
    outermost one: the others (the access log among them) see that address."""
    trusted = trusted_networks(trusted_proxies)

    @web.middleware
    async def forwarded(request: web.Request, handler: Handler) -> web.StreamResponse:
        lines = request.headers.getall(hdrs.X_FORWARDED_FOR, [])
        if lines:
            client = client_address(request.remote, lines, trusted)
            if client is not None and client != request.remote:
                request = request.clone(remote=client)
        return await handler(request)

    return forwarded
