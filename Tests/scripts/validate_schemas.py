"""Validates registry files against tongban's JSON Schemas with the `jsonschema` package.

Usage: validate_schemas.py SCHEMA_DIR KIND=FILE...
Prints one JSON object: {"FILE": ["error", ...], ...} for every file that fails (empty when all pass).
Files are read as a YAML language server reads them (YAML 1.2 core schema: no dates, only
true/false as booleans), so the check is the one an editor makes.
"""
import json
import re
import sys

import jsonschema
import yaml


class CoreLoader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2 core resolution of plain scalars."""


CoreLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for first in "tTfF":
    CoreLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), [first])


def main(argv):
    schema_dir, pairs = argv[1], argv[2:]
    failures = {}
    validators = {}
    for pair in pairs:
        kind, path = pair.split("=", 1)
        if kind not in validators:
            with open(f"{schema_dir}/{kind}.schema.json", encoding="utf-8") as handle:
                schema = json.load(handle)
            jsonschema.Draft7Validator.check_schema(schema)
            validators[kind] = jsonschema.Draft7Validator(schema)
        with open(path, encoding="utf-8") as handle:
            document = yaml.load(handle, Loader=CoreLoader)
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validators[kind].iter_errors(document)]
        if errors:
            failures[path] = errors
    json.dump(failures, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv)
