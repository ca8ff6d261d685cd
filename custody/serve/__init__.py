"""``custody serve``: the REST API (/api, docs/api.md) and the dashboard (/) on one store.

:func:`custody.serve.app.create_app` builds the FastAPI application for a
:class:`~custody.settings.Settings`; the ``custody serve`` command runs it
under uvicorn. This package's modules import FastAPI only in ``app``, ``api``,
``pages``, ``state`` and ``writes``.
"""
