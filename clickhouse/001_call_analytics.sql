-- Every version of a call's analytics is written here as a retraction (sign = -1, the values it
-- replaces) plus an insertion (sign = +1, the new values). The views below add sign-weighted
-- numbers, so a replaced version cancels out exactly. Retried inserts carry a deduplication token
-- (topic/partition/offset range), which needs a deduplication window on every table it reaches.
CREATE TABLE IF NOT EXISTS call_analytics_changes
(
    sign Int8,
    version UInt64,
    callId String,
    schemaVersion UInt16,
    analyzerName LowCardinality(String),
    analyzerVersion LowCardinality(String),
    analyzedAt DateTime64(3, 'UTC'),
    agentId LowCardinality(String),
    vertical LowCardinality(String),
    language LowCardinality(String),
    endedAt DateTime64(3, 'UTC'),
    sentiment Enum8('positive' = 1, 'neutral' = 2, 'negative' = 3),
    sentimentScore Float64,
    intent Enum8('info' = 1, 'booking' = 2, 'complaint' = 3, 'sales' = 4, 'support' = 5),
    leadScore UInt8,
    hotLead Bool,
    satisfaction UInt8,
    escalated Bool,
    escalationReason Nullable(String),
    summary String,
    nextAction String,
    tags Array(String),
    intentDetail LowCardinality(Nullable(String)),
    categories Array(LowCardinality(String)),
    entities Array(Tuple(type LowCardinality(String), value String)),
    extras Map(LowCardinality(String), Variant(String, Float64, Bool)),
    -- A record that may be null is a tuple of Nullable elements; a null record has every element NULL.
    metrics Tuple(
        durationMs Nullable(Int64), agentTalkMs Nullable(Int64), customerTalkMs Nullable(Int64), talkRatioAgent Nullable(Float64),
        silenceMs Nullable(Int64), overlapMs Nullable(Int64), agentInterruptions Nullable(Int32), customerInterruptions Nullable(Int32),
        interruptions Nullable(Int32), agentResponseLatencyMs Nullable(Int64), agentResponseLatencyP90Ms Nullable(Int64),
        agentWpm Nullable(Float64), customerWpm Nullable(Float64), sentimentByQuarter Array(Nullable(Float64)), sentimentShift Nullable(Float64)),
    usage Tuple(promptTokens Nullable(Int32), completionTokens Nullable(Int32), latencyMs Nullable(Int64), estimatedCostUsd Nullable(Float64), attempts Nullable(Int32)),
    condensed Bool,
    sourceTopic LowCardinality(String),
    sourcePartition UInt32,
    sourceOffset UInt64
)
ENGINE = MergeTree
ORDER BY (callId, version, sign)
SETTINGS non_replicated_deduplication_window = 10000;

-- One row per call: the highest version wins (read with FINAL). Its columns are the changes
-- table's, less the sign and the source position.
CREATE TABLE IF NOT EXISTS call_analytics_latest
ENGINE = ReplacingMergeTree(version)
ORDER BY callId
SETTINGS non_replicated_deduplication_window = 10000
EMPTY AS SELECT * EXCEPT (sign, sourceTopic, sourcePartition, sourceOffset) FROM call_analytics_changes;

CREATE MATERIALIZED VIEW IF NOT EXISTS call_analytics_latest_mv TO call_analytics_latest AS
SELECT * EXCEPT (sign, sourceTopic, sourcePartition, sourceOffset)
FROM call_analytics_changes
WHERE sign = 1;
