#!/usr/bin/env python3
"""libxml2 (through lxml) validating Akoma Ntoso files against a W3C XML Schema, the peer of Lexkit's strict read.

Not run by the build. The schema is parsed once; then each line read from standard input,

    PATH REPETITIONS

is answered with one line,

    valid|invalid CPU_NANOSECONDS FIRST_ERROR

where CPU_NANOSECONDS is this process's CPU time for parsing and validating PATH REPETITIONS times (the file is read
into memory first, so disk speed is not measured) and FIRST_ERROR is libxml2's first message, or "-". The Java
program org.lexkit.benchmarks.LibxmlComparison drives it, so both validators run in one interleaved run.

    python3 benchmarks/scripts/lxml_validate.py akomantoso30.xsd
"""

import sys
import time

from lxml import etree


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: lxml_validate.py SCHEMA.xsd  (then PATH REPETITIONS lines on standard input)", file=sys.stderr)
        return 2
    schema = etree.XMLSchema(etree.parse(sys.argv[1]))
    # No network, no DTD loading, no entity expansion: the same hardening the Java readers have.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
    print("ready libxml2 %s lxml %s" % (".".join(map(str, etree.LIBXML_VERSION)),
                                        ".".join(map(str, etree.LXML_VERSION))), flush=True)
    for line in sys.stdin:
        path, repetitions = line.rsplit(" ", 1)
        with open(path, "rb") as f:
            data = f.read()
        verdict, error = "valid", "-"
        start = time.process_time_ns()
        for _ in range(int(repetitions)):
            try:
                document = etree.fromstring(data, parser)
                if not schema.validate(document):
                    verdict, error = "invalid", str(schema.error_log.last_error)
            except etree.XMLSyntaxError as e:
                verdict, error = "invalid", str(e)
        cpu = time.process_time_ns() - start
        print("%s %d %s" % (verdict, cpu, error.replace("\n", " ")), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
