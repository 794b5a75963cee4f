"""The rules of the messenger: who may do what, one transaction per write, and the side
effects a change causes (events, cache bumps, mails). One module per area, named as the
area is named in api/handlers/ and repository/; REST, JSON-RPC and the tools all call
these functions, so no rule is written twice."""
