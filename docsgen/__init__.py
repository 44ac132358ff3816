"""The documentation site's generated part: the API reference, rendered when `mkdocs build` runs.

`docsgen.reference` reads the generated package (catalog, endpoint and facade docstrings, models) and renders
Markdown; `docsgen.mkdocs_hook` hands the pages to mkdocs. Nothing here is committed output.
"""
