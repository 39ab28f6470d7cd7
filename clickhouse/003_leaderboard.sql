-- The agent leaderboard by the hour, so any window of whole hours is exact and cheap to read.
CREATE TABLE IF NOT EXISTS agent_leaderboard_hourly
(
    bucket DateTime('UTC'),
    agentId LowCardinality(String),
    vertical LowCardinality(String),
    calls Int64,
    sentimentScoreMicros Int64,
    satisfactionSum Int64,
    escalations Int64,
    hotLeads Int64
)
ENGINE = SummingMergeTree
ORDER BY (bucket, agentId, vertical)
SETTINGS non_replicated_deduplication_window = 10000;

CREATE MATERIALIZED VIEW IF NOT EXISTS agent_leaderboard_hourly_mv TO agent_leaderboard_hourly AS
SELECT toStartOfHour(endedAt) AS bucket, agentId, vertical,
       sum(sign) AS calls,
       sum(sign * toInt64(round(sentimentScore * 1000000))) AS sentimentScoreMicros,
       sum(sign * toInt64(satisfaction)) AS satisfactionSum,
       sum(sign * toInt64(escalated)) AS escalations,
       sum(sign * toInt64(hotLead)) AS hotLeads
FROM call_analytics_changes
GROUP BY bucket, agentId, vertical;

-- Top-N cannot be retracted, so top leads are read from the latest state, not kept in a view.
CREATE VIEW IF NOT EXISTS top_leads AS
SELECT callId, agentId, vertical, language, endedAt, leadScore, intent, sentiment, summary, nextAction
FROM call_analytics_latest FINAL
WHERE hotLead
ORDER BY leadScore DESC, endedAt DESC, callId;
