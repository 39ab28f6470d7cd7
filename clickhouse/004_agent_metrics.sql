-- Conversation metrics per agent by the hour, over the calls that have metrics (turn timings).
-- Like the leaderboard: sign-weighted integer sums (fractions in millionths), so a replaced version
-- cancels out exactly, and an average is sum / count at read time. The response latency, the words
-- per minute and the sentiment shift can be null on a call, so each has a count of its own.
CREATE TABLE IF NOT EXISTS agent_metrics_hourly
(
    bucket DateTime('UTC'),
    agentId LowCardinality(String),
    vertical LowCardinality(String),
    calls Int64,
    durationMs Int64,
    talkRatioAgentMicros Int64,
    silenceMs Int64,
    overlapMs Int64,
    interruptions Int64,
    latencyCalls Int64,
    agentResponseLatencyMs Int64,
    agentWpmCalls Int64,
    agentWpmMicros Int64,
    customerWpmCalls Int64,
    customerWpmMicros Int64,
    sentimentShiftCalls Int64,
    sentimentShiftMicros Int64
)
ENGINE = SummingMergeTree
ORDER BY (bucket, agentId, vertical)
SETTINGS non_replicated_deduplication_window = 10000;

-- A null metrics record is stored with every element NULL (see 001); inside a present record only
-- the nullable fields can be NULL.
CREATE MATERIALIZED VIEW IF NOT EXISTS agent_metrics_hourly_mv TO agent_metrics_hourly AS
SELECT toStartOfHour(endedAt) AS bucket, agentId, vertical,
       sum(sign) AS calls,
       sum(sign * assumeNotNull(metrics.durationMs)) AS durationMs,
       sum(sign * toInt64(round(assumeNotNull(metrics.talkRatioAgent) * 1000000))) AS talkRatioAgentMicros,
       sum(sign * assumeNotNull(metrics.silenceMs)) AS silenceMs,
       sum(sign * assumeNotNull(metrics.overlapMs)) AS overlapMs,
       sum(sign * toInt64(assumeNotNull(metrics.interruptions))) AS interruptions,
       sum(sign * isNotNull(metrics.agentResponseLatencyMs)) AS latencyCalls,
       sum(sign * ifNull(metrics.agentResponseLatencyMs, 0)) AS agentResponseLatencyMs,
       sum(sign * isNotNull(metrics.agentWpm)) AS agentWpmCalls,
       sum(sign * toInt64(round(ifNull(metrics.agentWpm, 0) * 1000000))) AS agentWpmMicros,
       sum(sign * isNotNull(metrics.customerWpm)) AS customerWpmCalls,
       sum(sign * toInt64(round(ifNull(metrics.customerWpm, 0) * 1000000))) AS customerWpmMicros,
       sum(sign * isNotNull(metrics.sentimentShift)) AS sentimentShiftCalls,
       sum(sign * toInt64(round(ifNull(metrics.sentimentShift, 0) * 1000000))) AS sentimentShiftMicros
FROM call_analytics_changes
WHERE isNotNull(metrics.durationMs)
GROUP BY bucket, agentId, vertical;

-- Backfill. The view only sees inserts made after it exists, and migrations run again at every
-- sink start, so this does not add the old changes (a second run would count them twice): it adds
-- the difference between the sums over all changes and what the table holds. A database created
-- before this file gets its history; one that is already exact gets no rows, however often this
-- runs. It scans the changes table; with sinks writing at the same moment (a server), a run can be
-- off by their batch, and the next run corrects it.
INSERT INTO agent_metrics_hourly
SELECT bucket, agentId, vertical, * EXCEPT (bucket, agentId, vertical) APPLY sum
FROM
(
    SELECT toStartOfHour(endedAt) AS bucket, agentId, vertical,
           sum(sign) AS calls,
           sum(sign * assumeNotNull(metrics.durationMs)) AS durationMs,
           sum(sign * toInt64(round(assumeNotNull(metrics.talkRatioAgent) * 1000000))) AS talkRatioAgentMicros,
           sum(sign * assumeNotNull(metrics.silenceMs)) AS silenceMs,
           sum(sign * assumeNotNull(metrics.overlapMs)) AS overlapMs,
           sum(sign * toInt64(assumeNotNull(metrics.interruptions))) AS interruptions,
           sum(sign * isNotNull(metrics.agentResponseLatencyMs)) AS latencyCalls,
           sum(sign * ifNull(metrics.agentResponseLatencyMs, 0)) AS agentResponseLatencyMs,
           sum(sign * isNotNull(metrics.agentWpm)) AS agentWpmCalls,
           sum(sign * toInt64(round(ifNull(metrics.agentWpm, 0) * 1000000))) AS agentWpmMicros,
           sum(sign * isNotNull(metrics.customerWpm)) AS customerWpmCalls,
           sum(sign * toInt64(round(ifNull(metrics.customerWpm, 0) * 1000000))) AS customerWpmMicros,
           sum(sign * isNotNull(metrics.sentimentShift)) AS sentimentShiftCalls,
           sum(sign * toInt64(round(ifNull(metrics.sentimentShift, 0) * 1000000))) AS sentimentShiftMicros
    FROM call_analytics_changes
    WHERE isNotNull(metrics.durationMs)
    GROUP BY bucket, agentId, vertical
    UNION ALL
    SELECT bucket, agentId, vertical, * EXCEPT (bucket, agentId, vertical) APPLY negate
    FROM agent_metrics_hourly
)
GROUP BY bucket, agentId, vertical
HAVING arrayExists(x -> x != 0, [* EXCEPT (bucket, agentId, vertical) APPLY sum]);
