"""The endpoint table holds together: every row's handler takes exactly the arguments the
row gives it (its parameters and its body's properties), so the table, the schema files
and the handlers cannot drift apart without this failing."""

from __future__ import annotations

import inspect
import re
from typing import Any, get_args, get_type_hints

from messenger.api.endpoints import ENDPOINTS, RPC_METHODS
from messenger.api.validation import load_schemas


def keyword_arguments(handler: Any) -> set[str]:
    """The keyword arguments a handler takes: its keyword-only parameters, or the keys
    of the TypedDict its **kwargs is unpacked from."""
    names = set()
    for parameter in inspect.signature(handler).parameters.values():
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            names.add(parameter.name)
        elif parameter.kind is inspect.Parameter.VAR_KEYWORD:
            hint = get_type_hints(handler, include_extras=True)[parameter.name]
            [shape] = get_args(hint)
            names |= set(shape.__annotations__)
    return names


def body_properties(file_name: str | None) -> set[str]:
    if file_name is None:
        return set()
    return set(load_schemas()[file_name]["properties"])


def test_every_handler_takes_its_rows_parameters_and_body_properties():
    for endpoint in ENDPOINTS:
        expected = {param.arg for param in endpoint.params} | body_properties(endpoint.body)
        assert keyword_arguments(endpoint.handler) == expected, endpoint.path


def test_no_body_property_takes_the_name_of_a_parameter():
    for endpoint in ENDPOINTS:
        arguments = [param.arg for param in endpoint.params]
        assert len(arguments) == len(set(arguments)), endpoint.path
        assert not set(arguments) & body_properties(endpoint.body), endpoint.path


def test_the_path_parameters_of_a_row_are_its_templates_names():
    for endpoint in ENDPOINTS:
        names = set(re.findall(r"\{([^}]+)\}", endpoint.path))
        assert {p.name for p in endpoint.params if p.where == "path"} == names, endpoint.path


def test_each_method_and_path_is_one_row():
    keys = [(endpoint.method, endpoint.path) for endpoint in ENDPOINTS]
    assert len(keys) == len(set(keys))


def test_the_rpc_methods_are_the_seed_names_and_search_on_their_endpoints():
    reached = {name: (m.endpoint.method, m.endpoint.path) for name, m in RPC_METHODS.items()}
    assert reached == {
        "add_new_user": ("POST", "/api/v1/auth/register"),
        "get_users": ("GET", "/api/v1/users"),
        "get_chats": ("GET", "/api/v1/chats"),
        "add_new_chat": ("POST", "/api/v1/chats"),
        "get_participants_of_chat": ("GET", "/api/v1/chats/{id}/members"),
        "get_messages": ("GET", "/api/v1/chats/{id}/messages"),
        "add_new_message": ("POST", "/api/v1/chats/{id}/messages"),
        "add_new_attach": ("POST", "/api/v1/chats/{id}/messages"),
        "remove_all_messages": ("DELETE", "/api/v1/chats/{id}/messages"),
        "change_message_content": ("PATCH", "/api/v1/messages/{id}"),
        "remove_message": ("DELETE", "/api/v1/messages/{id}"),
        "search_messages": ("GET", "/api/v1/search/messages"),
    }
