"""People in an article: names, the registry of who is who, roles and organisations,
nationalities, and coreference (which mention is which person).

The parser's rules find statements; this package answers "who said it, and as what".
"""
