-- The status page (/request-status/{id}?token=…) has a token of its own. Its link travels by mail
-- and the page shows only the reference, the status and the amounts; the API's status token
-- (X-Status-Token) also shows the recipient's details and is given once, in the answer to the
-- submission. A forwarded mail therefore opens the page and nothing more. Stored as SHA-256.
alter table requests add column status_page_token_hash bytea;
