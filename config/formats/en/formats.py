"""English dates as readers in the UK and elsewhere write them: "30 November 2026".

Spanish uses Django's own ("30 de noviembre de 2026").
"""

DATE_FORMAT = "j F Y"
