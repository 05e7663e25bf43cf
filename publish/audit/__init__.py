"""Provider audit: show every provider what their listings lack and how to fix it.

- ``checks``  every check as declarative data (id, category, severity, Dutch message and fix)
- ``engine``  ``audit(records)`` → ``AuditResult`` (findings, duplicates, scores per provider)
- ``scores``  the completeness formula and the "fix these first" ranking (documented there)
- ``report``  static HTML per provider + index, CSV of findings, Markdown network summary
- ``site``    ``write_audit_tables`` and ``metadata_fragment`` for the published Datasette
- ``cli``     ``doemee audit``
"""
