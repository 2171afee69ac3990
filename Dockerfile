# mentorbot: a slim image that migrates the database and then runs the bot.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md LICENSE ./
COPY bot ./bot
COPY handlers ./handlers
COPY schedules ./schedules
COPY storage ./storage
RUN pip install . \
    && useradd --create-home --uid 10001 mentorbot \
    && mkdir -p /data && chown mentorbot /data

USER mentorbot
ENV DATABASE_URL=sqlite:////data/mentorbot.db \
    PORT=3000
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
    CMD python -c "import os, urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ.get(\"PORT\", \"3000\")}/healthz', timeout=4)"

# `mentorbot migrate` applies the migrations; `run` would too, but a failing migration
# should stop the container before the bot takes any traffic.
CMD ["sh", "-c", "mentorbot migrate && exec mentorbot run --http"]
