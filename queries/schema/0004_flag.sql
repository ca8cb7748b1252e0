-- name: Flag
-- The evaluation of each unit in a month: status, the rules that fired
-- (table order, `;`-joined) and one evidence sentence per fired rule, in
-- Bahasa Indonesia and in English.
CREATE TABLE flag (
    unit_id VARCHAR NOT NULL, bulan DATE NOT NULL, status VARCHAR NOT NULL, rules VARCHAR NOT NULL,
    bukti_id VARCHAR NOT NULL, bukti_en VARCHAR NOT NULL);
