"""custody's extraction on Apache Spark (``custody spark``, or ``spark-submit``).

:mod:`custody.spark.job` runs the job; :mod:`custody.spark.inputs` lists and
reads its inputs; ``python -m custody.spark`` (or ``spark-submit
.../custody/spark/__main__.py``) runs it from the command line. pyspark is
imported only by the functions that need it. See docs/scale.md.
"""

from __future__ import annotations
