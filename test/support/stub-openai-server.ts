import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';

/** One scripted HTTP answer to POST /v1/chat/completions. */
export interface StubResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** Wait this long before answering, to exceed a client's timeout or deadline. */
  delayMs: number;
}

export interface RecordedRequest {
  headers: IncomingHttpHeaders;
  body: ChatCompletionCreateParamsNonStreaming;
}

export interface StubOpenAiServer {
  /** Pass as the SDK's baseURL. */
  readonly baseURL: string;
  /** Every chat completion request received, in order. */
  readonly requests: RecordedRequest[];
  /** Queues answers, one per request; a request with none queued goes to the responder. */
  script(...responses: StubResponse[]): void;
  /** Answers requests by their content when nothing is queued (default: a non-retryable 500). */
  respondWith(responder: (request: RecordedRequest) => StubResponse): void;
  close(): Promise<void>;
}

export interface CompletionOptions {
  finishReason?: 'stop' | 'length' | 'content_filter';
  refusal?: string;
  promptTokens?: number;
  completionTokens?: number;
  delayMs?: number;
}

/** A 200 chat completion whose message content is `content`, verbatim. */
export function completion(content: string | null, options: CompletionOptions = {}): StubResponse {
  const promptTokens = options.promptTokens ?? 100;
  const completionTokens = options.completionTokens ?? 20;
  return {
    status: 200,
    headers: {},
    delayMs: options.delayMs ?? 0,
    body: {
      id: 'chatcmpl-stub',
      object: 'chat.completion',
      created: 0,
      model: 'stub-model',
      choices: [{
        index: 0,
        message: { role: 'assistant', content, refusal: options.refusal ?? null },
        finish_reason: options.finishReason ?? 'stop',
        logprobs: null,
      }],
      usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
    },
  };
}

/** An OpenAI-style error; the SDK retries 429 and 5xx, waiting `retry-after-ms` if given. */
export function apiError(status: number, headers: Record<string, string> = {}): StubResponse {
  return { status, headers, delayMs: 0, body: { error: { message: `stub error ${status}`, type: 'stub_error', code: `stub_${status}` } } };
}

const UNSCRIPTED = apiError(500, { 'x-should-retry': 'false' });

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, response: StubResponse): void {
  res.writeHead(response.status, { 'content-type': 'application/json', ...response.headers });
  res.end(JSON.stringify(response.body));
}

export async function startStubOpenAiServer(): Promise<StubOpenAiServer> {
  const queue: StubResponse[] = [];
  const requests: RecordedRequest[] = [];
  let responder: (request: RecordedRequest) => StubResponse = () => UNSCRIPTED;

  const server = createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      send(res, apiError(404, { 'x-should-retry': 'false' }));
      return;
    }
    const request = { headers: req.headers, body: JSON.parse(await readBody(req)) as ChatCompletionCreateParamsNonStreaming };
    requests.push(request);
    const response = queue.shift() ?? responder(request);
    const timer = setTimeout(() => send(res, response), response.delayMs);
    // A client that gave up (timeout, deadline) must not leave a timer behind.
    res.on('close', () => clearTimeout(timer));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...responses) => {
      queue.push(...responses);
    },
    respondWith: (r) => {
      responder = r;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
