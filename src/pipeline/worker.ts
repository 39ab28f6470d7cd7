/** A running consumer-group member. */
export interface Worker {
  stop(): Promise<void>;
}
