-- Sentiment and intent trends per agent and vertical, by the hour and by the day of the call's end.
-- Sums are sign-weighted integers (the score in millionths), so retractions cancel exactly and
-- averages are sum / count at read time. Rows that sum to zero are dropped by the merges.
CREATE TABLE IF NOT EXISTS trends_hourly
(
    bucket DateTime('UTC'),
    vertical LowCardinality(String),
    agentId LowCardinality(String),
    language LowCardinality(String),
    intent Enum8('info' = 1, 'booking' = 2, 'complaint' = 3, 'sales' = 4, 'support' = 5),
    sentiment Enum8('positive' = 1, 'neutral' = 2, 'negative' = 3),
    calls Int64,
    sentimentScoreMicros Int64,
    satisfactionSum Int64,
    leadScoreSum Int64,
    escalations Int64,
    hotLeads Int64
)
ENGINE = SummingMergeTree
ORDER BY (bucket, vertical, agentId, language, intent, sentiment)
SETTINGS non_replicated_deduplication_window = 10000;

CREATE MATERIALIZED VIEW IF NOT EXISTS trends_hourly_mv TO trends_hourly AS
SELECT toStartOfHour(endedAt) AS bucket, vertical, agentId, language, intent, sentiment,
       sum(sign) AS calls,
       sum(sign * toInt64(round(sentimentScore * 1000000))) AS sentimentScoreMicros,
       sum(sign * toInt64(satisfaction)) AS satisfactionSum,
       sum(sign * toInt64(leadScore)) AS leadScoreSum,
       sum(sign * toInt64(escalated)) AS escalations,
       sum(sign * toInt64(hotLead)) AS hotLeads
FROM call_analytics_changes
GROUP BY bucket, vertical, agentId, language, intent, sentiment;

CREATE TABLE IF NOT EXISTS trends_daily AS trends_hourly
ENGINE = SummingMergeTree
ORDER BY (bucket, vertical, agentId, language, intent, sentiment)
SETTINGS non_replicated_deduplication_window = 10000;

-- Fed by the hourly table (views cascade): hours roll up into their day unchanged, since sums add.
CREATE MATERIALIZED VIEW IF NOT EXISTS trends_daily_mv TO trends_daily AS
SELECT toStartOfDay(bucket) AS bucket, vertical, agentId, language, intent, sentiment,
       calls, sentimentScoreMicros, satisfactionSum, leadScoreSum, escalations, hotLeads
FROM trends_hourly;
