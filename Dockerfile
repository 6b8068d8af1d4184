# Commentariat API. Build: docker build -t commentariat .
# Run on SQLite (data in a volume):   docker run -p 8000:8000 -v cdata:/app/data commentariat
# Run on PostgreSQL:  docker run -p 8000:8000 \
#   -e COMMENTARIAT_DATABASE_URL=postgresql+psycopg://user:pass@db:5432/commentariat commentariat
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Step 1: dependencies only, so code changes do not reinstall them.
COPY pyproject.toml README.md ./
RUN mkdir app && touch app/__init__.py \
    && pip install . \
    && pip uninstall -y commentariat \
    && rm -rf app build

# Step 2: the application itself.
COPY app ./app
COPY migrations ./migrations
COPY seeds ./seeds
COPY alembic.ini ./
RUN pip install --no-deps . \
    && useradd --create-home --uid 10001 commentariat \
    && mkdir -p /app/data \
    && chown commentariat:commentariat /app/data

USER commentariat
VOLUME ["/app/data"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
    CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/health').status != 200)"

# Migrations are a start-up step, not part of the app. Seed with:
#   docker run --rm -v cdata:/app/data commentariat commentariat seed
CMD ["sh", "-c", "commentariat migrate && exec commentariat serve --host 0.0.0.0 --port 8000"]
