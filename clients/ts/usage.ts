// Use the API through openapi-fetch, typed by what openapi-typescript generates from the
// live OpenAPI document, as a browser or Node client would. Compiled with tsc --strict
// and run against a server with the seeded store by clients/check.sh; exits non-zero on
// the first answer that is not what the document promises.
//
//   node build/ts-out/ts/usage.js http://127.0.0.1:8000

import createClient from "openapi-fetch";
import type { components, paths } from "../build/ts/schema.js";

type Schemas = components["schemas"];
type StatementKind = Schemas["StatementKind"];
type StatementSummary = Schemas["StatementSummary"];
type Problem = Schemas["Problem"];

const baseUrl = process.argv[2] ?? "http://127.0.0.1:8000";
// Each operation declares one media type: a list's `data` is its page, an export's text.
const client = createClient<paths>({ baseUrl });

function check(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new Error(`mismatch: ${message}`);
  }
}

// `span` counts Unicode code points; `span_utf16` counts UTF-16 code units, as
// JavaScript strings index them.
function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}

async function listExperts(): Promise<string> {
  const { data, error } = await client.GET("/v1/experts", {
    params: { query: { kind: "expert", limit: 100 } },
  });
  check(data !== undefined, `experts: ${JSON.stringify(error)}`);
  check(data.total > 0, "the seed has experts");
  check(
    data.items.every((expert) => expert.kind === "expert"),
    "kind=expert filters",
  );
  const first = data.items[0];
  check(first !== undefined, "a first expert");
  console.log(`experts: ${data.total}, first ${first.slug}`);
  return first.slug;
}

async function filterStatements(expert: string): Promise<StatementSummary> {
  const byExpert = await client.GET("/v1/statements", {
    params: { query: { expert: [expert] } },
  });
  check(byExpert.data !== undefined, "statements by expert");
  const first = byExpert.data.items[0];
  check(first !== undefined, `${expert} has statements`);
  const topic = first.topics[0];
  check(topic !== undefined, "the statement has a topic");
  // A value read from a result goes straight back as a filter: one shared type.
  const kind: StatementKind = first.kind;
  const { data } = await client.GET("/v1/statements", {
    params: {
      query: {
        expert: [expert],
        topic: [topic.slug],
        from: first.said_on,
        to: first.said_on,
        kind,
        sort: "-said_on",
      },
    },
  });
  check(data !== undefined, "filtered statements");
  check(
    data.items.some((statement) => statement.id === first.id),
    "expert, topic and date filter",
  );
  for (const statement of data.items) {
    check(statement.said_on === first.said_on, "date filter");
    check(statement.kind === kind, "kind filter");
    check(
      statement.topics.some((tag) => tag.slug === topic.slug),
      "topic filter",
    );
  }
  console.log(`statements by ${expert} on ${first.said_on} about ${topic.slug}: ${data.total}`);
  return first;
}

async function pageToTheEnd(): Promise<void> {
  const seen: number[] = [];
  let cursor: string | undefined;
  let total = -1;
  for (;;) {
    const query: paths["/v1/statements"]["get"]["parameters"]["query"] =
      cursor === undefined ? { limit: 2 } : { limit: 2, cursor };
    const { data } = await client.GET("/v1/statements", { params: { query } });
    check(data !== undefined, "a page");
    total = data.total;
    seen.push(...data.items.map((statement) => statement.id));
    if (data.next_cursor === null) {
      break;
    }
    cursor = data.next_cursor;
  }
  check(seen.length === total, `paged ${seen.length} of ${total}`);
  check(new Set(seen).size === seen.length, "no statement twice");
  console.log(`paged through ${total} statements, 2 at a time`);
}

async function exportStatements(expert: string): Promise<void> {
  const listed = await client.GET("/v1/statements", { params: { query: { expert: [expert] } } });
  check(listed.data !== undefined, "statements by expert");
  const total = listed.data.total;
  const csv = await client.GET("/v1/statements.csv", {
    params: { query: { expert: [expert] } },
    parseAs: "text",
  });
  check(csv.data !== undefined, `CSV export: ${csv.response.status}`);
  check(
    csv.response.headers.get("content-type")?.startsWith("text/csv") === true,
    "a CSV export",
  );
  check(
    csv.response.headers.get("content-disposition") === 'attachment; filename="statements.csv"',
    "an attachment",
  );
  const header = csv.data.split("\r\n")[0] ?? "";
  check(header.split(",").includes("span_utf16_start"), `CSV header: ${header}`);
  const ndjson = await client.GET("/v1/statements.ndjson", {
    params: { query: { expert: [expert], include: "context" } },
    parseAs: "text",
  });
  check(ndjson.data !== undefined, "NDJSON export");
  const lines = ndjson.data.split("\n").filter((line) => line !== "");
  check(lines.length === total, `NDJSON lines ${lines.length} of ${total}`);
  for (const line of lines) {
    const item = JSON.parse(line) as StatementSummary;
    check(item.expert?.slug === expert, "the export's filter");
    check(item.context !== undefined && item.context !== null, "include=context");
  }
  console.log(`exports of ${expert}: ${lines.length} NDJSON lines, CSV ${header.length} B header`);
}

async function fetchDetails(statement: StatementSummary): Promise<void> {
  const detail = await client.GET("/v1/statements/{statement_id}", {
    params: { path: { statement_id: statement.id }, query: { include: "context" } },
  });
  check(detail.data !== undefined, "statement detail");
  check(detail.data.text === statement.text, "the same statement");
  check(detail.data.context !== undefined && detail.data.context !== null, "include=context");
  check(statement.article.source !== undefined, "the statement names its outlet");
  check(
    detail.data.topics.every((tag) => tag.matched_terms.length > 0),
    "tags are explained",
  );
  check(statement.expert !== null, "an attributed statement");
  const expert = await client.GET("/v1/experts/{slug}", {
    params: { path: { slug: statement.expert.slug } },
  });
  check(expert.data !== undefined, "expert detail");
  check(expert.data.statement_count > 0, "the expert has statements");
  const article = await client.GET("/v1/articles/{slug}", {
    params: { path: { slug: statement.article.slug } },
  });
  check(article.data !== undefined, "article detail");
  const { start, end } = statement.span;
  check(
    codePointSlice(article.data.text, start, end) === statement.text,
    "span offsets, in code points",
  );
  check(
    article.data.text.slice(statement.span_utf16.start, statement.span_utf16.end) ===
      statement.text,
    "span_utf16 offsets, as JavaScript slices",
  );
  console.log(
    `details: statement ${detail.data.id}, expert ${expert.data.slug}, article ${article.data.slug}`,
  );
}

async function typedProblems(): Promise<void> {
  const missing = await client.GET("/v1/experts/{slug}", {
    params: { path: { slug: "nobody-by-this-name" } },
  });
  check(missing.response.status === 404, `404: ${missing.response.status}`);
  const notFound: Problem | undefined = missing.error;
  check(notFound !== undefined, "a 404 problem");
  check(notFound.status === 404 && notFound.title === "Not Found", "404 problem");
  check(
    missing.response.headers.get("content-type") === "application/problem+json",
    "problem+json",
  );

  const invalid = await client.GET("/v1/statements", {
    params: { query: { limit: 1000 } },
  });
  check(invalid.response.status === 422, `422: ${invalid.response.status}`);
  const problem: Problem | undefined = invalid.error;
  check(problem !== undefined, "a 422 problem");
  const firstError = problem.errors?.[0];
  check(firstError !== undefined, "field errors");
  check(firstError.loc.join(".") === "query.limit", `errors: ${JSON.stringify(problem.errors)}`);
  console.log(`problems: 404 ${notFound.detail}; 422 ${problem.detail}`);
}

async function revalidate(): Promise<void> {
  const first = await client.GET("/v1/statements", { params: { query: { limit: 5 } } });
  check(first.response.status === 200, `200: ${first.response.status}`);
  const etag = first.response.headers.get("etag");
  check(etag !== null, "an ETag");
  check(first.response.headers.get("cache-control") === "no-cache", "Cache-Control: no-cache");
  const again = await client.GET("/v1/statements", {
    params: { query: { limit: 5 }, header: { "If-None-Match": etag } },
  });
  check(again.response.status === 304, `304: ${again.response.status}`);
  check(again.data === undefined, "a 304 has no page");
  console.log(`revalidated ${etag} -> 304`);
}

// The change log from an instant, then the statements ingested since its first creation.
async function sync(): Promise<void> {
  const log = await client.GET("/v1/changes", {
    params: { query: { since: "2000-01-01T00:00:00Z" } },
  });
  check(log.data !== undefined, "the change log");
  const first = log.data.items[0];
  check(first !== undefined, "the seed is logged");
  const kind: Schemas["ChangeKind"] = first.kind;
  check(kind === "created", "only creations yet");
  const fresh = await client.GET("/v1/statements", {
    params: { query: { updated_since: first.changed_at, limit: 100 } },
  });
  check(fresh.data !== undefined, "statements since");
  check(fresh.data.total > 0, "statements ingested with the first article");
  const since = Date.parse(first.changed_at);
  check(
    fresh.data.items.every((statement) => Date.parse(statement.created_at) >= since),
    "updated_since",
  );
  console.log(`synced: ${log.data.items.length} change(s), ${fresh.data.total} statements`);
}

async function main(): Promise<void> {
  const expert = await listExperts();
  const statement = await filterStatements(expert);
  await pageToTheEnd();
  await exportStatements(expert);
  await fetchDetails(statement);
  await typedProblems();
  await revalidate();
  await sync();
  console.log("typescript client: every step as documented");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
