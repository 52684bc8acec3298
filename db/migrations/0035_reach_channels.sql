-- The reach panel counts a scheme's requests channel by channel, over the key ranges of
-- requests_scheme_intake, one range for each channel of the vocabulary (src/Data/Reports/
-- ReachPanelReader.cs): a request with a channel outside it would no longer be counted as an
-- applicant's. Migration 0012 added the CHECK without reading the rows already there; validating it
-- reads the table once (about a second at 10^6 requests) under a SHARE UPDATE EXCLUSIVE lock, which
-- lets requests be read, written and decided meanwhile. No index is rebuilt.
alter table requests validate constraint requests_channel_check;
