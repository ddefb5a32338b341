"""Downloads: the body's tracker (signed in) and open data about a body (anyone)."""
