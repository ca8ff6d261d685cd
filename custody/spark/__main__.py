"""Run the extraction job: ``spark-submit custody/spark/__main__.py INPUT... --output DIR``.

Also ``python -m custody.spark``. The same options as ``custody spark``;
``--master`` is optional here (spark-submit gives it). See docs/scale.md.
"""

from __future__ import annotations

import argparse
import json
import sys


def main(argv: list[str] | None = None) -> int:
    from custody.errors import CustodyError
    from custody.settings import load_settings
    from custody.spark.job import check_output, run, session

    parser = argparse.ArgumentParser(prog="custody.spark", description=__doc__)
    parser.add_argument("inputs", nargs="+", help="WARC/ARC, JSON Lines, folders or listings")
    parser.add_argument("--output", required=True, help="folder or URL for the results")
    parser.add_argument("--master", default=None, help="Spark master (spark-submit sets it)")
    parser.add_argument("--partitions", type=int, default=None, help="tasks (default: inputs)")
    parser.add_argument("--overwrite", action="store_true", help="replace earlier results")
    args = parser.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        parser.error("--partitions must be at least 1")
    try:
        check_output(args.output, args.overwrite)
        spark = session(args.master)
        try:
            result = run(
                spark, args.inputs, args.output, args.partitions, load_settings(), args.overwrite
            )
        finally:
            spark.stop()
    except CustodyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result.to_dict()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
