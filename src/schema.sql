-- provcheck's citation graph, one SQLite file for an archive (schema 1).
--
-- A document owns its blocks, claims, mentions, attributions, relays,
-- same-fact links and findings: deleting the document row (a changed or
-- pruned file) deletes them all through ON DELETE CASCADE, inside the
-- transaction that writes the new version.  Sources are entities shared
-- by every document; `key` is the folded canonical name that makes "Ap"
-- and "the Associated Press" one row.  Later versions of this file are
-- reached through the forward migrations in store.c, never by editing a
-- released schema.

CREATE TABLE documents (
	id           INTEGER PRIMARY KEY,
	path         TEXT NOT NULL UNIQUE,   -- relative to the database file
	content_hash TEXT NOT NULL,          -- SHA-256 of the bytes as read
	format       TEXT NOT NULL,
	bytes        INTEGER NOT NULL,
	checked_at   TEXT NOT NULL           -- UTC, ISO 8601
);

CREATE TABLE blocks (
	id          INTEGER PRIMARY KEY,
	document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	ordinal     INTEGER NOT NULL,
	kind        TEXT NOT NULL,           -- headline, body, quote...
	paragraph   INTEGER NOT NULL,
	UNIQUE (document_id, ordinal)
);

CREATE TABLE claims (
	id            INTEGER PRIMARY KEY,
	document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	ordinal       INTEGER NOT NULL,      -- the claim id of the JSON report
	block_id      INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
	start         INTEGER NOT NULL,      -- byte offsets, half-open
	end           INTEGER NOT NULL,
	line          INTEGER NOT NULL,
	col           INTEGER NOT NULL,
	text          TEXT NOT NULL,
	kind          TEXT NOT NULL,         -- claim, heading, not-a-claim
	status        TEXT NOT NULL,         -- within its own document
	checkworthy   INTEGER NOT NULL,
	corpus_status TEXT,                  -- counting other documents' origins
	fact_keys     TEXT,                  -- "2:40000 1:lviv 0:household ..."
	UNIQUE (document_id, ordinal)
);
-- the claims the report and v_unsourced / v_single_source list: a partial
-- index, so loading pays for the check-worthy claims only
CREATE INDEX claims_checkworthy ON claims(status) WHERE checkworthy;

CREATE TABLE sources (
	id               INTEGER PRIMARY KEY,
	key              TEXT NOT NULL UNIQUE,
	name             TEXT NOT NULL,      -- canonical name
	type             TEXT NOT NULL,      -- guide section 2
	country          TEXT,               -- from the gazetteer
	state_affiliated INTEGER NOT NULL DEFAULT 0,
	last_word        TEXT NOT NULL       -- "terekhov": surname matching
);
CREATE INDEX sources_last_word ON sources(last_word);

-- every form a source was written in: "Ap", "the Associated Press"
CREATE TABLE source_aliases (
	source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
	alias     TEXT NOT NULL,
	PRIMARY KEY (source_id, alias)
) WITHOUT ROWID;

CREATE TABLE mentions (
	id        INTEGER PRIMARY KEY,
	claim_id  INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
	source_id INTEGER NOT NULL REFERENCES sources(id),
	text      TEXT NOT NULL,
	start     INTEGER NOT NULL,
	end       INTEGER NOT NULL
);
CREATE INDEX mentions_claim ON mentions(claim_id);
CREATE INDEX mentions_source ON mentions(source_id);

-- claim -> source, as the text puts it: the origin of the chain
CREATE TABLE attributions (
	id         INTEGER PRIMARY KEY,
	claim_id   INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
	source_id  INTEGER NOT NULL REFERENCES sources(id),
	mention_id INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
	cue        TEXT,
	channel    TEXT,
	rule       TEXT,                     -- the pattern that found it
	quote      INTEGER NOT NULL,         -- the claim quotes the source
	inherited  INTEGER NOT NULL          -- from a quotation or pronoun
);
CREATE INDEX attributions_claim ON attributions(claim_id);
CREATE INDEX attributions_source ON attributions(source_id);

-- origin -> relay 1 -> relay 2 ... -> this article, in order
CREATE TABLE relays (
	attribution_id INTEGER NOT NULL REFERENCES attributions(id) ON DELETE CASCADE,
	position       INTEGER NOT NULL,     -- 1 is nearest the origin
	source_id      INTEGER NOT NULL REFERENCES sources(id),
	PRIMARY KEY (attribution_id, position)
) WITHOUT ROWID;
CREATE INDEX relays_source ON relays(source_id);

-- both directions are stored; scope 'corpus' links two documents
CREATE TABLE same_fact (
	claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
	other_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
	scope    TEXT NOT NULL CHECK (scope IN ('document', 'corpus')),
	PRIMARY KEY (claim_id, other_id)
) WITHOUT ROWID;
CREATE INDEX same_fact_other ON same_fact(other_id);

CREATE TABLE findings (
	id          INTEGER PRIMARY KEY,
	document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	claim_id    INTEGER,                 -- claims(id); NULL: about a comment
	rule        TEXT NOT NULL,
	severity    TEXT NOT NULL,
	line        INTEGER NOT NULL,
	col         INTEGER NOT NULL,
	end_line    INTEGER NOT NULL,
	end_col     INTEGER NOT NULL,
	message     TEXT NOT NULL,
	fingerprint TEXT NOT NULL
);
CREATE INDEX findings_document ON findings(document_id);

-- Finding the same fact in other documents without comparing every
-- pair: each check-worthy claim keeps its keys (numbers, names, content
-- words) in claims.fact_keys, and its anchors (its names, one of which
-- any two claims of one fact share) are indexed here.
CREATE TABLE claim_anchors (
	key         TEXT NOT NULL,
	claim_id    INTEGER NOT NULL,
	document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	PRIMARY KEY (key, claim_id)
) WITHOUT ROWID;
CREATE INDEX claim_anchors_document ON claim_anchors(document_id);

-- claims whose corpus_status waits to be counted again (a link made or
-- lost); provcheck settles them at the end of each run, and a run that
-- was interrupted leaves them to the next
CREATE TABLE stale_corpus_status (
	claim_id INTEGER PRIMARY KEY
);

-- Views for people with sqlite3 and no C (README, "Querying the citation graph").

-- check-worthy claims with no origin, in reading order
CREATE VIEW v_unsourced AS
SELECT d.path, c.line, c.col, c.text, c.corpus_status
FROM claims c JOIN documents d ON d.id = c.document_id
WHERE c.status = 'unsourced' AND c.checkworthy AND c.kind <> 'not-a-claim'
ORDER BY d.path, c.line, c.col;

-- check-worthy claims resting on one origin, with that origin
CREATE VIEW v_single_source AS
SELECT d.path, c.line, c.col, c.text,
       (SELECT s.name FROM attributions a JOIN sources s ON s.id = a.source_id
        WHERE a.claim_id = c.id LIMIT 1) AS origin,
       c.corpus_status
FROM claims c JOIN documents d ON d.id = c.document_id
WHERE c.status = 'single-source' AND c.checkworthy
ORDER BY d.path, c.line, c.col;

-- how much the newsroom leans on each source, as origin and as relay
CREATE VIEW v_source_reliance AS
SELECT s.name, s.type, s.country, s.state_affiliated,
       (SELECT count(DISTINCT a.claim_id) FROM attributions a
        WHERE a.source_id = s.id) AS claims_as_origin,
       (SELECT count(DISTINCT a.claim_id) FROM relays r
        JOIN attributions a ON a.id = r.attribution_id
        WHERE r.source_id = s.id) AS claims_as_relay,
       (SELECT count(DISTINCT c.document_id) FROM claims c
        WHERE c.id IN (SELECT a.claim_id FROM attributions a WHERE a.source_id = s.id
                       UNION
                       SELECT a.claim_id FROM relays r
                       JOIN attributions a ON a.id = r.attribution_id
                       WHERE r.source_id = s.id)) AS documents
FROM sources s
ORDER BY claims_as_origin + claims_as_relay DESC, s.name;

-- every relay chain: origin -> relays -> the article, with its length
-- (hops: 1 when the article cites the origin directly)
CREATE VIEW v_relay_chains AS
SELECT a.id AS attribution_id, d.path, c.line,
       so.name || coalesce(' -> ' || (SELECT group_concat(name, ' -> ') FROM
           (SELECT s.name FROM relays r JOIN sources s ON s.id = r.source_id
            WHERE r.attribution_id = a.id ORDER BY r.position)), '') AS chain,
       1 + (SELECT count(*) FROM relays r WHERE r.attribution_id = a.id) AS hops
FROM attributions a
JOIN sources so ON so.id = a.source_id
JOIN claims c ON c.id = a.claim_id
JOIN documents d ON d.id = c.document_id;
