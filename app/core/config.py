"""Runtime configuration: one ``Settings`` object read from ``COMMENTARIAT_*`` variables."""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

_REPO_ROOT = Path(__file__).resolve().parents[2]


def _project_dir(name: str) -> Path:
    """A folder of the source tree (seeds, migrations), also when the package is installed."""
    beside_package = _REPO_ROOT / name
    return beside_package if beside_package.is_dir() else Path.cwd() / name


class Settings(BaseSettings):
    """Every knob the service reads; each maps to ``COMMENTARIAT_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="COMMENTARIAT_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///./data/commentariat.db",
        description="SQLAlchemy URL. SQLite (embedded default) or postgresql+psycopg://...",
    )
    seeds_dir: Path = Field(
        default_factory=lambda: _project_dir("seeds"),
        description="Folder with the seed articles and the topic taxonomy (topics.yaml).",
    )
    migrations_dir: Path = Field(
        default_factory=lambda: _project_dir("migrations"),
        description="The Alembic script folder.",
    )
    default_page_size: int = Field(default=20, ge=1)
    max_page_size: int = Field(default=100, ge=1)
    cors_origins: list[str] = Field(
        default_factory=list,
        description="Origins allowed to write (POST/DELETE). Any origin may read.",
    )
    environment: Literal["development", "production"] = Field(
        default="development",
        description="`production` refuses to start without a configured cursor secret of "
        "at least 32 characters; `development` generates one on first start.",
    )
    cursor_secret: SecretStr | None = Field(
        default=None,
        description="HMAC key that signs pagination cursors; share it across replicas. "
        "Unset: read from cursor_secret_file (generated there on first start in "
        "development; see app/core/cursor_secret.py).",
    )
    cursor_secret_file: Path | None = Field(
        default=None,
        description="File holding the cursor secret when cursor_secret is unset; default "
        "`cursor_secret` beside the SQLite store, or ./data/cursor_secret.",
    )
    query_timeout_seconds: float = Field(default=2.0, gt=0)
    sqlite_synchronous: Literal["NORMAL", "FULL"] = Field(
        default="NORMAL",
        description="SQLite fsync policy in WAL mode. NORMAL: a commit survives a process "
        "crash, not a power loss; FULL: it survives both, at a cost per write.",
    )
    sqlite_cache_mb: int = Field(
        default=2,
        ge=1,
        description="SQLite's page cache per connection, in MiB (2 is SQLite's own default; "
        "16 measured no faster for the server at 1M statements and cost 60 MB of RSS). "
        "`commentariat ingest` gives its one writer connection at least 128.",
    )
    db_pool_size: int = Field(
        default=4,
        ge=1,
        description="Database connections per process, and as many threads for sync "
        "endpoints: each thread holds one connection while it works. A few are enough: "
        "more threads only contend for the GIL (measured: 1.9 ms of CPU per list page with "
        "4, 3.9 ms with 40). Scale out with `serve --workers`.",
    )
    trusted_hosts: list[str] = Field(
        default_factory=lambda: ["*"],
        description="Host header values served; `*.example.org` matches subdomains, `*` any.",
    )
    max_body_bytes: int = Field(
        default=1024 * 1024, ge=1, description="Request bodies over this many bytes get 413."
    )
    fetch_timeout_seconds: float = Field(
        default=20.0,
        gt=0,
        description="`commentariat ingest URL`: seconds one page may take, from connecting "
        "to its last byte, redirects included.",
    )
    fetch_max_bytes: int = Field(
        default=5 * 1024 * 1024,
        ge=1,
        description="`commentariat ingest URL`: a page larger than this many bytes is refused.",
    )
    fetch_max_redirects: int = Field(
        default=5,
        ge=0,
        description="`commentariat ingest URL`: redirects followed for one page; more fail it.",
    )
    write_rate_limit: int = Field(
        default=60,
        ge=0,
        description="Write requests per minute per API key, in this process; 0 turns it off.",
    )
    write_rate_limits: dict[str, int] = Field(
        default_factory=dict,
        description='Per-key overrides of write_rate_limit, by key name: {"importer": 600}.',
    )
    cache_max_age: int = Field(
        default=0,
        ge=0,
        description="max-age, in seconds, of the Cache-Control header on GET /v1 answers. "
        "0 (the default) sends `no-cache`: caches keep answers but revalidate them with "
        "the ETag, so no client shows a list older than the last write.",
    )
    response_cache_entries: int = Field(
        default=2048,
        ge=0,
        description="Answers kept in memory per process, per data version; 0 turns it off.",
    )
    response_cache_max_body_bytes: int = Field(
        default=256 * 1024,
        ge=0,
        description="Larger answers are not kept in the in-memory cache.",
    )
    response_cache_total_bytes: int = Field(
        default=64 * 1024 * 1024,
        ge=0,
        description="Bodies kept in the in-memory cache, in all, per process.",
    )
    telemetry: bool = Field(
        default=False,
        description="FastAPI's built-in OpenTelemetry spans, metrics and logs. Off by default: "
        "it costs a check of the global providers on every request even when none is set.",
    )
    search_total_cap: int = Field(
        default=10_000,
        ge=1,
        description="A searchable list counts its matches exactly up to this many; past it, "
        '`total` is this number and `total_exact` is false ("10,000+"), so a common word '
        "costs no more to count than this many matches.",
    )
    postgres_work_mem_mb: int = Field(
        default=16,
        ge=1,
        description="PostgreSQL's work_mem for this service's connections, in MiB. A RUM "
        "index sorts a search's matches in it: PostgreSQL's default of 4 spilled a common "
        "word's 115k matches to disk (153 ms; 85 ms with 16).",
    )
    search_rank_index: Literal["auto", "gin"] = Field(
        default="auto",
        description="PostgreSQL: `auto` ranks searches with the RUM index that migration "
        "0009 builds where the rum extension is installed, and with GIN where it is not; "
        "`gin` always uses GIN. Ignored on SQLite (FTS5).",
    )
    data_version_ttl_seconds: float = Field(
        default=0.5,
        ge=0,
        description="How long a process trusts the data version it read. Writes made by this "
        "process are seen at once; writes by other processes within this delay.",
    )

    export_batch_size: int = Field(
        default=1000,
        ge=1,
        le=10_000,
        description="Rows a CSV or NDJSON export reads at a time. Each batch is one keyset "
        "seek on its own short-lived session, closed before the batch is sent.",
    )
    export_send_timeout_seconds: float = Field(
        default=30.0,
        gt=0,
        description="An export whose client accepts nothing for this long is dropped: it "
        "stops, and the server closes the connection.",
    )
    timeline_max_periods: int = Field(
        default=10_000,
        ge=1,
        description="Most periods a zero-filled timeline may hold. GET /v1/stats/timeline "
        "answers 422 when the first and last period are further apart; an expert's monthly "
        "timeline then lists only the months with statements.",
    )

    parse_workers: int = Field(
        default=2,
        ge=1,
        description="Worker processes that parse the texts of POST /v1/articles and "
        "/v1/articles/preview, off the event loop; more requests wait for a free one.",
    )
    parse_timeout_seconds: float = Field(
        default=5.0,
        gt=0,
        description="The parse deadline of any text (API and `commentariat ingest`); a "
        "text gets this plus parse_timeout_seconds_per_mib for its size. A parse past it "
        "is stopped (its worker replaced) and the text refused: 422, or a failed file.",
    )
    parse_timeout_seconds_per_mib: float = Field(
        default=30.0,
        ge=0,
        description="What the parse deadline grows by per MiB of text (UTF-8).",
    )


@lru_cache
def get_settings() -> Settings:
    return Settings()
