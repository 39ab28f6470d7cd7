import type { ITopicConfig } from 'kafkajs';

export interface Topics {
  completed: string;
  analytics: string;
  completedDlq: string;
  analyticsDlq: string;
  hotLeads: string;
  escalations: string;
}

export function topicNames(prefix = ''): Topics {
  return {
    completed: `${prefix}call.completed`,
    analytics: `${prefix}call.analytics`,
    completedDlq: `${prefix}call.completed.dlq`,
    analyticsDlq: `${prefix}call.analytics.dlq`,
    hotLeads: `${prefix}call.triggers.hot-lead`,
    escalations: `${prefix}call.triggers.escalation`,
  };
}

const keepForever = { name: 'retention.ms', value: '-1' };

/**
 * call.completed is the event log operators replay, so it is kept; call.analytics is compacted to
 * the latest analysis per callId; dead letters are kept until someone deals with them.
 */
export function topicConfigs(topics: Topics, partitions: number): ITopicConfig[] {
  return [
    { topic: topics.completed, numPartitions: partitions, configEntries: [keepForever] },
    {
      topic: topics.analytics,
      numPartitions: partitions,
      configEntries: [
        { name: 'cleanup.policy', value: 'compact' },
        // A late re-analysis can still be seen by a consumer that is an hour behind.
        { name: 'min.compaction.lag.ms', value: String(60 * 60 * 1000) },
      ],
    },
    { topic: topics.completedDlq, numPartitions: 1, configEntries: [keepForever] },
    { topic: topics.analyticsDlq, numPartitions: 1, configEntries: [keepForever] },
    { topic: topics.hotLeads, numPartitions: partitions },
    { topic: topics.escalations, numPartitions: partitions },
  ];
}
