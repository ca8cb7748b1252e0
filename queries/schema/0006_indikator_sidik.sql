-- name: IndikatorSidik
-- What each month's evaluated indicators (table indikator) were computed
-- from: the effect SQL's version, the units, and the fingerprints of the
-- stored months they read. An export reuses an earlier month whose
-- fingerprint has not moved instead of computing it again.
CREATE TABLE indikator_sidik (bulan DATE PRIMARY KEY, sidik VARCHAR NOT NULL);
