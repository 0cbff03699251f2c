"""Validates FHIR R5 resources with fhir.resources (pydantic models of the FHIR R5 spec).

Usage: check_fhir.py FILE [FILE ...]. Each file must be a CodeSystem, ValueSet or
ConceptMap that the models accept. Exit status 0 when all validate, 1 otherwise.
"""
import json
import sys

from fhir.resources.codesystem import CodeSystem
from fhir.resources.conceptmap import ConceptMap
from fhir.resources.valueset import ValueSet

MODELS = {"CodeSystem": CodeSystem, "ValueSet": ValueSet, "ConceptMap": ConceptMap}


def check(path: str) -> bool:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        model = MODELS[data.get("resourceType")]
        resource = model.model_validate(data)
    except Exception as e:  # any parse or validation error fails the check
        print(f"{path}: invalid: {e}")
        return False
    print(f"{path}: valid {resource.__class__.__name__}")
    return True


if __name__ == "__main__":
    results = [check(p) for p in sys.argv[1:]]
    sys.exit(0 if results and all(results) else 1)
