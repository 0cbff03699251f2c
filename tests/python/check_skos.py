"""Checks a SKOS export with libraries the hub does not write.

Usage: check_skos.py FILE [FILE ...] (Turtle .ttl or JSON-LD .jsonld). Each file is parsed
by rdflib and validated by pyshacl against skos-shapes.ttl. Exit status 0 when every file
parses and conforms, 1 otherwise (the report is printed).
"""
import pathlib
import sys

import pyshacl
import rdflib

SHAPES = pathlib.Path(__file__).with_name("skos-shapes.ttl")


def check(path: str) -> bool:
    fmt = "json-ld" if path.endswith(".jsonld") else "turtle"
    graph = rdflib.Graph()
    try:
        graph.parse(path, format=fmt)
    except Exception as e:  # a parse error of any kind fails the check
        print(f"{path}: does not parse as {fmt}: {e}")
        return False
    concepts = len(set(graph.subjects(rdflib.RDF.type, rdflib.SKOS.Concept)))
    if concepts == 0:
        print(f"{path}: no skos:Concept")
        return False
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    conforms, _, report = pyshacl.validate(graph, shacl_graph=shapes, advanced=True)
    print(f"{path}: {len(graph)} triples, {concepts} concepts, conforms: {conforms}")
    if not conforms:
        print(report)
    return conforms


if __name__ == "__main__":
    results = [check(p) for p in sys.argv[1:]]
    sys.exit(0 if results and all(results) else 1)
