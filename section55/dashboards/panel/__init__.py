"""The report to the Police and Crime Panel: what changed in tracked items over a period."""
