"""Findings read from a report's own document, checked by a person before they are saved.

The flow: upload the document or give its web address (``fetch.py``) → the document is read by
``section55.extraction`` into an ``ExtractionDraft`` (``services.start_draft``) → the person
reviews, corrects, adds and unticks findings (``forms.py``, ``views.py``) → on confirmation the
included findings are written to the report in one transaction (``services.save_findings``).
"""
