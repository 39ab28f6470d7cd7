import { z } from 'zod';
import { analysisSchema, type Analysis } from '../../contracts/call-analytics.js';

type JsonSchema = { [keyword: string]: unknown };

function isJsonSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mapSchemas(schemas: JsonSchema, f: (schema: JsonSchema) => JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(schemas).map(([key, schema]) => [key, isJsonSchema(schema) ? f(schema) : schema]));
}

/**
 * OpenAI strict mode wants every property required and no additional properties on every object.
 * Requiring an optional property is safe: the model must then always send it, which zod still accepts.
 */
function strictNode(node: JsonSchema): JsonSchema {
  const strict: JsonSchema = { ...node };
  if (isJsonSchema(node.$defs)) strict.$defs = mapSchemas(node.$defs, strictNode);
  if (isJsonSchema(node.items)) strict.items = strictNode(node.items);
  if (Array.isArray(node.anyOf)) strict.anyOf = node.anyOf.map((branch) => (isJsonSchema(branch) ? strictNode(branch) : branch));
  if (isJsonSchema(node.properties)) {
    strict.properties = mapSchemas(node.properties, strictNode);
    strict.required = Object.keys(node.properties);
    strict.additionalProperties = false;
  }
  return strict;
}

/** A JSON schema for OpenAI strict structured output; nullable fields come out as `type: [T, "null"]`. */
function toStrictJsonSchema(schema: z.ZodType): JsonSchema {
  // The $schema dialect marker is not part of the subset strict mode accepts.
  const { $schema: _dialect, ...root } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'throw' });
  return strictNode(root);
}

/**
 * What the model answers: the analysis, with `extras` as a list of name/value pairs, since strict
 * mode allows no object with open-ended keys. `toAnalysis` turns it into an `Analysis`.
 */
export const modelAnalysisSchema = analysisSchema.extend({
  extras: z.array(z.object({ name: z.string(), value: z.union([z.string(), z.number(), z.boolean(), z.null()]) })),
});

export type ModelAnalysis = z.infer<typeof modelAnalysisSchema>;

export function toAnalysis(answer: ModelAnalysis): Analysis {
  return { ...answer, extras: Object.fromEntries(answer.extras.map((e) => [e.name, e.value])) };
}

export const analysisResponseFormat = {
  type: 'json_schema',
  json_schema: { name: 'call_analysis', strict: true, schema: toStrictJsonSchema(modelAnalysisSchema) },
} as const;
